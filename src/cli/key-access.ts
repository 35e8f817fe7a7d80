import { ownerOnly, type OwnerOnly } from '../output/owner-only.ts';
import { runProgram } from '../output/run-program.ts';
import type { CommandIO } from './io.ts';

/**
 * How this command's private key files are kept to the current user (src/output/owner-only.ts):
 * the IO's platform and program runner, so a test on Linux takes the Windows path with a fake icacls.
 */
export function ownerOnlyFor(io: Pick<CommandIO, 'platform' | 'runProgram' | 'env'>): OwnerOnly {
  return ownerOnly({ platform: io.platform, env: io.env, run: io.runProgram ?? runProgram });
}
