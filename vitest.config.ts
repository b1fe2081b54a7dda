import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start real servers on loopback ports; two cores are enough for two forks.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
