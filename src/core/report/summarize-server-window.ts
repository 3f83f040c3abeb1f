/**
 * Aligns a target process's resource readings with a time window. Readings come about once a
 * second and never exactly on the window's edges, so the cumulative CPU counter is linearly
 * interpolated at each edge instead of taking the nearest reading (which would add or drop up
 * to a second of CPU to a level).
 */
import type { ProcessSample } from '../engine/measurement.js';

/** Target figures for one window. */
export interface ServerWindow {
  /** Length of the window the readings actually covered, ms (may be shorter than asked). */
  coveredMs: number;
  /** CPU time spent in the covered part, µs. */
  cpuUs: number;
  /** Mean CPU over the covered part, % of one core. */
  cpuPercentMean: number;
  /** Peak resident memory among readings in the window, bytes. */
  rssBytesMax: number;
  /** Mean resident memory among readings in the window, bytes. */
  rssBytesMean: number;
}

/** Readings sorted by time (a copy; the caller's array is left alone). */
export function sortSamples(samples: readonly ProcessSample[]): ProcessSample[] {
  return [...samples].sort((a, b) => a.epochMs - b.epochMs);
}

/** Cumulative CPU µs at `epochMs`, interpolated between the two readings around it. */
export function interpolateCpuUs(sorted: readonly ProcessSample[], epochMs: number): number {
  const first = sorted[0];
  if (!first) return 0;
  if (epochMs <= first.epochMs) return first.cpuUs;
  for (let i = 1; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (epochMs <= b.epochMs) {
      const a = sorted[i - 1]!;
      const span = b.epochMs - a.epochMs;
      if (span <= 0) return b.cpuUs;
      return a.cpuUs + ((b.cpuUs - a.cpuUs) * (epochMs - a.epochMs)) / span;
    }
  }
  return sorted[sorted.length - 1]!.cpuUs;
}

/**
 * Summarizes readings over [startEpochMs, endEpochMs]. Only the part of the window the readings
 * span counts (a sampler that started late does not make the target look idle); returns
 * `undefined` when fewer than two readings overlap the window.
 */
export function summarizeServerWindow(
  sorted: readonly ProcessSample[],
  startEpochMs: number,
  endEpochMs: number,
): ServerWindow | undefined {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || sorted.length < 2) return undefined;
  const from = Math.max(startEpochMs, first.epochMs);
  const to = Math.min(endEpochMs, last.epochMs);
  const coveredMs = to - from;
  if (coveredMs <= 0) return undefined;
  const cpuUs = Math.max(0, interpolateCpuUs(sorted, to) - interpolateCpuUs(sorted, from));
  const inside = sorted.filter((s) => s.epochMs >= startEpochMs && s.epochMs <= endEpochMs);
  // A window shorter than the sampling period may hold no reading: use the one just before it.
  const rssReadings =
    inside.length > 0 ? inside : [sorted.filter((s) => s.epochMs <= to).pop() ?? first];
  const rss = rssReadings.map((s) => s.rssBytes);
  return {
    coveredMs,
    cpuUs,
    cpuPercentMean: cpuUs / (coveredMs * 10),
    rssBytesMax: Math.max(...rss),
    rssBytesMean: Math.round(rss.reduce((a, b) => a + b, 0) / rss.length),
  };
}
