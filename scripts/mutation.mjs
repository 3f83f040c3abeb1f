// Runs Stryker over the mutation targets (mutation/targets.mjs), one target at a time with that
// target's own tests, incrementally, then prints each file's mutation score and fails when one
// is below the bar. Arguments: groups or source files to scope the run (`engine`,
// `src/core/config/duration.ts`); anything starting with `--` goes to Stryker (`--force`,
// `--concurrency 2`). See docs/testing.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectTargets, targets } from '../mutation/targets.mjs';

/** Lowest mutation score, in percent, a target file may have. */
const MIN_SCORE = 85;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const scopes = firstFlag === -1 ? args : args.slice(0, firstFlag);
const strykerArgs = firstFlag === -1 ? [] : args.slice(firstFlag);

const chosen = selectTargets(scopes);
const started = Date.now();
const failedRuns = [];
for (const target of chosen) {
  console.log(`\n=== mutation testing ${target.file}`);
  const run = spawnSync(process.execPath, [stryker, 'run', ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TARGET: target.file },
  });
  if (run.status !== 0) failedRuns.push(target.file);
}
const elapsedS = Math.round((Date.now() - started) / 1000);

// The JSON report of the last run holds every file: what ran now and what was reused.
const reportPath = path.join(root, 'reports', 'mutation', 'mutation.json');
const report = existsSync(reportPath)
  ? JSON.parse(readFileSync(reportPath, 'utf8'))
  : { files: {} };
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);
const below = [];
console.log(`\nMutation score per file (minimum ${MIN_SCORE}%), ${elapsedS} s:`);
for (const target of targets) {
  const mutants = report.files[target.file]?.mutants;
  if (!mutants) {
    console.log(`  ${'—'.padStart(6)}  ${target.file} (no result yet)`);
    continue;
  }
  const killed = mutants.filter((m) => detected.has(m.status)).length;
  const survived = mutants.filter((m) => undetected.has(m.status)).length;
  const score = killed + survived === 0 ? 100 : (100 * killed) / (killed + survived);
  const mark = score < MIN_SCORE ? '  << below the minimum' : '';
  if (score < MIN_SCORE && chosen.includes(target)) below.push(target.file);
  console.log(
    `  ${score.toFixed(2).padStart(6)}  ${target.file} (${killed} detected, ${survived} undetected)${mark}`,
  );
}
if (failedRuns.length > 0) console.error(`\nStryker failed on: ${failedRuns.join(', ')}`);
if (below.length > 0) console.error(`\nBelow ${MIN_SCORE}%: ${below.join(', ')}`);
process.exit(failedRuns.length > 0 || below.length > 0 ? 1 : 0);
