/**
 * The CMG server authentication certificate (step 1): reliability.md R-3.4 and the step 1 rules
 * of cmg-reference.md. Pure: takes what was read from the file, returns problems.
 */
import { checkDeploymentPrefix } from '../../domain/azure-names.ts';
import { AZURE_OWNED_SUFFIXES, isUnder } from '../../domain/clouds.ts';
import { firstLabel } from '../../domain/fqdn.ts';
import { checkServiceName } from '../../domain/service-name.ts';
import type { Cloud, Model } from '../../model/answers.ts';
import { error, info, warning, type Problem } from '../../model/findings.ts';
import { issued, singleLine, type CertificateFacts } from '../certificate-facts.ts';
import type { DecodedFile } from '../decode.ts';
import { matchesName, wildcardForm } from '../host-names.ts';
import { OID } from '../oids.ts';
import { keyStorageProvider, usesAes } from '../pfx-layout.ts';
import { pairKey } from './key-pair.ts';
import { checkSignature, checkValidity } from './validity.ts';

export interface ServerCheckContext {
  /** The service name the admin chose; for a wildcard certificate, the name under it. */
  serviceName: string | undefined;
  model: Model;
  cloud: Cloud;
  now: Date;
}

export interface ServerCheckResult {
  leaf: CertificateFacts | undefined;
  problems: Problem[];
}

/** Documented CMG key sizes (memdocs cmg/server-auth-cert.md). */
const CMG_RSA_SIZES = new Set([2048, 4096]);
/** Issuers that sell publicly trusted certificates: none can issue a name in a Microsoft-owned domain. */
const PUBLIC_CA_NAMES = /\b(?:digicert|sectigo|comodo|globalsign|godaddy|go daddy|let's encrypt|entrust|amazon|google trust services|identrust|certum|ssl\.com|buypass|harica|actalis|zerossl|quovadis|starfield|thawte|geotrust|rapidssl|usertrust)\b/i;

function checkKey(leaf: CertificateFacts): Problem[] {
  if (leaf.keyType !== 'rsa') return [error('CERT_KEY_NOT_RSA', { keyType: leaf.curve ? `${leaf.keyType} ${leaf.curve}` : leaf.keyType })];
  const bits = leaf.keyBits ?? 0;
  if (bits < 2048) return [error('CERT_WEAK_KEY', { bits, minimum: 2048 })];
  return CMG_RSA_SIZES.has(bits) ? [] : [warning('CERT_KEY_SIZE_UNUSUAL', { bits })];
}

function checkUsage(leaf: CertificateFacts): Problem[] {
  const problems: Problem[] = [];
  if (leaf.ekus === undefined) problems.push(error('CERT_NO_EKU'));
  else if (!leaf.ekus.includes(OID.serverAuth)) {
    if (leaf.ekus.includes(OID.anyExtendedKeyUsage)) problems.push(warning('CERT_ANY_EKU'));
    else problems.push(error('CERT_NO_SERVER_AUTH', { ekus: leaf.ekus.join(', ') || 'none' }));
  }
  // TLS with an RSA key needs one of the two (RFC 5280 4.2.1.3; schannel refuses otherwise).
  if (leaf.keyUsage && !leaf.keyUsage.digitalSignature && !leaf.keyUsage.keyEncipherment) problems.push(error('CERT_KEY_USAGE'));
  if (leaf.isCa) problems.push(error('CERT_LEAF_IS_CA'));
  return problems;
}

function checkNames(leaf: CertificateFacts, context: ServerCheckContext): Problem[] {
  const commonName = leaf.commonName;
  // ConfigMgr takes the service name from the CN, whatever the SAN says.
  if (!commonName) return [error('CERT_NO_COMMON_NAME')];
  const form = wildcardForm(commonName);
  if (form === 'invalid') return [error('CERT_BAD_WILDCARD', { commonName })];
  const problems: Problem[] = [];
  if (leaf.dnsNames === undefined) problems.push(warning('CERT_NO_SAN', { commonName }));
  else if (!leaf.dnsNames.some((name) => name.toLowerCase() === commonName.toLowerCase())) problems.push(warning('CERT_CN_NOT_IN_SAN', { commonName, names: leaf.dnsNames.join(', ') || 'none' }));
  if (form === 'full' && context.model === 'classic') problems.push(error('CERT_WILDCARD_CLASSIC', { commonName }));
  const serviceName = context.serviceName;
  if (serviceName === undefined) {
    if (form === 'full') problems.push(error('CERT_WILDCARD_NEEDS_NAME', { commonName }));
    return problems;
  }
  if (!matchesName(commonName, serviceName)) {
    problems.push(error('CERT_NAME_MISMATCH', { serviceName, commonName }));
  } else if (form === 'none' && commonName !== serviceName) {
    // Renewal keeps the CMG only when the CN is identical, case included (memdocs#1927).
    problems.push(warning('CERT_CN_CASE', { serviceName, commonName }));
  } else if (form === 'full') {
    problems.push(info('CERT_WILDCARD_SERVICE_NAME', { commonName, serviceName }));
  }
  return problems;
}

function checkServiceNameRules(leaf: CertificateFacts, context: ServerCheckContext): Problem[] {
  const serviceName = context.serviceName;
  if (!serviceName) return [];
  const problems = [...checkServiceName(serviceName, context), ...checkDeploymentPrefix(firstLabel(serviceName), context.model)];
  const issuer = singleLine(leaf.issuer);
  // A warning (R-3.4.7): the issuer's name is all there is to go on, and an internal CA may share a word.
  if (!leaf.selfSigned && AZURE_OWNED_SUFFIXES.some((suffix) => isUnder(serviceName, suffix)) && PUBLIC_CA_NAMES.test(issuer)) {
    problems.push(warning('CERT_PUBLIC_CA_AZURE_DOMAIN', { serviceName, issuer }));
  }
  return problems;
}

/** A certificate whose issuer is in the file must be signed by it: every link, not only the leaf's. */
function checkLink(subject: CertificateFacts, candidates: readonly CertificateFacts[]): Problem[] {
  const sameName = candidates.filter((candidate) => candidate !== subject && candidate.subject === subject.issuer);
  if (sameName.length === 0 || sameName.some((candidate) => issued(candidate, subject))) return [];
  return [error('CERT_CHAIN_BROKEN', { subject: singleLine(subject.subject), issuer: singleLine(subject.issuer) })];
}

function checkChain(leaf: CertificateFacts, others: CertificateFacts[], now: Date): Problem[] {
  const problems: Problem[] = [];
  for (const certificate of others) {
    if (!certificate.isCa) problems.push(error('CERT_CHAIN_NOT_CA', { subject: singleLine(certificate.subject) }));
    problems.push(...checkValidity(certificate, now).filter((problem) => problem.severity === 'error'));
    problems.push(...checkSignature(certificate));
    if (!certificate.selfSigned) problems.push(...checkLink(certificate, others));
  }
  if (leaf.selfSigned) return [...problems, warning('CERT_SELF_SIGNED', { subject: singleLine(leaf.subject) })];
  if (!others.some((certificate) => certificate.subject === leaf.issuer)) return [...problems, info('CERT_CHAIN_NOT_INCLUDED', { issuer: singleLine(leaf.issuer) })];
  return [...problems, ...checkLink(leaf, others)];
}

export function checkServerCertificate(file: DecodedFile, certificates: CertificateFacts[], context: ServerCheckContext): ServerCheckResult {
  if (file.format !== 'pfx') return { leaf: certificates[0], problems: [error('CERT_NEEDS_PFX', { format: file.format })] };
  const pairing = pairKey(file, certificates);
  const leaf = pairing.leaf;
  if (!leaf) return { leaf, problems: [...file.notes, ...pairing.problems] };
  // Alone (`cert inspect`), a certificate's service name is its CN, as the console takes it.
  if (context.serviceName === undefined && leaf.commonName && wildcardForm(leaf.commonName) === 'none') context = { ...context, serviceName: leaf.commonName };
  const problems = [
    ...file.notes,
    ...pairing.problems,
    ...checkKey(leaf),
    ...checkValidity(leaf, context.now),
    ...checkSignature(leaf),
    ...checkUsage(leaf),
    ...checkNames(leaf, context),
    ...checkServiceNameRules(leaf, context),
    ...checkChain(leaf, pairing.others, context.now),
  ];
  // Azure Cloud Services (classic) refuses a PFX encrypted with AES256-SHA256 (cmg-reference.md S26).
  if (context.model === 'classic' && file.pfx && usesAes(file.pfx)) problems.push(error('CERT_PFX_AES_CLASSIC'));
  // KSP (CNG) keys are supported from 1710/1802; the 1610 guidance builds a legacy CSP template.
  const provider = context.model === 'classic' && file.pfx ? keyStorageProvider(file.pfx) : undefined;
  if (provider) problems.push(error('CERT_KSP_CLASSIC', { provider }));
  return { leaf, problems };
}
