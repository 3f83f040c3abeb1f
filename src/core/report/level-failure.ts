/**
 * Whether a measured level shows a target that answered nothing successfully, and what it did
 * instead, in one sentence. A level with no successful response is a target failure, whatever
 * the reason: refused connections, HTTP 500 to every request, every request timed out, no
 * response completed before the window ended (a hung target), or every arrival dropped.
 */
import { formatDurationMs } from '../config/duration.js';
import type { FailureCounts, LevelReport } from './model.js';

const classWords: Record<keyof FailureCounts, string> = {
  connect: 'could not connect',
  timeout: 'timed out',
  reset: 'had the connection reset or closed',
  httpStatus: 'got an HTTP status outside the accepted ones',
  check: 'failed the body check',
};

/** What the target did at a level where nothing succeeded; undefined when something succeeded. */
export function describeLevelFailure(level: LevelReport): string | undefined {
  const { counts } = level;
  if (counts.success > 0) return undefined;
  const dropped = counts.droppedSends ?? 0;
  const window = formatDurationMs(Math.round(level.durationMs));
  if (counts.total === 0) {
    return dropped > 0
      ? `${dropped.toLocaleString('en-US')} arrivals were dropped and no response completed in the ${window} window: the target never answered`
      : `no response completed in the ${window} window: the target accepted requests but never answered`;
  }
  const classes = (Object.keys(classWords) as (keyof FailureCounts)[]).filter(
    (name) => (counts.failures[name] ?? 0) > 0,
  );
  const total = counts.total.toLocaleString('en-US');
  if (classes.length === 1) {
    const only = classes[0]!;
    return `every one of ${total} requests ${classWords[only]}`;
  }
  const parts = classes.map(
    (name) => `${(counts.failures[name] ?? 0).toLocaleString('en-US')} ${classWords[name]}`,
  );
  return `none of ${total} requests succeeded (${parts.join(', ')})`;
}
