// node-forge's own modules, imported one by one (forge-parts.ts); @types/node-forge types only the
// package's root, whose namespaces these are.
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
