/**
 * What the PowerShell tests of steps 1-3 put on disk and in the stand-in: a test CA (root, issuing
 * CA with its key) seeded as the certification authority certreq reaches, the scripts of a step
 * in a language (as the wizard plans them) or as `cmg-setup cert request` writes them (the built
 * CLI, run for real), folder copies (a script writes its files beside itself, so every run that
 * must start afresh gets its own copy), and a written .pfx opened and checked.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { expect } from 'vitest';
import { decodeCertificateFile } from '../../src/certs/decode.ts';
import { evidenceFrom } from '../../src/certs/evidence.ts';
import { inspectEvidence } from '../../src/certs/inspect.ts';
import type { CertificateReport } from '../../src/model/certificates.ts';
import type { Step } from '../../src/model/step.ts';
import type { Lang } from '../../src/model/lang.ts';
import type { Answers } from '../../src/model/answers.ts';
import { forgePfx, hierarchy, NOW, PASSWORD, rsaKey } from '../support/certificates.ts';
import { ROOT, type StandInCertificationAuthority, type StandInResult, type StandInRun, type StandInSeed } from '../support/powershell.ts';
import { assertBuilt, runCli } from '../support/run-cli.ts';
import type { Workspace } from './fixtures.ts';
import { planAtPlace } from '../../src/steps/index.ts';

const PLAN_NOW = new Date('2026-03-01T00:00:00Z');

export interface TestCa {
  rootCer: string;
  issuingCer: string;
  /** The issuing CA's certificate and key: what the stand-in CA signs with. */
  issuingPfx: string;
  rootDer: Buffer;
  issuingDer: Buffer;
}

/** The test hierarchy's root and issuing CA on disk, under `folder`. */
export function testCa(space: Workspace, folder = 'ca'): TestCa {
  const { root, intermediate } = hierarchy(NOW);
  return {
    rootCer: space.write(join(folder, 'root.cer'), root.der),
    issuingCer: space.write(join(folder, 'issuing.cer'), intermediate.der),
    issuingPfx: space.write(join(folder, 'issuing.pfx'), forgePfx({ key: intermediate.key, certificates: [intermediate], password: PASSWORD, algorithm: '3des' })),
    rootDer: root.der,
    issuingDer: intermediate.der,
  };
}

/** A CA of the test hierarchy: the issuing CA signs; `config` is what certreq -config names. */
export function authority(ca: TestCa, config: string, options: Omit<StandInCertificationAuthority, 'config' | 'certificate'> = {}): StandInCertificationAuthority {
  return { config, certificate: { pfx: ca.issuingPfx, password: PASSWORD }, ...options };
}

/**
 * A machine that trusts the test hierarchy (its Root and CA stores) and reaches these CAs; its
 * certreq -new makes the test's fixed keys (slots 4 and 5 of test/support/certificates.ts), so the
 * certificates a run is issued are the same every time and no run waits for a key.
 */
export function machineSeed(ca: TestCa, authorities: StandInCertificationAuthority[], extra: StandInSeed = {}): StandInSeed {
  return {
    requestKeys: [4, 5].map((slot) => rsaKey(2048, slot).pkcs8Der.toString('base64')),
    ...extra,
    certificates: { 'LocalMachine\\Root': [{ cer: ca.rootCer }], 'LocalMachine\\CA': [{ cer: ca.issuingCer }], ...extra.certificates },
    certificationAuthorities: authorities,
  };
}

/** The files a step plans for these answers, in `lang`, written under `folder` (BOM and CRLF as the CLI writes them); returns their paths by artifact path. */
export function writeStepArtifacts(space: Workspace, step: Step, answers: Answers, lang: Lang, folder: string, certificates?: CertificateReport): Map<string, string> {
  const written = new Map<string, string>();
  for (const artifact of planAtPlace(step, { answers, now: PLAN_NOW, lang, ...(certificates ? { certificates } : {}) }).artifacts) {
    written.set(artifact.path, space.write(join(folder, artifact.path), String(artifact.content)));
  }
  return written;
}

/** `cmg-setup cert request` for real (the built CLI): the folder it wrote. */
export async function certRequestFolder(space: Workspace, folder: string, args: readonly string[]): Promise<string> {
  assertBuilt();
  const out = space.path(folder);
  const result = await runCli(['cert', 'request', ...args, '--out', out, '--now', PLAN_NOW.toISOString()], { cwd: space.dir, timeoutMs: 30_000 });
  if (result.code !== 0) throw new Error(`cert request ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return out;
}

/** A copy of a folder, for a run that must find it as the CLI left it. */
export function copyFolder(space: Workspace, from: string, to: string): string {
  const target = space.path(to);
  cpSync(from, target, { recursive: true });
  return target;
}

/** The parse check of a batch: PowerShell's own parser and the Windows PowerShell 5.1 check over these scripts, as one run. */
export function parseCheckRun(scripts: readonly string[]): StandInRun {
  return { id: 'parse', script: join(ROOT, 'test', 'powershell', 'windows-powershell-51.ps1'), parameters: { Path: [...scripts] }, siteVersion: '2403' };
}

/** The findings of the parse run: parse errors and what Windows PowerShell 5.1 lacks, one { path, line, what } each. */
export function parseFindings(result: StandInResult): unknown[] {
  expect(result.error).toBeNull();
  return JSON.parse(String(result.pipeline[0])) as unknown[];
}

export interface OpenedPfx {
  /** Subjects of the certificates, in file order. */
  subjects: string[];
  leaf: X509Certificate;
  /** The key's public half is the leaf's. */
  keyMatchesLeaf: boolean;
  /** How the key bags are encrypted ('3DES', 'AES-256-CBC'). */
  keyCiphers: string[];
  /** cmg-setup's own server-certificate findings for this file (step 1's rules). */
  problems: Array<{ severity: string; code: string }>;
}

/** Opens a .pfx the way cmg-setup does, with its password, and runs step 1's server-certificate checks on it. */
export function openPfx(path: string, password: string, expected: { serviceName: string; model: 'vmss' | 'classic'; cloud?: 'public' | 'usgov' }): OpenedPfx {
  const outcome = decodeCertificateFile(readFileSync(path), password);
  if (!outcome.ok) throw new Error(`${path} did not open: ${JSON.stringify(outcome)}`);
  const { file } = outcome;
  const certificates = file.certificates.map((der) => new X509Certificate(Buffer.from(der)));
  const leaf = certificates.find((certificate) => !certificate.ca) as X509Certificate;
  const key = createPublicKey(createPrivateKey({ key: Buffer.from(file.privateKeys[0] as Uint8Array), format: 'der', type: 'pkcs8' }));
  const inspected = inspectEvidence(path, evidenceFrom(outcome), { role: 'server', serviceName: expected.serviceName, model: expected.model, cloud: expected.cloud ?? 'public', now: new Date('2026-03-02T00:00:00Z') });
  return {
    subjects: certificates.map((certificate) => certificate.subject),
    leaf,
    keyMatchesLeaf: file.privateKeys.length === 1 && key.equals(leaf.publicKey),
    keyCiphers: (file.pfx?.keys ?? []).map((protection) => protection.cipher),
    problems: inspected.problems.map(({ severity, code }) => ({ severity, code })),
  };
}
