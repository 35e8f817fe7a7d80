/**
 * What the resume state file says (issue 14): the answers file format (answers-yaml.ts) of the
 * steps answered so far, under a comment that says what the file is, which steps it holds and
 * how to go on. Never a secret: a prompted one is written `prompt`, so --resume asks it again.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StepId } from '../model/step-id.ts';
import type { AnyInputSpec } from '../model/inputs.ts';
import { RESUME_STATE_MARKER } from '../output/resume-file.ts';
import { ALL_INPUTS, STEP_IDS, stepNumber } from '../steps/declarations.ts';
import { readAnswersFile, valueFromAnswersFolder, type AnswersFile } from './answers-file.ts';
import { answersDocument, answersValues, type AnswersSoFar } from './answers-yaml.ts';

export type Stage = StepId | 'general';

const STEPS_LINE = '# Steps answered: ';

/** `1-4` for the steps 1 to 4 answered; '' when only the general settings are (the steps are answered in order). */
export function stepsLabel(done: Iterable<Stage>): string {
  const numbers = [...done].filter((stage): stage is StepId => stage !== 'general').map(stepNumber).sort((a, b) => a - b);
  if (numbers.length === 0) return '';
  const first = numbers[0] as number;
  const last = numbers[numbers.length - 1] as number;
  return first === last ? String(first) : `${first}-${last}`;
}

function header(done: readonly Stage[]): string {
  const label = stepsLabel(done);
  return [
    `${RESUME_STATE_MARKER}: the answers of a cmg-setup interview that did not finish. No secrets here, only where each comes from.`,
    `${STEPS_LINE}${done.join(', ')}${label === '' ? '' : ` (steps ${label})`}`,
    '# Resume with `cmg-setup run --resume` (and the same --out), or discard it with `cmg-setup run --fresh`.',
    '# A relative path here is read from this file\'s folder; `key: null` is a question answered "none".',
  ].join('\n');
}

/**
 * A value nobody gave that follows from earlier answers (the deployment prefix from the service
 * name): left out, so that it follows them again when --resume gets one of them from a flag.
 */
function followsFromOthers(spec: AnyInputSpec, progress: AnswersSoFar): boolean {
  const source = progress.sources[spec.key];
  return spec.derived === true && (source === undefined || source === 'default');
}

/**
 * The state of the answers so far: the inputs of the stages done, in the answers file format.
 * A secret read from standard input cannot be read again: it is asked instead; a value that only
 * follows from others is left to follow them again. `leaveOut` drops
 * inputs so that --resume asks them again (the ones a failed run found wrong).
 */
export function renderResumeState(progress: AnswersSoFar, done: readonly Stage[], place: { cwd: string; statePath: string }, leaveOut: ReadonlySet<string> = new Set()): string {
  const stages = new Set<string>(done);
  const values = answersValues(progress, { cwd: place.cwd, folder: dirname(place.statePath) }, {
    only: (spec: AnyInputSpec) => stages.has(spec.step) && !leaveOut.has(spec.key) && !followsFromOthers(spec, progress),
    secretSource: (source) => (source === 'stdin' ? 'prompt' : source),
  });
  // The marker line comes first, byte for byte: it is how a later run knows the file is its own.
  return `${header(done)}\n${answersDocument(values)}`;
}

export interface ResumeState {
  file: AnswersFile;
  /** The stages the state holds, in order. */
  done: Stage[];
}

/** Reads a state file of ours: its answers (the --answers reader: paths from its folder) and the stages its comment names. */
export function readResumeState(path: string): ResumeState {
  const file = readAnswersFile(path, ALL_INPUTS);
  const line = readFileSync(path, 'utf8').split('\n').find((candidate) => candidate.startsWith(STEPS_LINE)) ?? STEPS_LINE;
  const named = line.slice(STEPS_LINE.length).replace(/ \(steps .*\)$/, '').split(', ');
  const done = (['general', ...STEP_IDS] as Stage[]).filter((stage) => named.includes(stage));
  return { file, done };
}

/**
 * The resume state over an --answers file, as one answers file: a value (or a `null`) of the state
 * wins over the file's. Each file's relative paths are read from its own folder, so both are
 * rebased to the current folder first and the result has no folder of its own.
 */
export function layerAnswers(state: AnswersFile, below: AnswersFile | undefined): AnswersFile {
  const values = new Map<string, unknown>();
  const none = new Set<string>();
  for (const spec of ALL_INPUTS) {
    const key = spec.key as string;
    if (state.values.has(key)) values.set(key, valueFromAnswersFolder(spec, state.values.get(key), state.baseDir));
    else if (state.none?.has(key)) none.add(key);
    else if (below?.values.has(key)) values.set(key, valueFromAnswersFolder(spec, below.values.get(key), below.baseDir));
    else if (below?.none?.has(key)) none.add(key);
  }
  return { path: state.path, values, none };
}
