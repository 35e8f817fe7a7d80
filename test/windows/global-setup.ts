/**
 * vitest globalSetup of the windows project: the executable, built once per run into
 * .vitest-tmp/exe/ (`node scripts/build-exe.mjs --out …`, skipped when its inputs are unchanged
 * since the last build), and the tests' Wine prefix, made once and set to Windows 10 (Node's
 * Windows build needs it). Without wine: one line saying the suite is skipped, or nothing under
 * CMG_REQUIRE_WINE=1, where each test file fails instead (test/support/wine.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { digest } from '../support/build-dist.ts';
import { ROOT } from '../support/run-cli.ts';
import { EXE, WINE_PREFIX, WINE_SKIPPED_LINE, wineEnv, wineMode } from '../support/wine.ts';

const STAMP = join(ROOT, '.vitest-tmp', 'exe-build.json');
const inputs = () => digest(['src', 'scripts/build-exe.mjs', 'rolldown.exe.config.mjs', 'rolldown.config.mjs', 'package-lock.json'].map((path) => join(ROOT, path)));

export default function setup(): void {
  const mode = wineMode();
  if (mode === 'skip') process.stdout.write(`${WINE_SKIPPED_LINE}\n`);
  if (mode !== 'run') return;
  const before = inputs();
  const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (stamp !== before || !existsSync(EXE)) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-exe.mjs'), '--out', EXE], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`npm run build:exe failed:\n${stdout}${stderr}`);
    }
    mkdirSync(dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, `${before}\n`);
  }
  if (!existsSync(join(WINE_PREFIX, 'system.reg'))) {
    mkdirSync(WINE_PREFIX, { recursive: true });
    execFileSync('winecfg', ['-v', 'win10'], { env: wineEnv(), stdio: 'ignore', timeout: 120_000 });
  }
}
