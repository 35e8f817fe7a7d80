/**
 * The bounds on a certificate file (reliability.md ), in a module of their own so that the
 * reader (read.ts) can check a file's size before node-forge is loaded.
 */

/** Real certificate files are a few KiB; a PFX with a long chain stays far below this. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Windows writes 2,000 iterations, OpenSSL 3 2,048, Java 10,000. Natively (native-kdf.ts) 100,000
 * rounds take some 50 ms; an input left to forge's pure JavaScript (a password beyond U+00FF, an
 * odd digest) about 1 s, and a file may ask for several derivations.
 */
export const MAX_ITERATIONS = 100_000;
/** The wall-clock limit on one key derivation in the worker (pfx-decoder.ts). */
export const DECODE_TIMEOUT_MS = 10_000;
