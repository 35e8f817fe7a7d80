/**
 * The one user value that reaches the client scripts: the CMG service name, as the -ServiceName
 * default (through psQuote) and as CMGFQDNs = https://<service name>. Odd names the validator
 * accepts (case, length, A-labels, digits) and, past the validator, the hostile string of
 * test/emit/scenarios.ts (quotes of every kind, $(), backticks, comment and here-string
 * markers): each must reach the registry byte for byte, run no code, and be recognised on the next
 * run. Also the admin's own -ServiceName at run time, which no validator sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intuneDetectionScript } from '../../../src/steps/clients/rollout/intune.ts';
import { desiredClientState } from '../../../src/steps/clients/rollout/desired-state.ts';
import { clientScript } from '../../../src/steps/clients/rollout/script.ts';
import { checkServiceNameSyntax } from '../../../src/domain/service-name.ts';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { vmssAnswers } from '../../support/answers.ts';
import { HOSTILE } from '../../emit/scenarios.ts';
import { workspace, type Workspace } from '../fixtures.ts';
import { CCM_KEY, clientSeed, cmgMp, commands, dword, ON, say, SECURITY_KEY, sz } from './client-world.ts';
import { stepPosition } from '../../../src/steps/declarations.ts';

const NAMES: Array<{ id: string; name: string; valid: boolean }> = [
  { id: 'mixed case', name: 'ContosoCMG.Contoso.COM', valid: true },
  { id: '253 characters', name: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, valid: true },
  { id: 'A-label', name: 'xn--bcher-kva.example', valid: true },
  { id: 'digits and hyphens', name: '1-cmg.3contoso.com', valid: true },
  { id: 'hostile (past the validator)', name: HOSTILE, valid: false },
];

// The internet MPs are read before the CMGFQDNs bootstrap (issue 11), and again after the restart.
const FIRST_RUN = ['Get-Service', 'New-ItemProperty', 'Get-CimInstance', 'New-ItemProperty', 'Restart-Service', 'Start-Sleep', 'Get-CimInstance'];

describePowerShell('08-clients: the service name reaches the client byte for byte', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const runs: StandInRun[] = [];
    NAMES.forEach(({ id, name, valid }, index) => {
      const state = desiredClientState(vmssAnswers({ serviceName: name, clientAlwaysOnInternetAction: 'set' }));
      const script = space.write(`${index}/Set-CmgClient.ps1`, clientScript(state, stepPosition('clients'), 'en'));
      const detect = space.write(`${index}/Detect-CmgClient.ps1`, intuneDetectionScript(state, stepPosition('clients'), 'en'));
      runs.push(
        { id: `${id}:first`, script, siteVersion: ON.siteVersion, seed: clientSeed(name, ON.before) },
        { id: `${id}:second`, script, siteVersion: ON.siteVersion, seedFrom: `${id}:first` },
      );
      if (!valid) runs.push({ id: `${id}:detect`, script: detect, siteVersion: ON.siteVersion, seedFrom: `${id}:first` });
    });
    // The golden script, with the admin's own -ServiceName.
    const golden = space.write('golden/Set-CmgClient.ps1', clientScript(desiredClientState(ON.answers), stepPosition('clients'), 'en'));
    runs.push(
      { id: 'parameter:first', script: golden, siteVersion: ON.siteVersion, parameters: { ServiceName: HOSTILE }, seed: clientSeed(HOSTILE, ON.before) },
      { id: 'parameter:second', script: golden, siteVersion: ON.siteVersion, parameters: { ServiceName: HOSTILE }, seedFrom: 'parameter:first' },
    );
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  it('the names are what they claim: the validator accepts the odd ones and refuses the hostile one', () => {
    for (const { name, valid } of NAMES) expect(checkServiceNameSyntax(name)).toHaveLength(valid ? 0 : 1);
  });

  describe.each([...NAMES, { id: 'parameter', name: HOSTILE, valid: false }])('$id', ({ id, name }) => {
    const url = `https://${name}`;

    it('first run: CMGFQDNs holds https://<name> exactly, and the CMG named after it is found; nothing else runs', () => {
      const result = run(`${id}:first`);
      expect(result.error).toBeNull();
      expect(result.errors).toEqual([]);
      expect(commands(result)).toEqual(FIRST_RUN);
      expect(result.calls[3]?.parameters.Value).toBe(url);
      expect(result.stateAfter.registry).toEqual({ [SECURITY_KEY]: { ClientAlwaysOnInternet: dword(1) }, [CCM_KEY]: { TempDir: sz('C:\\Windows\\CCM\\Temp\\'), CMGFQDNs: sz(url) } });
      expect(result.output).toEqual([say('en', 'alwaysOnSet'), say('en', 'cmgFqdnsSet', url), say('en', 'internetMp', cmgMp(name)), say('en', 'knowsCmg', cmgMp(name))]);
    });

    it('second run: the client lists the CMG named after it, so CMGFQDNs is left as it is; no write, no restart', () => {
      const result = run(`${id}:second`);
      expect(result.error).toBeNull();
      expect(commands(result)).toEqual(['Get-Service', 'Get-CimInstance', 'Get-CimInstance']);
      expect(result.output.slice(0, 3)).toEqual([say('en', 'alwaysOnAlready'), say('en', 'cmgFqdnsNotNeeded'), say('en', 'notRestarted')]);
    });
  });

  it('the Intune detection generated for the hostile name calls that client compliant', () => {
    const detect = run('hostile (past the validator):detect');
    expect([detect.exitCode, detect.pipeline]).toEqual([0, ['Compliant']]);
  });
});
