/**
 * What the step 8 PowerShell tests put on disk and in the stand-in: the client scripts of a
 * scenario in a language (as the CLI writes them), the ConfigMgr client they run on (its registry,
 * CcmExec, SMS_ActiveMPCandidate), and the texts they must say, taken from the catalogue.
 *
 * The two scenarios are the golden ones: vmss-public sets ClientAlwaysOnInternet (and, current
 * branch, the client script and the Intune remediation bootstrap CMGFQDNs on a client that lists
 * no internet MP; the configuration baseline never writes it, issue 11); classic-usgov removes
 * ClientAlwaysOnInternet. The facts behind the values:
 * cmg-reference.md, step 8 (S32): HKLM\SOFTWARE\Microsoft\CCM\Security\ClientAlwaysOnInternet,
 * DWORD 1 (UInt32 in hardware inventory); HKLM\SOFTWARE\Microsoft\CCM\CMGFQDNs, REG_SZ
 * `https://<service name>`; the CMG as internet MP is `<service name>/CCM_Proxy_MutualAuth/<MP role ID>` (S11).
 */
import { join } from 'node:path';
import { clients } from '../../../src/steps/clients/index.ts';
import { clientsTexts, type ClientsTexts } from '../../../src/steps/clients/script-texts.ts';
import { LANGS, type Lang } from '../../../src/model/lang.ts';
import type { Answers } from '../../../src/model/answers.ts';
import type { RegistryType, StandInCall, StandInResult, StandInSeed } from '../../support/powershell.ts';
import { ROOT } from '../../support/powershell.ts';
import { classicUsGov, vmssPublic } from '../../emit/scenarios.ts';
import type { Workspace } from '../fixtures.ts';
import { planAtPlace } from '../../../src/steps/index.ts';

export const SECURITY_KEY = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security';
export const CCM_KEY = 'HKLM:\\SOFTWARE\\Microsoft\\CCM';

/** The client scripts of step 8 (the GPP Registry.xml is not a script: validated in test/emit). */
export const CLIENT_SCRIPT = '08-clients/Set-CmgClient.ps1';
export const DISCOVERY = '08-clients/configmgr-baseline/CmgClient-Discovery.ps1';
export const BASELINE_REMEDIATION = '08-clients/configmgr-baseline/CmgClient-Remediation.ps1';
export const DETECTION = '08-clients/intune/Detect-CmgClient.ps1';
export const INTUNE_REMEDIATION = '08-clients/intune/Remediate-CmgClient.ps1';
export const CLIENT_SCRIPTS = [CLIENT_SCRIPT, DISCOVERY, BASELINE_REMEDIATION, DETECTION, INTUNE_REMEDIATION] as const;
export type ClientScript = (typeof CLIENT_SCRIPTS)[number];

/** Lists what a script uses that Windows PowerShell 5.1 lacks, and every parse error of PowerShell's own parser (JSON on the pipeline). */
export const PARSE_CHECK = join(ROOT, 'test', 'powershell', 'windows-powershell-51.ps1');

export type RegistrySeed = Record<string, Record<string, { type: RegistryType; value: unknown }>>;

const NOW = new Date('2026-03-01T00:00:00Z');

/** A value the client keeps under HKLM\SOFTWARE\Microsoft\CCM that no script may touch. */
const NEIGHBOUR = { TempDir: { type: 'String' as const, value: 'C:\\Windows\\CCM\\Temp\\' } };

export const dword = (value: number) => ({ type: 'DWord' as const, value });
export const sz = (value: string) => ({ type: 'String' as const, value });

/** One of the two golden scenarios, as the client scripts see it. */
export interface ClientScenario {
  name: 'on' | 'off';
  answers: Answers;
  siteVersion: string;
  /** The client before: fresh for "on" (nothing set); installed with CCMALWAYSINF=1 for "off" (S32). */
  before: RegistrySeed;
  /** The registry once the change is made. */
  after: RegistrySeed;
  /** The registry once the configuration baseline made it: it never writes CMGFQDNs (issue 11). */
  afterBaseline: RegistrySeed;
  /** The values the detection lists on `before`. */
  needed: string[];
}

export const CMGFQDNS_URL = `https://${vmssPublic.serviceName}`;

export const ON: ClientScenario = {
  name: 'on',
  answers: vmssPublic,
  siteVersion: vmssPublic.siteVersion,
  before: { [SECURITY_KEY]: {}, [CCM_KEY]: { ...NEIGHBOUR } },
  after: { [SECURITY_KEY]: { ClientAlwaysOnInternet: dword(1) }, [CCM_KEY]: { ...NEIGHBOUR, CMGFQDNs: sz(CMGFQDNS_URL) } },
  afterBaseline: { [SECURITY_KEY]: { ClientAlwaysOnInternet: dword(1) }, [CCM_KEY]: { ...NEIGHBOUR } },
  needed: ['ClientAlwaysOnInternet', 'CMGFQDNs'],
};

export const OFF: ClientScenario = {
  name: 'off',
  answers: classicUsGov,
  siteVersion: classicUsGov.siteVersion,
  before: { [SECURITY_KEY]: { ClientAlwaysOnInternet: dword(1) }, [CCM_KEY]: { ...NEIGHBOUR } },
  after: { [SECURITY_KEY]: {}, [CCM_KEY]: { ...NEIGHBOUR } },
  afterBaseline: { [SECURITY_KEY]: {}, [CCM_KEY]: { ...NEIGHBOUR } },
  needed: ['ClientAlwaysOnInternet'],
};

export const SCENARIOS = [ON, OFF] as const;
export const LANGS_UNDER_TEST: readonly Lang[] = LANGS;

/** The CMG as the client lists it among its internet management points once it has learnt it. */
export const cmgMp = (serviceName: string) => `${serviceName}/CCM_Proxy_MutualAuth/72057594037927941`;
const ASSIGNED_MP = { MP: 'mp01.contoso.com', Type: 'Assigned' };

/**
 * A ConfigMgr client: the registry given, CcmExec running, its assigned MP; after a restart of
 * CcmExec it lists the CMG as internet MP (the stand-in swaps in mpCandidatesAfterRestart).
 */
export function clientSeed(serviceName: string, registry: RegistrySeed): StandInSeed {
  return {
    registry,
    services: { CcmExec: 'Running' },
    client: { mpCandidates: [ASSIGNED_MP], mpCandidatesAfterRestart: [ASSIGNED_MP, { MP: cmgMp(serviceName), Type: 'Internet' }] },
  };
}

/** Not a ConfigMgr client: no HKLM:\SOFTWARE\Microsoft\CCM, no CcmExec, no root\ccm namespace. */
export const NO_CLIENT: StandInSeed = {};

/** A client removed by hand: its registry keys are left, the SMS Agent Host service is gone. */
export const keysWithoutService = (registry: RegistrySeed): StandInSeed => ({ registry });

/** Writes the client scripts of a scenario in a language, byte for byte as the CLI does (BOM, CRLF); their paths by artifact path. */
export function writeClientScripts(space: Workspace, answers: Answers, lang: Lang, folder: string): Record<ClientScript, string> {
  const artifacts = planAtPlace(clients, { answers, now: NOW, lang }).artifacts;
  const paths = {} as Record<ClientScript, string>;
  for (const path of CLIENT_SCRIPTS) {
    const artifact = artifacts.find((candidate) => candidate.path === path);
    if (!artifact) throw new Error(`${path} is not among the artifacts of step 8`);
    paths[path] = space.write(join(folder, path), String(artifact.content));
  }
  return paths;
}

type Texts = ClientsTexts;

/** A catalogue text of the client scripts, `{0}`… filled as PowerShell's -f does. */
export function say(lang: Lang, key: keyof Texts, ...values: string[]): string {
  return clientsTexts[lang][key].replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

/** The "What if:" line PowerShell's host writes for ShouldProcess(target, action). */
export const whatIf = (action: string, target: string) => `What if: Performing the operation "${action}" on target "${target}".`;

/** The calls that changed or could have changed something (not the reads). */
export const writes = (result: StandInResult): StandInCall[] => result.calls.filter((call) => call.performed !== null);

export const commands = (result: StandInResult): string[] => result.calls.map((call) => call.command);

/**
 * The registry writes a run must make to go from `before` to `after` in a scenario, in order: the
 * value names and types of cmg-reference.md step 8, each under its own key, -Force so that a
 * value of another type is replaced. Bound as the real cmdlets bind them (-LiteralPath is String[]).
 */
export function expectedWrites(scenario: ClientScenario, serviceName = scenario.answers.serviceName, cmgFqdns = true): StandInCall[] {
  const call = (command: string, parameters: Record<string, unknown>): StandInCall => ({ command, kind: 'environment', parameterSet: 'LiteralPath', parameters, performed: true });
  if (scenario.name === 'off') return [call('Remove-ItemProperty', { LiteralPath: [SECURITY_KEY], Name: ['ClientAlwaysOnInternet'] })];
  return [
    call('New-ItemProperty', { Force: true, LiteralPath: [SECURITY_KEY], Name: 'ClientAlwaysOnInternet', PropertyType: 'DWord', Value: 1 }),
    ...(cmgFqdns ? [call('New-ItemProperty', { Force: true, LiteralPath: [CCM_KEY], Name: 'CMGFQDNs', PropertyType: 'String', Value: `https://${serviceName}` })] : []),
  ];
}

/** The one Restart-Service call that applies the values. */
export const RESTART: StandInCall = { command: 'Restart-Service', kind: 'environment', parameterSet: 'Default', parameters: { Name: ['CcmExec'] }, performed: true };

/** The SMS_ActiveMPCandidate read (cmg-reference.md step 8: root\ccm\LocationServices, Type Internet), with no WQL. */
export const MP_CANDIDATES: StandInCall = {
  command: 'Get-CimInstance',
  kind: 'environment',
  parameterSet: 'ClassNameComputerSet',
  parameters: { ClassName: 'SMS_ActiveMPCandidate', ErrorAction: 'SilentlyContinue', Namespace: 'root\\ccm\\LocationServices' },
  performed: null,
};
