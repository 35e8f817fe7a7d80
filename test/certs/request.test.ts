import { spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerRequest, type ServerRequest } from '../../src/certs/request.ts';
import { generateServerKey } from '../../src/certs/server-key.ts';

// Everything below is read back by OpenSSL (3.0) or Node, not by forge, so the test proves
// the files are standard rather than merely self-consistent.

/** Runs openssl on `input` (argument array, no shell); both streams, as some report on stderr. */
function openssl(input: string, ...args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync('openssl', args, { input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

const CASES = [
  { serviceName: 'contosocmg.contoso.com', keySize: 2048 },
  // A wildcard, with capitals that must survive: ConfigMgr compares the CN case-sensitively.
  { serviceName: '*.Contoso.com', keySize: 2048 },
  { serviceName: 'GraniteFalls.contoso.com', keySize: 4096 },
] as const;

const requests = new Map<string, ServerRequest>();

beforeAll(async () => {
  const made = await Promise.all(CASES.map((options) => createServerRequest(options)));
  CASES.forEach((options, index) => requests.set(options.serviceName, made[index]!));
}, 60_000);

describe.each(CASES)('createServerRequest($serviceName, $keySize)', ({ serviceName, keySize }) => {
  const request = (): ServerRequest => requests.get(serviceName)!;

  it('writes a CSR whose self-signature verifies, signed with SHA-256', () => {
    const { stdout, stderr } = openssl(request().csrPem, 'req', '-noout', '-verify', '-text');
    expect(`${stdout}${stderr}`).toContain('verify OK');
    expect(stdout).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(stdout).toContain(`Public-Key: (${keySize} bit)`);
  });

  it('puts the service name, exactly as given, in the CN (as a UTF8String) and the SAN', () => {
    expect(openssl(request().csrPem, 'req', '-noout', '-subject', '-nameopt', 'RFC2253').stdout).toBe(`subject=CN=${serviceName}\n`);
    const der = openssl(request().csrPem, 'asn1parse').stdout;
    expect(der).toMatch(new RegExp(`:commonName\\s*\\n.*UTF8STRING\\s*:${serviceName.replace(/[.*]/g, '\\$&')}\\n`));
    const text = openssl(request().csrPem, 'req', '-noout', '-text').stdout;
    expect(text.match(/X509v3 Subject Alternative Name: *\n\s*(.*)\n/)?.[1]).toBe(`DNS:${serviceName}`);
  });

  it('requests server authentication and a critical key usage for TLS', () => {
    const text = openssl(request().csrPem, 'req', '-noout', '-text').stdout;
    expect(text).toMatch(/X509v3 Extended Key Usage: *\n\s*TLS Web Server Authentication\n/);
    expect(text).toMatch(/X509v3 Key Usage: critical\n\s*Digital Signature, Key Encipherment\n/);
  });

  it('writes an unencrypted PKCS#8 key that OpenSSL and Node both accept', () => {
    const { keyPem } = request();
    expect(keyPem.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    expect(openssl(keyPem, 'pkey', '-noout', '-check').stdout).toContain('Key is valid');
    const key = createPrivateKey(keyPem);
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails).toMatchObject({ modulusLength: keySize, publicExponent: 65537n });
  });

  it("carries the key's own public key", () => {
    const fromCsr = openssl(request().csrPem, 'req', '-noout', '-pubkey').stdout;
    const fromKey = createPublicKey(createPrivateKey(request().keyPem)).export({ type: 'spki', format: 'pem' });
    expect(fromCsr).toBe(fromKey);
  });
});

it('makes a fresh key every time', async () => {
  const again = await createServerRequest(CASES[0]);
  expect(again.keyPem).not.toBe(requests.get(CASES[0].serviceName)?.keyPem);
});

it('uses the key the caller started (cert request starts it before loading forge), and signs the CSR with it', async () => {
  const key = generateServerKey(2048);
  const made = await createServerRequest({ serviceName: 'contosocmg.contoso.com', keySize: 2048, key });
  expect(made.keyPem).toBe((await key).privateKey);
  expect(openssl(made.csrPem, 'req', '-noout', '-pubkey').stdout).toBe((await key).publicKey);
  expect(openssl(made.csrPem, 'req', '-noout', '-verify').stderr).toContain('verify OK');
});
