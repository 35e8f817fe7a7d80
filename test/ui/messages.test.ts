import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.ts';
import { fr } from '../../src/messages/fr.ts';
import { isQuotable } from '../../src/emit/powershell-quote.ts';
import { ALL_INPUTS, findInput } from '../../src/steps/declarations.ts';
import { MissingInputsError } from '../../src/model/errors.ts';
import { renderMissing } from '../../src/ui/render.ts';
import { terminalFor } from '../../src/ui/terminal.ts';
import { VERSION } from '../../src/model/version.ts';
import { LANGS } from '../../src/model/lang.ts';
import { catalogue } from '../../src/messages/i18n.ts';
import { allScriptTexts, STEP_SCRIPT_TEXTS } from '../support/script-texts.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every stable code the source can produce: error('X'), warning('X'), info('X'), fail('X'), code: 'X', new OutputError('X'. */
function codesUsedInSource(): string[] {
  const pattern = /(?:\b(?:error|warning|info|fail)\(|code: |Error\()'([A-Z][A-Z0-9_]+)'/g;
  const codes = new Set<string>();
  for (const file of sourceFiles('src')) for (const match of readFileSync(file, 'utf8').matchAll(pattern)) codes.add(match[1] as string);
  return [...codes].sort();
}

describe('message catalogues', () => {
  it.each(LANGS)('%s has exactly the keys of en', (lang) => {
    expect(keysOf(catalogue(lang)).sort()).toEqual(keysOf(en).sort());
  });

  it.each(LANGS)('every code the source can produce has a text in %s', (lang) => {
    const used = codesUsedInSource();
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((code) => !(code in catalogue(lang).codes))).toEqual([]);
  });

  it('every code in the catalogue can be produced: it appears in the source as a literal', () => {
    // Not in the catalogues nor in the list of codes (src/model/codes.ts), which name every code.
    const literals = new Set(sourceFiles('src').filter((file) => !file.startsWith(join('src', 'messages')) && file !== join('src', 'model', 'codes.ts')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'([A-Z][A-Z0-9_]{2,})'/g)].map((match) => match[1] as string)));
    expect(Object.keys(en.codes).filter((code) => !literals.has(code))).toEqual([]);
  });

  it('every text of the ui, help, inspect and request sections is read somewhere in the source', () => {
    const source = sourceFiles('src').filter((file) => !file.includes(join('ui', 'messages'))).map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const section of ['ui', 'help', 'inspect', 'request'] as const) {
      // Read as a property (text.ui.labMade, text.help.force, inspect.subject): `.key` as a whole word.
      expect(Object.keys(en[section]).filter((key) => !new RegExp(`\\.${key}\\b`).test(source)), section).toEqual([]);
    }
  });

  it.each(LANGS)('every declared input has help and prompt text in %s, from its declaration (src/steps/<id>/input-texts.ts)', (lang) => {
    expect(ALL_INPUTS.length).toBeGreaterThan(50);
    for (const spec of ALL_INPUTS) {
      expect(Object.keys(spec.texts).sort(), spec.key).toEqual([...LANGS].sort());
      // Issue 14: an input with fixed choices describes each of them, one line beside it at the prompt.
      expect(Object.keys(spec.texts[lang]).sort(), spec.key).toEqual(spec.choices ? ['choices', 'help', 'prompt'] : ['help', 'prompt']);
      if (spec.choices) expect(Object.keys(spec.texts[lang].choices ?? {}), spec.key).toEqual([...spec.choices]);
      expect(spec.texts[lang].help.length, spec.key).toBeGreaterThan(10);
      expect(spec.texts[lang].prompt.length, spec.key).toBeGreaterThan(3);
    }
  });

  it.each(LANGS)('fills every parameter: no "undefined" in any code text in %s', (lang) => {
    // `problem` is the code whose text PRIMARY_SITE_INVALID says (src/domain/hierarchy.ts).
    const params = new Proxy({}, { get: (_target, name) => (name === 'reason' ? 'length' : name === 'problem' ? 'FQDN_INVALID' : `<${String(name)}>`) }) as Record<string, string>;
    for (const [code, text] of Object.entries(catalogue(lang).codes)) expect(text(params), code).not.toContain('undefined');
  });

  describe('script texts (what the generated PowerShell says)', () => {
    const texts = (value: unknown, prefix = ''): Array<[string, string]> =>
      typeof value === 'string' ? [[prefix, value]] : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => texts(child, prefix ? `${prefix}.${key}` : key));
    const all = LANGS.flatMap((lang) => texts(allScriptTexts(lang)).map(([key, value]) => [`${lang} ${key}`, value] as const));
    const placeholders = (value: string) => [...value.matchAll(/\{(\d+)(?::[^{}]*)?\}/g)].map((match) => match[0]).sort();

    it("finds every step's own script texts by convention (src/steps/<id>/script-texts.ts, <section>Texts)", () => {
      expect(STEP_SCRIPT_TEXTS.map(([section]) => section).sort()).toEqual(['azureService', 'clientChain', 'clients', 'connectionPoint', 'entraApps', 'roles', 'site', 'subCa']);
    });

    it('every text can be quoted and cannot end the help block: no control character, no <# or #>', () => {
      expect(all.length).toBeGreaterThan(300);
      expect(all.filter(([, value]) => value.trim() === '' || !isQuotable(value) || value.includes('#>') || value.includes('<#')).map(([key]) => key)).toEqual([]);
    });

    it('braces only as -f placeholders ({0}, {2:yyyy-MM-dd}), which -f would otherwise reject', () => {
      expect(all.filter(([, value]) => /[{}]/.test(value.replace(/\{\d+(?::[^{}]*)?\}/g, ''))).map(([key]) => key)).toEqual([]);
    });

    it.each(LANGS)('%s takes the placeholders of en for each text', (lang) => {
      const french = new Map(texts(allScriptTexts(lang)));
      expect(texts(allScriptTexts('en')).filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(french.get(key) ?? ''))).map(([key]) => key)).toEqual([]);
    });

    it('French typography: a space before ":" and ";" (except in paths, times, host:port and -f formats), no straight double quotes', () => {
      const prose = (value: string) => value.replace(/\{\d+(?::[^{}]*)?\}(?::\{\d+\})?/g, '{}').replace(/[A-Za-z]+:\\/g, '').replace(/https?:\/\//g, '');
      expect(texts(allScriptTexts('fr')).filter(([, value]) => /[^ ][:;]|"/.test(prose(value))).map(([key]) => key)).toEqual([]);
    });
  });

  it('the version constant is package.json\'s', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

// Issue 17: a piped stdout that turns prompting off says so and names --interactive, in both languages.
describe('missing inputs when only standard output turned prompting off', () => {
  it.each([
    ['en', 'cmg-setup: 2 required input(s) missing, and nothing was asked: standard output is not a terminal (a pipe or a file), which turns prompting off. Add --interactive to be asked anyway, or give them:'],
    ['fr', "cmg-setup: 2 paramètre(s) obligatoire(s) manquant(s), et rien n'a été demandé : la sortie standard n'est pas un terminal (un tube ou un fichier), ce qui désactive les invites. Ajoutez --interactive pour qu'ils soient demandés malgré tout, ou indiquez-les :"],
  ] as const)('%s', (lang, header) => {
    const error = new MissingInputsError(['serviceName', 'siteCode']);
    error.promptsOff = 'stdout';
    expect(renderMissing(error, lang, findInput).split('\n')[0]).toBe(header);
    expect(renderMissing(new MissingInputsError(['serviceName', 'siteCode']), lang, findInput).split('\n')[0]).not.toBe(header);
  });
});

describe('terminalFor: promptsOffBecauseOfStdout', () => {
  const facts = { stdinIsTTY: true, stdoutIsTTY: false, stderrIsTTY: true, ci: false, env: {} };
  const streams = { stdout: process.stdout, stderr: process.stderr };
  it.each([
    ['stdout piped, nothing else', facts, {}, true],
    ['stdout piped, --interactive (prompts)', facts, { interactive: true }, false],
    ['stdout piped, --no-interactive (asked for)', facts, { interactive: false }, false],
    ['stdout piped, --yes', facts, { yes: true }, false],
    ['stdout piped, CI', { ...facts, ci: true }, {}, false],
    ['stdin piped too', { ...facts, stdinIsTTY: false }, {}, false],
    ['both terminals (prompts)', { ...facts, stdoutIsTTY: true }, {}, false],
  ])('%s', (_name, given, options, expected) => {
    expect(terminalFor(given, streams, options, 'en').promptsOffBecauseOfStdout === true).toBe(expected);
  });
});
