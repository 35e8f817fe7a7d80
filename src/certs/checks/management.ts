/**
 * The classic model's Azure management certificate (step 3): an X.509 v3 certificate with an RSA
 * key of at least 2048 bits; ConfigMgr needs it with its private key (.pfx), Azure gets the .cer.
 */
import { error, info, type Problem } from '../../model/findings.ts';
import type { CertificateFacts } from '../certificate-facts.ts';
import type { DecodedFile } from '../decode.ts';
import { pairKey } from './key-pair.ts';
import { checkValidity } from './validity.ts';

export function checkManagementCertificate(file: DecodedFile, certificates: CertificateFacts[], now: Date): { leaf: CertificateFacts | undefined; problems: Problem[] } {
  if (file.format !== 'pfx') return { leaf: certificates[0], problems: [error('CERT_NEEDS_PFX', { format: file.format })] };
  const { leaf, problems } = pairKey(file, certificates);
  if (!leaf) return { leaf, problems: [...file.notes, ...problems] };
  const all = [...file.notes, ...problems];
  if (leaf.keyType !== 'rsa') all.push(error('CERT_KEY_NOT_RSA', { keyType: leaf.curve ? `${leaf.keyType} ${leaf.curve}` : leaf.keyType }));
  else if ((leaf.keyBits ?? 0) < 2048) all.push(error('CERT_WEAK_KEY', { bits: leaf.keyBits ?? 0, minimum: 2048 }));
  all.push(...checkValidity(leaf, now));
  all.push(info('CERT_MANAGEMENT_UPLOAD', { thumbprint: leaf.thumbprint }));
  return { leaf, problems: all };
}
