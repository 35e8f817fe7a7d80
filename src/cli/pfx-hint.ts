/**
 * Whether a command line is about to open a PFX, read before commander and the program load, so
 * that the PFX worker can start on the second core meanwhile (certs/decode-worker-start.ts).
 *
 * Only a hint: a wrong "yes" costs a worker that starts and is never asked anything (it is
 * unref'd and ends with the process); a wrong "no" costs what every run paid before, the worker
 * started at the first PFX. The decoder alone decides what a file is (reliability.md ).
 */
import { readRegularFile } from '../files/read-regular-file.ts';
import { envName, flagName } from '../model/inputs.ts';
import { commandPath, hasFlag, optionValue } from './argv.ts';

/** The inputs that name a PKCS#12 file (steps/server-certificate and steps/azure declarations). */
const PFX_INPUTS = ['serverCertPath', 'managementCertPath'] as const;

/** An answers file is a few KB; one bigger than this is left to the wizard's own reading and its limits. */
const ANSWERS_HINT_BYTES = 256 * 1024;

/** A YAML or JSON key of a PFX input with a value on its line (`null`, `~` and nothing are no file). */
const PFX_KEY_IN_ANSWERS = new RegExp(`^\\s*["']?(?:${PFX_INPUTS.join('|')})["']?\\s*:\\s*(?!null\\b|~|$)\\S`, 'm');

function answersNameAPfx(path: string): boolean {
  // readRegularFile never blocks on a FIFO or a device: `--answers /dev/stdin` is no hint.
  const read = readRegularFile(path, ANSWERS_HINT_BYTES);
  return read.ok && PFX_KEY_IN_ANSWERS.test(read.bytes.toString('utf8'));
}

/** True when `args` (the command line after node and the script) will likely open a PFX with its password. */
export function namesAPfx(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const command = commandPath(args);
  // `cert inspect server.pfx`: the operand's extension is enough for a hint.
  if (command === 'cert inspect') return args.some((arg) => /\.(?:pfx|p12)$/i.test(arg));
  if (command !== 'run' && command !== 'plan') return false;
  // --example opens the lab's server certificate it has just made.
  if (hasFlag(args, '--example')) return true;
  if (PFX_INPUTS.some((key) => optionValue(args, flagName(key)) || env[envName(key)])) return true;
  const answers = optionValue(args, '--answers');
  return answers !== undefined && answersNameAPfx(answers);
}
