/**
 * The interview at a terminal (issue 14), in process through the command's seam: what it shows
 * between questions (what to have ready, a heading and two lines per step, classic's retirement
 * at once and under every later heading, a derived value), the review with every value and its
 * source, and editing a step from it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wizardCommand, type WizardOptions } from '../../src/cli/commands/wizard.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { exitCodeOf } from '../../src/cli/outcome.ts';
import { VALID_ANSWERS, writeAnswers } from '../cli/fixtures.ts';
import { fakeIO, type FakeFacts } from './fake-io.ts';

const root = mkdtempSync(join(tmpdir(), 'cmg-interview-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
/** A fresh path per use: runs never see each other's files. */
const folder = () => join(root, String((folders += 1)));

const AT_TERMINAL: FakeFacts = { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: { LANG: 'C.UTF-8' } };

/** An answers file with every value but `without`. */
function answers(without: readonly string[], changes: Record<string, unknown> = {}): string {
  const dir = folder();
  mkdirSync(dir, { recursive: true });
  const values: Record<string, unknown> = { ...VALID_ANSWERS, ...changes };
  for (const key of without) delete values[key];
  return join(dir, writeAnswers(dir, values));
}

async function run(options: Partial<WizardOptions>, facts: FakeFacts) {
  const io = fakeIO({ ...AT_TERMINAL, ...facts });
  const dir = folder();
  mkdirSync(dir, { recursive: true });
  const plain: WizardOptions = { mode: 'run', inputs: new Map(), secretFlags: {}, out: join(dir, 'out'), outGiven: true, color: false, now: '2026-03-01T00:00:00Z', offline: true, ...options };
  const code = await exitCodeOf(() => wizardCommand(plain, io), io, { lang: plain.lang === 'fr' ? 'fr' : 'en', json: false, command: 'run' });
  return { code, io, out: plain.out };
}

describe('what the interview shows between questions', () => {
  it('first what to have ready, then each step under "Step N of 8 · title" with its two lines, the derived deployment prefix shown', async () => {
    const { code, io } = await run({ answers: answers(['serviceName', 'deploymentPrefix', 'region']) }, { answers: { serviceName: 'cmgtwo.contoso.com', region: 'northeurope' }, acceptDefaults: true, confirm: false });
    expect(code).toBe(EXIT.cancelled);
    const said = io.said().split('\n');
    expect(said[0]).toBe('Have these ready:');
    expect(said.filter((line) => /^(Step \d of 8 · |Before the steps)/.test(line))).toEqual([
      'Before the steps · the model, the cloud, the site version',
      'Step 1 of 8 · Server certificate',
      'Step 2 of 8 · Client root certificates',
      'Step 3 of 8 · Azure',
      'Step 4 of 8 · Cloud management gateway',
      'Step 5 of 8 · Site settings',
      'Step 6 of 8 · Connection point',
      'Step 7 of 8 · Management and software update points',
      'Step 8 of 8 · Clients',
    ]);
    const azure = said.indexOf('Step 3 of 8 · Azure');
    expect(said.slice(azure + 1, azure + 3)).toEqual([
      'The Azure side: subscription, tenant, Entra apps and resource group (classic: the management certificate).',
      'Its checks run from an admin workstation; its import script runs on the site server.',
    ]);
    expect(said).toContain('  → Deployment prefix: cmgtwo (follows from the answers above; not asked)');
    expect(io.asked).not.toContain('deploymentPrefix');
  });

  it('classic: its retirement at once, right after the model is chosen, a question to go on, and a banner under every later heading', async () => {
    const { io } = await run({ answers: answers(['model', 'siteVersion', 'tenantId', 'tenantName', 'serverAppClientId', 'clientAppClientId', 'resourceGroup', 'clientAuth', 'serviceName', 'deploymentPrefix']) }, { answers: { model: 'classic', serviceName: 'contosocmg.cloudapp.net', siteVersion: '1810' }, acceptDefaults: true, confirm: false });
    expect(io.asked.slice(0, 2)).toEqual(['model', '?classic']);
    const said = io.said().split('\n');
    const banner = 'CLASSIC (RETIRED): documents an existing 1610-era CMG; a new CMG is a scale set (--model vmss).';
    expect(said.filter((line) => line === banner)).toHaveLength(1 + 8);
    expect(said[said.indexOf(banner) + 1]).toMatch(/^Classic model: Azure retired Cloud Services \(classic\) on 31 August 2024/);
    expect(said[said.indexOf('Step 4 of 8 · Cloud management gateway') + 3]).toBe(banner);
  });

  it('declining classic asks the model again', async () => {
    const { io } = await run({ answers: answers(['model']) }, { typed: { model: ['classic', 'vmss'] }, confirms: { classic: false }, acceptDefaults: true, confirm: false });
    expect(io.asked.slice(0, 3)).toEqual(['model', '?classic', 'model']);
  });
});

describe('values given that break a rule', () => {
  it('are listed before the first question, then each is asked at its turn, its problem said once more', async () => {
    const { code, io } = await run({ answers: answers([], { vmCount: 40 }) }, { answers: { vmCount: 2 }, acceptDefaults: true, confirm: true });
    expect(code).toBe(EXIT.ok);
    const said = io.said().split('\n');
    expect(said.slice(said.indexOf('These given values break a rule: each is asked again at its turn.'), said.indexOf('These given values break a rule: each is asked again at its turn.') + 2)).toEqual([
      'These given values break a rule: each is asked again at its turn.',
      '  ✖ VM_COUNT_RANGE (vmCount) VM count 40 is outside 1-16.',
    ]);
    expect(said).toContain('vmCount from answers file: VM count 40 is outside 1-16. Give another value.');
    expect(io.asked.filter((key) => key === 'vmCount')).toHaveLength(1);
  });
});

describe('rules across inputs, as soon as their inputs are known', () => {
  it('a site too old for the scale set: said after the general questions, before step 1; changing them asks the step\'s questions again', async () => {
    const { io } = await run({ answers: answers(['siteVersion']) }, { typed: { siteVersion: ['2002', '2403'] }, confirms: { 'step-problems': true }, acceptDefaults: true, confirm: false });
    const general = io.asked.slice(0, io.asked.indexOf('?step-problems') + 1);
    expect(general).toEqual(['siteVersion', '?step-problems']);
    // The step's questions again, its given values offered too: the rule may be about any of them.
    expect(io.asked.slice(general.length, general.length + 3)).toEqual(['model', 'cloud', 'siteVersion']);
    expect(io.said()).toContain('VMSS_SITE_VERSION (siteVersion)');
  });

  it('declining to change them: the run goes on, and the review offers no Write (exit 3 on quit)', async () => {
    const { code, io } = await run({ answers: answers(['siteVersion']) }, { typed: { siteVersion: ['2002'] }, confirms: { 'step-problems': false }, acceptDefaults: true, confirm: false });
    expect(io.asked.filter((key) => key === 'siteVersion')).toHaveLength(1);
    expect(io.said()).toContain('Errors above: fix them (edit a step) before anything is written.');
    expect(code).toBe(EXIT.validation);
  });
});

describe('the review before writing', () => {
  it('shows every value by step with its source, then writes', async () => {
    const { code, io, out } = await run({ answers: answers(['vmCount']) }, { answers: { vmCount: 3 }, acceptDefaults: true, confirm: true });
    expect(code).toBe(EXIT.ok);
    const said = io.said().split('\n');
    const review = said.indexOf('Review: every value, by step, and where it comes from');
    expect(review).toBeGreaterThan(-1);
    const values = said.slice(review);
    expect(values).toContain('  --vm-count                          3  (typed)');
    expect(values).toContain('  --site-code                         P01  (answers file)');
    expect(values).toContain('  --deployment-prefix                 contosocmg  (derived)');
    expect(values).toContain('Cloud management gateway');
    expect(io.asked.at(-1)).toBe('review');
    expect(readdirSync(out)).toContain('RUNBOOK.md');
  });

  it('"change a step" asks that step again, offering its values, then reviews again; the change is written', async () => {
    const { code, io, out } = await run({ answers: answers(['vmCount']) }, { typed: { vmCount: [3, 5] }, acceptDefaults: true, review: ['edit:gateway', 'write'] });
    expect(code).toBe(EXIT.ok);
    const reviews = io.asked.flatMap((key, index) => (key === 'review' ? [index] : []));
    expect(reviews).toHaveLength(2);
    // Between the two reviews: the gateway's questions only.
    expect(io.asked.slice(reviews[0]! + 1, reviews[1])).toContain('vmCount');
    expect(io.asked.slice(reviews[0]! + 1, reviews[1])).not.toContain('siteCode');
    expect(readFileSync(join(out, 'answers.yaml'), 'utf8')).toContain('vmCount: 5\n');
    // Editing shows that step's heading again, and only that one.
    const said = io.said().split('\n');
    expect(said.filter((line) => line === 'Step 4 of 8 · Cloud management gateway')).toHaveLength(2);
    expect(said.filter((line) => line === 'Step 1 of 8 · Server certificate')).toHaveLength(1);
    expect(said.filter((line) => line === 'Have these ready:')).toHaveLength(1);
    // Values kept through the edit keep their source.
    expect(said.filter((line) => line.startsWith('  --region '))).toEqual(['  --region                            westeurope  (answers file)', '  --region                            westeurope  (answers file)']);
  });

  it('quit: nothing written, exit 130, the answers kept for --resume', async () => {
    const { code, io, out } = await run({ answers: answers(['vmCount']) }, { answers: { vmCount: 3 }, acceptDefaults: true, confirm: false });
    expect(code).toBe(EXIT.cancelled);
    expect(io.err()).toContain(`Answers kept in ${out}.resume.yaml.`);
    expect(readFileSync(`${out}.resume.yaml`, 'utf8')).toContain('vmCount: 3\n');
  });
});

describe('an empty client-root list under PKI, flagged at its question (issue 17)', () => {
  const AT_ROOTS = ['clientRootCerts', '?client-roots-empty'];
  /** The questions from the client-root list on. */
  const fromRoots = (asked: readonly string[]) => asked.slice(asked.indexOf('clientRootCerts'));

  it('Enter on the empty list: the plan\'s warning said at once, then "go on without them?"; yes goes on', async () => {
    const { io } = await run({ answers: answers(['clientRootCerts'], { clientAuth: 'pki' }) }, { acceptDefaults: true, confirm: false });
    expect(fromRoots(io.asked).slice(0, 2)).toEqual(AT_ROOTS);
    expect(io.asked.filter((key) => key === 'clientRootCerts')).toHaveLength(1);
    const said = io.said().split('\n');
    expect(said.filter((line) => line.includes('CLIENT_ROOTS_MISSING'))).toEqual([
      '  ▲ CLIENT_ROOTS_MISSING (clientRootCerts) No client root certificates: clients authenticating with PKI certificates get 401 from the CMG unless it trusts their chain. Give the root and every intermediate (--client-root-certs).',
    ]);
  });

  it('no: the list is asked again, and what is typed then is read as any answer is', async () => {
    const { io } = await run(
      { answers: answers(['clientRootCerts'], { clientAuth: 'pki' }) },
      { typed: { clientRootCerts: [[], ['/nonexistent/root.cer']] }, confirms: { 'client-roots-empty': false }, acceptDefaults: true, confirm: false },
    );
    expect(fromRoots(io.asked).slice(0, 4)).toEqual([...AT_ROOTS, 'clientRootCerts', '?step-problems']);
  });

  it('in French, the same finding and question', async () => {
    const { io } = await run({ answers: answers(['clientRootCerts'], { clientAuth: 'pki' }), lang: 'fr' }, { acceptDefaults: true, confirm: false });
    expect(fromRoots(io.asked).slice(0, 2)).toEqual(AT_ROOTS);
    expect(io.said()).toContain('CLIENT_ROOTS_MISSING (clientRootCerts) Aucun certificat racine client');
  });

  it('not flagged when the list was given (an answers file), nor under Entra ID client authentication', async () => {
    const given = await run({ answers: answers([], { clientAuth: 'pki', clientRootCerts: [] }) }, { acceptDefaults: true, confirm: false });
    expect(given.io.asked).not.toContain('?client-roots-empty');
    const entra = await run({ answers: answers(['clientRootCerts'], { clientAuth: 'entra' }) }, { acceptDefaults: true, confirm: false });
    expect(entra.io.asked).not.toContain('?client-roots-empty');
  });
});
