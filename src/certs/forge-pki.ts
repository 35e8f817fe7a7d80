/**
 * The parts of node-forge that opening and making certificates and PFX files need: PKI,
 * PKCS#12 and PBE, the digests and ciphers they name, and the byte helpers (pkcs12.js and pki.js
 * require the rest of what they use: ASN.1, OIDs, RSA, X.509, HMAC, PBKDF2, random).
 *
 * `import forge from 'node-forge'` (index.js) also runs TLS, SSH, Ed25519, KEM, PKCS#7 and a
 * logger, which nothing here uses; the PFX worker loaded and initialised all of them at each start
 * (tls.js alone ran 2 ms of its PRF at load; issue 15). Each file registers itself on the one forge
 * object (lib/forge.js), so this is the same object the full import gives, with fewer namespaces;
 * its type is the package's. forge-parts.ts is the smaller set that reading a public certificate needs.
 */
import forge from 'node-forge/lib/forge.js';
import 'node-forge/lib/pki.js';
import 'node-forge/lib/pkcs12.js';
import 'node-forge/lib/pbe.js';
import 'node-forge/lib/md5.js';
import 'node-forge/lib/sha1.js';
import 'node-forge/lib/sha256.js';
// SHA-384 and the SHA-512/t digests are in this file too (forge.md.sha384, forge.md['sha512/256']).
import 'node-forge/lib/sha512.js';
import 'node-forge/lib/aes.js';
import 'node-forge/lib/des.js';
import 'node-forge/lib/rc2.js';

export default forge as unknown as typeof import('node-forge');
