#!/usr/bin/env node
// `npm run bench`: what the commands people and CI run most cost, against Node's own start
// (`node -e 0`, measured in the same run) and against openssl doing the same cryptography.
// Fresh processes (warm file cache), interleaved, medians. Per case: median and minimum wall
// time, median CPU time (user + system) and median peak memory (RSS) of the process, and the
// ratio of its median to `node -e 0`'s; with NODE_EXTRA_CA_CERTS as it is and without it; and
// issue 15's limit for the commands that open the .pfx (twice `node -e 0` plus its key derivations).
// Printed, and written to bench/results.json (not committed: figures of one machine).
// No test asserts a time (issue 15): these are figures for people.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const bin = new URL('../bin/cmg-setup.cjs', import.meta.url).pathname;
if (!existsSync(new URL('../dist/cmg-setup.cjs', import.meta.url))) {
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
// Certificates for `cert inspect` and a plan that reads them, made with the openssl CLI: a root
// and a server certificate in the PFX layout OpenSSL 3 writes by default (AES-256, 2,048 iterations).
function openssl(...args) {
  const result = spawnSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
}
writeFileSync(join(cwd, 'leaf.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:contosocmg.contoso.com\n');
openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-subj', '/CN=Bench Root CA', '-days', '3650');
openssl('x509', '-in', 'root.pem', '-outform', 'der', '-out', 'root.cer');
openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=contosocmg.contoso.com');
openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-days', '365', '-out', 'leaf.pem', '-extfile', 'leaf.ext');
openssl('pkcs12', '-export', '-in', 'leaf.pem', '-inkey', 'leaf.key', '-certfile', 'root.pem', '-out', 'server.pfx', '-passout', 'pass:bench-password');
const withCertificates = join(cwd, 'cmg-with-certificates.yaml');
writeFileSync(withCertificates, `${['serverCertPath: server.pfx', 'serverCertPassword: env:BENCH_PFX_PASSWORD', 'clientRootCerts: [root.cer]'].join('\n')}\n`);
writeFileSync(withCertificates, `${readFileSync(answers, 'utf8')}${readFileSync(withCertificates, 'utf8')}`);

// NODE_EXTRA_CA_CERTS (set on these machines) makes every Node start read a CA bundle, which
// raises the floor; the figures are given with the environment as it is and without it.
const base = { ...process.env, CI: 'true', NO_COLOR: '1', BENCH_PFX_PASSWORD: 'bench-password' };
const environments = [
  ['environment as is', base],
  ['without NODE_EXTRA_CA_CERTS', Object.fromEntries(Object.entries(base).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'))],
];

/**
 * CPU time and peak memory of a child are the kernel's accounting of it, read through GNU time
 * (Debian's `time` package, /usr/bin/time; 10 ms resolution for CPU). Without it those columns
 * say n/a and the wall times stand alone.
 */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const usageFile = join(cwd, 'usage.txt');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One run: wall ms, and (with GNU time) CPU ms and peak RSS in MiB. */
function runOnce([label, command, args], env) {
  const [file, argv] = TIME ? [TIME, ['-f', '%U %S %M', '-o', usageFile, command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(file, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`${label} exited ${result.status}: ${result.stderr}`);
  if (!TIME) return { wall };
  const [user, system, maxKiB] = readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: (user + system) * 1000, peakMiB: maxKiB / 1024 };
}

/** Interleaved: run i of every case back to back, so a busy moment hits all of them alike. */
function measureAll(env, cases) {
  const samples = cases.map(() => []);
  for (let index = 0; index < runs + 2; index += 1) {
    cases.forEach((entry, which) => {
      const sample = runOnce(entry, env);
      if (index >= 2) samples[which].push(sample); // two warm-up rounds
    });
  }
  const floor = median(samples[0].map((sample) => sample.wall));
  return cases.map(([label, , , kind], which) => {
    const walls = samples[which].map((sample) => sample.wall);
    const row = { label, kind, medianMs: median(walls), minMs: Math.min(...walls) };
    if (TIME) Object.assign(row, { cpuMs: median(samples[which].map((sample) => sample.cpu)), peakMiB: median(samples[which].map((sample) => sample.peakMiB)) });
    return { ...row, ratio: row.medianMs / floor };
  });
}

const node = process.execPath;
/**
 * The PFX's own key derivations, as Node computes them (issue 15's allowance for `plan` and
 * `cert inspect` of server.pfx): the MAC key by the PKCS#12 KDF (RFC 7292 B.2, SHA-256, 2,048
 * rounds), which Node has no single call for, so one crypto.hash a round, as src/certs/native-kdf.ts
 * does; and the two PBES2 keys by PBKDF2-HMAC-SHA256, 2,048 iterations each. In a node of its own:
 * this row less the one that only loads node:crypto is the allowance.
 */
const DERIVATIONS = [
  "const { hash, pbkdf2Sync } = require('node:crypto');",
  "let a = Buffer.from(hash('sha256', Buffer.alloc(192, 3)), 'hex');",
  "for (let round = 1; round < 2048; round += 1) a = Buffer.from(hash('sha256', a), 'hex');",
  "for (const salt of [1, 2]) pbkdf2Sync('bench-password', Buffer.alloc(16, salt), 2048, 32, 'sha256');",
].join(' ');
const cmg = (label, ...args) => [label, node, [bin, ...args], 'cmg-setup'];
const reference = (label, command, ...args) => [label, command, args, 'reference'];
/**
 * The cases; `node -e 0` first: every ratio is to it. The openssl rows are the yardsticks of
 * issue 15, and the two node rows the allowance of its limit for a .pfx (printed as `.pfx limit`).
 */
const CASES = [
  ['node -e 0', node, ['-e', '0'], 'floor'],
  cmg('cmg-setup --version', '--version'),
  cmg('cmg-setup --help', '--help'),
  cmg('cmg-setup steps', 'steps'),
  cmg('cmg-setup schema', 'schema'),
  cmg('cmg-setup azure check --help', 'azure', 'check', '--help'),
  cmg('plan --answers cmg.yaml --json', 'plan', '--answers', answers, '--json'),
  cmg('plan --example --json', 'plan', '--example', '--json'),
  cmg('plan --answers (server .pfx, root .cer) --json', 'plan', '--answers', withCertificates, '--json'),
  cmg('cert inspect server.pfx (AES-256, 2048 it.)', 'cert', 'inspect', 'server.pfx', '--password-env', 'BENCH_PFX_PASSWORD'),
  cmg('cert inspect root.cer', 'cert', 'inspect', 'root.cer'),
  cmg('cert request (RSA 2048)', 'cert', 'request', '--service-name', 'contosocmg.contoso.com', '--out', 'request', '--force'),
  cmg('cert lab (3 RSA 2048 keys, 2 .pfx)', 'cert', 'lab', '--service-name', 'contosocmg.contoso.com', '--out', 'lab', '--force', '--password-env', 'BENCH_PFX_PASSWORD'),
  cmg('cert lab --model classic (4 keys, 3 .pfx)', 'cert', 'lab', '--model', 'classic', '--service-name', 'contosocmg.contoso.com', '--out', 'lab', '--force', '--password-env', 'BENCH_PFX_PASSWORD'),
  reference('node: node:crypto loaded', node, '-e', "require('node:crypto')"),
  reference('node: the .pfx key derivations (node:crypto)', node, '-e', DERIVATIONS),
  reference('openssl pkcs12 -info (server.pfx)', 'openssl', 'pkcs12', '-info', '-in', 'server.pfx', '-noout', '-passin', 'env:BENCH_PFX_PASSWORD'),
  reference('openssl req -new -newkey rsa:2048', 'openssl', 'req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ref.key', '-out', 'ref.csr', '-subj', '/CN=contosocmg.contoso.com'),
  reference('3 x openssl genrsa 2048, in parallel', 'sh', '-c', 'for i in 1 2 3; do openssl genrsa -out ref$i.key 2048 2>/dev/null & done; wait'),
  reference('4 x openssl genrsa 2048, in parallel', 'sh', '-c', 'for i in 1 2 3 4; do openssl genrsa -out ref$i.key 2048 2>/dev/null & done; wait'),
];

const cell = (value, digits = 1) => (value === undefined ? 'n/a' : value.toFixed(digits));

try {
  const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', runs, timeSource: TIME ?? 'none', environments: [] };
  console.log(`runs per case: ${runs} (after 2 warm-ups), node ${process.version}, ${results.cpus} CPU(s); CPU and memory from ${TIME ?? 'nowhere (no /usr/bin/time)'}`);
  for (const [name, env] of environments) {
    const rows = measureAll(env, CASES);
    results.environments.push({ name, rows });
    console.log(`\n${name}`);
    console.log('case'.padEnd(46), 'median ms'.padStart(10), 'min'.padStart(8), 'cpu ms'.padStart(8), 'peak MiB'.padStart(9), 'x node'.padStart(8));
    for (const row of rows) {
      console.log(row.label.padEnd(46), cell(row.medianMs).padStart(10), cell(row.minMs).padStart(8), cell(row.cpuMs, 0).padStart(8), cell(row.peakMiB).padStart(9), row.ratio.toFixed(2).padStart(8));
    }
    // Issue 15's limit for a plan or an inspection that opens server.pfx: twice `node -e 0`, plus the derivations.
    const floor = rows[0].medianMs;
    const median = (prefix) => rows.find((row) => row.label.startsWith(prefix)).medianMs;
    const derivations = Math.max(0, median('node: the .pfx key derivations') - median('node: node:crypto loaded'));
    const limit = { derivationsMs: derivations, limitMs: 2 * floor + derivations, ratio: (2 * floor + derivations) / floor };
    results.environments.at(-1).pfxLimit = limit;
    console.log(`.pfx limit: 2 x node -e 0 + the derivations (${cell(derivations)} ms) = ${cell(limit.limitMs)} ms, ${limit.ratio.toFixed(2)} x node`);
  }
  const folder = new URL('../bench/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL('results.json', folder), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results.json');
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
