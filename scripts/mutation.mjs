// Runs Stryker over the mutation targets (mutation/targets.mjs), one target at a time with that
// target's own tests, incrementally, then prints each file's mutation score and fails when one
// is below the bar. Arguments: groups or source files to scope the run (`engine`,
// `src/core/config/duration.ts`); anything starting with `--` goes to Stryker (`--force`,
// `--concurrency 2`). See docs/testing.md.
//
// Before each target it counts that target's tests with plain vitest, and it fails the target
// when Stryker's initial run ran fewer: a test file that fails to load in Stryker's sandbox is
// not a failure to the vitest runner, only a file without tests, and its mutants would
// silently show as "no coverage".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { incrementalFileOf, selectTargets, targets } from '../mutation/targets.mjs';

/** Lowest mutation score, in percent, a target file may have. */
const MIN_SCORE = 85;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const scopes = firstFlag === -1 ? args : args.slice(0, firstFlag);
const strykerArgs = firstFlag === -1 ? [] : args.slice(firstFlag);

const chosen = selectTargets(scopes);
const started = Date.now();
const failedRuns = [];
/** Tests per target: counted by plain vitest, and run by Stryker's initial (dry) run. */
const counts = new Map();
for (const target of chosen) {
  console.log(`\n=== mutation testing ${target.file}`);
  const env = { ...process.env, MUTATION_TARGET: target.file };
  const expected = countVitestTests(env);
  if (expected === undefined) {
    console.error(`\nplain vitest could not run the tests of ${target.file}; not mutating it`);
    failedRuns.push(`${target.file} (its tests do not pass under plain vitest)`);
    continue;
  }
  const run = await runStryker(env);
  counts.set(target.file, { vitest: expected, stryker: run.testsRan });
  console.log(
    `\n${target.file}: plain vitest has ${expected} tests, Stryker's initial run ran ${run.testsRan ?? 'an unknown number of'}`,
  );
  if (run.testsRan === undefined || run.testsRan < expected) {
    console.error(
      `\n!!! Stryker ran ${run.testsRan ?? 'an unknown number of'} of the ${expected} tests of ${target.file}: ` +
        'a test file failed to load in its sandbox (see "Ran N tests" above; a missing file under ' +
        'ignorePatterns, or a test that needs something outside the sandbox). Its score is not valid.',
    );
    failedRuns.push(`${target.file} (Stryker ran ${run.testsRan ?? '?'} of ${expected} tests)`);
  } else if (run.status !== 0) failedRuns.push(target.file);
}
const elapsedS = Math.round((Date.now() - started) / 1000);

// Each target's incremental file is the full report of its latest run.
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);
const below = [];
console.log(`\nMutation score per file (minimum ${MIN_SCORE}%), ${elapsedS} s:`);
for (const target of targets) {
  const reportPath = path.join(root, incrementalFileOf(target.file));
  const mutants = existsSync(reportPath)
    ? JSON.parse(readFileSync(reportPath, 'utf8')).files?.[target.file]?.mutants
    : undefined;
  if (!mutants) {
    console.log(`  ${'—'.padStart(6)}  ${target.file} (no result yet)`);
    continue;
  }
  const killed = mutants.filter((m) => detected.has(m.status)).length;
  const survived = mutants.filter((m) => undetected.has(m.status)).length;
  const score = killed + survived === 0 ? 100 : (100 * killed) / (killed + survived);
  const mark = score < MIN_SCORE ? '  << below the minimum' : '';
  if (score < MIN_SCORE && chosen.includes(target)) below.push(target.file);
  const count = counts.get(target.file);
  const tests = count
    ? `; tests: ${count.stryker ?? '?'} run by Stryker, ${count.vitest} in vitest`
    : '';
  console.log(
    `  ${score.toFixed(2).padStart(6)}  ${target.file} (${killed} detected, ${survived} undetected${tests})${mark}`,
  );
}
if (failedRuns.length > 0) console.error(`\nStryker failed on: ${failedRuns.join(', ')}`);
if (below.length > 0) console.error(`\nBelow ${MIN_SCORE}%: ${below.join(', ')}`);
process.exit(failedRuns.length > 0 || below.length > 0 ? 1 : 0);

/** The number of tests plain vitest finds and runs for a target, or undefined when they fail. */
function countVitestTests(/** @type {NodeJS.ProcessEnv} */ env) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mutation-count-'));
  const out = path.join(dir, 'tests.json');
  try {
    const run = spawnSync(
      process.execPath,
      [
        vitest,
        'run',
        '--config',
        'vitest.mutation.config.ts',
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (run.status !== 0 || !existsSync(out)) return undefined;
    return JSON.parse(readFileSync(out, 'utf8')).numTotalTests;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs Stryker, passing its output through, and reads how many tests its initial run ran from
 * its log line "Initial test run succeeded. Ran N tests in …" (or "No tests were found").
 */
function runStryker(/** @type {NodeJS.ProcessEnv} */ env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [stryker, 'run', ...strykerArgs], {
      cwd: root,
      env,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    /** @type {number | undefined} */
    let testsRan;
    let tail = '';
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4096);
      const ran = /Initial test run succeeded\. Ran (\d+) tests/.exec(tail);
      if (ran) testsRan = Number(ran[1]);
      else if (/No tests were found/.test(tail)) testsRan = 0;
    });
    child.on('close', (status) => resolve({ status, testsRan }));
  });
}
