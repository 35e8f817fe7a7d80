/**
 * The PowerShell completer run for real (src/cli/completion/powershell.ts): pwsh dot-sources the
 * script `cmg-setup completion powershell` prints, then asks TabExpansion2 (what the Tab key
 * calls) about partial command lines, cursor at the end, and every CompletionMatch's text, type
 * and tooltip comes back. The script is made in-process from the real program; the e2e test
 * (test/cli/completion.test.ts) checks the built binary prints it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { powershellScript } from '../../src/cli/completion/powershell.ts';
import { completionTree } from '../../src/cli/completion/walk.ts';
import type { Lang } from '../../src/model/lang.ts';
import { fullProgram } from '../completion/program.ts';
import { describePowerShell, findPwsh } from '../support/powershell.ts';

interface Match {
  text: string;
  type: string;
  tip: string;
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cmg-completion-pwsh-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every line's matches, from one pwsh process (it takes about a second to start). */
function complete(lines: string[], lang: Lang = 'en'): Match[][] {
  const script = join(folder, `cmg-setup-${lang}.ps1`);
  writeFileSync(script, powershellScript(completionTree(fullProgram(lang), lang)));
  const driver = join(folder, `driver-${lang}.ps1`);
  writeFileSync(
    driver,
    [
      "$ErrorActionPreference = 'Stop'",
      `. '${script}'`,
      `$lines = '${JSON.stringify(lines).replace(/'/g, "''")}' | ConvertFrom-Json`,
      '$all = foreach ($line in $lines) {',
      '    $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length',
      '    ,@($result.CompletionMatches | ForEach-Object { [ordered]@{ text = $_.CompletionText; type = "$($_.ResultType)"; tip = $_.ToolTip } })',
      '}',
      'ConvertTo-Json -InputObject @($all) -Depth 5 -Compress',
    ].join('\n'),
  );
  const env = { ...process.env, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', POWERSHELL_CLI_TELEMETRY_OPTOUT: '1' };
  const run = spawnSync(findPwsh()!, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', driver], { encoding: 'utf8', env, timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Match[][];
}

const texts = (matches: Match[]): string[] => matches.map((match) => match.text);

describePowerShell('cmg-setup completion powershell, in pwsh', () => {
  it('completes commands, subcommands, options not given yet and the values of an option with fixed values', () => {
    const cases: Array<[string, string[]]> = [
      ['cmg-setup ', ['run', 'plan', 'steps', 'schema', 'cert', 'azure', 'completion']],
      ['cmg-setup pl', ['plan']],
      ['cmg-setup cert ', ['lab', 'inspect', 'request']],
      ['cmg-setup plan --mod', ['--model']],
      ['cmg-setup plan --model ', ['vmss', 'classic']],
      ['cmg-setup plan --lang ', ['en', 'fr']],
      ['cmg-setup plan --model=c', ['--model=classic']],
      ['cmg-setup cert inspect --cloud u', ['usgov']],
      ['cmg-setup completion ', ['powershell', 'bash', 'zsh']],
      ['cmg-setup --lang fr cert ', ['lab', 'inspect', 'request']],
      // Already given: not again, nor its negation; a list may be given again.
      ['cmg-setup plan --model vmss --mod', []],
      ['cmg-setup plan --interactive --no-interactive --inter', []],
      ['cmg-setup plan --management-points a --management-points', ['--management-points', '--management-points-internet-only']],
      ['cmg-setup cert request --json --j', []],
      // -V is not -v: flags are case-sensitive.
      ['cmg-setup -V -', expect.not.arrayContaining(['-V', '--version']) as unknown as string[]],
      ['cmg-setup cert inspect root.cer --r', ['--role']],
      ['cmg-setup.exe cert ', ['lab', 'inspect', 'request']],
      ['cmg-setup-win-x64.exe cert ', ['lab', 'inspect', 'request']],
    ];
    const got = complete(cases.map(([line]) => line));
    cases.forEach(([line, expected], index) => expect({ line, offers: texts(got[index] ?? []) }).toEqual({ line, offers: expected }));
  });

  it('result types and tooltips: Command, ParameterName with the first line of its description, ParameterValue with what the choice means', () => {
    const [commands, flags, values] = complete(['cmg-setup sch', 'cmg-setup plan --clou', 'cmg-setup plan --model v']);
    expect(commands).toEqual([{ text: 'schema', type: 'Command', tip: 'print the JSON Schema of the answers file' }]);
    expect(flags).toEqual([{ text: '--cloud', type: 'ParameterName', tip: 'Azure cloud: public or usgov (Azure US Government). (public | usgov) (default: public) (env: CMG_CLOUD)' }]);
    expect(values).toEqual([{ text: 'vmss', type: 'ParameterValue', tip: 'current branch: virtual machine scale set' }]);
  });

  it("in French: the tooltips' apostrophes (' and ’) are PowerShell's to read back as written", () => {
    const [commands, flags] = complete(['cmg-setup compl', 'cmg-setup run --resu'], 'fr');
    expect(commands).toEqual([{ text: 'completion', type: 'Command', tip: 'afficher le script de complétion (touche Tab) d’un shell (à ajouter à votre profil : voir le README)' }]);
    expect(flags?.[0]?.tip).toMatch(/^reprendre les réponses qu'un entretien interrompu/);
  });
});
