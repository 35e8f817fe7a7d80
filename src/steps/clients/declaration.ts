import { ALWAYS_ON_INTERNET_ACTIONS, CLIENT_ROLLOUTS, type AlwaysOnInternetAction, type PartialAnswers } from '../../model/answers.ts';
import { error, type Problem } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepDeclaration } from '../../model/step.ts';

/** The action must agree with the older boolean when an answers file still gives it: true = set, false = not set. */
function checkAlwaysOnInternetAction(value: AlwaysOnInternetAction, answers: PartialAnswers): Problem[] {
  const legacy = answers.clientAlwaysOnInternet;
  if (legacy === undefined || (legacy ? value === 'set' : value !== 'set')) return [];
  return [error('ALWAYS_ON_INTERNET_CONFLICT', { legacy: String(legacy), action: value })];
}

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'clients',
  title: { en: 'Clients', fr: 'Clients' },
  inputs: [
    /**
     * The first form of the choice, a boolean where false removed the value. Kept, never renamed
     * (DESIGN.md), so earlier answers files and pipelines still run: true still sets it; false no
     * longer removes it but leaves each client's value alone, since a rollout must not delete what
     * CCMALWAYSINF=1 installs set on purpose (documented-facts.md F-CLI-1, F-CLI-2; the plan says
     * so: ALWAYS_ON_INTERNET_FALSE_LEAVES). Not asked: the interview asks the action.
     */
    defineInput({ key: 'clientAlwaysOnInternet', step: 'clients', texts: inputTexts.clientAlwaysOnInternet, kind: 'boolean', notAsked: true, example: 'true' }),
    defineInput({
      key: 'clientAlwaysOnInternetAction',
      step: 'clients',
      texts: inputTexts.clientAlwaysOnInternetAction,
      kind: 'choice',
      choices: ALWAYS_ON_INTERNET_ACTIONS,
      default: (answers) => (answers.clientAlwaysOnInternet === true ? 'set' : 'leave'),
      // An older answers file's clientAlwaysOnInternet leaves only the actions the rule below accepts.
      offered: (answers) => ALWAYS_ON_INTERNET_ACTIONS.filter((value) => checkAlwaysOnInternetAction(value, answers).length === 0),
      validate: checkAlwaysOnInternetAction,
      example: 'leave',
    }),
    defineInput({
      key: 'clientRollout',
      step: 'clients',
      texts: inputTexts.clientRollout,
      kind: 'list',
      choices: CLIENT_ROLLOUTS,
      default: ['script'],
      validate: (value) => (value.length === 0 ? [error('CLIENT_ROLLOUT_EMPTY')] : []),
      example: 'script,configmgr-baseline',
    }),
  ],
} satisfies StepDeclaration;
