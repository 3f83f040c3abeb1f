/**
 * Durations as written in configs and on the command line: `500ms`, `5s`, `2m`, `1h`, or a bare
 * number of milliseconds. One parser so the CLI and the config files agree.
 */

/** Pattern of a duration string; also published in the JSON Schema. */
export const DURATION_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$';

/** What a duration should look like, for messages. */
export const DURATION_EXPECTED = "a duration such as '500ms', '5s', '2m' or a number of ms";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds in a duration (`'5s'` → 5000, `250` → 250), or `undefined` when the input is not a
 * duration. Fractions are allowed (`'1.5s'`); results are rounded to whole milliseconds.
 */
export function parseDurationMs(input: string | number): number | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0 ? Math.round(input) : undefined;
  }
  const match = new RegExp(DURATION_PATTERN).exec(input);
  if (match) {
    const unitMs = UNIT_MS[match[2] ?? ''];
    if (unitMs === undefined) return undefined;
    return Math.round(Number(match[1]) * unitMs);
  }
  // A bare number in a string ('250') is milliseconds, as on the command line.
  if (/^\s*\d+(\.\d+)?\s*$/.test(input)) return Math.round(Number(input));
  return undefined;
}

/** Shortest readable form of a duration in milliseconds (`5000` → `'5s'`), for messages. */
export function formatDurationMs(durationMs: number): string {
  if (durationMs >= 60_000 && durationMs % 60_000 === 0) return `${durationMs / 60_000}m`;
  if (durationMs >= 1_000 && durationMs % 1_000 === 0) return `${durationMs / 1_000}s`;
  return `${durationMs}ms`;
}
