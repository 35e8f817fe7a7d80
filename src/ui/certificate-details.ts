import type { CertificateDetails } from '../model/certificates.ts';
import type { Finding } from '../model/findings.ts';
import { catalogue, codeText } from '../messages/i18n.ts';
import { findingLine, findingsSummary, paint } from './render.ts';
import type { Terminal } from './terminal.ts';
import { visible } from '../messages/visible.ts';
import type { Catalogue } from '../messages/types.ts';

export interface Inspection {
  path: string;
  /** A role of src/certs/inspect.ts (ROLES): each has its text in every catalogue. */
  role: keyof Catalogue['inspect']['roles'];
  certificate: CertificateDetails | null;
  findings: readonly Finding[];
}

/** `cert inspect` for people: what the certificate is, then what is wrong with it for the role. */
export function renderInspection(inspection: Inspection, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  const text = catalogue(terminal.lang).inspect;
  const lines = [c.bold(text.header({ path: inspection.path, role: text.roles[inspection.role] }))];
  // Names come from the certificate as its issuer wrote them: shown escaped, control characters and all.
  const row = (label: string, value: string) => lines.push(`  ${c.dim(label.padEnd(22))} ${visible(value)}`);
  const certificate = inspection.certificate;
  if (certificate) {
    row(text.subject, certificate.subject);
    row(text.alternativeNames, certificate.subjectAlternativeNames?.join(', ') || text.none);
    row(text.issuer, certificate.selfSigned ? `${certificate.issuer} (${text.selfSigned})` : certificate.issuer);
    row(text.validity, text.validityRange({ from: certificate.notBefore.slice(0, 10), to: certificate.notAfter.slice(0, 10) }));
    row(text.key, certificate.key.curve ? `${certificate.key.type} ${certificate.key.curve}` : `${certificate.key.type} ${certificate.key.bits ?? '?'} bits`);
    row(text.signature, certificate.signatureHash);
    row(text.extendedKeyUsage, certificate.extendedKeyUsages?.join(', ') || text.anyPurpose);
    row(text.thumbprint, certificate.thumbprintSha1);
    if (certificate.pfx) {
      row(text.pfxCertificates, certificate.pfx.certificates.join('; ') || text.notEncrypted);
      row(text.pfxKeys, certificate.pfx.keys.join('; ') || text.none);
      row(text.pfxMac, certificate.pfx.mac ?? text.none);
    }
  }
  for (const finding of inspection.findings) lines.push(findingLine({ ...finding, message: codeText(terminal.lang, finding.code, finding.params) }, terminal));
  lines.push('', findingsSummary(inspection.findings, terminal));
  return lines.join('\n');
}
