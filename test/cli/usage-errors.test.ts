import { readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, freshDir, removeDir, runCli } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

// Exit 2: the command line or answers file cannot be used as given (DESIGN.md, exit codes).

const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

/** Files the test put in cwd; anything else was written by the CLI. */
function writtenBesides(...ours: string[]): string[] {
  return readdirSync(cwd).filter((name) => !ours.includes(name));
}

describe('command line', () => {
  it('an unknown flag (--sevice-name) is exit 2, names it and suggests --service-name', async () => {
    const result = await runCli(['--sevice-name', 'x'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown option '--sevice-name'");
    expect(result.stderr).toContain('--service-name');
    expect(writtenBesides()).toEqual([]);
  });

  it('--model azure is exit 2 naming --model and its choices', async () => {
    const result = await runCli(['--model', 'azure'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([USAGE_HEADER, '  INPUT_NOT_A_CHOICE model (--model / CMG_MODEL): "azure" is not one of: vmss, classic.', '']);
  });

  it('--vm-count abc is exit 2 naming --vm-count', async () => {
    const result = await runCli(['plan', '--vm-count', 'abc'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([USAGE_HEADER, '  INPUT_NOT_INTEGER vmCount (--vm-count / CMG_VM_COUNT): expected a whole number, got "abc".', '']);
  });

  it('a wrong type in the environment (CMG_VM_COUNT=abc) is exit 2 too', async () => {
    const result = await runCli(['plan'], { cwd, env: { CMG_VM_COUNT: 'abc' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  INPUT_NOT_INTEGER vmCount (--vm-count / CMG_VM_COUNT): expected a whole number, got "abc".');
  });
});

describe('answers file', () => {
  it('an unknown key (servceName) is exit 2, and the message suggests serviceName', async () => {
    const { serviceName, ...rest } = VALID_ANSWERS;
    const file = writeAnswers(cwd, { ...rest, servceName: serviceName });
    const result = await runCli(['plan', '--answers', file], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(USAGE_HEADER);
    expect(lines[1]).toMatch(/^ {2}ANSWERS_UNKNOWN_KEY servceName .*unknown key "servceName" in answers\.yaml/);
    expect(lines[1]).toContain('did you mean "serviceName"?');
    expect(writtenBesides(file)).toEqual([]);
  });

  it('an unknown key that differs only in case (ServiceName) suggests serviceName', async () => {
    const { serviceName, ...rest } = VALID_ANSWERS;
    const file = writeAnswers(cwd, { ...rest, ServiceName: serviceName });
    const result = await runCli(['plan', '--answers', file], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key "ServiceName" in answers.yaml; did you mean "serviceName"?');
  });

  it('a secret value (serverCertPassword: hunter2) is exit 2 and is never echoed', async () => {
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, serverCertPassword: 'hunter2' });
    const result = await runCli(['plan', '--answers', file], { cwd });
    expect(result.stdout).not.toContain('hunter2');
    expect(result.stderr).not.toContain('hunter2');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SECRET_IN_ANSWERS serverCertPassword');
  });

  it('a secret value next to a server certificate path is exit 2 (SECRET_IN_ANSWERS) and is never echoed', async () => {
    writeFileSync(`${cwd}/server.pfx`, Buffer.from([0x30, 0x82]));
    const file = writeAnswers(cwd, { ...VALID_ANSWERS, serverCertPath: 'server.pfx', serverCertPassword: 'hunter2' });
    const result = await runCli(['plan', '--answers', file, '--json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).not.toContain('hunter2');
    expect(JSON.parse(result.stdout).error).toMatchObject({ kind: 'usage', code: 'SECRET_IN_ANSWERS', problems: [{ code: 'SECRET_IN_ANSWERS', input: 'serverCertPassword' }] });
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stderr.split('\n')).toEqual([
      USAGE_HEADER,
      '  SECRET_IN_ANSWERS serverCertPassword (--server-cert-password-env / CMG_SERVER_CERT_PASSWORD): secrets never go in the answers file. Give where it comes from instead: env:CMG_SERVER_CERT_PASSWORD, file:<path>, stdin or prompt.',
      '',
    ]);
  });

  it('--example with --answers is exit 2', async () => {
    const file = writeAnswers(cwd, VALID_ANSWERS);
    const result = await runCli(['plan', '--example', '--answers', file], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('EXAMPLE_WITH_ANSWERS');
  });
});
