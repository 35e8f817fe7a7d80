/**
 * src/output/run-program.ts, the real runner (the Windows tests run it under Wine for icacls and
 * whoami): its exit code and both streams, a program that is not there, one that overruns its time.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/output/run-program.ts';

describe('runProgram', () => {
  it('gives the exit code and both streams, arguments passed as they are (no shell)', () => {
    expect(runProgram('/bin/sh', ['-c', 'printf "%s|" "$@"; echo err >&2; exit 3', 'sh', 'a b', '$HOME', '*'], 10_000)).toEqual({ status: 3, stdout: 'a b|$HOME|*|', stderr: 'err\n' });
  });

  it('a program that is not there: no status, ENOENT', () => {
    expect(runProgram('/nonexistent/icacls.exe', [], 10_000)).toMatchObject({ status: null, error: 'ENOENT', stdout: '', stderr: '' });
  });

  it('a program that overruns its time is stopped: no status, ETIMEDOUT', () => {
    expect(runProgram('/bin/sh', ['-c', 'sleep 30'], 200)).toMatchObject({ status: null, error: 'ETIMEDOUT' });
  });
});
