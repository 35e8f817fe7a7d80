/**
 * vitest globalSetup of the projects whose tests run the built CLI (e2e; certs-azure, whose decoder
 * worker is dist/decode-worker.cjs from the sources; powershell, whose certificate tests run
 * `cmg-setup cert request`): `npm run build`'s three steps (rolldown -c rolldown.config.mjs, the
 * texts of scripts/kept-texts.mjs, then the code cache of scripts/code-cache.mjs), once per
 * vitest run, before any test of those projects starts: the tests run what an admin runs, code
 * cache included. So a dist/ older than the sources cannot be what a test runs.
 *
 * - Once per run: the projects share this process; the first setup builds, the others see the mark
 *   on globalThis.
 * - Not twice for the same sources: the build records a digest of its inputs (src/, the bundler
 *   config, package.json, the lockfile, the bundler's version) and of what it wrote, in
 *   .vitest-tmp/ (git-ignored). When both still match, dist/ is what a build would write, and it is
 *   left alone: a vitest run started by a test (test/powershell/pwsh-setup.test.ts) must not
 *   empty dist/ (the bundler's cleanDir) under the outer run's end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(ROOT, '.vitest-tmp', 'dist-build.json');
const ROLLDOWN = join(ROOT, 'node_modules', 'rolldown', 'bin', 'cli.mjs');
const KEPT_TEXTS = join(ROOT, 'scripts', 'kept-texts.mjs');
const CODE_CACHE = join(ROOT, 'scripts', 'code-cache.mjs');
const BUILT = Symbol.for('cmg-setup.test.dist-built');

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

export function digest(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap(filesUnder).sort()) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const inputs = () =>
  digest(['src', 'bin', join('scripts', 'kept-texts.mjs'), join('scripts', 'code-cache.mjs'), 'rolldown.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', join('node_modules', 'rolldown', 'package.json')].map((path) => join(ROOT, path)));
const outputs = () => digest([DIST]);

interface Stamp {
  inputs: string;
  outputs: string;
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

export default function setup(): void {
  const marks = globalThis as Record<symbol, unknown>;
  if (marks[BUILT]) return;
  const before = inputs();
  const stamp = readStamp();
  if (!(stamp && stamp.inputs === before && existsSync(join(DIST, 'cmg-setup.cjs')) && stamp.outputs === outputs())) {
    try {
      execFileSync(process.execPath, [ROLLDOWN, '-c', 'rolldown.config.mjs'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      execFileSync(process.execPath, [KEPT_TEXTS], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      execFileSync(process.execPath, [CODE_CACHE, '--strict'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`the build of dist/ (npm run build) failed:\n${stdout}${stderr}`);
    }
    mkdirSync(dirname(STAMP), { recursive: true });
    writeFileSync(STAMP, `${JSON.stringify({ inputs: before, outputs: outputs() } satisfies Stamp)}\n`);
  }
  marks[BUILT] = true;
}
