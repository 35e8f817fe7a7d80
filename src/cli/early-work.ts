/**
 * The work a run can start before it loads its program (issue 15): main.ts calls it first, with
 * nothing but its own small chunks loaded (not commander), so that the work runs on the second core (the PFX
 * worker) or the thread pool (RSA keys) while this thread loads commander, the program and the
 * catalogue, and reads the answers.
 * - A PFX the command line names: the worker starts (cli/pfx-hint.ts, certs/decode-worker-start.ts).
 * - `cert request`, `cert lab` and the --example lab: their RSA keys (certs/early-keys.ts).
 *
 * What is started here is only ever taken by the command that asks for the same thing; nothing
 * started here decides anything, and a run never waits for work it did not take: it ends once its
 * output is written (main.ts).
 */
import type { ModulusLength } from '../certs/early-keys.ts';
import { envName } from '../model/inputs.ts';
import { commandPath, hasFlag, optionValue } from './argv.ts';
import { namesAPfx } from './pfx-hint.ts';

export interface Keys {
  modulusLength: ModulusLength;
  count: number;
}

/**
 * The keys the command will make: `cert request` one of its --key-size; a lab (`cert lab`, and
 * `plan`/the wizard with --example) root, server and client, and the classic model's management
 * certificate (certs/lab.ts).
 */
export function keysToMake(args: readonly string[], env: NodeJS.ProcessEnv): Keys | undefined {
  const command = commandPath(args);
  if (command === 'cert request') return { modulusLength: optionValue(args, '--key-size') === '4096' ? 4096 : 2048, count: 1 };
  const lab = command === 'cert lab' || ((command === 'plan' || command === 'run') && hasFlag(args, '--example'));
  if (!lab) return undefined;
  // `cert lab` reads only its flag; the wizard's model may come from the environment too.
  const model = optionValue(args, '--model') ?? (command === 'cert lab' ? undefined : env[envName('model')]);
  return { modulusLength: 2048, count: model === 'classic' ? 4 : 3 };
}

/** Starts what the command line says the run will need. Never throws: a run that finds nothing started does the work itself. */
export async function startEarlyWork(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    if (namesAPfx(args, env)) (await import('../certs/decode-worker-start.ts')).prestartDecodeWorker();
    const keys = keysToMake(args, env);
    if (keys) {
      (await import('../certs/early-keys.ts')).prestartRsaKeys(keys.modulusLength, keys.count);
    }
  } catch {
    // Only time is lost: the command reads its files and makes its keys itself.
  }
}
