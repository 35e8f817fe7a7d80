/**
 * The run's one PFX worker (pfx-decoder.ts), started only when a PFX is opened with a password,
 * or asked early for the one the command line names (cli/pfx-hint.ts). A module of its own,
 * without the certificate readers, so that main.ts can load it at the process's start.
 */
import { createPfxDecoder, type PfxDecoder } from './pfx-decoder.ts';

export const pfxDecoder: PfxDecoder = createPfxDecoder();
