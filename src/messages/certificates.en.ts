import type { CertificateCode } from '../model/codes.ts';
import type { Params, Text } from './types.ts';

/** "<file>: " when a finding names its file (the wizard reads several), nothing in `cert inspect`. */
const at = (p: Params) => (p.path ? `${p.path}: ` : '');
const REEXPORT = 're-export it from the certificate store as .pfx with "TripleDES-SHA1" or "AES256-SHA256" encryption';
const REEXPORT_SENTENCE = 'Re-export it from the certificate store as .pfx with "TripleDES-SHA1" or "AES256-SHA256" encryption.';

/** Findings about certificate files (steps 1-3 and `cert inspect`). */
export const certificateCodesEn: Record<CertificateCode, Text> = {
  // reading the file
  CERT_FILE_MISSING: (p) => `File not found: ${p.path}. Check the path (relative paths start from the current folder).`,
  CERT_FILE_UNREADABLE: (p) => `${p.path} cannot be read (${p.reason}). Check that it is a file and that you may read it.`,
  CERT_FILE_EMPTY: (p) => `${at(p)}the file is empty. Export the certificate again.`,
  CERT_FILE_TOO_LARGE: (p) => `${at(p)}the file is ${p.size} bytes; certificate files are a few KiB and cmg-setup reads at most ${p.limit}. Check that this is the right file.`,
  CERT_TRUNCATED: (p) => `${at(p)}the file ends too early: it was cut during a copy or download. Copy it again from where it was exported.`,
  CERT_UNREADABLE: (p) => `${at(p)}${p.reason === 'key' ? 'the private key in the file cannot be read' : p.reason === 'decoder' ? 'the file could not be decoded' : 'this is not a certificate (.cer/.pem) or PKCS#12 (.pfx) file'}. Export it again from the certificate store.`,
  CERT_NO_CERTIFICATE: (p) => `${at(p)}the ${p.format === 'pfx' ? '.pfx' : 'PEM'} file holds no certificate. Export the certificate itself.`,
  CERT_PFX_ITERATIONS: (p) => `${at(p)}the .pfx asks for ${p.iterations} key-derivation iterations; real exports use 2,000 to 10,000 and cmg-setup refuses more than ${p.limit} rather than compute for minutes. ${REEXPORT_SENTENCE}`,
  CERT_PFX_UNSUPPORTED: (p) => `${at(p)}the .pfx is protected with ${p.algorithm}, which cmg-setup cannot open (and ConfigMgr may not either): ${REEXPORT}.`,
  CERT_BAD_PASSWORD: (p) => `${at(p)}wrong password for this .pfx.`,
  CERT_PASSWORD_MISSING: (p) => `${at(p)}this .pfx needs its password: give it with --password-stdin, --password-file or --password-env.`,
  CERT_PFX_NO_MAC: (p) => `${at(p)}the .pfx has no integrity check (MAC): a damaged or altered file would go unnoticed, and some importers refuse it. Prefer a normal export.`,
  CERT_DECODE_TIMEOUT: (p) => `${at(p)}reading the file took more than ${p.seconds} s and was stopped. ${REEXPORT_SENTENCE}`,
  CERT_NEEDS_PFX: (p) => `${at(p)}this is a ${p.format === 'pem' ? 'PEM' : 'DER'} certificate without its private key; the CMG needs the certificate with its private key as a password-protected .pfx. Export it with "Yes, export the private key" (if that is greyed out, the template did not allow export: fix the template and request it again).`,
  CERT_PFX_NOT_CER: (p) => `${at(p)}this is a .pfx (with a private key); give the CA's public certificate instead: a .cer exported from the Certification Path tab, DER or Base-64.`,
  CERT_CONTAINS_PRIVATE_KEY: (p) => `${at(p)}the file holds a private key; a CA certificate for the CMG must be public only. Export the certificate without its key, and keep the key file private.`,
  CERT_SEVERAL_IN_FILE: (p) => `${at(p)}the file holds ${p.count} certificates; give one file per certificate (each is uploaded as a root or an intermediate).`,
  // keys
  CERT_NO_PRIVATE_KEY: (p) => `${at(p)}the .pfx holds no private key. Export it again with "Yes, export the private key".`,
  CERT_KEY_MISMATCH: (p) => `${at(p)}the private key in the .pfx belongs to none of its certificates. Export the certificate and its own key together from the certificate store.`,
  CERT_SEVERAL_KEYS: (p) => `${at(p)}the .pfx holds ${p.count} private keys; the CMG needs exactly one, its server certificate's. Export that certificate alone.`,
  CERT_KEY_NOT_RSA: (p) => `${at(p)}the key is ${p.keyType}; a CMG needs an RSA key (2048 or 4096 bits). Request a new certificate with an RSA key.`,
  CERT_WEAK_KEY: (p) => `${at(p)}the RSA key has ${p.bits} bits; at least ${p.minimum} are needed. Request a new certificate (the template's minimum key size: 2048).`,
  CERT_KEY_SIZE_UNUSUAL: (p) => `${at(p)}the RSA key has ${p.bits} bits; the CMG documentation names 2048 and 4096 only.`,
  // dates and signatures
  CERT_NOT_YET_VALID: (p) => `${at(p)}${p.subject} is valid only from ${p.notBefore}. Wait, or check the clock of the CA and of this machine.`,
  CERT_EXPIRED: (p) => `${at(p)}${p.subject} expired on ${p.notAfter}. Renew it (for the server certificate: with the identical CN, case included).`,
  CERT_EXPIRES_SOON: (p) => `${at(p)}${p.subject} expires on ${p.notAfter}, in ${p.days} days; ConfigMgr gives no warning before a CMG certificate expires. Plan its renewal now.`,
  CERT_WEAK_SIGNATURE: (p) => `${at(p)}${p.subject} is signed with ${p.hash}, which Windows no longer trusts for TLS. Reissue it with SHA-256.`,
  // usage
  CERT_NO_EKU: (p) => `${at(p)}the certificate has no enhanced key usage; the CMG requires Server Authentication (1.3.6.1.5.5.7.3.1). Use a template based on Web Server.`,
  CERT_ANY_EKU: (p) => `${at(p)}the certificate allows "any purpose" but does not name Server Authentication (1.3.6.1.5.5.7.3.1); use a template based on Web Server.`,
  CERT_NO_SERVER_AUTH: (p) => `${at(p)}the certificate lacks Server Authentication (1.3.6.1.5.5.7.3.1) in its enhanced key usage (it has: ${p.ekus}). Use a template based on Web Server.`,
  CERT_KEY_USAGE: (p) => `${at(p)}the key usage allows neither Digital Signature nor Key Encipherment, so TLS cannot use the key. Fix the template and request it again.`,
  CERT_LEAF_IS_CA: (p) => `${at(p)}the certificate is a CA certificate (Basic Constraints CA:true); the CMG needs an end-entity server certificate.`,
  // names
  CERT_NO_COMMON_NAME: (p) => `${at(p)}the subject has no common name (CN); ConfigMgr takes the CMG service name from the CN. Request it with Subject name type "Common name".`,
  CERT_BAD_WILDCARD: (p) => `${at(p)}the common name ${p.commonName} is not a usable wildcard: only a whole left-most label (*.contoso.com) is allowed.`,
  CERT_NO_SAN: (p) => `${at(p)}the certificate has no subject alternative name; ConfigMgr reads the CN, but current TLS clients check only the SAN. Add DNS=${p.commonName} to the request.`,
  CERT_CN_NOT_IN_SAN: (p) => `${at(p)}the CN ${p.commonName} is not among the subject alternative names (${p.names}); clients check the SAN and would refuse the CMG. Add it to the request.`,
  CERT_WILDCARD_CLASSIC: (p) => `${at(p)}${p.commonName} is a wildcard certificate; the classic (1610) CMG does not support wildcards (they came with 1802). Request one for the cloud service name.`,
  CERT_WILDCARD_NEEDS_NAME: (p) => `${at(p)}${p.commonName} is a wildcard certificate: give the service name to use under it with --service-name (for example ${String(p.commonName).replace('*', 'contosocmg')}).`,
  CERT_NAME_MISMATCH: (p) => `${at(p)}the certificate's CN is ${p.commonName}, but the service name is ${p.serviceName}. ConfigMgr takes the service name from the CN: use a certificate issued for ${p.serviceName}, or change the service name.`,
  CERT_CN_CASE: (p) => `${at(p)}the CN is ${p.commonName} and the service name ${p.serviceName}: they differ in case. ConfigMgr keeps the CN as written and renewals must match it exactly, so use ${p.commonName}.`,
  CERT_WILDCARD_SERVICE_NAME: (p) => `${at(p)}wildcard certificate ${p.commonName}: the CMG service name will be ${p.serviceName}.`,
  CERT_PUBLIC_CA_AZURE_DOMAIN: (p) => `${at(p)}${p.serviceName} is in a Microsoft-owned Azure domain, yet the certificate comes from a public CA (${p.issuer}); public CAs cannot issue such names. Use your own domain with a CNAME, or your enterprise PKI.`,
  // chain
  CERT_CHAIN_NOT_CA: (p) => `${at(p)}the .pfx also holds ${p.subject}, which is not a CA certificate. Export the server certificate with its chain only.`,
  CERT_SELF_SIGNED: (p) => `${at(p)}${p.subject} is self-signed: clients will not trust the CMG unless it is in their Trusted Root store. Fine for a lab only.`,
  CERT_CHAIN_NOT_INCLUDED: (p) => `${at(p)}the issuing CA (${p.issuer}) is not in the .pfx: every client must already trust that chain (the issuing root in Trusted Root Certification Authorities).`,
  CERT_CHAIN_BROKEN: (p) => `${at(p)}the .pfx holds a CA named ${p.issuer}, but its key did not sign ${p.subject}: the chain is inconsistent. Export the certificate again with "Include all certificates in the certification path".`,
  CERT_PFX_AES_CLASSIC: (p) => `${at(p)}the .pfx is encrypted with AES, which Azure Cloud Services (classic) refuses. Export it again with "TripleDES-SHA1" encryption.`,
  CERT_KSP_CLASSIC: (p) => `${at(p)}the private key was made by ${p.provider}, a CNG key storage provider; the classic (1610) CMG needs a legacy CryptoAPI (CSP) key. Duplicate the template with Windows 2003 Server compatibility and request it again.`,
  CERT_SERVER_SUMMARY: (p) => `${at(p)}server certificate ${p.thumbprint}, valid until ${p.notAfter}.`,
  CERT_MANAGEMENT_UPLOAD: (p) => `${at(p)}management certificate ${p.thumbprint}: upload its public part (.cer) to the subscription's management certificates in the Azure portal.`,
  // authorities
  CERT_AUTHORITY_KIND: (p) => `${at(p)}${p.kind === 'root' ? 'root' : 'intermediate'} CA ${p.subject} (${p.thumbprint}), valid until ${p.notAfter}.`,
  CERT_NOT_CA: (p) => `${at(p)}${p.subject} is not a CA certificate: this looks like the client or server certificate itself. Export the root (and each intermediate) from its Certification Path tab instead.`,
  CLASSIC_ROOT_NOT_ROOT: (p) => `${at(p)}${p.subject} is an intermediate CA; the classic CMG takes exactly one root. Give the root here and the intermediates as sub-CA certificates (step 3).`,
  CERT_INTERMEDIATE_WITHOUT_ROOT: (p) => `${at(p)}the intermediate ${p.subject} is given without its issuer (${p.issuer}): clients get 401 from the CMG unless the whole chain up to the root is given. Add the root.`,
  SUBCA_IS_ROOT: (p) => `${at(p)}${p.subject} is a root, not a sub-CA: give the root as the client root certificate (step 2).`,
  SUBCA_NOT_FROM_CLIENT_ROOT: (p) => `${at(p)}the sub-CA ${p.subject} was not issued by the client root given in step 2 (its issuer: ${p.issuer}). Check that it belongs to the client certificates' chain.`,
};
