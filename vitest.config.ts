import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests from a fixed seed: repeatable runs (FC_SEED overrides it to explore).
    setupFiles: ['test/support/fast-check-seed.ts'],
    // Says once when the PowerShell suite (test/powershell/) is skipped for want of pwsh.
    globalSetup: ['test/powershell/global-setup.ts'],
    expect: { requireAssertions: true },
    testTimeout: 30_000,
    // The end-to-end tests spawn the built binary; keep them from starving the
    // two cores CI has.
    maxWorkers: 2,
  },
});
