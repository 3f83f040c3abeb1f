/**
 * The one model of a command benchmark's results (`kind: command` scenarios): whatever the tool
 * wrote (criterion's files, DataFlow's `benchmark_results.json`, the documented generic shape),
 * ingestion maps it to a `CommandResult`, so reports, comparisons, thresholds and history deal
 * with one shape. One zod definition gives the types and, later, the report schema's part.
 */
import { z } from 'zod';
import { targetError } from '../errors.js';

/** The formats ingestion reads. */
export const COMMAND_RESULT_FORMATS = ['criterion', 'dataflow', 'generic'] as const;
/** One of the formats ingestion reads. */
export type CommandResultFormat = (typeof COMMAND_RESULT_FORMATS)[number];

/** Whether a smaller figure is better (time per iteration) or a bigger one (throughput). */
export const DirectionSchema = z
  .enum(['lower-is-better', 'higher-is-better'])
  .describe('Whether a smaller or a bigger figure is better');
/** Whether a smaller or a bigger figure is better. */
export type Direction = z.infer<typeof DirectionSchema>;

/** A confidence interval around a point estimate, in the benchmark's unit. */
export const ConfidenceIntervalSchema = z
  .object({
    lower: z.number().describe('Lower bound, in the unit of the benchmark'),
    upper: z.number().describe('Upper bound, in the unit of the benchmark'),
    confidenceLevel: z.number().gt(0).lt(1).describe('Confidence level of the interval, e.g. 0.95'),
  })
  .refine((ci) => ci.lower <= ci.upper, { message: 'lower must not exceed upper' })
  .describe('Confidence interval of a point estimate');
/** A confidence interval around a point estimate. */
export type ConfidenceInterval = z.infer<typeof ConfidenceIntervalSchema>;

/** One statistic the tool reported besides the headline estimate (criterion's median, DataFlow's p99). */
export const BenchmarkStatisticSchema = z.object({
  value: z.number().describe('Point value, in the unit of the benchmark'),
  standardError: z
    .number()
    .nonnegative()
    .optional()
    .describe('Standard error, when the tool gave one'),
  interval: ConfidenceIntervalSchema.optional().describe(
    'Confidence interval, when the tool gave one',
  ),
});
/** One statistic the tool reported besides the headline estimate. */
export type BenchmarkStatistic = z.infer<typeof BenchmarkStatisticSchema>;

/** Work done by one iteration, as criterion's `Throughput` declares it, so a rate can be derived. */
export const WorkPerIterationSchema = z.object({
  amount: z.number().nonnegative().describe('Units of work one iteration processes'),
  unit: z.enum(['bytes', 'elements', 'bits']).describe('What the amount counts'),
});
/** Work done by one iteration, as criterion's `Throughput` declares it. */
export type WorkPerIteration = z.infer<typeof WorkPerIterationSchema>;

/** One benchmark's result: one figure in one unit, its interval, and its samples when kept. */
export const CommandBenchmarkSchema = z
  .object({
    name: z
      .string()
      .min(1)
      .describe(
        'Stable name, unique in the result, e.g. criterion\'s full id "parse/fields/MT103"',
      ),
    unit: z
      .string()
      .min(1)
      .describe('Unit of estimate, interval, statistics and samples, e.g. "ns/iter", "msg/s"'),
    direction: DirectionSchema,
    estimate: z.number().describe('The headline point estimate, in unit'),
    statistic: z
      .string()
      .min(1)
      .describe('What the estimate is: "slope", "mean", "median", "p99", "value", …'),
    interval: ConfidenceIntervalSchema.optional().describe(
      'Confidence interval of the estimate, when the tool computed one (ingestion never invents one)',
    ),
    samples: z
      .array(z.number())
      .min(1)
      .optional()
      .describe(
        'Per-sample values in unit, when the tool kept them (for bootstrapped A/B comparisons)',
      ),
    sampleIterations: z
      .array(z.number().positive())
      .optional()
      .describe('Iterations behind each sample (criterion), parallel to samples'),
    iterations: z
      .number()
      .nonnegative()
      .optional()
      .describe('Iterations or messages measured in all, when the tool says'),
    statistics: z
      .record(z.string(), BenchmarkStatisticSchema)
      .optional()
      .describe('Other statistics the tool reported, by its own names, in unit'),
    workPerIteration: WorkPerIterationSchema.optional().describe(
      'Work per iteration (criterion throughput), to derive a rate',
    ),
    parameters: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('What the benchmark varies: criterion group, function and value; concurrency'),
    source: z
      .string()
      .optional()
      .describe('Where the figures were read, relative to the ingested path'),
  })
  .refine((b) => !b.sampleIterations || b.sampleIterations.length === b.samples?.length, {
    message: 'sampleIterations must be as long as samples',
    path: ['sampleIterations'],
  })
  .describe("One benchmark's result");
/** One benchmark's result. */
export type CommandBenchmark = z.infer<typeof CommandBenchmarkSchema>;

/** The results of one run of a benchmark command. */
export const CommandResultSchema = z
  .object({
    format: z.enum(COMMAND_RESULT_FORMATS).describe('What the results were read from'),
    version: z
      .string()
      .optional()
      .describe(
        'Version of the code measured, when the results say (DataFlow keys, generic files)',
      ),
    benchmarks: z.array(CommandBenchmarkSchema).min(1).describe('Every benchmark, sorted by name'),
  })
  .describe('The results of one run of a benchmark command');
/** The results of one run of a benchmark command. */
export type CommandResult = z.infer<typeof CommandResultSchema>;

/** What `buildCommandResult` adds besides the benchmarks. */
export interface BuildCommandResultOptions {
  /** Version of the code measured, when the results say. */
  version?: string;
  /** What to do when there is no benchmark, in the words of the format. */
  emptyHint?: string;
}

/**
 * Assembles a result: benchmarks sorted by name, names unique. Throws `COMMAND_RESULT_EMPTY`
 * when there is none and `COMMAND_RESULT_INVALID` when two share a name (comparisons and
 * history key on names, so a clash would silently merge two figures). `where` names the file
 * or folder in messages.
 */
export function buildCommandResult(
  format: CommandResultFormat,
  benchmarks: readonly CommandBenchmark[],
  where: string,
  options: BuildCommandResultOptions = {},
): CommandResult {
  if (benchmarks.length === 0) {
    throw targetError(
      'COMMAND_RESULT_EMPTY',
      `${where}: no benchmark results found.`,
      options.emptyHint,
    );
  }
  const sorted = [...benchmarks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const name = sorted[i]?.name;
    if (name === sorted[i - 1]?.name) {
      throw targetError(
        'COMMAND_RESULT_INVALID',
        `${where}: two benchmarks are named "${name}".`,
        'Give every benchmark its own name: comparisons and history key on it.',
      );
    }
  }
  return options.version === undefined
    ? { format, benchmarks: sorted }
    : { format, version: options.version, benchmarks: sorted };
}
