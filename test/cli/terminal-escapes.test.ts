import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forgePfx, hierarchy, makeLeaf, NOW, PASSWORD } from '../support/certificates.ts';
import { assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Issue 9, end to end: values holding terminal escape sequences (OSC 52 writes the clipboard,
// CSI 2J clears the screen) reach the terminal only as visible escapes, whichever message
// carries them, on stdout and stderr alike.

const OSC52 = '\x1b]52;c;aGk=\x07';
const CLEAR = '\x1b[2J';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

/** Neither ESC, BEL nor the C1 CSI (U+009B, bytes C2 9B) leaves the process, in any stream. */
function expectInert(result: CliResult): void {
  for (const bytes of [result.stdoutBytes, result.stderrBytes]) {
    expect(bytes.includes(0x1b)).toBe(false);
    expect(bytes.includes(0x07)).toBe(false);
    expect(bytes.includes(0x9b)).toBe(false);
  }
}

describe('values with escape sequences are shown escaped', () => {
  it('SERVICE_NAME_INVALID and FQDN_INVALID on the plan', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--offline', '--service-name', `cmg${OSC52}.contoso.com`, '--sms-provider', `cm${CLEAR}\u009b6n.contoso.com`], { cwd });
    expect(result.code).toBe(3);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      '  ✖ SERVICE_NAME_INVALID (serviceName) "cmg\\x1b]52;c;aGk=\\x07.contoso.com" is not a usable CMG service name: the label "cmg\\x1b]52;c;aGk=\\x07" is not 1-63 letters, digits or hyphens (no hyphen at either end). Give the FQDN that is the server certificate\'s CN.',
    );
    expect(lines).toContain('  ✖ FQDN_INVALID (smsProvider) "cm\\x1b[2J\\x9b6n.contoso.com" is not a usable host name: it has characters a host name cannot contain.');
    expectInert(result);
  });

  it('an unknown answers-file key', async () => {
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, [`ev${CLEAR}il`]: 1 });
    const result = await runCli(['plan', '--answers', file], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'cmg-setup: the command line or answers file cannot be used as given:',
      '  ANSWERS_UNKNOWN_KEY ev\\x1b[2Jil: unknown key "ev\\x1b[2Jil" in answers.yaml. `cmg-setup steps` lists the keys.',
      '',
    ]);
    expectInert(result);
  });

  it('a certificate path that does not exist', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--offline', '--server-cert-path', `server${OSC52}.pfx`, '--server-cert-password-env', 'PFX_PASSWORD'], { cwd, env: { PFX_PASSWORD: PASSWORD } });
    expect(result.code).toBe(3);
    expect(result.stdout.split('\n')).toContain('  ✖ FILE_NOT_FOUND (serverCertPath) File not found: server\\x1b]52;c;aGk=\\x07.pfx. Check the path (relative paths start from the current folder).');
    expectInert(result);
  });

  it('CERT_CN_NOT_IN_SAN and the subject of a certificate whose CN holds control characters', async () => {
    const leaf = makeLeaf({ now: NOW, commonName: 'cmg\x07\u009b.contoso.com', dnsNames: ['cmg.contoso.com'] });
    writeFileSync(join(cwd, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf, hierarchy(NOW).intermediate] }));
    const result = await runCli(['cert', 'inspect', 'server.pfx', '--service-name', 'cmg.contoso.com', '--password-env', 'PFX_PASSWORD', '--now', NOW.toISOString()], { cwd, env: { PFX_PASSWORD: PASSWORD } });
    expect(result.code).toBe(3);
    const lines = result.stdout.split('\n');
    // OpenSSL's name printing already writes C0 controls as \07 (ASN1_STRFLGS_ESC_CTRL); the C1 CSI it leaves raw.
    expect(lines.filter((line) => line.startsWith('  Subject '))).toEqual(['  Subject                CN=cmg\\07\\x9b.contoso.com']);
    expect(lines).toContain(
      '  ▲ CERT_CN_NOT_IN_SAN the CN cmg\\x07\\x9b.contoso.com is not among the subject alternative names (cmg.contoso.com); clients check the SAN and would refuse the CMG. Add it to the request.',
    );
    expectInert(result);
  });
});

describe('what other writers print is inert too', () => {
  it("commander's own message about an unknown option", async () => {
    const result = await runCli(['plan', `--ev${CLEAR}il`], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--ev\\x1b[2Jil'\n");
    expectInert(result);
  });

  it('--json documents: DEL, C1 and bidirectional characters in values are \\u escapes, and parse back to the same value', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const description = 'Cont\u202eoso \u009b6n \u007f\u2028';
    const result = await runCli(['plan', '--answers', file, '--offline', '--description', description, '--json'], { cwd });
    expect(result.code).toBe(3);
    for (const raw of ['\u202e', '\u009b', '\u007f', '\u2028']) expect(result.stdout.includes(raw)).toBe(false);
    expect(result.stdout).toContain('"value": "Cont\\u202eoso \\u009b6n \\u007f\\u2028"');
    expect(JSON.parse(result.stdout).inputs.description.value).toBe(description);
    expectInert(result);
  });
});

describe('look-alike and hidden characters are refused, as typed', () => {
  it('a dotless-i site code, a description with a right-to-left override, a resource group with a Cyrillic о', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--answers', file, '--offline', '--site-code', 'PS\u0131', '--description', 'Cont\u202eoso', '--resource-group', 'rg-c\u043entoso'], { cwd });
    expect(result.code).toBe(3);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('  ✖ SITE_CODE_INVALID (siteCode) Site code "PS\u0131" must be exactly 3 letters or digits.');
    expect(lines).toContain('  ✖ DESCRIPTION_INVALID (description) The description contains an invisible or text-direction character (U+202E, character 5), which makes it read differently from what it holds: remove it.');
    expect(lines).toContain(
      '  ✖ RESOURCE_GROUP_MIXED_SCRIPTS (resourceGroup) Resource group "rg-c\u043entoso" mixes letters of several scripts (Latin, Cyrillic), as look-alike names do (a Cyrillic letter in place of the Latin one it resembles). Write it in one script; Latin may go with Han, Hiragana, Katakana, Bopomofo or Hangul.',
    );
    expect(result.stdout).not.toContain('\u202e');
  });
});
