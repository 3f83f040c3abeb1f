/**
 * A level's failures in words, one wording for every renderer: by class, by status code and
 * check reason, dropped arrivals; and, for a level where nothing succeeded, one sentence saying
 * what the target did, so a hung target, a wall of 500s and a refused port each read
 * differently and none of them reads as a pass. Pure: the caller decides what such a level
 * means for the run.
 */
import type { FailureCounts, LevelReport } from './model.js';
import { FAILURE_CLASSES, totalFailures } from './model.js';
import { formatCount, formatDurationMs } from './units.js';

/** Failure classes in words, as every renderer names them. */
export const FAILURE_LABELS: Record<keyof FailureCounts, string> = {
  connect: 'connect',
  timeout: 'timeout',
  reset: 'reset',
  protocol: 'protocol',
  httpStatus: 'HTTP status',
  check: 'check',
  unfinished: 'unfinished',
};

/**
 * A level's refusals in words, e.g. `120 back-pressure (503), 4 rate-limited (429) of 5,000
 * requests`; undefined when there were none. Refusals are not failures and not in the error rate.
 */
export function describeRefusals(level: LevelReport): string | undefined {
  const { backPressure = 0, rateLimited = 0, total } = level.counts;
  if (backPressure + rateLimited === 0) return undefined;
  const parts: string[] = [];
  if (backPressure > 0) parts.push(`${formatCount(backPressure)} back-pressure (503)`);
  if (rateLimited > 0) parts.push(`${formatCount(rateLimited)} rate-limited (429)`);
  return `${parts.join(', ')} of ${formatCount(total)} requests`;
}

/** Refusals (503 back-pressure and 429 rate limit) / requests of a level; 0 without requests. */
export function refusedRate(level: LevelReport): number {
  const { backPressure = 0, rateLimited = 0, total } = level.counts;
  return total > 0 ? (backPressure + rateLimited) / total : 0;
}

/** True when any level of the report had a refusal (a 503 or 429 counted apart). */
export function hasRefusals(levels: readonly LevelReport[]): boolean {
  return levels.some((l) => (l.counts.backPressure ?? 0) + (l.counts.rateLimited ?? 0) > 0);
}

/** Most status codes or check-failure reasons named per level; the rest are counted. */
const MAX_DETAILS = 5;

/**
 * One sentence saying what the target did at a level where no request succeeded (requests
 * failed, were still waiting, or arrivals were dropped, or the window is empty); undefined
 * when something succeeded. E.g. "every one of 1,234 responses was HTTP 500".
 */
export function describeLevelFailure(level: LevelReport): string | undefined {
  const { counts } = level;
  if (counts.success > 0) return undefined;
  const dropped = counts.droppedSends ?? 0;
  const failed = totalFailures(counts.failures);
  const refused = describeRefusals(level);
  if (failed === 0 && dropped === 0 && refused !== undefined) {
    // Refusals are not failures, but a level where the target refused everything measured nothing.
    return `no request succeeded: the target refused every one (${refused})`;
  }
  if (failed === 0 && dropped === 0) {
    // Nothing answered, failed, waited or was dropped: an empty window is no pass either.
    return `nothing was measured in the ${formatDurationMs(level.durationMs)} window: no request completed, failed or was still waiting when it ended`;
  }
  const parts: string[] = [];
  if (dropped > 0) {
    parts.push(
      `${formatCount(dropped)} of ${formatCount(dropped + failed)} arrivals were dropped: no connection was free`,
    );
  }
  if (failed > 0) parts.push(describeFailed(level, failed));
  return parts.join('; ');
}

/** The sentence for `failed` requests, none of which succeeded. */
function describeFailed(level: LevelReport, failed: number): string {
  const f = level.counts.failures;
  const only = FAILURE_CLASSES.find((k) => (f[k] ?? 0) === failed);
  const n = formatCount(failed);
  const every = failed === 1 ? 'the one request' : `every one of ${n} requests`;
  const everyResponse = failed === 1 ? 'the one response' : `every one of ${n} responses`;
  switch (only) {
    case 'unfinished':
      return `no response completed in the ${formatDurationMs(level.durationMs)} window: ${n} request${failed === 1 ? ' was' : 's were'} still waiting when it ended`;
    case 'timeout':
      return `${every} timed out: no complete response within the request timeout`;
    case 'connect':
      return `no connection could be made: ${failed === 1 ? 'the one attempt' : `all ${n} attempts`} failed`;
    case 'reset':
      return `the target closed or reset the connection on ${every}`;
    case 'protocol':
      return `${everyResponse} broke HTTP/1.1 (a response with no request outstanding, conflicting lengths or garbage)`;
    case 'httpStatus':
      return `${everyResponse} ${describeStatuses(level.counts.httpStatuses, failed)}`;
    case 'check':
      return `${everyResponse} failed its checks${describeReasons(level.counts.checkFailures)}`;
    case undefined: {
      const classes = FAILURE_CLASSES.filter((k) => (f[k] ?? 0) > 0)
        .map((k) => `${formatCount(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
        .join(', ');
      return `all ${n} requests failed: ${classes}`;
    }
  }
}

/** "was HTTP 500", or the statuses seen when there were several. */
function describeStatuses(statuses: Record<string, number> | undefined, failed: number): string {
  const seen = Object.entries(statuses ?? {}).sort((a, b) => b[1] - a[1]);
  if (seen.length === 1 && seen[0]![1] === failed) return `was HTTP ${seen[0]![0]}`;
  if (seen.length === 0) return 'had a status outside the accepted list';
  return `had a status outside the accepted list: ${seen
    .map(([status, count]) => `${formatCount(count)} × HTTP ${status}`)
    .join(', ')}`;
}

/** ": <the most frequent reason>" (and how many others), or nothing when unknown. */
function describeReasons(reasons: Record<string, number> | undefined): string {
  const seen = Object.entries(reasons ?? {}).sort((a, b) => b[1] - a[1]);
  if (seen.length === 0) return '';
  const [top] = seen[0]!;
  if (seen.length === 1) return `: ${top}`;
  return `: most often ${top} (${seen.length - 1} other reason${seen.length === 2 ? '' : 's'})`;
}

/** Failures of a level by class in words, e.g. `3 connect, 12 timeout`; empty when none. */
export function describeFailures(f: FailureCounts): string {
  return FAILURE_CLASSES.filter((k) => (f[k] ?? 0) > 0)
    .map((k) => `${formatCount(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
    .join(', ');
}

/**
 * What failed at a level beyond the classes, e.g. `HTTP 500 ×12; $.success == true did not
 * hold ×3`: status codes and check reasons, most frequent first; empty when none are known.
 */
export function describeFailureDetails(counts: LevelReport['counts']): string {
  const parts: string[] = [];
  const byCount = (record: Record<string, number> | undefined) =>
    Object.entries(record ?? {}).sort((a, b) => b[1] - a[1]);
  const statuses = byCount(counts.httpStatuses);
  const reasons = byCount(counts.checkFailures);
  for (const [status, n] of statuses.slice(0, MAX_DETAILS)) {
    parts.push(`HTTP ${status} ×${formatCount(n)}`);
  }
  for (const [reason, n] of reasons.slice(0, MAX_DETAILS))
    parts.push(`${reason} ×${formatCount(n)}`);
  const more =
    Math.max(0, statuses.length - MAX_DETAILS) + Math.max(0, reasons.length - MAX_DETAILS);
  if (more > 0) parts.push(`${more} more in result.json`);
  return parts.join('; ');
}

/** The open model's dropped arrivals in words, e.g. `9,992 of 10,000 arrivals dropped…`; empty when none. */
export function describeDropped(counts: LevelReport['counts']): string {
  const dropped = counts.droppedSends ?? 0;
  if (dropped === 0) return '';
  return `${formatCount(dropped)} of ${formatCount(dropped + counts.total)} arrivals dropped: no connection was free in time`;
}
