import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file runs in its own process: Dawn's instance is per process and must outlive its devices.
    pool: 'forks',
    maxWorkers: 2,
  },
});
