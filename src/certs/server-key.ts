/**
 * The RSA key of a server certificate request, made by Node on the libuv thread pool (the CLI's
 * spinner keeps moving while a 4096-bit key takes its seconds), or taken from the keys started at
 * the process's start (early-keys.ts). A module of its own, without node-forge: `cert request`
 * starts the key first and loads forge while it is made (issue 15).
 */
import { rsaKeyPair, type ModulusLength } from './early-keys.ts';

export interface PemKeyPair {
  /** SPKI PEM. */
  publicKey: string;
  /** Unencrypted PKCS#8 PEM. */
  privateKey: string;
}

export async function generateServerKey(keySize: ModulusLength): Promise<PemKeyPair> {
  const { publicKey, privateKey } = await rsaKeyPair(keySize);
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}
