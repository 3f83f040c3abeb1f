import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as Stryker runs it: tests that exercise the mutated code in this process. Tests that
 * drive the code in a child process (the action's process tests, the CLI's) cannot see an
 * active mutant and only cost time; the browser tests check rendering, not the mutated modules.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        '__tests__/**/*.process.test.ts',
        '__tests__/html/*-browser.test.ts',
      ],
    },
  }),
);
