/**
 * Change-point detection over history series: where did a level shift, and by how much?
 * E-Divisive means (Matteson & James, "A Nonparametric Approach for Multiple Change Point
 * Analysis of Multivariate Data", JASA 2014), the method MongoDB runs over its CI history
 * (Daly et al., ICPE 2020) and Apache Otava (formerly Hunter) implements. It needs no threshold
 * per benchmark and no assumption about the noise's distribution: it finds the split that makes
 * the two sides' distributions most different (energy distance), keeps it when a permutation
 * test says shuffled data rarely split as well, and repeats inside each side.
 *
 * On top of the statistics, a change must also be large enough to matter: neighbouring segments
 * whose levels (medians by default) differ by less than `minRelativeChange` are merged again. The permutations use the
 * seeded generator of the bootstrap, so the same history always gives the same changes.
 */
import type {
  BenchmarkHistorySeries,
  HistoryMetric,
  HistoryPoint,
  HistorySeries,
} from '../report/history-series.js';
import { HISTORY_METRICS, historyValue } from '../report/history-series.js';
import { formatRps } from '../report/units.js';
import { createRng, mean, median } from './bootstrap.js';
import type { Rng, Statistic } from './bootstrap.js';
import { formatMetricValue, metricLabel } from './metric-format.js';
import { isHigherBetter } from './metric-samples.js';

/** Settings of the detector. */
export interface ChangePointSettings {
  /** Largest permutation p-value at which a split counts, e.g. 0.01. */
  significance: number;
  /** Shuffles per permutation test; the smallest possible p-value is 1 / (permutations + 1). */
  permutations: number;
  /** Smallest relative change of the segments' `statistic` reported (0.05 = 5%); smaller merge. */
  minRelativeChange: number;
  /** What a segment's level is: the median (default, robust to the odd spiked night) or mean. */
  statistic: Statistic;
  /** Fewest runs on each side of a change (at least 2). */
  minSegmentSize: number;
  /** Exponent α of the distances, in (0, 2): 1 is the paper's default; smaller resists outliers. */
  alpha: number;
  /** Seed of the permutation generator. */
  seed: number;
}

/** The defaults, chosen with `npm run bench:change-points` (docs/change-points.md). */
export const DEFAULT_CHANGE_POINT_SETTINGS: Readonly<ChangePointSettings> = {
  significance: 0.01,
  permutations: 499,
  minRelativeChange: 0.05,
  statistic: 'median',
  minSegmentSize: 3,
  alpha: 0.5,
  seed: 20_261_129,
};

/** A significant split of a plain series, before any magnitude filter. */
export interface EDivisiveSplit {
  /** Index of the first value after the change (the split is between index − 1 and index). */
  index: number;
  /** The scaled energy statistic Q̂ of the split within its segment. */
  statistic: number;
  /** Permutation p-value: (1 + shuffles that split at least as well) / (1 + shuffles). */
  pValue: number;
}

/** One run at either side of a change. */
export interface ChangePointRun {
  /** Commit benchmarked. */
  sha: string;
  /** GitHub run id (or a local run id). */
  runId: string;
  /** GitHub run attempt, from 1. */
  attempt: number;
  /** When the report was written, ISO 8601 UTC. */
  createdAt: string;
  /** Folder of the report in the container, for links. */
  path: string;
}

/** The runs between two changes, summarized (µs for latency, req/s for throughput). */
export interface SegmentSummary {
  /** Runs in the segment with a usable value. */
  runs: number;
  /** Mean of the metric over the segment. */
  mean: number;
  /** Median of the metric over the segment. */
  median: number;
}

/** What every detected shift says, of an HTTP metric or of a command benchmark's estimate. */
export interface Shift {
  /** Index in `series.points` of the first run after the change. */
  index: number;
  /** The last run before the change. */
  before: ChangePointRun;
  /** The first run after the change. */
  after: ChangePointRun;
  /** The segment before the change, up to the previous change (or the first run). */
  segmentBefore: SegmentSummary;
  /** The segment after the change, up to the next change (or the latest run). */
  segmentAfter: SegmentSummary;
  /** Which statistic `relativeChange` compares (the settings' `statistic`). */
  statistic: Statistic;
  /** after / before − 1 of the segments' statistic (+0.09 for 9% higher). */
  relativeChange: number;
  /** Which way the figure moved. */
  direction: 'up' | 'down';
  /**
   * By the figure's own direction: throughput up or latency down is an improvement, a
   * benchmark's time up or rate down a regression.
   */
  verdict: 'regression' | 'improvement';
  /** Permutation p-value of the split when it was found. */
  pValue: number;
  /** The change in one line, e.g. "p99 of mt-to-mx @ 64 rose 9% between run … and run …". */
  sentence: string;
}

/** A detected shift of one metric of one series. */
export interface ChangePoint extends Shift {
  /** `HistorySeries.id` of the series. */
  seriesId: string;
  /** Scenario name. */
  scenario: string;
  /** Load model, when the index recorded it. */
  model?: 'closed' | 'open';
  /** Connections (closed) or offered req/s (open). */
  level: number;
  /** VM size, when the runs recorded one. */
  vmSize?: string;
  /** Metric that shifted. */
  metric: HistoryMetric;
}

/** Settings with defaults filled in and checked; throws a plain Error on nonsense. */
export function resolveChangePointSettings(
  settings: Partial<ChangePointSettings> = {},
): ChangePointSettings {
  const s = { ...DEFAULT_CHANGE_POINT_SETTINGS, ...settings };
  if (!(s.significance > 0 && s.significance < 1)) {
    throw new Error(`change-point significance ${s.significance}: expected a number in (0, 1)`);
  }
  if (!Number.isInteger(s.permutations) || s.permutations < 1) {
    throw new Error(`change-point permutations ${s.permutations}: expected a positive integer`);
  }
  if (s.significance * (s.permutations + 1) < 1 - 1e-9) {
    throw new Error(
      `change-point significance ${s.significance} cannot be reached with ${s.permutations} permutations (the smallest p-value is 1/${s.permutations + 1}): use more permutations`,
    );
  }
  if (!(s.minRelativeChange >= 0) || !Number.isFinite(s.minRelativeChange)) {
    throw new Error(`change-point minRelativeChange ${s.minRelativeChange}: expected 0 or more`);
  }
  if (!Number.isInteger(s.minSegmentSize) || s.minSegmentSize < 2) {
    throw new Error(`change-point minSegmentSize ${s.minSegmentSize}: expected an integer ≥ 2`);
  }
  if (s.statistic !== 'median' && s.statistic !== 'mean') {
    throw new Error(`change-point statistic ${String(s.statistic)}: expected median or mean`);
  }
  if (!(s.alpha > 0 && s.alpha < 2)) {
    throw new Error(`change-point alpha ${s.alpha}: expected a number in (0, 2)`);
  }
  return s;
}

/** The settings in words, for the reports: "p ≤ 0.01 (499 permutations, seed 1), …". */
export function describeChangePointSettings(settings: ChangePointSettings): string {
  return `E-Divisive means: a split counts at p ≤ ${settings.significance} (${settings.permutations} permutations, seed ${settings.seed}), with at least ${settings.minSegmentSize} runs on each side, and is reported when the segment ${settings.statistic}s differ by ${roundPercent(settings.minRelativeChange)}% or more`;
}

// ------------------------------------------------------------------ E-Divisive means

/** Best split of `z` by the scaled energy statistic, or undefined when it is too short. */
function bestSplit(
  z: readonly number[],
  minSize: number,
  alpha: number,
): { tau: number; statistic: number } | undefined {
  const n = z.length;
  if (n < 2 * minSize) return undefined;
  const dist =
    alpha === 1
      ? (a: number, b: number) => Math.abs(a - b)
      : (a: number, b: number) => Math.abs(a - b) ** alpha;
  // Sums of |zi − zj|^α within X = z[0, tau), within Y = z[tau, n), and across.
  let withinX = 0;
  let withinY = 0;
  let across = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = dist(z[i]!, z[j]!);
      if (j < minSize) withinX += d;
      else if (i >= minSize) withinY += d;
      else across += d;
    }
  }
  let best: { tau: number; statistic: number } | undefined;
  for (let tau = minSize; tau <= n - minSize; tau++) {
    const nx = tau;
    const ny = n - tau;
    const energy =
      (2 * across) / (nx * ny) - withinX / ((nx * (nx - 1)) / 2) - withinY / ((ny * (ny - 1)) / 2);
    const statistic = ((nx * ny) / n) * energy;
    if (best === undefined || statistic > best.statistic) best = { tau, statistic };
    if (tau === n - minSize) break;
    // Move z[tau] from Y to X.
    let toX = 0;
    let toY = 0;
    const v = z[tau]!;
    for (let i = 0; i < tau; i++) toX += dist(z[i]!, v);
    for (let j = tau + 1; j < n; j++) toY += dist(v, z[j]!);
    withinX += toX;
    withinY -= toY;
    across += toY - toX;
  }
  return best;
}

/** Fisher–Yates shuffle in place. */
function shuffle(values: number[], rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = values[i]!;
    values[i] = values[j]!;
    values[j] = t;
  }
}

/**
 * Permutation p-value of `observed` as the best split of `segment`. Stops as soon as the split
 * can no longer be significant: the exact p-value of a split that is not kept does not matter,
 * and noise-only series, the common case, then cost a few shuffles instead of hundreds.
 */
function permutationPValue(
  segment: readonly number[],
  observed: number,
  settings: ChangePointSettings,
  rng: Rng,
): number {
  const total = settings.permutations + 1;
  // p ≤ significance ⇔ atLeast ≤ significance × total − 1 (the epsilon absorbs 0.01 × 500 = 5.000…1).
  const maxAtLeast = Math.floor(settings.significance * total + 1e-9) - 1;
  const shuffled = [...segment];
  let atLeast = 0;
  for (let r = 0; r < settings.permutations; r++) {
    shuffle(shuffled, rng);
    const split = bestSplit(shuffled, settings.minSegmentSize, settings.alpha);
    if (split !== undefined && split.statistic >= observed) {
      atLeast++;
      if (atLeast > maxAtLeast) return Math.min(1, (1 + atLeast) / total);
    }
  }
  return (1 + atLeast) / total;
}

/**
 * E-Divisive means over plain numbers: bisects hierarchically, each time at the best split of
 * any current segment, while the permutation test finds it significant. Returns the splits in
 * index order, without the magnitude filter (see `detectChangePoints`).
 */
export function eDivisive(
  values: readonly number[],
  settings: Partial<ChangePointSettings> = {},
): EDivisiveSplit[] {
  const s = resolveChangePointSettings(settings);
  if (values.some((v) => !Number.isFinite(v))) {
    throw new Error('eDivisive: every value must be a finite number');
  }
  const rng = createRng(s.seed);
  const splits: EDivisiveSplit[] = [];
  type Segment = { start: number; end: number; best?: { tau: number; statistic: number } };
  const candidate = (start: number, end: number): Segment => {
    const best = bestSplit(values.slice(start, end), s.minSegmentSize, s.alpha);
    return { start, end, ...(best && { best }) };
  };
  let segments: Segment[] = [candidate(0, values.length)];
  for (;;) {
    let chosen: Segment | undefined;
    for (const seg of segments) {
      if (seg.best && (!chosen?.best || seg.best.statistic > chosen.best.statistic)) chosen = seg;
    }
    if (!chosen?.best) break;
    const { tau, statistic } = chosen.best;
    const pValue = permutationPValue(values.slice(chosen.start, chosen.end), statistic, s, rng);
    if (pValue > s.significance) break;
    const at = chosen.start + tau;
    splits.push({ index: at, statistic, pValue });
    const target = chosen;
    segments = segments.flatMap((seg) =>
      seg === target ? [candidate(seg.start, at), candidate(at, seg.end)] : [seg],
    );
  }
  return splits.sort((a, b) => a.index - b.index);
}

// ------------------------------------------------------------------ changes in history series

function summarizeSegment(values: readonly number[], from: number, to: number): SegmentSummary {
  const part = values.slice(from, to);
  return { runs: part.length, mean: mean(part), median: median(part) };
}

/** The segments either side of `splits[k]`, between its neighbours, and their relative change. */
function changeAt(
  values: readonly number[],
  splits: readonly EDivisiveSplit[],
  k: number,
  statistic: Statistic,
): { before: SegmentSummary; after: SegmentSummary; change: number } {
  const from = k === 0 ? 0 : splits[k - 1]!.index;
  const at = splits[k]!.index;
  const to = k === splits.length - 1 ? values.length : splits[k + 1]!.index;
  const before = summarizeSegment(values, from, at);
  const after = summarizeSegment(values, at, to);
  return { before, after, change: after[statistic] / before[statistic] - 1 };
}

/**
 * Drops splits whose neighbouring segments differ by less than `minRelativeChange`, the smallest
 * first, summarizing the merged neighbours again after each merge. A level of zero before a
 * split gives no relative change and drops it too.
 */
function mergeSmallChanges(
  values: readonly number[],
  splits: readonly EDivisiveSplit[],
  settings: ChangePointSettings,
): EDivisiveSplit[] {
  const kept = [...splits];
  for (;;) {
    let weakest = -1;
    let weakestSize = Infinity;
    for (let k = 0; k < kept.length; k++) {
      const { before, change } = changeAt(values, kept, k, settings.statistic);
      const size =
        before[settings.statistic] > 0 && Number.isFinite(change) ? Math.abs(change) : -1;
      if (size < settings.minRelativeChange && size < weakestSize) {
        weakest = k;
        weakestSize = size;
      }
    }
    if (weakest < 0) return kept;
    kept.splice(weakest, 1);
  }
}

function runOf(point: Omit<HistoryPoint, 'successRps' | 'p99Us'>): ChangePointRun {
  return {
    sha: point.sha,
    runId: point.runId,
    attempt: point.attempt,
    createdAt: point.createdAt,
    path: point.path,
  };
}

/** A percentage with at most one decimal and no trailing zero: 9, 9.3, 12.5. */
function roundPercent(fraction: number): string {
  const pct = Math.abs(fraction * 100);
  return String(pct >= 10 ? Math.round(pct) : Number(pct.toFixed(1)));
}

/** `run 1234 (abc1234)`, `run 1234 (attempt 2, abc1234)`, or `run 1234` with no commit. */
function runWords(run: ChangePointRun): string {
  const parts = [
    ...(run.attempt > 1 ? [`attempt ${run.attempt}`] : []),
    ...(run.sha !== '' ? [run.sha.slice(0, 7)] : []),
  ];
  return parts.length > 0 ? `run ${run.runId} (${parts.join(', ')})` : `run ${run.runId}`;
}

/** Where a series was measured, in a sentence: `mt-to-mx @ 64`, `… @ 2,000 req/s on D8s_v5`. */
export function describeSeriesPlace(
  series: Pick<HistorySeries, 'scenario' | 'model' | 'level' | 'vmSize'>,
): string {
  const level = series.model === 'open' ? `${formatRps(series.level)} req/s` : `${series.level}`;
  return `${series.scenario} @ ${level}${series.vmSize !== undefined ? ` on ${series.vmSize}` : ''}`;
}

/** The one-line sentence of a change point. */
function sentenceOf(cp: Omit<ChangePoint, 'sentence'>): string {
  const moved = cp.direction === 'up' ? 'rose' : 'fell';
  return `${metricLabel(cp.metric)} of ${describeSeriesPlace(cp)} ${moved} ${roundPercent(cp.relativeChange)}% between ${runWords(cp.before)} and ${runWords(cp.after)}: ${cp.verdict}, ${cp.statistic} ${formatMetricValue(cp.metric, cp.segmentBefore[cp.statistic])} → ${formatMetricValue(cp.metric, cp.segmentAfter[cp.statistic])}`;
}

/**
 * Change points of one series for each of `metrics` (default: throughput, p50, p99, p99.9), in
 * metric then index order. Points without a value for a metric (older index entries) and
 * generator-bound points (they describe the load generator, not the target) are left out of
 * that metric's sequence; indexes still refer to `series.points`.
 */
export function detectChangePoints(
  series: HistorySeries,
  settings: Partial<ChangePointSettings> = {},
  metrics: readonly HistoryMetric[] = HISTORY_METRICS,
): ChangePoint[] {
  const s = resolveChangePointSettings(settings);
  const found: ChangePoint[] = [];
  for (const metric of metrics) {
    const values: number[] = [];
    const at: number[] = [];
    series.points.forEach((p, i) => {
      const v = historyValue(p, metric);
      if (v === undefined || !Number.isFinite(v) || p.generatorBound === true) return;
      values.push(v);
      at.push(i);
    });
    const splits = mergeSmallChanges(values, eDivisive(values, s), s);
    splits.forEach((split, k) => {
      const { before, after, change } = changeAt(values, splits, k, s.statistic);
      const direction = change > 0 ? 'up' : 'down';
      const better = isHigherBetter(metric) ? direction === 'up' : direction === 'down';
      const cp: Omit<ChangePoint, 'sentence'> = {
        seriesId: series.id,
        scenario: series.scenario,
        ...(series.model !== undefined && { model: series.model }),
        level: series.level,
        ...(series.vmSize !== undefined && { vmSize: series.vmSize }),
        metric,
        index: at[split.index]!,
        before: runOf(series.points[at[split.index - 1]!]!),
        after: runOf(series.points[at[split.index]!]!),
        segmentBefore: before,
        segmentAfter: after,
        statistic: s.statistic,
        relativeChange: change,
        direction,
        verdict: better ? 'improvement' : 'regression',
        pValue: split.pValue,
      };
      found.push({ ...cp, sentence: sentenceOf(cp) });
    });
  }
  return found;
}

/** Change points of every series, in series order; see `detectChangePoints`. */
export function detectHistoryChangePoints(
  series: readonly HistorySeries[],
  settings: Partial<ChangePointSettings> = {},
  metrics: readonly HistoryMetric[] = HISTORY_METRICS,
): ChangePoint[] {
  return series.flatMap((one) => detectChangePoints(one, settings, metrics));
}

/** A detected shift of one command benchmark's estimate over its history. */
export interface BenchmarkChangePoint extends Shift {
  /** `BenchmarkHistorySeries.id` of the series. */
  seriesId: string;
  /** The command scenario. */
  scenario: string;
  /** The benchmark's name. */
  benchmark: string;
  /** Unit of the estimates and segment figures. */
  unit: string;
  /** VM size, when the runs recorded one. */
  vmSize?: string;
}

/**
 * Change points of command benchmarks' estimates, by the detector and settings of HTTP series
 * (E-Divisive means, the permutation test, `minRelativeChange`), judged by each benchmark's
 * direction; in series then index order.
 */
export function detectBenchmarkChangePoints(
  series: readonly BenchmarkHistorySeries[],
  settings: Partial<ChangePointSettings> = {},
): BenchmarkChangePoint[] {
  const s = resolveChangePointSettings(settings);
  const found: BenchmarkChangePoint[] = [];
  for (const one of series) {
    const values: number[] = [];
    const at: number[] = [];
    one.points.forEach((p, i) => {
      if (!Number.isFinite(p.estimate)) return;
      values.push(p.estimate);
      at.push(i);
    });
    const splits = mergeSmallChanges(values, eDivisive(values, s), s);
    splits.forEach((split, k) => {
      const { before, after, change } = changeAt(values, splits, k, s.statistic);
      const direction = change > 0 ? 'up' : 'down';
      const better =
        one.direction === 'higher-is-better' ? direction === 'up' : direction === 'down';
      const cp: Omit<BenchmarkChangePoint, 'sentence'> = {
        seriesId: one.id,
        scenario: one.scenario,
        benchmark: one.benchmark,
        unit: one.unit,
        ...(one.vmSize !== undefined && { vmSize: one.vmSize }),
        index: at[split.index]!,
        before: runOf(one.points[at[split.index - 1]!]!),
        after: runOf(one.points[at[split.index]!]!),
        segmentBefore: before,
        segmentAfter: after,
        statistic: s.statistic,
        relativeChange: change,
        direction,
        verdict: better ? 'improvement' : 'regression',
        pValue: split.pValue,
      };
      const value = (x: number) => `${Number(x.toPrecision(4))} ${cp.unit}`;
      const where = `${cp.scenario} ${cp.benchmark}${cp.vmSize !== undefined ? ` on ${cp.vmSize}` : ''}`;
      found.push({
        ...cp,
        sentence: `${where} ${direction === 'up' ? 'rose' : 'fell'} ${roundPercent(change)}% between ${runWords(cp.before)} and ${runWords(cp.after)}: ${cp.verdict}, ${cp.statistic} ${value(before[s.statistic])} → ${value(after[s.statistic])}`,
      });
    });
  }
  return found;
}
