/**
 * A throw-away "lab PKI" for trying out a Cloud Management Gateway without a real CA: a root,
 * a CMG server certificate and a client authentication certificate (DESIGN.md, `cert lab`), plus
 * a README that says what each file is for; for the classic model only, an Azure management
 * certificate too. That model is retired (cmg-reference.md: deployment removed in 2203, Azure
 * Cloud Services classic retired on 31 Aug 2024), so no other lab pays for its key, a quarter
 * of the lab's time on a 2-core machine (issue 15).
 *
 * Nothing here touches the filesystem; the caller decides where the files go and writes the
 * ones flagged `privateKey` with owner-only permissions.
 */
import { randomBytes, type KeyObject } from 'node:crypto';
import { rsaKeyPair } from './early-keys.ts';
import forge from './forge-pki.ts';
import type Forge from 'node-forge';
import { useNativeKeyDerivations } from './derivation-guard.ts';
import { signCertificate } from './native-sign.ts';

// The .pfx keys and MACs come from forge's PKCS#12 key derivation: the native derivations
// decode.ts installs for reading too (derivation-guard.ts), not forge's pure JavaScript.
useNativeKeyDerivations();

export interface LabPkiOptions {
  /** The CMG service name, e.g. 'contosocmg.contoso.com' (an already validated FQDN). */
  serviceName: string;
  /** PFX password; any Unicode, may be ''. Never written to any file. */
  password: string;
  /** Injected clock: every certificate is valid from `now` minus one day. */
  now: Date;
  /** The classic model's self-signed Azure management certificate too (`cert lab --model classic`). */
  management?: boolean;
}

export interface LabFile {
  /** File name, no folder. */
  name: string;
  content: Buffer;
  /** True for files that hold a private key (the caller writes them 0600). */
  privateKey: boolean;
  role: 'client-root' | 'server' | 'client' | 'management' | 'readme';
}

export interface LabPki {
  files: LabFile[];
}

/** Node's key signs (native-sign.ts); forge's copy goes into the certificate and the .pfx. */
interface KeyPair {
  privateKey: KeyObject;
  forge: Forge.pki.rsa.KeyPair;
}
type Certificate = Forge.pki.Certificate;
type NameAttribute = Forge.pki.CertificateField;
// forge takes extensions as loosely shaped objects ({ name, critical, ...flags }).
type Extension = Record<string, unknown>;

const LAB_ORGANIZATION = 'LAB ONLY - not for production';
const ROOT_COMMON_NAME = 'cmg-setup LAB ONLY root CA';
const CLIENT_COMMON_NAME = 'lab-client.cmg-setup.invalid';
const MANAGEMENT_COMMON_NAME = 'cmg-setup LAB ONLY Azure management';

const ROOT_YEARS = 5;
const LEAF_YEARS = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

const LAB_FILE_NAMES = {
  root: 'LAB-ONLY-root-ca.cer',
  server: 'LAB-ONLY-server.pfx',
  client: 'LAB-ONLY-client.pfx',
  management: 'LAB-ONLY-management.pfx',
  readme: 'LAB-ONLY-README.txt',
} as const;

export async function createLabPki(options: LabPkiOptions): Promise<LabPki> {
  const { serviceName, password, now, management: withManagement = false } = options;
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');

  // Back-dating by a day keeps a client whose clock runs a little behind from rejecting a
  // certificate that was made minutes ago.
  const notBefore = new Date(now.getTime() - DAY_MS);

  // The keys are independent and Node's generator runs on the libuv thread pool, so
  // asking for them together lets them run in parallel. Each certificate and .pfx is made as
  // soon as the keys it needs are there: the main thread's work (signing, the .pfx encryption
  // and MAC) then overlaps the keys still being generated instead of following the slowest.
  const rootKeys = generateRsaKeyPair();
  const serverKeys = generateRsaKeyPair();
  const clientKeys = generateRsaKeyPair();
  const managementKeys = withManagement ? generateRsaKeyPair() : undefined;

  const root = rootKeys.then((keys) => ({
    keys,
    cert: createCertificate({
      subject: labName(ROOT_COMMON_NAME),
      keys,
      notBefore,
      notAfter: addYears(now, ROOT_YEARS),
      extensions: [
        { name: 'basicConstraints', critical: true, cA: true },
        { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
        { name: 'subjectKeyIdentifier' },
      ],
    }),
  }));

  /** A certificate the lab root issues, in a .pfx with the root. */
  const issuedPfx = async (keysReady: Promise<KeyPair>, role: 'server' | 'client', subject: NameAttribute[], extensions: Extension[]): Promise<Buffer> => {
    const [issuer, keys] = await Promise.all([root, keysReady]);
    const cert = createCertificate({
      subject,
      keys,
      issuer: { cert: issuer.cert, privateKey: issuer.keys.privateKey },
      notBefore,
      notAfter: addYears(now, LEAF_YEARS),
      extensions: [...endEntityExtensions(issuer.cert), ...extensions],
    });
    return toPfx(keys, [cert, issuer.cert], password, role);
  };

  const server = issuedPfx(serverKeys, 'server', labName(serviceName), [
    { name: 'extKeyUsage', serverAuth: true },
    // Clients match the host name against the SAN, not the CN.
    { name: 'subjectAltName', altNames: [{ type: 2, value: serviceName }] },
  ]);

  const client = issuedPfx(clientKeys, 'client', labName(CLIENT_COMMON_NAME), [{ name: 'extKeyUsage', clientAuth: true }]);

  // Azure (classic) only checks that the management certificate's public key was uploaded,
  // so a self-signed one is what Microsoft's own instructions produce.
  const management = managementKeys?.then((keys) => {
    const cert = createCertificate({
      subject: labName(MANAGEMENT_COMMON_NAME),
      keys,
      notBefore,
      notAfter: addYears(now, LEAF_YEARS),
      extensions: [
        { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', clientAuth: true },
        { name: 'subjectKeyIdentifier' },
      ],
    });
    return toPfx(keys, [cert], password, 'management');
  });

  const [rootDone, serverPfx, clientPfx, managementPfx] = await Promise.all([root, server, client, management]);

  return {
    files: [
      {
        name: LAB_FILE_NAMES.root,
        content: certificateToDer(rootDone.cert),
        privateKey: false,
        role: 'client-root',
      },
      {
        name: LAB_FILE_NAMES.server,
        content: serverPfx,
        privateKey: true,
        role: 'server',
      },
      {
        name: LAB_FILE_NAMES.client,
        content: clientPfx,
        privateKey: true,
        role: 'client',
      },
      ...(managementPfx
        ? [
            {
              name: LAB_FILE_NAMES.management,
              content: managementPfx,
              privateKey: true,
              role: 'management' as const,
            },
          ]
        : []),
      {
        name: LAB_FILE_NAMES.readme,
        content: Buffer.from(readmeText(serviceName, withManagement), 'utf8'),
        privateKey: false,
        role: 'readme',
      },
    ],
  };
}

async function generateRsaKeyPair(): Promise<KeyPair> {
  // Off the main thread (the synchronous form would block the CLI's spinner for seconds), or
  // started at the process's start when the command line asked for a lab (early-keys.ts).
  const { privateKey } = await rsaKeyPair(2048);
  const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'der' });
  const forgePrivateKey = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(pkcs1.toString('binary'))) as Forge.pki.rsa.PrivateKey;
  const forgePublicKey = forge.pki.setRsaPublicKey(forgePrivateKey.n, forgePrivateKey.e);
  return { privateKey, forge: { privateKey: forgePrivateKey, publicKey: forgePublicKey } };
}

interface CertificateSpec {
  subject: NameAttribute[];
  keys: KeyPair;
  /** Absent for a self-signed certificate. */
  issuer?: { cert: Certificate; privateKey: KeyObject };
  notBefore: Date;
  notAfter: Date;
  extensions: Extension[];
}

function createCertificate(spec: CertificateSpec): Certificate {
  const cert = forge.pki.createCertificate();
  cert.serialNumber = randomSerialNumber();
  cert.publicKey = spec.keys.forge.publicKey;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.setSubject(spec.subject);
  // Reusing the issuer's own attribute objects keeps the issuer name byte-identical to the
  // root's subject, which is what chain building compares.
  cert.setIssuer(spec.issuer ? spec.issuer.cert.subject.attributes : spec.subject);
  cert.setExtensions(spec.extensions);
  signCertificate(cert, spec.issuer ? spec.issuer.privateKey : spec.keys.privateKey);
  return cert;
}

/** The extensions every certificate the lab root issues carries. */
function endEntityExtensions(root: Certificate): Extension[] {
  return [
    { name: 'basicConstraints', critical: true, cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
    { name: 'subjectKeyIdentifier' },
    // forge's `keyIdentifier: true` would use the *subject's* key id, so pass the root's.
    { name: 'authorityKeyIdentifier', keyIdentifier: root.generateSubjectKeyIdentifier().getBytes() },
  ];
}

function labName(commonName: string): NameAttribute[] {
  return [utf8Attribute('commonName', commonName), utf8Attribute('organizationName', LAB_ORGANIZATION)];
}

function utf8Attribute(name: string, value: string): NameAttribute {
  // forge defaults to PrintableString; RFC 5280 prefers UTF8String, which also survives any
  // character a future service name might bring. (@types/node-forge mistypes this field as
  // an asn1.Class; forge reads it as an asn1.Type.)
  return { name, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as Forge.asn1.Class };
}

/**
 * 16 random bytes, read as a positive DER INTEGER. forge writes the hex as the INTEGER's raw
 * two's-complement content, so a first byte >= 0x80 would make the serial negative (RFC 5280
 * forbids that) and a first byte of 0x00 followed by one < 0x80 would be non-minimal DER
 * (OpenSSL refuses to parse it). Clearing the top bit and never leaving a zero first byte
 * rules out both.
 */
function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) || 0x01;
  return bytes.toString('hex');
}

/**
 * PKCS#12 with 3DES and a SHA-1 MAC: the one layout every Windows version imports (AES-based
 * PFX files fail on older Windows Server builds). forge derives these keys from the password's
 * UTF-16 code units, as Windows does, so non-ASCII passwords round-trip.
 *
 * Do not switch to forge's 'aes256' option: its PBES2 path feeds the password to PBKDF2 as a
 * byte string, truncating every character above U+00FF, so a password like 'Pässwörd€' gives
 * a PFX whose MAC checks out but whose key neither OpenSSL nor Windows can decrypt.
 */
function toPfx(
  keys: KeyPair,
  chain: Certificate[],
  password: string,
  role: 'server' | 'client' | 'management',
): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.forge.privateKey, chain, password, {
    algorithm: '3des',
    // The friendly name is where a person browsing the Windows certificate store sees that
    // this certificate is not a real one.
    friendlyName: `LAB ONLY - ${role} - cmg-setup`,
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function certificateToDer(cert: Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

function addYears(date: Date, years: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

function readmeText(serviceName: string, withManagement: boolean): string {
  const keyFiles = [LAB_FILE_NAMES.server, LAB_FILE_NAMES.client, ...(withManagement ? [LAB_FILE_NAMES.management] : [])];
  const lines = [
    'LAB ONLY - throw-away lab PKI made by cmg-setup',
    '',
    'These files are a throw-away lab PKI that cmg-setup generated for a Cloud Management',
    'Gateway demo. LAB ONLY: never use them in production. Anyone who has this folder and the',
    'password can impersonate the CMG and its clients. Delete the folder when the lab is over.',
    '',
    'Files:',
    '',
    `  ${LAB_FILE_NAMES.root}`,
    '    The lab root CA certificate (no private key). Upload it as the CMG trusted root',
    "    certificate, and import it into each test client's Trusted Root Certification",
    '    Authorities store.',
    '',
    `  ${LAB_FILE_NAMES.server}`,
    `    The CMG server authentication certificate for ${serviceName}, with its private key`,
    '    and the lab root. Use it as the CMG server certificate.',
    '',
    `  ${LAB_FILE_NAMES.client}`,
    '    A client authentication certificate with its private key and the lab root. Import it',
    '    on a test client and on the server that hosts the CMG connection point.',
    '',
    ...(withManagement
      ? [
          `  ${LAB_FILE_NAMES.management}`,
          '    A self-signed Azure management certificate with its private key. Only needed for the',
          '    classic deployment model.',
          '',
        ]
      : []),
    'The lab root publishes no certificate revocation list, so turn off "Verify client',
    'certificate revocation" on the CMG.',
    '',
    'The PFX password is not stored anywhere, not in this folder and not by cmg-setup.',
    '',
    `The private keys are in ${keyFiles.slice(0, -1).join(', ')} and`,
    `${keyFiles.at(-1)}, in this folder. cmg-setup made each readable by the account`,
    'that ran it alone (mode 0600; on Windows an access list that grants that account only). A',
    'copy takes the permissions of the folder it goes to: copy them only where other users',
    'cannot read them.',
    '',
  ];
  return lines.join('\r\n');
}
