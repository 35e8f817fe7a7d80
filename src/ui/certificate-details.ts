import type { CertificateDetails } from '../certs/inspect.ts';
import { countBySeverity, type Finding } from '../wizard/findings.ts';
import { catalogue, codeText } from './i18n.ts';
import { paint } from './render.ts';
import type { Terminal } from './terminal.ts';

const MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const;

export interface Inspection {
  path: string;
  role: string;
  certificate: CertificateDetails | null;
  findings: readonly Finding[];
}

/** `cert inspect` for people: what the certificate is, then what is wrong with it for the role. */
export function renderInspection(inspection: Inspection, terminal: Pick<Terminal, 'color' | 'lang'>): string {
  const c = paint(terminal);
  const text = catalogue(terminal.lang).inspect;
  const colour = { error: c.red, warning: c.yellow, info: c.cyan } as const;
  const lines = [c.bold(text.header({ path: inspection.path, role: text.roles[inspection.role] ?? inspection.role }))];
  const row = (label: string, value: string) => lines.push(`  ${c.dim(label.padEnd(22))} ${value}`);
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
  for (const finding of inspection.findings) {
    lines.push(`  ${colour[finding.severity](MARK[finding.severity])} ${c.dim(finding.code)} ${codeText(terminal.lang, finding.code, finding.params)}`);
  }
  const { error: errors, warning: warnings, info: infos } = countBySeverity(inspection.findings);
  lines.push('', (errors > 0 ? c.red : c.green)(catalogue(terminal.lang).ui.summaryLine({ errors, warnings, infos })));
  return lines.join('\n');
}
