// Two projects: `unit` (specs beside their source, no build) and `site` (checks over a real
// build of the test listings, made once by test/global-setup.ts before those files run).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/**/*.spec.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One browser at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
