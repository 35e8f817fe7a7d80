import type { AlwaysOnInternetAction } from '../model/answers.ts';
import type { ClientCode } from '../model/codes.ts';
import type { Params, RunbookEntry, Text } from './types.ts';

/** Step 8 (clients at scale): finding texts, artifact purposes, checks and runbook entries. */
export const clientCodesEn: Record<ClientCode, Text> = {
  CLIENT_INSTALL_ON_INTRANET: () =>
    'Classic CMG: no ccmsetup command line for internet-only clients. Installing a client straight through the CMG (ccmsetup /mp:https://<CMG>/CCM_Proxy_MutualAuth/<ID>) is documented for current branch only; install clients on the intranet, where they learn the CMG.',
};

export const clientPurposesEn: Record<string, string> = {
  'clients.script': 'Points a client at the CMG and checks it finds it.',
  'clients.baseline.discovery': 'Configuration item discovery script: reports Compliant or NonCompliant for the CMG client settings.',
  'clients.baseline.remediation': 'Configuration item remediation script: applies the CMG client settings where the discovery script found them different.',
  'clients.gpo': 'Group Policy Preferences registry items (Registry.xml) that apply the CMG client settings to computers.',
  'clients.intune.detection': 'Intune remediation detection script: exits 1 when a device needs the CMG client settings.',
  'clients.intune.remediation': 'Intune remediation script: applies the CMG client settings and restarts the SMS Agent Host.',
  'clients.ccmsetup': 'ccmsetup command line for new internet-only clients, installed through the CMG.',
};

export const clientVerifyEn: Record<string, string> = {
  // N7: a second run finds every value as wanted (or left alone) and restarts nothing: the script's notRestarted line.
  'clients.script': 'The script ends with `The client knows the CMG: <service name>/CCM_Proxy_MutualAuth/<id>`; run again, it changes nothing and says `Nothing to change: the SMS Agent Host (CcmExec) is not restarted.`',
  'clients.baseline.discovery': 'On a test client, elevated 64-bit PowerShell: `.\\CmgClient-Discovery.ps1` prints Compliant once the client has the settings. Console: Monitoring > Deployments shows the baseline deployment compliant.',
  'clients.baseline.remediation': 'On a test client: `.\\CmgClient-Remediation.ps1 -WhatIf` lists what it would change; after a real run `.\\CmgClient-Discovery.ps1` prints Compliant.',
  'clients.gpo': 'On a client: `gpupdate /target:computer`, then `(Get-ItemProperty -LiteralPath \'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security\').ClientAlwaysOnInternet` returns 1 (nothing when the answers remove it); `gpresult /scope computer /r` lists the GPO.',
  'clients.intune.detection': 'The package\'s Device status shows "Without issues" or "Issue fixed"; by hand on a device, `.\\Detect-CmgClient.ps1` prints Compliant and `$LASTEXITCODE` is 0.',
  'clients.intune.remediation': 'After it ran, `.\\Detect-CmgClient.ps1` on the device prints Compliant and exits 0.',
  'clients.ccmsetup': 'ccmsetup.log ends with `CcmSetup is exiting with return code 0`; ClientLocation.log names <service name>/CCM_Proxy_MutualAuth/<id> as internet management point.',
};

const BASELINE_CONSOLE = 'Assets and Compliance > Compliance Settings > Configuration Items > Create Configuration Item; then Configuration Baselines > Create Configuration Baseline, and Deploy';
const BASELINE_ROLLBACK = 'Delete the baseline\'s deployment (Configuration Baselines > the baseline > Deployments tab). Values already written stay: deploy the baseline generated with another `--client-always-on-internet-action` (set, remove or leave), or run the client script.';
const INTUNE_CONSOLE = 'Intune admin center > Devices > Scripts and remediations > Remediations > Create (older portals: Devices > Remediations)';
const INTUNE_ROLLBACK = 'Remove the package\'s assignments or delete it. Values already written stay: deploy the package generated with another `--client-always-on-internet-action` (set, remove or leave), or run the client script.';

/**
 * S5: undo only what Set-CmgClient.ps1 did, by the action the answers chose (F-CLI-1: CCMALWAYSINF=1
 * installs set ClientAlwaysOnInternet on purpose, so "leave" has nothing to undo and nothing is
 * removed where the script did not write it), and CMGFQDNs only where it created it (current
 * branch, F-CLI-3). The lines quoted are the script's own (script.en.ts, clients).
 */
function clientScriptRollbackEn(p: Params): string {
  const alwaysOn = {
    leave: 'Nothing to undo for ClientAlwaysOnInternet: the script left it as each client had it.',
    set: "ClientAlwaysOnInternet, only on the clients where the script set it (it printed `ClientAlwaysOnInternet set to 1.`): where it was absent before, `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet'`; where it had another value, put that value back.",
    remove: "ClientAlwaysOnInternet, only on the clients where the script removed it (it printed `ClientAlwaysOnInternet removed.`): put back the value it had, 1 on a client installed with CCMALWAYSINF=1: `New-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force`.",
  }[String(p.alwaysOnInternetAction) as AlwaysOnInternetAction];
  const cmgFqdns = p.model === 'vmss' ? " CMGFQDNs, only where the script created it (it printed `CMGFQDNs set to https://<service name>.`): `Remove-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM' -Name 'CMGFQDNs'`." : '';
  const restart = p.alwaysOnInternetAction === 'leave' && !cmgFqdns ? '' : ' Then `Restart-Service CcmExec` on each client you changed.';
  return `${alwaysOn ?? ''}${cmgFqdns}${restart}`;
}

export const clientRunbookEntriesEn: Record<string, RunbookEntry> = {
  'clients.script': {
    how: 'Elevated 64-bit PowerShell on each client, on one pilot client first: `.\\Set-CmgClient.ps1 -WhatIf`, then without. After a restart it waits up to two minutes (-WaitSeconds) for the CMG to appear as internet management point.',
    changes: 'Sets ClientAlwaysOnInternet = 1 (DWORD) under HKLM\\SOFTWARE\\Microsoft\\CCM\\Security, removes it, or leaves it as it is (the default), as the answers say; on current branch, on a client that lists no internet management point and has no CMGFQDNs, also creates CMGFQDNs (REG_SZ) under HKLM\\SOFTWARE\\Microsoft\\CCM = https://<service name> (the off-premises bootstrap; a value already there is left as it is). Restarts the SMS Agent Host (CcmExec) only when a value changed.',
    console: 'Nothing to do on the client; the client setting "Enable clients to use a cloud management gateway" (Administration > Client Settings > Cloud Services) must be Yes, its default.',
    rollback: (p) => clientScriptRollbackEn(p),
  },
  'clients.baseline.discovery': {
    how: 'Create a configuration item of type Windows Desktops and Servers (custom). Settings > New: setting type Script, data type String; Add Script, Windows PowerShell: paste CmgClient-Discovery.ps1 as the discovery script and CmgClient-Remediation.ps1 as the remediation script. Compliance rule: the value returned by the script Equals Compliant, with Remediate noncompliant rules when supported. Put the item in a configuration baseline and deploy it to a device collection with Remediate noncompliant rules when supported. Unsigned scripts run only if the client setting Computer Agent > PowerShell execution policy allows them (Bypass); otherwise sign them.',
    changes: 'Each client of the collection evaluates the baseline on its schedule and reports Compliant or NonCompliant; nothing changes until the remediation script runs.',
    console: BASELINE_CONSOLE,
    rollback: BASELINE_ROLLBACK,
  },
  'clients.baseline.remediation': {
    how: 'The remediation script of the same setting as CmgClient-Discovery.ps1 (see the discovery script). To try it on one client first: elevated 64-bit PowerShell, `.\\CmgClient-Remediation.ps1 -WhatIf`, then without.',
    changes: 'Where the discovery script found a difference: sets ClientAlwaysOnInternet = 1 or removes it. It never writes CMGFQDNs: a client that runs a baseline talks to the site and learns the CMG by itself. It leaves the SMS Agent Host running (the agent runs this script itself): the client applies the value when the agent next starts, at the latest after the next reboot.',
    console: BASELINE_CONSOLE,
    rollback: BASELINE_ROLLBACK,
  },
  'clients.gpo': {
    how: 'In Group Policy Management, edit a GPO linked to the clients\' OU (or create one), and drag Registry.xml onto Computer Configuration > Preferences > Windows Settings > Registry in the editor. Review the items, then scope the GPO to the computers that should use the CMG.',
    changes: 'At each Group Policy refresh computers get ClientAlwaysOnInternet = 1 (action Update) or lose it (action Delete). No CMGFQDNs item: a computer that gets Group Policy reaches a domain controller, so it is not an off-premises client, and a refreshing item would overwrite the value the client maintains. The client applies the value when the SMS Agent Host next starts.',
    console: 'Group Policy Management Editor: Computer Configuration > Preferences > Windows Settings > Registry',
    rollback: 'Delete the items or unlink the GPO. Values written by an Update item stay: remove them with the GPO generated with another `--client-always-on-internet-action` (set, remove or leave), the client script, or Remove-ItemProperty.',
  },
  'clients.intune.detection': {
    how: 'Create a script package: Detect-CmgClient.ps1 as the detection script file, Remediate-CmgClient.ps1 as the remediation script file. Settings: Run this script using the logged-on credentials No; Enforce script signature check No; Run script in 64-bit PowerShell Yes. Assign it to device groups.',
    changes: 'Intune runs the detection on the package\'s schedule (daily by default); it changes nothing and exits 1 where the device needs the CMG settings.',
    console: INTUNE_CONSOLE,
    rollback: INTUNE_ROLLBACK,
  },
  'clients.intune.remediation': {
    how: 'The remediation script file of the same package as Detect-CmgClient.ps1 (see the detection script).',
    changes: 'Where the detection exited 1: sets ClientAlwaysOnInternet = 1 or removes it, as the answers say; on current branch creates CMGFQDNs on a device that lists no internet management point and has no CMGFQDNs (never over a value, which the client maintains); then restarts the SMS Agent Host (CcmExec).',
    console: INTUNE_CONSOLE,
    rollback: INTUNE_ROLLBACK,
  },
  'clients.ccmsetup': {
    how: 'Open ccmsetup-internet-clients.md: read the MP role ID on a client that already uses the CMG, replace the placeholders, then run the command elevated on each new device, next to a copy of the site\'s Client folder.',
    changes: 'Installs the ConfigMgr client on a device that never reaches the intranet; the client registers with the site through the CMG.',
    rollback: '`ccmsetup.exe /uninstall` on the device, then delete its record in the console (Assets and Compliance > Devices).',
  },
};
