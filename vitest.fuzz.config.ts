// `npm run fuzz`: the long differential run, apart from `npm test` (see test/fuzz/fuzz.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz/fuzz.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 24 * 3600_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
