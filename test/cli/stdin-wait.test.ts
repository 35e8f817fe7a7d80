import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { STDIN_WAIT_MS, stdinWaitMs } from '../../src/cli/stdin-wait.ts';
import { UsageError } from '../../src/model/errors.ts';
import { readSecret } from '../../src/wizard/secrets.ts';

// The bound on --<name>-stdin (issue 9, point 2): src/cli/stdin-wait.ts decides it, readSecret applies it.

describe('stdinWaitMs', () => {
  it('10 s without a person at the terminal; none when one can answer (Ctrl+D ends the input)', () => {
    expect(STDIN_WAIT_MS).toBe(10_000);
    expect(stdinWaitMs({ canPrompt: false }, {})).toBe(10_000);
    expect(stdinWaitMs({ canPrompt: true }, {})).toBeUndefined();
    expect(stdinWaitMs({ canPrompt: true }, { CMG_SETUP_STDIN_TIMEOUT_MS: '5' })).toBeUndefined();
  });

  it('CMG_SETUP_STDIN_TIMEOUT_MS (test-only) shortens it; nonsense is ignored', () => {
    expect(stdinWaitMs({ canPrompt: false }, { CMG_SETUP_STDIN_TIMEOUT_MS: '250' })).toBe(250);
    for (const value of ['0', '-1', 'abc', '1.5', '']) expect(stdinWaitMs({ canPrompt: false }, { CMG_SETUP_STDIN_TIMEOUT_MS: value }), value).toBe(10_000);
  });
});

describe('readSecret from stdin with a bound', () => {
  it('a stream that never ends: SECRET_STDIN_TIMEOUT naming the three flags of the secret, and the stream is let go', async () => {
    const stdin = new PassThrough();
    stdin.write('partial');
    const error = await readSecret('serverCertPassword', { from: 'stdin' }, { stdin, env: {}, stdinTimeoutMs: 20 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problems).toEqual([
      { code: 'SECRET_STDIN_TIMEOUT', input: 'serverCertPassword', params: { flag: '--server-cert-password-stdin', fileFlag: '--server-cert-password-file', envFlag: '--server-cert-password-env', seconds: 0 } },
    ]);
    expect(stdin.destroyed).toBe(true);
  });

  it('a stream that ends in time is read as before; no bound waits for ever', async () => {
    expect((await readSecret('password', { from: 'stdin' }, { stdin: Readable.from([Buffer.from('pw\n')]), env: {}, stdinTimeoutMs: 5_000 })).reveal()).toBe('pw');
    const late = new PassThrough();
    setTimeout(() => late.end('late\n'), 30);
    expect((await readSecret('password', { from: 'stdin' }, { stdin: late, env: {} })).reveal()).toBe('late');
  });
});
