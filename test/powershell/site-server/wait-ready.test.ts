/**
 * 04-gateway/Wait-CmgReady.ps1 in PowerShell against the stand-in, in every variant of the matrix
 * (matrix.ts): parsed, -WhatIf (it only reads: it polls as without), a CMG that Azure provisions
 * while the script sleeps (gateway-progress.ps1: its State moves on with the stand-in's clock,
 * which only Start-Sleep moves, so no test waits), a second run once Ready, a CMG that never gets
 * Ready, no CMG at all; a CMG that stops, is stopped, is deleted, or reports a State the table does
 * not know, at once or after provisioning (it stops at that poll, not after TimeoutMinutes); and a
 * site whose -Name matches only the FQDN, only the short name or only the deployment name (Fqdn): the
 * script lists every CMG and keeps the one with this ServiceCName, so it finds it the same way in each
 * (F-GW-9, modelling.gatewayName).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/model/answers.ts';
import { describePowerShell, type StandInCall, type StandInSeed } from '../../support/powershell.ts';
import { siteSeed, workspace, type Workspace } from '../fixtures.ts';
import { GATEWAY_STATES } from '../../../src/steps/gateway/states.ts';
import { GATEWAY_NAME_MODES, listGateways } from './gateway-world.ts';
import { Batch, format, gatewayOf, hasBom, parseErrors, siteDriveCall, siteDriveFailed, NO_SITE, texts, VARIANTS, writeScripts, variantsOf } from './matrix.ts';

const SCRIPT = '04-gateway/Wait-CmgReady.ps1';
const { run: RUN, same: SAME } = variantsOf(SCRIPT);
const CLOCK = '2026-03-01T08:00:00Z';

/** Ready from the start. */
const readyNow = (answers: Answers): StandInSeed => ({ ...siteSeed(answers), gateways: [gatewayOf(answers)], clock: CLOCK });
/** Provisioning (1), deployment starting (4) two minutes on, Ready (0) three minutes on. */
const provisioning = (answers: Answers): StandInSeed => ({
  ...siteSeed(answers),
  gateways: [gatewayOf(answers, { State: 1, progress: [{ at: '2026-03-01T08:02:00Z', State: 4 }, { at: '2026-03-01T08:03:00Z', State: 0 }] })],
  clock: CLOCK,
});
const stuck = (answers: Answers): StandInSeed => ({ ...siteSeed(answers), gateways: [gatewayOf(answers, { State: 1 })], clock: CLOCK });
const none = (answers: Answers): StandInSeed => ({ ...siteSeed(answers), clock: CLOCK });
/** In State `state` from the start. */
const inState = (answers: Answers, state: number): StandInSeed => ({ ...siteSeed(answers), gateways: [gatewayOf(answers, { State: state, StatusDetails: 3 })], clock: CLOCK });
/** Provisioning (1), then `state` two minutes on: a deployment that fails or is stopped while the script waits. */
const thenState = (answers: Answers, state: number): StandInSeed => ({
  ...siteSeed(answers),
  gateways: [gatewayOf(answers, { State: 1, progress: [{ at: '2026-03-01T08:02:00Z', State: state, StatusDetails: 7 }] })],
  clock: CLOCK,
});
/** The States the table stops on (5, 6, 99), and one it does not list (7: no source gives a number for a failed deployment). */
const STOPS = GATEWAY_STATES.filter((entry) => entry.outcome === 'stop');
const UNKNOWN = 7;

describePowerShell(`${SCRIPT} in PowerShell, every scenario and language`, () => {
  let space: Workspace;
  let scripts: Map<string, string>;
  const batch = new Batch();

  beforeAll(async () => {
    space = workspace();
    scripts = writeScripts(space, SCRIPT, RUN);
    batch.parse('parse', [...scripts.values()]);
    batch.baseline('seed-empty', NO_SITE, '2403');
    for (const variant of RUN) {
      const { answers } = variant;
      const base = { script: scripts.get(variant.id) as string, siteVersion: variant.siteVersion };
      const id = (mode: string) => `${variant.id}:${mode}`;
      batch.baseline(id('seed-ready'), readyNow(answers), variant.siteVersion);
      batch.baseline(id('seed-stuck'), stuck(answers), variant.siteVersion);
      batch.baseline(id('seed-none'), none(answers), variant.siteVersion);
      batch.add({ ...base, id: id('no-site'), seed: NO_SITE });
      batch.add({ ...base, id: id('what-if'), whatIf: true, seed: readyNow(answers) });
      batch.add({ ...base, id: id('first'), seed: provisioning(answers) });
      batch.add({ ...base, id: id('second'), seedFrom: id('first') });
      batch.add({ ...base, id: id('timeout'), seed: stuck(answers), parameters: { TimeoutMinutes: 2 } });
      batch.add({ ...base, id: id('no-gateway'), seed: none(answers) });
      for (const entry of STOPS) batch.add({ ...base, id: id(`state-${entry.value}`), seed: inState(answers, entry.value) });
      batch.add({ ...base, id: id('state-unknown'), seed: inState(answers, UNKNOWN) });
      batch.add({ ...base, id: id('fails-later'), seed: thenState(answers, UNKNOWN) });
      batch.add({ ...base, id: id('stopped-later'), seed: thenState(answers, 6) });
      // F-GW-9: whatever -Name matches on the site (modelling.gatewayName), the script never asks by name.
      for (const mode of GATEWAY_NAME_MODES) batch.add({ ...base, id: id(`name-${mode}`), seed: readyNow(answers), modelling: { gatewayName: mode } });
      // Another CMG with the same first label: the short name finds it, its ServiceCName is not ours.
      batch.add({ ...base, id: id('other-cmg'), seed: { ...none(answers), gateways: [gatewayOf(answers, { ServiceCName: `${answers.deploymentPrefix}.example.org` })] }, modelling: { gatewayName: 'Name' } });
      batch.add({ ...base, id: id('two-cmgs'), seed: { ...none(answers), gateways: [gatewayOf(answers), gatewayOf(answers, { Name: 'another' })] } });
    }
    await batch.run();
  }, 120_000);

  afterAll(() => space?.remove());

  it('parses with PowerShell\'s own parser, without an error, in every variant', () => {
    expect(parseErrors(batch.get('parse'))).toEqual(Object.fromEntries([...scripts.values()].map((path) => [path, []])));
  });

  it('the hostile answers reach none of its values: each hostile script is byte for byte its English one, whose runs stand for it', () => {
    expect(SAME.map(({ variant, as }) => [variant.id, as.id])).toEqual([['vmss-hostile', 'vmss-en'], ['classic-hostile', 'classic-en']]);
    expect(RUN.length + SAME.length).toBe(VARIANTS.length);
  });

  describe.each(RUN)('$id', (variant) => {
    const { answers } = variant;
    const text = texts(variant.lang).gateway;
    const result = (mode: string) => batch.get(`${variant.id}:${mode}`);
    const getGateway = listGateways;
    const sleep: StandInCall = { command: 'Start-Sleep', kind: 'environment', parameterSet: 'Seconds', parameters: { Seconds: 60 }, performed: true };
    const label = (value: number) => {
      const entry = GATEWAY_STATES.find((candidate) => candidate.value === value);
      return entry ? text[entry.label] : text.stateUnknownLabel;
    };
    const state = (time: string, value: number, details = 0) => format(text.state, time, value, label(value), details);

    it('-WhatIf: it changes nothing anyway, so it reads and reports as without (no "What if" line)', () => {
      const run = result('what-if');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.output).toEqual([state('08:00:00', 0), format(text.ready, answers.serviceName)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
      expect(run.stateAfter).toEqual(result('seed-ready').stateAfter);
    });

    it('a CMG being provisioned: polls every 60 s of the stand-in\'s clock until State 0, prints each state, then Ready', () => {
      const run = result('first');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway, sleep, getGateway, sleep, getGateway, sleep, getGateway]);
      expect(run.output).toEqual([state('08:00:00', 1), state('08:01:00', 1), state('08:02:00', 4), state('08:03:00', 0), format(text.ready, answers.serviceName)]);
      expect(run.stateAfter).toMatchObject({ clock: '2026-03-01T08:03:00.0000000Z', gateways: [{ ServiceCName: answers.serviceName, State: 0, progress: [] }] });
    });

    it('second run, once Ready: one read, Ready at once, nothing changed', () => {
      const run = result('second');
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
      expect(run.output).toEqual([state('08:03:00', 0), format(text.ready, answers.serviceName)]);
      expect(run.stateAfter).toEqual(result('first').stateAfter);
    });

    it('a CMG that never gets Ready: gives up after TimeoutMinutes with its own message, naming its last state', () => {
      const run = result('timeout');
      expect(run.exitCode).toBe(1);
      // Review N3: the message carries the last state and its status details.
      expect(run.error).toMatchObject({ message: format(text.notReady, answers.serviceName, 2, 1, label(1), 0), category: 'OperationStopped' });
      expect(run.output).toEqual([state('08:00:00', 1), state('08:01:00', 1), state('08:02:00', 1)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway, sleep, getGateway, sleep, getGateway]);
      expect(run.stateAfter).toEqual({ ...result('seed-stuck').stateAfter, clock: '2026-03-01T08:02:00.0000000Z' });
    });

    it('no CMG: stops with its own message at the first read (the list of every CMG)', () => {
      const run = result('no-gateway');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.noGateway, answers.serviceName), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
      expect(run.stateAfter).toEqual(result('seed-none').stateAfter);
    });

    it.each(STOPS.map((entry) => [entry.value, entry.label] as const))('State %i (%s in the community table): stops at the first poll with its own message, no sleep', (value) => {
      const run = result(`state-${value}`);
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.stateStop, answers.serviceName, label(value), value, 3), category: 'OperationStopped' });
      expect(run.output).toEqual([state('08:00:00', value, 3)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
    });

    it('a State the table does not list: stops at once, says the table is a community one and what to check', () => {
      const run = result('state-unknown');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.stateUnknown, answers.serviceName, UNKNOWN, 3), category: 'OperationStopped' });
      expect(run.output).toEqual([state('08:00:00', UNKNOWN, 3)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
    });

    it('a deployment that turns to an unknown State while provisioning: stops at that poll (2 minutes), not after the 60-minute timeout', () => {
      const run = result('fails-later');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: format(text.stateUnknown, answers.serviceName, UNKNOWN, 7) });
      expect(run.output).toEqual([state('08:00:00', 1), state('08:01:00', 1), state('08:02:00', UNKNOWN, 7)]);
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway, sleep, getGateway, sleep, getGateway]);
      expect(run.stateAfter).toMatchObject({ clock: '2026-03-01T08:02:00.0000000Z' });
    });

    it('a CMG stopped while provisioning: stops at that poll with the stopped message', () => {
      const run = result('stopped-later');
      expect(run.error).toMatchObject({ message: format(text.stateStop, answers.serviceName, label(6), 6, 7) });
      expect(run.output.at(-1)).toBe(state('08:02:00', 6, 7));
    });

    it.each(GATEWAY_NAME_MODES)('-Name matching %s (modelling.gatewayName): one read of every CMG, found by its ServiceCName, Ready', (mode) => {
      const run = result(`name-${mode}`);
      expect([run.exitCode, run.error]).toEqual([0, null]);
      expect(run.calls).toEqual([siteDriveCall(answers), listGateways]);
      expect(run.output).toEqual([state('08:00:00', 0), format(text.ready, answers.serviceName)]);
    });

    it('another CMG with the same short name is not this one: no CMG', () => {
      const run = result('other-cmg');
      expect(run.error).toMatchObject({ message: format(text.noGateway, answers.serviceName) });
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
    });

    it('two CMGs with this service name: stops, choosing neither', () => {
      const run = result('two-cmgs');
      expect(run.error).toMatchObject({ message: format(text.severalGateways, answers.serviceName, 2), category: 'OperationStopped' });
      expect(run.calls).toEqual([siteDriveCall(answers), getGateway]);
    });

    // Issue 10's fault, fixed: New-PSDrive's own error ended the script; it now says which site and
    // SMS Provider it could not reach, in the script's language, with the provider's reason.
    it('no site behind the SMS Provider: stops at the site drive with its own message, nothing changed', () => {
      const run = result('no-site');
      expect(run.exitCode).toBe(1);
      expect(run.error).toMatchObject({ message: siteDriveFailed(answers, variant.lang), category: 'OperationStopped' });
      expect(run.calls).toEqual([{ ...siteDriveCall(answers), performed: false }]);
      expect(run.stateAfter).toEqual(batch.get('seed-empty').stateAfter);
    });

    if (variant.lang === 'fr') {
      it('French: the calls of the English script, the messages with their accents, a BOM', () => {
        const english = (mode: string) => batch.get(`${variant.id.replace('-fr', '-en')}:${mode}`);
        for (const mode of ['first', 'timeout', 'no-gateway']) expect(result(mode).calls).toEqual(english(mode).calls);
        expect(result('first').output.at(-1)).toBe(`La passerelle de gestion cloud ${answers.serviceName} est prête.`);
        expect(result('first').output[0]).toBe('08:00:00 : état 1 (Approvisionnement), détails 0');
        expect(hasBom(readFileSync(scripts.get(variant.id) as string))).toBe(true);
      });
    }
  });
});
