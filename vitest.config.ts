/** Two test projects: `unit` (pure modules and background handlers, in Node) and `e2e` (the built extension in real browsers). */
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/dataset/**/*.test.ts',
            'test/integration/**/*.test.ts',
            // The e2e suite's helpers that need no browser (reading traces).
            'test/e2e/support/**/*.test.ts',
          ],
          environment: 'node',
          // Process CSS as the build does: `highlights.css?raw` must be the file's text, not empty.
          css: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/support/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
