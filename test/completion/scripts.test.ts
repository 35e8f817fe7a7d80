/**
 * The completion scripts (src/cli/completion/) say what the program is, all of it and nothing
 * more: every command and every visible option of every command, read back from each script and
 * compared with commander's own program; the fixed values of the options that have them; and
 * PowerShell tooltips quoted as PowerShell reads them.
 */
import { describe, expect, it } from 'vitest';
import { bashScript } from '../../src/cli/completion/bash.ts';
import { powershellScript, POWERSHELL_FIRST_LINE } from '../../src/cli/completion/powershell.ts';
import type { CompletionCommand } from '../../src/cli/completion/tree.ts';
import { completionTree } from '../../src/cli/completion/walk.ts';
import { COMPLETION_SCRIPTS } from '../../src/cli/completion/scripts.ts';
import { zshScript } from '../../src/cli/completion/zsh.ts';
import { AZURE_AUTHS } from '../../src/model/answers.ts';
import { commanderFacts, fullProgram, type CommandFacts } from './program.ts';

const program = fullProgram('en');
const tree = completionTree(program, 'en');
const expected = commanderFacts(program);

/** What the PowerShell script's $tree says, by command path. */
function fromPowerShell(script: string): Map<string, CommandFacts & { values: Map<string, string[]> }> {
  const found = new Map<string, CommandFacts & { values: Map<string, string[]> }>();
  let current: (CommandFacts & { values: Map<string, string[]> }) | undefined;
  for (const line of script.split('\n')) {
    const node = /^ {8}'([^']*)' = @\{$/.exec(line);
    if (node) {
      current = { commands: [], flags: [], values: new Map() };
      found.set(node[1] ?? '', current);
      continue;
    }
    if (!current) continue;
    if (/^ {12}Commands = /.test(line)) current.commands = [...line.matchAll(/@\{ Text = '([^']*)'/g)].map((match) => match[1] ?? '');
    const flag = /^ {16}@\{ Names = @\(([^)]*)\); Value = \$(true|false); Values = (@\(\)|@\(.*?\)); Excludes/.exec(line);
    if (flag) {
      const names = [...(flag[1] ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
      current.flags.push(...names);
      const values = [...(flag[3] ?? '').matchAll(/@\{ Text = '([^']*)'/g)].map((match) => match[1] ?? '');
      for (const name of names) current.values.set(name, values);
    }
  }
  return found;
}

/** What the bash data lines say, by command path. */
function fromBash(script: string): Map<string, CommandFacts & { values: Map<string, string[]> }> {
  const found = new Map<string, CommandFacts & { values: Map<string, string[]> }>();
  const at = (path: string) => {
    if (!found.has(path)) found.set(path, { commands: [], flags: [], values: new Map() });
    return found.get(path)!;
  };
  for (const line of script.split('\n')) {
    const [kind, path = '', a = '', b = ''] = line.split('|');
    if (kind === 'c') at(path).commands.push(a);
    else if (kind === 'f') at(path).flags.push(...a.split(' '));
    else if (kind === 'n') at(path);
    else if (kind === 'v') at(path).values.set(a, [...(at(path).values.get(a) ?? []), b]);
  }
  return found;
}

const pickFacts = (facts: Map<string, CommandFacts>) => new Map([...facts].map(([path, { commands, flags }]) => [path, { commands, flags }]));

describe('every command and every option of the program', () => {
  it('the walk reaches the commands commander has, the lazily made options of run, plan and azure check included', () => {
    expect([...expected.keys()]).toEqual(['', 'run', 'plan', 'steps', 'schema', 'cert', 'cert lab', 'cert inspect', 'cert request', 'azure', 'azure check', 'completion']);
    // The sixty-odd input options really are there (made by makeEveryOption).
    for (const path of ['', 'run', 'plan', 'azure check']) expect(expected.get(path)?.flags).toEqual(expect.arrayContaining(['--model', '--cloud', '--site-code', '--management-points', '--server-cert-password-stdin']));
  });

  it('PowerShell: the same commands and option names, command by command', () => {
    expect(pickFacts(fromPowerShell(powershellScript(tree)))).toEqual(expected);
  });

  it('bash and zsh: the same commands and option names, command by command', () => {
    expect(pickFacts(fromBash(bashScript(tree)))).toEqual(expected);
    expect(pickFacts(fromBash(zshScript(tree)))).toEqual(expected);
  });

  it('hidden options stay hidden: a boolean input off by default has a hidden --no-…, in no script', () => {
    const hidden = program.commands.find((command) => command.name() === 'plan')!.options.filter((option) => option.hidden).map((option) => option.long!);
    expect(hidden.length).toBeGreaterThan(0);
    const names = new Set([...fromPowerShell(powershellScript(tree)).values(), ...fromBash(bashScript(tree)).values()].flatMap((facts) => facts.flags));
    expect(hidden.filter((name) => names.has(name))).toEqual([]);
  });

  it('a secret completes its three flags by name only: no value, and no flag that would take the secret itself', () => {
    const plan = fromBash(bashScript(tree)).get('plan')!;
    expect(plan.flags.filter((name) => name.startsWith('--server-cert-password'))).toEqual(['--server-cert-password-stdin', '--server-cert-password-file', '--server-cert-password-env']);
    expect(['--server-cert-password-stdin', '--server-cert-password-file', '--server-cert-password-env'].map((name) => plan.values.get(name))).toEqual([undefined, undefined, undefined]);
  });
});

describe('the values of an option with fixed values', () => {
  const cases: Array<[string, string, string[]]> = [
    ['plan', '--model', ['vmss', 'classic']],
    ['', '--cloud', ['public', 'usgov']],
    ['run', '--lang', ['en', 'fr']],
    ['steps', '--lang', ['en', 'fr']],
    ['plan', '--vm-size', ['lab', 'standard', 'large']],
    ['cert inspect', '--role', ['server', 'client-root', 'management']],
    ['cert request', '--key-size', ['2048', '4096']],
    ['azure check', '--azure-auth', [...AZURE_AUTHS]],
  ];
  it.each(cases)('%j %s: %j, in PowerShell and bash', (path, flag, values) => {
    expect(fromPowerShell(powershellScript(tree)).get(path)?.values.get(flag)).toEqual(values);
    expect(fromBash(bashScript(tree)).get(path)?.values.get(flag)).toEqual(values);
  });

  it('the operand of `completion`: the three shells', () => {
    expect(tree.commands.find((command) => command.name === 'completion')?.operands).toEqual([['powershell', 'bash', 'zsh'].map((value) => ({ value, description: value }))]);
    expect(bashScript(tree).split('\n').filter((line) => line.startsWith('o|'))).toEqual(['o|completion|0|powershell', 'o|completion|0|bash', 'o|completion|0|zsh']);
  });
});

describe('PowerShell quoting', () => {
  const tiny: CompletionCommand = {
    name: 'cmg-setup',
    path: [],
    description: '',
    commands: [],
    flags: [{ names: ['--out'], takesValue: true, values: [], description: "the admin's ‘folder’", excludes: ['--out'] }],
    operands: [],
  };

  it("a quote in a tooltip is doubled, the typographic ones too (PowerShell reads U+2018..U+201B as quotes)", () => {
    const line = powershellScript(tiny).split('\n').find((text) => text.includes("Names = @('--out')"));
    expect(line).toBe("                @{ Names = @('--out'); Value = $true; Values = @(); Excludes = @('--out'); Tip = 'the admin''s ‘‘folder’’' }");
  });

  it('the walk keeps the first line of a description', () => {
    const program = fullProgram('en');
    const out = program.commands.find((command) => command.name() === 'plan')!.options.find((option) => option.long === '--out')!;
    out.description = "first line, with 'quotes'\nsecond line";
    expect(completionTree(program, 'en').commands.find((command) => command.name === 'plan')?.flags.find((flag) => flag.names.includes('--out'))?.description).toBe("first line, with 'quotes'");
  });

  it('in French: the catalogue’s apostrophes (’ and \') come out doubled', () => {
    const script = powershellScript(completionTree(fullProgram('fr'), 'fr'));
    expect(script).toContain("@{ Text = 'completion'; Tip = 'afficher le script de complétion (touche Tab) d’’un shell (à ajouter à votre profil : voir le README)' }");
    expect(script).toContain("Tip = 'reprendre les réponses qu''un entretien interrompu");
  });

  it('opens with its first line and registers for cmg-setup, cmg-setup.exe and the Windows executable', () => {
    const lines = powershellScript(tree).split('\n');
    expect(lines[0]).toBe(POWERSHELL_FIRST_LINE);
    expect(lines[2]).toBe("Register-ArgumentCompleter -Native -CommandName 'cmg-setup', 'cmg-setup.exe', 'cmg-setup-win-x64', 'cmg-setup-win-x64.exe' -ScriptBlock {");
  });
});

describe('the shells', () => {
  it('`completion <shell>` offers exactly the shells there is a script for', () => {
    const command = program.commands.find((sub) => sub.name() === 'completion');
    expect(command?.registeredArguments[0]?.argChoices).toEqual(Object.keys(COMPLETION_SCRIPTS));
  });
});
