/**
 * What a command line says about the PFX files the run will open with their password, read
 * before commander and the program load (issue 15), so that the PFX worker's work starts on the
 * second core while this thread loads the program and reads the answers:
 * - `worker`: a PFX will likely be opened, so the worker starts now (certs/decode-worker-start.ts);
 * - `prefetch`: the PFX files and passwords the command line names, read now, whose decode can
 *   be asked for now (certs/pfx-decoder.ts prefetch()).
 *
 * Only a hint. A wrong "yes" costs a worker that starts and is never asked anything, or a decode
 * nobody takes (both unref'd, ended with the process); a wrong "no" costs what every run paid
 * before, the worker started at the first PFX. A prefetched decode is used only by a decode of
 * the same bytes with the same password, so what is read here never decides anything: the
 * wizard reads the file and the password itself, with its own rules and messages, and the
 * decoder alone decides what a file is (reliability.md ). Every read here is bounded as the
 * wizard's are, and never blocks (readRegularFile: no FIFO, no device, a size cap); a file that
 * cannot be read, a password from standard input or a prompt, is no prefetch.
 */
import { dirname, isAbsolute, join, resolve, win32 } from 'node:path';
import { readRegularFile } from '../files/read-regular-file.ts';
import { envName, flagName, secretFlags } from '../model/inputs.ts';
import { parseSecretSource, readSecretNow, type SecretRequest } from '../wizard/secrets.ts';
import { commandPath, hasFlag, optionValue } from './argv.ts';

/** The inputs that name a PKCS#12 file, with their password's input (steps/server-certificate and steps/azure declarations). */
const PFX_INPUTS = [
  { path: 'serverCertPath', password: 'serverCertPassword' },
  { path: 'managementCertPath', password: 'managementCertPassword' },
] as const;

/** An answers file is a few KB; one bigger than this is left to the wizard's own reading and its limits. */
const ANSWERS_HINT_BYTES = 256 * 1024;

/** The bound the decoder puts on a certificate file (certs/decode-limits.ts MAX_FILE_BYTES, restated: that module is not loaded this early). */
const PFX_HINT_BYTES = 1024 * 1024;

const PFX_NAME = /\.(?:pfx|p12)$/i;

export interface PfxPrefetch {
  bytes: Uint8Array;
  password: string;
}

export interface PfxHint {
  worker: boolean;
  prefetch: PfxPrefetch[];
}

/** A key of the answers file: whether it has a value, and that value when it is written plainly. */
interface AnswersEntry {
  given: boolean;
  /** Absent when the value is not that simple (a quoted value with an escape, a block): the wizard's YAML reading decides. */
  value?: string;
}

/** A key's value as it is written on its line, in YAML (a block mapping) or JSON (indented keys). */
function answersEntry(text: string, key: string): AnswersEntry {
  const line = new RegExp(`^[ \\t]*["']?${key}["']?[ \\t]*:[ \\t]*(.*?)[ \\t]*,?[ \\t]*$`, 'm').exec(text)?.[1];
  if (line === undefined) return { given: false };
  const quoted = /^(["'])([^"'\\]*)\1(?:\s+#.*)?$/.exec(line);
  if (quoted) return { given: true, value: quoted[2] as string };
  if (/^["']/.test(line)) return { given: true };
  const plain = line.replace(/\s+#.*$/, '');
  return /^(?:|null|Null|NULL|~)$/.test(plain) ? { given: false } : { given: true, value: plain };
}

interface AnswersText {
  text: string;
  /** Relative paths in the file are read from its folder (wizard/answers-file.ts). */
  baseDir: string;
}

function readAnswers(args: readonly string[]): AnswersText | undefined {
  const path = optionValue(args, '--answers');
  if (path === undefined) return undefined;
  // readRegularFile never blocks on a FIFO or a device: `--answers /dev/stdin` is no hint.
  const read = readRegularFile(path, ANSWERS_HINT_BYTES);
  return read.ok ? { text: read.bytes.toString('utf8'), baseDir: dirname(resolve(path)) } : undefined;
}

const fromFolder = (path: string, baseDir: string): string => (isAbsolute(path) || win32.isAbsolute(path) ? path : join(baseDir, path));

/** The password's source as the wizard picks it (wizard/resolve.ts secretRequest): its flags, its variable, the answers file. */
function passwordRequest(key: string, args: readonly string[], env: NodeJS.ProcessEnv, answers: AnswersText | undefined): SecretRequest | undefined {
  const flags = secretFlags(key);
  const file = optionValue(args, flags.file);
  if (file !== undefined) return { from: 'file', path: file };
  const name = optionValue(args, flags.env);
  if (name !== undefined) return { from: 'env', name };
  if (hasFlag(args, flags.stdin)) return { from: 'stdin' };
  if (env[envName(key)] !== undefined) return { from: 'env', name: envName(key) };
  const given = answers && answersEntry(answers.text, key).value;
  const request = given === undefined ? undefined : parseSecretSource(given);
  return request?.from === 'file' ? { from: 'file', path: fromFolder(request.path, answers!.baseDir) } : request;
}

/** The file's bytes and the password, when both can be read now; else nothing. The decoder prefetches only bytes that start like a PFX. */
function prefetchOf(path: string | undefined, key: string, request: SecretRequest | undefined, env: NodeJS.ProcessEnv): PfxPrefetch[] {
  if (path === undefined || (request?.from !== 'file' && request?.from !== 'env')) return [];
  const read = readRegularFile(path, PFX_HINT_BYTES);
  if (!read.ok) return [];
  try {
    return [{ bytes: read.bytes, password: readSecretNow(key, request, env).reveal() }];
  } catch {
    return []; // the wizard reads it again and says what is wrong
  }
}

/** `cert inspect x.pfx --password-env NAME` (or --password-file). */
function inspectHint(args: readonly string[], env: NodeJS.ProcessEnv): PfxHint {
  const files = args.filter((arg) => PFX_NAME.test(arg));
  if (files.length === 0) return { worker: false, prefetch: [] };
  return { worker: true, prefetch: prefetchOf(files[0], 'password', passwordRequest('password', args, {}, undefined), env) };
}

/** `plan` and the wizard: the PFX inputs by flag, variable or answers file, each with its password. */
function wizardHint(args: readonly string[], env: NodeJS.ProcessEnv): PfxHint {
  // --example opens the lab's server certificate it has just made, with a password it made.
  if (hasFlag(args, '--example')) return { worker: true, prefetch: [] };
  const answers = readAnswers(args);
  const named = PFX_INPUTS.flatMap(({ path, password }) => {
    const flagged = optionValue(args, flagName(path)) ?? env[envName(path)];
    if (flagged !== undefined) return flagged === '' ? [] : [{ file: flagged, password }];
    const entry: AnswersEntry = answers ? answersEntry(answers.text, path) : { given: false };
    if (!entry.given) return [];
    return [{ file: entry.value === undefined ? undefined : fromFolder(entry.value, answers!.baseDir), password }];
  });
  return {
    worker: named.length > 0,
    prefetch: named.flatMap(({ file, password }) => prefetchOf(file, password, passwordRequest(password, args, env, answers), env)),
  };
}

/** What `args` (the command line after node and the script) says of the PFX files the run will open. */
export function pfxHint(args: readonly string[], env: NodeJS.ProcessEnv): PfxHint {
  const command = commandPath(args);
  if (command === 'cert inspect') return inspectHint(args, env);
  if (command === 'run' || command === 'plan') return wizardHint(args, env);
  return { worker: false, prefetch: [] };
}
