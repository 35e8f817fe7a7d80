#!/usr/bin/env node
// `npm run bench`: start-up cost of the commands people and CI run most, against Node's own.
// Medians of fresh processes (warm file cache), so module loading is what is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const bin = new URL('../bin/cmg-setup.js', import.meta.url).pathname;
if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cwd = mkdtempSync(join(tmpdir(), 'cmg-bench-'));
const env = { ...process.env, CI: 'true', NO_COLOR: '1' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(label, args, expectedCode = 0) {
  const times = [];
  for (let index = 0; index < runs + 2; index += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== expectedCode) throw new Error(`${label} exited ${result.status}: ${result.stderr}`);
    if (index >= 2) times.push(elapsed); // two warm-up runs
  }
  return { label, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

try {
  const floor = measure('node -e 0', ['-e', '0']);
  const rows = [
    floor,
    measure('cmg-setup --help', [bin, '--help']),
    measure('cmg-setup steps', [bin, 'steps']),
    measure('cmg-setup plan --example --json', [bin, 'plan', '--example', '--json']),
  ];
  console.log(`runs per command: ${runs} (after 2 warm-ups), node ${process.version}`);
  console.log('command'.padEnd(36), 'median ms'.padStart(10), 'min'.padStart(8), 'max'.padStart(8), 'x node'.padStart(8));
  for (const row of rows) {
    console.log(row.label.padEnd(36), row.median.toFixed(1).padStart(10), row.min.toFixed(1).padStart(8), row.max.toFixed(1).padStart(8), (row.median / floor.median).toFixed(2).padStart(8));
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
