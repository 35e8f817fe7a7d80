/**
 * The scripts target Windows PowerShell 5.1 (what a site server and a client have); the suite runs
 * them in PowerShell 7, which accepts more. windows-powershell-51.ps1 walks each generated
 * script's syntax tree, as PowerShell's own parser builds it, for what 5.1 lacks: PowerShell 7
 * syntax (?:, ??, ??=, && and ||, ?. and ?[], clean blocks), ForEach-Object -Parallel and other
 * parameters the 5.1 cmdlets lack, the encodings 5.1 does not know, and the cmdlets that only
 * PowerShell 6 and later ship. PSScriptAnalyzer, which has such rules, is not on
 * this machine's feeds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EMPTY_REPORT, type CertificateReport } from '../../src/model/certificates.ts';
import { certificateRequestScript } from '../../src/emit/certificate-request-script.ts';
import { STEPS, planAtPlace } from '../../src/steps/index.ts';
import { stepPosition } from '../../src/steps/declarations.ts';
import type { Answers } from '../../src/model/answers.ts';
import { classicUsGov, hostile, vmssPublic } from '../emit/scenarios.ts';
import { describePowerShell, findPwsh, ROOT } from '../support/powershell.ts';
import { workspace, type Workspace } from './fixtures.ts';
import { LANGS } from '../../src/model/lang.ts';

const CHECKER = join(ROOT, 'test', 'powershell', 'windows-powershell-51.ps1');
const NOW = new Date('2026-03-01T00:00:00Z');

interface Violation {
  path: string;
  line: number;
  what: string;
}

/** Two sub-CAs for the classic scenario, so step 3 writes its script too. */
function certificatesFor(answers: Answers): CertificateReport {
  if (answers.model !== 'classic') return EMPTY_REPORT;
  const subCa = (path: string, thumbprint: string) => ({ path, subject: 'CN=Issuing CA', issuer: 'CN=Root CA', thumbprint, notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2030-01-01T00:00:00.000Z', kind: 'intermediate' as const });
  return { ...EMPTY_REPORT, subCas: [subCa('C:\\certs\\issuing1.cer', '0123456789ABCDEF0123456789ABCDEF01234567')] };
}

/** Every .ps1 the tool writes: both models, both languages, hostile text, the certificate request script. */
function everyScript(): Array<{ name: string; content: string }> {
  const scripts: Array<{ name: string; content: string }> = [];
  for (const [scenario, answers] of [['vmss', vmssPublic], ['classic', classicUsGov], ['vmss-hostile', hostile(vmssPublic)], ['classic-hostile', hostile(classicUsGov)]] as const) {
    for (const lang of LANGS) {
      const artifacts = STEPS.flatMap((step) => planAtPlace(step, { answers: { ...answers, serverCertPath: undefined }, now: NOW, certificates: certificatesFor(answers), lang }).artifacts);
      for (const artifact of artifacts.filter((candidate) => candidate.path.endsWith('.ps1'))) scripts.push({ name: `${scenario}.${lang}/${artifact.path}`, content: String(artifact.content) });
    }
  }
  for (const lang of LANGS) {
    scripts.push({ name: `request.${lang}/vmss.ps1`, content: certificateRequestScript({ step: stepPosition('server-certificate'), serviceName: 'contosocmg.contoso.com', model: 'vmss', infFileName: 'contosocmg.contoso.com.inf', lang, template: 'CMGWebServer' }) });
    scripts.push({ name: `request.${lang}/classic.ps1`, content: certificateRequestScript({ step: stepPosition('server-certificate'), serviceName: 'contosocmg.cloudapp.net', model: 'classic', infFileName: 'contosocmg.cloudapp.net.inf', lang }) });
  }
  return scripts;
}

/** Every construct the checker knows, once each: a control that it can fail. */
const SEVEN_ONLY = [
  ['$a = $true ? 1 : 2', 'the ternary operator ?: (PowerShell 7.0)'],
  ['$b = $null ?? 3', 'the null-coalescing operator ?? (PowerShell 7.0)'],
  ['$c ??= 4', 'the null-coalescing assignment ??= (PowerShell 7.0)'],
  ['Get-Item . && Write-Host ok', 'a pipeline chain && or || (PowerShell 7.0)'],
  ['$d = ${a}?.Length', 'null-conditional member access ?. (PowerShell 7.1)'],
  ['$e = ${a}?[0]', 'null-conditional index ?[] (PowerShell 7.1)'],
  ['${a}?.ToString()', 'null-conditional method call ?. (PowerShell 7.1)'],
  ['1..2 | ForEach-Object -Parallel { $_ }', 'ForEach-Object -Parallel (PowerShell 7.0)'],
  ['Get-Uptime', 'the cmdlet Get-Uptime (PowerShell 6 or later)'],
  ['function f { process { 1 } clean { 2 } }', 'a clean block (PowerShell 7.3)'],
  ["Join-Path -Path a -ChildPath b -AdditionalChildPath c", 'Join-Path -AdditionalChildPath (not in Windows PowerShell 5.1)'],
  ['$j = ConvertFrom-Json -InputObject $x -AsHash', 'ConvertFrom-Json -AsHashtable (not in Windows PowerShell 5.1)'],
  ["Set-Content -Path x -Value y -Encoding utf8NoBOM", '-Encoding utf8NoBOM (not in Windows PowerShell 5.1)'],
] as const;

function check(paths: readonly string[]): Violation[] {
  const pwsh = findPwsh() as string;
  const result = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', CHECKER], { input: `${paths.join('\n')}\n`, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`the checker failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Violation[];
}

describePowerShell('Windows PowerShell 5.1: nothing in a generated script needs PowerShell 7', () => {
  let space: Workspace;
  let scripts: Array<{ name: string; path: string }>;
  let violations: Violation[];
  let control: Violation[];

  beforeAll(() => {
    space = workspace('cmg-ps51-');
    scripts = everyScript().map(({ name, content }) => ({ name, path: space.write(join('scripts', name), content) }));
    const controlPath = space.write('control.ps1', `${SEVEN_ONLY.map(([line]) => line).join('\n')}\n`);
    [violations, control] = [check(scripts.map((script) => script.path)), check([controlPath])];
  }, 60_000);

  afterAll(() => space?.remove());

  it('checks every generated script (both models, both languages, hostile text, the certificate request)', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(60);
  });

  it('finds nothing that Windows PowerShell 5.1 lacks, and no parse error', () => {
    expect(violations).toEqual([]);
  });

  it('the check can fail: each PowerShell 7 construct is found, on its line', () => {
    expect(control.map((violation) => [violation.line, violation.what])).toEqual(SEVEN_ONLY.map(([, what], index) => [index + 1, what]));
  });
});
