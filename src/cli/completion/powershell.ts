/**
 * The PowerShell completer: one Register-ArgumentCompleter -Native call whose script block gets
 * the word under the cursor, the command's AST and the cursor's offset, and writes
 * CompletionResult objects (text, list text, ParameterName / ParameterValue / Command, tooltip).
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/register-argumentcompleter
 * When it writes nothing PowerShell completes file names, which is what `--answers <file>` and
 * `cert inspect <file>` want.
 */
import { psQuote } from '../../emit/powershell-quote.ts';
import { everyCommand, type CompletionCommand, type CompletionValue } from './tree.ts';

export const POWERSHELL_FIRST_LINE = '# cmg-setup tab completion for PowerShell';

/** The names it is typed as: npm's shims, and the Windows executable (scripts/build-exe.mjs), with and without `.exe`. */
const COMMAND_NAMES = (name: string): string[] => [name, `${name}.exe`, `${name}-win-x64`, `${name}-win-x64.exe`];

/** A tooltip may not be empty (CompletionResult's constructor refuses one), so the text stands in. */
const tip = (description: string, text: string): string => psQuote(description.trim() === '' ? text : description);

const list = (items: readonly string[]): string => (items.length === 0 ? '@()' : `@(${items.join(', ')})`);

const values = (items: readonly CompletionValue[]): string => list(items.map((item) => `@{ Text = ${psQuote(item.value)}; Tip = ${tip(item.description, item.value)} }`));

function node(command: CompletionCommand): string[] {
  return [
    `        ${psQuote(command.path.join(' '))} = @{`,
    `            Commands = ${list(command.commands.map((sub) => `@{ Text = ${psQuote(sub.name)}; Tip = ${tip(sub.description, sub.name)} }`))}`,
    '            Flags = @(',
    ...command.flags.map(
      (flag) =>
        `                @{ Names = ${list(flag.names.map(psQuote))}; Value = ${flag.takesValue ? '$true' : '$false'}; Values = ${values(flag.values)}; Excludes = ${list(flag.excludes.map(psQuote))}; Tip = ${tip(flag.description, flag.names.at(-1) ?? '')} }`,
    ),
    '            )',
    // The unary comma keeps an operand's list one element of the list of operands.
    `            Operands = @(${command.operands.map((operand) => `,${values(operand)}`).join('; ')})`,
    '        }',
  ];
}

export function powershellScript(tree: CompletionCommand): string {
  const name = tree.name;
  return [
    POWERSHELL_FIRST_LINE,
    `# Add it to $PROFILE: ${name} completion powershell | Out-String | Invoke-Expression`,
    `Register-ArgumentCompleter -Native -CommandName ${COMMAND_NAMES(name).map(psQuote).join(', ')} -ScriptBlock {`,
    '    param($wordToComplete, $commandAst, $cursorPosition)',
    '    $tree = @{',
    ...everyCommand(tree).flatMap(node),
    '    }',
    '    $word = "$wordToComplete"',
    '    $path = @()',
    '    $node = $tree[\'\']',
    '    $expect = $null',
    '    $operand = 0',
    // Flags are case-sensitive (-V is not -v); a hashtable's keys are not.
    '    $given = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::Ordinal)',
    '    foreach ($element in @($commandAst.CommandElements | Select-Object -Skip 1)) {',
    // The word under the cursor and any after it are not read.
    '        if ($element.Extent.EndOffset -ge $cursorPosition) { break }',
    '        $text = if ($element -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $element.Value } else { $element.Extent.Text }',
    '        if ($null -ne $expect) { $expect = $null; continue }',
    "        if ($text -like '-?*') {",
    "            $name = ($text -split '=', 2)[0]",
    '            $flag = @($node.Flags | Where-Object { $_.Names -ccontains $name })[0]',
    '            if ($null -ne $flag) {',
    '                foreach ($excluded in $flag.Excludes) { [void]$given.Add($excluded) }',
    '                if ($flag.Value -and $name -ceq $text) { $expect = $flag }',
    '            }',
    '            continue',
    '        }',
    '        $sub = if ($operand -eq 0) { @($node.Commands | Where-Object { $_.Text -ceq $text })[0] }',
    '        if ($null -ne $sub) {',
    '            $path += $text',
    "            $node = $tree[$path -join ' ']",
    '            $given.Clear()',
    '            continue',
    '        }',
    '        $operand++',
    '    }',
    '    $matching = { param($text) $text.StartsWith($word, [System.StringComparison]::Ordinal) }',
    '    $flags = {',
    '        foreach ($flag in $node.Flags) {',
    '            foreach ($name in $flag.Names) {',
    '                if (-not $given.Contains($name) -and (& $matching $name)) { [System.Management.Automation.CompletionResult]::new($name, $name, \'ParameterName\', $flag.Tip) }',
    '            }',
    '        }',
    '    }',
    '    $valuesOf = {',
    '        param($items)',
    '        foreach ($item in $items) { if (& $matching $item.Text) { [System.Management.Automation.CompletionResult]::new($item.Text, $item.Text, \'ParameterValue\', $item.Tip) } }',
    '    }',
    '    if ($null -ne $expect) { & $valuesOf $expect.Values }',
    // `--model=cl`: the option's values after its `=`, the option kept in the text.
    "    elseif ($word -match '^(-[^=]+)=(.*)$') {",
    '        $name = $Matches[1]',
    '        $prefix = $Matches[2]',
    '        $flag = @($node.Flags | Where-Object { $_.Names -ccontains $name -and $_.Value })[0]',
    '        if ($null -ne $flag) {',
    '            foreach ($item in $flag.Values) { if ($item.Text.StartsWith($prefix, [System.StringComparison]::Ordinal)) { [System.Management.Automation.CompletionResult]::new("$name=$($item.Text)", $item.Text, \'ParameterValue\', $item.Tip) } }',
    '        }',
    '    }',
    "    elseif ($word.StartsWith('-')) { & $flags }",
    '    elseif ($operand -eq 0 -and $node.Commands.Count -gt 0) {',
    '        foreach ($sub in $node.Commands) { if (& $matching $sub.Text) { [System.Management.Automation.CompletionResult]::new($sub.Text, $sub.Text, \'Command\', $sub.Tip) } }',
    '    }',
    '    elseif ($operand -lt $node.Operands.Count) { & $valuesOf $node.Operands[$operand] }',
    '    else { & $flags }',
    '}',
    '',
  ].join('\n');
}
