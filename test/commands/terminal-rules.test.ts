/**
 * The rules about terminals, prompts, JSON and exit codes (DESIGN.md, "Command-line contract"),
 * table-tested in process: each row is the plain options a command line parses to, the facts of
 * the terminal it runs at, and what must come out. No process is spawned (test/cli keeps a smoke
 * test per command and what needs a real process: signals, a real stdin, a pseudo-terminal).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { azureCheckCommand, type AzureCheckOptions } from '../../src/cli/commands/azure-check.ts';
import { certInspectCommand, type CertInspectOptions } from '../../src/cli/commands/cert-inspect.ts';
import { certLabCommand, type CertLabOptions } from '../../src/cli/commands/cert-lab.ts';
import { certRequestCommand, type CertRequestOptions } from '../../src/cli/commands/cert-request.ts';
import { schemaCommand } from '../../src/cli/commands/schema.ts';
import { stepsCommand } from '../../src/cli/commands/steps.ts';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { STEP_IDS, VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import type { FakeFacts } from './fake-io.ts';
import { runInProcess, type Invocation, type Outcome } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-seam-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
/** A fresh folder per row: rows never see each other's output. */
function folder(): string {
  const path = join(root, String((folders += 1)));
  mkdirSync(path);
  return path;
}
const answersFile = (answers: Readonly<Record<string, unknown>>) => {
  const dir = folder();
  return join(dir, writeAnswers(dir, answers));
};
const VALID = answersFile(VALID_ANSWERS);
const INVALID = answersFile({ ...VALID_ANSWERS, vmCount: 20 });

function wizard(mode: 'run' | 'plan', options: Partial<WizardOptions> = {}): Invocation {
  const plain: WizardOptions = { mode, inputs: new Map(), secretFlags: {}, out: join(folder(), 'cmg-setup-output'), outGiven: false, color: true, now: '2026-03-01T00:00:00Z', ...options };
  return { command: mode, json: plain.json === true, call: (io) => wizardCommand(plain, io) };
}
const plan = (options: Partial<WizardOptions> = {}) => wizard('plan', options);
const run = (options: Partial<WizardOptions> = {}) => wizard('run', options);
const steps = (json: boolean): Invocation => ({ command: 'steps', json, call: (io) => stepsCommand({ lang: 'en', json }, io) });
const schema = (): Invocation => ({ command: 'schema', json: true, call: (io) => schemaCommand({ lang: 'en' }, io) });
const inspect = (options: Partial<CertInspectOptions>): Invocation => {
  const plain: CertInspectOptions = { file: join(folder(), 'none.pfx'), model: 'vmss', cloud: 'public', ...options };
  return { command: 'cert inspect', json: plain.json === true, call: (io) => certInspectCommand(plain, io) };
};
const lab = (options: Partial<CertLabOptions>): Invocation => {
  const plain: CertLabOptions = { out: join(folder(), 'cmg-lab-pki'), ...options };
  return { command: 'cert lab', json: plain.json === true, call: (io) => certLabCommand(plain, io) };
};
const request = (options: Partial<CertRequestOptions>): Invocation => {
  const plain: CertRequestOptions = { out: join(folder(), 'cmg-server-request'), keySize: '2048', model: 'vmss', cloud: 'public', ...options };
  return { command: 'cert request', json: plain.json === true, call: (io) => certRequestCommand(plain, io) };
};
const azure = (options: Partial<AzureCheckOptions>): Invocation => {
  const plain: AzureCheckOptions = { inputs: new Map(), secretFlags: {}, ...options };
  return { command: 'azure check', json: plain.json === true, call: (io) => azureCheckCommand(plain, io) };
};

/** A person at a terminal: both ends TTYs, not CI. */
// A wide terminal: the notices asserted here are whole lines (wrapping at a narrow one: test/cli/wrapped-findings.test.ts).
const AT_TERMINAL: FakeFacts = { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, ci: false, columns: 1000 };

interface Row {
  name: string;
  invocation: Invocation;
  facts?: FakeFacts;
  code: number;
  check: (outcome: Outcome) => void;
}

const USAGE = 'cmg-setup: the command line or answers file cannot be used as given:';
const MISSING_10 = 'cmg-setup: 10 required input(s) missing, and no prompt is possible here (no terminal, CI, --json, --yes or --no-interactive):';
const MISSING_10_STDOUT = 'cmg-setup: 10 required input(s) missing, and nothing was asked: standard output is not a terminal (a pipe or a file), which turns prompting off. Add --interactive to be asked anyway, or give them:';
const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';
const VALID_SUMMARY = '0 error(s), 2 warning(s), 13 note(s).';
const INVALID_SUMMARY = '1 error(s), 2 warning(s), 13 note(s).';
const ESC = '\u001b[';

const lines = (text: string) => text.split('\n');
const firstLine = (text: string) => lines(text)[0];
/** The last line of a text that ends with a line break. */
const lastLine = (text: string) => lines(text).at(-2);
/** stdout holds exactly one JSON document and nothing else. */
function onlyJson(text: string): Record<string, any> {
  expect(text.startsWith('{') || text.startsWith('[')).toBe(true);
  expect(text.endsWith('}\n') || text.endsWith(']\n')).toBe(true);
  return JSON.parse(text) as Record<string, any>;
}
/** The missing-inputs error, never a prompt: stdout empty (no --json), nothing asked. */
const missingNoPrompt = (outcome: Outcome) => {
  expect(outcome.asked).toEqual([]);
  expect(outcome.stdout).toBe('');
  expect(firstLine(outcome.stderr)).toBe(MISSING_10);
  expect(lines(outcome.stderr).slice(1, 3).map((line) => line.trim().split(/\s+/).slice(0, 2))).toEqual([['serviceName', '--service-name'], ['subscriptionId', '--subscription-id']]);
};
/** One usage problem, said on stderr only. */
const usage = (code: string) => (outcome: Outcome) => {
  expect(outcome.stdout).toBe('');
  expect(firstLine(outcome.stderr)).toBe(USAGE);
  expect(lines(outcome.stderr)[1]).toMatch(new RegExp(`^  ${code}[ :]`));
  expect(lines(outcome.stderr)).toHaveLength(3);
};
/** The --json error document on stdout: the error's kind, code and exit code. */
const errorJson = (command: string, kind: string, code: string, exitCode: number) => (outcome: Outcome) => {
  expect(onlyJson(outcome.stdout)).toMatchObject({ schemaVersion: 1, command, ok: false, exitCode, error: { kind, code } });
};
const both = (...checks: Array<(outcome: Outcome) => void>) => (outcome: Outcome) => checks.forEach((check) => check(outcome));

/**
 * The equivalent command of a run of VALID with the VM size typed, one option a line, for a
 * shell's continuation and quoting: of a text with spaces, of a token that starts with a digit, of a list.
 */
function rerunOptions(continuation: string, out: string, quote: (text: string) => string, mayBeNumber: (text: string) => string = (text) => text, list = mayBeNumber): string[] {
  const options = [
    '--model vmss', '--cloud public', '--service-name contosocmg.contoso.com', '--client-auth pki',
    `--subscription-id ${mayBeNumber('6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6')}`, '--tenant-id b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d', '--tenant-name contoso.onmicrosoft.com',
    `--server-app-client-id ${mayBeNumber('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')}`, `--client-app-client-id ${mayBeNumber('5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9')}`, '--resource-group rg-contoso-cmg',
    '--region westeurope', '--vm-count 2', '--vm-size lab', '--traffic-threshold-gb 200', `--description ${quote('Contoso CMG (end-to-end test)')}`,
    '--site-code P01', '--sms-provider cm01.contoso.com', '--connection-point-server cmgcp01.contoso.com', '--management-points mp01.contoso.com',
    '--software-update-points sup01.contoso.com', `--client-rollout ${list('script,configmgr-baseline,gpo,intune')}`, `--out ${out}`,
  ];
  return [`  cmg-setup${continuation}`, ...options.map((option) => `    ${option}${continuation}`), '    --yes'];
}

const rows: Row[] = [
  // Prompting: only when stdin and stdout are terminals, not CI, not --json/--yes/--no-interactive.
  { name: 'plan, no inputs, pipes: missing inputs listed, exit 2, no prompt', invocation: plan(), code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, no inputs, terminal but CI: no prompt, exit 2', invocation: plan(), facts: { ...AT_TERMINAL, ci: true }, code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, no inputs, terminal, --no-interactive: no prompt, exit 2', invocation: plan({ interactive: false }), facts: AT_TERMINAL, code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, no inputs, terminal, --yes: no prompt, exit 2', invocation: plan({ yes: true }), facts: AT_TERMINAL, code: EXIT.usage, check: missingNoPrompt },
  {
    name: 'plan, no inputs, stdin a terminal, stdout a file: no prompt, exit 2, and the header says stdout turned prompting off and names --interactive (issue 17)',
    invocation: plan(),
    facts: { ...AT_TERMINAL, stdoutIsTTY: false },
    code: EXIT.usage,
    check: (outcome) => {
      expect(outcome.asked).toEqual([]);
      expect(outcome.stdout).toBe('');
      expect(firstLine(outcome.stderr)).toBe(MISSING_10_STDOUT);
      expect(lines(outcome.stderr).slice(1, 3).map((line) => line.trim().split(/\s+/).slice(0, 2))).toEqual([['serviceName', '--service-name'], ['subscriptionId', '--subscription-id']]);
    },
  },
  { name: 'plan, no inputs, stdin a terminal, stdout a file, CI: the plain header (CI turns prompting off too)', invocation: plan(), facts: { ...AT_TERMINAL, stdoutIsTTY: false, ci: true }, code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, no inputs, stdin a terminal, stdout a file, --no-interactive: the plain header (asked for)', invocation: plan({ interactive: false }), facts: { ...AT_TERMINAL, stdoutIsTTY: false }, code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, no inputs, stdout a terminal, stdin a pipe: no prompt, exit 2', invocation: plan(), facts: { ...AT_TERMINAL, stdinIsTTY: false }, code: EXIT.usage, check: missingNoPrompt },
  { name: 'plan, --interactive, stdin a pipe: still no prompt, exit 2', invocation: plan({ interactive: true }), facts: { ...AT_TERMINAL, stdinIsTTY: false }, code: EXIT.usage, check: missingNoPrompt },
  {
    name: 'plan, no inputs, terminal, --json: no prompt; the error document on stdout, the list on stderr',
    invocation: plan({ json: true }),
    facts: AT_TERMINAL,
    code: EXIT.usage,
    check: both(errorJson('plan', 'missing-inputs', 'INPUTS_MISSING', 2), (outcome) => {
      expect(outcome.asked).toEqual([]);
      expect(firstLine(outcome.stderr)).toBe(MISSING_10);
      expect(onlyJson(outcome.stdout).error.problems.map((problem: { input: string }) => problem.input).slice(0, 2)).toEqual(['serviceName', 'subscriptionId']);
    }),
  },
  {
    name: 'plan, no inputs, a person at a terminal: the first prompt is the model; Ctrl+C there is exit 130',
    invocation: plan(),
    facts: AT_TERMINAL,
    code: EXIT.cancelled,
    check: (outcome) => {
      expect(outcome.asked).toEqual(['model']);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toBe(`${CANCELLED}\n`);
    },
  },
  {
    name: 'plan, --interactive, stdin a terminal, stdout a file, CI: --interactive forces the prompt',
    invocation: plan({ interactive: true }),
    facts: { ...AT_TERMINAL, stdoutIsTTY: false, ci: true },
    code: EXIT.cancelled,
    check: (outcome) => expect(outcome.asked).toEqual(['model']),
  },
  {
    name: 'plan, no inputs, --json, pipes: the JSON document is the only thing on stdout',
    invocation: plan({ json: true }),
    code: EXIT.usage,
    check: both(errorJson('plan', 'missing-inputs', 'INPUTS_MISSING', 2), (outcome) => expect(firstLine(outcome.stderr)).toBe(MISSING_10)),
  },
  {
    name: 'run (bare wizard), no inputs, --json: the document names the command run',
    invocation: run({ json: true }),
    code: EXIT.usage,
    check: errorJson('run', 'missing-inputs', 'INPUTS_MISSING', 2),
  },

  // Plans: exit 0 or 3; JSON on stdout only; human text on stdout without --json.
  {
    name: 'plan, valid answers: the plan on stdout, its summary, then "nothing was written"; stderr empty',
    invocation: plan({ answers: VALID }),
    code: EXIT.ok,
    check: (outcome) => {
      expect(firstLine(outcome.stdout)).toBe('Step 1: Server certificate');
      expect(lines(outcome.stdout).slice(-3)).toEqual([VALID_SUMMARY, 'Plan only: nothing was written.', '']);
      expect(outcome.stderr).toBe('');
    },
  },
  {
    name: 'plan --json, valid answers: one plan document (ok, not written), nothing on stderr',
    invocation: plan({ answers: VALID, json: true }),
    code: EXIT.ok,
    check: (outcome) => {
      expect(onlyJson(outcome.stdout)).toMatchObject({ schemaVersion: 1, command: 'plan', generatedAt: '2026-03-01T00:00:00.000Z', summary: { ok: true, errors: 0 }, output: { written: false } });
      expect(outcome.stderr).toBe('');
    },
  },
  {
    name: 'plan --json, vmCount 20: exit 3, the plan document with the error finding; the summary on stderr',
    invocation: plan({ answers: INVALID, json: true }),
    code: EXIT.validation,
    check: (outcome) => {
      const document = onlyJson(outcome.stdout);
      expect(document).toMatchObject({ command: 'plan', summary: { ok: false, errors: 1 } });
      expect(document.findings.filter((finding: { severity: string }) => finding.severity === 'error').map((finding: { code: string }) => finding.code)).toEqual(['VM_COUNT_RANGE']);
      expect(outcome.stderr).toBe(`${INVALID_SUMMARY}\n`);
    },
  },
  {
    name: 'plan, vmCount 20: exit 3, the plan with the error on stdout, the summary line on stderr',
    invocation: plan({ answers: INVALID }),
    code: EXIT.validation,
    check: (outcome) => {
      expect(outcome.stdout).toMatch(/✖ VM_COUNT_RANGE \(vmCount\) /);
      expect(lastLine(outcome.stdout)).toBe(INVALID_SUMMARY);
      expect(outcome.stderr).toBe(`${INVALID_SUMMARY}\n`);
    },
  },
  {
    name: 'run --dry-run --json, valid answers: a plan document (command plan), nothing written',
    invocation: run({ answers: VALID, dryRun: true, json: true }),
    code: EXIT.ok,
    check: (outcome) => expect(onlyJson(outcome.stdout)).toMatchObject({ command: 'plan', output: { written: false } }),
  },

  // Colour: a terminal on stderr, unless NO_COLOR, --no-color, --json or TERM=dumb; FORCE_COLOR forces it.
  { name: 'colour at a terminal', invocation: plan({ answers: VALID }), facts: { stderrIsTTY: true }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).toContain(ESC) },
  { name: 'no colour with NO_COLOR=1', invocation: plan({ answers: VALID }), facts: { stderrIsTTY: true, env: { NO_COLOR: '1' } }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).not.toContain(ESC) },
  { name: 'no colour with --no-color', invocation: plan({ answers: VALID, color: false }), facts: { stderrIsTTY: true }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).not.toContain(ESC) },
  { name: 'no colour with TERM=dumb', invocation: plan({ answers: VALID }), facts: { stderrIsTTY: true, env: { TERM: 'dumb' } }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).not.toContain(ESC) },
  { name: 'no colour in a pipe', invocation: plan({ answers: VALID }), code: EXIT.ok, check: (outcome) => expect(outcome.stdout).not.toContain(ESC) },
  { name: 'colour in a pipe with FORCE_COLOR=1', invocation: plan({ answers: VALID }), facts: { env: { FORCE_COLOR: '1' } }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).toContain(ESC) },
  { name: 'no colour in --json, even with FORCE_COLOR=1', invocation: plan({ answers: VALID, json: true }), facts: { stderrIsTTY: true, env: { FORCE_COLOR: '1' } }, code: EXIT.ok, check: (outcome) => expect(outcome.stdout).not.toContain(ESC) },

  // Usage errors: exit 2, one problem on stderr, stdout empty.
  { name: 'plan --lang xx: exit 2 INPUT_NOT_A_CHOICE', invocation: plan({ lang: 'xx' }), code: EXIT.usage, check: usage('INPUT_NOT_A_CHOICE') },
  { name: 'plan --now 2026-02-30: exit 2 NOW_INVALID (no roll-over into March)', invocation: plan({ now: '2026-02-30' }), code: EXIT.usage, check: usage('NOW_INVALID') },
  { name: 'plan --azure-timeout 0: exit 2 AZURE_LIMIT_INVALID, even offline', invocation: plan({ azureTimeout: '0', offline: true }), code: EXIT.usage, check: usage('AZURE_LIMIT_INVALID') },
  { name: 'plan --example --answers: exit 2 EXAMPLE_WITH_ANSWERS', invocation: plan({ example: true, answers: VALID }), code: EXIT.usage, check: usage('EXAMPLE_WITH_ANSWERS') },
  { name: 'plan --answers <missing file>: exit 2 ANSWERS_UNREADABLE', invocation: plan({ answers: join(root, 'absent.yaml') }), code: EXIT.usage, check: usage('ANSWERS_UNREADABLE') },
  {
    name: 'two sources for one secret: exit 2 SECRET_SOURCES_CONFLICT',
    invocation: plan({ answers: VALID, secretFlags: { serverCertPasswordStdin: true, serverCertPasswordEnv: 'PFX_PASSWORD' } }),
    code: EXIT.usage,
    check: usage('SECRET_SOURCES_CONFLICT'),
  },
  {
    name: '--lab-password-stdin and a secret on stdin: exit 2 STDIN_TWICE',
    invocation: plan({ answers: VALID, secretFlags: { serverCertPasswordStdin: true, labPasswordStdin: true } }),
    code: EXIT.usage,
    check: usage('STDIN_TWICE'),
  },
  {
    name: 'a --<secret>-stdin whose pipe never closes: exit 2 SECRET_STDIN_TIMEOUT, never a hang',
    invocation: plan({ answers: VALID, inputs: new Map([['managementCertPath', '/nonexistent/m.pfx'], ['model', 'classic']]), secretFlags: { managementCertPasswordStdin: true } }),
    facts: { stdin: new PassThrough(), env: { CMG_SETUP_STDIN_TIMEOUT_MS: '50' } },
    code: EXIT.usage,
    check: usage('SECRET_STDIN_TIMEOUT'),
  },

  // Run: writes only after review; --yes or no terminal stands for the confirmation.
  {
    name: 'run --yes, valid answers: writes, says so on stdout, exit 0',
    invocation: run({ answers: VALID, yes: true }),
    code: EXIT.ok,
    check: (outcome) => {
      expect(lastLine(outcome.stdout)).toMatch(/^Wrote \d+ files to \/.*\/cmg-setup-output\. Start with RUNBOOK\.md\.$/);
      expect(outcome.stderr).toBe('');
      expect(outcome.asked).toEqual([]);
    },
  },
  {
    name: 'run --json, valid answers: the plan document says written, stderr empty',
    invocation: run({ answers: VALID, json: true }),
    code: EXIT.ok,
    check: (outcome) => {
      expect(onlyJson(outcome.stdout)).toMatchObject({ command: 'run', summary: { ok: true }, output: { written: true } });
      expect(outcome.stderr).toBe('');
    },
  },
  {
    name: 'run at a terminal, defaults accepted, "quit" at the review: exit 130, nothing written',
    invocation: run({ answers: VALID, out: join(root, 'declined') }),
    facts: { ...AT_TERMINAL, acceptDefaults: true, confirm: false },
    code: EXIT.cancelled,
    check: (outcome) => {
      expect(outcome.asked.at(-1)).toBe('review');
      // Quitting keeps the answers for --resume (issue 14), beside the output folder, never in it.
      expect(outcome.stderr).toBe(`Answers kept in ${join(root, 'declined.resume.yaml')}. Resume with: cmg-setup run --resume\n${CANCELLED}\n`);
      expect(readdirSync(root)).not.toContain('declined');
      expect(readdirSync(root)).toContain('declined.resume.yaml');
    },
  },
  {
    name: 'run at a terminal, one answer typed, "yes": written, then the equivalent command on stderr',
    invocation: run({ answers: VALID, out: join(root, 'confirmed'), outGiven: true }),
    facts: { ...AT_TERMINAL, acceptDefaults: true, answers: { vmSize: 'lab' }, confirm: true },
    code: EXIT.ok,
    check: (outcome) => {
      expect(outcome.asked.slice(0, 1)).toEqual(['siteVersion']);
      expect(outcome.asked.at(-1)).toBe('review');
      expect(lines(outcome.stdout).at(-3)).toMatch(/^Wrote \d+ files to \/.*\/confirmed\. Start with RUNBOOK\.md\.$/);
      // The answers kept during the interview are in the output's answers.yaml now (issue 14).
      expect(lastLine(outcome.stdout)).toBe(`Removed ${join(root, 'confirmed.resume.yaml')}: the output's answers.yaml holds these answers now.`);
      expect(readdirSync(root)).not.toContain('confirmed.resume.yaml');
      expect(firstLine(outcome.stderr)).toBe('To run the same without prompts next time:');
      // One option a line, continued for bash and zsh, then the shorter form from the answers.yaml it wrote (issue 17).
      const out = join(root, 'confirmed');
      expect(lines(outcome.stderr).slice(1)).toEqual([
        ...rerunOptions(' \\', out, (text) => `'${text}'`),
        'Or, shorter, from the answers this run saved:',
        `  cmg-setup --answers ${out}/answers.yaml --out ${out} --yes`,
        '',
      ]);
      expect(readdirSync(join(root, 'confirmed'))).toContain('RUNBOOK.md');
    },
  },
  {
    name: 'run at a terminal started from pwsh (PSModulePath set), one answer typed, "yes": the equivalent command for PowerShell',
    invocation: run({ answers: VALID, out: join(root, 'from-pwsh'), outGiven: true }),
    facts: { ...AT_TERMINAL, env: { PSModulePath: '/opt/microsoft/powershell/7/Modules' }, acceptDefaults: true, answers: { vmSize: 'lab' }, confirm: true },
    code: EXIT.ok,
    check: (outcome) => {
      const out = join(root, 'from-pwsh');
      // PowerShell's backtick continuation; a list's commas and a space single-quoted (a bare `a,b` is an array to PowerShell).
      expect(lines(outcome.stderr)).toEqual([
        'To run the same without prompts next time:',
        // A GUID that starts with a digit is quoted too: PowerShell reads a token that starts with one as a number when it can.
        ...rerunOptions(' `', out, (text) => `'${text}'`, (text) => `'${text}'`),
        'Or, shorter, from the answers this run saved:',
        `  cmg-setup --answers ${out}/answers.yaml --out ${out} --yes`,
        '',
      ]);
    },
  },
  {
    name: 'plan at a terminal, one answer typed: the equivalent plan command on stderr, without an answers file to point at',
    invocation: plan({ answers: VALID, out: join(root, 'planned'), outGiven: true }),
    facts: { ...AT_TERMINAL, acceptDefaults: true, answers: { vmSize: 'lab' } },
    code: EXIT.ok,
    check: (outcome) => {
      const [first, ...rest] = rerunOptions(' \\', join(root, 'planned'), (text) => `'${text}'`);
      expect(lines(outcome.stderr)).toEqual(['To run the same without prompts next time:', first!.replace('cmg-setup', 'cmg-setup plan'), ...rest, '']);
      expect(readdirSync(root)).not.toContain('planned');
    },
  },
  {
    name: 'plan at a terminal with --save-answers: the shorter form names the saved file',
    invocation: plan({ answers: VALID, out: join(root, 'planned-saved'), outGiven: true, saveAnswers: join(root, 'saved answers.yaml') }),
    facts: { ...AT_TERMINAL, acceptDefaults: true, answers: { vmSize: 'lab' } },
    code: EXIT.ok,
    check: (outcome) => {
      const out = join(root, 'planned-saved');
      expect(lines(outcome.stderr).slice(-3)).toEqual(['Or, shorter, from the answers this run saved:', `  cmg-setup plan --answers '${join(root, 'saved answers.yaml')}' --out ${out} --yes`, '']);
      expect(readdirSync(root)).toContain('saved answers.yaml');
    },
  },
  {
    name: 'run into a folder cmg-setup did not write: exit 2 OUTPUT_FOREIGN, the folder untouched',
    invocation: run({ answers: VALID, out: (() => { const dir = folder(); writeFileSync(join(dir, 'mine.txt'), 'x'); return dir; })(), force: true }),
    code: EXIT.usage,
    check: (outcome) => {
      expect(outcome.stdout).toBe('');
      expect(firstLine(outcome.stderr)).toMatch(/^cmg-setup: OUTPUT_FOREIGN: /);
    },
  },

  // The other commands.
  { name: 'steps: the table of steps on stdout', invocation: steps(false), code: EXIT.ok, check: (outcome) => expect(firstLine(outcome.stdout)).toBe('The steps of cmg-setup, their ids (stable) and inputs (* required in some configurations):') },
  { name: 'steps --json: general and the eight steps', invocation: steps(true), code: EXIT.ok, check: (outcome) => expect((onlyJson(outcome.stdout) as unknown as Array<{ id: string }>).map((step) => step.id)).toEqual(['general', ...STEP_IDS]) },
  { name: 'schema: a JSON Schema on stdout', invocation: schema(), code: EXIT.ok, check: (outcome) => expect(onlyJson(outcome.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false }) },
  {
    name: 'cert inspect <missing file>: exit 3, CERT_FILE_MISSING on stdout, the summary on stderr',
    invocation: inspect({}),
    code: EXIT.validation,
    check: (outcome) => {
      expect(lines(outcome.stdout)[1]).toMatch(/^ {2}✖ CERT_FILE_MISSING File not found: /);
      expect(outcome.stderr).toBe('1 error(s), 0 warning(s), 0 note(s).\n');
    },
  },
  {
    name: 'cert inspect --json <missing file>: exit 3, the report document only',
    invocation: inspect({ json: true }),
    code: EXIT.validation,
    check: (outcome) => expect(onlyJson(outcome.stdout)).toMatchObject({ schemaVersion: 1, role: 'server', certificate: null, findings: [{ severity: 'error', code: 'CERT_FILE_MISSING' }] }),
  },
  { name: 'cert inspect --password-env UNSET_VAR: exit 2 SECRET_ENV_MISSING', invocation: inspect({ passwordEnv: 'UNSET_VAR' }), code: EXIT.usage, check: usage('SECRET_ENV_MISSING') },
  {
    name: 'cert lab, nothing given, no terminal: exit 2 listing the name and the password',
    invocation: lab({}),
    code: EXIT.usage,
    check: (outcome) => {
      expect(firstLine(outcome.stderr)).toBe(USAGE);
      expect(lines(outcome.stderr).slice(1, 3).map((line) => line.trim().split(':')[0])).toEqual(['LAB_SERVICE_NAME_MISSING', 'LAB_PASSWORD_MISSING']);
    },
  },
  { name: 'cert lab, nothing given, at a terminal: only the name is missing (the password can be asked)', invocation: lab({}), facts: AT_TERMINAL, code: EXIT.usage, check: usage('LAB_SERVICE_NAME_MISSING') },
  {
    name: 'cert lab --json, a single-label name: exit 3, the findings document; the finding on stderr',
    invocation: lab({ serviceName: 'cmg', passwordEnv: 'PFX_PASSWORD', json: true }),
    code: EXIT.validation,
    check: (outcome) => {
      expect(onlyJson(outcome.stdout)).toMatchObject({ command: 'cert lab', summary: { ok: false, errors: 1 }, findings: [{ code: 'SERVICE_NAME_INVALID', input: 'serviceName' }] });
      expect(firstLine(outcome.stderr)).toMatch(/^SERVICE_NAME_INVALID \(serviceName\): /);
    },
  },
  { name: 'cert request, no --service-name: exit 2', invocation: request({}), code: EXIT.usage, check: usage('REQUEST_SERVICE_NAME_MISSING') },
  { name: 'cert request --json, no --service-name: the usage error document', invocation: request({ json: true }), code: EXIT.usage, check: errorJson('cert request', 'usage', 'REQUEST_SERVICE_NAME_MISSING', 2) },
  {
    name: 'cert request, a wildcard for classic: exit 3, the finding on stderr, nothing on stdout',
    invocation: request({ serviceName: '*.contoso.com', model: 'classic' }),
    code: EXIT.validation,
    check: (outcome) => {
      expect(outcome.stdout).toBe('');
      expect(firstLine(outcome.stderr)).toMatch(/^SERVICE_NAME_WILDCARD \(serviceName\): /);
    },
  },
  { name: 'cert request --now not-a-date: exit 2 NOW_INVALID', invocation: request({ serviceName: 'cmg.contoso.com', now: 'tomorrow' }), code: EXIT.usage, check: usage('NOW_INVALID') },
  { name: 'azure check --azure-timeout abc: exit 2 before any sign-in', invocation: azure({ azureTimeout: 'abc' }), code: EXIT.usage, check: usage('AZURE_LIMIT_INVALID') },
  {
    name: 'azure check, no inputs, no terminal: exit 2 listing only the inputs the checks read',
    invocation: azure({}),
    code: EXIT.usage,
    check: (outcome) => {
      expect(firstLine(outcome.stderr)).toBe('cmg-setup: 5 required input(s) missing, and no prompt is possible here (no terminal, CI, --json, --yes or --no-interactive):');
      expect(lines(outcome.stderr).slice(1, 6).map((line) => line.trim().split(/\s+/)[0])).toEqual(['serviceName', 'subscriptionId', 'tenantId', 'resourceGroup', 'region']);
    },
  },
  {
    name: 'azure check --json, a flag given: the missing-inputs document no longer lists it',
    invocation: azure({ inputs: new Map([['subscriptionId', '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6']]), json: true }),
    code: EXIT.usage,
    check: both(errorJson('azure check', 'missing-inputs', 'INPUTS_MISSING', 2), (outcome) =>
      expect(onlyJson(outcome.stdout).error.problems.map((problem: { input: string }) => problem.input)).toEqual(['serviceName', 'tenantId', 'resourceGroup', 'region']),
    ),
  },
  { name: 'azure check, no inputs, a person at a terminal: prompts (Ctrl+C: 130)', invocation: azure({}), facts: AT_TERMINAL, code: EXIT.cancelled, check: (outcome) => expect(outcome.stderr).toBe(`${CANCELLED}\n`) },
];

describe('terminal, prompt, JSON and exit-code rules, in process', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const outcome = await runInProcess(row.invocation, row.facts);
    expect({ code: outcome.code, stderr: outcome.stderr }).toMatchObject({ code: row.code });
    row.check(outcome);
  });

  it('has a row for every command', () => {
    expect(new Set(rows.map((row) => row.invocation.command))).toEqual(new Set(['plan', 'run', 'steps', 'schema', 'cert inspect', 'cert lab', 'cert request', 'azure check']));
  });
});
