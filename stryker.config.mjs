// @ts-check
/**
 * Mutation testing of the modules that decide results and safety (see mutation/targets.mjs and
 * docs/testing.md). `npm run test:mutation` runs Stryker once per target with that target's
 * tests; `MUTATION_TARGET=<file>` is how it tells this config and vitest.mutation.config.ts
 * which one. Without it, a plain `npx stryker run` mutates every target against every
 * in-process test (much slower: a static mutant then reruns all of them).
 *
 * Incremental mode reuses the results kept in mutation/incremental/<target>.json (one file per
 * target, not committed): only mutants in changed code, or covered by changed tests, run again.
 * `--force` retests everything.
 */
import { incrementalFileOf, selectTargets, targets } from './mutation/targets.mjs';

const chosen = process.env.MUTATION_TARGET ? selectTargets([process.env.MUTATION_TARGET]) : targets;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: chosen.map((t) => t.file),
  // The machine is shared: one test runner at a time unless asked (`--concurrency 2`).
  concurrency: 1,
  coverageAnalysis: chosen.length === 1 ? (chosen[0]?.coverageAnalysis ?? 'perTest') : 'perTest',
  incremental: true,
  incrementalFile: incrementalFileOf(process.env.MUTATION_TARGET),
  // Load tests wait on real sockets; a busy machine needs room before a mutant counts as a hang.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  // Anchored at the root: a bare `reports` would also drop __tests__/support/reports from the
  // sandbox, and the test files importing it would fail to load without failing the run.
  ignorePatterns: ['/dist', '/bench/results', '/coverage', '/lib', '/reports'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: 'always',
};
