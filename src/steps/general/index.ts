import { atLeast, checkSiteVersion, FIRST_VMSS_VERSION, LATEST_SITE_VERSION, siteVersionOfBuild, vmssIsPreRelease } from '../../domain/site.ts';
import { CLOUDS, MODELS } from '../../model/answers.ts';
import { error, warning } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import type { StepContext } from '../../model/step.ts';
import type { StepFinding } from '../../model/findings.ts';

/**
 * The last version that could create a classic CMG: from 1902 Azure Resource Manager is the
 * only way to create one (cmg-reference.md section 0).
 */
export const LAST_CLASSIC_SITE_VERSION = '1810';

export const generalInputs = [
  defineInput({ key: 'model', step: 'general', texts: inputTexts.model, kind: 'choice', choices: MODELS, default: 'vmss', example: 'vmss' }),
  defineInput({ key: 'cloud', step: 'general', texts: inputTexts.cloud, kind: 'choice', choices: CLOUDS, default: 'public', example: 'public' }),
  defineInput({
    key: 'siteVersion',
    step: 'general',
    texts: inputTexts.siteVersion,
    kind: 'string',
    default: (answers) => (answers.model === 'classic' ? LAST_CLASSIC_SITE_VERSION : LATEST_SITE_VERSION),
    // The site version the console shows (`5.00.9128.1000`) is the build of one YYMM version (site-builds.ts).
    normalize: (value) => siteVersionOfBuild(value) ?? value,
    validate: (value) => checkSiteVersion(value),
    example: '2403',
  }),
];

/** Rules about the model, cloud and site version together; classic always opens with its retirement. */
export function planGeneral({ answers }: Pick<StepContext, 'answers'>): StepFinding[] {
  const { model, cloud, siteVersion } = answers;
  const findings: StepFinding[] = [];
  if (model === 'classic') {
    findings.push(warning('CLASSIC_RETIRED'));
    if (siteVersion >= '1902') findings.push({ ...error('CLASSIC_SITE_VERSION', { siteVersion }), input: 'siteVersion' });
    return findings;
  }
  if (!atLeast(siteVersion, FIRST_VMSS_VERSION)) findings.push({ ...error('VMSS_SITE_VERSION', { siteVersion }), input: 'siteVersion' });
  else if (vmssIsPreRelease(siteVersion)) findings.push({ ...warning('VMSS_PRERELEASE', { siteVersion }), input: 'siteVersion' });
  if (cloud === 'usgov' && siteVersion < '2111') findings.push({ ...error('USGOV_VMSS_SITE_VERSION', { siteVersion }), input: 'siteVersion' });
  return findings;
}
