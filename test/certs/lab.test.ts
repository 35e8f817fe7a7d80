import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLabPki, type LabFile, type LabPki } from '../../src/certs/lab.ts';

// Every certificate fact below is read back by OpenSSL (3.0), not by forge, so the test
// proves the files are standard rather than merely self-consistent.

const NOW = new Date('2026-03-01T00:00:00Z');
const SERVICE_NAME = 'contosocmg.contoso.com';
// Non-ASCII in and beyond the BMP, a quote and a space: PKCS#12 hashes the password as
// UTF-16, so any slip in the encoding shows up as a MAC failure.
const PASSWORD = "Lab'Pässwörd€ 1🔑";
const ORGANIZATION = 'LAB ONLY - not for production';

const epochSeconds = (iso: string): string => String(Date.parse(iso) / 1000);
// Validity is relative to the injected clock, so verification is pinned to a moment too.
const DURING_VALIDITY = epochSeconds('2026-03-02T00:00:00Z');
const AFTER_LEAF_EXPIRY = epochSeconds('2027-03-02T00:00:00Z');

const FILE_NAMES = [
  'LAB-ONLY-root-ca.cer',
  'LAB-ONLY-server.pfx',
  'LAB-ONLY-client.pfx',
  'LAB-ONLY-management.pfx',
  'LAB-ONLY-README.txt',
];

let dir: string;
let pki: LabPki;

/** Runs openssl in the temp folder (argument array, no shell); returns stdout, throws on failure. */
function openssl(...args: string[]): string {
  return execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** For the commands that report on stderr even when they succeed (`pkcs12 -info`). */
function opensslWithStderr(...args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Runs openssl expecting it to fail; returns what it printed to stderr. */
function opensslFailure(...args: string[]): string {
  try {
    openssl(...args);
  } catch (error) {
    return String((error as { stderr?: unknown }).stderr);
  }
  throw new Error(`openssl ${args.join(' ')} unexpectedly succeeded`);
}

function labFile(files: LabFile[], name: string): LabFile {
  const file = files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no ${name} in the lab PKI`);
  return file;
}

function writeFiles(pkiToWrite: LabPki, prefix = ''): void {
  for (const file of pkiToWrite.files) fs.writeFileSync(path.join(dir, prefix + file.name), file.content);
}

const PASSIN = ['-passin', 'file:password.txt'];

function extractLeaf(pfx: string, out: string, passin = PASSIN): void {
  openssl('pkcs12', '-in', pfx, ...passin, '-clcerts', '-nokeys', '-out', out);
}

function extractKey(pfx: string, out: string, passin = PASSIN): void {
  openssl('pkcs12', '-in', pfx, ...passin, '-nocerts', '-nodes', '-out', out);
}

function publicKeyOfCertificate(certPem: string): string {
  return openssl('x509', '-in', certPem, '-noout', '-pubkey');
}

function publicKeyOfPrivateKey(keyPem: string): string {
  return openssl('pkey', '-in', keyPem, '-pubout');
}

function certificate(pemFile: string): X509Certificate {
  return new X509Certificate(fs.readFileSync(path.join(dir, pemFile)));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmg-lab-'));
  // The classic model's lab, the one with every file: the default one is the same less the management certificate (below).
  pki = await createLabPki({ serviceName: SERVICE_NAME, password: PASSWORD, now: NOW, management: true });
  writeFiles(pki);
  fs.writeFileSync(path.join(dir, 'password.txt'), PASSWORD, 'utf8');
  fs.writeFileSync(path.join(dir, 'wrong-password.txt'), 'Lab\'Pässwörd€ 1', 'utf8');

  openssl('x509', '-inform', 'DER', '-in', 'LAB-ONLY-root-ca.cer', '-out', 'root.pem');
  extractLeaf('LAB-ONLY-server.pfx', 'server.pem');
  extractKey('LAB-ONLY-server.pfx', 'server-key.pem');
  extractLeaf('LAB-ONLY-client.pfx', 'client.pem');
  extractKey('LAB-ONLY-client.pfx', 'client-key.pem');
  extractLeaf('LAB-ONLY-management.pfx', 'management.pem');
  extractKey('LAB-ONLY-management.pfx', 'management-key.pem');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('createLabPki: the file set', () => {
  it('returns the five files in order with their roles', () => {
    expect(pki.files.map((file) => [file.name, file.role])).toEqual([
      ['LAB-ONLY-root-ca.cer', 'client-root'],
      ['LAB-ONLY-server.pfx', 'server'],
      ['LAB-ONLY-client.pfx', 'client'],
      ['LAB-ONLY-management.pfx', 'management'],
      ['LAB-ONLY-README.txt', 'readme'],
    ]);
  });

  it('flags exactly the three PFX files as holding a private key', () => {
    const flagged = pki.files.filter((file) => file.privateKey).map((file) => file.name);
    expect(flagged).toEqual(['LAB-ONLY-server.pfx', 'LAB-ONLY-client.pfx', 'LAB-ONLY-management.pfx']);
  });

  it('gives every certificate its own serial number', () => {
    const serials = ['root.pem', 'server.pem', 'client.pem', 'management.pem'].map((pem) =>
      openssl('x509', '-in', pem, '-noout', '-serial').trim(),
    );
    expect(new Set(serials).size).toBe(4);
  });
});

describe('createLabPki: root CA certificate', () => {
  it('is a DER certificate with the lab subject and CA:TRUE', () => {
    const out = openssl(
      'x509', '-inform', 'DER', '-in', 'LAB-ONLY-root-ca.cer', '-noout', '-subject', '-ext', 'basicConstraints',
    );
    expect(out).toContain(`subject=CN = cmg-setup LAB ONLY root CA, O = ${ORGANIZATION}\n`);
    expect(out).toContain('X509v3 Basic Constraints: critical\n    CA:TRUE\n');
  });

  it('may sign certificates and CRLs, and nothing else', () => {
    const out = openssl('x509', '-in', 'root.pem', '-noout', '-ext', 'keyUsage,subjectKeyIdentifier');
    expect(out).toContain('X509v3 Key Usage: critical\n    Certificate Sign, CRL Sign\n');
    expect(out).toMatch(/X509v3 Subject Key Identifier: \n {4}([0-9A-F]{2}:){19}[0-9A-F]{2}\n/);
  });

  it('is self-signed (its own signature verifies)', () => {
    expect(certificate('root.pem').issuer).toBe(certificate('root.pem').subject);
    const out = openssl('verify', '-attime', DURING_VALIDITY, '-check_ss_sig', '-CAfile', 'root.pem', 'root.pem');
    expect(out).toBe('root.pem: OK\n');
  });

  it('is valid from the injected clock minus one day for five years', () => {
    const out = openssl('x509', '-in', 'root.pem', '-noout', '-startdate', '-enddate');
    expect(out).toBe('notBefore=Feb 28 00:00:00 2026 GMT\nnotAfter=Mar  1 00:00:00 2031 GMT\n');
  });

  it('uses a 2048-bit RSA key and SHA-256', () => {
    const out = openssl('x509', '-in', 'root.pem', '-noout', '-text');
    expect(out).toContain('Public-Key: (2048 bit)');
    expect(out).toContain('Signature Algorithm: sha256WithRSAEncryption');
  });
});

describe('createLabPki: server PFX', () => {
  it('uses the 3DES / SHA-1 PKCS#12 layout every Windows imports', () => {
    const { stderr } = opensslWithStderr('pkcs12', '-in', 'LAB-ONLY-server.pfx', ...PASSIN, '-info', '-noout');
    expect(stderr).toMatch(/^MAC: sha1, Iteration 2048$/m);
    expect(stderr).toMatch(/^Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048$/m);
  });

  it('carries the LAB ONLY friendly name', () => {
    const out = openssl('pkcs12', '-in', 'LAB-ONLY-server.pfx', ...PASSIN, '-info', '-nokeys', '-clcerts');
    expect(out).toContain('friendlyName: LAB ONLY - server - cmg-setup\n');
  });

  it('holds the CMG certificate: CN and SAN are the service name', () => {
    expect(openssl('x509', '-in', 'server.pem', '-noout', '-subject')).toBe(
      `subject=CN = ${SERVICE_NAME}, O = ${ORGANIZATION}\n`,
    );
    expect(openssl('x509', '-in', 'server.pem', '-noout', '-checkhost', SERVICE_NAME)).toBe(
      `Hostname ${SERVICE_NAME} does match certificate\n`,
    );
    expect(openssl('x509', '-in', 'server.pem', '-noout', '-checkhost', `other.${SERVICE_NAME}`)).toContain(
      'does NOT match certificate',
    );
  });

  it('is for server authentication only', () => {
    const out = openssl('x509', '-in', 'server.pem', '-noout', '-ext', 'extendedKeyUsage,subjectAltName');
    expect(out).toBe(
      'X509v3 Extended Key Usage: \n    TLS Web Server Authentication\n' +
        `X509v3 Subject Alternative Name: \n    DNS:${SERVICE_NAME}\n`,
    );
  });

  it('is an end-entity certificate for signing and key encipherment', () => {
    const out = openssl('x509', '-in', 'server.pem', '-noout', '-ext', 'basicConstraints,keyUsage');
    expect(out).toBe(
      'X509v3 Basic Constraints: critical\n    CA:FALSE\n' +
        'X509v3 Key Usage: critical\n    Digital Signature, Key Encipherment\n',
    );
  });

  it("names the root's key as its authority key", () => {
    const rootKeyId = /Subject Key Identifier: \n {4}(\S+)/.exec(
      openssl('x509', '-in', 'root.pem', '-noout', '-ext', 'subjectKeyIdentifier'),
    )?.[1];
    const authorityKeyId = /Authority Key Identifier: \n {4}(?:keyid:)?(\S+)/.exec(
      openssl('x509', '-in', 'server.pem', '-noout', '-ext', 'authorityKeyIdentifier'),
    )?.[1];
    expect(rootKeyId).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(authorityKeyId).toBe(rootKeyId);
  });

  it('uses a 2048-bit RSA key, SHA-256 and a positive 16-byte serial', () => {
    const text = openssl('x509', '-in', 'server.pem', '-noout', '-text');
    expect(text).toContain('Public-Key: (2048 bit)');
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    // OpenSSL prints a negative serial with a leading '-'.
    expect(openssl('x509', '-in', 'server.pem', '-noout', '-serial')).toMatch(/^serial=[0-7][0-9A-F]{31}\n$/);
  });

  it('is valid from the injected clock minus one day for one year', () => {
    expect(openssl('x509', '-in', 'server.pem', '-noout', '-startdate', '-enddate')).toBe(
      'notBefore=Feb 28 00:00:00 2026 GMT\nnotAfter=Mar  1 00:00:00 2027 GMT\n',
    );
  });

  it('chains to the lab root', () => {
    expect(openssl('verify', '-attime', DURING_VALIDITY, '-CAfile', 'root.pem', 'server.pem')).toBe('server.pem: OK\n');
    expect(
      openssl('verify', '-attime', DURING_VALIDITY, '-purpose', 'sslserver', '-CAfile', 'root.pem', 'server.pem'),
    ).toBe('server.pem: OK\n');
  });

  it('is refused once it has expired', () => {
    const stderr = opensslFailure('verify', '-attime', AFTER_LEAF_EXPIRY, '-CAfile', 'root.pem', 'server.pem');
    expect(stderr).toContain('certificate has expired');
  });

  it('includes the root as the chain certificate', () => {
    openssl('pkcs12', '-in', 'LAB-ONLY-server.pfx', ...PASSIN, '-cacerts', '-nokeys', '-out', 'server-chain.pem');
    const chain = fs.readFileSync(path.join(dir, 'server-chain.pem'), 'utf8');
    expect(chain.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1);
    expect(certificate('server-chain.pem').fingerprint256).toBe(certificate('root.pem').fingerprint256);
  });

  it('holds the private key that matches the certificate', () => {
    const certKey = publicKeyOfCertificate('server.pem');
    expect(certKey).toContain('-----BEGIN PUBLIC KEY-----');
    expect(publicKeyOfPrivateKey('server-key.pem')).toBe(certKey);
  });

  it('refuses a wrong password', () => {
    const stderr = opensslFailure(
      'pkcs12', '-in', 'LAB-ONLY-server.pfx', '-passin', 'file:wrong-password.txt', '-info', '-noout',
    );
    expect(stderr).toContain('Mac verify error: invalid password?');
  });
});

describe('createLabPki: client PFX', () => {
  it('holds a client authentication certificate issued by the lab root', () => {
    expect(openssl('x509', '-in', 'client.pem', '-noout', '-subject', '-issuer')).toBe(
      `subject=CN = lab-client.cmg-setup.invalid, O = ${ORGANIZATION}\n` +
        `issuer=CN = cmg-setup LAB ONLY root CA, O = ${ORGANIZATION}\n`,
    );
    expect(openssl('x509', '-in', 'client.pem', '-noout', '-ext', 'extendedKeyUsage')).toBe(
      'X509v3 Extended Key Usage: \n    TLS Web Client Authentication\n',
    );
  });

  it('chains to the lab root for client authentication', () => {
    expect(
      openssl('verify', '-attime', DURING_VALIDITY, '-purpose', 'sslclient', '-CAfile', 'root.pem', 'client.pem'),
    ).toBe('client.pem: OK\n');
  });

  it('carries the LAB ONLY friendly name, the root and the matching key', () => {
    const info = openssl('pkcs12', '-in', 'LAB-ONLY-client.pfx', ...PASSIN, '-info', '-nokeys');
    expect(info).toContain('friendlyName: LAB ONLY - client - cmg-setup\n');
    expect(info).toContain(`subject=CN = cmg-setup LAB ONLY root CA, O = ${ORGANIZATION}\n`);
    expect(publicKeyOfPrivateKey('client-key.pem')).toBe(publicKeyOfCertificate('client.pem'));
  });
});

describe('createLabPki: management PFX', () => {
  it('holds a self-signed certificate (own signature verifies, not the root)', () => {
    const cert = certificate('management.pem');
    expect(cert.subject).toBe(`CN=cmg-setup LAB ONLY Azure management\nO=${ORGANIZATION}`);
    expect(cert.issuer).toBe(cert.subject);
    expect(
      openssl('verify', '-attime', DURING_VALIDITY, '-check_ss_sig', '-CAfile', 'management.pem', 'management.pem'),
    ).toBe('management.pem: OK\n');
    expect(opensslFailure('verify', '-attime', DURING_VALIDITY, '-CAfile', 'root.pem', 'management.pem')).toContain(
      'self-signed certificate',
    );
  });

  it('is a 2048-bit RSA client authentication certificate for one year', () => {
    const text = openssl('x509', '-in', 'management.pem', '-noout', '-text');
    expect(text).toContain('Public-Key: (2048 bit)');
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(text).toContain('X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment\n');
    expect(text).toContain('X509v3 Extended Key Usage: \n                TLS Web Client Authentication\n');
    expect(text).toContain('Not After : Mar  1 00:00:00 2027 GMT');
  });

  it('carries the LAB ONLY friendly name and the matching key, without the root', () => {
    const info = openssl('pkcs12', '-in', 'LAB-ONLY-management.pfx', ...PASSIN, '-info', '-nokeys');
    expect(info).toContain('friendlyName: LAB ONLY - management - cmg-setup\n');
    expect(info.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1);
    expect(publicKeyOfPrivateKey('management-key.pem')).toBe(publicKeyOfCertificate('management.pem'));
  });
});

describe('createLabPki: README', () => {
  const readme = (): string => labFile(pki.files, 'LAB-ONLY-README.txt').content.toString('utf8');

  it('says LAB ONLY and lists the four certificate files, and the three that hold a key', () => {
    expect(readme()).toContain('LAB ONLY');
    for (const name of FILE_NAMES.slice(0, 4)) expect(readme()).toContain(name);
    expect(readme()).toContain('The private keys are in LAB-ONLY-server.pfx, LAB-ONLY-client.pfx and\r\nLAB-ONLY-management.pfx, in this folder.');
  });

  it('uses CRLF line endings only', () => {
    expect(readme()).toContain('\r\n');
    expect(readme().replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('never contains the password', () => {
    expect(readme()).not.toContain(PASSWORD);
    expect(readme()).not.toContain('Pässwörd');
  });
});

describe('createLabPki: edge cases', () => {
  it('takes its dates only from options.now and accepts an empty password', async () => {
    // A system clock years away from `now` must not leak into any certificate.
    vi.setSystemTime(new Date('1999-06-15T12:00:00Z'));
    let empty: LabPki;
    try {
      empty = await createLabPki({ serviceName: SERVICE_NAME, password: '', now: NOW });
    } finally {
      vi.useRealTimers();
    }
    writeFiles(empty, 'empty-');
    // An empty password cannot go through a file (OpenSSL cannot read an empty line).
    const passin = ['-passin', 'pass:'];
    extractLeaf('empty-LAB-ONLY-server.pfx', 'empty-server.pem', passin);
    extractKey('empty-LAB-ONLY-server.pfx', 'empty-server-key.pem', passin);
    expect(openssl('x509', '-in', 'empty-server.pem', '-noout', '-startdate', '-enddate')).toBe(
      'notBefore=Feb 28 00:00:00 2026 GMT\nnotAfter=Mar  1 00:00:00 2027 GMT\n',
    );
    expect(publicKeyOfPrivateKey('empty-server-key.pem')).toBe(publicKeyOfCertificate('empty-server.pem'));
  });

  it('keeps serial numbers positive and minimally encoded whatever the random bytes', async () => {
    // Fill each serial with a byte that trips a naive encoding: all zeros (a non-minimal
    // INTEGER OpenSSL refuses), all 0xFF and all 0x80 (negative serials).
    const fills = [0x00, 0xff, 0x80, 0x00];
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => {
      const original = await importOriginal<typeof import('node:crypto')>();
      return { ...original, randomBytes: (size: number) => Buffer.alloc(size, fills.shift() ?? 0) };
    });
    let mocked: LabPki;
    try {
      const lab = await import('../../src/certs/lab.ts');
      mocked = await lab.createLabPki({ serviceName: SERVICE_NAME, password: PASSWORD, now: NOW, management: true });
    } finally {
      vi.doUnmock('node:crypto');
      vi.resetModules();
    }
    expect(fills).toEqual([]);
    writeFiles(mocked, 'serial-');
    extractLeaf('serial-LAB-ONLY-server.pfx', 'serial-server.pem');
    extractLeaf('serial-LAB-ONLY-client.pfx', 'serial-client.pem');
    extractLeaf('serial-LAB-ONLY-management.pfx', 'serial-management.pem');
    const serial = (args: string[]): string => openssl('x509', ...args, '-noout', '-serial').trim();
    // Sorted: which certificate gets which fill depends on the order they are made in.
    expect([
      serial(['-inform', 'DER', '-in', 'serial-LAB-ONLY-root-ca.cer']),
      serial(['-in', 'serial-server.pem']),
      serial(['-in', 'serial-client.pem']),
      serial(['-in', 'serial-management.pem']),
    ].sort()).toEqual([
      `serial=01${'00'.repeat(15)}`,
      `serial=01${'00'.repeat(15)}`,
      `serial=01${'80'.repeat(15)}`,
      `serial=7F${'FF'.repeat(15)}`,
    ]);
  });
});

describe('createLabPki: the default lab (current branch), without the classic model\'s management certificate', () => {
  let lab: LabPki;
  beforeAll(async () => {
    lab = await createLabPki({ serviceName: SERVICE_NAME, password: PASSWORD, now: NOW });
  });

  it('makes the root, the server and client .pfx and the README, two of them with a key', () => {
    expect(lab.files.map((file) => [file.name, file.role, file.privateKey])).toEqual([
      ['LAB-ONLY-root-ca.cer', 'client-root', false],
      ['LAB-ONLY-server.pfx', 'server', true],
      ['LAB-ONLY-client.pfx', 'client', true],
      ['LAB-ONLY-README.txt', 'readme', false],
    ]);
  });

  it('its server .pfx chains to its root, and the README names only its own key files', () => {
    writeFiles(lab, 'default-');
    openssl('x509', '-inform', 'DER', '-in', 'default-LAB-ONLY-root-ca.cer', '-out', 'default-root.pem');
    extractLeaf('default-LAB-ONLY-server.pfx', 'default-server.pem');
    expect(openssl('verify', '-attime', DURING_VALIDITY, '-purpose', 'sslserver', '-CAfile', 'default-root.pem', 'default-server.pem')).toBe('default-server.pem: OK\n');
    const readme = labFile(lab.files, 'LAB-ONLY-README.txt').content.toString('utf8');
    expect(readme).not.toContain('management');
    expect(readme).toContain('The private keys are in LAB-ONLY-server.pfx and\r\nLAB-ONLY-client.pfx, in this folder.');
  });
});
