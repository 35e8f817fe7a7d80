/**
 * The lines printed after an interactive run, for PowerShell, typed into real pwsh (issue 17):
 * the program (a stub `cmg-setup` on PATH, test/support/rerun-shells.ts) gets exactly the
 * arguments the run meant, the same as bash gives it (test/ui/rerun-posix-shells.test.ts), and the
 * secrets set by the printed lines. Read-Host cannot be typed into from a redirected standard
 * input (pwsh ends the script there), so a function of the same name, which PowerShell calls
 * before the cmdlet (about_Command_Precedence), stands in for the person: it checks it was asked
 * for a secure string and returns what they type.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { argumentList, equivalentArguments } from '../../src/wizard/equivalent-command.ts';
import { AWKWARD, printed, RECORDS, stubFolder, stubRuns, TYPED } from '../support/rerun-shells.ts';
import { describePowerShell, findPwsh } from '../support/powershell.ts';

const folder = mkdtempSync(join(tmpdir(), 'cmg-rerun-pwsh-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const OUT = join(folder, "my out $dir, 'x'");
/** As on Linux started from pwsh: PowerShell is detected by PSModulePath (src/cli/shell.ts). */
const FROM_PWSH = { platform: 'linux' as const, env: { PSModulePath: '/opt/microsoft/powershell/7/Modules' } };

const READ_HOST_STANDIN = [
  'function Read-Host {',
  '    param([string] $Prompt, [switch] $AsSecureString)',
  "    if (-not $AsSecureString) { throw 'Read-Host without -AsSecureString' }",
  '    [Console]::Out.WriteLine("ASKED $Prompt")',
  `    ConvertTo-SecureString -String '${TYPED.replace(/'/g, "''")}' -AsPlainText -Force`,
  '}',
];

function typeIntoPwsh(lines: readonly string[]) {
  const bin = stubFolder(folder);
  const script = join(folder, 'rerun.ps1');
  writeFileSync(script, [...READ_HOST_STANDIN, ...lines, ''].join('\n'));
  const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '', SP_SECRET: 'from-the-environment', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' };
  const run = spawnSync(findPwsh()!, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', script], { encoding: 'utf8', env, timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { runs: stubRuns(run.stdout), asked: run.stdout.split('\n').filter((line) => line.startsWith('ASKED ')) };
}

describePowerShell('the re-run lines typed into pwsh', () => {
  it('the command gets every awkward value as the run had it (as bash gives it), then the answers form its own', () => {
    const { prose, typed } = printed(AWKWARD, FROM_PWSH, OUT);
    expect(prose).toEqual([
      'To run the same without prompts next time:',
      "First set the secrets it reads (typed without echo, kept out of the shell's history):",
      'Then:',
      'Or, shorter, from the answers this run saved, the same variables set:',
    ]);
    expect(typed.filter((line) => line.endsWith(' `'))).toHaveLength(typed.length - 4);
    const { runs, asked } = typeIntoPwsh(typed);
    expect(asked).toEqual(['ASKED Password of the server certificate (.pfx)', 'ASKED Service principal client secret']);
    const env = { CMG_SERVER_CERT_PASSWORD: TYPED, SP_SECRET: TYPED };
    expect(runs).toEqual([
      { argv: argumentList(equivalentArguments(AWKWARD, 'run', [['--out', OUT]])), env },
      { argv: ['--answers', join(OUT, 'answers.yaml'), '--out', OUT, '--yes'], env },
    ]);
    expect(runs[0]!.argv).toContain("Bob's $HOME CMG; (a) {b} #c <d> |e &f @g `h ~i --% ,k \u2019s");
    expect(runs[0]!.argv).toContain('ConfigMgr\x1b[2J Site Servers');
    expect(runs[0]!.argv).toContain('mp01.contoso.com,mp02.contoso.com');
  });

  it('a records input (JSON) or a double quote: no command Windows PowerShell 5.1 would break, the answers file instead', () => {
    const { prose, typed } = printed(RECORDS, FROM_PWSH, OUT);
    expect(prose).toEqual([
      'To run the same without prompts next time:',
      "First set the secrets it reads (typed without echo, kept out of the shell's history):",
      'A value here holds a double quote, an empty text or a trailing backslash, which Windows PowerShell 5.1 does not pass to a program as typed: run it from the answers this run saved instead:',
    ]);
    expect(typed.join('\n')).not.toContain('primary-sites');
    const { runs } = typeIntoPwsh(typed);
    expect(runs).toEqual([{ argv: ['--answers', join(OUT, 'answers.yaml'), '--out', OUT, '--yes'], env: { CMG_SERVER_CERT_PASSWORD: TYPED, SP_SECRET: 'from-the-environment' } }]);
  });
});
