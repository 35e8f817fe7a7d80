/**
 * The lines printed after an interactive run, typed into bash (and zsh where installed): the
 * program gets exactly the arguments the run meant, and the secret typed at `read -rs` (issue 17).
 * The stub and the awkward values: test/support/rerun-shells.ts; the same lines for PowerShell run
 * in pwsh in test/powershell/rerun-command.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentList, equivalentArguments } from '../../src/wizard/equivalent-command.ts';
import { AWKWARD, printed, RECORDS, stubFolder, stubRuns, TYPED } from '../support/rerun-shells.ts';

const folder = mkdtempSync(join(tmpdir(), 'cmg-rerun-shells-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const bin = stubFolder(folder);
const OUT = join(folder, "my out $dir");
const POSIX = { platform: 'linux' as const, env: {} };

const which = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** The typed lines as a script of `shell`, the secret typed on its standard input (once per `read`). */
function typeInto(shell: string, lines: readonly string[], reads: number) {
  const script = join(folder, `rerun.${shell}`);
  writeFileSync(script, `${lines.join('\n')}\n`);
  const run = spawnSync(shell, [script], { encoding: 'utf8', input: `${TYPED}\n`.repeat(reads), env: { PATH: `${bin}:${process.env.PATH ?? ''}`, SP_SECRET: 'from-the-environment' }, timeout: 20_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return stubRuns(run.stdout);
}

describe.each(['bash', 'zsh'])('the re-run lines typed into %s', (shell) => {
  it.skipIf(!which(shell))('the command gets every awkward value as the run had it, then the answers form its own', () => {
    const { prose, typed } = printed(AWKWARD, POSIX, OUT);
    expect(prose).toEqual([
      'To run the same without prompts next time:',
      "First set the secrets it reads (typed without echo, kept out of the shell's history):",
      'Then:',
      'Or, shorter, from the answers this run saved, the same variables set:',
    ]);
    const runs = typeInto(shell, typed, 2);
    expect(runs).toEqual([
      { argv: argumentList(equivalentArguments(AWKWARD, 'run', [['--out', OUT]])), env: { CMG_SERVER_CERT_PASSWORD: TYPED, SP_SECRET: TYPED } },
      { argv: ['--answers', join(OUT, 'answers.yaml'), '--out', OUT, '--yes'], env: { CMG_SERVER_CERT_PASSWORD: TYPED, SP_SECRET: TYPED } },
    ]);
    expect(runs[0]!.argv).toContain("Bob's $HOME CMG; (a) {b} #c <d> |e &f @g `h ~i --% ,k \u2019s");
    expect(runs[0]!.argv).toContain('ConfigMgr\x1b[2J Site Servers');
  });

  it.skipIf(!which(shell))('a records input (JSON) and a double quote pass as they are', () => {
    const { typed } = printed(RECORDS, POSIX, OUT);
    const [run] = typeInto(shell, typed, 1);
    expect(run!.argv).toEqual(argumentList(equivalentArguments(RECORDS, 'run', [['--out', OUT]])));
    expect(run!.argv).toContain('[{"siteCode":"P01","smsProvider":"cm01.contoso.com","managementPoints":["mp01.contoso.com"]}]');
  });
});
