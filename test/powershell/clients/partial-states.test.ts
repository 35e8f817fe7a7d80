/**
 * Clients half-way there, in both golden scenarios: one value right and the other not, a value of
 * the wrong type, CMGFQDNs naming another CMG, and CMGFQDNs as the client itself may rewrite it.
 * Each goes through the Intune pair (detect → remediate → detect, seedFrom) and the configuration
 * item's discovery. A state that needs a change is detected and fixed with only the writes it
 * needs; a compliant one is left alone, and CcmExec restarts only when a value changed. (The
 * baseline remediation writes with the same lines as the Intune one, registry-ps.ts applyLines;
 * baseline.test.ts runs it.)
 *
 * The types as the registry provider reads them back (the stand-in does the same): REG_DWORD as
 * Int32, REG_QWORD as Int64, REG_SZ as String, REG_MULTI_SZ as String[].
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInCall, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { workspace, type Workspace } from '../fixtures.ts';
import {
  CCM_KEY,
  clientSeed,
  CMGFQDNS_URL,
  DETECTION,
  DISCOVERY,
  dword,
  expectedWrites,
  INTUNE_REMEDIATION,
  OFF,
  ON,
  RESTART,
  SECURITY_KEY,
  sz,
  writeClientScripts,
  writes,
  type ClientScenario,
  type RegistrySeed,
} from './client-world.ts';

const TEMP_DIR = { TempDir: sz('C:\\Windows\\CCM\\Temp\\') };
const on = (security: RegistrySeed[string], ccm: RegistrySeed[string] = {}): RegistrySeed => ({ [SECURITY_KEY]: security, [CCM_KEY]: { ...TEMP_DIR, ...ccm } });
const [SET_ALWAYS_ON, SET_CMG_FQDNS] = expectedWrites(ON) as [StandInCall, StandInCall];
const [REMOVE_ALWAYS_ON] = expectedWrites(OFF) as [StandInCall];

interface PartialState {
  id: string;
  scenario: ClientScenario;
  registry: RegistrySeed;
  /** What the detection lists; empty when the state is compliant. */
  needed: string[];
  /** The registry writes that fix it. */
  fix: StandInCall[];
}

const STATES: PartialState[] = [
  { id: 'on: ClientAlwaysOnInternet right, CMGFQDNs absent', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }), needed: ['CMGFQDNs'], fix: [SET_CMG_FQDNS] },
  { id: 'on: CMGFQDNs right, ClientAlwaysOnInternet absent', scenario: ON, registry: on({}, { CMGFQDNs: sz(CMGFQDNS_URL) }), needed: ['ClientAlwaysOnInternet'], fix: [SET_ALWAYS_ON] },
  { id: 'on: ClientAlwaysOnInternet a REG_SZ "1"', scenario: ON, registry: on({ ClientAlwaysOnInternet: sz('1') }, { CMGFQDNs: sz(CMGFQDNS_URL) }), needed: ['ClientAlwaysOnInternet'], fix: [SET_ALWAYS_ON] },
  { id: 'on: ClientAlwaysOnInternet a REG_QWORD 1', scenario: ON, registry: on({ ClientAlwaysOnInternet: { type: 'QWord', value: 1 } }, { CMGFQDNs: sz(CMGFQDNS_URL) }), needed: ['ClientAlwaysOnInternet'], fix: [SET_ALWAYS_ON] },
  { id: 'on: ClientAlwaysOnInternet DWORD 0', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(0) }, { CMGFQDNs: sz(CMGFQDNS_URL) }), needed: ['ClientAlwaysOnInternet'], fix: [SET_ALWAYS_ON] },
  // Issue 11: CMGFQDNs is a bootstrap: a REG_SZ already there is the client's (or an admin's) and is
  // never rewritten, whatever it names (before, another CMG or a lookalike was overwritten).
  { id: 'on: CMGFQDNs names another CMG', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }, { CMGFQDNs: sz('https://othercmg.contoso.com') }), needed: [], fix: [] },
  { id: 'on: CMGFQDNs a lookalike host', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }, { CMGFQDNs: sz('https://contosocmg.contoso.com.evil.example') }), needed: [], fix: [] },
  // Issue 10 fault: any value whose text named the CMG counted, whatever its type.
  { id: 'on: CMGFQDNs a REG_MULTI_SZ holding the URL', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }, { CMGFQDNs: { type: 'MultiString', value: [CMGFQDNS_URL] } }), needed: ['CMGFQDNs'], fix: [SET_CMG_FQDNS] },
  { id: 'on: CMGFQDNs an empty REG_SZ (names no CMG)', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }, { CMGFQDNs: sz(' ') }), needed: ['CMGFQDNs'], fix: [SET_CMG_FQDNS] },
  // The client rewrites CMGFQDNs once it learns a CMG (S32): left as it is.
  { id: 'on: CMGFQDNs as the client may rewrite it (several entries, a path)', scenario: ON, registry: on({ ClientAlwaysOnInternet: dword(1) }, { CMGFQDNs: sz('https://othercmg.contoso.com; https://CONTOSOCMG.contoso.com/CCM_Proxy_MutualAuth/72057594037927941') }), needed: [], fix: [] },
  { id: 'off: ClientAlwaysOnInternet a REG_SZ "1"', scenario: OFF, registry: { [SECURITY_KEY]: { ClientAlwaysOnInternet: sz('1') } }, needed: ['ClientAlwaysOnInternet'], fix: [REMOVE_ALWAYS_ON] },
  { id: 'off: ClientAlwaysOnInternet DWORD 0', scenario: OFF, registry: { [SECURITY_KEY]: { ClientAlwaysOnInternet: dword(0) } }, needed: ['ClientAlwaysOnInternet'], fix: [REMOVE_ALWAYS_ON] },
];

/** The registry once `fix` is applied to `registry`: the scenario's values, the rest untouched. */
function fixed(state: PartialState): RegistrySeed {
  if (state.needed.length === 0) return state.registry;
  const { [SECURITY_KEY]: security = {}, [CCM_KEY]: ccm, ...rest } = state.registry;
  const { ClientAlwaysOnInternet: _old, ...otherSecurity } = security;
  const after = state.scenario.after;
  const result: RegistrySeed = { ...rest, [SECURITY_KEY]: { ...otherSecurity, ...after[SECURITY_KEY] } };
  const bootstrap = state.needed.includes('CMGFQDNs');
  if (ccm !== undefined || bootstrap) result[CCM_KEY] = { ...ccm, ...(bootstrap ? { CMGFQDNs: sz(CMGFQDNS_URL) } : {}) };
  return result;
}

describePowerShell('08-clients: partial and odd client states, through both engines', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const paths = { on: writeClientScripts(space, ON.answers, 'en', 'on'), off: writeClientScripts(space, OFF.answers, 'en', 'off') };
    const runs: StandInRun[] = [];
    for (const state of STATES) {
      const scripts = paths[state.scenario.name];
      const seed = clientSeed(state.scenario.answers.serviceName, state.registry);
      const at = (script: string) => ({ script, siteVersion: state.scenario.siteVersion });
      runs.push(
        { ...at(scripts[DETECTION]), id: `${state.id}:detect`, seed },
        { ...at(scripts[INTUNE_REMEDIATION]), id: `${state.id}:remediate`, seedFrom: `${state.id}:detect` },
        { ...at(scripts[DETECTION]), id: `${state.id}:detect-after`, seedFrom: `${state.id}:remediate` },
        { ...at(scripts[DISCOVERY]), id: `${state.id}:discovery`, seed },
      );
    }
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  describe.each(STATES)('$id', (state) => {
    const compliant = state.needed.length === 0;

    it(compliant ? 'detection exits 0 and discovery prints Compliant' : 'detection exits 1 naming exactly what differs; discovery prints NonCompliant', () => {
      const detect = run(`${state.id}:detect`);
      expect(detect.error).toBeNull();
      expect([detect.exitCode, detect.pipeline]).toEqual(compliant ? [0, ['Compliant']] : [1, [`NonCompliant: ${state.needed.join(', ')}`]]);
      // The configuration item never looks at CMGFQDNs (issue 11): only ClientAlwaysOnInternet counts there.
      const baselineCompliant = state.needed.every((name) => name === 'CMGFQDNs');
      expect(run(`${state.id}:discovery`).pipeline).toEqual([baselineCompliant ? 'Compliant' : 'NonCompliant']);
    });

    it(compliant ? 'the Intune remediation writes nothing and restarts nothing' : 'the Intune remediation writes only what differs, restarts CcmExec once; detection then exits 0', () => {
      const remediate = run(`${state.id}:remediate`);
      expect(remediate.error).toBeNull();
      expect(writes(remediate)).toEqual(compliant ? [] : [...state.fix, RESTART]);
      expect(remediate.stateAfter.registry).toEqual(fixed(state));
      expect([run(`${state.id}:detect-after`).exitCode, run(`${state.id}:detect-after`).pipeline]).toEqual([0, ['Compliant']]);
    });

  });
});
