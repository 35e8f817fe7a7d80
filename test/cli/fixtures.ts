/** Inputs shared by the end-to-end tests: valid values (from src/wizard/example.ts), as files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contosoAnswers } from '../../src/wizard/example.ts';

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

/** The eight step ids, in order: a contract (files, JSON and resume state use them). */
export const STEP_IDS = ['server-certificate', 'client-root', 'azure', 'gateway', 'site', 'connection-point', 'roles', 'clients'] as const;
