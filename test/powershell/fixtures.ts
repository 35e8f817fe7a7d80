/**
 * What the PowerShell tests put on disk and in the stand-in: a scratch folder, throw-away
 * certificates (a root, an issuing CA and the CMG server certificate as a .pfx), the generated
 * scripts of a scenario, and a site seeded from a scenario's answers.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STEPS, planAtPlace } from '../../src/steps/index.ts';
import type { Artifact } from '../../src/model/step.ts';
import type { Answers } from '../../src/model/answers.ts';
import type { Lang } from '../../src/model/lang.ts';
import { EMPTY_REPORT, type CertificateReport } from '../../src/model/certificates.ts';
import { forgePfx, makeLeaf, hierarchy, NOW, PASSWORD } from '../support/certificates.ts';
import type { StandInSeed } from '../support/powershell.ts';

export interface Workspace {
  dir: string;
  path(...parts: string[]): string;
  write(relative: string, content: string | Buffer): string;
  remove(): void;
}

export function workspace(prefix = 'cmg-pwsh-'): Workspace {
  // realpath: on macOS the tmpdir is a symlink, and PowerShell reports resolved paths.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return {
    dir,
    path: (...parts) => join(dir, ...parts),
    write(relative, content) {
      const path = join(dir, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CertificateFiles {
  serverPfx: string;
  password: string;
  rootCer: string;
  issuingCer: string;
}

/** The test hierarchy's root and issuing CA as DER .cer files, and a server .pfx for `serviceName`, under `folder` of the workspace. */
export function certificateFiles(space: Workspace, serviceName: string, folder = 'certs'): CertificateFiles {
  const { root, intermediate } = hierarchy(NOW);
  const leaf = makeLeaf({ now: NOW, commonName: serviceName, dnsNames: [serviceName] });
  return {
    serverPfx: space.write(join(folder, 'server.pfx'), forgePfx({ key: leaf.key, certificates: [leaf, intermediate], password: PASSWORD, algorithm: '3des' })),
    password: PASSWORD,
    rootCer: space.write(join(folder, 'root.cer'), root.der),
    issuingCer: space.write(join(folder, 'issuing.cer'), intermediate.der),
  };
}

const NOW_PLAN = new Date('2026-03-01T00:00:00Z');

/** What the certificate check would have found, as test/emit/scripts.test.ts gives it: two classic sub-CAs, so step 3 writes its script. */
function certificatesFor(answers: Answers): CertificateReport {
  if (answers.model !== 'classic') return EMPTY_REPORT;
  const subCa = (path: string, thumbprint: string) => ({ path, subject: 'CN=Contoso Issuing CA', issuer: 'CN=Contoso Root CA', thumbprint, notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind: 'intermediate' as const });
  return { ...EMPTY_REPORT, subCas: [subCa('C:\\certs\\issuing1.cer', '0123456789ABCDEF0123456789ABCDEF01234567'), subCa('C:\\certs\\issuing2.cer', 'FEDCBA9876543210FEDCBA9876543210FEDCBA98')] };
}

/** The artifacts a scenario's steps plan (what the CLI writes, the golden files), in plan order, in `lang`. */
export function scenarioArtifacts(answers: Answers, lang: Lang = 'en'): Artifact[] {
  return STEPS.flatMap((step) => planAtPlace(step, { answers, now: NOW_PLAN, certificates: certificatesFor(answers), lang }).artifacts);
}

/** Writes one generated script of a scenario under `folder`, byte for byte as the CLI does (BOM, CRLF), and returns its path. */
export function writeScenarioScript(space: Workspace, answers: Answers, path: string, folder = 'scripts', lang: Lang = 'en'): string {
  const artifact = scenarioArtifacts(answers, lang).find((candidate) => candidate.path === path);
  if (!artifact) throw new Error(`${path} is not among the scenario's artifacts`);
  return space.write(join(folder, path), String(artifact.content));
}

/**
 * The site a scenario's scripts expect: its site code behind its SMS Provider, and each server
 * it names with the role the scripts look for (nothing enabled for the CMG yet).
 */
export function siteSeed(answers: Answers): StandInSeed {
  const systems = new Map<string, Record<string, Record<string, unknown>>>();
  const add = (server: string, role?: string) => {
    const roles = systems.get(server) ?? {};
    if (role) roles[role] = {};
    systems.set(server, roles);
  };
  add(answers.connectionPointServer);
  for (const server of answers.managementPoints) add(server, 'ManagementPoint');
  for (const server of answers.softwareUpdatePoints) add(server, 'SoftwareUpdatePoint');
  for (const server of answers.distributionPoints) add(server, 'DistributionPoint');
  return {
    sites: [{ SiteCode: answers.siteCode, SiteName: `${answers.siteCode} primary site`, smsProvider: answers.smsProvider }],
    siteSystems: [...systems].map(([server, roles]) => ({ server, siteCode: answers.siteCode, roles })),
  };
}
