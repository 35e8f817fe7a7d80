import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { OutputError } from '../../model/errors.ts';
import type { PlanResult } from '../../model/plan.ts';
import { assertOutputFree } from '../../output/write-output.ts';
import { assertAnswersFileFree, assertAnswersOutsideOutput } from '../../output/save-answers.ts';
import type { Terminal } from '../../ui/terminal.ts';
import { repairLeftovers } from '../output-notices.ts';
import type { PromisedFiles } from './certificate-report.ts';
import type { WizardOptions } from './options.ts';

/**
 * Before anything is asked: what a killed run left beside --out is repaired (or, under plan,
 * reported); a run refuses an --out it may not replace, and --save-answers a file it may not.
 */
export function checkOutputTargets(options: Pick<WizardOptions, 'out' | 'force' | 'answers' | 'saveAnswers'>, dryRun: boolean, terminal: Pick<Terminal, 'lang' | 'stderr' | 'columns'>): void {
  repairLeftovers(options.out, !dryRun, terminal);
  if (!dryRun) assertOutputFree(options.out, options.force === true, options.answers ? { answersFile: options.answers } : {});
  if (options.saveAnswers) {
    if (!dryRun) assertAnswersOutsideOutput(options.saveAnswers, options.out);
    assertAnswersFileFree(options.saveAnswers, options.force === true);
  }
}

/** The path as given and, when it exists, the file it really is (links and linked folders resolved). */
function locations(path: string): string[] {
  const given = resolve(path);
  try {
    return [given, realpathSync(given)];
  } catch {
    return [given];
  }
}

/**
 * Replacing the output must not delete a certificate the answers point into, directly or through
 * a link (`current.pfx -> cmg-setup-output/...`): the real paths are compared as well.
 */
export function refuseInputsInsideOutput(result: PlanResult, out: string, promised: PromisedFiles): void {
  const { answers } = result.resolution;
  const paths = [answers.serverCertPath, answers.managementCertPath, ...answers.clientRootCerts, ...answers.subCaCerts].filter((path): path is string => typeof path === 'string');
  const target = resolve(out);
  const targets = locations(out);
  const isInside = (path: string) => targets.some((folder) => (path + sep).startsWith(folder + sep) && relative(folder, path) !== '');
  const inside = paths.filter((path) => !promised.has(resolve(path))).flatMap(locations).find(isInside);
  if (inside) throw new OutputError('OUTPUT_INSIDE_INPUT', { path: target, file: inside });
}
