import { expect } from 'vitest';
import type { StepPlan } from '../../src/model/step.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';

/** The text of the artifact at `path`; fails the test when it is missing or binary. */
export function artifactText(plan: StepPlan, path: string): string {
  const artifact = plan.artifacts.find((candidate) => candidate.path === path);
  expect(artifact, `artifact ${path}`).toBeDefined();
  const content = artifact?.content;
  expect(typeof content).toBe('string');
  return typeof content === 'string' ? content : '';
}

/** Lines of a generated file: BOM dropped, split on CRLF. */
export function scriptLines(content: string): string[] {
  return content.replace(/^\uFEFF/, '').split('\r\n');
}

/**
 * DESIGN.md "Output folder": UTF-8 with BOM, CRLF only, StrictMode and Stop before any work,
 * -WhatIf support, and it parses as PowerShell.
 */
export async function expectPowerShellScript(content: string): Promise<void> {
  expect(content.startsWith('\uFEFF')).toBe(true);
  expect(content.slice(1)).not.toContain('\uFEFF');
  expect(content).not.toMatch(/(?<!\r)\n/);
  expect(content).not.toMatch(/\r(?!\n)/);
  expect(content.endsWith('\r\n')).toBe(true);
  const lines = scriptLines(content);
  const binding = lines.indexOf('[CmdletBinding(SupportsShouldProcess)]');
  const strict = lines.indexOf('Set-StrictMode -Version Latest');
  const stop = lines.indexOf("$ErrorActionPreference = 'Stop'");
  expect(binding).toBeGreaterThan(-1);
  expect(lines[binding + 1]).toMatch(/^param\(\)?$/);
  expect(strict).toBeGreaterThan(binding);
  expect(stop).toBe(strict + 1);
  // Nothing but the help block and the param block before StrictMode.
  expect(lines.slice(0, binding).every((line) => !/^(Set-|New-|Add-|Remove-|Import-)/.test(line))).toBe(true);
  const parsed = await parsePowerShell(content);
  expect(parsed.errors).toEqual([]);
}

/** Site-side scripts load the ConfigurationManager module and open (then leave) the site drive. */
export function expectSiteDrive(content: string): void {
  const lines = scriptLines(content);
  expect(lines).toContain('if (-not (Get-Module -Name ConfigurationManager)) {');
  // A drive that cannot be opened stops the script with the catalogue's siteDriveFailed message.
  const drive = lines.indexOf('        New-PSDrive -Name $SiteCode -PSProvider CMSite -Root $SmsProvider -WhatIf:$false | Out-Null');
  expect(drive).toBeGreaterThan(0);
  expect(lines[drive - 1]).toBe('    try {');
  expect(lines[drive + 2]).toBe('    catch {');
  expect(lines[drive + 3]).toMatch(/^        throw \(.* -f \$SiteCode, \$SmsProvider, \$_\.Exception\.Message\)$/);
  expect(lines).toContain("Push-Location -Path ($SiteCode + ':\\')");
  expect(lines.slice(-4)).toEqual(['finally {', '    Pop-Location', '}', '']);
}
