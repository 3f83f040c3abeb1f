/**
 * Open-model schedule maths: request i is due at start + i / rate, evenly spaced, never a
 * per-second burst. Pure functions, so the spacing can be checked exactly.
 */

/** Intended send time of request `index` (ms on the caller's clock). */
export function intendedTimeMs(startMs: number, rateRps: number, index: number): number {
  return startMs + (index * 1000) / rateRps;
}

/** How many requests are due at `nowMs` (indices `0 … n-1`), never more than `limit`. */
export function dueCount(startMs: number, rateRps: number, nowMs: number, limit: number): number {
  if (nowMs < startMs) return 0;
  const n = Math.floor(((nowMs - startMs) * rateRps) / 1000) + 1;
  return n > limit ? limit : n;
}

/** Number of requests a phase of `durationMs` holds at `rateRps`. */
export function requestsIn(durationMs: number, rateRps: number): number {
  return Math.round((durationMs * rateRps) / 1000);
}

/**
 * Default cap on connections carrying an open-model level: enough for the rate at 50 ms of
 * latency, at least 16, at most 1,024. Connections open lazily, so a fast target uses few.
 */
export function defaultOpenConnections(rateRps: number): number {
  return Math.min(1024, Math.max(16, Math.ceil(rateRps / 20)));
}
