/**
 * `status.json`: the load-VM runner's heartbeat and final word, rewritten every few seconds.
 * The action reads it to tell "still running" from "finished", "failed (and why)" and "went
 * silent" (an old `updatedAt`), without parsing any run-command output.
 */
import { z } from 'zod';
import { describeIssues } from './plan-codec.js';
import { parseJson, remoteFileError } from './runner-result-codec.js';

/** Version of the status format written by `encodeRunnerStatus`. */
export const RUNNER_STATUS_FORMAT_VERSION = 1;

/** Where a runner is: working, done, stopped by a signal, or failed. */
export const RunnerStateSchema = z.enum(['running', 'finished', 'interrupted', 'failed']);
/** Where a runner is. */
export type RunnerState = z.infer<typeof RunnerStateSchema>;

/** The JSON shape of `status.json`. */
export const RunnerStatusSchema = z.object({
  statusFormat: z.literal(RUNNER_STATUS_FORMAT_VERSION),
  state: RunnerStateSchema,
  /** Which load agent, from 0. */
  agentIndex: z.number().int().nonnegative(),
  /** How many load agents share the load. */
  agentCount: z.number().int().positive(),
  /** When the runner started, ISO 8601 UTC. */
  startedAt: z.string(),
  /** Last heartbeat, ISO 8601 UTC. */
  updatedAt: z.string(),
  /** Levels measured and uploaded so far. */
  levelsDone: z.number().int().nonnegative(),
  /** Scenario × level runs in the plan (0 before the plan was read). */
  levelsTotal: z.number().int().nonnegative(),
  /** Latest progress of the level being run, if any. */
  current: z
    .object({
      scenario: z.string(),
      level: z.number(),
      phase: z.enum(['warmup', 'measure', 'cooldown']),
      successRps: z.number().nonnegative(),
    })
    .optional(),
  /** Why the runner failed (state `failed`). */
  error: z
    .object({ code: z.string(), message: z.string(), hint: z.string().optional() })
    .optional(),
  /** Process exit code, once the runner is done. */
  exitCode: z.number().int().optional(),
});
/** The runner's heartbeat and outcome. */
export type RunnerStatus = z.infer<typeof RunnerStatusSchema>;

/** Encodes a status as JSON text. */
export function encodeRunnerStatus(status: RunnerStatus): string {
  return JSON.stringify({ ...status, statusFormat: RUNNER_STATUS_FORMAT_VERSION });
}

/** Decodes `status.json`; throws `RUNNER_STATUS_INVALID` naming `source` when it is unreadable. */
export function decodeRunnerStatus(text: string, source = 'status.json'): RunnerStatus {
  const json = parseJson(text, source, 'RUNNER_STATUS_INVALID');
  const parsed = RunnerStatusSchema.safeParse(json);
  if (!parsed.success) {
    throw remoteFileError(
      'RUNNER_STATUS_INVALID',
      `${source} is not a valid runner status: ${describeIssues(parsed.error)}`,
      parsed.error,
    );
  }
  return parsed.data;
}

/**
 * True when a runner that says it is running has not written a heartbeat for `maxAgeMs`: its
 * VM or process died without a final word.
 */
export function isHeartbeatStale(status: RunnerStatus, nowMs: number, maxAgeMs: number): boolean {
  if (status.state !== 'running') return false;
  const updated = Date.parse(status.updatedAt);
  return Number.isNaN(updated) || nowMs - updated > maxAgeMs;
}
