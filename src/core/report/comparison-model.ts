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
    'ab: same-session A/B (see abMode); history: an earlier report; aa: baseline vs itself',
  );
export type ComparisonMode = z.infer<typeof ComparisonModeSchema>;

/** A confidence interval of the change. */
export const ChangeIntervalSchema = z.object({
  low: z.number().describe('Lower bound of the change (same kind as `change`)'),
  high: z.number().describe('Upper bound of the change (same kind as `change`)'),
  confidence: z.number().gt(0).lt(1).describe('Confidence level, e.g. 0.95'),
});
export type ChangeInterval = z.infer<typeof ChangeIntervalSchema>;

/** The pairs behind a paired interval. */
export const PairedSamplesSchema = z.object({
  unit: z
    .enum(['round', 'second'])
    .describe('round: A and B of the same round (interleaved); second: the same second (duet)'),
  pairs: z.number().int().nonnegative().describe('Pairs used'),
  effectivePairs: z
    .number()
    .nonnegative()
    .describe('Pairs after the discount for autocorrelation between consecutive seconds'),
  generatorBoundRounds: z
    .array(z.number().int().positive())
    .describe('Rounds left out because the load generator limited the level on either side'),
});
export type PairedSamples = z.infer<typeof PairedSamplesSchema>;

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
  paired: PairedSamplesSchema.optional().describe(
    'Same-session A/B: the pairs the interval was computed from (absent: two independent samples)',
  ),
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
  iterations: z
    .number()
    .int()
    .positive()
    .describe('Bootstrap resamples (bootstrap intervals only)'),
  interval: z
    .enum(['bootstrap', 'paired-t'])
    .optional()
    .describe(
      'bootstrap (absent): percentile bootstrap; paired-t: t interval of paired log ratios',
    ),
  seed: z.number().int().describe('PRNG seed: the same inputs and seed give the same intervals'),
});
export type ComparisonSettings = z.infer<typeof ComparisonSettingsSchema>;

/** How a same-session A/B loaded its two sides. */
export const AbModeSchema = z
  .enum(['interleaved', 'duet'])
  .describe('interleaved: one side loaded at a time; duet: both at once, each on its own cores');
export type AbMode = z.infer<typeof AbModeSchema>;

/** A side of an A/B. */
export const AbSideSchema = z.enum(['baseline', 'candidate']);

/** The order of the rounds of an A/B, as it ran. */
export const AbScheduleSchema = z
  .object({
    seed: z
      .number()
      .int()
      .describe('Seed of the order: the same seed and plan give the same order'),
    rounds: z.array(
      z.object({
        round: z.number().int().positive().describe('Round number, from 1'),
        steps: z.array(
          z.object({
            scenario: z.string(),
            model: z.enum(['closed', 'open']),
            level: z.number().positive(),
            order: z
              .tuple([AbSideSchema, AbSideSchema])
              .describe('Interleaved: which side ran first; duet: which side had the first CPUs'),
          }),
        ),
      }),
    ),
  })
  .describe('Per round and level, the order of the sides: random, balanced in pairs of rounds');
export type AbSchedule = z.infer<typeof AbScheduleSchema>;

/** How the machine's CPUs were split between the two sides (duet). */
export const CoreSplitSchema = z
  .object({
    cpus: z.number().int().nonnegative().describe('CPUs the run was allowed to use'),
    pinned: z.boolean().describe('True when both targets were pinned to their own CPUs'),
    first: z
      .array(z.number().int().nonnegative())
      .describe("CPUs of the side listed first in a step's order"),
    second: z.array(z.number().int().nonnegative()).describe('CPUs of the other side'),
    generator: z.string().describe('Where the load generator ran, in words'),
    note: z.string().describe('The split in words, including why it could not pin, if so'),
  })
  .describe('Duet: the CPUs of each side');
export type CoreSplit = z.infer<typeof CoreSplitSchema>;

/** Why an adaptive A/B stopped adding rounds. */
export const StopReasonSchema = z
  .enum(['decided', 'max-rounds', 'time-budget', 'interrupted', 'target-failure'])
  .describe(
    'decided: every judged metric got a verdict; max-rounds / time-budget: the budget ran out',
  );
export type StopReason = z.infer<typeof StopReasonSchema>;

/** The stopping rule of an adaptive A/B and what it did. */
export const StoppingSchema = z
  .object({
    rule: z
      .literal('repeated-confidence-intervals')
      .describe('Intervals valid together over every look (Jennison and Turnbull)'),
    spending: z.literal('obrien-fleming').describe('Alpha-spending function (Lan and DeMets)'),
    minRounds: z.number().int().positive().describe('Rounds before the first look'),
    maxRounds: z.number().int().positive().describe('Most rounds'),
    timeBudgetMs: z.number().positive().optional().describe('Wall-time budget of the rounds, ms'),
    roundsUsed: z.number().int().nonnegative().describe('Rounds run on each side'),
    reason: StopReasonSchema,
    note: z.string().describe('Why it stopped, in words'),
    looks: z
      .array(
        z.object({
          round: z.number().int().positive().describe('Rounds done at this look'),
          confidence: z.number().gt(0).lt(1).describe("This look's nominal interval confidence"),
          decided: z.number().int().nonnegative().describe('Judged metrics with a verdict'),
          undecided: z.number().int().nonnegative().describe('Judged metrics still inconclusive'),
        }),
      )
      .describe('Every look, in order'),
    wallTimeMs: z.number().nonnegative().describe('Wall time of the rounds, ms'),
  })
  .describe('Adaptive rounds: the rule, the looks and why the run stopped');
export type Stopping = z.infer<typeof StoppingSchema>;

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
    abMode: AbModeSchema.optional().describe('Same-session A/B: how the sides were loaded'),
    schedule: AbScheduleSchema.optional(),
    cores: CoreSplitSchema.optional(),
    stopping: StoppingSchema.optional(),
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
