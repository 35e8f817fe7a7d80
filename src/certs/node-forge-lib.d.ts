// @types/node-forge types only the package's root; each of these files exports that namespace of
// the one forge object (node-forge/lib/asn1.js: `module.exports = forge.asn1`), which
// forge-parts.ts imports alone.
declare module 'node-forge/lib/asn1.js' {
  const asn1: typeof import('node-forge').asn1;
  export default asn1;
}
declare module 'node-forge/lib/pem.js' {
  const pem: typeof import('node-forge').pem;
  export default pem;
}
declare module 'node-forge/lib/util.js' {
  const util: typeof import('node-forge').util;
  export default util;
}
// lib/forge.js exports the forge object itself, on which every other file registers its namespace
// (forge-pki.ts); the files imported for that alone export nothing forge-pki.ts reads.
declare module 'node-forge/lib/forge.js' {
  const forge: object;
  export default forge;
}
declare module 'node-forge/lib/pki.js';
declare module 'node-forge/lib/pkcs12.js';
declare module 'node-forge/lib/pbe.js';
declare module 'node-forge/lib/md5.js';
declare module 'node-forge/lib/sha1.js';
declare module 'node-forge/lib/sha256.js';
declare module 'node-forge/lib/sha512.js';
declare module 'node-forge/lib/aes.js';
declare module 'node-forge/lib/des.js';
declare module 'node-forge/lib/rc2.js';
