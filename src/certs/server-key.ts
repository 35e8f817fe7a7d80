/**
 * The RSA key of a server certificate request, made by Node on the libuv thread pool (the CLI's
 * spinner keeps moving while a 4096-bit key takes its seconds). A module of its own, without
 * node-forge: `cert request` starts the key first and loads forge while it is made (issue 15).
 */
import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

export interface PemKeyPair {
  /** SPKI PEM. */
  publicKey: string;
  /** Unencrypted PKCS#8 PEM. */
  privateKey: string;
}

const generateRsaKeyPair = promisify(generateKeyPair);

export function generateServerKey(keySize: 2048 | 4096): Promise<PemKeyPair> {
  return generateRsaKeyPair('rsa', {
    modulusLength: keySize,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}
