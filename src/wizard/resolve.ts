import type { Readable } from 'node:stream';
import { MissingInputsError, UsageError, type UsageProblem } from '../model/errors.ts';
import type { StepId } from '../model/step-id.ts';
import type { AnswerKey, Answers, PartialAnswers } from '../model/answers.ts';
import { pathFromAnswersFile, type AnswersFile } from './answers-file.ts';
import { coerce } from './coerce.ts';
import { error, warning, type Finding, type Problem } from '../model/findings.ts';
import { commandLineOnlyProblem, defaultOf, envName, isRelevant, isRequired, type AnyInputSpec } from '../model/inputs.ts';
import type { Prompter } from './prompter-port.ts';
import { Secret } from '../model/secret.ts';
import { parseSecretSource, readSecret, type SecretRequest } from './secrets.ts';
import type { Resolution, ValueSource } from '../model/plan.ts';

export type PathFacts = (path: string) => 'file' | 'missing' | 'other';

export interface ResolveOptions {
  specs: readonly AnyInputSpec[];
  /** Values given on the command line, by answer key (commander's raw values). */
  flags: ReadonlyMap<string, unknown>;
  /** --<secret>-stdin / -file / -env, by answer key. */
  secretFlags: ReadonlyMap<string, SecretRequest>;
  env: NodeJS.ProcessEnv;
  answersFile?: AnswersFile;
  /** The built-in example: typed values and secrets below the answers file. */
  example?: { values: ReadonlyMap<string, unknown>; secrets: ReadonlyMap<string, Secret> };
  /** Present only when prompting is possible (src/ui decides, once). */
  prompter?: Prompter;
  stdin: Readable;
  /** How long a secret read from stdin waits for the end of its input (src/cli/stdin-wait.ts decides). */
  stdinTimeoutMs?: number | undefined;
  statPath: PathFacts;
  /**
   * Told after each step's inputs are all known (in declaration order), with the answers so far:
   * the command keeps them in the resume state file (never a secret's value, only its source).
   */
  onProgress?: (progress: InterviewProgress) => void;
}

/** The answers known when a step's inputs are all resolved. */
export interface InterviewProgress {
  answers: PartialAnswers;
  sources: Partial<Record<AnswerKey, ValueSource>>;
  /** The step whose inputs were just all resolved. */
  stepDone: StepId | 'general';
}

interface Explicit {
  value: unknown;
  source: ValueSource;
}

/** Pass 1: every value given by flag, env, answers file or example, typed; all type errors at once. */
function collectExplicit(options: ResolveOptions): Map<string, Explicit> {
  const explicit = new Map<string, Explicit>();
  const problems: UsageProblem[] = [];
  for (const spec of options.specs) {
    if (spec.kind === 'secret') {
      // Refused even when the input does not apply: a password typed into the file is a leak.
      const fromFile = options.answersFile?.values.get(spec.key);
      if (fromFile !== undefined && (typeof fromFile !== 'string' || !parseSecretSource(fromFile))) {
        problems.push({ code: 'SECRET_IN_ANSWERS', input: spec.key, params: { env: envName(spec.key) } });
      }
      continue;
    }
    if (spec.commandLineOnly && options.answersFile?.values.has(spec.key)) {
      // readAnswersFile refuses it already; an AnswersFile made another way must not slip through.
      problems.push(commandLineOnlyProblem(spec, options.answersFile.path));
      continue;
    }
    // Data (the answers file, the built-in example) never decides where a token goes (DESIGN.md rule 6).
    const fromData: Array<[unknown, ValueSource, boolean]> = spec.commandLineOnly
      ? []
      : [
          [options.answersFile?.values.get(spec.key), 'answers', false],
          [options.example?.values.get(spec.key), 'example', false],
        ];
    const candidates: Array<[unknown, ValueSource, boolean]> = [[options.flags.get(spec.key), 'flag', true], [options.env[envName(spec.key)], 'env', true], ...fromData];
    const given = candidates.find(([raw]) => raw !== undefined && !(typeof raw === 'string' && raw === ''));
    if (!given) continue;
    const [raw, source, fromText] = given;
    const result = coerce(spec, raw, fromText);
    if (result.ok) explicit.set(spec.key, { value: normalized(spec, fromAnswersFolder(spec, result.value, source, options.answersFile)), source });
    else problems.push({ ...result.problem, params: { ...result.problem.params, source } });
  }
  if (problems.length > 0) throw new UsageError(problems);
  return explicit;
}

function secretRequest(spec: AnyInputSpec, options: ResolveOptions): { request: SecretRequest; source: ValueSource } | undefined {
  const flagged = options.secretFlags.get(spec.key);
  if (flagged) return { request: flagged, source: 'flag' };
  const name = envName(spec.key);
  if (options.env[name] !== undefined) return { request: { from: 'env', name }, source: 'env' };
  const fromFile = options.answersFile?.values.get(spec.key);
  if (fromFile !== undefined) {
    const request = typeof fromFile === 'string' ? parseSecretSource(fromFile) : undefined;
    // A value that is not a source (env:NAME, file:PATH, stdin, prompt) may be the secret itself: never echo it.
    if (!request) throw new UsageError([{ code: 'SECRET_IN_ANSWERS', input: spec.key, params: { env: name } }]);
    // file:PATH in the file is a path in the file: read from the file's folder, as the certificates are.
    const baseDir = options.answersFile?.baseDir;
    if (request.from === 'file' && baseDir !== undefined) return { request: { from: 'file', path: pathFromAnswersFile(request.path, baseDir) }, source: 'answers' };
    return { request, source: 'answers' };
  }
  return undefined;
}

/**
 * A relative path read from the answers file is relative to the file's folder, not the current
 * one, so a saved file runs the same from anywhere; a flag's or environment variable's path is
 * relative to the current folder, as a shell's is.
 */
function fromAnswersFolder(spec: AnyInputSpec, value: unknown, source: ValueSource, answersFile: AnswersFile | undefined): unknown {
  const baseDir = answersFile?.baseDir;
  if (!spec.path || source !== 'answers' || baseDir === undefined) return value;
  if (typeof value === 'string') return pathFromAnswersFile(value, baseDir);
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? pathFromAnswersFile(item, baseDir) : item)) : value;
}

/** An optional input the answers file answers "none" (`key: null`): not asked again. */
function answeredNone(spec: AnyInputSpec, options: ResolveOptions, answers: PartialAnswers): boolean {
  return options.answersFile?.none?.has(spec.key) === true && !isRequired(spec, answers);
}

/** Printable ASCII, or a list of it. */
function isPlainAscii(value: unknown): boolean {
  if (typeof value === 'string') return /^[\x20-\x7e]*$/.test(value);
  return Array.isArray(value) ? value.every(isPlainAscii) : true;
}

/**
 * `normalize` runs before the rules, so it must never turn an invalid value into a valid one.
 * Normalizing maps between ASCII spellings (a site code's case, a GUID's, a region's); Unicode
 * case mapping goes further (ı and ſ upper-case to I and S, ﬀ to FF, the Kelvin sign lower-cases
 * to k), so a value with anything else than printable ASCII is kept as typed, for the rules to
 * judge and the messages to show.
 */
function normalized(spec: AnyInputSpec, value: unknown): unknown {
  return spec.normalize && isPlainAscii(value) ? spec.normalize(value as never) : value;
}

function checkValue(spec: AnyInputSpec, value: unknown, answers: PartialAnswers, statPath: PathFacts): Problem[] {
  const problems: Problem[] = [];
  if (spec.path) {
    for (const path of Array.isArray(value) ? (value as string[]) : [value as string]) {
      const fact = statPath(path);
      if (fact === 'missing') problems.push(error('FILE_NOT_FOUND', { path }));
      else if (fact === 'other') problems.push(error('FILE_NOT_A_FILE', { path }));
    }
  }
  if (spec.validate) problems.push(...spec.validate(value as never, answers));
  return problems;
}

function toFinding(spec: AnyInputSpec, problem: Problem): Finding {
  return { ...problem, step: spec.step as StepId | 'general', input: spec.key };
}

/**
 * flag > environment > answers file > prompt > default, input by input in declaration order, so
 * a default or rule can use the inputs resolved before it. Missing inputs are collected and
 * reported together; nothing ever waits on a terminal that is not there.
 */
export async function resolveInputs(options: ResolveOptions): Promise<Resolution> {
  const explicit = collectExplicit(options);
  const answers: Record<string, unknown> = {};
  const sources: Partial<Record<AnswerKey, ValueSource>> = {};
  const findings: Finding[] = [];
  const missing: string[] = [];

  async function resolveOne(spec: AnyInputSpec): Promise<void> {
    const given = explicit.get(spec.key);
    const relevant = isRelevant(spec, answers);
    if (!relevant) {
      const secretGiven = spec.kind === 'secret' && options.secretFlags.has(spec.key);
      if ((given && given.source !== 'example') || secretGiven) findings.push(toFinding(spec, warning('INPUT_NOT_APPLICABLE', { source: given?.source ?? 'flag' })));
      const fallback = defaultOf(spec, answers);
      if (fallback !== undefined) answers[spec.key] = fallback;
      return;
    }
    if (spec.kind === 'secret') {
      const found = secretRequest(spec, options);
      const example = options.example?.secrets.get(spec.key);
      if (found && found.request.from !== 'prompt') {
        answers[spec.key] = await readSecret(spec.key, found.request, options);
        sources[spec.key] = found.source;
      } else if (!found && example) {
        answers[spec.key] = example;
        sources[spec.key] = 'example';
      } else if (options.prompter && !(!found && answeredNone(spec, options, answers))) {
        answers[spec.key] = new Secret(await options.prompter.askSecret(spec), 'prompt');
        sources[spec.key] = 'prompt';
      } else if (isRequired(spec, answers)) {
        missing.push(spec.key);
      }
      return;
    }
    if (given) {
      answers[spec.key] = given.value;
      sources[spec.key] = given.source;
      return;
    }
    const fallback = defaultOf(spec, answers);
    // Where a token goes is said on the command line, never typed into the interview; a list of
    // records (the primary sites of a hierarchy) comes from the answers file or a flag; an older
    // form of an input is not asked next to the one that replaced it, nor a value that follows from others.
    if (options.prompter && !spec.commandLineOnly && spec.kind !== 'records' && !spec.notAsked && !spec.derived && !answeredNone(spec, options, answers)) {
      const value = await options.prompter.ask(spec, {
        default: fallback,
        required: isRequired(spec, answers),
        check: (candidate) => checkValue(spec, normalized(spec, candidate), answers, options.statPath),
        ...(spec.offered ? { choices: spec.offered(answers) } : {}),
      });
      if (value !== undefined) {
        answers[spec.key] = normalized(spec, value);
        // Enter on the offered default is the default, not a choice the equivalent command must repeat.
        sources[spec.key] = JSON.stringify(answers[spec.key]) === JSON.stringify(fallback) ? 'default' : 'prompt';
        return;
      }
    }
    if (fallback !== undefined) {
      answers[spec.key] = fallback;
      sources[spec.key] = 'default';
    } else if (isRequired(spec, answers)) {
      missing.push(spec.key);
    }
  }

  for (const [index, spec] of options.specs.entries()) {
    await resolveOne(spec);
    if (options.specs[index + 1]?.step !== spec.step) options.onProgress?.({ answers: answers as PartialAnswers, sources, stepDone: spec.step as StepId | 'general' });
  }
  if (missing.length > 0) throw new MissingInputsError(missing);

  for (const spec of options.specs) {
    const value = answers[spec.key];
    if (value === undefined || spec.kind === 'secret' || !isRelevant(spec, answers)) continue;
    for (const problem of checkValue(spec, value, answers, options.statPath)) findings.push(toFinding(spec, problem));
  }
  return { answers: answers as unknown as Answers, sources, findings };
}
