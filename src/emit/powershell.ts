import { catalogue } from '../messages/i18n.ts';
import type { Lang } from '../model/lang.ts';
import type { StepPosition } from '../model/step.ts';
import type { ScriptTexts } from '../messages/types.ts';
import { psQuote } from './powershell-quote.ts';

/** What the generated scripts say in `lang` (the catalogue's `script` section). */
export function scriptTexts(lang: Lang = 'en'): ScriptTexts {
  return catalogue(lang).script;
}

/**
 * A catalogue message as a PowerShell expression: the text quoted, and with values (PowerShell
 * expressions such as `$ServiceName`) formatted by `-f` at run time: `('{0} is Ready.' -f $x)`.
 */
export function psMessage(text: string, ...values: readonly string[]): string {
  return values.length === 0 ? psQuote(text) : `(${psQuote(text)} -f ${values.join(', ')})`;
}

/** A help text with `{0}`… filled from other catalogue texts (comment text: never a value of the admin's). */
export function fillText(template: string, ...values: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

export type PsValue = string | number | boolean | readonly string[];

/** A value as a PowerShell expression. Strings only ever pass through psQuote. */
export function psValue(value: PsValue): string {
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return psQuote(value);
  return value.length === 0 ? '@()' : `@(${value.map(psQuote).join(', ')})`;
}

export interface PsParameter {
  name: string;
  type: 'string' | 'string[]' | 'int' | 'bool' | 'switch' | 'securestring';
  /** The value cmg-setup was given; absent makes the parameter mandatory, unless `optional`. */
  default?: PsValue;
  /** Without a default and not mandatory: a switch, or a value only the admin can give at run time (a SecureString). */
  optional?: true;
  help: string;
}

export interface PsScript {
  step: StepPosition;
  /** What the script does, after the step's place ("Step 4: "), which renderScript writes. */
  synopsis: string;
  description: string;
  parameters: PsParameter[];
  /** Site-side scripts import the ConfigurationManager module and open the site drive. */
  siteDrive: boolean;
  /**
   * Parameters that name files (`list`: a string[] of them). A relative value is taken from the
   * script's folder, resolved before anything else runs (see pathResolution).
   */
  pathParameters?: ReadonlyArray<{ name: string; list?: boolean }>;
  body: string[];
  /** Language of the help footer; the generator passes its other texts already in it. */
  lang?: Lang;
}

const INDENT = '    ';

export function indent(lines: readonly string[], depth = 1): string[] {
  return lines.map((line) => (line === '' ? '' : INDENT.repeat(depth) + line));
}

function parameterBlock(parameters: readonly PsParameter[]): string[] {
  if (parameters.length === 0) return ['[CmdletBinding(SupportsShouldProcess)]', 'param()'];
  const lines = ['[CmdletBinding(SupportsShouldProcess)]', 'param('];
  parameters.forEach((parameter, index) => {
    const last = index === parameters.length - 1;
    lines.push(`${INDENT}# ${parameter.help}`);
    if (parameter.default === undefined && !parameter.optional) lines.push(`${INDENT}[Parameter(Mandatory)]`);
    const assignment = parameter.default === undefined ? '' : ` = ${psValue(parameter.default)}`;
    lines.push(`${INDENT}[${parameter.type}] $${parameter.name}${assignment}${last ? '' : ','}`);
    if (!last) lines.push('');
  });
  lines.push(')');
  return lines;
}

/**
 * Loads the ConfigurationManager module the way the console does (SMS_ADMIN_UI_PATH points at
 * bin\i386, the module sits in bin), falling back to PSModulePath (2111+), then opens the site
 * drive: CM cmdlets only run from a CMSite drive. A drive that cannot be opened (no such SMS
 * Provider, no rights on it) stops the script with the site and provider it tried, in the
 * script's language, and the provider's own reason.
 */
function siteDrivePrelude(lang: Lang | undefined): string[] {
  return [
    'if (-not (Get-Module -Name ConfigurationManager)) {',
    `${INDENT}if ($env:SMS_ADMIN_UI_PATH) {`,
    `${INDENT}${INDENT}Import-Module -Name (Join-Path -Path (Split-Path -Path $env:SMS_ADMIN_UI_PATH -Parent) -ChildPath 'ConfigurationManager.psd1')`,
    `${INDENT}}`,
    `${INDENT}else {`,
    `${INDENT}${INDENT}Import-Module -Name ConfigurationManager`,
    `${INDENT}}`,
    '}',
    'if (-not (Get-PSDrive -Name $SiteCode -PSProvider CMSite -ErrorAction SilentlyContinue)) {',
    `${INDENT}try {`,
    `${INDENT}${INDENT}New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $SmsProvider -WhatIf:$false | Out-Null`,
    `${INDENT}}`,
    `${INDENT}catch {`,
    `${INDENT}${INDENT}throw ${psMessage(scriptTexts(lang).common.siteDriveFailed, '$SiteCode', '$SmsProvider', '$_.Exception.Message')}`,
    `${INDENT}}`,
    '}',
    'Push-Location -Path ($SiteCode + \':\\\')',
  ];
}

/**
 * A relative file path is taken from the folder of the script ($PSScriptRoot), as the certificate
 * request script does with its own files: cmg-setup names files outside the output folder by
 * their absolute path and files inside it relative to the script (domain/script-paths.ts), and a
 * path that stayed relative would stop resolving once Push-Location enters the site drive, and
 * mean the process's folder to .NET (X509Certificate2) and the cmdlets.
 */
function pathResolution(parameters: ReadonlyArray<{ name: string; list?: boolean }>): string[] {
  const rooted = (variable: string) => `[System.IO.Path]::IsPathRooted(${variable})`;
  // GetFullPath folds `..\`: messages and the cmdlet see the file's own path.
  const fromScript = (variable: string) => `[System.IO.Path]::GetFullPath((Join-Path -Path $PSScriptRoot -ChildPath ${variable}))`;
  return parameters.flatMap(({ name, list }) =>
    list
      ? [`$${name} = @(foreach ($item in $${name}) {`, `${INDENT}if (${rooted('$item')}) { $item } else { ${fromScript('$item')} }`, '})']
      : [`if (-not ${rooted(`$${name}`)}) {`, `${INDENT}$${name} = ${fromScript(`$${name}`)}`, '}'],
  );
}

/** Text of a script: UTF-8 with BOM (Windows PowerShell 5.1 reads BOM-less files as ANSI), CRLF. */
export function renderScript(script: PsScript): string {
  const footer = scriptTexts(script.lang).common;
  const lines = [
    '<#',
    '.SYNOPSIS',
    // The step's number, not the count: a step added in a later version leaves every other script as it was.
    fillText(footer.stepOf, String(script.step.number)) + script.synopsis,
    '.DESCRIPTION',
    script.description,
    footer.generated,
    footer.whatIfFirst,
    '#>',
    ...parameterBlock(script.parameters),
    '',
    'Set-StrictMode -Version Latest',
    "$ErrorActionPreference = 'Stop'",
    '',
  ];
  if (script.pathParameters && script.pathParameters.length > 0) lines.push(...pathResolution(script.pathParameters), '');
  if (script.siteDrive) {
    lines.push(...siteDrivePrelude(script.lang), 'try {', ...indent(script.body), '}', 'finally {', `${INDENT}Pop-Location`, '}');
  } else {
    lines.push(...script.body);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
