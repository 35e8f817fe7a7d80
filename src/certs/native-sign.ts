/**
 * SHA-256 RSA signatures on forge certificates and certification requests, made by Node's
 * crypto instead of forge's pure-JS RSA (19.8 ms against 0.26 ms per signature, issue 15).
 *
 * forge keeps building the structures: these functions do what forge's cert.sign and csr.sign
 * (x509.js) do, except that the hash and the private-key operation are Node's. The scheme is
 * RSASSA-PKCS1-v1_5 (RFC 8017 section 8.2) in both, which is deterministic, so the signature is
 * byte for byte the one forge would make with the same key.
 */
import { sign, type KeyObject } from 'node:crypto';
import forge from './forge-pki.ts';
import type Forge from 'node-forge';

/** The fields forge's cert.sign / csr.sign set (x509.js); @types/node-forge omits some. */
interface Signable {
  md: Forge.md.MessageDigest | null;
  signatureOid: string | null;
  siginfo: { algorithmOid: string | null };
  signature: unknown;
}

const SHA256_WITH_RSA = forge.pki.oids.sha256WithRSAEncryption!;

/** x509.js's builders of the signed parts; @types/node-forge omits them. */
const pki = forge.pki as unknown as {
  getTBSCertificate(cert: Forge.pki.Certificate): Forge.asn1.Asn1;
  getCertificationRequestInfo(csr: Forge.pki.CertificateSigningRequest): Forge.asn1.Asn1;
};

function signDer(target: Signable, der: Forge.util.ByteStringBuffer, privateKey: KeyObject): void {
  target.signature = sign('sha256', Buffer.from(der.getBytes(), 'binary'), privateKey).toString('binary');
  // forge's cert.sign leaves the digest of the signed bytes in `md`; with null instead, forge's
  // verify (x509.js, cert.verify) computes that digest itself when it needs it.
  target.md = null;
}

/** forge's cert.sign(key, forge.md.sha256.create()), with Node doing the hashing and signing. */
export function signCertificate(cert: Forge.pki.Certificate, privateKey: KeyObject): void {
  const target = cert as unknown as Signable & { tbsCertificate: Forge.asn1.Asn1 };
  target.signatureOid = target.siginfo.algorithmOid = SHA256_WITH_RSA;
  // As cert.sign does: the TBSCertificate is kept, and certificateToAsn1 writes these bytes.
  target.tbsCertificate = pki.getTBSCertificate(cert);
  signDer(target, forge.asn1.toDer(target.tbsCertificate), privateKey);
}

/** forge's csr.sign(key, forge.md.sha256.create()), with Node doing the hashing and signing. */
export function signCertificationRequest(csr: Forge.pki.CertificateSigningRequest, privateKey: KeyObject): void {
  const target = csr as unknown as Signable & { certificationRequestInfo: Forge.asn1.Asn1 };
  target.signatureOid = target.siginfo.algorithmOid = SHA256_WITH_RSA;
  target.certificationRequestInfo = pki.getCertificationRequestInfo(csr);
  signDer(target, forge.asn1.toDer(target.certificationRequestInfo), privateKey);
}
