import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';

// With --json, stdout is one JSON document whatever happens (DESIGN.md: "--json prints one JSON
// document on stdout"): a usage error that stops the run early included, so a pipeline can always
// parse stdout and read exitCode and error.code. Human text stays on stderr.

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

/** The whole of stdout parses as one JSON value. */
function documentOf(stdout: string): Record<string, any> {
  expect(stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(stdout);
}

// A value of the wrong type, an output folder in the way and a failed plan are checked in process
// (test/commands/usage-errors.test.ts, test/commands/plan-json.test.ts).
describe('--json: every failure is one JSON document on stdout', () => {
  it('an unknown option (commander): exit 2, COMMAND_LINE_INVALID with commander\'s words', async () => {
    const result = await runCli(['plan', '--json', '--bogus'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--bogus'\n");
    expect(documentOf(result.stdout)).toEqual({
      schemaVersion: 1,
      command: 'plan',
      ok: false,
      exitCode: 2,
      error: {
        kind: 'usage',
        code: 'COMMAND_LINE_INVALID',
        message: "unknown option '--bogus'. `cmg-setup --help` lists the commands and options.",
        problems: [{ code: 'COMMAND_LINE_INVALID', message: "unknown option '--bogus'. `cmg-setup --help` lists the commands and options." }],
      },
    });
  });

  it('an Azure sign-in that cannot happen here: exit 4, kind azure-auth', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['azure', 'check', '--answers', file, '--azure-auth', 'device-code', '--json'], { cwd });
    expect(result.code).toBe(4);
    expect(documentOf(result.stdout)).toMatchObject({ command: 'azure check', exitCode: 4, error: { kind: 'azure-auth', code: 'AZURE_INTERACTIVE_SIGN_IN' } });
  });

  it('help and the version are not failures: no document', async () => {
    const result = await runCli(['plan', '--json', '--help'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: cmg-setup plan');
  });
});

// Exit 2 without --json too: commander's own refusal (the rest of test/cli/usage-errors.test.ts now runs in process, test/commands/usage-errors.test.ts).
describe('command line', () => {
  it('an unknown flag (--sevice-name) is exit 2, names it and suggests --service-name', async () => {
    const result = await runCli(['--sevice-name', 'x'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown option '--sevice-name'");
    expect(result.stderr).toContain('--service-name');
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('a secret typed as a flag value is refused and never repeated', () => {
  const SENTINEL = "S3nt!nel'’\"$`{x}ÄÖ-7d1f";
  const forms = (text: string) => [text, Buffer.from(text, 'utf16le').toString('latin1'), Buffer.from(text).toString('base64'), encodeURIComponent(text)];

  function expectNoSentinel(result: { stdout: string; stderr: string; stdoutBytes: Buffer; stderrBytes: Buffer }): void {
    for (const form of forms(SENTINEL)) {
      expect(result.stdoutBytes.toString('latin1')).not.toContain(Buffer.from(form).toString('latin1'));
      expect(result.stderrBytes.toString('latin1')).not.toContain(Buffer.from(form).toString('latin1'));
    }
    expect(result.stdout).not.toContain('S3nt!nel');
    expect(result.stderr).not.toContain('S3nt!nel');
  }

  it.each([
    ['--server-cert-password=<secret>', ['plan', `--server-cert-password=${SENTINEL}`]],
    ['--server-cert-password <secret>', ['plan', '--server-cert-password', SENTINEL]],
    ['--azure-client-secret=<secret>', ['azure', 'check', `--azure-client-secret=${SENTINEL}`]],
    ['--lab-password <secret>', ['--example', '--lab-password', SENTINEL]],
  ])('%s: exit 2, SECRET_AS_FLAG naming the flag and its three sources', async (_label, args) => {
    const result = await runCli([...args, '--json'], { cwd });
    expect(result.code).toBe(2);
    expectNoSentinel(result);
    const flag = String(args.find((arg) => arg.startsWith('--') && arg !== '--example')).split('=')[0] as string;
    const document = documentOf(result.stdout);
    expect(document.error.code).toBe('SECRET_AS_FLAG');
    expect(document.error.problems[0].message).toContain(`so ${flag} takes no value. Give it with ${flag}-stdin, ${flag}-file <path> or ${flag}-env <VAR>`);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('cert inspect --password <secret>: the same, with the command\'s own sources', async () => {
    const result = await runCli(['cert', 'inspect', 'server.pfx', '--password', SENTINEL], { cwd });
    expect(result.code).toBe(2);
    expectNoSentinel(result);
    expect(result.stderr).toBe(
      'cmg-setup: the command line or answers file cannot be used as given:\n' +
        '  SECRET_AS_FLAG password (--password-stdin / --password-file / --password-env): a secret is never a command-line value: command lines are visible to other users and logged (Windows event 4688), so --password takes no value. Give it with --password-stdin, --password-file <path> or --password-env <VAR>.\n',
    );
  });

  it("cert inspect --server-cert-password <secret>: not one of its options (it starts without the wizard's inputs), refused without the value", async () => {
    const result = await runCli(['cert', 'inspect', 'server.pfx', '--server-cert-password', SENTINEL], { cwd });
    expect(result.code).toBe(2);
    expectNoSentinel(result);
    expect(result.stderr).toBe("error: unknown option '--server-cert-password'\n");
  });

  it('a misspelt secret flag with =value (unknown to commander): its message shows the flag, not the value', async () => {
    const result = await runCli(['plan', `--server-cert-pasword=${SENTINEL}`, '--json'], { cwd });
    expect(result.code).toBe(2);
    expectNoSentinel(result);
    expect(result.stderr).toBe("error: unknown option '--server-cert-pasword=…'\n");
    expect(documentOf(result.stdout).error.message).toBe("unknown option '--server-cert-pasword=…'. `cmg-setup --help` lists the commands and options.");
  });

  it('after --, a token is an operand, not a flag: cert inspect reads it as the file name', async () => {
    const result = await runCli(['cert', 'inspect', '--', '--server-cert-password'], { cwd });
    expect(result.code).toBe(3);
    expect(result.stderr + result.stdout).not.toContain('SECRET_AS_FLAG');
  });
});
