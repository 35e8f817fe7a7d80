import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors.ts';
import { Secret } from './secret.ts';

export type SecretRequest = { from: 'stdin' } | { from: 'file'; path: string } | { from: 'env'; name: string } | { from: 'prompt' };

const MAX_SECRET_BYTES = 64 * 1024;

/** The form the answers file uses for a secret: where it comes from, never the value. */
export function parseSecretSource(text: string): SecretRequest | undefined {
  if (text === 'stdin') return { from: 'stdin' };
  if (text === 'prompt') return { from: 'prompt' };
  if (text.startsWith('env:') && /^env:[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return { from: 'env', name: text.slice(4) };
  if (text.startsWith('file:') && text.length > 5) return { from: 'file', path: text.slice(5) };
  return undefined;
}

/** Like gh and openssl's file: source: one trailing line break is not part of the secret; spaces are. */
function clean(text: string, key: string): string {
  if (text.includes('\u0000')) throw new UsageError([{ code: 'SECRET_HAS_NUL', input: key }]);
  return text.replace(/\r?\n$/, '');
}

export async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_SECRET_BYTES) break;
    chunks.push(buffer);
  }
  if (size > MAX_SECRET_BYTES) throw new UsageError([{ code: 'SECRET_TOO_LARGE', params: { max: MAX_SECRET_BYTES } }]);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readSecret(key: string, request: Exclude<SecretRequest, { from: 'prompt' }>, io: { stdin: Readable; env: NodeJS.ProcessEnv }): Promise<Secret> {
  switch (request.from) {
    case 'stdin': {
      const text = await readStdin(io.stdin);
      // Nothing at all on stdin means nothing was piped; an empty password is a line break.
      if (text.length === 0) throw new UsageError([{ code: 'SECRET_STDIN_EMPTY', input: key }]);
      return new Secret(clean(text, key), 'stdin');
    }
    case 'file': {
      let text: string;
      try {
        const bytes = readFileSync(request.path);
        if (bytes.length > MAX_SECRET_BYTES) throw new UsageError([{ code: 'SECRET_TOO_LARGE', input: key, params: { max: MAX_SECRET_BYTES } }]);
        text = bytes.toString('utf8');
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError([{ code: 'SECRET_FILE_UNREADABLE', input: key, params: { path: request.path, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' } }]);
      }
      return new Secret(clean(text, key), `file:${request.path}`);
    }
    case 'env': {
      const value = io.env[request.name];
      if (value === undefined) throw new UsageError([{ code: 'SECRET_ENV_MISSING', input: key, params: { name: request.name } }]);
      return new Secret(clean(value, key), `env:${request.name}`);
    }
  }
}
