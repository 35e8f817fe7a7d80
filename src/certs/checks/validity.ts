import { error, warning, type Problem } from '../../model/findings.ts';
import { singleLine, type CertificateFacts } from '../certificate-facts.ts';
import { WEAK_HASHES } from '../oids.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Clocks of the admin's machine, the CA and Azure differ a little. */
const CLOCK_SKEW_MS = 5 * MINUTE_MS;
/** ConfigMgr raises no alert before a CMG certificate expires (cmg-reference.md, failure modes). */
export const EXPIRY_WARNING_DAYS = 30;

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Expired, not yet valid, or expiring soon; the subject names the certificate when a file holds several. */
export function checkValidity(facts: CertificateFacts, now: Date): Problem[] {
  const subject = singleLine(facts.subject);
  if (facts.notBefore.getTime() > now.getTime() + CLOCK_SKEW_MS) return [error('CERT_NOT_YET_VALID', { subject, notBefore: facts.notBefore.toISOString() })];
  if (facts.notAfter.getTime() <= now.getTime()) return [error('CERT_EXPIRED', { subject, notAfter: facts.notAfter.toISOString() })];
  const days = Math.floor((facts.notAfter.getTime() - now.getTime()) / DAY_MS);
  if (days < EXPIRY_WARNING_DAYS) return [warning('CERT_EXPIRES_SOON', { subject, notAfter: isoDate(facts.notAfter), days })];
  return [];
}

/** A root's own signature is never checked by clients (they trust the root by its presence), so it is exempt. */
export function checkSignature(facts: CertificateFacts): Problem[] {
  if (facts.selfSigned && facts.isCa) return [];
  return WEAK_HASHES.has(facts.signatureHash) ? [error('CERT_WEAK_SIGNATURE', { subject: singleLine(facts.subject), hash: facts.signatureHash })] : [];
}
