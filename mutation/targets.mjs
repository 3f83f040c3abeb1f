// @ts-check
/**
 * The modules under mutation testing (issue 17): those that decide results and safety. Each
 * target names the test files that check it; Stryker runs only those against its mutants, so a
 * static mutant (one in a constant evaluated at load time, which every covering test must
 * rerun) costs seconds instead of the whole suite. Tests that drive the code in a child
 * process cannot see an active mutant and are left out.
 */

/**
 * @typedef {object} MutationTarget
 * @property {string} file  Source file to mutate.
 * @property {string} group Group name, for scoped runs (`npm run test:mutation -- engine`).
 * @property {string[]} tests Test files (globs) that run against its mutants.
 * @property {'perTest' | 'all'} [coverageAnalysis] `all` runs every one of its tests against
 *   each mutant: for code reached through the Azure SDK's promise chains, where Stryker's
 *   per-test coverage loses track of which test ran it and reports covered code as uncovered.
 */

/** @type {MutationTarget[]} */
export const targets = [
  {
    group: 'engine',
    file: 'src/core/engine/http/http1-response-parser.ts',
    tests: [
      '__tests__/engine/http1-response-parser.test.ts',
      '__tests__/engine/protocol-errors.test.ts',
      '__tests__/engine/request-smuggling.test.ts',
      '__tests__/engine/raw-connection.test.ts',
    ],
  },
  {
    group: 'engine',
    file: 'src/core/engine/http/raw-connection.ts',
    tests: [
      '__tests__/engine/raw-connection.test.ts',
      '__tests__/engine/protocol-errors.test.ts',
      '__tests__/engine/request-smuggling.test.ts',
      '__tests__/engine/hung-targets.test.ts',
    ],
  },
  {
    group: 'engine',
    file: 'src/core/engine/open-loop.ts',
    tests: [
      '__tests__/engine/open-loop-edges.test.ts',
      '__tests__/engine/open-loop-schedule.test.ts',
      '__tests__/engine/hung-targets.test.ts',
    ],
  },
  {
    group: 'engine',
    file: 'src/core/engine/open-schedule.ts',
    tests: ['__tests__/engine/open-loop-schedule.test.ts'],
  },
  {
    group: 'engine',
    file: 'src/core/engine/level-recorder.ts',
    tests: [
      '__tests__/engine/level-recorder.test.ts',
      '__tests__/engine/histograms.test.ts',
      '__tests__/engine/open-loop-schedule.test.ts',
      '__tests__/engine/failure-classes.test.ts',
    ],
  },
  {
    group: 'engine',
    file: 'src/core/engine/merge-measurements.ts',
    tests: [
      '__tests__/engine/merge-measurements.test.ts',
      '__tests__/engine/workers.test.ts',
      '__tests__/engine/histograms.test.ts',
    ],
  },
  {
    group: 'stats',
    file: 'src/core/stats/histogram.ts',
    tests: ['__tests__/engine/histograms.test.ts', '__tests__/stats/*.test.ts'],
  },
  {
    group: 'stats',
    file: 'src/core/stats/verdict.ts',
    tests: ['__tests__/stats/verdict.test.ts', '__tests__/report/action-summary.test.ts'],
  },
  {
    group: 'stats',
    file: 'src/core/stats/thresholds.ts',
    tests: [
      '__tests__/stats/thresholds.test.ts',
      '__tests__/stats/thresholds-rules.test.ts',
      '__tests__/compare/config.test.ts',
    ],
  },
  {
    group: 'stats',
    file: 'src/core/stats/compare.ts',
    tests: [
      '__tests__/stats/compare*.test.ts',
      '__tests__/stats/judge-interval.test.ts',
      '__tests__/stats/comparison-*.test.ts',
      '__tests__/stats/thresholds.test.ts',
    ],
  },
  {
    group: 'config',
    file: 'src/core/config/json-check.ts',
    tests: [
      '__tests__/config/json-check.test.ts',
      '__tests__/config/json-check-filters.test.ts',
      '__tests__/engine/response-checks.test.ts',
    ],
  },
  {
    group: 'config',
    file: 'src/core/config/duration.ts',
    tests: [
      '__tests__/config/duration.test.ts',
      '__tests__/config/parse-config.test.ts',
      '__tests__/github/input-helper.test.ts',
    ],
  },
  {
    group: 'config',
    file: 'src/core/config/value-rules.ts',
    tests: [
      '__tests__/config/value-rules.test.ts',
      '__tests__/config/value-rules-patterns.test.ts',
      '__tests__/azure/shell-safety.test.ts',
      '__tests__/github/input-helper.test.ts',
    ],
  },
  {
    group: 'safety',
    file: 'src/core/azure/shell-safety.ts',
    tests: [
      '__tests__/azure/shell-safety.test.ts',
      '__tests__/azure/shell-safety-rules.test.ts',
      '__tests__/azure/resource-specs.test.ts',
    ],
  },
  {
    group: 'safety',
    file: 'src/edges/github/state-helper.ts',
    coverageAnalysis: 'all',
    tests: [
      '__tests__/github/state-helper.test.ts',
      '__tests__/action/azure-run.test.ts',
      '__tests__/action/azure-clean-up.test.ts',
    ],
  },
  {
    group: 'safety',
    file: 'src/edges/azure/cleanup.ts',
    coverageAnalysis: 'all',
    tests: [
      '__tests__/azure/cleanup.test.ts',
      '__tests__/azure/janitor.test.ts',
      '__tests__/action/azure-clean-up.test.ts',
    ],
  },
  {
    group: 'safety',
    file: 'src/edges/azure/janitor.ts',
    coverageAnalysis: 'all',
    tests: ['__tests__/azure/janitor.test.ts'],
  },
  {
    group: 'redaction',
    file: 'src/core/config/secrets.ts',
    tests: ['__tests__/config/secrets.test.ts', '__tests__/report/redact-report.test.ts'],
  },
  {
    group: 'redaction',
    file: 'src/core/report/redact-report.ts',
    tests: ['__tests__/report/redact-report.test.ts'],
  },
];

/**
 * Where Stryker keeps the results of one target for its next, incremental, run. One file per
 * target: Stryker writes only the files of the run it made, so a single shared file would hold
 * the last target only and every other target would start again from scratch.
 */
export function incrementalFileOf(/** @type {string | undefined} */ file) {
  const name = file === undefined ? 'all' : file.replace(/^src\//, '').replaceAll('/', '--');
  return `mutation/incremental/${name}.json`;
}

/** The targets a scope names: a group, a source file, or (no scope) all of them. */
export function selectTargets(/** @type {string[]} */ scopes) {
  if (scopes.length === 0) return targets;
  const picked = targets.filter((t) => scopes.includes(t.group) || scopes.includes(t.file));
  const unknown = scopes.filter((s) => !targets.some((t) => t.group === s || t.file === s));
  if (unknown.length > 0) {
    const groups = [...new Set(targets.map((t) => t.group))].join(', ');
    throw new Error(`not a mutation target or group: ${unknown.join(', ')} (groups: ${groups})`);
  }
  return picked;
}
