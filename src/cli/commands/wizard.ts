import { join, resolve } from 'node:path';
import { CancelledError, UsageError, ValidationFailedError } from '../../model/errors.ts';
import { hasErrors } from '../../model/findings.ts';
import { allFindings, type PlanResult, type Resolution } from '../../model/plan.ts';
import { catalogue } from '../../messages/i18n.ts';
import { ALL_INPUTS } from '../../steps/declarations.ts';
import { readAnswersFile } from '../../wizard/answers-file.ts';
import { azureLimits } from '../azure-limits.ts';
import { parseLang } from '../common-options.ts';
import type { PreparedExample } from '../example.ts';
import { commandTerminal, runClock, type CommandIO } from '../io.ts';
import type { PromisedFiles } from '../wizard/certificate-report.ts';
import { commandLineInputs } from '../wizard/command-line-inputs.ts';
import { exampleLab } from '../wizard/example-lab.ts';
import { gatherAnswers } from '../wizard/gather-answers.ts';
import type { WizardOptions } from '../wizard/options.ts';
import { checkOutputTargets, refuseInputsInsideOutput } from '../wizard/output-targets.ts';
import { planForReview, planRun } from '../wizard/plan-run.ts';
import { openResume } from '../wizard/resume.ts';
import { reportEquivalentCommand, reportUnwritten, reportWritten } from '../wizard/report.ts';
import { review, showPlan } from '../wizard/review.ts';
import { outputFiles, saveAnswersFile, writeRunOutput } from '../wizard/write-run-output.ts';
import { ownerOnlyFor } from '../key-access.ts';
import { shellInUse } from '../shell.ts';
import type { OutputFile } from '../../output/write-output.ts';
import { writeWrappedOn } from '../../ui/wrap.ts';

export type { WizardOptions } from '../wizard/options.ts';

/** `cmg-setup`, `cmg-setup run` and `cmg-setup plan`: resolve, plan every step, then (run) write. */
export async function wizardCommand(options: WizardOptions, io: CommandIO): Promise<void> {
  const { mode } = options;
  const dryRun = mode === 'plan' || options.dryRun === true;
  const lang = parseLang(options.lang, io.env);
  const terminal = commandTerminal(io, options, lang);
  const now = runClock(io, options.now);
  // A bad --azure-timeout is a usage error even when the checks will not run (--offline, no sign-in).
  azureLimits(options);
  const text = catalogue(lang);
  const human = terminal.json ? terminal.stderr : terminal.stdout;

  const given = commandLineInputs(options);
  if (options.example && options.answers) throw new UsageError([{ code: 'EXAMPLE_WITH_ANSWERS' }]);
  const answersFile = options.answers ? readAnswersFile(options.answers, ALL_INPUTS) : undefined;
  checkOutputTargets(options, dryRun, terminal);
  // The answers an interview that stopped kept beside --out: reloaded, discarded, or a reason to stop.
  const session = openResume({ ...options, mode: dryRun ? 'plan' : mode }, answersFile, terminal, { cwd: io.cwd, human, shell: shellInUse(io.platform, io.env) });

  let example: PreparedExample | undefined;
  /** The output folder written whole, then what was written and the one-line command that does the same. */
  const write = (result: PlanResult, files: OutputFile[]) => {
    if (options.saveAnswers) writeWrappedOn(terminal, human, text.ui.answersSaved({ path: saveAnswersFile(options.saveAnswers, result, io.cwd) }));
    const written = writeRunOutput(options, files, now, io.env, ownerOnlyFor(io));
    reportWritten(result, written, terminal, human);
    session.succeeded(true, human);
    reportEquivalentCommand(result.resolution, options, terminal, io, options.saveAnswers ?? join(options.out, 'answers.yaml'));
  };

  // Once the interview is over, what the state keeps if the run stops later (the answers as the review leaves them).
  let resolved: Resolution | undefined;
  try {
    if (options.example) example = await exampleLab(given.labPasswordRequest, { flags: given.flags, dryRun, out: options.out, now, terminal, human }, io);
    const promised: PromisedFiles = example?.promisedFiles ?? new Map();
    let resolution = await gatherAnswers(given, { answersFile: session.answersFile, example, promised }, terminal, io, { now, onProgress: session.onProgress });
    for (;;) {
      resolved = resolution;
      const reviewing = terminal.canPrompt && !dryRun;
      const { result, azureFailure } = reviewing ? await planForReview(resolution, { now, promised, example, terminal }, options, io) : { result: await planRun(resolution, { now, promised, example, terminal }, options, io) };
      const findings = allFindings(result);
      const failed = hasErrors(findings) || azureFailure !== undefined;
      // Wrapped on words at a terminal's width (the plan's finding lines are long); a pipe or a file gets them whole.
      showPlan(result, mode, terminal, human, human === io.stdout ? terminal.columns?.stdout : undefined);

      // At a terminal, a run ends with the review: write, change a step (asked again, then
      // everything checked and planned again), or quit (the answers kept for --resume).
      if (reviewing) {
        if (!failed) refuseInputsInsideOutput(result, options.out, promised);
        const files = failed ? [] : outputFiles(result, lang, { cwd: io.cwd, out: options.out });
        const choice = await review(result, failed, { count: files.length + 1, path: resolve(options.out) }, terminal, io.prompter(lang));
        if (choice.action === 'edit') {
          resolution = await gatherAnswers(given, { answersFile: session.answersFile, example, promised }, terminal, io, { now, edit: { answers: resolution.answers, sources: resolution.sources, step: choice.step } });
          continue;
        }
        if (choice.action === 'quit') {
          if (azureFailure) throw azureFailure;
          if (failed) {
            session.keep({ resolution: result.resolution, wrong: findings });
            throw new ValidationFailedError(findings, true, human === io.stdout ? 'stdout' : undefined);
          }
          throw new CancelledError('declined');
        }
        write(result, files);
        return;
      }

      if (failed || dryRun) {
        // Saved once the plan holds: a file that fails validation would only fail again next time.
        if (options.saveAnswers && !failed) writeWrappedOn(terminal, human, text.ui.answersSaved({ path: saveAnswersFile(options.saveAnswers, result, io.cwd) }));
        reportUnwritten(result, { failed, dryRun }, options.out, terminal, human);
        if (failed) {
          // Kept without the values found wrong, so that --resume asks them again.
          session.keep({ resolution: result.resolution, wrong: findings });
          throw new ValidationFailedError(findings, true, human === io.stdout ? 'stdout' : undefined);
        }
        session.succeeded(false, human);
        // A plan that asked anything: the same plan without prompts (the answers file only if --save-answers wrote one).
        reportEquivalentCommand(result.resolution, { ...options, mode: 'plan' }, terminal, io, options.saveAnswers);
        return;
      }
      refuseInputsInsideOutput(result, options.out, promised);
      write(result, outputFiles(result, lang, { cwd: io.cwd, out: options.out }));
      return;
    }
  } catch (error) {
    // Stopped (Ctrl+C, Esc, EOF, quit at the review) or failed: the answers so far stay.
    session.keep(resolved ? { resolution: resolved, wrong: [] } : undefined);
    throw error;
  } finally {
    session.close();
    example?.cleanup();
  }
}
