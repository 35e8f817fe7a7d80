import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certificateReportWithRetry } from '../../src/cli/wizard/certificate-report.ts';
import { Secret } from '../../src/model/secret.ts';
import type { Resolution } from '../../src/model/plan.ts';
import { vmssAnswers } from '../support/answers.ts';
import { forgePfx, hierarchy, NOW, PASSWORD } from '../support/certificates.ts';
import { assertBuilt } from '../support/run-cli.ts';

assertBuilt();
const folder = mkdtempSync(join(tmpdir(), 'cmg-retry-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const { leaf, intermediate } = hierarchy(NOW);
const pfxPath = join(folder, 'server.pfx');
writeFileSync(pfxPath, forgePfx({ key: leaf.key, certificates: [leaf, intermediate], password: PASSWORD, algorithm: '3des' }));

function resolution(password: string): Resolution {
  const answers = vmssAnswers({ serviceName: 'cmg.contoso.com', serverCertPath: pfxPath, serverCertPassword: new Secret(password, 'env:CMG_SERVER_CERT_PASSWORD'), clientRootCerts: [] });
  return { answers, sources: { serverCertPassword: 'env' }, findings: [] };
}

function terminal(canPrompt: boolean) {
  const written: string[] = [];
  return { written, terminal: { lang: 'en' as const, canPrompt, columns: {}, stderr: { write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream } };
}

const badPassword = (report: { findings: Array<{ code: string; input?: string }> }) => report.findings.filter((finding) => finding.code === 'CERT_BAD_PASSWORD').map((finding) => finding.input);

describe('a mistyped .pfx password in the wizard', () => {
  it('is asked again at a terminal, and the new one is used and recorded as typed', async () => {
    const given = resolution('wrong');
    const { written, terminal: term } = terminal(true);
    const asked: string[] = [];
    const report = await certificateReportWithRetry(given, NOW, new Map(), term, async (key) => {
      asked.push(key);
      return PASSWORD;
    });
    expect(asked).toEqual(['serverCertPassword']);
    expect(badPassword(report)).toEqual([]);
    expect(report.server?.subject).toBe('CN=cmg.contoso.com');
    expect(given.sources.serverCertPassword).toBe('prompt');
    expect(given.answers.serverCertPassword?.source).toBe('prompt');
    expect(written).toEqual([`${pfxPath}: wrong password for this .pfx.\n`]);
  });

  it('stops asking after three wrong answers and keeps the finding', async () => {
    const asked: string[] = [];
    const report = await certificateReportWithRetry(resolution('wrong'), NOW, new Map(), terminal(true).terminal, async (key) => {
      asked.push(key);
      return 'still wrong';
    });
    expect(asked).toHaveLength(3);
    expect(badPassword(report)).toEqual(['serverCertPath']);
  });

  it('never asks where no prompt is possible: the finding stays (exit 3)', async () => {
    const report = await certificateReportWithRetry(resolution('wrong'), NOW, new Map(), terminal(false).terminal, async () => {
      throw new Error('must not prompt');
    });
    expect(badPassword(report)).toEqual(['serverCertPath']);
  });
});
