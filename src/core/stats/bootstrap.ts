/**
 * Percentile bootstrap intervals for comparing two small samples (per-round or per-second
 * values). The generator is a seeded PRNG so the same inputs always give the same interval: a
 * verdict that flips on a re-render would destroy trust in it.
 */

/** A function returning uniform numbers in [0, 1). */
export type Rng = () => number;

/** Default number of bootstrap resamples. */
export const DEFAULT_BOOTSTRAP_ITERATIONS = 2000;

/** Default PRNG seed. */
export const DEFAULT_BOOTSTRAP_SEED = 20_261_129;

/** mulberry32: tiny, fast and good enough for resampling indexes; deterministic per seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Which central value a sample is summarized by. */
export type Statistic = 'median' | 'mean';

/** Median of a non-empty list (mean of the two middle values for even sizes); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Arithmetic mean; NaN when empty. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The chosen statistic of a sample. */
export function summarize(values: readonly number[], statistic: Statistic): number {
  return statistic === 'median' ? median(values) : mean(values);
}

/** Value at quantile q (0..1) of a sorted list, linear interpolation between ranks. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/** Options of a bootstrap. */
export interface BootstrapOptions {
  /** Central value compared; default median (robust to one bad round). */
  statistic?: Statistic;
  /** Resamples; default 2000. */
  iterations?: number;
  /** Two-sided confidence level; default 0.95. */
  confidence?: number;
  /** PRNG seed; default `DEFAULT_BOOTSTRAP_SEED`. */
  seed?: number;
}

/** A point estimate with its percentile-bootstrap interval. */
export interface BootstrapInterval {
  /** The statistic on the original samples. */
  estimate: number;
  /** Lower bound. */
  low: number;
  /** Upper bound. */
  high: number;
  /** Confidence level of [low, high]. */
  confidence: number;
  /** Resamples that produced a usable value (ratios with a zero denominator are dropped). */
  iterations: number;
}

/** Fills `out` with a resample (with replacement) of `values`. */
function resampleInto(values: readonly number[], out: number[], rng: Rng): void {
  const n = values.length;
  for (let i = 0; i < n; i++) out[i] = values[Math.floor(rng() * n)]!;
}

/**
 * Bootstraps `combine(stat(resampled a), stat(resampled b))`, resampling each side
 * independently, and returns the percentile interval. `undefined` when a side is empty or no
 * resample gave a finite value.
 */
function bootstrapTwoSample(
  a: readonly number[],
  b: readonly number[],
  combine: (statA: number, statB: number) => number,
  options: BootstrapOptions,
): BootstrapInterval | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const statistic = options.statistic ?? 'median';
  const iterations = Math.max(1, Math.floor(options.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS));
  const confidence = options.confidence ?? 0.95;
  const rng = createRng(options.seed ?? DEFAULT_BOOTSTRAP_SEED);
  const estimate = combine(summarize(a, statistic), summarize(b, statistic));
  if (!Number.isFinite(estimate)) return undefined;
  const bufA = new Array<number>(a.length);
  const bufB = new Array<number>(b.length);
  const draws: number[] = [];
  for (let i = 0; i < iterations; i++) {
    resampleInto(a, bufA, rng);
    resampleInto(b, bufB, rng);
    const v = combine(summarize(bufA, statistic), summarize(bufB, statistic));
    if (Number.isFinite(v)) draws.push(v);
  }
  if (draws.length === 0) return undefined;
  draws.sort((x, y) => x - y);
  const alpha = (1 - confidence) / 2;
  return {
    estimate,
    low: quantileSorted(draws, alpha),
    high: quantileSorted(draws, 1 - alpha),
    confidence,
    iterations: draws.length,
  };
}

/**
 * Interval of stat(candidate) / stat(baseline) − 1 (e.g. +0.15 for 15% higher). Resamples whose
 * baseline statistic is zero are dropped.
 */
export function bootstrapRelativeChange(
  baseline: readonly number[],
  candidate: readonly number[],
  options: BootstrapOptions = {},
): BootstrapInterval | undefined {
  return bootstrapTwoSample(
    baseline,
    candidate,
    (b, c) => (b > 0 ? c / b - 1 : Number.NaN),
    options,
  );
}

/** Interval of stat(candidate) − stat(baseline), for quantities compared absolutely. */
export function bootstrapDifference(
  baseline: readonly number[],
  candidate: readonly number[],
  options: BootstrapOptions = {},
): BootstrapInterval | undefined {
  return bootstrapTwoSample(baseline, candidate, (b, c) => c - b, options);
}
