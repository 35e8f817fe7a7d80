import { describe, expect, it } from 'vitest';
import { hangingWrap, terminalColumns, wrapForTerminal, writeWrapped, writeWrappedOn } from '../../src/ui/wrap.ts';

describe('lines wrapped at a terminal\'s width, on words, under their text', () => {
  it('a bullet: its continuation under the text after the bullet', () => {
    expect(hangingWrap("  • the site code, the SMS Provider's server, the connection point, management points and software update points (steps 5-7).", 60)).toBe(
      ["  • the site code, the SMS Provider's server, the connection", '    point, management points and software update points', '    (steps 5-7).'].join('\n'),
    );
  });

  it('a finding line, its mark in colour: continued under its code, the colour codes not counted', () => {
    const line = '  \u001b[36mℹ\u001b[39m SERVICE_NAME_CNAME Clients will reach "contosocmg.contoso.com": create a public DNS CNAME.';
    expect(hangingWrap(line, 50).split('\n')).toEqual(['  \u001b[36mℹ\u001b[39m SERVICE_NAME_CNAME Clients will reach', '    "contosocmg.contoso.com": create a public DNS', '    CNAME.']);
  });

  it('a line that fits, and text for no terminal, are left as they are', () => {
    expect(hangingWrap('short', 80)).toBe('short');
    const long = 'x '.repeat(100);
    expect(wrapForTerminal(long, undefined)).toBe(long);
    expect(wrapForTerminal(long, 80).split('\n').every((row) => row.length <= 80)).toBe(true);
  });
});

describe('the width a stream wraps at, and text written there (issue 17)', () => {
  const FINDING = '  ✖ CERT_UNREADABLE this is not a certificate (.cer/.pem) or PKCS#12 (.pfx) file. Export it again from the certificate store.';

  it('a terminal\'s columns; none for a pipe, a file or a width unknown', () => {
    expect(terminalColumns({ isTTY: true, columns: 60 })).toBe(60);
    expect(terminalColumns({ columns: 60 })).toBeUndefined();
    expect(terminalColumns({ isTTY: true, columns: 0 })).toBeUndefined();
    expect(terminalColumns({ isTTY: true })).toBeUndefined();
    expect(terminalColumns(undefined)).toBeUndefined();
  });

  it('a finding at 60 columns: wrapped between words under its text; whole where the stream is no terminal', () => {
    const written: string[] = [];
    const stream = (name: string) => ({ write: (text: string) => written.push(`${name}:${text}`) }) as unknown as NodeJS.WritableStream;
    const terminal = { stdout: stream('out'), stderr: stream('err'), columns: { stdout: 60 } };
    writeWrapped(terminal, 'stdout', FINDING);
    writeWrapped(terminal, 'stderr', FINDING);
    writeWrappedOn(terminal, terminal.stdout, FINDING);
    const wrapped = 'out:  ✖ CERT_UNREADABLE this is not a certificate (.cer/.pem) or\n    PKCS#12 (.pfx) file. Export it again from the\n    certificate store.\n';
    expect(written).toEqual([wrapped, `err:${FINDING}\n`, wrapped]);
  });
});
