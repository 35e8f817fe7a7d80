/**
 * The stand-in's client environment behaving as Windows does where the step 8 scripts depend on
 * it, shown with small scripts written here. Two corrections came out of running the client
 * scripts (issue 10):
 * - the stand-in's functions live in a module and did not see the script's
 *   $ErrorActionPreference = 'Stop' (PowerShell/PowerShell#4568), so Restart-Service of a missing
 *   service went on as a non-terminating error where the real cmdlet stops the script;
 * - a one-element REG_MULTI_SZ read back as a String (a function's `return` unrolled the array),
 *   where the registry provider gives String[] (.NET RegistryValueKind.MultiString).
 * And CIM's errors from WMI (unknown namespace or class) are non-terminating, as CimCmdlets write
 * them (CimWriteError.Execute: cmdlet.WriteError): -ErrorAction SilentlyContinue hides them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePowerShell, runBatch, type StandInResult, type StandInRun } from '../../support/powershell.ts';
import { workspace, type Workspace } from '../fixtures.ts';

const SECURITY_KEY = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security';

const SCRIPTS: Record<string, string> = {
  'restart-missing': "$ErrorActionPreference = 'Stop'\nRestart-Service -Name 'CcmExec'\nWrite-Host 'went on'",
  'restart-missing-silently': "$ErrorActionPreference = 'Stop'\nRestart-Service -Name 'CcmExec' -ErrorAction SilentlyContinue\nWrite-Host 'went on'",
  'write-under-missing-key': "$ErrorActionPreference = 'Stop'\nNew-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' -Name 'ClientAlwaysOnInternet' -PropertyType DWord -Value 1 -Force | Out-Null\nWrite-Host 'went on'",
  'cim-no-namespace': "$ErrorActionPreference = 'Stop'\n$found = @(Get-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate' -ErrorAction SilentlyContinue)\nWrite-Host \"found $($found.Count)\"\nGet-CimInstance -Namespace 'root\\ccm\\LocationServices' -ClassName 'SMS_ActiveMPCandidate'\nWrite-Host 'went on'",
  types: [
    "$ErrorActionPreference = 'Stop'",
    "$key = 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security'",
    "foreach ($name in 'Dword', 'Qword', 'Sz', 'MultiSz') { (Get-ItemProperty -LiteralPath $key -Name $name).$name.GetType().Name }",
    "New-ItemProperty -LiteralPath $key -Name 'Sz' -PropertyType DWord -Value 1 -Force | Out-Null",
    "(Get-ItemProperty -LiteralPath $key -Name 'Sz').Sz.GetType().Name",
  ].join('\n'),
};

describePowerShell('the stand-in as a ConfigMgr client: errors and registry types as on Windows', () => {
  let space: Workspace;
  const results = new Map<string, StandInResult>();
  const run = (id: string): StandInResult => results.get(id) as StandInResult;

  beforeAll(async () => {
    space = workspace();
    const script = (id: string) => space.write(`${id}.ps1`, `\uFEFF${SCRIPTS[id]}\r\n`);
    const registry = {
      [SECURITY_KEY]: { Dword: { type: 'DWord' as const, value: 1 }, Qword: { type: 'QWord' as const, value: 1 }, Sz: { type: 'String' as const, value: '1' }, MultiSz: { type: 'MultiString' as const, value: ['https://contosocmg.contoso.com'] } },
    };
    const runs: StandInRun[] = [
      { id: 'restart-missing', script: script('restart-missing'), siteVersion: '2403', seed: {} },
      { id: 'restart-missing-silently', script: script('restart-missing-silently'), siteVersion: '2403', seed: {} },
      { id: 'write-under-missing-key', script: script('write-under-missing-key'), siteVersion: '2403', seed: {} },
      { id: 'cim-no-namespace', script: script('cim-no-namespace'), siteVersion: '2403', seed: {} },
      { id: 'types', script: script('types'), siteVersion: '2403', seed: { registry } },
    ];
    for (const result of (await runBatch(runs)).results) results.set(result.id as string, result);
  }, 120_000);

  afterAll(() => space?.remove());

  it("a cmdlet's error stops a script under $ErrorActionPreference = 'Stop', unless the call says -ErrorAction", () => {
    expect(run('restart-missing').error).toMatchObject({ message: "Cannot find any service with service name 'CcmExec'.", command: 'Restart-Service' });
    expect(run('restart-missing').output).toEqual([]);
    expect(run('restart-missing-silently').error).toBeNull();
    expect(run('restart-missing-silently').output).toEqual(['went on']);
    expect(run('write-under-missing-key').error).toMatchObject({ message: "Cannot find path 'HKLM:\\SOFTWARE\\Microsoft\\CCM\\Security' because it does not exist.", command: 'New-ItemProperty' });
    expect(run('write-under-missing-key').stateAfter.registry).toEqual({});
  });

  it('CIM: an unknown namespace is a non-terminating error, hidden by -ErrorAction SilentlyContinue, stopping the script otherwise', () => {
    const result = run('cim-no-namespace');
    expect(result.output).toEqual(['found 0']);
    expect(result.error).toMatchObject({ message: 'Invalid namespace root\\ccm\\LocationServices', command: 'Get-CimInstance' });
  });

  it('registry values read back with the registry provider\'s types; New-ItemProperty -Force replaces a value of another type', () => {
    const result = run('types');
    expect(result.error).toBeNull();
    expect(result.pipeline).toEqual(['Int32', 'Int64', 'String', 'String[]', 'Int32']);
    expect(result.stateAfter.registry).toMatchObject({ [SECURITY_KEY]: { Sz: { type: 'DWord', value: 1 }, MultiSz: { type: 'MultiString', value: ['https://contosocmg.contoso.com'] } } });
  });
});
