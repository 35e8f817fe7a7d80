import { error, type Problem } from '../model/findings.ts';

// Only printable ASCII can be written into a certreq INF (the file is ASCII), and a `"` would end
// the quoted value (emit/certreq-inf.ts).
const INF_WRITABLE = /^[\x20-\x21\x23-\x7E]*$/;

/** Whether `value` can stand as a quoted certreq INF value. */
export function fitsInInf(value: string): boolean {
  return INF_WRITABLE.test(value);
}

/**
 * The certificate template an enterprise CA is asked for: the template's name, which is the `cn`
 * of the template object (MS-WCCE 3.2.2.6.2.1.4.1: "A name identifier is mapped to the value of
 * the cn attribute of a certificate template object"; documented-facts.md F-CERT-2), not its
 * display name. It goes into the INF's [RequestAttributes] (F-CERT-1), which has no escaping; AD
 * CS names are short. One rule for `cmg-setup cert request --template` and the wizard's
 * `certTemplate`, which take the same value.
 */
export function checkCertTemplate(template: string): Problem[] {
  if (template.length >= 1 && template.length <= 64 && fitsInInf(template)) return [];
  return [error('CERT_TEMPLATE_NAME_INVALID', { value: template.replace(/[^\x20-\x7E]/g, '?') })];
}
