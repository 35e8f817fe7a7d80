import { renderScript } from '../emit/powershell.ts';
import type { Answers } from '../wizard/answers.ts';
import { CLIENT_ROLLOUTS } from '../wizard/answers.ts';
import { error, info, warning } from '../wizard/findings.ts';
import { defineInput } from '../wizard/inputs.ts';
import { stepFolder } from './ids.ts';
import type { Step, StepFinding } from './step.ts';

/** The only registry location the client change touches (cmg-reference.md, step 8). */
const CCM_SECURITY_KEY = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security';

function clientScript(answers: Answers): string {
  return renderScript({
    synopsis: 'Step 8 of 8: points this ConfigMgr client at the cloud management gateway.',
    description: 'Optionally sets ClientAlwaysOnInternet (DWORD) so the client always uses the CMG, restarts the SMS Agent Host (CcmExec) so it asks for its management points again, and lists the internet management points it knows. Run it elevated on a client.',
    parameters: [
      { name: 'AlwaysOnInternet', type: 'bool', default: answers.clientAlwaysOnInternet, help: 'Force the client to always use the CMG (ClientAlwaysOnInternet = 1).' },
      { name: 'ServiceName', type: 'string', default: answers.serviceName, help: 'CMG service name the client should find as an internet management point.' },
      { name: 'WaitSeconds', type: 'int', default: 120, help: 'How long to wait for the client to list an internet management point after the restart.' },
    ],
    siteDrive: false,
    body: [
      `$keyPath = '${CCM_SECURITY_KEY}'`,
      'if (-not (Test-Path -LiteralPath $keyPath)) {',
      "    throw 'No ConfigMgr client on this machine (HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security is missing).'",
      '}',
      'if ($AlwaysOnInternet) {',
      "    $current = Get-ItemProperty -LiteralPath $keyPath -Name 'ClientAlwaysOnInternet' -ErrorAction SilentlyContinue",
      '    if ($current -and $current.ClientAlwaysOnInternet -eq 1) {',
      "        Write-Host 'Already configured: ClientAlwaysOnInternet is 1.'",
      '    }',
      "    elseif ($PSCmdlet.ShouldProcess($keyPath, 'Set ClientAlwaysOnInternet = 1 (DWORD)')) {",
      "        New-ItemProperty -LiteralPath $keyPath -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null",
      "        Write-Host 'ClientAlwaysOnInternet set to 1.'",
      '    }',
      '}',
      // Clients learn the CMG on their next location request (every 24 h); restarting the
      // agent makes that happen now.
      "if ($PSCmdlet.ShouldProcess('CcmExec', 'Restart the SMS Agent Host so the client looks up its management points')) {",
      "    Restart-Service -Name 'CcmExec'",
      '    $deadline = (Get-Date).AddSeconds($WaitSeconds)',
      '    do {',
      '        Start-Sleep -Seconds 10',
      "        $internet = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' | Where-Object { $_.Type -eq 'Internet' })",
      '    } while ($internet.Count -eq 0 -and (Get-Date) -lt $deadline)',
      '    if ($internet.Count -eq 0) {',
      "        Write-Warning 'No internet management point yet. Check LocationServices.log and ClientLocation.log, and that the client settings allow the CMG.'",
      '    }',
      '    foreach ($candidate in $internet) {',
      "        Write-Host ('Internet management point: {0}' -f $candidate.MP)",
      '    }',
      '    if (@($internet | Where-Object { $_.MP -like ($ServiceName + \'/*\') }).Count -gt 0) {',
      "        Write-Host ('The client knows the CMG {0}.' -f $ServiceName)",
      '    }',
      '}',
    ],
  });
}

export const clients: Step = {
  id: 'clients',
  inputs: [
    defineInput({ key: 'clientAlwaysOnInternet', step: 'clients', kind: 'boolean', default: false, example: 'false' }),
    defineInput({
      key: 'clientRollout',
      step: 'clients',
      kind: 'list',
      choices: CLIENT_ROLLOUTS,
      default: ['script'],
      validate: (value) => (value.length === 0 ? [error('CLIENT_ROLLOUT_EMPTY')] : []),
      example: 'script,configmgr-baseline',
    }),
  ],
  plan({ answers }) {
    const findings: StepFinding[] = [];
    if (answers.clientAlwaysOnInternet) findings.push({ ...warning('ALWAYS_ON_INTERNET'), input: 'clientAlwaysOnInternet' });
    const pending = answers.clientRollout.filter((rollout) => rollout !== 'script');
    if (pending.length > 0) findings.push({ ...info('ROLLOUT_NOT_GENERATED', { rollouts: pending.join(', ') }), input: 'clientRollout' });
    const path = `${stepFolder('clients')}/Set-CmgClient.ps1`;
    return { findings, artifacts: [{ path, content: clientScript(answers), purpose: 'clients.script', runOn: 'client' }], facts: {} };
  },
};
