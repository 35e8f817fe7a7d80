import { describe, expect, it } from 'vitest';
import { hangingWrap, wrapForTerminal } from '../../src/ui/wrap.ts';

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
