/**
 * HdrHistogram interval logs (`.hlog`): one line per second of a level, in the format every
 * HdrHistogram implementation reads (Java `HistogramLogReader`, `HistogramLogProcessor`,
 * HdrHistogramVisualizer), so latency over time can be replotted with standard tools.
 */
import * as hdr from 'hdr-histogram-js';
import type { LevelMeasurement } from '../engine/measurement.js';
import { decodeHistogram } from '../stats/histogram.js';

/** Options of `renderHlog`. */
export interface RenderHlogOptions {
  /** Time that interval timestamps are relative to, epoch ms (usually the window start). */
  startTimeEpochMs: number;
  /** bench-action version written in the header. */
  toolVersion?: string;
}

/**
 * Values are µs; HdrHistogram tools show the interval max in ms by convention, so the max column
 * is divided by 1000.
 */
const MAX_VALUE_UNIT_RATIO = 1000;

function seconds(epochMs: number): string {
  return (epochMs / 1000).toFixed(3);
}

/** Renders the interval log of one level (successes' latency, one histogram per interval). */
export function renderHlog(m: LevelMeasurement, opts: RenderHlogOptions): string {
  const chunks: string[] = [];
  const writer = new hdr.HistogramLogWriter((text) => chunks.push(text));
  const start = opts.startTimeEpochMs;
  const version = opts.toolVersion ? ` ${opts.toolVersion}` : '';
  writer.outputComment(`[Logged with bench-action${version}]`);
  writer.outputComment(
    `[Scenario ${m.scenario}, ${m.model} model, level ${m.level}; values in microseconds]`,
  );
  // Written by hand instead of outputStartTime, which prints the date in the local time zone
  // and adds a blank line.
  writer.outputComment(
    `[StartTime: ${seconds(start)} (seconds since epoch), ${new Date(start).toISOString()}]`,
  );
  writer.outputComment(`[BaseTime: ${seconds(start)} (seconds since epoch)]`);
  writer.baseTime = start;
  writer.outputLogFormatVersion();
  writer.outputLegend();
  for (const iv of m.intervals) {
    const histogram = decodeHistogram(iv.latency);
    try {
      writer.outputIntervalHistogram(
        histogram,
        (iv.startEpochMs - start) / 1000,
        (iv.endEpochMs - start) / 1000,
        MAX_VALUE_UNIT_RATIO,
      );
    } finally {
      histogram.destroy();
    }
  }
  return chunks.join('');
}

/** One interval log to write beside `result.json`. */
export interface HlogFile {
  /** File name (sanitized before writing). */
  file: string;
  /** Content from `renderHlog`. */
  text: string;
}

/**
 * A safe `.hlog` file name from a scenario and level, e.g. `mt103 standard`, 32 →
 * `mt103-standard-32.hlog`.
 */
export function hlogFileName(scenario: string, level: number): string {
  return sanitizeFileName(`${scenario}-${level}.hlog`);
}

/** Keeps letters, digits, `.`, `_` and `-`; never a path separator or a leading dot. */
export function sanitizeFileName(name: string): string {
  const clean = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+/, '');
  return clean.slice(0, 200) || 'unnamed';
}

/** The `.hlog` file of every measured level, named by `hlogFileName`. */
export function renderHlogFiles(
  measurements: readonly LevelMeasurement[],
  toolVersion?: string,
): HlogFile[] {
  return measurements.map((m) => ({
    file: hlogFileName(m.scenario, m.level),
    text: renderHlog(m, {
      startTimeEpochMs: m.startEpochMs,
      ...(toolVersion !== undefined && { toolVersion }),
    }),
  }));
}
