/**
 * Where the numbers a comparison resamples come from. With two or more rounds per side each
 * round gives one value (its whole-level p99, throughput, …): rounds are the honest unit of
 * repetition, because consecutive seconds of one run share the same machine state. With a single
 * round the per-second series is the only spread available, so it is used instead and the
 * verdict says so.
 */
import type { ComparedMetric } from '../report/comparison-model.js';
import type { IntervalSample, LevelReport } from '../report/model.js';

/** What a sample is made of. */
export type SampleSource = 'rounds' | 'seconds';

/** Rounds needed on each side before per-round values are resampled. */
export const MIN_ROUNDS_FOR_ROUND_SAMPLES = 2;

/** Seconds shorter than this (a cut-off last interval) are left out of per-second samples. */
const MIN_INTERVAL_MS = 500;

/** True when higher values of the metric are better (throughput); false for latency, errors, CPU. */
export function isHigherBetter(metric: ComparedMetric): boolean {
  return metric === 'successRps';
}

/** True when the metric is compared as an absolute difference rather than a ratio. */
export function isComparedAbsolutely(metric: ComparedMetric): boolean {
  return metric === 'errorRate';
}

/** True for the latency percentiles. */
export function isLatencyMetric(metric: ComparedMetric): boolean {
  return metric === 'p50' || metric === 'p99' || metric === 'p999';
}

/**
 * Why a metric cannot be judged at a level where one side has no value for it, or undefined
 * when both sides have values: the reason every comparison (paired or not) gives.
 */
export function missingSideReason(
  metric: ComparedMetric,
  baseValues: readonly unknown[],
  candValues: readonly unknown[],
): string | undefined {
  if (baseValues.length > 0 && candValues.length > 0) return undefined;
  const missing = baseValues.length === 0 ? 'baseline' : 'candidate';
  const why = isLatencyMetric(metric)
    ? 'has no successful responses'
    : metric === 'errorRate'
      ? 'completed no requests'
      : 'has no server sampling';
  return `the ${missing} ${why} at this level; not judged`;
}

/**
 * The metric's whole-level value of one round, or `undefined` when the round cannot give one
 * (no successes for a latency, no requests for an error rate, no server sampling for CPU).
 */
export function readRoundValue(level: LevelReport, metric: ComparedMetric): number | undefined {
  switch (metric) {
    case 'successRps':
      return level.throughput.successRps;
    case 'p50':
    case 'p99':
    case 'p999':
      return level.latencyUs.count > 0 ? level.latencyUs[metric] : undefined;
    case 'errorRate':
      return level.counts.total > 0 ? level.errorRate : undefined;
    case 'serverCpuUsPerRequest':
      return level.server?.cpuUsPerRequest;
  }
}

/**
 * The metric of one second (one interval of the series), or `undefined` when that second cannot
 * give it: no successes for a latency, no requests for an error rate, no server reading for CPU,
 * and never p99.9 (a second rarely holds the thousand values it needs).
 */
export function readIntervalValue(
  sample: IntervalSample,
  metric: ComparedMetric,
): number | undefined {
  const total = sample.success + sample.failures;
  switch (metric) {
    case 'successRps':
      return sample.successRps;
    case 'p50':
      return sample.success > 0 ? sample.p50Us : undefined;
    case 'p99':
      return sample.success > 0 ? sample.p99Us : undefined;
    case 'p999':
      return undefined;
    case 'errorRate':
      return total > 0 ? sample.failures / total : undefined;
    case 'serverCpuUsPerRequest':
      // % of one core × interval ms × 10 = CPU µs in the interval.
      return sample.serverCpuPercent !== undefined && total > 0
        ? (sample.serverCpuPercent * sample.durationMs * 10) / total
        : undefined;
  }
}

/** True when the per-second series keeps the metric (every metric but p99.9). */
export function isKeptPerSecond(metric: ComparedMetric): boolean {
  return metric !== 'p999';
}

/** True when an interval is long enough to stand for a second (a cut-off last one is not). */
export function isWholeInterval(sample: IntervalSample): boolean {
  return sample.durationMs >= MIN_INTERVAL_MS;
}

/**
 * The metric per second of one round, or `undefined` when the series cannot give it (p99.9 is
 * not kept per second: a second rarely holds the thousand values it needs).
 */
export function readSecondValues(level: LevelReport, metric: ComparedMetric): number[] | undefined {
  if (!isKeptPerSecond(metric)) return undefined;
  const values: number[] = [];
  for (const s of level.series) {
    if (!isWholeInterval(s)) continue;
    const v = readIntervalValue(s, metric);
    if (v !== undefined) values.push(v);
  }
  return values;
}

/** Per-round values of the rounds that have one. */
export function collectRoundValues(
  rounds: readonly LevelReport[],
  metric: ComparedMetric,
): number[] {
  const values: number[] = [];
  for (const r of rounds) {
    const v = readRoundValue(r, metric);
    if (v !== undefined && Number.isFinite(v)) values.push(v);
  }
  return values;
}

/** Per-second values of every round, concatenated; `undefined` when the series lacks the metric. */
export function collectSecondValues(
  rounds: readonly LevelReport[],
  metric: ComparedMetric,
): number[] | undefined {
  const values: number[] = [];
  for (const r of rounds) {
    const v = readSecondValues(r, metric);
    if (v === undefined) return undefined;
    values.push(...v);
  }
  return values;
}

/** Per-round values when every side has enough rounds, else per-second values. */
export function chooseSampleSource(...roundCounts: number[]): SampleSource {
  return roundCounts.every((n) => n >= MIN_ROUNDS_FOR_ROUND_SAMPLES) ? 'rounds' : 'seconds';
}

/** The sample of one side from the chosen source (`undefined`: the source lacks the metric). */
export function collectSamples(
  rounds: readonly LevelReport[],
  metric: ComparedMetric,
  source: SampleSource,
): number[] | undefined {
  return source === 'rounds'
    ? collectRoundValues(rounds, metric)
    : collectSecondValues(rounds, metric);
}

/** Key identifying a scenario × model × level across reports. */
export function levelKey(level: Pick<LevelReport, 'scenario' | 'model' | 'level'>): string {
  return `${level.scenario}\u0000${level.model}\u0000${level.level}`;
}

/** The rounds of one scenario × level. */
export interface LevelRounds {
  /** Scenario name. */
  scenario: string;
  /** Load model. */
  model: 'closed' | 'open';
  /** Connections (closed) or offered req/s (open). */
  level: number;
  /** The level's report in each round that has it, in round order. */
  rounds: LevelReport[];
}

/** Groups the levels of several rounds by scenario × level, in first-seen order. */
export function groupLevelRounds(
  reports: readonly { levels: LevelReport[] }[],
): Map<string, LevelRounds> {
  const groups = new Map<string, LevelRounds>();
  for (const report of reports) {
    for (const level of report.levels) {
      const key = levelKey(level);
      let group = groups.get(key);
      if (!group) {
        group = { scenario: level.scenario, model: level.model, level: level.level, rounds: [] };
        groups.set(key, group);
      }
      group.rounds.push(level);
    }
  }
  return groups;
}
