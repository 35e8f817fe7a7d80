import { dirname, resolve } from 'node:path';
import { renderRunbook } from '../../emit/runbook.ts';
import type { Lang } from '../../model/lang.ts';
import { allArtifacts, type PlanResult } from '../../model/plan.ts';
import { saveAnswers } from '../../output/save-answers.ts';
import type { OwnerOnly } from '../../output/owner-only.ts';
import { writeOutput, type OutputFile, type WriteResult } from '../../output/write-output.ts';
import { jsonText } from '../../ui/json-text.ts';
import { renderAnswersYaml } from '../../wizard/answers-yaml.ts';
import { planDocument } from '../../wizard/plan-document.ts';

/** What a run writes: the runbook, the plan, the answers, and every step's scripts and documents. */
export function outputFiles(result: PlanResult, lang: Lang, place: { cwd: string; out: string }): OutputFile[] {
  const document = planDocument(result, { lang, command: 'run' });
  return [
    { path: 'RUNBOOK.md', content: renderRunbook(result, lang) },
    { path: 'plan.json', content: jsonText(document) },
    { path: 'answers.yaml', content: renderAnswersYaml(result, { cwd: place.cwd, folder: resolve(place.cwd, place.out) }) },
    ...allArtifacts(result).map((artifact) => ({ path: artifact.path, content: artifact.content, ...(artifact.privateKey ? { privateKey: true } : {}) })),
  ];
}

/** The output folder, written whole (staged, then moved into place). */
export function writeRunOutput(options: { out: string; force?: boolean | undefined }, files: readonly OutputFile[], now: Date, env: NodeJS.ProcessEnv, ownerOnly: OwnerOnly): WriteResult {
  return writeOutput({ out: options.out, files, force: options.force === true, now, env, ownerOnly });
}

/** --save-answers: the answers as a reusable file; returns where it went. */
export function saveAnswersFile(path: string, result: PlanResult, cwd: string): string {
  return saveAnswers(path, renderAnswersYaml(result, { cwd, folder: dirname(resolve(cwd, path)) }));
}
