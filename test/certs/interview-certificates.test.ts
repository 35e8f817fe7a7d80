/**
 * Issue 14: a certificate file is read the moment its path and password are known, in the
 * interview, not after the last question. Its subject, expiry and thumbprint are shown there; a
 * wrong password is asked again on the spot; a certificate for another name offers to answer its
 * path again. In process through the command's seam, with .pfx files made by the test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import { fakeIO, type FakeFacts } from '../commands/fake-io.ts';
import { forgePfx, hierarchy, HIERARCHY_KEYS, makeLeaf, NOW, PASSWORD, prepareKeys, rsaKey } from '../support/certificates.ts';
import { assertBuilt } from '../support/run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-interview-certs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let right: string;
let otherName: string;
let thumbprint: string;

beforeAll(async () => {
  assertBuilt();
  await prepareKeys(HIERARCHY_KEYS);
  const { leaf, intermediate } = hierarchy(NOW);
  right = join(root, 'cmg.pfx');
  writeFileSync(right, forgePfx({ key: leaf.key, certificates: [leaf, intermediate], password: PASSWORD, algorithm: '3des' }));
  const other = makeLeaf({ now: NOW, commonName: 'other.contoso.com', key: rsaKey(2048, 3) });
  otherName = join(root, 'other.pfx');
  writeFileSync(otherName, forgePfx({ key: other.key, certificates: [other, intermediate], password: PASSWORD, algorithm: '3des' }));
  // What the console and certlm.msc show: SHA-1 of the DER, uppercase hex.
  thumbprint = createHash('sha1').update(leaf.der).digest('hex').toUpperCase();
});

async function interview(facts: FakeFacts) {
  const dir = mkdtempSync(join(root, 'run-'));
  mkdirSync(dir, { recursive: true });
  const values: Record<string, unknown> = { ...VALID_ANSWERS, serviceName: 'cmg.contoso.com' };
  delete values.deploymentPrefix;
  const answers = join(dir, writeAnswers(dir, values));
  const io = fakeIO({ stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: { LANG: 'C.UTF-8' }, acceptDefaults: true, confirm: false, ...facts });
  const options: WizardOptions = { mode: 'run', inputs: new Map(), secretFlags: {}, answers, out: join(dir, 'out'), outGiven: true, color: false, now: NOW.toISOString(), offline: true };
  const code = await exitCodeOf(() => wizardCommand(options, io), io, { lang: 'en', json: false, command: 'run' });
  return { code, io, said: io.said().split('\n') };
}

describe('the server certificate, read in the interview', () => {
  it('a wrong password: said and asked again right there, before the next question; then the certificate is shown', async () => {
    const { io, said } = await interview({ answers: { serverCertPath: right }, typed: { serverCertPassword: ['wrong', PASSWORD] } });
    const at = io.asked.indexOf('serverCertPath');
    expect(io.asked.slice(at, at + 4)).toEqual(['serverCertPath', 'serverCertPassword', 'serverCertPassword', 'clientRootCerts']);
    const wrong = said.indexOf(`${right}: wrong password for this .pfx.`);
    expect(wrong).toBeGreaterThan(-1);
    expect(said[wrong + 1]).toMatch(new RegExp(`^ {2}✓ ${right.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: CN=cmg\\.contoso\\.com, valid until \\d{4}-\\d{2}-\\d{2}, thumbprint ${thumbprint}$`));
  });

  it('a certificate for another name: the error right after its password, then, agreeing to change it, its path asked again', async () => {
    const { io, said } = await interview({ typed: { serverCertPath: [otherName, right], serverCertPassword: [PASSWORD, PASSWORD] }, confirms: { 'step-problems': true } });
    const at = io.asked.indexOf('serverCertPath');
    expect(io.asked.slice(at, at + 6)).toEqual(['serverCertPath', 'serverCertPassword', '?step-problems', 'serverCertPath', 'serverCertPassword', 'clientRootCerts']);
    expect(said.some((line) => line.includes('CERT_NAME_MISMATCH'))).toBe(true);
  });

  it('declining to change it: the run goes on, and the error stops the write at the review (exit 3 on quit)', async () => {
    const { code, io } = await interview({ typed: { serverCertPath: [otherName], serverCertPassword: [PASSWORD] }, confirms: { 'step-problems': false } });
    expect(io.asked.filter((key) => key === 'serverCertPath')).toHaveLength(1);
    expect(code).toBe(EXIT.validation);
  });
});
