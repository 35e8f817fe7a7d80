import { describe, expect, it } from 'vitest';
import { checkFqdn } from '../../src/domain/fqdn.ts';
import { checkServiceNameSyntax } from '../../src/domain/service-name.ts';
import { UsageError } from '../../src/model/errors.ts';
import { findInput } from '../../src/steps/declarations.ts';
import { renderInspection } from '../../src/ui/certificate-details.ts';
import { equivalentArguments } from '../../src/wizard/equivalent-command.ts';
import { commandLines } from '../../src/wizard/rerun-lines.ts';
import { catalogue, codeText } from '../../src/messages/i18n.ts';
import { LANGS } from '../../src/model/lang.ts';
import { findingLine, renderFindingLines, renderUsage } from '../../src/ui/render.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { vmssPublic } from '../emit/scenarios.ts';

// Issue 9: a value the admin (or an answers file, or a certificate) supplies may hold terminal
// escape sequences. Every message shows them as visible escapes, whatever the code.

const OSC52 = '\x1b]52;c;aGk=\x07';
const CLEAR = '\x1b[2J';
const TERMINAL = { color: false, lang: 'en' } as const;

/** No byte a terminal acts on: ESC, BEL, and the C1 CSI (U+009B). */
function assertInert(text: string): void {
  expect(text).not.toMatch(/[\x07\x1b\u009b]/);
}

describe('values in finding and usage texts are shown escaped', () => {
  it('FQDN_INVALID', () => {
    const [problem] = checkFqdn(`cm${OSC52}.contoso.com`);
    const text = codeText('en', problem!.code, problem!.params);
    expect(text).toBe('"cm\\x1b]52;c;aGk=\\x07.contoso.com" is not a usable host name: the label "cm\\x1b]52;c;aGk=\\x07" is not 1-63 letters, digits or hyphens (no hyphen at either end).');
    assertInert(text);
  });

  it('SERVICE_NAME_INVALID, in every language', () => {
    const [problem] = checkServiceNameSyntax(`cmg${CLEAR}\u009b6n.contoso.com`);
    expect(problem?.code).toBe('SERVICE_NAME_INVALID');
    expect(codeText('en', problem!.code, problem!.params)).toBe(
      '"cmg\\x1b[2J\\x9b6n.contoso.com" is not a usable CMG service name: it has characters a host name cannot contain. Give the FQDN that is the server certificate\'s CN.',
    );
    for (const lang of LANGS) {
      const said = codeText(lang, problem!.code, problem!.params);
      expect(said, lang).toContain('"cmg\\x1b[2J\\x9b6n.contoso.com"');
      assertInert(said);
    }
  });

  it('CERT_CN_NOT_IN_SAN: the common name and the file path come from the certificate and the command line', () => {
    const text = codeText('en', 'CERT_CN_NOT_IN_SAN', { path: `C:\\certs\\cmg${CLEAR}.pfx`, commonName: `cmg\u202e.contoso.com\x07`, names: 'cmg.contoso.com' });
    expect(text).toBe(
      'C:\\certs\\cmg\\x1b[2J.pfx: the CN cmg\\u202e.contoso.com\\x07 is not among the subject alternative names (cmg.contoso.com); clients check the SAN and would refuse the CMG. Add it to the request.',
    );
    assertInert(text);
  });

  it('leaves numbers and selector parameters alone', () => {
    expect(codeText('en', 'RESOURCE_GROUP_INVALID', { value: `rg${CLEAR}`, reason: 'characters' })).toBe(
      'Resource group "rg\\x1b[2J" is not valid: use letters, digits, underscores, hyphens, periods and parentheses only.',
    );
    expect(codeText('en', 'VM_COUNT_RANGE', { value: 17, min: 1, max: 16 })).toBe('VM count 17 is outside 1-16.');
  });

  it('an unknown answers-file key: the key and the file name (no flag made up from the key: issue 17)', () => {
    const key = `ev${CLEAR}il`;
    const text = renderUsage(new UsageError([{ code: 'ANSWERS_UNKNOWN_KEY', input: key, params: { path: `answers${OSC52}.yaml`, key, suggestion: '' } }]), 'en', findInput);
    expect(text.split('\n')).toEqual([
      'cmg-setup: the command line or answers file cannot be used as given:',
      '  ANSWERS_UNKNOWN_KEY ev\\x1b[2Jil: unknown key "ev\\x1b[2Jil" in answers\\x1b]52;c;aGk=\\x07.yaml. `cmg-setup steps` lists the keys.',
    ]);
    assertInert(text);
  });

  it('finding lines name their input escaped', () => {
    const finding = { severity: 'error' as const, code: 'FILE_NOT_FOUND' as const, step: 'general' as const, input: `x${CLEAR}`, params: { path: `C:\\${CLEAR}.pfx` } };
    expect(renderFindingLines([finding], 'en')).toBe('FILE_NOT_FOUND (x\\x1b[2J): File not found: C:\\\\x1b[2J.pfx. Check the path (relative paths start from the current folder).');
    expect(findingLine({ ...finding, message: 'm' }, TERMINAL)).toBe('  ✖ FILE_NOT_FOUND (x\\x1b[2J) m');
  });
});

describe('values in the interface texts are shown escaped', () => {
  it('paths and names given to ui, inspect and request texts', () => {
    const text = catalogue('en');
    expect(text.ui.wroteOutput({ count: 3, path: `/tmp/out${CLEAR}` })).toBe('Wrote 3 files to /tmp/out\\x1b[2J. Start with RUNBOOK.md.');
    expect(text.ui.answersSaved({ path: `a${OSC52}.yaml` })).toBe('Saved the answers to a\\x1b]52;c;aGk=\\x07.yaml: run the same again with --answers a\\x1b]52;c;aGk=\\x07.yaml.');
    for (const lang of LANGS) expect(catalogue(lang).ui.keyReplaced({ path: `k\u202e.key` }), lang).toContain('k\\u202e.key');
    expect(text.inspect.header({ path: `s${CLEAR}.pfx`, role: 'CMG server certificate' })).toBe('s\\x1b[2J.pfx (CMG server certificate)');
    expect(text.request.written({ path: `o${CLEAR}`, files: 'a.key, a.csr' })).toBe('Wrote o\\x1b[2J: a.key, a.csr.');
    expect(text.ui.summaryLine({ errors: 1, warnings: 0, infos: 2 })).toBe('1 error(s), 0 warning(s), 2 note(s).');
  });

  it('cert inspect: subject, alternative names and issuer as read from the certificate', () => {
    const lines = renderInspection(
      {
        path: 'server.pfx',
        role: 'server',
        certificate: {
          subject: `CN=cmg${CLEAR}.contoso.com`,
          subjectAlternativeNames: [`cmg\u009b.contoso.com`],
          issuer: `CN=Evil${OSC52} CA`,
          notBefore: '2026-01-01T00:00:00.000Z',
          notAfter: '2027-01-01T00:00:00.000Z',
          key: { type: 'rsa', bits: 2048, curve: null },
          signatureHash: 'SHA-256',
          extendedKeyUsages: ['Server Authentication'],
          thumbprintSha1: '00',
          serialNumber: '01',
          isCa: false,
          selfSigned: false,
        },
        findings: [],
      },
      TERMINAL,
    ).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      '  Subject                CN=cmg\\x1b[2J.contoso.com',
      '  Alternative names      cmg\\x9b.contoso.com',
      '  Issuer                 CN=Evil\\x1b]52;c;aGk=\\x07 CA',
    ]);
  });

  it('the equivalent command quotes a value with a control character as $\'…\' (POSIX) or [char]0x1B (PowerShell), which the shell reads back as the same bytes', () => {
    const resolution: Resolution = { answers: { ...vmssPublic, serverCertPath: `C:\\certs\\a${CLEAR}'b.pfx` }, sources: { serverCertPath: 'prompt' }, findings: [] };
    const posix = commandLines(equivalentArguments(resolution, 'run'), 'posix');
    expect(posix).toEqual(['cmg-setup \\', "  --server-cert-path $'C:\\\\certs\\\\a\\x1b[2J\\'b.pfx' \\", '  --yes']);
    const powershell = commandLines(equivalentArguments(resolution, 'run'), 'powershell');
    expect(powershell).toEqual(['cmg-setup `', "  --server-cert-path ('C:\\certs\\a' + [char]0x1B + '[2J''b.pfx') `", '  --yes']);
    assertInert([...posix, ...powershell].join('\n'));
  });
});
