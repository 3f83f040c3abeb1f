/**
 * The run report model: one zod definition gives both the TypeScript types and the published
 * JSON Schema (`schemas/result.schema.json`). Bump `RESULT_SCHEMA_VERSION` on any change that a
 * reader of an older report would misread.
 */
import { z } from 'zod';
import {
  AbSideSchema,
  ComparisonSchema,
  MetricVerdictSchema,
  OverallVerdictSchema,
  StoppingSchema,
  ThresholdResultSchema,
  ThresholdStatusSchema,
} from './comparison-model.js';

/**
 * Version of the `result.json` format written by this code. 2: a 503 or 429 the checks do not
 * accept is counted in `counts.backPressure` / `counts.rateLimited`, no longer as an
 * `httpStatus` failure, so `errorRate` leaves them out (in version 1 they were failures).
 */
export const RESULT_SCHEMA_VERSION = 2;
/** Versions of `result.json` this code reads: 1 (503/429 inside `httpStatus`) and 2. */
export const READABLE_RESULT_SCHEMA_VERSIONS = [1, 2] as const;

const us = (what: string) => z.number().nonnegative().describe(`${what}, microseconds`);

/** Percentile summary of one HDR histogram, all values in integer microseconds. */
export const LatencySummarySchema = z
  .object({
    count: z.number().int().nonnegative().describe('Values recorded'),
    min: us('Smallest value'),
    mean: us('Arithmetic mean'),
    stdev: us('Standard deviation'),
    p50: us('50th percentile'),
    p75: us('75th percentile'),
    p90: us('90th percentile'),
    p95: us('95th percentile'),
    p99: us('99th percentile'),
    p999: us('99.9th percentile'),
    p9999: us('99.99th percentile'),
    max: us('Largest value'),
  })
  .describe('Latency summary in microseconds; all zero when count is 0');
export type LatencySummary = z.infer<typeof LatencySummarySchema>;

/** Failed requests by class. */
export const FailureCountsSchema = z
  .object({
    connect: z.number().int().nonnegative().describe('Connection refused or not established'),
    timeout: z.number().int().nonnegative().describe('No complete response within the timeout'),
    reset: z.number().int().nonnegative().describe('Connection reset or closed mid-response'),
    protocol: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'The target broke HTTP/1.1: a response with no request outstanding, conflicting lengths, garbage (absent in older reports: read as 0)',
      ),
    httpStatus: z.number().int().nonnegative().describe('Status code not in the accepted list'),
    check: z.number().int().nonnegative().describe('Body check (JSON path, contains) failed'),
    unfinished: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Still unanswered when the level stopped waiting: closed model, outstanding for the whole window; open model, still in flight a request timeout after the window (absent in older reports: read as 0)',
      ),
  })
  .describe('Failures by class');
export type FailureCounts = z.infer<typeof FailureCountsSchema>;

/** Answers in which the target declined the work: neither a success nor a failure. */
export const RefusalCountsSchema = z
  .object({
    backPressure: z
      .number()
      .int()
      .nonnegative()
      .describe('503 Service Unavailable: the target shed load (e.g. a channel at max_concurrent)'),
    rateLimited: z.number().int().nonnegative().describe('429 Too Many Requests: a rate limit'),
  })
  .describe('Refusals by class');
export type RefusalCounts = z.infer<typeof RefusalCountsSchema>;

/** Every failure class, in the order reports list them. */
export const FAILURE_CLASSES = [
  'connect',
  'timeout',
  'reset',
  'protocol',
  'httpStatus',
  'check',
  'unfinished',
] as const satisfies readonly (keyof FailureCounts)[];

/** Sum of all failure classes; classes missing from older reports count as 0. */
export function totalFailures(f: FailureCounts): number {
  let n = 0;
  for (const k of FAILURE_CLASSES) n += f[k] ?? 0;
  return n;
}

/** One second (or one interval) of a level. */
export const IntervalSampleSchema = z.object({
  startMs: z.number().nonnegative().describe('Interval start, ms since the measured window began'),
  durationMs: z.number().positive().describe('Interval length, ms'),
  success: z.number().int().nonnegative().describe('Successful responses completed'),
  failures: z.number().int().nonnegative().describe('Failed requests completed'),
  successRps: z.number().nonnegative().describe('Successful responses per second'),
  p50Us: z.number().nonnegative().describe('Median latency of successes, µs'),
  p99Us: z.number().nonnegative().describe('99th percentile latency of successes, µs'),
  maxUs: z.number().nonnegative().describe('Largest latency of successes, µs'),
  generatorCpuPercent: z
    .number()
    .nonnegative()
    .describe('Load generator CPU (user+system) as % of one core'),
  eventLoopDelayP99Us: z.number().nonnegative().describe("Generator's event-loop delay p99, µs"),
  generatorHeapUsedBytes: z
    .number()
    .nonnegative()
    .optional()
    .describe("Load generator's V8 heap in use at the end of the interval, bytes"),
  generatorRssBytes: z
    .number()
    .nonnegative()
    .optional()
    .describe("Load generator's resident memory at the end of the interval, bytes"),
  serverCpuPercent: z.number().nonnegative().optional().describe('Target CPU, % of one core'),
  serverRssBytes: z.number().nonnegative().optional().describe('Target resident memory, bytes'),
  machineCpuPercent: z
    .number()
    .nonnegative()
    .optional()
    .describe("Machine's busy CPU (not idle, not stolen), % of all its CPUs"),
  stealPercent: z
    .number()
    .nonnegative()
    .optional()
    .describe('CPU time stolen by the hypervisor, % of all CPUs'),
});
export type IntervalSample = z.infer<typeof IntervalSampleSchema>;

/** The load generator's view of itself during a level. */
export const GeneratorCheckSchema = z.object({
  cpuPercentMean: z.number().nonnegative().describe('Mean CPU of the generator, % of one core'),
  cpuPercentMax: z.number().nonnegative().describe('Highest one-second CPU, % of one core'),
  cpuUsPerRequest: z.number().nonnegative().describe('Generator CPU per completed request, µs'),
  eventLoopDelayP99Us: z.number().nonnegative().describe('Event-loop delay p99 over the level'),
  workerCpuPercentMean: z
    .array(z.number().nonnegative())
    .optional()
    .describe(
      'A level spread over worker threads (load.workers > 1): mean CPU of each worker thread, % of one core, in worker order',
    ),
  generatorBound: z
    .boolean()
    .describe('True when the generator, not the target, limited the level: numbers are suspect'),
  note: z.string().describe('The self-check in words'),
  limitedBy: z
    .enum(['generator-cpu', 'event-loop', 'machine'])
    .optional()
    .describe(
      'Generator-bound levels: its own CPU saturated, its event loop was held up, or the machine was oversubscribed',
    ),
});
export type GeneratorCheck = z.infer<typeof GeneratorCheckSchema>;

/** Target process figures aligned with the level's measured window. */
export const ServerMetricsSchema = z.object({
  cpuPercentMean: z.number().nonnegative().describe('Mean CPU, % of one core'),
  cpuUsPerRequest: z.number().nonnegative().describe('Server CPU per completed request, µs'),
  rssBytesMax: z.number().nonnegative().describe('Peak resident memory, bytes'),
  rssBytesMean: z.number().nonnegative().describe('Mean resident memory, bytes'),
});
export type ServerMetrics = z.infer<typeof ServerMetricsSchema>;

/** The machine's CPU over a level's window, from `/proc/stat` (machine noise in the open). */
export const MachineMetricsSchema = z.object({
  cpus: z.number().int().positive().describe('CPUs of the machine'),
  cpuPercentMean: z.number().nonnegative().describe('Busy CPU (not idle, not stolen), % of all'),
  cpuPercentMax: z.number().nonnegative().describe('Highest one-second busy CPU, % of all'),
  stealPercentMean: z.number().nonnegative().describe('Stolen CPU time, % of all CPUs'),
  stealPercentMax: z.number().nonnegative().describe('Highest one-second steal, % of all CPUs'),
  runnableMean: z
    .number()
    .nonnegative()
    .describe('Mean threads runnable at the readings (`procs_running`); above `cpus`: queueing'),
});
export type MachineMetrics = z.infer<typeof MachineMetricsSchema>;

/** Results of one scenario at one level. */
export const LevelReportSchema = z.object({
  scenario: z.string().describe('Scenario name'),
  model: z.enum(['closed', 'open']).describe('Load model'),
  level: z.number().positive().describe('Connections (closed) or offered req/s (open)'),
  connections: z.number().int().positive().describe('Connections used'),
  pipelining: z.number().int().positive().describe('Requests in flight per connection'),
  offeredRps: z.number().nonnegative().optional().describe('Open model: intended arrival rate'),
  startedAt: z.string().describe('Start of the measured window, ISO 8601 UTC'),
  warmupMs: z.number().nonnegative().describe('Warm-up before the window (discarded)'),
  durationMs: z.number().positive().describe('Measured window, actual length'),
  cooldownMs: z.number().nonnegative().describe('Pause after the window'),
  counts: z.object({
    total: z
      .number()
      .int()
      .nonnegative()
      .describe(
        'Requests with an outcome in the window: successes, failures of every class, and refusals (backPressure, rateLimited)',
      ),
    success: z.number().int().nonnegative().describe('Responses that passed every check'),
    failures: FailureCountsSchema,
    backPressure: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Answers 503 the checks do not accept: back-pressure, not a failure and not in errorRate (absent in version 1 reports, where a 503 was an httpStatus failure)',
      ),
    rateLimited: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Answers 429 the checks do not accept: rate limiting, not a failure and not in errorRate (absent in version 1 reports)',
      ),
    httpStatuses: z
      .record(z.string(), z.number().int().nonnegative())
      .optional()
      .describe('HTTP status failures by status code, e.g. {"500": 12}; absent when none'),
    checkFailures: z
      .record(z.string(), z.number().int().nonnegative())
      .optional()
      .describe(
        'Check failures by reason, e.g. {"$.success == true did not hold": 3}; absent when none',
      ),
    lateSends: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Open model: sends that left more than 1 ms after their intended time'),
    droppedSends: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'Open model: intended sends of the window never made (no connection free before the window ended, or queued longer than the request timeout); not part of total',
      ),
  }),
  errorRate: z
    .number()
    .min(0)
    .max(1)
    .describe('Failures / total (0 when total is 0); refusals (503, 429) are not failures'),
  backPressureRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('counts.backPressure / total (absent in version 1 reports: read as 0)'),
  rateLimitedRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('counts.rateLimited / total (absent in version 1 reports: read as 0)'),
  throughput: z.object({
    successRps: z.number().nonnegative().describe('Successful responses per second'),
    totalRps: z.number().nonnegative().describe('Completed requests per second'),
  }),
  latencyUs: LatencySummarySchema.describe(
    'Latency of successes: closed model from the actual send, open model from the intended send',
  ),
  serviceTimeUs: LatencySummarySchema.optional().describe('Open model: from the actual send'),
  scheduleLagUs: LatencySummarySchema.optional().describe('Open model: actual minus intended send'),
  failureLatencyUs: LatencySummarySchema.describe('Latency of failed requests'),
  histograms: z
    .object({
      latency: z.string().describe('Successes, HdrHistogram compressed base64'),
      failures: z.string().describe('Failures, HdrHistogram compressed base64'),
      serviceTime: z.string().optional().describe('Open model service time, compressed base64'),
      scheduleLag: z.string().optional().describe('Open model schedule lag, compressed base64'),
    })
    .describe('Whole-window histograms in the standard compressed encoding (µs)'),
  bytes: z.object({
    sent: z.number().int().nonnegative().describe('Request bytes written'),
    received: z.number().int().nonnegative().describe('Response bytes read'),
  }),
  series: z.array(IntervalSampleSchema).describe('One sample per second of the window'),
  generator: GeneratorCheckSchema,
  server: ServerMetricsSchema.optional().describe('Target process figures, when it was sampled'),
  machine: MachineMetricsSchema.optional().describe(
    "The machine's CPU use and steal over the window, when it was sampled",
  ),
  hlogFile: z.string().describe('Name of the HdrHistogram interval log beside result.json'),
});
export type LevelReport = z.infer<typeof LevelReportSchema>;

/** Where the run happened. */
export const EnvironmentSchema = z.object({
  hostname: z.string(),
  cpuModel: z.string(),
  cpus: z.number().int().positive().describe('Logical CPUs'),
  memoryBytes: z.number().nonnegative(),
  os: z.string().describe('Platform, release and architecture'),
  nodeVersion: z.string(),
  undiciVersion: z.string(),
  toolVersion: z.string().describe('bench-action version'),
  gitSha: z.string().optional().describe('Commit of the repository holding the config'),
  gitDirty: z.boolean().optional().describe('Uncommitted changes were present'),
  vmSize: z.string().optional().describe('Cloud VM size, for cloud runs'),
  region: z.string().optional().describe('Cloud region, for cloud runs'),
});
export type Environment = z.infer<typeof EnvironmentSchema>;

/** What was benchmarked. */
export const TargetInfoSchema = z.object({
  kind: z.enum(['url', 'command', 'image']),
  url: z.string().describe('Base URL the load was sent to'),
  product: z.string().optional(),
  command: z.array(z.string()).optional().describe('Command line of a local target'),
  image: z.string().optional(),
  imageDigest: z.string().optional().describe('Resolved digest, never just a tag'),
});
export type TargetInfo = z.infer<typeof TargetInfoSchema>;

/** One setup or teardown request as it ran (before the first level, after the last). */
export const SetupStepReportSchema = z.object({
  phase: z.enum(['setup', 'teardown']).describe('setup: before the levels; teardown: after'),
  name: z.string().describe('What the step does'),
  method: z.string().describe('HTTP method'),
  path: z.string().describe('Path and query (secrets in the query redacted)'),
  status: z.number().int().optional().describe('Status answered; absent when no answer came'),
  durationMs: z.number().nonnegative().describe('Time to the complete answer, ms'),
  ok: z.boolean().describe("The answer passed the step's checks"),
  problem: z
    .string()
    .optional()
    .describe('Why the step failed, with an excerpt of the answer (control characters escaped)'),
});
export type SetupStepReport = z.infer<typeof SetupStepReportSchema>;

/** A command benchmark's A/B comparison: the candidate's samples against the baseline's. */
export const CommandComparisonSchema = z.object({
  baseline: z.number().describe("The baseline's estimate, in unit"),
  change: z.number().describe('candidate / baseline − 1 of the median sample'),
  ci: z
    .object({ low: z.number(), high: z.number(), confidence: z.number().gt(0).lt(1) })
    .nullable()
    .describe(
      'Interval of the change: paired t over the rounds (two or more), else bootstrap over one round of per-iteration samples; null when neither is possible',
    ),
  method: z
    .enum(['paired-t', 'bootstrap'])
    .optional()
    .describe(
      'paired-t: log ratios of the rounds, paired by round; bootstrap: the samples of a single round',
    ),
  pairs: z
    .array(
      z.object({
        round: z.number().int().positive().describe('Round number, from 1'),
        baseline: z.number().describe("The baseline's value of the round, in unit"),
        candidate: z.number().describe("The candidate's value of the round, in unit"),
      }),
    )
    .optional()
    .describe(
      "Per round: each side's median per-iteration sample (the estimate when the tool keeps no samples)",
    ),
  verdict: MetricVerdictSchema,
  reason: z.string().describe('The verdict in words'),
});
export type CommandComparison = z.infer<typeof CommandComparisonSchema>;

/** One figure of a command benchmark (criterion, DataFlow, the generic shape). */
export const CommandBenchmarkReportSchema = z.object({
  scenario: z.string().describe('The command scenario that produced it'),
  name: z.string().describe("The benchmark's stable name, e.g. parse_mt/fields/MT103"),
  unit: z.string().describe('Unit of every figure: ns/iter, ns/msg, msg/s, …'),
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  estimate: z.number().describe('The headline estimate, in unit'),
  statistic: z.string().describe('What the estimate is: slope, mean, median, rate, …'),
  interval: z
    .object({ lower: z.number(), upper: z.number(), confidenceLevel: z.number() })
    .optional()
    .describe("The tool's own confidence interval, when it computed one"),
  samples: z.number().int().nonnegative().describe('Samples kept (0 when the tool keeps none)'),
  iterations: z.number().nonnegative().optional().describe('Iterations or messages measured'),
  comparison: CommandComparisonSchema.optional().describe('A/B runs: against the baseline'),
});
export type CommandBenchmarkReport = z.infer<typeof CommandBenchmarkReportSchema>;

/** A command-benchmark A/B as it ran: the order of every round and why the rounds stopped. */
export const CommandAbSchema = z.object({
  mode: z
    .literal('interleaved')
    .describe('One side at a time, the order random per round and command scenario'),
  baselineLabel: z.string(),
  candidateLabel: z.string(),
  threshold: z.number().nonnegative().describe('Relative change that counts, e.g. 0.05'),
  confidence: z.number().gt(0).lt(1).describe('Confidence promised over all looks'),
  verdict: OverallVerdictSchema.describe('Overall verdict of the compared benchmarks'),
  schedule: z
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
              scenario: z.string().describe('The command scenario'),
              order: z.tuple([AbSideSchema, AbSideSchema]).describe('Which side ran first'),
            }),
          ),
        }),
      ),
    })
    .describe('Per round and command scenario, the order the sides ran in'),
  stopping: StoppingSchema,
});
export type CommandAb = z.infer<typeof CommandAbSchema>;

/** One limit on a command benchmark's estimate, judged on one benchmark. */
export const BenchmarkThresholdResultSchema = z.object({
  threshold: z.string().describe('The threshold in words, e.g. parse_mt/* <= 2000 ns/iter'),
  scenario: z.string().describe('Scenario of the benchmark; empty when no benchmark matched'),
  benchmark: z.string().describe('Benchmark name; the pattern when none matched'),
  unit: z.string().describe('Unit of the limit (and of observed, when it matched)'),
  status: ThresholdStatusSchema,
  observed: z.number().nullable().describe("The benchmark's estimate; null when not judged"),
  limit: z.number().describe('The limit, in unit'),
  message: z.string().describe('The outcome in words'),
});
export type BenchmarkThresholdResult = z.infer<typeof BenchmarkThresholdResultSchema>;

/** The whole `result.json`. */
export const RunReportSchema = z
  .object({
    schemaVersion: z
      .union([z.literal(1), z.literal(RESULT_SCHEMA_VERSION)])
      .describe(
        'Format version: 2 counts 503/429 as refusals (backPressure, rateLimited); 1 counted them as httpStatus failures',
      ),
    id: z.string().describe('Run id, unique per run'),
    name: z.string().describe('Config name'),
    createdAt: z.string().describe('When the report was written, ISO 8601 UTC'),
    startedAt: z.string(),
    finishedAt: z.string(),
    partial: z
      .boolean()
      .describe('True when the run was interrupted; levels hold what was measured'),
    outcome: z
      .enum(['ok', 'target-failure', 'interrupted'])
      .describe('How the run ended, before any threshold or comparison'),
    target: TargetInfoSchema,
    environment: EnvironmentSchema,
    config: z.object({
      path: z.string().optional(),
      hash: z.string().describe('SHA-256 of the resolved config'),
      resolved: z.unknown().describe('The config after defaults and overrides'),
    }),
    setup: z
      .array(SetupStepReportSchema)
      .optional()
      .describe('Setup and teardown requests, in the order they ran; absent when none'),
    levels: z.array(LevelReportSchema),
    benchmarks: z
      .array(CommandBenchmarkReportSchema)
      .optional()
      .describe('Command benchmarks (kind: command scenarios), with their units; absent when none'),
    benchmarkComparison: CommandAbSchema.optional().describe(
      'Command-benchmark A/B runs: the order of the rounds and why they stopped',
    ),
    benchmarkThresholds: z
      .array(BenchmarkThresholdResultSchema)
      .optional()
      .describe("Limits on command benchmarks' estimates, when the config sets any"),
    notes: z.array(z.string()).describe('Warnings and remarks in words'),
    comparison: ComparisonSchema.optional().describe(
      'A/B runs: the verdicts against the baseline (an addition; older readers ignore it)',
    ),
    thresholds: z
      .array(ThresholdResultSchema)
      .optional()
      .describe('Threshold results, when the config sets thresholds'),
  })
  .describe('bench-action run report (result.json)');
export type RunReport = z.infer<typeof RunReportSchema>;
