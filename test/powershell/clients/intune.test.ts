/**
 * The Intune remediation package of both golden scenarios, in English and French:
 * 08-clients/intune/Detect-CmgClient.ps1 and Remediate-CmgClient.ps1, run detect → remediate →
 * detect on one client (seedFrom), as the Intune Management Extension does.
 *
 * What Intune needs (memdocs intune/fundamentals/remediations.md, "Script requirements"): "A
 * remediation script only runs if the detection script uses exit code `exit 1`, meaning the issue
 * was detected"; "The remediation script won't run when there's any other exit code". Its
 * recommended setting is "Run script in 64-bit PowerShell: No": the scripts refuse a 32-bit host
 * (HKLM\SOFTWARE is redirected to WOW6432Node for it) and their description asks for Yes. The
 * stand-in cannot fake Is64BitProcess: test/steps/clients/rollout/powershell-forms.test.ts shows
 * the guard comes before the first registry read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { workspace, type Workspace } from '../fixtures.ts';
import {
  CCM_KEY,
  clientSeed,
  commands,
  DETECTION,
  expectedWrites,
  INTUNE_REMEDIATION,
  keysWithoutService,
  LANGS_UNDER_TEST,
  NO_CLIENT,
  RESTART,
  say,
  SCENARIOS,
  SECURITY_KEY,
  whatIf,
  writeClientScripts,
  writes,
  sz,
  type RegistrySeed,
} from './client-world.ts';

const OLD_CMG = 'https://oldcmg.contoso.com';
const withCmgFqdns = (registry: RegistrySeed): RegistrySeed => ({ ...registry, [CCM_KEY]: { ...registry[CCM_KEY], CMGFQDNs: sz(OLD_CMG) } });

const CASES = SCENARIOS.flatMap((scenario) => LANGS_UNDER_TEST.map((lang) => ({ scenario, lang, id: `${scenario.name}.${lang}` })));

describePowerShell('08-clients/intune: detection and remediation against the stand-in', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const runs: StandInRun[] = [];
    for (const { scenario, lang, id } of CASES) {
      const paths = writeClientScripts(space, scenario.answers, lang, id);
      const detect = { script: paths[DETECTION], siteVersion: scenario.siteVersion };
      const remediate = { script: paths[INTUNE_REMEDIATION], siteVersion: scenario.siteVersion };
      const client = clientSeed(scenario.answers.serviceName, scenario.before);
      runs.push(
        { ...detect, id: `${id}:detect-before`, seed: client },
        { ...remediate, id: `${id}:remediate`, seedFrom: `${id}:detect-before` },
        { ...detect, id: `${id}:detect-after`, seedFrom: `${id}:remediate` },
        { ...remediate, id: `${id}:remediate-again`, seedFrom: `${id}:remediate` },
        { ...detect, id: `${id}:detect-no-client`, seed: NO_CLIENT },
      );
      // What the language cannot change, run once per scenario (the suite's time is in runs).
      if (lang === 'en') {
        runs.push(
          { ...detect, id: `${id}:detect-what-if`, whatIf: true, seed: client },
          { ...remediate, id: `${id}:remediate-what-if`, whatIf: true, seed: client },
          { ...detect, id: `${id}:detect-keys-without-service`, seed: keysWithoutService(scenario.before) },
          { ...remediate, id: `${id}:remediate-no-client`, seed: NO_CLIENT },
          // Issue 11: a CMGFQDNs the client (or an admin) wrote, naming another CMG: never rewritten.
          { ...detect, id: `${id}:detect-existing`, seed: clientSeed(scenario.answers.serviceName, withCmgFqdns(scenario.before)) },
          { ...remediate, id: `${id}:remediate-existing`, seed: clientSeed(scenario.answers.serviceName, withCmgFqdns(scenario.before)) },
        );
      }
    }
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  describe.each(CASES)('$id', ({ scenario, lang, id }) => {
    const serviceName = scenario.answers.serviceName;
    const url = `https://${serviceName}`;

    it('detection on a client that needs the change: exit 1, lists what differs, changes nothing', () => {
      const result = run(`${id}:detect-before`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(1);
      expect(result.pipeline).toEqual([`NonCompliant: ${scenario.needed.join(', ')}`]);
      // Current branch: the internet MPs the client lists are read for the CMGFQDNs bootstrap.
      expect(commands(result)).toEqual(scenario.name === 'on' ? ['Get-Service', 'Get-CimInstance'] : ['Get-Service']);
      expect(result.stateAfter.registry).toEqual(scenario.before);
    });

    it('remediation: exactly the expected registry writes, then one restart of CcmExec', () => {
      const result = run(`${id}:remediate`);
      expect([result.error, result.exitCode]).toEqual([null, 0]);
      expect(writes(result)).toEqual([...expectedWrites(scenario), RESTART]);
      expect(result.stateAfter.registry).toEqual(scenario.after);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 1 } });
      const changes = scenario.name === 'on' ? [say(lang, 'alwaysOnSet'), say(lang, 'cmgFqdnsSet', url)] : [say(lang, 'alwaysOnRemoved')];
      expect(result.pipeline).toEqual([...changes, say(lang, 'restarted')]);
    });

    it('detection after the remediation: exit 0, Compliant', () => {
      const result = run(`${id}:detect-after`);
      expect([result.exitCode, result.pipeline]).toEqual([0, ['Compliant']]);
    });

    it('remediation on a compliant client: idempotent, no write, no restart', () => {
      const result = run(`${id}:remediate-again`);
      expect(result.error).toBeNull();
      expect(writes(result)).toEqual([]);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 1 } });
      // After the restart the client lists the CMG as internet MP: CMGFQDNs is not needed any more.
      expect(result.pipeline).toEqual(scenario.name === 'on' ? [say(lang, 'alwaysOnAlready'), say(lang, 'cmgFqdnsNotNeeded')] : [say(lang, 'alwaysOnAbsent')]);
    });

    it('a device without a ConfigMgr client: detection exits 0, so the remediation never runs', () => {
      const result = run(`${id}:detect-no-client`);
      expect([result.error, result.exitCode, result.pipeline]).toEqual([null, 0, [say(lang, 'noClientOnDevice')]]);
      expect(writes(result)).toEqual([]);
    });
  });

  // What the language cannot change: run once per scenario, in English (the suite's time is in runs).
  describe.each(CASES.filter((entry) => entry.lang === 'en'))('$id', ({ scenario, lang, id }) => {
    const url = `https://${scenario.answers.serviceName}`;

    it('detection under -WhatIf: the same, by design (it only reads)', () => {
      const result = run(`${id}:detect-what-if`);
      expect([result.exitCode, result.pipeline, result.output, writes(result)]).toEqual([1, [`NonCompliant: ${scenario.needed.join(', ')}`], [], []]);
    });

    it('remediation under -WhatIf: says what it would change and the restart; changes nothing', () => {
      const result = run(`${id}:remediate-what-if`);
      expect(result.error).toBeNull();
      const actions =
        scenario.name === 'on'
          ? [whatIf(say(lang, 'alwaysOnSetAction'), SECURITY_KEY), whatIf(say(lang, 'cmgFqdnsSetAction', url), CCM_KEY)]
          : [whatIf(say(lang, 'alwaysOnRemoveAction'), SECURITY_KEY)];
      expect(result.output).toEqual([...actions, whatIf(say(lang, 'restartAppliesAction'), 'CcmExec')]);
      expect(writes(result)).toEqual([]);
      expect(result.stateAfter.registry).toEqual(scenario.before);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 0 } });
    });

    it('a CMGFQDNs already there (another CMG): detection does not list it, the remediation leaves it as it is', () => {
      const detect = run(`${id}:detect-existing`);
      expect(detect.pipeline).toEqual([`NonCompliant: ${scenario.needed.filter((name) => name !== 'CMGFQDNs').join(', ')}`]);
      const result = run(`${id}:remediate-existing`);
      expect(result.error).toBeNull();
      expect(writes(result)).toEqual([...expectedWrites(scenario, scenario.answers.serviceName, false), RESTART]);
      if (scenario.name === 'on') {
        expect(result.stateAfter.registry).toMatchObject({ [CCM_KEY]: { CMGFQDNs: sz(OLD_CMG) } });
        expect(result.pipeline).toEqual([say(lang, 'alwaysOnSet'), say(lang, 'cmgFqdnsKept', OLD_CMG), say(lang, 'restarted')]);
      }
    });

    it('a device with the client\'s keys but no CcmExec counts as without a client: detection exits 0', () => {
      const result = run(`${id}:detect-keys-without-service`);
      expect([result.error, result.exitCode, result.pipeline]).toEqual([null, 0, [say(lang, 'noClientOnDevice')]]);
      expect(writes(result)).toEqual([]);
    });

    it('the remediation run by hand on a device without a client stops with its own message and exit 1', () => {
      const result = run(`${id}:remediate-no-client`);
      expect(result.exitCode).toBe(1);
      expect(result.error?.message).toBe(say(lang, 'noClient'));
      expect(writes(result)).toEqual([]);
      expect(result.stateAfter.registry).toEqual({});
    });
  });
});
