/**
 * Reads how a PKCS#12 (.pfx) file is protected without the password and without any key
 * derivation: which schemes, ciphers and iteration counts its bags and MAC use. This runs before
 * decryption so an absurd iteration count (a file crafted to keep PBKDF2 busy for hours) is
 * refused before any work, and so the summary can say what an older Windows server can import.
 */
import { children, integerOf, isSequence, octetsOf, oidOf, explicit, parseDer, type Asn1 } from './der.ts';
import { DIGESTS, FORGE_MAC_DIGESTS, FORGE_PKCS12_PBE, OID, PBES2_CIPHERS, PKCS12_PBE, PRFS } from './oids.ts';

export interface PfxProtection {
  /** 'none' for an unencrypted key bag. */
  scheme: 'none' | 'pkcs12-pbe' | 'pbes2';
  /** 'AES-256-CBC', '3DES', 'RC2-40', or the OID when unknown. */
  cipher: string;
  /** PBES2 only: 'HMAC-SHA256', ... */
  prf?: string;
  iterations: number;
  /** False when node-forge cannot decrypt it (RC4, RC2-128, scrypt, ...). */
  supported: boolean;
  /** Key bags exported by Windows: the CryptoAPI CSP or CNG KSP that held the key. */
  provider?: string;
  /** When not supported: the part that is not (the cipher, the PRF or the KDF). */
  unsupported?: string;
}

export interface PfxLayout {
  mac: { digest: string; iterations: number; supported: boolean } | null;
  /** Encrypted SafeContents (usually the certificates). */
  encryptedContents: PfxProtection[];
  /** Key bags, shrouded or not, visible without the password. */
  keys: PfxProtection[];
}

export class PfxLayoutError extends Error {}

function algorithmOf(identifier: Asn1 | undefined): PfxProtection {
  const parts = children(identifier);
  const oid = oidOf(parts[0]);
  const parameters = parts[1];
  if (!oid || !isSequence(identifier)) throw new PfxLayoutError('encryption algorithm missing');
  const legacy = PKCS12_PBE[oid];
  if (legacy) {
    const iterations = integerOf(children(parameters)[1]);
    if (iterations === undefined) throw new PfxLayoutError('iteration count missing');
    return { scheme: 'pkcs12-pbe', cipher: legacy, iterations, supported: FORGE_PKCS12_PBE.has(legacy) };
  }
  if (oid === OID.pbes2) {
    const [kdf, scheme] = children(parameters);
    const [kdfOid, kdfParameters] = children(kdf);
    const cipherOid = oidOf(children(scheme)[0]) ?? 'unknown';
    const cipher = PBES2_CIPHERS[cipherOid] ?? cipherOid;
    if (oidOf(kdfOid) !== OID.pbkdf2) {
      const kdfName = oidOf(kdfOid) === OID.scrypt ? 'scrypt' : (oidOf(kdfOid) ?? 'unknown');
      return { scheme: 'pbes2', cipher, iterations: 0, supported: false, unsupported: `${kdfName} key derivation` };
    }
    const kdfFields = children(kdfParameters);
    const iterations = integerOf(kdfFields[1]);
    if (iterations === undefined) throw new PfxLayoutError('PBKDF2 iteration count missing');
    // keyLength is optional, so the PRF is whichever trailing field is a SEQUENCE.
    const prfOid = oidOf(children(kdfFields.slice(2).find(isSequence))[0]) ?? '1.2.840.113549.2.7';
    const prf = PRFS[prfOid] ?? prfOid;
    const unsupported = PBES2_CIPHERS[cipherOid] === undefined ? cipher : PRFS[prfOid] === undefined ? `PBKDF2 PRF ${prf}` : undefined;
    return unsupported ? { scheme: 'pbes2', cipher, prf, iterations, supported: false, unsupported } : { scheme: 'pbes2', cipher, prf, iterations, supported: true };
  }
  return { scheme: 'pkcs12-pbe', cipher: oid, iterations: 0, supported: false };
}

function innerDer(contentInfo: Asn1 | undefined): Asn1 {
  const octets = octetsOf(explicit(children(contentInfo)[1], 0));
  if (octets === undefined) throw new PfxLayoutError('content is not an OCTET STRING');
  return parseDer(octets);
}

/** Windows' "Microsoft CSP name" bag attribute (1.3.6.1.4.1.311.17.1); it sits outside the encryption. */
function providerOf(attributes: Asn1 | undefined): string | undefined {
  const attribute = children(attributes).find((entry) => oidOf(children(entry)[0]) === OID.microsoftCspName);
  // A BMPString, which forge's decoder already turns into text.
  const value = children(children(attribute)[1])[0]?.value;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function scanSafeContents(safeContents: Asn1, layout: PfxLayout): void {
  for (const bag of children(safeContents)) {
    const [id, wrapped, attributes] = children(bag);
    const bagId = oidOf(id);
    const value = explicit(wrapped, 0);
    const provider = providerOf(attributes);
    const key = bagId === OID.pkcs8ShroudedKeyBag ? algorithmOf(children(value)[0]) : bagId === OID.keyBag ? { scheme: 'none' as const, cipher: 'none', iterations: 0, supported: true } : undefined;
    if (key) layout.keys.push(provider ? { ...key, provider } : key);
  }
}

/** True when the DER looks like a PFX: SEQUENCE { INTEGER 3, ContentInfo, ... }. */
export function looksLikePfx(root: Asn1): boolean {
  const parts = children(root);
  return isSequence(root) && integerOf(parts[0]) === 3 && isSequence(parts[1]);
}

export function describePfx(root: Asn1): PfxLayout {
  const [, authSafe, macData] = children(root);
  const layout: PfxLayout = { mac: null, encryptedContents: [], keys: [] };
  // Public-key integrity mode (signedData) exists in the standard but not in any Windows export.
  if (oidOf(children(authSafe)[0]) !== OID.data) throw new PfxLayoutError('not in password integrity mode');
  for (const contentInfo of children(innerDer(authSafe))) {
    const type = oidOf(children(contentInfo)[0]);
    if (type === OID.data) {
      scanSafeContents(innerDer(contentInfo), layout);
    } else if (type === OID.encryptedData) {
      const encryptedData = explicit(children(contentInfo)[1], 0);
      const encryptedContentInfo = children(encryptedData)[1];
      layout.encryptedContents.push(algorithmOf(children(encryptedContentInfo)[1]));
    } else {
      throw new PfxLayoutError(`unsupported content type ${type ?? 'unknown'}`);
    }
  }
  if (macData) {
    const [digestInfo, , iterationsNode] = children(macData);
    const digestOid = oidOf(children(children(digestInfo)[0])[0]);
    if (!digestOid) throw new PfxLayoutError('MAC algorithm missing');
    const digest = digestOid === OID.pbmac1 ? 'PBMAC1' : (DIGESTS[digestOid] ?? digestOid);
    const iterations = iterationsNode === undefined ? 1 : integerOf(iterationsNode);
    if (iterations === undefined) throw new PfxLayoutError('MAC iteration count missing');
    layout.mac = { digest, iterations, supported: FORGE_MAC_DIGESTS.has(digest) };
  }
  return layout;
}

/** The highest iteration count anywhere in the file: what bounds the work of opening it. */
export function maxIterations(layout: PfxLayout): number {
  return Math.max(layout.mac?.iterations ?? 0, ...layout.encryptedContents.map((entry) => entry.iterations), ...layout.keys.map((entry) => entry.iterations));
}

/** "PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256, 2048 iterations" and the like, for the summary. */
export function describeProtection(protection: PfxProtection): string {
  const provider = protection.provider ? ` (${protection.provider})` : '';
  if (protection.scheme === 'none') return `not encrypted${provider}`;
  if (protection.scheme === 'pbes2') return `PBES2 ${protection.cipher}${protection.prf ? `, PBKDF2 ${protection.prf}` : ''}, ${protection.iterations} iterations${provider}`;
  return `PKCS#12 PBE ${protection.cipher}, ${protection.iterations} iterations${provider}`;
}

export function unsupportedAlgorithm(layout: PfxLayout): string | undefined {
  const unsupported = [...layout.encryptedContents, ...layout.keys].find((entry) => !entry.supported);
  if (unsupported) return unsupported.unsupported ?? unsupported.cipher;
  if (layout.mac && !layout.mac.supported) return `MAC ${layout.mac.digest}`;
  return undefined;
}

/** A CNG key storage provider key: the classic (1610) CMG needs a legacy CryptoAPI (CSP) key. */
export function keyStorageProvider(layout: PfxLayout): string | undefined {
  return layout.keys.find((entry) => entry.provider && /key storage provider/i.test(entry.provider))?.provider;
}

/** AES inside a PFX: what Windows Server 2016 and Azure Cloud Services (classic) cannot import. */
export function usesAes(layout: PfxLayout): boolean {
  return [...layout.encryptedContents, ...layout.keys].some((entry) => entry.cipher.startsWith('AES'));
}
