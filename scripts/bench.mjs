#!/usr/bin/env node
// `npm run bench`: start-up cost of the commands people and CI run most, against Node's own.
// Medians of fresh processes (warm file cache), so module loading is what is measured.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const environments = [
  ['environment as is', { ...process.env, CI: 'true', NO_COLOR: '1', BENCH_PFX_PASSWORD: 'bench-password' }],
  ['without NODE_EXTRA_CA_CERTS', Object.fromEntries(Object.entries({ ...process.env, CI: 'true', NO_COLOR: '1', BENCH_PFX_PASSWORD: 'bench-password' }).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'))],
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
      ['cmg-setup azure check --help', [bin, 'azure', 'check', '--help']],
      ['cmg-setup plan --answers cmg.yaml --json', [bin, 'plan', '--answers', answers, '--json']],
      ['cmg-setup plan --example --json', [bin, 'plan', '--example', '--json']],
      ['plan --answers (server .pfx, root .cer) --json', [bin, 'plan', '--answers', withCertificates, '--json']],
      ['cert inspect server.pfx (AES-256, 2048 it.)', [bin, 'cert', 'inspect', 'server.pfx', '--password-env', 'BENCH_PFX_PASSWORD']],
      ['cert inspect root.cer', [bin, 'cert', 'inspect', 'root.cer']],
      ['cert request (RSA 2048)', [bin, 'cert', 'request', '--service-name', 'contosocmg.contoso.com', '--out', 'request', '--force']],
    ]);
    const floor = rows[0];
    console.log(`\n${name}`);
    console.log('command'.padEnd(46), 'median ms'.padStart(10), 'min'.padStart(8), 'max'.padStart(8), 'x node'.padStart(8));
    for (const row of rows) {
      console.log(row.label.padEnd(46), row.median.toFixed(1).padStart(10), row.min.toFixed(1).padStart(8), row.max.toFixed(1).padStart(8), (row.median / floor.median).toFixed(2).padStart(8));
    }
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
