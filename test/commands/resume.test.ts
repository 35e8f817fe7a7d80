/**
 * Issue 14, "Resume", in process: an interview at a terminal keeps its answers beside --out
 * (`<out>.resume.yaml`) after each step, never a secret's value; stopping or failing keeps them
 * and says how to go on; --resume reloads them, asks only what is missing and the secrets, and
 * checks everything again; --fresh discards them; a run that finds them without either flag
 * stops (exit 2); a file cmg-setup did not write at that name is never read, replaced or deleted.
 * The prompts are a script: each answers by key, takes the offered default otherwise, and stops
 * (Ctrl+C, as inquirer's rejection becomes CancelledError) at the key the test names.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { CancelledError } from '../../src/model/errors.ts';
import type { AnyInputSpec } from '../../src/model/inputs.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import { fakeIO, type FakeFacts } from './fake-io.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-resume-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
function folder(): string {
  const path = join(root, String((folders += 1)));
  mkdirSync(path);
  return path;
}

/** The password typed at the prompt: it must appear in no file and no line the tool writes. */
const PASSWORD = 'S3nt!nel-Resume-Pw-7f3a';
const CANCELLED = 'Cancelled: nothing was written, and temporary files were removed.';
const USAGE = 'cmg-setup: the command line or answers file cannot be used as given:';
// A wide terminal: the notices asserted here are whole lines (wrapping at a narrow one: test/cli/wrapped-findings.test.ts).
const AT_TERMINAL: FakeFacts = { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, ci: false, columns: 1000 };

/** The answers file of the first run: the valid answers up to step 3 (signing in as a service principal, whose secret is asked). */
const { region: _r, vmCount: _v, trafficThresholdGb: _t, description: _d, siteCode: _s, smsProvider: _p, connectionPointServer: _c, managementPoints: _m, softwareUpdatePoints: _u, clientRollout: _o, ...UP_TO_AZURE } = VALID_ANSWERS;
const FIRST_ANSWERS = { ...UP_TO_AZURE, azureAuth: 'service-principal', azureClientId: '11111111-2222-4333-8444-555555555555' };

/** What the admin types for the steps after 3 (everything else: Enter on the default). */
const TYPED: Record<string, unknown> = {
  region: 'westeurope',
  siteCode: 'P01',
  smsProvider: 'cm01.contoso.com',
  connectionPointServer: 'cmgcp01.contoso.com',
  managementPoints: ['mp01.contoso.com'],
  softwareUpdatePoints: ['sup01.contoso.com'],
  clientRollout: ['script'],
};

interface Script {
  /** The prompt that is stopped with Ctrl+C. */
  cancelAt?: string;
  /** Write (true) or quit (false) at the review. */
  confirm?: boolean;
  /** Called at each question, before it is answered (to look at the state file then). */
  onAsk?: (key: string) => void;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  asked: string[];
}

async function wizard(dir: string, options: Partial<WizardOptions>, script: Script = {}, facts: FakeFacts = AT_TERMINAL): Promise<Outcome> {
  const io = fakeIO({ ...facts, cwd: dir, ...(script.confirm === undefined ? {} : { confirm: script.confirm }) });
  const asked: string[] = [];
  const answer = async (spec: AnyInputSpec, fallback?: unknown) => {
    script.onAsk?.(spec.key);
    asked.push(spec.key);
    if (spec.key === script.cancelAt) throw new CancelledError('signal');
    return spec.key in TYPED ? TYPED[spec.key] : fallback;
  };
  const base = io.prompter('en');
  io.prompter = () => ({
    ...base,
    ask: (spec, options) => answer(spec, options?.default),
    askSecret: async (spec) => String((await answer(spec)) ?? PASSWORD),
    select: async (...args) => {
      asked.push('review');
      return base.select(...args);
    },
  });
  const plain: WizardOptions = { mode: 'run', inputs: new Map(), secretFlags: {}, out: join(dir, 'out'), outGiven: false, color: true, now: '2026-03-01T00:00:00Z', offline: true, ...options };
  const code = await exitCodeOf(() => wizardCommand(plain, io), io, { lang: plain.lang === 'fr' ? 'fr' : 'en', json: false, command: plain.mode });
  return { code, stdout: io.out(), stderr: io.err(), asked };
}

const statePath = (dir: string) => join(dir, 'out.resume.yaml');
const readState = (dir: string) => readFileSync(statePath(dir), 'utf8');

/** The state the first run leaves when stopped at the first question of step 5 (siteCode). */
const STATE_AFTER_STEP_4 = `# cmg-setup resume state: the answers of a cmg-setup interview that did not finish. No secrets here, only where each comes from.
# Steps answered: general, server-certificate, client-root, azure, gateway (steps 1-4)
# Resume with \`cmg-setup run --resume\` (and the same --out), or discard it with \`cmg-setup run --fresh\`.
# A relative path here is read from this file's folder; \`key: null\` is a question answered "none".
model: vmss
cloud: public
siteVersion: "2603"
serviceName: contosocmg.contoso.com
serverCertPath: null
certTemplateGroup: ConfigMgr Site Servers
certTemplate: null
clientAuth: pki
clientRootCerts: []
subscriptionId: 6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6
tenantId: b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d
tenantName: contoso.onmicrosoft.com
createEntraApps: false
serverAppName: CMG-ServerApp
serverAppClientId: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
serverAppIdUri: api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService
clientAppName: CMG-ClientApp
clientAppClientId: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9
serverAppSecretExpiry: null
entraUserDiscovery: false
azureServiceName: Cloud Management
resourceGroup: rg-contoso-cmg
useExistingResourceGroup: false
azureAuth: service-principal
azureClientId: 11111111-2222-4333-8444-555555555555
azureClientSecret: prompt
region: westeurope
vmCount: 1
vmSize: standard
verifyClientCrl: false
enforceTls12: true
contentEnabled: true
trafficThresholdGb: null
description: null
`;

/** The inputs of steps 5 to 8 the interview asks, in order, when nothing gives them. */
const STEPS_5_TO_8 = [
  'siteCode',
  'smsProvider',
  'usePkiClientCert',
  'clientsCheckCrl',
  'connectionPointServer',
  'proxyServer',
  'managementPoints',
  'softwareUpdatePoints',
  'managementPointSecurity',
  'managementPointsInternetOnly',
  'clientAlwaysOnInternetAction',
  'clientRollout',
];

/** A folder where the first run was stopped at step 5's first question: its state holds steps 1-4. */
async function stoppedAtStep5(): Promise<string> {
  const dir = folder();
  writeAnswers(dir, FIRST_ANSWERS);
  const first = await wizard(dir, { answers: join(dir, 'answers.yaml') }, { cancelAt: 'siteCode' });
  expect(first.code).toBe(EXIT.cancelled);
  return dir;
}

describe('the state beside --out during an interview', () => {
  it('is written after each step, holds no secret value, and stays when the interview is stopped (exit 130, the way on said)', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    // What the state says its steps are when each step's first question is asked.
    const seen: Array<[string, string]> = [];
    const onAsk = (key: string) => {
      if (['serverCertPath', 'clientRootCerts', 'createEntraApps', 'region', 'siteCode'].includes(key)) {
        seen.push([key, existsSync(statePath(dir)) ? (readState(dir).split('\n')[1] as string) : 'no state']);
      }
    };
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml') }, { cancelAt: 'siteCode', onAsk });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(seen).toEqual([
      ['serverCertPath', '# Steps answered: general'],
      ['clientRootCerts', '# Steps answered: general, server-certificate (steps 1)'],
      ['createEntraApps', '# Steps answered: general, server-certificate, client-root (steps 1-2)'],
      ['region', '# Steps answered: general, server-certificate, client-root, azure (steps 1-3)'],
      ['siteCode', '# Steps answered: general, server-certificate, client-root, azure, gateway (steps 1-4)'],
    ]);
    expect(outcome.asked).toContain('azureClientSecret');
    expect(readState(dir)).toBe(STATE_AFTER_STEP_4);
    expect(readState(dir)).not.toContain(PASSWORD);
    expect(statSync(statePath(dir)).mode & 0o777).toBe(0o600);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(`Answers kept in ${statePath(dir)}. Resume with: cmg-setup run --resume\n${CANCELLED}\n`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('the hint repeats --out when it was given, shell-quoted', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    const out = join(dir, 'my out');
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml'), out, outGiven: true }, { cancelAt: 'region' });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(outcome.stderr).toBe(`Answers kept in ${out}.resume.yaml. Resume with: cmg-setup run --resume --out '${out}'\n${CANCELLED}\n`);
  });

  it('...quoted for PowerShell on Windows (issue 17): a quote doubled, not escaped as bash escapes it', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    const out = join(dir, "Bob's out");
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml'), out, outGiven: true }, { cancelAt: 'region' }, { ...AT_TERMINAL, platform: 'win32' });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(outcome.stderr).toBe(`Answers kept in ${out}.resume.yaml. Resume with: cmg-setup run --resume --out '${out.replace("'", "''")}'\n${CANCELLED}\n`);
  });

  it('in French, the French line', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml'), lang: 'fr' }, { cancelAt: 'region' });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(outcome.stderr).toBe(`Réponses conservées dans ${statePath(dir)}. Reprenez avec : cmg-setup run --resume\nAnnulé : rien n'a été écrit, et les fichiers temporaires ont été supprimés.\n`);
  });

  it('stopped at the first question: no state, the cancelled line alone', async () => {
    const dir = folder();
    const outcome = await wizard(dir, {}, { cancelAt: 'siteVersion' });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(outcome.stderr).toBe(`${CANCELLED}\n`);
    expect(existsSync(statePath(dir))).toBe(false);
  });

  it('is not written by a run that cannot prompt', async () => {
    const dir = folder();
    writeAnswers(dir, { ...FIRST_ANSWERS, region: 'westeurope' });
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml') }, {}, {});
    expect(outcome.code).toBe(EXIT.usage);
    expect(existsSync(statePath(dir))).toBe(false);
  });
});

describe('--resume', () => {
  it('asks exactly the missing inputs and the secrets, writes the output, then removes the state', async () => {
    const dir = await stoppedAtStep5();
    const outcome = await wizard(dir, { resume: true }, { confirm: true });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(outcome.asked).toEqual(['azureClientSecret', ...STEPS_5_TO_8, 'review']);
    const stdout = outcome.stdout.split('\n');
    expect(stdout[0]).toBe(`Resuming from ${statePath(dir)}: steps 1-4 answered (34 answers); asking the rest and 1 password(s). Every check runs again.`);
    expect(stdout.at(-2)).toBe(`Removed ${statePath(dir)}: the output's answers.yaml holds these answers now.`);
    expect(existsSync(statePath(dir))).toBe(false);
    const answers = readFileSync(join(dir, 'out', 'answers.yaml'), 'utf8');
    expect(answers).toContain('azureClientSecret: prompt\n');
    expect(answers).toContain('siteCode: P01\n');
    expect(`${outcome.stdout}${outcome.stderr}${answers}`).not.toContain(PASSWORD);
  });

  it('checks the reloaded values again: one made invalid in the file is said before the first question and asked again at its turn', async () => {
    const dir = await stoppedAtStep5();
    writeFileSync(statePath(dir), readState(dir).replace('vmCount: 1\n', 'vmCount: 40\n'));
    const outcome = await wizard(dir, { resume: true }, { confirm: true });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(outcome.asked).toEqual(['azureClientSecret', 'vmCount', ...STEPS_5_TO_8, 'review']);
    expect(readFileSync(join(dir, 'out', 'answers.yaml'), 'utf8')).toContain('vmCount: 1\n');
    expect(existsSync(statePath(dir))).toBe(false);
  });

  it('a value that only followed from others follows them again (a new service name by flag, a new deployment prefix)', async () => {
    const dir = await stoppedAtStep5();
    const outcome = await wizard(dir, { resume: true, inputs: new Map([['serviceName', 'cmgtwo.contoso.com']]) }, { confirm: true });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'out', 'answers.yaml'), 'utf8')).toContain('serviceName: cmgtwo.contoso.com\ndeploymentPrefix: cmgtwo\n');
  });

  it('flags and the environment win over the state, the state over --answers', async () => {
    const dir = await stoppedAtStep5();
    writeAnswers(dir, { ...FIRST_ANSWERS, vmCount: 3, description: 'from the answers file', siteCode: 'A01' });
    const outcome = await wizard(dir, { resume: true, answers: join(dir, 'answers.yaml'), inputs: new Map([['vmSize', 'lab']]) }, { confirm: true }, { ...AT_TERMINAL, env: { LANG: 'C.UTF-8', CMG_AZURE_SERVICE_NAME: 'Contoso from the environment' } });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    // The state's `description: null` (skipped) wins over the file's value; the file gives step 5's site code.
    expect(outcome.asked).toEqual(['azureClientSecret', ...STEPS_5_TO_8.filter((key) => key !== 'siteCode'), 'review']);
    const answers = readFileSync(join(dir, 'out', 'answers.yaml'), 'utf8');
    expect(answers).toContain('vmCount: 1\n');
    expect(answers).toContain('vmSize: lab\n');
    expect(answers).toContain('azureServiceName: Contoso from the environment\n');
    expect(answers).toContain('description: null\n');
    expect(answers).toContain('siteCode: A01\n');
  });

  it('without a state file: exit 2, naming where it looked', async () => {
    const dir = folder();
    const outcome = await wizard(dir, { resume: true });
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toBe(`${USAGE}\n  RESUME_STATE_MISSING: --resume found no answers to resume at ${statePath(dir)}: they are kept there, beside --out, only by an interview that stopped. Give the --out of that run, or leave out --resume.\n`);
    expect(outcome.asked).toEqual([]);
  });

  it('with --fresh: exit 2, the state untouched', async () => {
    const dir = await stoppedAtStep5();
    const outcome = await wizard(dir, { resume: true, fresh: true });
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toBe(`${USAGE}\n  RESUME_AND_FRESH: --resume and --fresh cannot be combined: --resume goes on from the kept answers, --fresh discards them.\n`);
    expect(readState(dir)).toBe(STATE_AFTER_STEP_4);
  });

  it('non-interactive: the state stands for the answers, and a prompted secret is a missing input (exit 2, the state kept)', async () => {
    const dir = await stoppedAtStep5();
    const outcome = await wizard(dir, { resume: true, yes: true }, {}, {});
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toContain('  azureClientSecret  --azure-client-secret-stdin');
    expect(outcome.stderr.split('\n')[0]).toBe(`Answers kept in ${statePath(dir)}. Resume with: cmg-setup run --resume`);
    expect(readState(dir)).toBe(STATE_AFTER_STEP_4);
  });
});

describe('quitting at the review', () => {
  it('keeps every answer (exit 130); --resume then asks only the password and the question again', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    const quit = await wizard(dir, { answers: join(dir, 'answers.yaml') }, { confirm: false });
    expect(quit.code).toBe(EXIT.cancelled);
    expect(quit.asked.at(-1)).toBe('review');
    expect(quit.stderr).toBe(`Answers kept in ${statePath(dir)}. Resume with: cmg-setup run --resume\n${CANCELLED}\n`);
    expect(readState(dir).split('\n')[1]).toBe('# Steps answered: general, server-certificate, client-root, azure, gateway, site, connection-point, roles, clients (steps 1-8)');
    expect(readState(dir)).not.toContain(PASSWORD);

    const again = await wizard(dir, { resume: true }, { confirm: true });
    expect(again.code, again.stderr).toBe(EXIT.ok);
    expect(again.asked).toEqual(['azureClientSecret', 'review']);
  });
});

describe('--fresh', () => {
  it('removes the state and asks everything again', async () => {
    const dir = await stoppedAtStep5();
    const outcome = await wizard(dir, { fresh: true }, { cancelAt: 'model' });
    expect(outcome.code).toBe(EXIT.cancelled);
    expect(outcome.asked).toEqual(['model']);
    expect(outcome.stdout).toBe(`Discarded the answers kept in ${statePath(dir)}; starting over.\n`);
    expect(existsSync(statePath(dir))).toBe(false);
  });
});

describe('a state found without --resume or --fresh', () => {
  it.each([
    ['non-interactive (--yes)', { yes: true }, {}],
    ['at a terminal', {}, AT_TERMINAL],
  ] as const)('%s: exit 2, naming the file, when it was saved, its steps and both flags; nothing asked, the state untouched', async (_label, options, facts) => {
    const dir = await stoppedAtStep5();
    const saved = new Date('2026-02-28T17:30:05Z');
    utimesSync(statePath(dir), saved, saved);
    const outcome = await wizard(dir, { ...options, answers: join(dir, 'answers.yaml') }, {}, facts);
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toBe(
      `${USAGE}\n  RESUME_STATE_FOUND: ${statePath(dir)} holds the answers of an earlier interview that did not finish (saved 2026-02-28T17:30:05Z, steps 1-4 answered). Add --resume to go on from them, or --fresh to discard them and start over.\n`,
    );
    expect(outcome.asked).toEqual([]);
    expect(readState(dir)).toBe(STATE_AFTER_STEP_4);
  });
});

describe('a file cmg-setup did not write at the state path', () => {
  const FOREIGN = 'my own notes, not a state of cmg-setup\n';
  const refusal = (dir: string) =>
    `cmg-setup: RESUME_STATE_FOREIGN: ${statePath(dir)} is where cmg-setup keeps the answers of an unfinished interview, but the file there is not one cmg-setup wrote: it was neither read, replaced nor deleted. Move it, or choose another --out.\n`;

  it.each([
    ['an interview (which would keep its answers there)', {}],
    ['--resume', { resume: true }],
    ['--fresh', { fresh: true }],
  ] as const)('%s: refused before any question (exit 2), the file as it was', async (_label, options) => {
    const dir = folder();
    writeFileSync(statePath(dir), FOREIGN);
    const outcome = await wizard(dir, options);
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toBe(refusal(dir));
    expect(outcome.asked).toEqual([]);
    expect(readFileSync(statePath(dir), 'utf8')).toBe(FOREIGN);
  });

  it('a symbolic link there, even to a state of cmg-setup, is not one: --fresh refuses, the link and its target stay', async () => {
    const dir = await stoppedAtStep5();
    const target = join(dir, 'elsewhere.yaml');
    renameSync(statePath(dir), target);
    symlinkSync(target, statePath(dir));
    const outcome = await wizard(dir, { fresh: true });
    expect(outcome.code).toBe(EXIT.usage);
    expect(outcome.stderr).toBe(refusal(dir));
    expect(lstatSync(statePath(dir)).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(STATE_AFTER_STEP_4);
  });

  it('a run that keeps no state goes on and leaves it alone', async () => {
    const dir = folder();
    writeFileSync(statePath(dir), FOREIGN);
    writeAnswers(dir, VALID_ANSWERS);
    const outcome = await wizard(dir, { answers: join(dir, 'answers.yaml'), yes: true }, {}, {});
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(readFileSync(statePath(dir), 'utf8')).toBe(FOREIGN);
  });
});

describe('a state that cannot be written', () => {
  it('is said once, and the interview goes on', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    writeFileSync(join(dir, 'a-file'), '');
    const out = join(dir, 'a-file', 'out');
    const outcome = await wizard(dir, { mode: 'plan', answers: join(dir, 'answers.yaml'), out });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(outcome.stderr.split('\n').filter((line) => line.startsWith('Could not keep'))).toEqual([
      `Could not keep the answers in ${out}.resume.yaml (ENOTDIR): the interview goes on, but cannot be resumed if it stops.`,
    ]);
    expect(outcome.asked).toContain('clientRollout');
  });
});

describe('plan', () => {
  it('keeps the state of a finished interview (nothing was written) and says how to write', async () => {
    const dir = folder();
    writeAnswers(dir, FIRST_ANSWERS);
    const outcome = await wizard(dir, { mode: 'plan', answers: join(dir, 'answers.yaml') });
    expect(outcome.code, outcome.stderr).toBe(EXIT.ok);
    expect(outcome.stdout.split('\n').at(-2)).toBe(`Answers kept in ${statePath(dir)}. Write the output with: cmg-setup run --resume`);
    expect(readState(dir).split('\n')[1]).toBe('# Steps answered: general, server-certificate, client-root, azure, gateway, site, connection-point, roles, clients (steps 1-8)');
    expect(readState(dir)).not.toContain(PASSWORD);
  });
});
