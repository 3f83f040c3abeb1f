/**
 * A service-level objective: the latency (and error rate) a level must keep for its throughput
 * to count in a size comparison, e.g. `slo: 'p99 < 50ms'`. Written in the absolute-threshold
 * syntax and judged by `evaluateThresholds`, so "meets the SLO" and "passes the threshold" can
 * never disagree. Without an error-rate limit, `errorRate < 0.1%` applies: a level that answers
 * fast because it fails is not serving.
 */
import { z } from 'zod';
import type { LevelReport, RunReport } from '../report/model.js';
import { formatRatioPercent, formatUs } from '../report/units.js';
import {
  evaluateThresholds,
  isThresholdError,
  parseThreshold,
  type AbsoluteMetric,
  type AbsoluteThreshold,
} from './thresholds.js';

/** Error-rate limit applied when an SLO names none: 0.1%. */
export const DEFAULT_SLO_MAX_ERROR_RATE = 0.001;

/** The `slo` config fragment: one string (limits joined by `and` or commas) or a list. */
export const SloConfigSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe(
    "Latency (and error-rate) limits a level must meet to count, e.g. 'p99 < 50ms' or ['p99 < 50ms', 'errorRate < 0.5%']; errorRate < 0.1% applies when none is given",
  );
/** The `slo` config fragment, as written. */
export type SloConfig = z.infer<typeof SloConfigSchema>;

/** A parsed SLO. */
export interface Slo {
  /** Each limit as written (the default error-rate limit included, marked as such). */
  sources: string[];
  /** Every limit as an absolute threshold (latency limits first, the error-rate limit last). */
  thresholds: AbsoluteThreshold[];
  /** True when the error-rate limit is `DEFAULT_SLO_MAX_ERROR_RATE` because none was given. */
  defaultErrorRate: boolean;
  /** In words for sentences: `p99 < 50 ms (error rate < 0.1%)`. */
  label: string;
}

/** How one level fares against an SLO. */
export type SloStatus = 'meets' | 'breaks' | 'generator-bound' | 'no-data';

/** One level judged against an SLO. */
export interface SloJudgement {
  /** meets: every limit holds; breaks: one does not; generator-bound/no-data: not judged. */
  status: SloStatus;
  /** The judgement in words, e.g. "p99 61 ms, breaks < 50 ms". */
  reason: string;
}

const LATENCY_METRICS: ReadonlySet<AbsoluteMetric> = new Set([
  'p50',
  'p75',
  'p90',
  'p95',
  'p99',
  'p999',
  'p9999',
  'max',
  'mean',
]);

const METRIC_WORDS: Partial<Record<AbsoluteMetric, string>> = {
  p999: 'p99.9',
  p9999: 'p99.99',
  errorRate: 'error rate',
};

function limitLabel(t: AbsoluteThreshold): string {
  const name = METRIC_WORDS[t.metric] ?? t.metric;
  const value = t.metric === 'errorRate' ? formatRatioPercent(t.limit) : formatUs(t.limit);
  return `${name} ${t.operator} ${value}`;
}

/** Splits `'p99 < 50ms and errorRate < 0.1%'` into its limits. */
function splitLimits(input: string | readonly string[]): string[] {
  const list = typeof input === 'string' ? [input] : [...input];
  return list
    .flatMap((s) => s.split(/\s*,\s*|\s+and\s+/i))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Parses an SLO: latency limits (`p50`…`p99.99`, `max`, `mean`) and at most one error-rate
 * limit, each `<` or `<=`. Returns every problem at once, each with what to write instead.
 */
export function parseSlo(input: string | readonly string[]): { slo: Slo } | { errors: string[] } {
  const errors: string[] = [];
  const latency: AbsoluteThreshold[] = [];
  let errorRate: AbsoluteThreshold | undefined;
  const parts = splitLimits(input);
  if (parts.length === 0) return { errors: ["empty SLO; write e.g. 'p99 < 50ms'"] };
  for (const text of parts) {
    const t = parseThreshold(text);
    if (isThresholdError(t)) {
      errors.push(t.error);
      continue;
    }
    if (t.kind !== 'absolute') {
      errors.push(
        `"${text}": an SLO is a limit on the run itself, e.g. "p99 < 50ms", not a change`,
      );
      continue;
    }
    if (t.severity === 'warn') {
      errors.push(`"${text}": an SLO limit is met or not; drop "warn:"`);
      continue;
    }
    if (t.metric !== 'errorRate' && !LATENCY_METRICS.has(t.metric)) {
      errors.push(
        `"${text}": an SLO limits latency (p50 … p99.99, max, mean) and the error rate; the throughput is what the comparison finds`,
      );
      continue;
    }
    if (t.operator !== '<' && t.operator !== '<=') {
      errors.push(`"${text}": an SLO is an upper limit; write "<" or "<=", e.g. "p99 < 50ms"`);
      continue;
    }
    if (t.metric === 'errorRate') {
      if (errorRate) errors.push(`"${text}": the SLO already has an error-rate limit`);
      else errorRate = t;
    } else {
      latency.push(t);
    }
  }
  if (errors.length > 0) return { errors };
  const defaultErrorRate = errorRate === undefined;
  const errorLimit: AbsoluteThreshold = errorRate ?? {
    kind: 'absolute',
    source: `errorRate < ${formatRatioPercent(DEFAULT_SLO_MAX_ERROR_RATE)} (default)`,
    metric: 'errorRate',
    operator: '<',
    limit: DEFAULT_SLO_MAX_ERROR_RATE,
    severity: 'fail',
  };
  const thresholds = [...latency, errorLimit];
  const latencyText = latency.map(limitLabel).join(' and ');
  const label =
    latencyText === '' ? limitLabel(errorLimit) : `${latencyText} (${limitLabel(errorLimit)})`;
  return {
    slo: { sources: thresholds.map((t) => t.source), thresholds, defaultErrorRate, label },
  };
}

/**
 * Judges one level of `report` against `slo`. A generator-bound level is not judged: its
 * numbers describe the load generator, so it can neither meet nor break an SLO.
 */
export function judgeLevelAgainstSlo(
  report: RunReport,
  level: LevelReport,
  slo: Slo,
): SloJudgement {
  const results = evaluateThresholds(slo.thresholds, { ...report, levels: [level] });
  if (level.generator.generatorBound) {
    return {
      status: 'generator-bound',
      reason: `the load generator saturated (${level.generator.note}); not judged`,
    };
  }
  const invalid = results.find((r) => r.status === 'invalid');
  if (invalid) return { status: 'no-data', reason: invalid.message };
  const broken = results.filter((r) => r.status !== 'pass');
  if (broken.length > 0) {
    return { status: 'breaks', reason: broken.map((r) => r.message).join('; ') };
  }
  return { status: 'meets', reason: results.map((r) => r.message).join('; ') };
}
