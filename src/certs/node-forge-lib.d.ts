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
