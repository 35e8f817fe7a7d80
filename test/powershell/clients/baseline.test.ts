/**
 * The ConfigMgr configuration item pair of both golden scenarios, in English and French:
 * 08-clients/configmgr-baseline/CmgClient-Discovery.ps1 and CmgClient-Remediation.ps1.
 *
 * What the discovery must print: the configuration item's setting is of type Script, data type
 * String, with the rule "the value returned by the script Equals Compliant" (remediation needs the
 * Equals operator). memdocs configmgr/compliance/deploy-use/create-custom-configuration-items-for-
 * windows-desktop-and-server-computers-managed-with-the-client.md, "Script": "The value returned by
 * the script is used to assess the compliance"; "Configure compliance rules": "You can only
 * remediate noncompliant rules when the rule operator is set to Equals", and with "Remediate
 * noncompliant rules when supported" "the client uses the remediation script that you specified
 * with the setting". So the discovery writes exactly one line, Compliant or NonCompliant, and
 * nothing else: any other output would be part of the value compared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { workspace, type Workspace } from '../fixtures.ts';
import {
  BASELINE_REMEDIATION,
  clientSeed,
  commands,
  DISCOVERY,
  expectedWrites,
  keysWithoutService,
  LANGS_UNDER_TEST,
  NO_CLIENT,
  say,
  SCENARIOS,
  SECURITY_KEY,
  whatIf,
  writeClientScripts,
  writes,
} from './client-world.ts';

const CASES = SCENARIOS.flatMap((scenario) => LANGS_UNDER_TEST.map((lang) => ({ scenario, lang, id: `${scenario.name}.${lang}` })));

describePowerShell('08-clients/configmgr-baseline: discovery and remediation against the stand-in', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const runs: StandInRun[] = [];
    for (const { scenario, lang, id } of CASES) {
      const paths = writeClientScripts(space, scenario.answers, lang, id);
      const discovery = { script: paths[DISCOVERY], siteVersion: scenario.siteVersion };
      const remediation = { script: paths[BASELINE_REMEDIATION], siteVersion: scenario.siteVersion };
      const client = clientSeed(scenario.answers.serviceName, scenario.before);
      runs.push(
        { ...discovery, id: `${id}:discovery-before`, seed: client },
        { ...remediation, id: `${id}:remediation`, seed: client },
        { ...discovery, id: `${id}:discovery-after`, seedFrom: `${id}:remediation` },
        { ...remediation, id: `${id}:remediation-again`, seedFrom: `${id}:remediation` },
        { ...remediation, id: `${id}:remediation-no-client`, seed: NO_CLIENT },
      );
      // What the language cannot change, run once per scenario (the suite's time is in runs).
      if (lang === 'en') {
        runs.push(
          { ...discovery, id: `${id}:discovery-what-if`, whatIf: true, seed: client },
          { ...remediation, id: `${id}:remediation-what-if`, whatIf: true, seed: client },
          { ...discovery, id: `${id}:discovery-no-client`, seed: NO_CLIENT },
          { ...remediation, id: `${id}:remediation-keys-without-service`, seed: keysWithoutService(scenario.before) },
        );
      }
    }
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  describe.each(CASES)('$id', ({ scenario, lang, id }) => {
    const serviceName = scenario.answers.serviceName;

    it('discovery on a client that needs the change: prints exactly NonCompliant, changes nothing', () => {
      const result = run(`${id}:discovery-before`);
      expect([result.error, result.exitCode]).toEqual([null, 0]);
      expect(result.pipeline).toEqual(['NonCompliant']);
      expect(result.output).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(commands(result)).toEqual(['Get-Service']);
      expect(result.stateAfter.registry).toEqual(scenario.before);
    });

    // Issue 11: the baseline never writes CMGFQDNs (its clients talk to the site and learn the CMG; it refreshes).
    it('remediation: exactly the expected registry writes, never CMGFQDNs; it leaves the SMS Agent Host alone (the agent runs it)', () => {
      const result = run(`${id}:remediation`);
      expect([result.error, result.exitCode]).toEqual([null, 0]);
      expect(writes(result)).toEqual(expectedWrites(scenario, serviceName, false));
      expect(result.stateAfter.registry).toEqual(scenario.afterBaseline);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 0 } });
      expect(result.pipeline).toEqual(scenario.name === 'on' ? [say(lang, 'alwaysOnSet')] : [say(lang, 'alwaysOnRemoved')]);
    });

    it('discovery after the remediation: prints exactly Compliant', () => {
      expect(run(`${id}:discovery-after`).pipeline).toEqual(['Compliant']);
    });

    it('remediation again: idempotent, no write, says it is already configured', () => {
      const result = run(`${id}:remediation-again`);
      expect(result.error).toBeNull();
      expect(writes(result)).toEqual([]);
      expect(result.stateAfter.registry).toEqual(scenario.afterBaseline);
      expect(result.pipeline).toEqual([
        ...(scenario.name === 'on' ? [say(lang, 'alwaysOnAlready')] : [say(lang, 'alwaysOnAbsent')]),
        say(lang, 'nothingToChange'),
      ]);
    });

    it('no ConfigMgr client: the remediation stops with its own message and exit 1, writing nothing', () => {
      const result = run(`${id}:remediation-no-client`);
      expect(result.exitCode).toBe(1);
      expect(result.error?.message).toBe(say(lang, 'noClient'));
      expect(result.pipeline.filter((line) => line !== null)).toEqual([]);
      expect([writes(result), result.stateAfter.registry]).toEqual([[], {}]);
    });
  });

  // What the language cannot change: run once per scenario, in English (the suite's time is in runs).
  describe.each(CASES.filter((entry) => entry.lang === 'en'))('$id', ({ scenario, lang, id }) => {

    it('discovery under -WhatIf: the same, by design (it only reads)', () => {
      const result = run(`${id}:discovery-what-if`);
      expect(result.pipeline).toEqual(['NonCompliant']);
      expect([result.output, writes(result), result.stateAfter.registry]).toEqual([[], [], scenario.before]);
    });

    it('remediation under -WhatIf: says what it would change, changes nothing', () => {
      const result = run(`${id}:remediation-what-if`);
      expect(result.error).toBeNull();
      expect(result.output).toEqual(
        scenario.name === 'on' ? [whatIf(say(lang, 'alwaysOnSetAction'), SECURITY_KEY)] : [whatIf(say(lang, 'alwaysOnRemoveAction'), SECURITY_KEY)],
      );
      expect(result.pipeline).toEqual([]);
      expect(writes(result)).toEqual([]);
      expect(result.stateAfter.registry).toEqual(scenario.before);
    });

    it('no ConfigMgr client, or its keys left without CcmExec: discovery and remediation stop the same way', () => {
      for (const name of ['discovery-no-client', 'remediation-keys-without-service']) {
        const result = run(`${id}:${name}`);
        expect([result.exitCode, result.error?.message]).toEqual([1, say(lang, 'noClient')]);
        expect(result.pipeline.filter((line) => line !== null)).toEqual([]);
        expect(writes(result)).toEqual([]);
      }
      expect(run(`${id}:remediation-keys-without-service`).stateAfter.registry).toEqual(scenario.before);
    });
  });
});
