/**
 * The parts of node-forge that reading a public certificate needs: ASN.1, PEM and byte helpers
 * (a few of its files). `import forge from 'node-forge'` brings all of forge, some forty files,
 * which only opening a PFX needs (decode.ts, in the worker; issue 15). Each of these files
 * registers itself on the one forge object (lib/forge.js), so these are the very namespaces the
 * full import gives; forge is bundled (rolldown.config.mjs), so a thread holds one copy of each.
 * Their types: node-forge-lib.d.ts.
 */
export { default as asn1 } from 'node-forge/lib/asn1.js';
export { default as pem } from 'node-forge/lib/pem.js';
export { default as util } from 'node-forge/lib/util.js';
