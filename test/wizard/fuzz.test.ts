import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MissingInputsError, UsageError } from '../../src/model/errors.ts';
import { STEPS } from '../../src/steps/index.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { readAnswersFile } from '../../src/wizard/answers-file.ts';
import { contosoAnswers } from '../../src/wizard/example.ts';
import { resolveInputs } from '../../src/wizard/resolve.ts';
import { planSteps } from '../../src/wizard/runner.ts';

const folder = mkdtempSync(join(tmpdir(), 'cmg-fuzz-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const keys = ALL_INPUTS.map((spec) => spec.key as string);
const hostileText = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', 'x'.repeat(300), "it’s '@ $(x)", 'a\nb', '__proto__', '-1', '1e9', 'true', 'westeurope', 'P01', 'mp.contoso.com'));
const value = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 4 }), fc.dictionary(fc.string(), hostileText, { maxKeys: 2 }));
const answers = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), value, { maxKeys: 12 });

describe('the answers file and input resolution under random input', () => {
  it('end in a typed usage or missing-input error, or in findings: never another exception', async () => {
    let file = 0;
    const outcomes = { planned: 0, usage: 0, missing: 0 };
    await fc.assert(
      fc.asyncProperty(answers, fc.boolean(), async (document, asYaml) => {
        const path = join(folder, `answers-${(file += 1)}.${asYaml ? 'yaml' : 'json'}`);
        writeFileSync(path, asYaml ? Object.entries(document).map(([key, entry]) => `${JSON.stringify(key)}: ${JSON.stringify(entry)}`).join('\n') : JSON.stringify(document));
        try {
          const answersFile = readAnswersFile(path, ALL_INPUTS);
          const resolution = await resolveInputs({ specs: ALL_INPUTS, flags: new Map(), secretFlags: new Map(), env: {}, answersFile, stdin: Readable.from([]), statPath: () => 'file' });
          planSteps(resolution, new Date('2026-03-01T00:00:00Z'));
          outcomes.planned += 1;
        } catch (error) {
          if (error instanceof UsageError) outcomes.usage += 1;
          else if (error instanceof MissingInputsError) outcomes.missing += 1;
          else throw error;
        }
      }),
      { numRuns: 300, seed: 20261126 },
    );
    expect(outcomes.planned + outcomes.usage + outcomes.missing).toBe(300);
    expect(outcomes.usage).toBeGreaterThan(0);
  });
});

/**
 * A complete, valid answers set: random values then land in the rules and the steps, not in
 * "missing". The Contoso answers (src/wizard/example.ts, the one valid answer set) without
 * certificate files (the fuzzed keys may add them).
 */
const { serverCertPath: _server, clientRootCerts: _roots, ...CONTOSO } = contosoAnswers('vmss', 'public', { root: '', server: '', management: '' });
const COMPLETE: Record<string, unknown> = CONTOSO;

describe('the rules and the steps under random values', () => {
  it('turn any typed value into findings, never an exception, when no rule already failed', async () => {
    const textual = fc.oneof(hostileText.filter((text) => text.length > 0), fc.constantFrom('classic', 'usgov', '1610', '2002', 'entra', 'token', 'lab', 'large', '*.contoso.com', 'x.cloudapp.net', 'x.westeurope.cloudapp.azure.com'));
    const overrides = fc.dictionary(fc.constantFrom(...keys.filter((key) => !key.endsWith('Password'))), fc.oneof(textual, fc.integer({ min: -5, max: 70000 }), fc.boolean(), fc.array(textual, { maxLength: 3 })), { maxKeys: 6 });
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(overrides, async (changes) => {
        const values = new Map(Object.entries({ ...COMPLETE, ...changes }));
        try {
          const resolution = await resolveInputs({ specs: ALL_INPUTS, flags: new Map(), secretFlags: new Map(), env: {}, answersFile: { path: 'fuzz.yaml', values }, stdin: Readable.from([]), statPath: () => 'file' });
          const result = planSteps(resolution, new Date('2026-03-01T00:00:00Z'));
          if (result.steps.length === STEPS.length) planned += 1;
        } catch (error) {
          if (!(error instanceof UsageError || error instanceof MissingInputsError)) throw error;
        }
      }),
      { numRuns: 500, seed: 42 },
    );
    // Most random sets are well typed: the steps really ran on them.
    expect(planned).toBeGreaterThan(100);
  });
});
