import { createPrivateKey, type KeyObject } from 'node:crypto';
import { error, type Problem } from '../../model/findings.ts';
import type { CertificateFacts } from '../certificate-facts.ts';
import type { DecodedFile } from '../decode.ts';

export interface KeyPairing {
  /** The certificate whose key the file holds: the one the role is about. */
  leaf: CertificateFacts | undefined;
  /** Every other certificate in the file (the chain the PFX carries). */
  others: CertificateFacts[];
  problems: Problem[];
}

function loadKeys(file: DecodedFile): KeyObject[] | undefined {
  try {
    return file.privateKeys.map((der) => createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }));
  } catch {
    return undefined;
  }
}

function matches(certificate: CertificateFacts, key: KeyObject): boolean {
  try {
    return certificate.x509.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/**
 * Finds the certificate the file's private key belongs to. A PFX for a CMG holds exactly one
 * key, the leaf's; the other certificates are its chain.
 */
export function pairKey(file: DecodedFile, certificates: CertificateFacts[]): KeyPairing {
  const keys = loadKeys(file);
  if (!keys) return { leaf: undefined, others: certificates, problems: [error('CERT_UNREADABLE', { reason: 'key' })] };
  if (keys.length === 0) {
    const leaf = certificates.find((certificate) => !certificate.isCa) ?? certificates[0];
    return { leaf, others: certificates.filter((certificate) => certificate !== leaf), problems: [error('CERT_NO_PRIVATE_KEY')] };
  }
  const paired = keys.map((key) => certificates.find((certificate) => matches(certificate, key)));
  const leaf = paired.find((certificate) => certificate !== undefined);
  const problems: Problem[] = [];
  if (!leaf) problems.push(error('CERT_KEY_MISMATCH'));
  else if (keys.length > 1) problems.push(error('CERT_SEVERAL_KEYS', { count: keys.length }));
  const chosen = leaf ?? certificates.find((certificate) => !certificate.isCa) ?? certificates[0];
  return { leaf: chosen, others: certificates.filter((certificate) => certificate !== chosen), problems };
}
