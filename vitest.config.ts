import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four projects, by what a test file does rather than by its folder (issue 13, a fast loop):
 *
 * - unit: in-process and pure (domain, steps, emit, wizard, ui, files, output, the CLI's parsing).
 *   `npm run test:unit`: no build, no child process of the CLI, no key generation.
 * - certs-azure: real cryptography (keys generated, openssl spawned, PFX files read through the
 *   decoder's worker from dist/) and the fake ARM server, in-process.
 * - e2e: every file that spawns the built binary (test/support/run-cli.ts, test/support/pty.ts,
 *   test/support/tmux.ts).
 * - powershell: the generated scripts run in pwsh against the stand-ins (says once when pwsh is
 *   missing); its certificate tests run `cmg-setup cert request` from dist/.
 * - windows: the Windows executable (npm run build:exe) under Wine, next to dist/ on Linux (says
 *   once when wine is missing; test/support/wine.ts).
 *
 * The projects that need dist/ build it first (test/support/build-dist.ts), once per run.
 */
const E2E = ['test/cli/**/*.test.ts'];
/** Files under test/cli/ that test the CLI's code in-process: unit tests. */
const CLI_IN_PROCESS = ['test/cli/common-options.test.ts', 'test/cli/stdin-wait.test.ts'];
/** E2E without CLI_IN_PROCESS, as one glob (an exclude cannot be taken back by an include). */
const E2E_ONLY = `test/cli/**/!(${CLI_IN_PROCESS.map((path) => path.replace(/^test\/cli\/(.*)\.test\.ts$/, '$1')).join('|')}).test.ts`;
const CERTS_AZURE = ['test/certs/**/*.test.ts', 'test/azure/**/*.test.ts'];
const POWERSHELL = ['test/powershell/**/*.test.ts'];
const WINDOWS = ['test/windows/**/*.test.ts'];
const BUILD = 'test/support/build-dist.ts';

export default defineConfig({
  test: {
    // Property tests from a fixed seed: repeatable runs (FC_SEED overrides it to explore).
    // Every language's catalogue loaded, as the CLI's entry point loads its own (src/messages/i18n.ts).
    setupFiles: ['test/support/fast-check-seed.ts', 'test/support/catalogues.ts'],
    expect: { requireAssertions: true },
    testTimeout: 30_000,
    // The end-to-end tests spawn the built binary; keep them from starving the
    // two cores CI has.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Everything else: a new folder of tests is a unit folder until it says otherwise.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, E2E_ONLY, ...CERTS_AZURE, ...POWERSHELL, ...WINDOWS] },
      },
      { extends: true, test: { name: 'certs-azure', include: CERTS_AZURE, globalSetup: [BUILD] } },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: [...configDefaults.exclude, ...CLI_IN_PROCESS], globalSetup: [BUILD] } },
      {
        extends: true,
        // test/powershell/global-setup.ts says once when the suite is skipped for want of pwsh.
        test: { name: 'powershell', include: POWERSHELL, globalSetup: [BUILD, 'test/powershell/global-setup.ts'] },
      },
      // Each run of the executable under Wine costs about a second: its own time-out.
      { extends: true, test: { name: 'windows', include: WINDOWS, globalSetup: [BUILD, 'test/windows/global-setup.ts'], testTimeout: 120_000 } },
    ],
  },
});
