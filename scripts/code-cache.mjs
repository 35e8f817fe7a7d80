#!/usr/bin/env node
// The second half of `npm run build`: V8's code cache for the chunks rolldown just wrote
// (src/cli/code-cache.ts). The commands people and CI run most, each once, in a folder of its own,
// with WRITE_CODE_CACHE set: each run writes, beside every chunk it compiled, the bytecode of the
// functions it ran, on top of what the earlier runs had written. No network, no prompt (CI=true),
// nothing outside the temporary folder but dist/*.v8-cache.
//
// The cache only saves time: when a run fails here (`npm install` on an unusual machine), the build
// says so and goes on, and the chunks without a cache compile from their source. The tests' build
// (test/support/build-dist.ts) passes --strict, where a failing run fails the build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const bin = fileURLToPath(new URL('../bin/cmg-setup.cjs', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'cmg-code-cache-'));
const PASSWORD = 'CODE_CACHE_LAB_PASSWORD';
const env = { ...process.env, CI: 'true', NO_COLOR: '1', CMG_SETUP_WRITE_CODE_CACHE: '1', [PASSWORD]: 'code-cache-lab-password' };
// Not CMG_* secrets of the admin's shell: --example makes its own, and the runs here must not read any.
for (const name of Object.keys(env)) if (name.startsWith('CMG_') && name !== 'CMG_SETUP_WRITE_CODE_CACHE') delete env[name];

/**
 * Start-up and help first (what every run shares), then the commands that read and make
 * certificates. The helps, `steps` and `schema` through the program (`--lang en`): alone, the bin
 * answers them without it (src/cli/instant.ts), and the program's code for them would be left out.
 */
const RUNS = [
  ['--lang', 'en', '--help'],
  ['steps', '--lang', 'en'],
  ['schema', '--lang', 'en'],
  ['--lang', 'en', 'plan', '--help'],
  ['completion', 'powershell'],
  ['steps', '--lang', 'fr'],
  ['cert', 'lab', '--service-name', 'contosocmg.contoso.com', '--out', 'lab', '--password-env', PASSWORD],
  ['cert', 'inspect', join('lab', 'LAB-ONLY-root-ca.cer')],
  ['cert', 'inspect', join('lab', 'LAB-ONLY-server.pfx'), '--password-env', PASSWORD],
  ['cert', 'request', '--service-name', 'contosocmg.contoso.com', '--out', 'request'],
  ['plan', '--example', '--out', 'example', '--json'],
];

try {
  for (const args of RUNS) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) {
      console.error(`code cache: \`cmg-setup ${args.join(' ')}\` exited ${result.status ?? result.signal}${flags.strict ? '' : '; the chunks it would have cached compile from their source'}:\n${result.stderr}`);
      if (flags.strict) process.exit(1);
    }
  }
  const caches = readdirSync(dist).filter((name) => name.endsWith('.v8-cache'));
  console.log(`code cache: ${caches.length} chunks, from ${RUNS.length} runs`);
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
