import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    expect: { requireAssertions: true },
    testTimeout: 30_000,
    // The end-to-end tests spawn the built binary; keep them from starving the
    // two cores CI has.
    maxWorkers: 2,
  },
});
