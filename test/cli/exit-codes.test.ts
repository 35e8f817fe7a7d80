import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.ts';
import { AzureAuthError, AzureUnavailableError, CancelledError, MissingInputsError, OutputError, UsageError, ValidationFailedError } from '../../src/model/errors.ts';
import { BIN, cliEnv, freshDir, removeDir } from '../support/run-cli.ts';

function named(name: string): Error {
  const error = new Error('prompt ended');
  error.name = name;
  return error;
}

describe('the one exit-code mapping', () => {
  it.each<[string, unknown, number]>([
    ['usage', new UsageError([{ code: 'INPUT_NOT_INTEGER' }]), 2],
    ['missing input', new MissingInputsError(['serviceName']), 2],
    ['output folder in the way', new OutputError('OUTPUT_EXISTS', { path: 'x', complete: 'yes' }), 2],
    ['validation', new ValidationFailedError([]), 3],
    ['Azure sign-in', new AzureAuthError('AZURE_UNAUTHORIZED'), 4],
    ['Azure unavailable', new AzureUnavailableError('AZURE_UNAVAILABLE'), 5],
    ['declined at the confirmation', new CancelledError('declined'), 130],
    ['Ctrl+C in a prompt', named('ExitPromptError'), 130],
    ['aborted prompt', named('AbortPromptError'), 130],
    ['a bug', new TypeError('x is undefined'), 1],
    ['a thrown string', 'boom', 1],
  ])('%s → %i', (_label, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it('has exactly the codes of the contract', () => {
    expect(Object.values(EXIT).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 130]);
  });
});

describe('Ctrl+C during a run', () => {
  it('exits 130 and removes the temporary lab folder of plan --example', async () => {
    const cwd = freshDir();
    // A private TMPDIR: other test files make example labs in the shared one at the same time.
    const privateTmp = freshDir('cmg-cli-tmp-');
    const labFolders = () => readdirSync(privateTmp).filter((name) => name.startsWith('cmg-setup-example-'));
    try {
      // The run then waits on an open stdin for a password, with its temporary lab already made.
      const child = spawn(process.execPath, [BIN, 'plan', '--example', '--server-cert-password-stdin'], { cwd, env: cliEnv({ env: { TMPDIR: privateTmp } }), stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      expect(labFolders()).toHaveLength(1);
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      expect(code).toBe(130);
      expect(stderr).toBe('\nCancelled: nothing was written, and temporary files were removed.\n');
      expect(stdout).toContain('LAB ONLY');
      expect(labFolders()).toEqual([]);
      expect(readdirSync(cwd)).toEqual([]);
    } finally {
      removeDir(cwd);
      removeDir(privateTmp);
    }
  });
});
