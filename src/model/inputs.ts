import type { StepId } from './step-id.ts';
import type { AnswerKey, Answers, PartialAnswers } from './answers.ts';
import type { Problem } from './findings.ts';
import type { Lang } from './lang.ts';

export type InputKind = 'string' | 'boolean' | 'integer' | 'choice' | 'list' | 'secret' | 'records';

/** What an input says: its help line (--help, `steps`, the schema) and its prompt (also what a secret flag's help names). */
export interface InputTexts {
  help: string;
  prompt: string;
  /**
   * A choice input's (or a list with fixed choices') one-line description of each choice, shown
   * beside it at the prompt. Declared with `satisfies ChoiceTexts<…>` so that a choice without its
   * description, in any language, does not compile.
   */
  choices?: Record<string, string>;
}

/**
 * The texts of an input with fixed choices: every choice of `C` described, in every language
 * (`vmSize: { en: {…, choices: { lab: …, standard: …, large: … } }, fr: {…} } satisfies ChoiceTexts<VmSize>`).
 */
export type ChoiceTexts<C extends string> = Record<Lang, Omit<InputTexts, 'choices'> & { choices: Record<C, string> }>;

/**
 * The texts of a step's inputs (src/steps/<id>/input-texts.ts), input first then language, so an
 * input's languages sit together: `satisfies InputTextsOf<'region' | 'vmCount'>` refuses a
 * missing input, a missing language, an unknown key or a missing help or prompt.
 */
export type InputTextsOf<K extends AnswerKey> = Record<K, Record<Lang, InputTexts>>;

/** The fields of each record of a `records` input: text, or a list of text. */
export type RecordFields = Readonly<Record<string, 'string' | 'list'>>;

/**
 * One input, declared once. The commander option, the env binding, the answers-file schema,
 * the prompt and its validator, the --help line and the missing-input message are all derived
 * from this; its texts (help line and prompt, in every language) come with it, from its step's
 * folder (src/steps/<id>/input-texts.ts).
 */
export interface InputSpec<K extends AnswerKey = AnswerKey> {
  key: K;
  step: StepId | 'general';
  /** Its help line (--help, `steps`, the answers-file schema) and its prompt, in every language. */
  texts: Record<Lang, InputTexts>;
  kind: InputKind;
  /** The allowed values of a choice, or of each item of a list. */
  choices?: readonly string[];
  /**
   * The choices the prompt shows for the answers so far (classic is offered only the client
   * authentication it supports); without it, every choice. The validator still judges a given
   * value: a flag, the environment or an answers file may give one that is not offered, and its
   * rule says why it is refused.
   */
  offered?: (answers: PartialAnswers) => readonly string[];
  /**
   * `records` only: the fields of each record (a primary site: its code, SMS Provider, roles). A
   * list of records is given in the answers file, or as JSON in the flag or environment variable;
   * it is never asked at a prompt (a form of nested questions is not a prompt).
   */
  fields?: RecordFields;
  /** A path (or list of paths) to a file that must exist on this machine. */
  path?: boolean;
  /** Default, possibly derived from answers resolved before this one (declaration order). */
  default?: Answers[K] | ((answers: PartialAnswers) => Answers[K] | undefined);
  /**
   * A value the prompt offers where one is obvious but is no default (the connection point on the
   * SMS Provider, a resource group named after the deployment): Enter takes it, as the admin's own
   * answer. Never taken without a prompt: a required input still stops a run that cannot ask (issue 17).
   */
  suggested?: (answers: PartialAnswers) => Answers[K] | undefined;
  /** Required inputs without a value stop the run (exit 2) when no prompt is possible. */
  required?: (answers: PartialAnswers) => boolean;
  /** Inputs that do not apply (e.g. classic-only keys under vmss) are neither asked nor checked. */
  relevant?: (answers: PartialAnswers) => boolean;
  /** Rules beyond the type; error problems block a prompt's answer and fail `plan` (exit 3). */
  validate?: (value: NonNullable<Answers[K]>, answers: PartialAnswers) => Problem[];
  /**
   * The canonical form of a value given in another spelling of the same thing (a region given as
   * `WestEurope` or `West Europe`, a lowercase site code, a GUID in braces, the build number of a
   * site version), applied before any rule or step sees it, and only to a value of printable ASCII
   * (resolve.ts): it changes only a spelling whose meaning is certain, never a value it would have
   * to guess at (that one is kept as given, for the rules to refuse).
   */
  normalize?: (value: NonNullable<Answers[K]>) => NonNullable<Answers[K]>;
  /** A realistic value, shown in --help and in the missing-input message. */
  example: string;
  /**
   * Decides where a credential goes (DESIGN.md rule 6): taken from the flag or the environment
   * only. An answers file that sets it is refused, the prompt never asks it, and neither the
   * answers-file schema nor a written answers file has it.
   */
  commandLineOnly?: boolean;
  /**
   * Never asked in the interview: the older form of an input that replaced it, kept so that
   * earlier answers files, command lines and environments still work (DESIGN.md: add keys, never
   * rename). A flag, the environment or an answers file still set it.
   */
  notAsked?: boolean;
  /**
   * Follows from inputs declared before it (the deployment prefix is the service name's first
   * label): never asked, its default is its value; one given by flag, environment or answers file
   * is still checked. The inputs it follows from check that it can be derived, at their own prompt.
   */
  derived?: boolean;
  /**
   * An input with a default most sites keep (a display name, an alert percentage, a TLS setting):
   * when the admin accepts the recommended settings it is not asked and takes its default. A value
   * given by flag, environment or answers file still wins. Never an input without a default that
   * is required, nor one whose default is only right for a lab.
   */
  advanced?: boolean;
}

export type AnyInputSpec = InputSpec<AnswerKey>;

/** The declared input of a key, if any: handed to the terminal's texts by the commands (a layer below the steps cannot import their registry). */
export type FindInput = (key: string) => AnyInputSpec | undefined;

export function defineInput<K extends AnswerKey>(spec: InputSpec<K>): AnyInputSpec {
  return spec as unknown as AnyInputSpec;
}

export function kebabCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function flagName(key: string): string {
  return `--${kebabCase(key)}`;
}

export function envName(key: string): string {
  return `CMG_${kebabCase(key).replace(/-/g, '_').toUpperCase()}`;
}

/** Secrets are never flag values: they come from stdin, a file or an environment variable. */
export function secretFlags(key: string): { stdin: string; file: string; env: string } {
  const flag = flagName(key);
  return { stdin: `${flag}-stdin`, file: `${flag}-file`, env: `${flag}-env` };
}

export function defaultOf(spec: AnyInputSpec, answers: PartialAnswers): unknown {
  return typeof spec.default === 'function' ? spec.default(answers) : spec.default;
}

export function isRelevant(spec: AnyInputSpec, answers: PartialAnswers): boolean {
  return spec.relevant ? spec.relevant(answers) : true;
}

/** The refusal of an answers-file key that only the command line or the environment may set. */
export function commandLineOnlyProblem(spec: AnyInputSpec, path: string): { code: 'ANSWERS_COMMAND_LINE_ONLY'; input: string; params: Record<string, string> } {
  return { code: 'ANSWERS_COMMAND_LINE_ONLY', input: spec.key, params: { path, key: spec.key, flag: flagName(spec.key), env: envName(spec.key) } };
}

export function isRequired(spec: AnyInputSpec, answers: PartialAnswers): boolean {
  return isRelevant(spec, answers) && (spec.required ? spec.required(answers) : false);
}
