/**
 * Exit 2: the command line or answers file cannot be used as given (DESIGN.md, exit codes), in
 * process. Moved from test/cli (usage-errors, odd-inputs' --now dates, json-errors' wrong type):
 * what commander itself refuses (an unknown flag) stays there, with the binary.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certInspectCommand } from '../../src/cli/commands/cert-inspect.ts';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import type { FakeFacts } from './fake-io.ts';
import { runInProcess, type Outcome } from './harness.ts';
import { codeText } from '../../src/messages/i18n.ts';
import type { UsageError } from '../../src/model/errors.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';
import { readAnswersFile } from '../../src/wizard/answers-file.ts';

const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cmg-usage-'));
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** Files the test put in cwd; anything else was written by the command. */
function writtenBesides(...ours: string[]): string[] {
  return readdirSync(cwd).filter((name) => !ours.includes(name));
}

function plan(options: Partial<WizardOptions>, facts: FakeFacts = {}): Promise<Outcome> {
  const plain: WizardOptions = { mode: 'plan', inputs: new Map(), secretFlags: {}, out: join(cwd, 'cmg-setup-output'), outGiven: false, color: true, ...options };
  return runInProcess({ command: 'plan', json: plain.json === true, call: (io) => wizardCommand(plain, io) }, facts);
}

const answers = (values: Readonly<Record<string, unknown>>) => join(cwd, writeAnswers(cwd, values));

describe('command line', () => {
  it('--model azure is exit 2 naming --model and its choices', async () => {
    const result = await plan({ inputs: new Map([['model', 'azure']]) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([USAGE_HEADER, '  INPUT_NOT_A_CHOICE model (--model / CMG_MODEL): "azure" is not one of: vmss, classic.', '']);
  });

  it('--vm-count abc is exit 2 naming --vm-count', async () => {
    const result = await plan({ inputs: new Map([['vmCount', 'abc']]) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([USAGE_HEADER, '  INPUT_NOT_INTEGER vmCount (--vm-count / CMG_VM_COUNT): --vm-count expects a whole number, got "abc".', '']);
  });

  it('a wrong type in the environment (CMG_VM_COUNT=abc) is exit 2 too', async () => {
    const result = await plan({}, { env: { CMG_VM_COUNT: 'abc' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  INPUT_NOT_INTEGER vmCount (--vm-count / CMG_VM_COUNT): CMG_VM_COUNT expects a whole number, got "abc".');
  });

  it('--json, a value of the wrong type: exit 2 with the input and the code', async () => {
    const result = await plan({ answers: answers(VALID_ANSWERS), inputs: new Map([['vmCount', 'seventeen']]), json: true });
    expect(result.code).toBe(2);
    const document = JSON.parse(result.stdout);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(document.error.kind).toBe('usage');
    expect(document.error.problems).toEqual([{ code: 'INPUT_NOT_INTEGER', input: 'vmCount', message: '--vm-count expects a whole number, got "seventeen".' }]);
    expect(document.error.message).toBe(result.stderr.trimEnd());
  });
});

describe('answers file', () => {
  it('an unknown key (servceName) is exit 2, and the message suggests serviceName', async () => {
    const { serviceName, ...rest } = VALID_ANSWERS;
    const file = answers({ ...rest, servceName: serviceName });
    const result = await plan({ answers: file });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(USAGE_HEADER);
    // No flag made up from the unknown key (no "--servce-name"): the real key's flag and variable are in the message (issue 17).
    expect(lines[1]).toBe(`  ANSWERS_UNKNOWN_KEY servceName: unknown key "servceName" in ${file}; did you mean "serviceName" (flag --service-name, environment CMG_SERVICE_NAME)?`);
    expect(writtenBesides('answers.yaml')).toEqual([]);
  });

  it('an unknown key that differs only in case (ServiceName) suggests serviceName', async () => {
    const { serviceName, ...rest } = VALID_ANSWERS;
    const file = answers({ ...rest, ServiceName: serviceName });
    const result = await plan({ answers: file });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`unknown key "ServiceName" in ${file}; did you mean "serviceName" (flag --service-name, environment CMG_SERVICE_NAME)?`);
  });

  it.each([
    ['its environment variable', 'CMG_VM_COUNT', 'vmCount', '--vm-count', 'CMG_VM_COUNT'],
    ['its flag', '--vm-count', 'vmCount', '--vm-count', 'CMG_VM_COUNT'],
    ['a secret\'s misspelt key', 'serverCertPasword', 'serverCertPassword', '--server-cert-password-env', 'CMG_SERVER_CERT_PASSWORD'],
  ])('a key written as %s (%s) suggests the real key, its real flag and variable, in both languages (issue 17)', async (_as, key, suggestion, flag, env) => {
    const file = answers({ ...VALID_ANSWERS, [key]: key === 'serverCertPasword' ? 'env:PW' : 2 });
    const en = await plan({ answers: file });
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[1]).toBe(`  ANSWERS_UNKNOWN_KEY ${key}: unknown key "${key}" in ${file}; did you mean "${suggestion}" (flag ${flag}, environment ${env})?`);
    // The harness renders in English: the French text from the same problem.
    const problem = (() => {
      try {
        readAnswersFile(file, ALL_INPUTS);
      } catch (error) {
        return (error as UsageError).problems[0]!;
      }
      throw new Error('the answers file was accepted');
    })();
    expect(`  ANSWERS_UNKNOWN_KEY ${key}: ${codeText('fr', problem.code, problem.params)}`).toBe(`  ANSWERS_UNKNOWN_KEY ${key}: clé inconnue "${key}" dans ${file} ; vouliez-vous dire "${suggestion}" (option ${flag}, variable d'environnement ${env}) ?`);
  });

  it('a secret value (serverCertPassword: hunter2) is exit 2 and is never echoed', async () => {
    const result = await plan({ answers: answers({ ...VALID_ANSWERS, serverCertPassword: 'hunter2' }) });
    expect(result.stdout).not.toContain('hunter2');
    expect(result.stderr).not.toContain('hunter2');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SECRET_IN_ANSWERS serverCertPassword');
  });

  it('a secret value next to a server certificate path is exit 2 (SECRET_IN_ANSWERS) and is never echoed', async () => {
    writeFileSync(join(cwd, 'server.pfx'), Buffer.from([0x30, 0x82]));
    const result = await plan({ answers: answers({ ...VALID_ANSWERS, serverCertPath: join(cwd, 'server.pfx'), serverCertPassword: 'hunter2' }), json: true });
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
    const result = await plan({ example: true, answers: answers(VALID_ANSWERS) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('EXAMPLE_WITH_ANSWERS');
  });
});

describe('--now must be a date and time that exists', () => {
  for (const value of ['2026-02-30', '2026-13-01', '2026-02-29', '2026-11-26T24:00', '2026-11-26T12:60', '2026-11-26T12:00:60Z', '2026-11-26T12:00:00+25:00', '2026-00-10', '26-11-2026', '2026-11-26junk']) {
    it(`${value}: exit 2, NOW_INVALID`, async () => {
      // cert inspect reads --now first and writes nothing: a date taken as valid ends in exit 3 (no such file).
      const file = join(cwd, 'nowhere.cer');
      const result = await runInProcess({ command: 'cert inspect', json: false, call: (io) => certInspectCommand({ file, model: 'vmss', cloud: 'public', now: value }, io) });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`${USAGE_HEADER}\n  NOW_INVALID: --now "${value}" is not a valid date and time: give an ISO 8601 date such as 2026-11-26 or 2026-11-26T12:00:00Z.\n`);
    });
  }
});
