import { describe, expect, it } from 'vitest';
import { shellInUse } from '../../src/cli/shell.ts';

describe('the shell the re-run lines are written for', () => {
  it('Windows: PowerShell, whatever the environment', () => {
    expect(shellInUse('win32', {})).toBe('powershell');
  });

  it('elsewhere: PowerShell when started from pwsh (PSModulePath inherited), else a POSIX shell', () => {
    expect(shellInUse('linux', { PSModulePath: '/root/.local/share/powershell/Modules' })).toBe('powershell');
    expect(shellInUse('darwin', { PSModulePath: '/Users/a/.local/share/powershell/Modules' })).toBe('powershell');
    expect(shellInUse('linux', { SHELL: '/usr/bin/pwsh' })).toBe('posix');
    expect(shellInUse('linux', { PSModulePath: '' })).toBe('posix');
    expect(shellInUse('darwin', {})).toBe('posix');
  });
});
