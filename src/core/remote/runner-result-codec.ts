/**
 * One level's measurement as a load-VM runner writes it to Blob (`levels/NNNN-….json`), one file
 * per level so a run killed half-way keeps every finished level. Validated on decode: a corrupt,
 * truncated or older file gives an error that says which file and what is wrong.
 */
import { z } from 'zod';
import type { LevelMeasurement } from '../engine/measurement.js';
import { BenchError } from '../errors.js';
import { FailureCountsSchema, RefusalCountsSchema } from '../report/model.js';
import { describeIssues } from './plan-codec.js';

/** Version of the level result format written by `encodeRunnerResult`. */
export const RUNNER_RESULT_FORMAT_VERSION = 1;

const count = z.number().int().nonnegative();
const histogram = z.string().min(1);

/** Zod mirror of `LevelMeasurement` (engine/measurement.ts). */
export const LevelMeasurementSchema = z.object({
  scenario: z.string(),
  model: z.enum(['closed', 'open']),
  level: z.number().positive(),
  connections: z.number().int().nonnegative(),
  pipelining: z.number().int().positive(),
  offeredRps: z.number().nonnegative().optional(),
  startEpochMs: z.number().nonnegative(),
  warmupMs: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
  cooldownMs: z.number().nonnegative(),
  success: count,
  failures: FailureCountsSchema,
  refusals: RefusalCountsSchema.optional(),
  httpStatuses: z.record(z.string(), count).optional(),
  checkFailures: z.record(z.string(), count).optional(),
  lateSends: count.optional(),
  droppedSends: count.optional(),
  bytesSent: count,
  bytesReceived: count,
  latency: histogram,
  failureLatency: histogram,
  serviceTime: histogram.optional(),
  scheduleLag: histogram.optional(),
  intervals: z.array(
    z.object({
      startEpochMs: z.number().nonnegative(),
      endEpochMs: z.number().nonnegative(),
      success: count,
      failures: count,
      latency: histogram,
      generatorCpuUs: z.number().nonnegative(),
      eventLoopDelayP99Us: z.number().nonnegative(),
    }),
  ),
  generatorCpuUs: z.number().nonnegative(),
  eventLoopDelayP99Us: z.number().nonnegative(),
  interrupted: z.boolean(),
});

// Compile-time guard: fails when a required field is added to or removed from LevelMeasurement
// without this schema following. (Optional fields must be added by hand: zod drops unknown keys.)
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesMeasurement: SameShape<
  z.infer<typeof LevelMeasurementSchema>,
  LevelMeasurement
> = true;

/** The JSON shape of one level result file. */
export const RunnerResultSchema = z.object({
  resultFormat: z.literal(RUNNER_RESULT_FORMAT_VERSION),
  /** Which load agent measured it, from 0. */
  agentIndex: z.number().int().nonnegative(),
  /** How many load agents shared the load. */
  agentCount: z.number().int().positive(),
  /** Position of this level among the plan's scenario × level runs, from 0. */
  levelIndex: z.number().int().nonnegative(),
  /** Same-VM A/B: the side this level loaded; absent for a run of one target. */
  side: z.enum(['baseline', 'candidate']).optional(),
  measurement: LevelMeasurementSchema,
});
/** One level measured by one load agent. */
export type RunnerResult = z.infer<typeof RunnerResultSchema>;

/** Encodes a level result as JSON text. */
export function encodeRunnerResult(result: RunnerResult): string {
  return JSON.stringify({ ...result, resultFormat: RUNNER_RESULT_FORMAT_VERSION });
}

/**
 * Decodes a level result file. `source` names the file in the error (`RUNNER_RESULT_INVALID`)
 * when the text is not JSON, has another format version or does not match the schema.
 */
export function decodeRunnerResult(text: string, source = 'runner result'): RunnerResult {
  const json = parseJson(text, source, 'RUNNER_RESULT_INVALID');
  const version = (json as { resultFormat?: unknown } | null)?.resultFormat;
  if (version !== RUNNER_RESULT_FORMAT_VERSION) {
    throw remoteFileError(
      'RUNNER_RESULT_INVALID',
      `${source} has format ${JSON.stringify(version)}; this release reads format ${RUNNER_RESULT_FORMAT_VERSION}`,
    );
  }
  const parsed = RunnerResultSchema.safeParse(json);
  if (!parsed.success) {
    throw remoteFileError(
      'RUNNER_RESULT_INVALID',
      `${source} is not a valid level result: ${describeIssues(parsed.error)}`,
      parsed.error,
    );
  }
  return parsed.data;
}

/** Parses JSON or throws an infrastructure error naming the file. */
export function parseJson(
  text: string,
  source: string,
  code: 'RUNNER_RESULT_INVALID' | 'RUNNER_STATUS_INVALID',
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw remoteFileError(code, `${source} is not JSON (${(error as Error).message})`, error);
  }
}

/** A file written by the runner could not be read back: an infrastructure failure, not input. */
export function remoteFileError(
  code: 'RUNNER_RESULT_INVALID' | 'RUNNER_STATUS_INVALID',
  message: string,
  cause?: unknown,
): BenchError {
  return new BenchError(
    code,
    message,
    'The load-VM runner wrote an unreadable file: check the runner log in the same Blob folder, ' +
      'and run the action and the runner from the same bench-action release.',
    { cause },
  );
}
