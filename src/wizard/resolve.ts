import type { Readable } from 'node:stream';
import { GoBackError, MissingInputsError, UsageError, ValidationFailedError, type UsageProblem } from '../model/errors.ts';
import type { StepId } from '../model/step-id.ts';
import type { AnswerKey, Answers, PartialAnswers } from '../model/answers.ts';
import { valueFromAnswersFolder, type AnswersFile } from './answers-file.ts';
import { coerce } from './coerce.ts';
import { EXAMPLE_GENERATED } from './example.ts';
import { error, warning, type Finding, type Problem } from '../model/findings.ts';
import { commandLineOnlyProblem, defaultOf, envName, flagName, isRelevant, isRequired, type AnyInputSpec } from '../model/inputs.ts';
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
  /** What the interview does between questions, at a terminal (src/cli/wizard/interview-hooks.ts). */
  hooks?: InterviewHooks;
  /**
   * Editing from the review: the answers of the run so far, kept for every step but `step`,
   * whose questions are asked again with these values offered.
   */
  edit?: { answers: PartialAnswers; sources: Partial<Record<AnswerKey, ValueSource>>; step: StepId | 'general' };
}

/** After a hook: go on, ask the same input (or step) again, or go back to the question asked before. */
export type Next = 'next' | 'again' | 'back';

/**
 * The interview's turns at a terminal (never called without a prompter): each may show text
 * through the prompter and ask its own questions.
 */
export interface InterviewHooks {
  /** Before the first question of a step: its heading. */
  stepStarts?(step: StepId | 'general', answers: PartialAnswers): void;
  /**
   * An input has its value: classic's retirement, shown at once; a certificate file read as soon
   * as its path and password are known. May set a secret asked again (a wrong password) in
   * `answers` and `sources`. 'again' asks the input again, 'back' the question before it.
   * `asked`: the value was typed (or taken with Enter) at its question just now, not given or kept.
   */
  answered?(spec: AnyInputSpec, answers: PartialAnswers, sources: Partial<Record<AnswerKey, ValueSource>>, asked: boolean): Promise<Next>;
  /** A step's inputs are all known: its certificate reads and rules, now. 'again' asks the step again. */
  stepDone?(step: StepId | 'general', progress: InterviewProgress): Promise<Next>;
  /** Before the first question: the given values that break a rule (each is asked at its turn). */
  refusedBeforeAsking?(findings: readonly Finding[]): void;
  /** A given value that fails its rules once the answers before it are known; it is asked instead. */
  refused?(spec: AnyInputSpec, problems: Problem[], source: ValueSource): void;
  /** Whether the advanced inputs keep their recommended values (asked once, when any would be asked). */
  recommended?(): Promise<boolean>;
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
  /** The value before `normalize`: what messages show (asTyped). */
  typed: unknown;
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
    const fromEnv: Array<[unknown, ValueSource, boolean]> = fromEnvironment(spec, options) ? [[options.env[envName(spec.key)], 'env', true]] : [];
    const candidates: Array<[unknown, ValueSource, boolean]> = [[options.flags.get(spec.key), 'flag', true], ...fromEnv, ...fromData];
    const given = candidates.find(([raw]) => raw !== undefined && !(typeof raw === 'string' && raw === ''));
    if (!given) continue;
    const [raw, source, fromText] = given;
    const result = coerce(spec, raw, fromText);
    if (result.ok) {
      const typed = fromAnswersFolder(spec, result.value, source, options.answersFile);
      explicit.set(spec.key, { value: normalized(spec, typed), source, typed });
    } else {
      // "Expected a whole number" names the input as it was given (issue 17: alone, it does not say for what).
      const params: Record<string, string | number> = { ...result.problem.params, source };
      if (result.problem.code === 'INPUT_NOT_INTEGER') params.name = source === 'flag' ? flagName(spec.key) : source === 'env' ? envName(spec.key) : spec.key;
      problems.push({ ...result.problem, params });
    }
  }
  if (problems.length > 0) throw new UsageError(problems);
  return explicit;
}

/** Whether the environment may give this input: never what --example makes for its own run (EXAMPLE_GENERATED says why). */
function fromEnvironment(spec: AnyInputSpec, options: Pick<ResolveOptions, 'example'>): boolean {
  return !(options.example && EXAMPLE_GENERATED.has(spec.key));
}

function secretRequest(spec: AnyInputSpec, options: ResolveOptions): { request: SecretRequest; source: ValueSource } | undefined {
  const flagged = options.secretFlags.get(spec.key);
  if (flagged) return { request: flagged, source: 'flag' };
  const name = envName(spec.key);
  if (fromEnvironment(spec, options) && options.env[name] !== undefined) return { request: { from: 'env', name }, source: 'env' };
  const fromFile = options.answersFile?.values.get(spec.key);
  if (fromFile !== undefined) {
    // file:PATH in the file is a path in the file: read from the file's folder, as the certificates are.
    const given = valueFromAnswersFolder(spec, fromFile, options.answersFile?.baseDir);
    const request = typeof given === 'string' ? parseSecretSource(given) : undefined;
    // A value that is not a source (env:NAME, file:PATH, stdin, prompt) may be the secret itself: never echo it.
    if (!request) throw new UsageError([{ code: 'SECRET_IN_ANSWERS', input: spec.key, params: { env: name } }]);
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
  return source === 'answers' ? valueFromAnswersFolder(spec, value, answersFile?.baseDir) : value;
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

/**
 * A rule judges the normalized value, but its message shows the value as it was given (issue 17):
 * site code "p 1" is refused as "p 1", not "P 1"; a GUID keeps its capitals. Only a problem about
 * that very value is changed, and only when `typed` is what normalizes to it.
 */
function asTyped(spec: AnyInputSpec, problems: Problem[], value: unknown, typed: unknown): Problem[] {
  if (typeof value !== 'string' || typeof typed !== 'string' || typed === value || normalized(spec, typed) !== value) return problems;
  return problems.map((problem) => (problem.params?.value === value ? { ...problem, params: { ...problem.params, value: typed } } : problem));
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
  const { prompter, hooks = {}, specs, edit } = options;
  if (prompter && !edit) {
    // A value no question can replace stops the run now; the others are said now and asked at their turn.
    const refused = preflight(options, explicit);
    const fatal = refused.filter((finding) => !canBeAsked(specs.find((spec) => spec.key === finding.input)!));
    if (fatal.length > 0) throw new ValidationFailedError(fatal, false);
    if (refused.length > 0) hooks.refusedBeforeAsking?.(refused);
  }
  const answers: Record<string, unknown> = {};
  const sources: Partial<Record<AnswerKey, ValueSource>> = {};
  /** Inputs given a value that does not apply to the answers (warned about at the end). */
  const notApplicable = new Map<string, ValueSource>();
  /** Each answer as it was given or typed, before `normalize`: what its messages show (asTyped). */
  const spelled = new Map<string, unknown>();
  /** What was typed at a prompt, offered again when the admin comes back to the question. */
  const typed = new Map<string, unknown>(edit ? Object.entries(edit.answers) : []);
  /** Where each of those came from. */
  const typedFrom = new Map<string, ValueSource>(edit ? (Object.entries(edit.sources) as Array<[string, ValueSource]>) : []);
  /** Questions to ask again although a value was given: a step asked again after its checks. */
  const forced = new Set<string>(edit ? specs.filter((spec) => spec.step === edit.step).map((spec) => spec.key) : []);
  /** Asked once, at the first advanced input that would be asked (never when editing a step: its questions are all asked). */
  let useRecommended: boolean | undefined = edit || !hooks.recommended ? false : undefined;
  const recommended = async (): Promise<boolean> => (useRecommended ??= await hooks.recommended!());
  const headed = new Set<string>();

  /** The value the run had for an input of a step not being edited. */
  const kept = (spec: AnyInputSpec): { value: unknown; source: ValueSource } | undefined => {
    if (!edit || spec.step === edit.step) return undefined;
    const value = (edit.answers as Record<string, unknown>)[spec.key];
    const source = edit.sources[spec.key];
    return value === undefined ? undefined : { value, source: source ?? 'default' };
  };

  const askable = (spec: AnyInputSpec) => prompter !== undefined && canBeAsked(spec) && (forced.has(spec.key) || !answeredNone(spec, options, answers));

  const heading = (spec: AnyInputSpec) => {
    if (headed.has(spec.step)) return;
    headed.add(spec.step);
    hooks.stepStarts?.(spec.step as StepId | 'general', answers as PartialAnswers);
  };

  /** Resolves one input; true when it was asked at a prompt. */
  async function resolveOne(spec: AnyInputSpec, canGoBack: boolean): Promise<boolean> {
    const key = spec.key;
    const given = forced.has(key) ? undefined : (kept(spec) ?? explicit.get(key));
    if (!isRelevant(spec, answers)) {
      const secretGiven = spec.kind === 'secret' && options.secretFlags.has(key);
      if ((given && given.source !== 'example' && !kept(spec)) || secretGiven) notApplicable.set(key, given?.source ?? 'flag');
      const fallback = defaultOf(spec, answers);
      if (fallback !== undefined) answers[key] = fallback;
      return false;
    }
    if (spec.kind === 'secret') {
      const found = secretRequest(spec, options);
      const example = options.example?.secrets.get(key);
      // Editing the secret's own step keeps one that was not typed (a flag's, the environment's).
      const previous = kept(spec) ?? (edit && forced.has(key) && edit.sources[key] !== 'prompt' ? { value: (edit.answers as Record<string, unknown>)[key], source: edit.sources[key] } : undefined);
      const askNow = async (): Promise<boolean> => {
        heading(spec);
        answers[key] = new Secret(await prompter!.askSecret(spec, { canGoBack }), 'prompt');
        sources[key] = 'prompt';
        return true;
      };
      if (previous?.value !== undefined && previous.source !== undefined) {
        answers[key] = previous.value;
        sources[key] = previous.source;
      } else if (prompter && forced.has(key)) {
        return askNow();
      } else if (found && found.request.from !== 'prompt') {
        answers[key] = await readSecret(key, found.request, options);
        sources[key] = found.source;
      } else if (!found && example) {
        answers[key] = example;
        sources[key] = 'example';
      } else if (prompter && !(!found && answeredNone(spec, options, answers))) {
        return askNow();
      }
      return false;
    }
    const fallback = defaultOf(spec, answers);
    // Editing another step: an optional input this run left empty stays empty (it was answered).
    if (edit && spec.step !== edit.step && !given && !isRequired(spec, answers) && edit.sources[key] === undefined && fallback === undefined) return false;
    if (given) {
      // Checked again now that the answers before it are known (preflight assumed their defaults).
      const problems = prompter && !kept(spec) ? asTyped(spec, checkValue(spec, given.value, answers, options.statPath), given.value, explicit.get(key)?.typed).filter((problem) => problem.severity === 'error') : [];
      if (problems.length === 0 || !askable(spec)) {
        answers[key] = given.value;
        sources[key] = given.source;
        spelled.set(key, explicit.get(key)?.typed);
        return false;
      }
      hooks.refused?.(spec, problems, given.source);
    } else if (prompter && spec.advanced && fallback !== undefined && !forced.has(key) && askable(spec) && (await recommended())) {
      answers[key] = fallback;
      sources[key] = 'default';
      return false;
    }
    if (askable(spec)) {
      heading(spec);
      // Offered: what was answered here before, else (a step asked again) the value given for it,
      // else the default, else the suggestion (taken with Enter, it is the admin's answer).
      const givenBefore = forced.has(key) ? explicit.get(key) : undefined;
      const [offered, offeredFrom]: [unknown, ValueSource] = typed.has(key)
        ? [typed.get(key), typedFrom.get(key) ?? 'prompt']
        : givenBefore
          ? [givenBefore.value, givenBefore.source]
          : fallback !== undefined
            ? [fallback, 'default']
            : [spec.suggested?.(answers as PartialAnswers), 'prompt'];
      const value = await prompter!.ask(spec, {
        ...(offered !== undefined ? { default: offered } : {}),
        required: isRequired(spec, answers),
        check: (candidate) => asTyped(spec, checkValue(spec, normalized(spec, candidate), answers, options.statPath), normalized(spec, candidate), candidate),
        ...(spec.offered ? { choices: spec.offered(answers as PartialAnswers) } : {}),
        canGoBack,
      });
      if (value !== undefined) {
        answers[key] = normalized(spec, value);
        spelled.set(key, value);
        // Enter on the offered value keeps where it came from (the default is not a choice the
        // equivalent command must repeat; a value kept from the answers file is still the file's).
        const same = (other: unknown) => JSON.stringify(answers[key]) === JSON.stringify(other);
        sources[key] = same(offered) ? offeredFrom : same(fallback) ? 'default' : 'prompt';
        typed.set(key, answers[key]);
        typedFrom.set(key, sources[key]!);
        return true;
      }
      typed.delete(key);
      typedFrom.delete(key);
      if (fallback !== undefined) {
        answers[key] = fallback;
        sources[key] = 'default';
      }
      return true;
    }
    if (fallback !== undefined) {
      answers[key] = fallback;
      sources[key] = 'default';
    }
    return false;
  }

  /** Forgets the answers from `from` to `to` (inclusive): they are resolved again. */
  const forget = (from: number, to: number) => {
    for (const spec of specs.slice(from, to + 1)) {
      delete answers[spec.key];
      delete sources[spec.key];
      notApplicable.delete(spec.key);
    }
  };

  const asked: number[] = [];
  let index = 0;
  while (index < specs.length) {
    const spec = specs[index]!;
    // Every step opens under its heading, asked or not: what it checks (a certificate read) shows
    // under it. Editing one step from the review, the others stay quiet unless one asks something.
    if (prompter && (!edit || spec.step === edit.step)) heading(spec);
    let askedNow = false;
    try {
      askedNow = await resolveOne(spec, asked.length > 0);
      if (askedNow) asked.push(index);
    } catch (error) {
      if (!(error instanceof GoBackError)) throw error;
      const previous = asked.pop();
      if (previous !== undefined) {
        forget(previous, index);
        index = previous;
      }
      continue;
    }
    const inView = prompter !== undefined && headed.has(spec.step);
    const after = inView && hooks.answered ? await hooks.answered(spec, answers as PartialAnswers, sources, askedNow) : 'next';
    if (after !== 'next') {
      if (asked.at(-1) === index) asked.pop();
      // 'back' goes to the question asked before this input; with none, this input is asked again.
      const target = after === 'back' ? (asked.pop() ?? index) : index;
      forced.add(specs[target]!.key);
      forget(target, index);
      index = target;
      continue;
    }
    if (specs[index + 1]?.step !== spec.step) {
      const progress: InterviewProgress = { answers: answers as PartialAnswers, sources, stepDone: spec.step as StepId | 'general' };
      options.onProgress?.(progress);
      if (inView && hooks.stepDone && (await hooks.stepDone(spec.step as StepId | 'general', progress)) === 'again') {
        const first = specs.findIndex((candidate) => candidate.step === spec.step);
        for (const candidate of specs.slice(first, index + 1)) if (candidate.kind !== 'secret' || sources[candidate.key] === 'prompt') forced.add(candidate.key);
        forget(first, index);
        while (asked.length > 0 && asked.at(-1)! >= first) asked.pop();
        index = first;
        continue;
      }
    }
    index += 1;
  }

  const findings: Finding[] = [];
  const missing: string[] = [];
  for (const spec of specs) {
    const source = notApplicable.get(spec.key);
    if (source !== undefined) findings.push(toFinding(spec, warning('INPUT_NOT_APPLICABLE', { source })));
    if (answers[spec.key] === undefined && isRequired(spec, answers)) missing.push(spec.key);
  }
  if (missing.length > 0) throw new MissingInputsError(missing);

  for (const spec of specs) {
    const value = answers[spec.key];
    if (value === undefined || spec.kind === 'secret' || !isRelevant(spec, answers)) continue;
    for (const problem of asTyped(spec, checkValue(spec, value, answers, options.statPath), value, spelled.get(spec.key))) findings.push(toFinding(spec, problem));
  }
  return { answers: answers as unknown as Answers, sources, findings };
}

/**
 * Where a token goes is said on the command line, never typed into the interview; a list of
 * records (the primary sites of a hierarchy) comes from the answers file or a flag; an older form
 * of an input is not asked next to the one that replaced it, nor a value that follows from others.
 */
function canBeAsked(spec: AnyInputSpec): boolean {
  return !spec.commandLineOnly && spec.kind !== 'records' && !spec.notAsked && !spec.derived;
}

/**
 * Before the first question, the values given by flag, environment or answers file are checked,
 * with the defaults standing in for the answers still to come, so that a mistake in them is
 * known now rather than after every question. A rule that depends on an answer still to come is
 * judged again at that input's turn.
 */
function preflight(options: ResolveOptions, explicit: ReadonlyMap<string, Explicit>): Finding[] {
  const answers: Record<string, unknown> = {};
  const findings: Finding[] = [];
  for (const spec of options.specs) {
    if (spec.kind === 'secret' || !isRelevant(spec, answers)) continue;
    const given = explicit.get(spec.key);
    const value = given ? given.value : defaultOf(spec, answers);
    if (value === undefined) continue;
    answers[spec.key] = value;
    if (!given || given.source === 'example') continue;
    for (const problem of asTyped(spec, checkValue(spec, value, answers, options.statPath), value, given.typed)) if (problem.severity === 'error') findings.push(toFinding(spec, problem));
  }
  return findings;
}
