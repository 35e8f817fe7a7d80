/**
 * vitest globalSetup: the one line that says the PowerShell suite is skipped, and how to get
 * pwsh, printed once per run rather than once per file. Under CMG_REQUIRE_PWSH=1 nothing is
 * printed here: the suite's tests fail instead (test/support/powershell.ts).
 */
import { SKIPPED_LINE, suiteMode } from '../support/powershell.ts';

export default function setup(): void {
  if (suiteMode() === 'skip') process.stdout.write(`${SKIPPED_LINE}\n`);
}
