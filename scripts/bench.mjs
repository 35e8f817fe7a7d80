#!/usr/bin/env node
// `npm run bench`: start-up cost of the commands people and CI run most, against Node's own.
// Medians of fresh processes (warm file cache), so module loading is what is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const bin = new URL('../bin/cmg-setup.js', import.meta.url).pathname;
if (!existsSync(new URL('../dist/cmg-setup.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cwd = mkdtempSync(join(tmpdir(), 'cmg-bench-'));
// The CI use: a dry run of a committed answers file (no certificate files, so no key work).
const answers = join(cwd, 'cmg.yaml');
writeFileSync(
  answers,
  [
    'serviceName: contosocmg.contoso.com',
    'subscriptionId: 6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
    'tenantId: b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
    'serverAppClientId: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    'resourceGroup: rg-contoso-cmg',
    'region: westeurope',
    'siteCode: P01',
    'smsProvider: cm01.contoso.com',
    'connectionPointServer: cmgcp01.contoso.com',
    'managementPoints: [mp01.contoso.com]',
    '',
  ].join('\n'),
);
// NODE_EXTRA_CA_CERTS (set on these machines) makes every Node start read a CA bundle, which
// raises the floor; the figures are given with the environment as it is and without it.
const environments = [
  ['environment as is', { ...process.env, CI: 'true', NO_COLOR: '1' }],
  ['without NODE_EXTRA_CA_CERTS', Object.fromEntries(Object.entries({ ...process.env, CI: 'true', NO_COLOR: '1' }).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'))],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Interleaved: run i of every command back to back, so a busy moment hits all of them alike. */
function measureAll(env, commands) {
  const times = commands.map(() => []);
  for (let index = 0; index < runs + 2; index += 1) {
    commands.forEach(([label, args], which) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr}`);
      if (index >= 2) times[which].push(elapsed); // two warm-up rounds
    });
  }
  return commands.map(([label], which) => ({ label, median: median(times[which]), min: Math.min(...times[which]), max: Math.max(...times[which]) }));
}

try {
  console.log(`runs per command: ${runs} (after 2 warm-ups), node ${process.version}`);
  for (const [name, env] of environments) {
    const rows = measureAll(env, [
      ['node -e 0', ['-e', '0']],
      ['cmg-setup --help', [bin, '--help']],
      ['cmg-setup steps', [bin, 'steps']],
      ['cmg-setup plan --answers cmg.yaml --json', [bin, 'plan', '--answers', answers, '--json']],
      ['cmg-setup plan --example --json', [bin, 'plan', '--example', '--json']],
    ]);
    const floor = rows[0];
    console.log(`\n${name}`);
    console.log('command'.padEnd(42), 'median ms'.padStart(10), 'min'.padStart(8), 'max'.padStart(8), 'x node'.padStart(8));
    for (const row of rows) {
      console.log(row.label.padEnd(42), row.median.toFixed(1).padStart(10), row.min.toFixed(1).padStart(8), row.max.toFixed(1).padStart(8), (row.median / floor.median).toFixed(2).padStart(8));
    }
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
