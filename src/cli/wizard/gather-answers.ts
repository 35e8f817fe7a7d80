import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MissingInputsError } from '../../model/errors.ts';
import type { Resolution } from '../../model/plan.ts';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import type { Terminal } from '../../ui/terminal.ts';
import type { AnswersFile } from '../../wizard/answers-file.ts';
import { resolveInputs, type InterviewProgress, type PathFacts, type ResolveOptions } from '../../wizard/resolve.ts';
import { interviewHooks } from './interview-hooks.ts';
import type { PreparedExample } from '../example.ts';
import type { CommandIO } from '../io.ts';
import { stdinWaitMs } from '../stdin-wait.ts';
import type { PromisedFiles } from './certificate-report.ts';
import type { CommandLineInputs } from './command-line-inputs.ts';

/**
 * Symbolic links are followed: an admin may name the current certificate through a link, and
 * what is read (src/files/read-regular-file.ts) is the file it leads to. What --force may
 * delete is judged on that file too (refuseInputsInsideOutput).
 */
function statPath(promised: PromisedFiles): PathFacts {
  return (path) => {
    if (promised.has(resolve(path))) return 'file';
    try {
      return statSync(path).isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  };
}

/** Every answer and secret, by precedence: flag > environment > answers file (or the example) > prompt > default. */
export function gatherAnswers(
  given: Pick<CommandLineInputs, 'flags' | 'secretFlags'>,
  sources: { answersFile: AnswersFile | undefined; example: PreparedExample | undefined; promised: PromisedFiles },
  terminal: Pick<Terminal, 'lang' | 'canPrompt' | 'color' | 'promptsOffBecauseOfStdout'>,
  io: Pick<CommandIO, 'stdin' | 'env' | 'prompter'>,
  interview: { now: Date; edit?: ResolveOptions['edit']; onProgress?: (progress: InterviewProgress) => void },
): Promise<Resolution> {
  const { answersFile, example } = sources;
  // The example is a complete answer set: at a terminal it asks nothing, and the review that
  // follows is its one question (README: nothing "but the review's final 'What now?'").
  // A step changed from that review is asked as any run's is.
  const asking = terminal.canPrompt && (example === undefined || interview.edit !== undefined);
  const prompter = asking ? io.prompter(terminal.lang) : undefined;
  const resolving = resolveInputs({
    specs: ALL_INPUTS,
    flags: given.flags,
    secretFlags: given.secretFlags,
    env: io.env,
    ...(answersFile ? { answersFile } : {}),
    ...(example ? { example: { values: example.values, secrets: example.secrets } } : {}),
    ...(prompter ? { prompter, hooks: interviewHooks({ terminal, prompter, now: interview.now, promised: sources.promised, editing: interview.edit !== undefined }) } : {}),
    ...(interview.edit ? { edit: interview.edit } : {}),
    ...(interview.onProgress ? { onProgress: interview.onProgress } : {}),
    stdin: io.stdin,
    stdinTimeoutMs: stdinWaitMs(terminal, io.env),
    statPath: statPath(sources.promised),
  });
  if (!terminal.promptsOffBecauseOfStdout) return resolving;
  return resolving.catch((error: unknown) => {
    if (error instanceof MissingInputsError) error.promptsOff = 'stdout';
    throw error;
  });
}
