/**
 * The parts of node-forge that reading a public certificate needs: ASN.1, PEM and byte helpers
 * (five of its files). `import forge from 'node-forge'` loads all of forge, some forty files and
 * about 35 ms (issue 15), which only opening a PFX needs (decode.ts, in the worker). Each of
 * these files registers itself on the one forge object, so these are the very namespaces the
 * full import gives.
 */
import asn1 from 'node-forge/lib/asn1.js';
import pem from 'node-forge/lib/pem.js';
import util from 'node-forge/lib/util.js';

export { asn1, pem, util };
