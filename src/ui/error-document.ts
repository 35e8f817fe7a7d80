/**
 * With --json, stdout holds one JSON document whatever happens: the plan or report when the
 * command got that far, otherwise this one, naming the error as the human message on stderr does.
 * A pipeline can then always `JSON.parse` stdout and read `exitCode` and `error.code`.
 */
import { AzureAuthError, AzureUnavailableError, CancelledError, isPromptCancellation, MissingInputsError, OutputError, UsageError, ValidationFailedError } from '../model/errors.ts';
import { envName, flagName, secretFlags, type FindInput } from '../model/inputs.ts';
import { codeText } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import { CANCELLED_CODE } from './notice.ts';
import { renderError } from './render.ts';

/** The code of an internal error, whose text is a ui line (renderError says it) rather than a catalogue code. */
const INTERNAL_CODE = 'INTERNAL_ERROR';

export type ErrorKind = 'usage' | 'missing-inputs' | 'output' | 'validation' | 'azure-auth' | 'azure-unavailable' | 'cancelled' | 'internal';

export interface ErrorProblem {
  code: string;
  input?: string;
  flags?: string[];
  env?: string;
  message: string;
}

export interface ErrorDocument {
  schemaVersion: 1;
  command: string;
  ok: false;
  exitCode: number;
  error: { kind: ErrorKind; code: string; message: string; problems: ErrorProblem[] };
}

/** A problem of the command line as commander reports it (unknown option, missing value...). */
export class CommandLineProblem {
  constructor(readonly detail: string) {}
}

function flagsOf(key: string, findInput: FindInput): string[] {
  const spec = findInput(key);
  if (spec?.kind === 'secret') return Object.values(secretFlags(key));
  return [flagName(key)];
}

function describe(error: unknown, lang: Lang, findInput: FindInput): { kind: ErrorKind; code: string; problems: ErrorProblem[] } {
  if (error instanceof CommandLineProblem) return { kind: 'usage', code: 'COMMAND_LINE_INVALID', problems: [{ code: 'COMMAND_LINE_INVALID', message: codeText(lang, 'COMMAND_LINE_INVALID', { detail: error.detail }) }] };
  if (error instanceof MissingInputsError) {
    const problems = error.keys.map((key) => ({ code: 'INPUTS_MISSING', input: key, flags: flagsOf(key, findInput), env: envName(key), message: codeText(lang, 'INPUTS_MISSING', { count: 1, keys: key }) }));
    return { kind: 'missing-inputs', code: 'INPUTS_MISSING', problems };
  }
  if (error instanceof UsageError) {
    const problems = error.problems.map((problem) => ({ code: problem.code, ...(problem.input ? { input: problem.input } : {}), message: codeText(lang, problem.code, problem.params) }));
    return { kind: 'usage', code: error.problems[0]?.code ?? 'USAGE', problems };
  }
  if (error instanceof OutputError) return { kind: 'output', code: error.code, problems: [{ code: error.code, message: codeText(lang, error.code, error.params) }] };
  if (error instanceof AzureAuthError) return { kind: 'azure-auth', code: error.code, problems: [{ code: error.code, message: codeText(lang, error.code, error.params) }] };
  if (error instanceof AzureUnavailableError) return { kind: 'azure-unavailable', code: error.code, problems: [{ code: error.code, message: codeText(lang, error.code, error.params) }] };
  if (error instanceof ValidationFailedError) {
    const problems = error.findings.filter((finding) => finding.severity === 'error').map((finding) => ({ code: finding.code, ...(finding.input ? { input: finding.input } : {}), message: codeText(lang, finding.code, finding.params) }));
    return { kind: 'validation', code: problems[0]?.code ?? 'VALIDATION_FAILED', problems };
  }
  if (error instanceof CancelledError || isPromptCancellation(error)) return { kind: 'cancelled', code: CANCELLED_CODE, problems: [] };
  return { kind: 'internal', code: INTERNAL_CODE, problems: [] };
}

export function errorDocument(error: unknown, options: { lang: Lang; command: string; exitCode: number; findInput: FindInput }): ErrorDocument {
  const { kind, code, problems } = describe(error, options.lang, options.findInput);
  const message = error instanceof CommandLineProblem ? codeText(options.lang, 'COMMAND_LINE_INVALID', { detail: error.detail }) : error instanceof MissingInputsError ? codeText(options.lang, 'INPUTS_MISSING', { count: error.keys.length, keys: error.keys.join(', ') }) : renderError(error, options.lang, options.findInput);
  return { schemaVersion: 1, command: options.command, ok: false, exitCode: options.exitCode, error: { kind, code, message, problems } };
}
