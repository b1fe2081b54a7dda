import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start real servers on loopback ports; two cores are enough for two forks.
    pool: 'forks',
    // Generous: on a busy machine the end-to-end tests that open the 1,724-article corpus took
    // over 30 s (session 11); a hang still fails, two minutes later.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
