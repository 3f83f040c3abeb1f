import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { selectTargets } from './mutation/targets.mjs';

/**
 * The suite as Stryker runs it. With `MUTATION_TARGET` set (scripts/mutation.mjs sets it), only
 * that target's tests; otherwise every test that exercises code in this process (tests that
 * drive the code in a child process cannot see an active mutant, and the browser tests check
 * rendering). The tests are chosen here rather than with Stryker's `testFiles`, which makes
 * Stryker activate static mutants after their module was loaded, so they all "survive"
 * (stryker-js issue 6144, in 9.6.1).
 */
const target = process.env.MUTATION_TARGET;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaced, not merged: vite's mergeConfig would append these to the suite's globs.
    include: target ? selectTargets([target]).flatMap((t) => t.tests) : base.test?.include,
    exclude: [
      '**/node_modules/**',
      '__tests__/**/*.process.test.ts',
      '__tests__/html/*-browser.test.ts',
    ],
  },
});
