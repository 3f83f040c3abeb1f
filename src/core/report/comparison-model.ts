/**
 * The comparison model: a baseline and a candidate, each a list of rounds, judged metric by
 * metric with a confidence interval. Defined with zod like `model.ts`, so a comparison and its
 * threshold results can travel inside `result.json` and get a published JSON Schema.
 */
import { z } from 'zod';

/** Metrics a comparison judges. Higher is better for `successRps`, lower for the others. */
export const ComparedMetricSchema = z
  .enum(['successRps', 'p50', 'p99', 'p999', 'errorRate', 'serverCpuUsPerRequest'])
  .describe(
    'Compared metric: throughput, latency percentiles (µs), error rate, server CPU µs/request',
  );
export type ComparedMetric = z.infer<typeof ComparedMetricSchema>;

/** Every compared metric, in display order. */
export const COMPARED_METRICS: readonly ComparedMetric[] = ComparedMetricSchema.options;

/** Verdict on one metric at one level. */
export const MetricVerdictSchema = z
  .enum(['regression', 'improvement', 'no-change', 'inconclusive', 'invalid'])
  .describe(
    'regression/improvement: the whole interval is beyond the threshold; no-change: within',
  );
export type MetricVerdict = z.infer<typeof MetricVerdictSchema>;

/** Verdict on the whole comparison. */
export const OverallVerdictSchema = z
  .enum(['regression', 'improvement', 'no-change', 'inconclusive', 'invalid', 'no-baseline'])
  .describe('Worst finding: any regression, else any inconclusive, else any improvement, …');
export type OverallVerdict = z.infer<typeof OverallVerdictSchema>;

/** Where a comparison's baseline came from. */
export const ComparisonModeSchema = z
  .enum(['ab', 'history', 'aa'])
  .describe(
    'ab: same-session interleaved rounds; history: an earlier report; aa: baseline vs itself',
  );
export type ComparisonMode = z.infer<typeof ComparisonModeSchema>;

/** A confidence interval of the change. */
export const ChangeIntervalSchema = z.object({
  low: z.number().describe('Lower bound of the change (same kind as `change`)'),
  high: z.number().describe('Upper bound of the change (same kind as `change`)'),
  confidence: z.number().gt(0).lt(1).describe('Confidence level, e.g. 0.95'),
});
export type ChangeInterval = z.infer<typeof ChangeIntervalSchema>;

/** One metric of one scenario × level, baseline against candidate. */
export const MetricComparisonSchema = z.object({
  scenario: z.string().describe('Scenario name'),
  model: z.enum(['closed', 'open']).describe('Load model of the level'),
  level: z.number().positive().describe('Connections (closed) or offered req/s (open)'),
  metric: ComparedMetricSchema,
  baseline: z.number().describe("Median over the baseline's rounds (µs, req/s or fraction)"),
  candidate: z.number().describe("Median over the candidate's rounds (µs, req/s or fraction)"),
  changeKind: z
    .enum(['ratio', 'difference'])
    .describe('ratio: candidate/baseline − 1; difference: candidate − baseline (error rate)'),
  change: z.number().describe('Point estimate of the change, see `changeKind`'),
  ci: ChangeIntervalSchema.nullable().describe('Bootstrap interval of the change; null if none'),
  samples: z.object({
    source: z
      .enum(['rounds', 'seconds'])
      .describe('What was resampled: per-round values, or per-second values of a single round'),
    baseline: z.number().int().nonnegative().describe('Baseline sample size'),
    candidate: z.number().int().nonnegative().describe('Candidate sample size'),
  }),
  verdict: MetricVerdictSchema,
  reason: z.string().describe('The verdict in words'),
});
export type MetricComparison = z.infer<typeof MetricComparisonSchema>;

/** Smallest change that a setup can tell apart from its own noise (A/A). */
export const NoiseEstimateSchema = z.object({
  scenario: z.string(),
  model: z.enum(['closed', 'open']),
  level: z.number().positive(),
  metric: ComparedMetricSchema,
  method: z
    .enum(['halves', 'resample'])
    .describe('halves: even rounds vs odd rounds; resample: two bootstrap draws from one pool'),
  samples: z.number().int().nonnegative().describe('Values the estimate is based on'),
  minDetectableChange: z
    .number()
    .nonnegative()
    .describe(
      'Largest |change| an A/A interval reaches: smaller changes are noise (kind as `change`)',
    ),
});
export type NoiseEstimate = z.infer<typeof NoiseEstimateSchema>;

/** Settings a comparison was made with, so a reader can reproduce it. */
export const ComparisonSettingsSchema = z.object({
  threshold: z.number().nonnegative().describe('Relative threshold, e.g. 0.05 for ±5%'),
  errorRateThreshold: z
    .number()
    .nonnegative()
    .describe('Absolute error-rate threshold as a fraction, e.g. 0.001 for 0.1 percentage points'),
  confidence: z.number().gt(0).lt(1),
  iterations: z.number().int().positive().describe('Bootstrap resamples'),
  seed: z.number().int().describe('PRNG seed: the same inputs and seed give the same intervals'),
});
export type ComparisonSettings = z.infer<typeof ComparisonSettingsSchema>;

/** A whole comparison. */
export const ComparisonSchema = z
  .object({
    baselineLabel: z.string().describe('What the baseline is, e.g. `main@1a2b3c4`'),
    candidateLabel: z.string().describe('What the candidate is, e.g. `PR #42`'),
    rounds: z.object({
      baseline: z.number().int().nonnegative().describe('Baseline rounds'),
      candidate: z.number().int().nonnegative().describe('Candidate rounds'),
    }),
    mode: ComparisonModeSchema,
    settings: ComparisonSettingsSchema,
    metrics: z.array(MetricComparisonSchema),
    headline: z.string().describe('One line, e.g. "1 regression, 5 unchanged across 3 levels"'),
    verdict: OverallVerdictSchema,
    notes: z.array(z.string()).describe('Levels not compared and other remarks, in words'),
    noise: z.array(NoiseEstimateSchema).optional().describe('A/A noise of the baseline, if known'),
  })
  .describe('bench-action comparison of a candidate against a baseline');
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Outcome of one threshold at one level. */
export const ThresholdStatusSchema = z
  .enum(['pass', 'warn', 'fail', 'no-baseline', 'invalid'])
  .describe('no-baseline and invalid are neutral: they never fail a run');
export type ThresholdStatus = z.infer<typeof ThresholdStatusSchema>;

/** A threshold evaluated at one scenario × level. */
export const ThresholdResultSchema = z.object({
  threshold: z.string().describe('The threshold as the user wrote it'),
  kind: z.enum(['absolute', 'relative']),
  metric: z.string().describe('Metric the threshold reads'),
  scenario: z.string(),
  model: z.enum(['closed', 'open']),
  level: z.number().positive(),
  status: ThresholdStatusSchema,
  observed: z
    .number()
    .nullable()
    .describe('Absolute: the value (µs, req/s, fraction); relative: the change; null if none'),
  limit: z.number().nullable().describe('The limit that decided the status, same kind as observed'),
  message: z.string().describe('The outcome in words'),
});
export type ThresholdResult = z.infer<typeof ThresholdResultSchema>;
