/**
 * Durations as written in configs, on the command line and in the action's inputs: `500ms`,
 * `5s`, `2m`, `1h`, or a bare number of seconds (`10` is ten seconds everywhere). One parser and
 * one set of bounds, so the CLI, the action and the config files accept and refuse the same
 * values, and no duration can overflow a timer (Node's timers hold at most 2^31 - 1 ms).
 */

/** Pattern of a duration string; also published in the JSON Schema. */
export const DURATION_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$';

/** What a duration should look like, for messages. */
export const DURATION_EXPECTED =
  "a duration such as '500ms', '5s', '2m' or '1h' (a bare number means seconds)";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** Longest value any timer can wait, ms (Node clamps longer ones to 1 ms). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The range one kind of duration may take. */
export interface DurationBounds {
  /** Smallest value, ms (0 allows zero). */
  minMs: number;
  /** Largest value, ms (never above `MAX_TIMER_MS`). */
  maxMs: number;
}

/** The bounds of each kind of duration. */
export const DURATION_BOUNDS = {
  /** Measured window of a level: at least 100 ms (one interval needs time), at most a day. */
  measured: { minMs: 100, maxMs: 24 * 3_600_000 },
  /** Warm-up and cool-down: may be zero, at most a day. */
  phase: { minMs: 0, maxMs: 24 * 3_600_000 },
  /** Connect, request and health timeouts: at least 1 ms, at most an hour. */
  timeout: { minMs: 1, maxMs: 3_600_000 },
  /** Pause between health probes: 1 ms to a minute. */
  interval: { minMs: 1, maxMs: 60_000 },
} as const satisfies Record<string, DurationBounds>;

/** A duration kind with bounds. */
export type DurationKind = keyof typeof DURATION_BOUNDS;

/**
 * Milliseconds in a duration (`'5s'` → 5000, `'10'` or `10` → 10000), or `undefined` when the
 * input is not a duration. Fractions are allowed (`'1.5s'`); results are rounded to whole
 * milliseconds. Bounds are not checked here: see `checkDuration`.
 */
export function parseDurationMs(input: string | number): number | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0 ? Math.round(input * 1_000) : undefined;
  }
  const match = new RegExp(DURATION_PATTERN).exec(input);
  if (!match) return undefined;
  const unitMs = UNIT_MS[match[2] ?? 's'];
  // Stryker disable next-line ConditionalExpression: equivalent, the pattern admits only the units of UNIT_MS
  if (unitMs === undefined) return undefined;
  const ms = Math.round(Number(match[1]) * unitMs);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A duration checked against its bounds: the milliseconds, or what is wrong and what to give. */
export type DurationCheck =
  { ok: true; ms: number } | { ok: false; message: string; expected: string };

/** Parses `input` and checks it against the bounds of `kind`. */
export function checkDuration(input: string | number, kind: DurationKind): DurationCheck {
  const bounds = DURATION_BOUNDS[kind];
  const range = `from ${formatDurationMs(bounds.minMs)} to ${formatDurationMs(bounds.maxMs)}`;
  const ms = parseDurationMs(input);
  if (ms === undefined) {
    return { ok: false, message: 'not a duration', expected: `${DURATION_EXPECTED}, ${range}` };
  }
  if (ms < bounds.minMs) {
    return {
      ok: false,
      message: bounds.minMs === 1 ? 'a duration of zero is not allowed here' : 'too short',
      expected: range,
    };
  }
  if (ms > bounds.maxMs) return { ok: false, message: 'too long', expected: range };
  return { ok: true, ms };
}

/** Shortest readable form of a duration in milliseconds (`5000` → `'5s'`), for messages. */
export function formatDurationMs(durationMs: number): string {
  if (durationMs >= 3_600_000 && durationMs % 3_600_000 === 0) return `${durationMs / 3_600_000}h`;
  if (durationMs >= 60_000 && durationMs % 60_000 === 0) return `${durationMs / 60_000}m`;
  if (durationMs >= 1_000 && durationMs % 1_000 === 0) return `${durationMs / 1_000}s`;
  return `${durationMs}ms`;
}
