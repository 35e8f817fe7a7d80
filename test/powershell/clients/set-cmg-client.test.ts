/**
 * 08-clients/Set-CmgClient.ps1 of both golden scenarios, in English and French, run as an admin
 * runs it on a client: with -WhatIf, for real, a second time, and on machines that are not (or no
 * longer) ConfigMgr clients. Issue 10: DESIGN.md rule 7.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { workspace, type Workspace } from '../fixtures.ts';
import {
  CCM_KEY,
  CLIENT_SCRIPT,
  CLIENT_SCRIPTS,
  clientSeed,
  cmgMp,
  commands,
  expectedWrites,
  keysWithoutService,
  LANGS_UNDER_TEST,
  MP_CANDIDATES,
  NO_CLIENT,
  ON,
  PARSE_CHECK,
  RESTART,
  say,
  SCENARIOS,
  SECURITY_KEY,
  whatIf,
  writeClientScripts,
  writes,
} from './client-world.ts';

const CASES = SCENARIOS.flatMap((scenario) => LANGS_UNDER_TEST.map((lang) => ({ scenario, lang, id: `${scenario.name}.${lang}` })));

describePowerShell('08-clients/Set-CmgClient.ps1 against the stand-in', () => {
  let space: Workspace;
  const scripts: string[] = [];
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const runs: StandInRun[] = [];
    for (const { scenario, lang, id } of CASES) {
      const paths = writeClientScripts(space, scenario.answers, lang, id);
      scripts.push(...CLIENT_SCRIPTS.map((path) => paths[path]));
      const base = { script: paths[CLIENT_SCRIPT], siteVersion: scenario.siteVersion };
      const client = clientSeed(scenario.answers.serviceName, scenario.before);
      runs.push(
        { ...base, id: `${id}:what-if`, whatIf: true, seed: client },
        { ...base, id: `${id}:first`, seed: client },
        { ...base, id: `${id}:second`, seedFrom: `${id}:first` },
        { ...base, id: `${id}:no-client`, seed: NO_CLIENT },
        { ...base, id: `${id}:keys-without-service`, seed: keysWithoutService(scenario.before) },
      );
    }
    // The client has not answered on root\ccm\LocationServices yet (no SMS_ActiveMPCandidate): the
    // script waits -WaitSeconds, then warns; it does not fail.
    const { client: _none, ...silent } = clientSeed(ON.answers.serviceName, ON.before);
    runs.push({ id: 'on.en:namespace-silent', script: space.path('on.en', CLIENT_SCRIPT), siteVersion: ON.siteVersion, seed: silent });
    // Every client script of both scenarios and languages, through PowerShell's own parser.
    runs.push({ id: 'parse', script: PARSE_CHECK, siteVersion: ON.siteVersion, parameters: { Path: scripts } });
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  it('every client script of both scenarios, in English and French, parses with zero errors and uses nothing Windows PowerShell 5.1 lacks', () => {
    expect(scripts).toHaveLength(20);
    expect(run('parse').error).toBeNull();
    expect(JSON.parse(run('parse').pipeline[0] as string)).toEqual([]);
  });

  describe.each(CASES)('$id', ({ scenario, lang, id }) => {
    const serviceName = scenario.answers.serviceName;
    const url = `https://${serviceName}`;
    const mp = cmgMp(serviceName);
    const changeLines = scenario.name === 'on' ? [say(lang, 'alwaysOnSet'), say(lang, 'cmgFqdnsSet', url)] : [say(lang, 'alwaysOnRemoved')];
    // Issue 11: CMGFQDNs is a bootstrap; once the client lists the CMG as internet MP it is not needed.
    const alreadyLines = scenario.name === 'on' ? [say(lang, 'alwaysOnAlready'), say(lang, 'cmgFqdnsNotNeeded')] : [say(lang, 'alwaysOnAbsent')];
    // Current branch reads the internet MPs once more, for the CMGFQDNs bootstrap, before the check.
    const reads = scenario.name === 'on' ? ['Get-Service', 'Get-CimInstance', 'Get-CimInstance'] : ['Get-Service', 'Get-CimInstance'];

    it('-WhatIf: says what it would change and that it would restart CcmExec; writes nothing, restarts nothing', () => {
      const result = run(`${id}:what-if`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      const actions =
        scenario.name === 'on'
          ? [whatIf(say(lang, 'alwaysOnSetAction'), SECURITY_KEY), whatIf(say(lang, 'cmgFqdnsSetAction', url), CCM_KEY)]
          : [whatIf(say(lang, 'alwaysOnRemoveAction'), SECURITY_KEY)];
      expect(result.output).toEqual([...actions, whatIf(say(lang, 'restartLooksUpAction'), 'CcmExec')]);
      expect(writes(result)).toEqual([]);
      expect(commands(result)).toEqual(reads);
      expect(result.stateAfter.registry).toEqual(scenario.before);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 0 } });
      // What it reads without restarting: the client does not list the CMG yet.
      expect(result.warnings).toEqual([say(lang, 'noCmgYet', serviceName)]);
    });

    it('first run: exactly the expected registry writes, one restart of CcmExec, then the SMS_ActiveMPCandidate check finds the CMG', () => {
      const result = run(`${id}:first`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(writes(result)).toEqual([...expectedWrites(scenario), RESTART, expect.objectContaining({ command: 'Start-Sleep' })]);
      expect(result.calls.filter((call) => call.command === 'Get-CimInstance')).toEqual(scenario.name === 'on' ? [MP_CANDIDATES, MP_CANDIDATES] : [MP_CANDIDATES]);
      expect(result.stateAfter.registry).toEqual(scenario.after);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 1 } });
      expect(result.output).toEqual([...changeLines, say(lang, 'internetMp', mp), say(lang, 'knowsCmg', mp)]);
      expect(result.warnings).toEqual([]);
    });

    it('second run: already configured, no write, no restart', () => {
      const result = run(`${id}:second`);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      expect(writes(result)).toEqual([]);
      expect(commands(result)).toEqual(reads);
      expect(result.stateAfter.registry).toEqual(scenario.after);
      expect(result.stateAfter.services).toEqual({ CcmExec: { Status: 'Running', restarts: 1 } });
      expect(result.output).toEqual([...alreadyLines, say(lang, 'notRestarted'), say(lang, 'internetMp', mp), say(lang, 'knowsCmg', mp)]);
    });

    it('not a ConfigMgr client: stops with its own message and exit 1, before reading or writing anything', () => {
      const result = run(`${id}:no-client`);
      expect(result.exitCode).toBe(1);
      expect(result.error).toMatchObject({ message: say(lang, 'noClient'), category: 'OperationStopped', command: null });
      expect(result.calls).toEqual([]);
      expect(result.stateAfter.registry).toEqual({});
      expect(result.output).toEqual([]);
    });

    // Issue 10 fault: the script checked only the Security key. On a machine whose client was
    // removed by hand (keys left, CcmExec gone) it wrote both values, then failed at
    // Restart-Service with PowerShell's "Cannot find any service with service name 'CcmExec'".
    it('registry keys left but no CcmExec: stops with the same message, writes nothing', () => {
      const result = run(`${id}:keys-without-service`);
      expect(result.exitCode).toBe(1);
      expect(result.error).toMatchObject({ message: say(lang, 'noClient'), category: 'OperationStopped' });
      expect(commands(result)).toEqual(['Get-Service']);
      expect(result.stateAfter.registry).toEqual(scenario.before);
    });
  });

  it('French messages arrive as the catalogue holds them: accents and apostrophes intact', () => {
    expect(run('on.fr:first').output[0]).toBe('ClientAlwaysOnInternet défini à 1.');
    expect(run('off.fr:second').output[1]).toBe("Rien à modifier : l'hôte de l'agent SMS (CcmExec) n'est pas redémarré.");
    expect(run('on.fr:no-client').error?.message).toBe(
      "Aucun client Configuration Manager sur cette machine : HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security ou le service hôte de l'agent SMS (CcmExec) est absent. Rien n'a été modifié.",
    );
  });

  it('the client does not answer on root\\ccm\\LocationServices yet: the values are set, the script polls for -WaitSeconds (120 s), then warns; exit 0', () => {
    const result = run('on.en:namespace-silent');
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(result.stateAfter.registry).toEqual(ON.after);
    expect(result.calls.filter((call) => call.command === 'Start-Sleep')).toHaveLength(12);
    // 12 polls, and the read of the CMGFQDNs bootstrap before them.
    expect(result.calls.filter((call) => call.command === 'Get-CimInstance')).toHaveLength(13);
    expect(result.warnings).toEqual([say('en', 'noCmgYet', ON.answers.serviceName)]);
    expect(result.stateAfter.clock).toBe('2026-03-01T00:02:00.0000000Z');
  });
});
