/**
 * The bash (and zsh) completer run for real: bash sources the script, COMP_WORDS, COMP_CWORD,
 * COMP_LINE and COMP_POINT are set as bash sets them for a partial command line (the last word is
 * the one under the cursor; bash splits `--model=` at the `=`, COMP_WORDBREAKS), the function is
 * called, and COMPREPLY is what it offers. zsh runs the same function through bashcompinit: the
 * zsh test runs where zsh is installed and says why it is skipped where not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bashScript } from '../../src/cli/completion/bash.ts';
import { completionTree } from '../../src/cli/completion/walk.ts';
import { zshScript } from '../../src/cli/completion/zsh.ts';
import { fullProgram } from './program.ts';

const tree = completionTree(fullProgram('en'), 'en');
const folder = mkdtempSync(join(tmpdir(), 'cmg-completion-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const which = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** The partial command lines (words, the last under the cursor) and exactly what each completes to. */
const CASES: Array<[string[], string[]]> = [
  [['cmg-setup', ''], ['run', 'plan', 'steps', 'schema', 'cert', 'azure', 'completion']],
  [['cmg-setup', 'pl'], ['plan']],
  [['cmg-setup', 'cert', ''], ['lab', 'inspect', 'request']],
  [['cmg-setup', 'plan', '--mod'], ['--model']],
  [['cmg-setup', 'plan', '--model', ''], ['vmss', 'classic']],
  [['cmg-setup', 'plan', '--lang', ''], ['en', 'fr']],
  [['cmg-setup', 'plan', '--model', '=', 'c'], ['classic']],
  // One word, as zsh gives it.
  [['cmg-setup', 'plan', '--model=c'], ['--model=classic']],
  [['cmg-setup', 'plan', '--json=x'], []],
  [['cmg-setup', 'cert', 'inspect', '--cloud', 'u'], ['usgov']],
  [['cmg-setup', 'completion', ''], ['powershell', 'bash', 'zsh']],
  // Options before the command, and their values, are read past.
  [['cmg-setup', '--lang', 'fr', 'cert', ''], ['lab', 'inspect', 'request']],
  // A flag already given is not offered again, nor its negation; a list may be given again.
  [['cmg-setup', 'plan', '--model', 'vmss', '--mod'], []],
  [['cmg-setup', 'plan', '--interactive', '--no-interactive', '--inter'], []],
  [['cmg-setup', 'plan', '--management-points', 'a', '--management-points'], ['--management-points', '--management-points-internet-only']],
  [['cmg-setup', 'cert', 'request', '--json', '--j'], []],
  // A file, or an option's free value: nothing, so the shell completes file names (`complete -o default`).
  [['cmg-setup', 'cert', 'inspect', ''], []],
  [['cmg-setup', 'plan', '--answers', ''], []],
  [['cmg-setup', 'plan', '--server-cert-password-env', ''], []],
  // After the operand, the options.
  [['cmg-setup', 'cert', 'inspect', 'root.cer', '--r'], ['--role']],
  [['cmg-setup', '-'], expect.arrayContaining(['-V', '--version', '--model', '-h', '--help']) as unknown as string[]],
];

/** A shell script that prints, for each case, one line: the offers separated by spaces. */
function driver(source: string): string {
  const calls = CASES.map(([words]) => {
    const line = words.join(' ');
    return [`COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})`, `COMP_CWORD=${words.length - 1}`, `COMP_LINE='${line}'`, `COMP_POINT=${line.length}`, 'COMPREPLY=()', '_cmg_setup', 'echo "[${COMPREPLY[*]}]"'].join('; ');
  });
  return [source, ...calls, ''].join('\n');
}

function offers(stdout: string): string[][] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.replace(/^\[|\]$/g, ''))
    .map((line) => (line === '' ? [] : line.split(' ')));
}

describe('the bash completer', () => {
  it('offers exactly the commands, options and values of each partial line', () => {
    const script = join(folder, 'cmg-setup.bash');
    writeFileSync(script, bashScript(tree));
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', driver(`source '${script}'`)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const got = offers(run.stdout);
    CASES.forEach(([words, expected], index) => expect({ line: words.join(' '), offers: got[index] }).toEqual({ line: words.join(' '), offers: expected }));
  });

  it('binds the function with `complete -o default -F` (files when it offers nothing)', () => {
    const script = join(folder, 'bind.bash');
    writeFileSync(script, bashScript(tree));
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', `source '${script}'; complete -p cmg-setup`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('complete -o default -F _cmg_setup cmg-setup');
  });
});

describe('the zsh completer', () => {
  // CI (.ci/run) installs zsh and sets CMG_REQUIRE_ZSH=1: there a missing zsh fails the test instead of skipping it.
  const required = process.env.CMG_REQUIRE_ZSH === '1';
  const reason = which('zsh') || required ? '' : ' (SKIPPED: zsh is not installed here; apt-get install zsh)';
  it.skipIf(!which('zsh') && !required)(`bashcompinit runs the same function, with the same offers, bound to cmg-setup${reason}`, () => {
    const script = join(folder, 'cmg-setup.zsh');
    writeFileSync(script, zshScript(tree));
    // bashcompinit calls the function from its compgen under `emulate -L sh` (0-based arrays, word splitting): as here.
    const setup = `autoload -U compinit && compinit -u -D; source '${script}'; emulate sh; setopt kshglob noshglob braceexpand`;
    const run = spawnSync('zsh', ['-f', '-c', driver(setup)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const got = offers(run.stdout);
    CASES.forEach(([words, expected], index) => expect({ line: words.join(' '), offers: got[index] }).toEqual({ line: words.join(' '), offers: expected }));
    const bound = spawnSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D; source '${script}'; print -r -- $_comps[cmg-setup]`], { encoding: 'utf8' });
    expect(bound.stdout.trim()).toBe('_bash_complete -o default -F _cmg_setup');
  });
});
