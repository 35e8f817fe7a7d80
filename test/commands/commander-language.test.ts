/**
 * Issue 14, "French all through": commander's help and errors in the chosen language, in process
 * (the program as src/cli/main.ts builds it, its output captured). English stays commander's own
 * text, byte for byte; test/cli/usage-errors-help.test.ts runs the binary for the suggestions.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addInputOptions } from '../../src/cli/input-options.ts';
import { buildProgram, rootOptionsLater, takesNoInput } from '../../src/cli/program.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import type { Lang } from '../../src/model/lang.ts';
import { parseCaptured, type Parsed } from './captured-program.ts';

function parse(lang: Lang, args: string[]): Promise<Parsed> {
  // As src/cli/main.ts builds it: with the input options, but for `cert ...`; the root's made later after a command's name.
  return parseCaptured(buildProgram(lang, takesNoInput(args) ? undefined : addInputOptions, rootOptionsLater(args) ? 'later' : 'now'), args);
}

beforeEach(() => {
  vi.stubEnv('COLUMNS', '200');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('help in French', () => {
  it('the program: titles, usage words, the help option and the help command', async () => {
    const { out, code } = await parse('fr', ['--help']);
    expect(code).toBe('commander.helpDisplayed');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Utilisation : cmg-setup [options] [commande]');
    expect(lines).toContain('Options :');
    expect(lines).toContain('Commandes :');
    expect(lines.find((line) => line.startsWith('  -h, --help'))?.replace(/ {2,}/g, '|')).toBe("|-h, --help|afficher l'aide de la commande");
    expect(lines.find((line) => line.startsWith('  -V, --version'))?.replace(/ {2,}/g, '|')).toBe('|-V, --version|afficher la version');
    expect(lines.find((line) => line.startsWith('  help '))?.replace(/ {2,}/g, '|')).toBe("|help [commande]|afficher l'aide de la commande");
    expect(lines.find((line) => line.startsWith('  --out '))?.replace(/ {2,}/g, '|')).toBe('|--out <dossier>|dossier de sortie (par défaut : "./cmg-setup-output")');
    for (const english of ['Usage:', 'Options:', 'Commands:', 'display help', '[command]', '<value>', '<path>', '<dir>', 'default:']) expect(out).not.toContain(english);
  });

  it('cert inspect: its argument, the choices and defaults commander adds', async () => {
    const { out } = await parse('fr', ['cert', 'inspect', '--help']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Utilisation : cmg-setup cert inspect [options] <fichier>');
    expect(lines.find((line) => line.startsWith('  --model '))?.replace(/ {2,}/g, '|')).toBe('|--model <modèle>|modèle de déploiement dont les règles s\'appliquent : vmss ou classic (choix : "vmss", "classic", par défaut : "vmss")');
    expect(lines.find((line) => line.startsWith('  --password-file '))?.replace(/ {2,}/g, '|')).toBe('|--password-file <chemin>|lire le mot de passe du PFX dans un fichier (première ligne)');
  });

  it('cert: its subcommands and its own help command', async () => {
    const { out } = await parse('fr', ['help', 'cert']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Utilisation : cmg-setup cert [options] [commande]');
    expect(lines).toContain('Commandes :');
    expect(lines.some((line) => line.startsWith('  inspect [options] <fichier> '))).toBe(true);
    expect(lines.some((line) => line.startsWith('  help [commande] '))).toBe(true);
  });

  it('plan: every placeholder of the input options has a French word', async () => {
    const { out } = await parse('fr', ['plan', '--help']);
    const placeholders = new Set([...out.matchAll(/^ {2}-\S*(?:, -\S+)? <([^>]+)>/gm)].map((match) => match[1]));
    expect([...placeholders].sort()).toEqual(['VAR', 'chemin', 'date-iso', 'dossier', 'fichier', 'json', 'langue', 'secondes', 'valeur', 'éléments']);
    expect(ALL_INPUTS.length).toBeGreaterThan(40);
  });
});

describe('help in English: commander\'s own words', () => {
  it('the program and cert inspect', async () => {
    const program = (await parse('en', ['--help'])).out.split('\n');
    expect(program[0]).toBe('Usage: cmg-setup [options] [command]');
    expect(program).toContain('Options:');
    expect(program).toContain('Commands:');
    expect(program.find((line) => line.startsWith('  help '))?.replace(/ {2,}/g, '|')).toBe('|help [command]|display help for command');
    expect(program.find((line) => line.startsWith('  --out '))?.replace(/ {2,}/g, '|')).toBe('|--out <dir>|output folder (default: "./cmg-setup-output")');
    const inspect = (await parse('en', ['cert', 'inspect', '--help'])).out.split('\n');
    expect(inspect[0]).toBe('Usage: cmg-setup cert inspect [options] <file>');
    expect(inspect.find((line) => line.startsWith('  --model '))?.replace(/ {2,}/g, '|')).toBe('|--model <model>|deployment model whose rules apply: vmss or classic (choices: "vmss", "classic", default: "vmss")');
  });
});

/** Each error commander can give this program, and its line in each language. */
const ERRORS: ReadonlyArray<{ name: string; args: string[]; code: string; en: string; fr: string }> = [
  { name: 'unknown option', args: ['--bogus'], code: 'commander.unknownOption', en: "error: unknown option '--bogus'", fr: "erreur : option inconnue '--bogus'" },
  {
    name: 'unknown option, with a suggestion',
    args: ['plan', '--servce-name', 'x'],
    code: 'commander.unknownOption',
    en: "error: unknown option '--servce-name' (did you mean --service-name?)",
    fr: "erreur : option inconnue '--servce-name' (vouliez-vous dire --service-name ?)",
  },
  { name: 'unknown command', args: ['runn'], code: 'commander.unknownCommand', en: "error: unknown command 'runn' (did you mean run?)", fr: "erreur : commande inconnue 'runn' (vouliez-vous dire run ?)" },
  { name: 'unknown subcommand', args: ['cert', 'inspct'], code: 'commander.unknownCommand', en: "error: unknown command 'inspct' (did you mean inspect?)", fr: "erreur : commande inconnue 'inspct' (vouliez-vous dire inspect ?)" },
  { name: 'missing required argument', args: ['cert', 'inspect'], code: 'commander.missingArgument', en: "error: missing required argument 'file'", fr: "erreur : argument obligatoire manquant : 'fichier'" },
  { name: 'option argument missing', args: ['cert', 'inspect', 'x.pfx', '--role'], code: 'commander.optionMissingArgument', en: "error: option '--role <role>' argument missing", fr: "erreur : l'option '--role <rôle>' attend une valeur" },
  {
    name: 'too many arguments',
    args: ['cert', 'inspect', 'a.pfx', 'b.pfx'],
    code: 'commander.excessArguments',
    en: "error: too many arguments for 'inspect'. Expected 1 argument but got 2.",
    fr: "erreur : trop d'arguments pour 'inspect' : 1 attendu, 2 reçus.",
  },
  { name: 'too many arguments (none taken)', args: ['steps', 'extra'], code: 'commander.excessArguments', en: "error: too many arguments for 'steps'. Expected 0 arguments but got 1.", fr: "erreur : trop d'arguments pour 'steps' : aucun attendu, 1 reçu." },
  {
    name: 'invalid argument (not one of the choices)',
    args: ['cert', 'request', '--key-size', '1024'],
    code: 'commander.invalidArgument',
    en: "error: option '--key-size <bits>' argument '1024' is invalid. Allowed choices are 2048, 4096.",
    fr: "erreur : valeur '1024' refusée pour l'option '--key-size <bits>'. Valeurs possibles : 2048, 4096.",
  },
];

describe.each(['en', 'fr'] as const)('errors (%s)', (lang) => {
  it.each(ERRORS.map((error) => [error.name, error]))('%s', async (_name, error) => {
    const result = await parse(lang, error.args);
    expect(result.code).toBe(error.code);
    expect(result.err).toBe(`${error[lang]}\n`);
    expect(result.out).toBe('');
  });
});
