import { checkRegion, findRegion } from '../../domain/regions.ts';
import { VM_SIZES } from '../../model/answers.ts';
import type { Code } from '../../model/codes.ts';
import { error } from '../../model/findings.ts';
import { defineInput } from '../../model/inputs.ts';
import { inputTexts } from './input-texts.ts';
import { checkFreeText } from '../shared/free-text.ts';
import type { StepDeclaration } from '../../model/step.ts';

const isVmss = (answers: { model?: string }) => answers.model !== 'classic';

/**
 * The alert's percentages and its stop option apply to a threshold: without one the scripts pass
 * none of them (-TrafficOutGB 0 skips the whole alert) and the walkthroughs say "no alert".
 */
const hasThreshold = (answers: { trafficThresholdGb?: number }) => answers.trafficThresholdGb !== undefined;

function range(code: Code, min: number, max: number) {
  return (value: number) => (value < min || value > max ? [error(code, { value, min, max })] : []);
}

/** This step's id, title and inputs: all that --help, `steps` and `schema` need (src/steps/declarations.ts); index.ts plans from them. */
export const declaration = {
  id: 'gateway',
  title: { en: 'Cloud management gateway', fr: 'Passerelle de gestion cloud' },
  inputs: [
    defineInput({
      key: 'region',
      step: 'gateway',
      texts: inputTexts.region,
      kind: 'string',
      required: () => true,
      normalize: (value) => findRegion(value)?.location ?? value,
      validate: (value, answers) => checkRegion(value, answers.cloud ?? 'public'),
      example: 'westeurope',
    }),
    defineInput({ key: 'vmCount', step: 'gateway', texts: inputTexts.vmCount, kind: 'integer', default: 1, validate: range('VM_COUNT_RANGE', 1, 16), example: '2' }),
    defineInput({ key: 'vmSize', step: 'gateway', texts: inputTexts.vmSize, kind: 'choice', choices: VM_SIZES, default: 'standard', relevant: isVmss, advanced: true, example: 'standard' }),
    defineInput({ key: 'verifyClientCrl', step: 'gateway', texts: inputTexts.verifyClientCrl, kind: 'boolean', default: false, example: 'false' }),
    defineInput({ key: 'enforceTls12', step: 'gateway', texts: inputTexts.enforceTls12, kind: 'boolean', default: true, relevant: isVmss, advanced: true, example: 'true' }),
    defineInput({ key: 'contentEnabled', step: 'gateway', texts: inputTexts.contentEnabled, kind: 'boolean', default: true, relevant: isVmss, advanced: true, example: 'true' }),
    defineInput({ key: 'trafficThresholdGb', step: 'gateway', texts: inputTexts.trafficThresholdGb, kind: 'integer', validate: range('TRAFFIC_THRESHOLD_RANGE', 1, 1_000_000), example: '10000' }),
    defineInput({ key: 'trafficWarningPct', step: 'gateway', texts: inputTexts.trafficWarningPct, kind: 'integer', default: 50, relevant: hasThreshold, validate: range('TRAFFIC_PCT_RANGE', 1, 99), advanced: true, example: '50' }),
    defineInput({
      key: 'trafficCriticalPct',
      step: 'gateway',
      texts: inputTexts.trafficCriticalPct,
      kind: 'integer',
      default: 90,
      relevant: hasThreshold,
      validate: (value, answers) => {
        const outOfRange = range('TRAFFIC_PCT_RANGE', 1, 100)(value);
        if (outOfRange.length > 0) return outOfRange;
        const warningPct = answers.trafficWarningPct ?? 50;
        return value <= warningPct ? [error('TRAFFIC_PCT_ORDER', { warning: warningPct, critical: value })] : [];
      },
      advanced: true,
      example: '90',
    }),
    // Stopping the CMG at the critical threshold arrived in 1902 (cmg-reference.md section 0 and
    // "Traffic threshold alerts"): the classic syntax, 1810 at the latest, has no such parameter.
    defineInput({ key: 'trafficStopService', step: 'gateway', texts: inputTexts.trafficStopService, kind: 'boolean', default: false, relevant: (answers) => isVmss(answers) && hasThreshold(answers), advanced: true, example: 'false' }),
    defineInput({ key: 'description', step: 'gateway', texts: inputTexts.description, kind: 'string', validate: (value) => checkFreeText(value, 'DESCRIPTION_INVALID', 512), advanced: true, example: 'Contoso CMG (production)' }),
  ],
} satisfies StepDeclaration;
