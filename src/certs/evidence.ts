import type { Problem } from '../model/findings.ts';
import { describeCertificate, type CertificateFacts } from './certificate-facts.ts';
import type { DecodedFile, DecodeOutcome } from './decode.ts';

/** One certificate file as read: what it holds, or the one problem that stopped the reading. */
export type FileEvidence = { ok: true; file: DecodedFile; certificates: CertificateFacts[] } | { ok: false; problem: Problem };

/** What the wizard read from every certificate file the answers name, by path as given. */
export type CertificateEvidence = ReadonlyMap<string, FileEvidence>;

export function evidenceFrom(outcome: DecodeOutcome): FileEvidence {
  if (outcome.ok) {
    try {
      return { ok: true, file: outcome.file, certificates: outcome.file.certificates.map(describeCertificate) };
    } catch {
      // The decoder checked each certificate with OpenSSL; this is only a second line of defence.
      return { ok: false, problem: { severity: 'error', code: 'CERT_UNREADABLE', params: { reason: 'format' } } };
    }
  }
  if ('problem' in outcome) return { ok: false, problem: outcome.problem };
  // Only `cert inspect` asks for a password after reading; the wizard always has one.
  return { ok: false, problem: { severity: 'error', code: 'CERT_PASSWORD_MISSING' } };
}
