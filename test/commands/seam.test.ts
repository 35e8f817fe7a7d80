/**
 * The seam between commander and the commands (issue 13): a command is a function of plain
 * options and a CommandIO, so it can be called with plain data. Commander is known only to the
 * program, the option builders and one small parser per command (src/cli/options/); the
 * process is read only at the edge (main, program, process-io).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src', 'cli');

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments (a comment may well speak of commander or the process). */
function code(path: string): string {
  const text = readFileSync(path, 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    out += scanner.getTokenText();
  }
  return out;
}

const name = (path: string) => relative(ROOT, path);
const ALL = [...files(CLI), ...files(join(ROOT, 'src', 'ui'))];
const importsCommander = (path: string) => /from\s*'commander'|import\('commander'\)/.test(code(path));
const touchesProcess = (path: string) => /\bprocess\s*\.|\bprocess\s*\)|globalThis\s*\.\s*process/.test(code(path));

describe('the seam between commander, the process and the commands', () => {
  it('the commands and the wizard jobs import no commander and touch no process.*', () => {
    const commandFiles = [...files(join(CLI, 'commands')), ...files(join(CLI, 'wizard')), join(CLI, 'io.ts'), join(CLI, 'outcome.ts')];
    expect(commandFiles.length).toBeGreaterThan(15);
    expect(commandFiles.filter(importsCommander).map(name)).toEqual([]);
    expect(commandFiles.filter(touchesProcess).map(name)).toEqual([]);
  });

  it('commander is known only to the program, the option builders and the per-command parsers', () => {
    // completion/walk.ts: what tab completion knows, read from the program as --help reads it (its plain data goes to commands/completion.ts);
    // help/document.ts: a command's help read from commander's Help, as plain data for the layout (help/layout.ts).
    const allowed = new Set(['src/cli/main.ts', 'src/cli/program.ts', 'src/cli/wizard-options.ts', 'src/cli/input-options.ts', 'src/cli/completion/walk.ts', 'src/cli/help/document.ts']);
    expect(ALL.filter(importsCommander).map(name).filter((path) => !allowed.has(path) && !path.startsWith('src/cli/options/'))).toEqual([]);
  });

  it('the process is read at the edge only: main, program, process-io (and the Ctrl+C line and prompts in ui)', () => {
    // code-cache.ts: installed by bin/cmg-setup.cjs before the program, and by the worker's entry (the build's write at exit).
    const allowed = new Set(['src/cli/main.ts', 'src/cli/program.ts', 'src/cli/process-io.ts', 'src/cli/code-cache.ts', 'src/ui/notice.ts', 'src/ui/prompter.ts']);
    // The check sees what it looks for.
    expect([join(CLI, 'main.ts'), join(CLI, 'process-io.ts')].map(touchesProcess)).toEqual([true, true]);
    expect(importsCommander(join(CLI, 'program.ts'))).toBe(true);
    expect(ALL.filter(touchesProcess).map(name).filter((path) => !allowed.has(path))).toEqual([]);
  });

  it('every command function takes (options, io)', async () => {
    const modules = {
      wizard: await import('../../src/cli/commands/wizard.ts'),
      steps: await import('../../src/cli/commands/steps.ts'),
      schema: await import('../../src/cli/commands/schema.ts'),
      certInspect: await import('../../src/cli/commands/cert-inspect.ts'),
      certLab: await import('../../src/cli/commands/cert-lab.ts'),
      certRequest: await import('../../src/cli/commands/cert-request.ts'),
      azureCheck: await import('../../src/cli/commands/azure-check.ts'),
    };
    const commands = [modules.wizard.wizardCommand, modules.steps.stepsCommand, modules.schema.schemaCommand, modules.certInspect.certInspectCommand, modules.certLab.certLabCommand, modules.certRequest.certRequestCommand, modules.azureCheck.azureCheckCommand];
    expect(commands.map((command) => command.length)).toEqual([2, 2, 2, 2, 2, 2, 2]);
  });
});
