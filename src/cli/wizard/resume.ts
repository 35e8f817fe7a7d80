import { OutputError, UsageError } from '../../model/errors.ts';
import type { Finding } from '../../model/findings.ts';
import { catalogue } from '../../messages/i18n.ts';
import { removeResumeState, resumeStatePath, stateFileFacts, writeResumeState } from '../../output/resume-file.ts';
import { reasonOf } from '../../output/output-fs.ts';
import { ALL_INPUTS, STEP_IDS } from '../../steps/declarations.ts';
import type { Terminal } from '../../ui/terminal.ts';
import type { AnswersFile } from '../../wizard/answers-file.ts';
import type { AnswersSoFar } from '../../wizard/answers-yaml.ts';
import { quoteFor, type Shell } from '../../wizard/rerun-lines.ts';
import type { InterviewProgress } from '../../wizard/resolve.ts';
import { layerAnswers, readResumeState, renderResumeState, stepsLabel, type Stage } from '../../wizard/resume-state.ts';
import { onInterrupt } from '../cleanup.ts';
import type { WizardOptions } from './options.ts';
import { writeWrapped, writeWrappedOn } from '../../ui/wrap.ts';

/**
 * The resume state of one run (issue 14). An interview at a terminal keeps its answers beside
 * --out (`<out>.resume.yaml`, src/output/resume-file.ts) after each step it completes; when it
 * stops (Ctrl+C, Esc, EOF, a signal, "quit" at the review) or fails (a missing input,
 * validation, Azure), the latest answers stay there and the run says how to go on. `--resume`
 * reloads them below the flags and the environment and above an --answers file, so the interview
 * asks only what is missing and the secrets, and every check runs again; `--fresh` discards them.
 * A run that finds a state and has neither flag stops (exit 2), at a terminal too: a question
 * answered by reflex must not throw away an hour of answers, nor silently reuse values the admin
 * may have meant to change, and the message already names the file, its age and both flags.
 * A run that wrote its output removes the state (its answers.yaml holds them now); `plan` keeps it.
 */
export interface ResumeSession {
  /** Where the state lives: `<out>.resume.yaml`, absolute. */
  path: string;
  /** The answers the interview starts from: the state over --answers when resuming, else --answers. */
  answersFile: AnswersFile | undefined;
  /** Given to the interview when the state is kept (a run that can prompt). */
  onProgress: ((progress: InterviewProgress) => void) | undefined;
  /**
   * The run stopped or failed: the latest answers stay (`final`, the whole resolution, once it is
   * known; the inputs of `wrong` are left out so that --resume asks them again) and the way on is said.
   */
  keep(final?: { resolution: AnswersSoFar; wrong: readonly Finding[] }): void;
  /** The run wrote its output (run) or showed its plan (plan). */
  succeeded(wrote: boolean, human: NodeJS.WritableStream): void;
  /** Ends the interrupt task. */
  close(): void;
}

const ALL_STAGES: readonly Stage[] = ['general', ...STEP_IDS];

/** When the file was saved, to the second, in UTC (the message is the same at any terminal). */
function savedAt(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function openResume(
  options: Pick<WizardOptions, 'mode' | 'resume' | 'fresh' | 'example' | 'out' | 'outGiven'>,
  answersFile: AnswersFile | undefined,
  terminal: Pick<Terminal, 'lang' | 'canPrompt' | 'stdout' | 'stderr' | 'columns'>,
  context: { cwd: string; human: NodeJS.WritableStream; shell?: Shell },
): ResumeSession {
  const path = resumeStatePath(options.out);
  const text = catalogue(terminal.lang).resume;
  if (options.resume && options.fresh) throw new UsageError([{ code: 'RESUME_AND_FRESH' }]);
  if (options.example && (options.resume || options.fresh)) throw new UsageError([{ code: 'RESUME_WITH_EXAMPLE' }]);
  // The example keeps nothing and reads nothing of a state: it is a complete answers set.
  const keeping = terminal.canPrompt && options.example !== true;
  const facts = stateFileFacts(path);
  if (facts.kind === 'foreign' && (keeping || options.resume || options.fresh)) throw new OutputError('RESUME_STATE_FOREIGN', { path });

  let startFrom = answersFile;
  if (options.fresh) {
    if (removeResumeState(path)) writeWrappedOn(terminal, context.human, text.discarded({ path }));
  } else if (options.resume) {
    if (facts.kind !== 'ours') throw new UsageError([{ code: 'RESUME_STATE_MISSING', params: { path } }]);
    const state = readResumeState(path);
    startFrom = layerAnswers(state.file, answersFile);
    const secrets = ALL_INPUTS.filter((spec) => spec.kind === 'secret' && state.file.values.get(spec.key) === 'prompt').length;
    const answers = state.file.values.size + (state.file.none?.size ?? 0);
    writeWrappedOn(terminal, context.human, text.resumed({ path, steps: stepsLabel(state.done), answers, secrets }));
  } else if (facts.kind === 'ours' && options.example !== true) {
    const { done } = readResumeState(path);
    throw new UsageError([{ code: 'RESUME_STATE_FOUND', params: { path, savedAt: savedAt(facts.savedAt), steps: stepsLabel(done) } }]);
  }

  const place = { cwd: context.cwd, statePath: path };
  const done: Stage[] = [];
  let latest: string | undefined;
  let failed = false;
  let settled = false;
  const save = (content: string) => {
    latest = content;
    if (failed) return;
    try {
      writeResumeState(path, content);
    } catch (error) {
      // Said once; the interview goes on (it only cannot be resumed).
      failed = true;
      writeWrapped(terminal, 'stderr', text.notKept({ path, reason: error instanceof OutputError ? error.code : reasonOf(error) }));
    }
  };
  // Quoted for the shell it is typed into (src/cli/shell.ts), as the equivalent command is.
  const command = (mode: 'run' | 'plan') => ['cmg-setup', mode, '--resume', ...(options.outGiven ? ['--out', options.out] : [])].map(quoteFor(context.shell ?? 'posix')).join(' ');
  const sayKept = () => {
    if (stateFileFacts(path).kind === 'ours') writeWrapped(terminal, 'stderr', text.kept({ path, command: command(options.mode) }));
  };
  const stopInterrupt = keeping || options.resume ? onInterrupt(() => {
    if (settled) return;
    settled = true;
    if (keeping && latest !== undefined) save(latest);
    sayKept();
  }) : () => false;

  return {
    path,
    answersFile: startFrom,
    onProgress: keeping
      ? (progress) => {
          if (!done.includes(progress.stepDone)) done.push(progress.stepDone);
          save(renderResumeState(progress, done, place));
        }
      : undefined,
    keep(final) {
      if (settled) return;
      settled = true;
      if (keeping && final) {
        const wrong = new Set(final.wrong.filter((finding) => finding.severity === 'error' && finding.input !== undefined).map((finding) => finding.input as string));
        save(renderResumeState(final.resolution, ALL_STAGES, place, wrong));
      } else if (keeping && latest !== undefined) {
        save(latest);
      }
      sayKept();
    },
    succeeded(wrote, human) {
      settled = true;
      if (wrote) {
        if (removeResumeState(path)) writeWrappedOn(terminal, human, text.removed({ path }));
      } else if (stateFileFacts(path).kind === 'ours') {
        writeWrappedOn(terminal, human, text.keptAfterPlan({ path, command: command('run') }));
      }
    },
    close() {
      stopInterrupt();
    },
  };
}
