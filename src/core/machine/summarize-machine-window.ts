/**
 * The machine's CPU use and steal over a time window, from `/proc/stat` readings taken about
 * once a second. The cumulative counters are interpolated at the window's edges, as the
 * target's CPU is (see `summarize-server-window.ts`), so a level gets its own seconds.
 */
import type { MachineCpuSample } from './parse-proc-stat-cpu.js';

/** Machine figures of one window. */
export interface MachineWindow {
  /** Length of the window the readings covered, ms. */
  coveredMs: number;
  /** CPUs of the machine. */
  cpus: number;
  /** Busy time (neither idle nor stolen) as % of all CPUs. */
  cpuPercent: number;
  /** Stolen time as % of all CPUs. */
  stealPercent: number;
  /** Mean runnable threads among the readings inside the window (or the one before it). */
  runnableMean: number;
}

type Counter = 'totalTicks' | 'idleTicks' | 'stealTicks';

function interpolate(sorted: readonly MachineCpuSample[], at: number, key: Counter): number {
  const first = sorted[0]!;
  if (at <= first.epochMs) return first[key];
  for (let i = 1; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (at <= b.epochMs) {
      const a = sorted[i - 1]!;
      const span = b.epochMs - a.epochMs;
      return span <= 0 ? b[key] : a[key] + ((b[key] - a[key]) * (at - a.epochMs)) / span;
    }
  }
  return sorted[sorted.length - 1]![key];
}

/**
 * Summarizes readings (sorted by time) over [startEpochMs, endEpochMs]; `undefined` when fewer
 * than two readings overlap it or no tick passed.
 */
export function summarizeMachineWindow(
  sorted: readonly MachineCpuSample[],
  startEpochMs: number,
  endEpochMs: number,
): MachineWindow | undefined {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || sorted.length < 2) return undefined;
  const from = Math.max(startEpochMs, first.epochMs);
  const to = Math.min(endEpochMs, last.epochMs);
  if (to <= from) return undefined;
  const delta = (key: Counter) => interpolate(sorted, to, key) - interpolate(sorted, from, key);
  const total = delta('totalTicks');
  if (!(total > 0)) return undefined;
  const idle = delta('idleTicks');
  const steal = delta('stealTicks');
  const inside = sorted.filter((s) => s.epochMs >= startEpochMs && s.epochMs <= endEpochMs);
  const readings =
    inside.length > 0 ? inside : [sorted.filter((s) => s.epochMs <= to).pop() ?? first];
  return {
    coveredMs: to - from,
    cpus: last.cpus,
    cpuPercent: Math.max(0, Math.min(100, ((total - idle - steal) / total) * 100)),
    stealPercent: Math.max(0, Math.min(100, (steal / total) * 100)),
    runnableMean: readings.reduce((a, s) => a + s.runnable, 0) / readings.length,
  };
}
