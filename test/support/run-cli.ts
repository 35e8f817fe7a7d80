/**
 * Runs the BUILT binary (`node bin/cmg-setup.cjs` → dist/cmg-setup.cjs) the way a user or a CI
 * job does: an argument array (no shell), a fresh working folder, stdio pipes that are never
 * terminals. The projects that use it build dist/ first, once per vitest run (globalSetup
 * test/support/build-dist.ts in vitest.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'cmg-setup.cjs');
export const MAIN = join(ROOT, 'dist', 'cmg-setup.cjs');

/**
 * For a `beforeAll`: a missing build is a setup mistake, not a product failure; say so plainly. Only
 * a file run outside its project (without the project's globalSetup) can get here.
 */
export function assertBuilt(): void {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: run this file in its vitest project (e.g. \`npx vitest run --project e2e\`), whose globalSetup builds dist/, or build it with \`npm run build\`.`);
  }
}

export interface CliResult {
  /** Exit code; null when the process was killed (see timedOut). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
  stderrBytes: Buffer;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  /**
   * Changes to the environment: a string sets, undefined removes. The base is the test's own
   * environment without any CMG_* variable or locale override, with CI=true and NO_COLOR=1.
   */
  env?: Record<string, string | undefined>;
  /**
   * false: a minimal environment (PATH, HOME, NO_COLOR, LANG) without CI or any CI vendor
   * variable, so only the non-TTY rule can stop a prompt.
   */
  ci?: boolean;
  /** Written to stdin, which is then closed. */
  input?: string | Buffer;
  /** stdin is an open pipe that never sends anything and is never closed by the test. */
  stdinOpen?: boolean;
  /** The child is killed after this long (a hang must fail the test, not the suite). */
  timeoutMs?: number;
  /**
   * Sends `name` to the child once its stderr first matches `when`: a cue that it has reached the
   * point under test (e.g. NODE_DEBUG=net's "_read" line when it starts waiting on stdin), so the
   * signal never lands before the child's handlers exist.
   */
  signal?: { name: NodeJS.Signals; when: RegExp };
}

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'];

export function cliEnv(options: Pick<RunOptions, 'env' | 'ci'> = {}): NodeJS.ProcessEnv {
  let env: NodeJS.ProcessEnv;
  if (options.ci === false) {
    env = {};
    for (const name of ['PATH', 'HOME', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP']) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
  } else {
    env = { ...process.env, CI: 'true' };
    for (const name of Object.keys(env)) if (name.startsWith('CMG_')) delete env[name];
    delete env.NODE_OPTIONS;
  }
  for (const name of LOCALE_VARIABLES) delete env[name];
  env.LANG = 'C.UTF-8';
  env.NO_COLOR = '1';
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function runCli(args: readonly string[], options: RunOptions): Promise<CliResult> {
  const piped = options.input !== undefined || options.stdinOpen === true;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: cliEnv(options),
    stdio: [piped ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
  let signalled = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    err.push(chunk);
    if (options.signal && !signalled && options.signal.when.test(Buffer.concat(err).toString('utf8'))) {
      signalled = true;
      child.kill(options.signal.name);
    }
  });
  if (child.stdin) {
    // The child may exit before reading what it was given; that is its right, not an error here.
    child.stdin.on('error', () => {});
    if (options.input !== undefined) child.stdin.end(options.input);
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 15_000);
  return new Promise((resolvePromise, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      const stdoutBytes = Buffer.concat(out);
      const stderrBytes = Buffer.concat(err);
      resolvePromise({
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: stderrBytes.toString('utf8'),
        stdoutBytes,
        stderrBytes,
        timedOut,
      });
    });
  });
}

/** A fresh, empty working folder (real path, so it matches what the child's process.cwd() says). */
export function freshDir(prefix = 'cmg-cli-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
