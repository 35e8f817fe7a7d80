/**
 * The parts of node-forge that reading a public certificate needs: ASN.1, PEM and byte helpers
 * (five of its files). `import forge from 'node-forge'` loads all of forge, some forty files and
 * about 35 ms (issue 15), which only opening a PFX needs (decode.ts, in the worker). Each of
 * these files registers itself on the one forge object, so these are the very namespaces the
 * full import gives.
 *
 * Loaded with require, not import: an ESM import of a CommonJS file makes Node scan its source
 * for export names (cjs-module-lexer), some 25 ms for util.js and asn1.js on every start.
 */
import { createRequire } from 'node:module';
import type forge from 'node-forge';

const require = createRequire(import.meta.url);

export const asn1 = require('node-forge/lib/asn1') as typeof forge.asn1;
export const pem = require('node-forge/lib/pem') as typeof forge.pem;
export const util = require('node-forge/lib/util') as typeof forge.util;
