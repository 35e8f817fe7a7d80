/**
 * `cmg-setup completion <shell>` from the built binary: the script on stdout and nothing on
 * stderr, exit 0; a shell it does not know is a usage error (exit 2) that names the three it knows.
 * What the scripts complete is tested in test/completion/ (bash) and test/powershell/completion.test.ts.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

let cwd: string;
beforeAll(() => {
  assertBuilt();
  cwd = freshDir();
});
afterAll(() => {
  expect(readdirSync(cwd)).toEqual([]);
  removeDir(cwd);
});

describe('cmg-setup completion', () => {
  it.each([
    ['powershell', '# cmg-setup tab completion for PowerShell', "Register-ArgumentCompleter -Native -CommandName 'cmg-setup', 'cmg-setup.exe', 'cmg-setup-win-x64', 'cmg-setup-win-x64.exe' -ScriptBlock {"],
    ['bash', '# cmg-setup tab completion for bash', 'complete -o default -F _cmg_setup cmg-setup'],
    ['zsh', '#compdef cmg-setup', 'complete -o default -F _cmg_setup cmg-setup'],
  ])('%s: exit 0, the script on stdout only', async (shell, firstLine, line) => {
    const result = await runCli(['completion', shell], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe(firstLine);
    expect(result.stdout.split('\n')).toContain(line);
    // Every command of the program, the wizard's options (made only for run and plan otherwise) included.
    for (const word of ['plan', 'inspect', 'check', '--site-code', '--management-points']) expect(result.stdout).toContain(word);
  });

  it('--lang fr: the PowerShell tooltips in French', async () => {
    const result = await runCli(['completion', 'powershell', '--lang', 'fr'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Tip = 'afficher la version'");
  });

  it('fish: exit 2, a usage error naming the three shells, nothing on stdout', async () => {
    const result = await runCli(['completion', 'fish'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'fish'");
    expect(result.stderr).toContain('powershell, bash, zsh');
  });

  it('without a shell: exit 2', async () => {
    const result = await runCli(['completion'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('--help lists it', async () => {
    const result = await runCli(['--help'], { cwd, env: { COLUMNS: '200' } });
    expect(result.stdout).toMatch(/^ {2}completion \[options\] <shell> +print the tab-completion script for a shell/m);
  });
});
