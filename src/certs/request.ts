/**
 * A private key and a PKCS#10 certificate signing request for the CMG server authentication
 * certificate, for an admin whose CA takes a CSR file (a public CA, or AD CS without certreq).
 *
 * Nothing here touches the filesystem; the caller writes the key with owner-only permissions.
 */
import { createPrivateKey } from 'node:crypto';
import forge from './forge-pki.ts';
import type Forge from 'node-forge';
import { signCertificationRequest } from './native-sign.ts';
import { generateServerKey, type PemKeyPair } from './server-key.ts';

export interface ServerRequestOptions {
  /** The CMG service name: an already validated FQDN, possibly a wildcard (`*.contoso.com`). */
  serviceName: string;
  keySize: 2048 | 4096;
  /** The key, when the caller started it already (server-key.ts); otherwise made here. */
  key?: Promise<PemKeyPair>;
}

export interface ServerRequest {
  /** Unencrypted PKCS#8 PEM. */
  keyPem: string;
  csrPem: string;
}

export async function createServerRequest(options: ServerRequestOptions): Promise<ServerRequest> {
  const { serviceName, keySize } = options;
  const { publicKey, privateKey } = await (options.key ?? generateServerKey(keySize));

  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // The CN goes in exactly as typed: ConfigMgr compares it case-sensitively when the
  // certificate is renewed, so it must never be normalised.
  csr.setSubject([utf8Attribute('commonName', serviceName)]);
  csr.setAttributes([
    {
      name: 'extensionRequest',
      extensions: [
        // Clients match the host name against the SAN, not the CN.
        { name: 'subjectAltName', altNames: [{ type: 2, value: serviceName }] }, // 2 = dNSName
        { name: 'extKeyUsage', serverAuth: true },
        { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
      ],
    },
  ]);
  // Signed by Node (native-sign.ts): forge's pure-JS RSA takes ~20 ms a signature.
  signCertificationRequest(csr, createPrivateKey(privateKey));
  return { keyPem: privateKey, csrPem: forge.pki.certificationRequestToPem(csr) };
}

function utf8Attribute(name: string, value: string): Forge.pki.CertificateField {
  // forge defaults to PrintableString, which has no `*`, so a wildcard CN would be encoded
  // invalidly; RFC 5280 prefers UTF8String anyway. (@types/node-forge mistypes this field as
  // an asn1.Class; forge reads it as an asn1.Type.)
  return { name, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as Forge.asn1.Class };
}
