/**
 * The documented generic shape for any benchmark command that is neither criterion nor DataFlow
 * (`schemas/command-result.schema.json`, docs/command-benchmarks.md): a harness writes one JSON
 * file with its benchmarks, each a name, a unit, which direction is better, and a value or the
 * samples it measured (or both), optionally with a confidence interval. Unknown keys are refused,
 * so a misspelt `vaule` fails loudly instead of being dropped.
 */
import { z } from 'zod';
import {
  ConfidenceIntervalSchema,
  DirectionSchema,
  buildCommandResult,
  type CommandBenchmark,
  type CommandResult,
} from './command-result.js';
import { parseResultJson } from './parse-result-json.js';

/** Version of the generic shape this code reads. */
export const GENERIC_RESULT_SCHEMA_VERSION = 1;

/** One benchmark in the generic shape. */
export const GenericBenchmarkSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('Stable name, unique in the file, e.g. "parse/mt103"; history keys on it'),
    unit: z
      .string()
      .min(1)
      .describe('Unit of value, samples, interval and statistics, e.g. "ns/iter", "msg/s", "ms"'),
    direction: DirectionSchema,
    value: z.number().optional().describe('The point estimate; when left out, the mean of samples'),
    samples: z
      .array(z.number())
      .min(1)
      .optional()
      .describe('Every measured value (one per sample or iteration), for bootstrapped comparisons'),
    statistic: z
      .string()
      .min(1)
      .optional()
      .describe('What value is, e.g. "median", "p99"; default "value", or "mean" when derived'),
    interval: ConfidenceIntervalSchema.optional().describe(
      'Confidence interval of value, when the harness computed one',
    ),
    iterations: z
      .number()
      .nonnegative()
      .optional()
      .describe('Iterations or messages measured in all'),
    statistics: z
      .record(z.string(), z.number())
      .optional()
      .describe('Other figures in unit, by name, e.g. {"p99": 812, "max": 2400}'),
    parameters: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('What the benchmark varies, e.g. {"concurrency": 16, "message": "MT103"}'),
  })
  .refine((b) => b.value !== undefined || b.samples !== undefined, {
    message: 'give value, samples, or both',
    path: ['value'],
  })
  .meta({ anyOf: [{ required: ['value'] }, { required: ['samples'] }] })
  .describe('One benchmark');
/** One benchmark in the generic shape. */
export type GenericBenchmark = z.infer<typeof GenericBenchmarkSchema>;

/** A whole file in the generic shape. */
export const GenericResultFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('URL or path of this schema, for editors'),
    schemaVersion: z
      .literal(GENERIC_RESULT_SCHEMA_VERSION)
      .describe('Version of the generic shape; 1'),
    tool: z.string().optional().describe('What wrote the file, e.g. "swift-mt-message benchmark"'),
    version: z.string().optional().describe('Version of the code measured'),
    benchmarks: z.array(GenericBenchmarkSchema).min(1).describe('Every benchmark of the run'),
  })
  .describe("A benchmark command's results in bench-action's generic shape");
/** A whole file in the generic shape. */
export type GenericResultFile = z.infer<typeof GenericResultFileSchema>;

const HINT =
  'Write the file in the generic shape: {"schemaVersion": 1, "benchmarks": [{"name", "unit", "direction", "value" or "samples"}]}; schemas/command-result.schema.json has every field.';

function toBenchmark(input: GenericBenchmark): CommandBenchmark {
  const derived = input.value === undefined;
  const samples = input.samples;
  const estimate =
    input.value ?? (samples ?? []).reduce((sum, x) => sum + x, 0) / (samples?.length ?? 1);
  const benchmark: CommandBenchmark = {
    name: input.name,
    unit: input.unit,
    direction: input.direction,
    estimate,
    statistic: input.statistic ?? (derived ? 'mean' : 'value'),
  };
  if (input.interval) benchmark.interval = input.interval;
  if (samples) benchmark.samples = samples;
  if (input.iterations !== undefined) benchmark.iterations = input.iterations;
  if (input.statistics) {
    benchmark.statistics = Object.fromEntries(
      Object.entries(input.statistics).map(([name, value]) => [name, { value }]),
    );
  }
  if (input.parameters) benchmark.parameters = input.parameters;
  return benchmark;
}

/** Parses the text of a generic results file (`file` names it in messages). */
export function parseGenericResult(text: string, file: string): CommandResult {
  const parsed = parseResultJson(text, file, GenericResultFileSchema, HINT);
  return buildCommandResult(
    'generic',
    parsed.benchmarks.map(toBenchmark),
    file,
    parsed.version === undefined ? {} : { version: parsed.version },
  );
}
