/**
 * Criterion's per-benchmark files → one `CommandBenchmark`. Criterion (0.3 to 0.7, checked
 * against its source and against real output of Debian's 0.3.6) writes, for every benchmark,
 * `target/criterion/<directory_name>/new/`:
 *
 * - `benchmark.json`: the id (`group_id`, `function_id`, `value_str`, `throughput`, `full_id`,
 *   `directory_name`, `title`);
 * - `estimates.json`: `mean`, `median`, `median_abs_dev`, `std_dev` and `slope` (null under flat
 *   sampling), each `{point_estimate, standard_error, confidence_interval: {confidence_level,
 *   lower_bound, upper_bound}}`, in nanoseconds per iteration (wall time, criterion's default
 *   measurement);
 * - `sample.json`: `{sampling_mode, iters, times}`, where `times[i]` is the total time of the
 *   `iters[i]` iterations of sample `i`, so one sample's time per iteration is `times[i] / iters[i]`.
 *
 * The headline estimate is criterion's own "typical" figure (the one it prints as `time:`): the
 * slope when there is one, else the mean.
 */
import { z } from 'zod';
import {
  buildCommandResult,
  type BenchmarkStatistic,
  type CommandBenchmark,
  type CommandResult,
  type WorkPerIteration,
} from './command-result.js';
import { parseResultJson } from './parse-result-json.js';

/** Unit of criterion's figures under its default wall-time measurement. */
export const CRITERION_UNIT = 'ns/iter';

/** One estimate as criterion writes it (serde writes NaN as null, hence the nullable error). */
const CriterionEstimateSchema = z.looseObject({
  confidence_interval: z.looseObject({
    confidence_level: z.number().gt(0).lt(1),
    lower_bound: z.number(),
    upper_bound: z.number(),
  }),
  point_estimate: z.number(),
  standard_error: z.number().nullable(),
});
type CriterionEstimate = z.infer<typeof CriterionEstimateSchema>;

/** `new/estimates.json`. */
export const CriterionEstimatesSchema = z.looseObject({
  mean: CriterionEstimateSchema,
  median: CriterionEstimateSchema,
  median_abs_dev: CriterionEstimateSchema,
  std_dev: CriterionEstimateSchema,
  slope: CriterionEstimateSchema.nullable().optional(),
});

/** `new/sample.json`. */
export const CriterionSampleSchema = z
  .looseObject({
    sampling_mode: z.string().optional(),
    iters: z.array(z.number().positive()).min(1),
    times: z.array(z.number().nonnegative()).min(1),
  })
  .refine((s) => s.iters.length === s.times.length, {
    message: 'iters and times must be equally long',
    path: ['times'],
  });

/** `new/benchmark.json`: criterion's `BenchmarkId`. */
export const CriterionBenchmarkIdSchema = z.looseObject({
  group_id: z.string(),
  function_id: z.string().nullable().optional(),
  value_str: z.string().nullable().optional(),
  throughput: z.record(z.string(), z.unknown()).nullable().optional(),
  full_id: z.string().min(1),
  directory_name: z.string().optional(),
});

/** The three files of one benchmark, as text, and where they were found. */
export interface CriterionBenchmarkFiles {
  /** The benchmark's folder relative to `target/criterion`, e.g. `parse_mt/fields/MT103`. */
  dir: string;
  /** Contents of `new/benchmark.json`. */
  benchmarkJson: string;
  /** Contents of `new/estimates.json`. */
  estimatesJson: string;
  /** Contents of `new/sample.json`. */
  sampleJson: string;
}

const HINT = {
  benchmark:
    "criterion writes new/benchmark.json with the benchmark's id (group_id, full_id, …); run `cargo bench` again to rewrite it.",
  estimates:
    'criterion writes new/estimates.json with mean, median, median_abs_dev, std_dev and slope, each with point_estimate, standard_error and confidence_interval; run `cargo bench` again to rewrite it.',
  sample:
    'criterion writes new/sample.json with equally long iters and times arrays; run `cargo bench` again to rewrite it.',
} as const;

/** Criterion's throughput variants → what one iteration's work counts. */
const WORK_UNITS: Record<string, WorkPerIteration['unit']> = {
  Bytes: 'bytes',
  BytesDecimal: 'bytes',
  Elements: 'elements',
  Bits: 'bits',
};

function toStatistic(estimate: CriterionEstimate): BenchmarkStatistic {
  const ci = estimate.confidence_interval;
  const statistic: BenchmarkStatistic = {
    value: estimate.point_estimate,
    interval: {
      lower: ci.lower_bound,
      upper: ci.upper_bound,
      confidenceLevel: ci.confidence_level,
    },
  };
  if (estimate.standard_error !== null && estimate.standard_error >= 0) {
    statistic.standardError = estimate.standard_error;
  }
  return statistic;
}

function toWork(
  throughput: Record<string, unknown> | null | undefined,
): WorkPerIteration | undefined {
  if (!throughput) return undefined;
  for (const [variant, amount] of Object.entries(throughput)) {
    const unit = WORK_UNITS[variant];
    if (unit !== undefined && typeof amount === 'number' && amount >= 0) return { amount, unit };
  }
  // A variant this code does not know (a newer criterion): the time figures still stand.
  return undefined;
}

/** Maps one benchmark's files; `root` is how the criterion folder is named in messages. */
export function parseCriterionBenchmark(
  files: CriterionBenchmarkFiles,
  root = 'target/criterion',
): CommandBenchmark {
  const at = (name: string) => `${root}/${files.dir}/new/${name}`;
  const id = parseResultJson(
    files.benchmarkJson,
    at('benchmark.json'),
    CriterionBenchmarkIdSchema,
    HINT.benchmark,
  );
  const estimates = parseResultJson(
    files.estimatesJson,
    at('estimates.json'),
    CriterionEstimatesSchema,
    HINT.estimates,
  );
  const sample = parseResultJson(
    files.sampleJson,
    at('sample.json'),
    CriterionSampleSchema,
    HINT.sample,
  );

  const mean = toStatistic(estimates.mean);
  const slope = estimates.slope ? toStatistic(estimates.slope) : undefined;
  const statistics: Record<string, BenchmarkStatistic> = {
    mean,
    median: toStatistic(estimates.median),
    median_abs_dev: toStatistic(estimates.median_abs_dev),
    std_dev: toStatistic(estimates.std_dev),
  };
  if (slope) statistics.slope = slope;
  const typical = slope ?? mean;

  const samples = sample.times.map((time, i) => time / (sample.iters[i] ?? 1));
  const parameters: Record<string, string> = { group: id.group_id };
  if (id.function_id) parameters.function = id.function_id;
  if (id.value_str) parameters.value = id.value_str;

  const benchmark: CommandBenchmark = {
    name: id.full_id,
    unit: CRITERION_UNIT,
    direction: 'lower-is-better',
    estimate: typical.value,
    statistic: slope ? 'slope' : 'mean',
    samples,
    sampleIterations: [...sample.iters],
    iterations: sample.iters.reduce((sum, n) => sum + n, 0),
    statistics,
    parameters,
    source: files.dir,
  };
  if (typical.interval) benchmark.interval = typical.interval;
  const work = toWork(id.throughput);
  if (work) benchmark.workPerIteration = work;
  return benchmark;
}

/** Maps every benchmark of one criterion folder; throws `COMMAND_RESULT_EMPTY` when there is none. */
export function parseCriterionResults(
  benchmarks: readonly CriterionBenchmarkFiles[],
  root = 'target/criterion',
): CommandResult {
  return buildCommandResult(
    'criterion',
    benchmarks.map((files) => parseCriterionBenchmark(files, root)),
    root,
    {
      emptyHint:
        'criterion writes <group>/<benchmark>/new/ for every benchmark it ran: check that `cargo bench` ran, that its filter matches a benchmark, and that CARGO_TARGET_DIR or CRITERION_HOME did not send the files elsewhere.',
    },
  );
}
