import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.ts';
import { catalogue, codeText } from '../../src/messages/i18n.ts';
import type { Catalogue, Text } from '../../src/messages/types.ts';
import type { Code } from '../../src/model/codes.ts';
import { error } from '../../src/model/findings.ts';
import { UsageError } from '../../src/model/errors.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { siteTexts, type SiteTexts } from '../../src/steps/site/script-texts.ts';
import { subCaTexts, type SubCaTexts } from '../../src/steps/azure/script-texts.ts';
import { inputTexts as gatewayInputTexts } from '../../src/steps/gateway/input-texts.ts';
import { defineInput, type ChoiceTexts, type InputTextsOf } from '../../src/model/inputs.ts';
import type { VmSize } from '../../src/model/answers.ts';

/**
 * A language that lacks a text does not compile. Each `@ts-expect-error` below marks a catalogue
 * (or a use of a code) that must be refused by the type check (`tsc --noEmit`, which `npm test`
 * runs first): if the types ever let it through, the directive is unused and tsc fails.
 */
describe('a catalogue that lacks a text does not type-check', () => {
  it('a missing finding code', () => {
    const { CLASSIC_RETIRED: omitted, ...codes } = en.codes;
    // @ts-expect-error codes lacks CLASSIC_RETIRED: Record<Code, Text> has no optional key.
    const incomplete: Catalogue = { ...en, codes };
    expect(omitted).toBeTypeOf('function');
    expect('CLASSIC_RETIRED' in incomplete.codes).toBe(false);
  });

  it('a missing code of an area (Azure, certificates, clients)', () => {
    const { AZURE_NETWORK: azure, CERT_FILE_EMPTY: certificate, CLIENT_INSTALL_ON_INTRANET: client, ...codes } = en.codes;
    // @ts-expect-error three codes are missing.
    const incomplete: Record<Code, Text> = codes;
    expect([azure, certificate, client].every((text) => typeof text === 'function')).toBe(true);
    expect(Object.keys(incomplete)).toHaveLength(Object.keys(en.codes).length - 3);
  });

  it('a code the union does not know', () => {
    // @ts-expect-error NOT_A_CODE is in no area of src/model/codes.ts.
    const extra: Catalogue = { ...en, codes: { ...en.codes, NOT_A_CODE: () => 'x' } };
    // @ts-expect-error a finding takes a Code, not any string.
    const finding = error('NOT_A_CODE');
    // @ts-expect-error neither does a usage problem.
    const usage = new UsageError([{ code: 'NOT_A_CODE' }]);
    // @ts-expect-error nor codeText: there is no text to fall back on.
    expect(() => codeText('en', 'NOT_A_CODE')).toThrow(TypeError);
    expect([Object.keys(extra.codes).length, finding.code, usage.problems[0]?.code]).toEqual([Object.keys(en.codes).length + 1, 'NOT_A_CODE', 'NOT_A_CODE']);
  });

  it('a missing text of the other sections (ui, help, inspect roles, shared script texts, documents)', () => {
    const { cancelled, ...ui } = en.ui;
    // @ts-expect-error ui lacks cancelled.
    const noUi: Catalogue = { ...en, ui };
    const { force, ...help } = en.help;
    // @ts-expect-error help lacks force.
    const noHelp: Catalogue = { ...en, help };
    const { management, ...roles } = en.inspect.roles;
    // @ts-expect-error inspect.roles lacks management.
    const noRole: Catalogue = { ...en, inspect: { ...en.inspect, roles } };
    const { siteDriveFailed: synopsis, ...common } = en.script.common;
    // @ts-expect-error script.common lacks siteDriveFailed.
    const noScript: Catalogue = { ...en, script: { ...en.script, common } };
    const { title, ...ccmsetup } = en.documents.ccmsetup;
    // @ts-expect-error documents.ccmsetup lacks title.
    const noDocument: Catalogue = { ...en, documents: { ...en.documents, ccmsetup } };
    expect([cancelled, force, management, synopsis, title].every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    expect([noUi, noHelp, noRole, noScript, noDocument]).toHaveLength(5);
  });

  it("a step's input texts: a missing input, a missing language, a missing prompt, or a declaration without its texts", () => {
    const { region, ...others } = gatewayInputTexts;
    // @ts-expect-error region has no texts: every input the type names needs them.
    const noInput: InputTextsOf<keyof typeof gatewayInputTexts> = others;
    // @ts-expect-error fr is missing: an input's texts are a Record<Lang, InputTexts>.
    const noFrench: InputTextsOf<'region'> = { region: { en: region.en } };
    // @ts-expect-error the French texts of region lack the prompt.
    const noPrompt: InputTextsOf<'region'> = { region: { ...region, fr: { help: region.fr.help } } };
    // @ts-expect-error a declaration without its texts: texts is required.
    const noTexts = defineInput({ key: 'region', step: 'gateway', kind: 'string', example: 'westeurope' });
    expect(region.fr.prompt.length).toBeGreaterThan(3);
    expect([Object.keys(noInput).length, Object.keys(noFrench.region), Object.keys(noPrompt.region.fr), noTexts.key]).toEqual([Object.keys(gatewayInputTexts).length - 1, ['en'], ['help'], 'region']);
  });

  it("a choice input's texts (issue 14): a choice without its description, in any language, or one the input does not have", () => {
    const { vmSize } = gatewayInputTexts;
    const { large, ...twoSizes } = vmSize.fr.choices;
    // @ts-expect-error the French texts describe lab and standard but not large: ChoiceTexts<VmSize> needs every size.
    const noLarge: ChoiceTexts<VmSize> = { ...vmSize, fr: { ...vmSize.fr, choices: twoSizes } };
    // @ts-expect-error the English texts have no descriptions at all.
    const noChoices: ChoiceTexts<VmSize> = { ...vmSize, en: { help: vmSize.en.help, prompt: vmSize.en.prompt } };
    // @ts-expect-error huge is not a VM size.
    const extra: ChoiceTexts<VmSize> = { fr: vmSize.fr, en: { help: vmSize.en.help, prompt: vmSize.en.prompt, choices: { lab: 'B2s', standard: 'A2_v2', large: 'A4_v2', huge: 'D64' } } };
    expect(large).toContain('Standard_A4_v2');
    expect([Object.keys(noLarge.fr.choices), Object.keys(noChoices.en), Object.keys(extra.en.choices).length]).toEqual([['lab', 'standard'], ['help', 'prompt'], 4]);
  });

  it("a step's own script texts: a missing language, or a missing text in one", () => {
    // @ts-expect-error fr is missing: a step's script texts are a Record<Lang, ...>.
    const noFrench: Record<Lang, SiteTexts> = { en: siteTexts.en };
    const { synopsis, ...fr } = subCaTexts.fr;
    // @ts-expect-error the French sub-CA texts lack synopsis.
    const noSynopsis: Record<Lang, SubCaTexts> = { ...subCaTexts, fr };
    expect(synopsis.length).toBeGreaterThan(10);
    expect([Object.keys(noFrench), Object.keys(noSynopsis.fr).length]).toEqual([['en'], Object.keys(subCaTexts.en).length - 1]);
  });
});

/** Every key path of a catalogue, down to its texts (strings and functions). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe.each(LANGS)('the %s catalogue', (lang) => {
  const reference = keysOf(catalogue('en')).sort();
  const texts = catalogue(lang);

  it('has exactly the keys of every other language, section by section, recursively', () => {
    for (const other of LANGS) {
      for (const section of Object.keys(catalogue(other)) as Array<keyof Catalogue>) {
        expect(keysOf(texts[section], section).sort(), `${lang} vs ${other}: ${section}`).toEqual(keysOf(catalogue(other)[section], section).sort());
      }
    }
    expect(keysOf(texts).sort()).toEqual(reference);
  });

  it('has a text for every code, and every text says something', () => {
    expect(Object.keys(texts.codes).sort()).toEqual(Object.keys(en.codes).sort());
    const params = new Proxy({}, { get: (_target, name) => (name === 'problem' ? 'FQDN_INVALID' : `<${String(name)}>`) }) as Record<string, string>;
    for (const code of Object.keys(texts.codes) as Code[]) expect(texts.codes[code](params).trim().length, code).toBeGreaterThan(10);
  });
});
