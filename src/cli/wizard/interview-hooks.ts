import type { AnswerKey, Answers, PartialAnswers } from '../../model/answers.ts';
import type { CertificateRead, CertificateReport, CertificateSummary } from '../../model/certificates.ts';
import { warning, type Finding, type StepFinding } from '../../model/findings.ts';
import type { AnyInputSpec } from '../../model/inputs.ts';
import type { StepId } from '../../model/step-id.ts';
import type { Step } from '../../model/step.ts';
import type { ValueSource } from '../../model/plan.ts';
import { catalogue, codeText } from '../../messages/i18n.ts';
import { visible } from '../../messages/visible.ts';
import { planGeneral } from '../../steps/general/index.ts';
import { planAtPlace, stepById, STEPS } from '../../steps/index.ts';
import { ALL_INPUTS, inputSpec, stepNumber, stepTitle } from '../../steps/declarations.ts';
import { clientRootsMissing } from '../../steps/client-root/roots-missing.ts';
import { findingLine, paint } from '../../ui/render.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { certificateReads } from '../../wizard/certificate-reads.ts';
import type { Prompter } from '../../wizard/prompter-port.ts';
import type { InterviewHooks, Next } from '../../wizard/resolve.ts';
import { certificateReportWithRetry, type PromisedFiles } from './certificate-report.ts';

/** A step's reads on the answers so far: a step declares them for complete answers, so one it cannot form yet is none yet. */
function readsOf(step: Step, answers: Answers): CertificateRead[] {
  try {
    return certificateReads(answers, new Set(), [step]);
  } catch {
    return [];
  }
}

/** The client-root list answered empty where the plan would warn of it (clientRootsMissing, the step's own rule). */
function noClientRoots(spec: AnyInputSpec, answers: PartialAnswers): boolean {
  return spec.key === 'clientRootCerts' && Array.isArray(answers.clientRootCerts) && clientRootsMissing(answers as Answers);
}

/** Where a step comes in the interview: the general questions first (0), then the steps by number. */
function stepOrder(step: StepId | 'general'): number {
  return step === 'general' ? 0 : stepNumber(step);
}

/**
 * What the interview does between questions at a terminal: a heading for each step (and first,
 * what to have ready), classic's retirement as soon as it is chosen, the recommended settings, and
 * each step's checks as soon as its inputs are known: its certificate files read (subject, expiry,
 * thumbprint shown; a wrong password asked again on the spot) and its rules, with the offer to
 * answer the step again.
 */
export function interviewHooks(context: { terminal: Pick<Terminal, 'lang' | 'color'>; prompter: Prompter; now: Date; promised: PromisedFiles; editing: boolean }): InterviewHooks {
  const { terminal, prompter, now, promised } = context;
  const lang = terminal.lang;
  const text = catalogue(lang).interview;
  const c = paint(terminal);
  /** Editing a step from the review: the list of what to have ready was shown at the start. */
  let introduced = context.editing;
  let classicAccepted = false;
  /** What the certificate files said so far, by the input that completed them: later steps' rules may use an earlier step's certificate. */
  const reports = new Map<string, CertificateReport>();

  const intro = () => {
    if (introduced) return;
    introduced = true;
    prompter.say(c.bold(text.readyTitle));
    for (const line of text.ready) prompter.say(`  • ${line}`);
    prompter.say(c.dim(prompter.plain === true ? text.plainKeys : text.keys));
  };

  const say = (finding: StepFinding) => prompter.say(findingLine({ ...finding, message: codeText(lang, finding.code, finding.params) }, terminal));

  const certificates = (): CertificateReport => {
    const all = [...reports.values()];
    const server = all.find((report) => report.server)?.server;
    const management = all.find((report) => report.management)?.management;
    return {
      findings: all.flatMap((report) => report.findings),
      ...(server ? { server } : {}),
      ...(management ? { management } : {}),
      clientAuthorities: all.flatMap((report) => report.clientAuthorities),
      subCas: all.flatMap((report) => report.subCas),
    };
  };

  /**
   * The files this input completes (a .pfx once its password is known, a .cer once its path is),
   * read now: subject, expiry and thumbprint shown; a wrong .pfx password asked again on the spot
   * (up to three times, like certutil and the console's import wizard).
   */
  async function readCertificatesOf(spec: AnyInputSpec, answers: Answers, sources: Partial<Record<AnswerKey, ValueSource>>): Promise<Finding[] | undefined> {
    if (spec.step === 'general') return undefined;
    const step = stepById(spec.step);
    const completes = (read: CertificateRead) => (read.passwordInput ?? read.input) === spec.key;
    if (!readsOf(step, answers).some(completes)) return undefined;
    // The run's own retry, scoped to this file; its wrong-password line is said here, in the interview.
    const sayLine = { write: (line: string) => (prompter.say(c.red(line.replace(/\n$/, ''))), true) } as unknown as NodeJS.WritableStream;
    const resolution = { answers, sources, findings: [] };
    const report = await certificateReportWithRetry(resolution, now, promised, { lang, canPrompt: true, stderr: sayLine, columns: {} }, (key) => prompter.askSecret(inputSpec(key)), { steps: [step], only: completes });
    reports.set(spec.key, report);
    const read = [report.server, report.management, ...report.clientAuthorities, ...report.subCas].filter((summary): summary is CertificateSummary => summary !== undefined);
    for (const summary of read) {
      prompter.say(`  ${c.green('✓')} ${text.certificateRead({ path: visible(summary.path), subject: visible(summary.subject), notAfter: summary.notAfter.slice(0, 10), thumbprint: summary.thumbprint })}`);
    }
    // The summary line above says what an info finding would.
    for (const finding of report.findings) if (finding.severity !== 'info') say(finding);
    return report.findings;
  }

  /**
   * The step's own rules on the answers so far. A step plans from every answer, so the answers
   * still to come stand at their defaults, and only what it finds about its own inputs or earlier
   * ones is shown; the rest is judged once everything is known.
   */
  function stepRules(step: StepId | 'general', answers: PartialAnswers): StepFinding[] {
    const known = new Set(ALL_INPUTS.filter((spec) => stepOrder(spec.step) <= stepOrder(step)).map((spec) => spec.key));
    const concerns = (finding: StepFinding) => finding.severity === 'error' && finding.input !== undefined && known.has(finding.input as never);
    if (step === 'general') return planGeneral({ answers: answers as Answers }).filter(concerns);
    try {
      const plan = planAtPlace(stepById(step), { answers: answers as Answers, now, certificates: certificates(), lang });
      return plan.findings.filter(concerns);
    } catch {
      // Answers still to come that the step cannot plan without: its rules run at the end.
      return [];
    }
  }

  return {
    stepStarts(step, answers) {
      intro();
      const heading = step === 'general' ? text.generalHeading : text.stepHeading({ number: stepNumber(step), total: STEPS.length, title: stepTitle(step, lang) });
      const lines = step === 'general' ? text.generalLines : stepById(step).texts[lang].interview;
      prompter.say('');
      prompter.say(c.bold(heading));
      prompter.say(c.dim(lines.does));
      prompter.say(c.dim(lines.runs));
      if (answers.model === 'classic') prompter.say(c.yellow.bold(text.classicBanner));
    },

    async answered(spec: AnyInputSpec, answers, sources, asked): Promise<Next> {
      const value = (answers as Record<string, unknown>)[spec.key];
      if (asked && noClientRoots(spec, answers)) {
        // The plan's warning, at its question (issue 17): going on is allowed (a chain added later), so it is a choice, as classic is.
        say({ ...warning('CLIENT_ROOTS_MISSING'), input: spec.key });
        if (!(await prompter.confirm({ id: 'client-roots-empty', message: text.clientRootsEmpty, fallback: true }))) return 'again';
      }
      if (spec.derived && value !== undefined) prompter.say(`  ${c.dim('→')} ${text.derivedValue({ name: spec.texts[lang].prompt, value: visible(String(value)) })}`);
      const found = await readCertificatesOf(spec, answers as Answers, sources);
      if (found?.some((finding) => finding.severity === 'error')) {
        // A file that is not what the step needs (another name, expired, not a .pfx): asked again now, if the admin wants.
        if (await prompter.confirm({ id: 'step-problems', message: text.stepProblems, fallback: true })) return spec.kind === 'secret' ? 'back' : 'again';
      }
      if (spec.key !== 'model' || answers.model !== 'classic' || classicAccepted) return 'next';
      // The retirement at once, not after the questions: the admin decides knowing it.
      prompter.say('');
      prompter.say(c.yellow.bold(text.classicBanner));
      prompter.say(c.yellow(codeText(lang, 'CLASSIC_RETIRED')));
      classicAccepted = await prompter.confirm({ id: 'classic', message: text.classicContinue, fallback: true });
      return classicAccepted ? 'next' : 'again';
    },

    refusedBeforeAsking(findings) {
      intro();
      prompter.say('');
      prompter.say(c.red(text.refusedUpfront));
      for (const finding of findings) say(finding);
    },

    refused(spec, problems, source) {
      const problem = problems[0];
      // The problem's own sentence ends the clause: its full stop goes, the message adds its own.
      if (problem) prompter.say(c.red(text.refused({ input: spec.key, source: text.sources[source], problem: codeText(lang, problem.code, problem.params).replace(/\.$/, '') })));
    },

    async recommended() {
      intro();
      return prompter.confirm({ id: 'recommended', message: text.recommended, fallback: true });
    },

    async stepDone(step, progress): Promise<Next> {
      const rules = stepRules(step, progress.answers);
      for (const finding of rules) say(finding);
      if (rules.length === 0) return 'next';
      return (await prompter.confirm({ id: 'step-problems', message: text.stepProblems, fallback: true })) ? 'again' : 'next';
    },
  };
}
