/**
 * Checks that an ingested criterion benchmark agrees with itself the way criterion's own maths
 * says it must: criterion computes its mean, median and standard deviation from the per-sample
 * times per iteration (`times[i] / iters[i]`) and its slope as the least-squares fit through the
 * origin (Σ iters·times / Σ iters²), so recomputing them from the ingested samples must give the
 * ingested estimates back. A wrong division, a swapped array or a misread field shows up here.
 */
import { expect } from 'vitest';
import type { CommandBenchmark } from '../../src/core/ingest/command-result.js';

/** Relative tolerance for recomputed figures (floating-point order of summation only). */
const RELATIVE_TOLERANCE = 1e-9;

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = 0.5 * (sorted.length - 1);
  const low = sorted[Math.floor(rank)] ?? Number.NaN;
  const high = sorted[Math.ceil(rank)] ?? Number.NaN;
  return low + (high - low) * (rank - Math.floor(rank));
}

function sampleStdDev(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
}

function expectClose(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(
    Math.abs(expected) * RELATIVE_TOLERANCE,
  );
}

/** Asserts every consistency criterion's maths implies for one ingested benchmark. */
export function expectConsistentCriterionBenchmark(b: CommandBenchmark): void {
  const name = b.name;
  expect(b.unit, name).toBe('ns/iter');
  expect(b.direction, name).toBe('lower-is-better');
  const samples = b.samples ?? [];
  const iters = b.sampleIterations ?? [];
  expect(samples.length, name).toBeGreaterThanOrEqual(10);
  expect(iters.length, name).toBe(samples.length);
  for (const value of samples) expect(value, name).toBeGreaterThan(0);

  // The headline estimate sits inside its own interval.
  expect(b.interval, name).toBeDefined();
  const ci = b.interval ?? { lower: Number.NaN, upper: Number.NaN, confidenceLevel: 0 };
  expect(ci.confidenceLevel, name).toBe(0.95);
  expect(ci.lower, name).toBeLessThanOrEqual(b.estimate);
  expect(b.estimate, name).toBeLessThanOrEqual(ci.upper);

  const stats = b.statistics ?? {};
  const meanStat = stats.mean;
  const medianStat = stats.median;
  expect(meanStat && medianStat, name).toBeTruthy();
  if (!meanStat || !medianStat) return;

  // Mean, median and standard deviation come back from the samples.
  expectClose(mean(samples), meanStat.value, `${name}: mean of samples`);
  expectClose(median(samples), medianStat.value, `${name}: median of samples`);
  expectClose(sampleStdDev(samples), stats.std_dev?.value ?? Number.NaN, `${name}: std dev`);
  // ... and the sample-derived mean lies in the mean's own interval.
  expect(mean(samples), name).toBeGreaterThanOrEqual(meanStat.interval?.lower ?? Number.NaN);
  expect(mean(samples), name).toBeLessThanOrEqual(meanStat.interval?.upper ?? Number.NaN);

  // Linear sampling: the headline is the slope, the fit through the origin of total times.
  if (b.statistic === 'slope') {
    const times = samples.map((perIteration, i) => perIteration * (iters[i] ?? Number.NaN));
    const xy = iters.reduce((s, x, i) => s + x * (times[i] ?? Number.NaN), 0);
    const x2 = iters.reduce((s, x) => s + x * x, 0);
    expectClose(xy / x2, b.estimate, `${name}: slope`);
    expectClose(stats.slope?.value ?? Number.NaN, b.estimate, `${name}: slope statistic`);
    // Criterion's linear sampling runs d, 2d, 3d, … iterations.
    const first = iters[0] ?? Number.NaN;
    iters.forEach((n, i) => expect(n, `${name}: iters[${i}]`).toBe(first * (i + 1)));
  }
  expect(b.iterations, name).toBe(iters.reduce((s, n) => s + n, 0));
}
