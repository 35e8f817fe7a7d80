import type { Readable } from 'node:stream';
import { UsageError } from '../model/errors.ts';
import { readRegularFile } from '../files/read-regular-file.ts';
import { secretFlags } from '../model/inputs.ts';
import { Secret } from '../model/secret.ts';

export type SecretRequest = { from: 'stdin' } | { from: 'file'; path: string } | { from: 'env'; name: string } | { from: 'prompt' };

const MAX_SECRET_BYTES = 64 * 1024;

/** What every shell and Windows accept as a variable name (and the answers-file schema's env: form). */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * The names cmg-setup repeats in a message: the conventional upper-case form (CMG_SERVER_CERT_PASSWORD,
 * PFX_PASSWORD). A name outside it may be the secret typed into the wrong place (`--x-env hunter2`),
 * so an unset one is reported without its name.
 */
const CONVENTIONAL_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** The form the answers file uses for a secret: where it comes from, never the value. */
export function parseSecretSource(text: string): SecretRequest | undefined {
  if (text === 'stdin') return { from: 'stdin' };
  if (text === 'prompt') return { from: 'prompt' };
  if (text.startsWith('env:') && VARIABLE_NAME.test(text.slice(4))) return { from: 'env', name: text.slice(4) };
  if (text.startsWith('file:') && text.length > 5) return { from: 'file', path: text.slice(5) };
  return undefined;
}

/** Like gh and openssl's file: source: one trailing line break is not part of the secret; spaces are. */
function clean(text: string, key: string): string {
  if (text.includes('\u0000')) throw new UsageError([{ code: 'SECRET_HAS_NUL', input: key }]);
  return text.replace(/\r?\n$/, '');
}

class StdinTimeout extends Error {}
class StdinTooLarge extends Error {}

/**
 * Standard input to its end. `timeoutMs` bounds the wait for that end: a pipe that is never
 * closed (a CI runner's stdin) would otherwise hold the run forever. Undefined: no bound.
 */
export function readStdin(stdin: Readable, timeoutMs?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: Error | string) => {
      clearTimeout(timer);
      stdin.off('data', onData).off('end', onEnd).off('error', onError);
      if (typeof outcome === 'string') return resolve(outcome);
      // Nothing more is read from it; destroyed, it no longer keeps the process alive.
      stdin.destroy();
      reject(outcome);
    };
    const onData = (chunk: unknown) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > MAX_SECRET_BYTES) return finish(new StdinTooLarge());
      chunks.push(buffer);
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString('utf8'));
    const onError = (error: Error) => finish(error);
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => finish(new StdinTimeout()), timeoutMs);
    stdin.on('data', onData).once('end', onEnd).once('error', onError);
  });
}

async function fromStdin(key: string, stdin: Readable, timeoutMs: number | undefined): Promise<Secret> {
  let text: string;
  try {
    text = await readStdin(stdin, timeoutMs);
  } catch (error) {
    if (error instanceof StdinTooLarge) throw new UsageError([{ code: 'SECRET_TOO_LARGE', input: key, params: { max: MAX_SECRET_BYTES } }]);
    if (error instanceof StdinTimeout) {
      const flags = secretFlags(key);
      throw new UsageError([{ code: 'SECRET_STDIN_TIMEOUT', input: key, params: { flag: flags.stdin, fileFlag: flags.file, envFlag: flags.env, seconds: Math.round((timeoutMs ?? 0) / 100) / 10 } }]);
    }
    throw error;
  }
  // Nothing at all on stdin means nothing was piped; an empty password is a line break.
  if (text.length === 0) throw new UsageError([{ code: 'SECRET_STDIN_EMPTY', input: key }]);
  return new Secret(clean(text, key), 'stdin');
}

/**
 * A path that leads nowhere may be the secret itself, typed where the path belongs: it is not
 * repeated. A path where something exists (a folder, a pipe, a file without read permission) is
 * clearly a path, and is named.
 */
function fromFile(key: string, path: string): Secret {
  const read = readRegularFile(path, MAX_SECRET_BYTES);
  if (!read.ok) {
    if (read.reason === 'missing') throw new UsageError([{ code: 'SECRET_FILE_MISSING', input: key }]);
    if (read.reason === 'not-a-file') throw new UsageError([{ code: 'SECRET_FILE_NOT_A_FILE', input: key, params: { path } }]);
    if (read.reason === 'too-large') throw new UsageError([{ code: 'SECRET_TOO_LARGE', input: key, params: { max: MAX_SECRET_BYTES } }]);
    throw new UsageError([{ code: 'SECRET_FILE_UNREADABLE', input: key, params: { path, reason: read.errno } }]);
  }
  return new Secret(clean(read.bytes.toString('utf8'), key), `file:${path}`);
}

/** The same rule for a variable name: repeated only when it is one, and a conventional one. */
function fromEnv(key: string, name: string, env: NodeJS.ProcessEnv): Secret {
  if (!VARIABLE_NAME.test(name)) throw new UsageError([{ code: 'SECRET_ENV_NAME_INVALID', input: key }]);
  const value = env[name];
  if (value === undefined) throw new UsageError([{ code: 'SECRET_ENV_MISSING', input: key, params: { name: CONVENTIONAL_NAME.test(name) ? name : '' } }]);
  return new Secret(clean(value, key), `env:${name}`);
}

export interface SecretIo {
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** How long --<name>-stdin waits for the end of its input; undefined: as long as it takes (a person at the terminal). */
  stdinTimeoutMs?: number | undefined;
}

export async function readSecret(key: string, request: Exclude<SecretRequest, { from: 'prompt' }>, io: SecretIo): Promise<Secret> {
  switch (request.from) {
    case 'stdin':
      return fromStdin(key, io.stdin, io.stdinTimeoutMs);
    case 'file':
      return fromFile(key, request.path);
    case 'env':
      return fromEnv(key, request.name, io.env);
  }
}
