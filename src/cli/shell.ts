import type { Shell } from '../wizard/rerun-lines.ts';

/**
 * The shell the admin types cmg-setup into, for the lines printed after an interactive run: on
 * Windows, PowerShell (what an admin there has open; cmd.exe is not served). Elsewhere, PowerShell
 * when cmg-setup was started from pwsh: PowerShell sets PSModulePath in its own environment, so
 * every program it starts inherits it, and no POSIX shell sets it (about_PSModulePath:
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_psmodulepath;
 * checked with pwsh 7.6.10 on Linux: `pwsh -c 'bash -c "env"'` lists it, a login shell's does not).
 * A bash started from pwsh inherits it too, and gets the PowerShell form: a hint, not a proof.
 * Otherwise bash or zsh, whose quoting POSIX defines. Platform and environment are given, so tests
 * do not depend on the machine.
 */
export function shellInUse(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Shell {
  if (platform === 'win32') return 'powershell';
  return env.PSModulePath !== undefined && env.PSModulePath !== '' ? 'powershell' : 'posix';
}
