/** Inputs shared by the end-to-end tests: valid values (from src/wizard/example.ts), as files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { contosoAnswers } from '../../src/wizard/example.ts';
import { freshDir, removeDir, runCli } from '../support/run-cli.ts';

const { serverCertPath: _server, clientRootCerts: _roots, ...contoso } = contosoAnswers('vmss', 'public', { root: '', server: '', management: '' });

/**
 * A complete, valid vmss answers set without a server certificate (so no file is needed): the
 * Contoso answers (src/wizard/example.ts, the one valid answer set) without certificate files,
 * every client rollout form, and a description of its own.
 */
export const VALID_ANSWERS: Readonly<Record<string, unknown>> = {
  ...contoso,
  description: 'Contoso CMG (end-to-end test)',
  clientRollout: ['script', 'configmgr-baseline', 'gpo', 'intune'],
};

/** Writes `answers` (YAML) into `dir` and returns the file name, relative to `dir`. */
export function writeAnswers(dir: string, answers: Readonly<Record<string, unknown>>, name = 'answers.yaml'): string {
  writeFileSync(join(dir, name), stringify(answers));
  return name;
}

/** Every input answered (defaults written out, optional questions answered "none"), by the CLI itself: the --save-answers file of a plan of VALID_ANSWERS (build first). */
export async function completeAnswers(): Promise<Record<string, unknown>> {
  const cwd = freshDir();
  try {
    writeAnswers(cwd, VALID_ANSWERS);
    const saved = await runCli(['plan', '--answers', 'answers.yaml', '--yes', '--save-answers', 'complete.yaml'], { cwd });
    expect(saved.code).toBe(0);
    return parse(readFileSync(join(cwd, 'complete.yaml'), 'utf8')) as Record<string, unknown>;
  } finally {
    removeDir(cwd);
  }
}

/** The eight step ids, in order: a contract (files, JSON and resume state use them). */
export const STEP_IDS = ['server-certificate', 'client-root', 'azure', 'gateway', 'site', 'connection-point', 'roles', 'clients'] as const;
