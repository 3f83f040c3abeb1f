/**
 * Verification harness for change-point detection: synthetic nightly histories with a known
 * level shift (or none), realistic noise and occasional outliers, run through the same
 * `detectChangePoints` the reports use. Prints, per noise level and shift size, the detection
 * rate, the false alarms per series and how close the located run is to the true one, as
 * median (min–max) over batches of independent seeds. Writes the figures to
 * `bench/results/change-points-<UTC time>.json`.
 *
 *   node --import tsx bench/change-points.ts [--batches 5] [--series 200] [--length 30]
 *     [--cvs 0.02,0.035,0.05] [--magnitudes 0.03,0.05,0.1,0.2] [--outliers 0.05]
 *     [--tolerance 2] [--significance 0.01] [--permutations 499] [--min-change 0.05]
 *     [--min-segment 3] [--alpha 0.5] [--statistic median] [--seed 1]
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseList, parsePositive } from './lib/args.js';
import { writeResults } from './lib/results.js';
import { spread } from './lib/stats.js';
import type { Spread } from './lib/stats.js';
import { formatNumber, renderTable } from './lib/table.js';
import type { HistorySeries } from '../src/core/report/history-series.js';
import { createRng } from '../src/core/stats/bootstrap.js';
import type { Rng } from '../src/core/stats/bootstrap.js';
import {
  DEFAULT_CHANGE_POINT_SETTINGS,
  describeChangePointSettings,
  detectChangePoints,
  resolveChangePointSettings,
} from '../src/core/stats/change-points.js';
import type { ChangePointSettings } from '../src/core/stats/change-points.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..');

/** The harness's options after parsing. */
interface HarnessOptions {
  batches: number;
  seriesPerBatch: number;
  length: number;
  cvs: number[];
  magnitudes: number[];
  outlierShare: number;
  tolerance: number;
  seed: number;
  detector: ChangePointSettings;
}

function parseNumbers(name: string, text: string): number[] {
  const values = text.split(',').map((t) => Number(t.trim()));
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new Error(`${name} ${text}: expected a comma-separated list of numbers ≥ 0`);
  }
  return values;
}

function parseOptions(argv: string[]): HarnessOptions {
  const d = DEFAULT_CHANGE_POINT_SETTINGS;
  const { values } = parseArgs({
    args: argv,
    options: {
      batches: { type: 'string', default: '5' },
      series: { type: 'string', default: '200' },
      length: { type: 'string', default: '30' },
      cvs: { type: 'string', default: '0.02,0.035,0.05' },
      magnitudes: { type: 'string', default: '0.03,0.05,0.1,0.2' },
      outliers: { type: 'string', default: '0.05' },
      tolerance: { type: 'string', default: '2' },
      significance: { type: 'string', default: String(d.significance) },
      permutations: { type: 'string', default: String(d.permutations) },
      'min-change': { type: 'string', default: String(d.minRelativeChange) },
      'min-segment': { type: 'string', default: String(d.minSegmentSize) },
      alpha: { type: 'string', default: String(d.alpha) },
      statistic: { type: 'string', default: d.statistic },
      seed: { type: 'string', default: '1' },
    },
  });
  const length = Math.round(parsePositive('--length', values.length));
  const detector = resolveChangePointSettings({
    significance: parsePositive('--significance', values.significance),
    permutations: Math.round(parsePositive('--permutations', values.permutations)),
    minRelativeChange: Number(values['min-change']),
    minSegmentSize: Math.round(parsePositive('--min-segment', values['min-segment'])),
    alpha: parsePositive('--alpha', values.alpha),
    statistic: parseList('--statistic', values.statistic, ['median', 'mean'] as const)[0]!,
  });
  if (length < 4 * detector.minSegmentSize) {
    throw new Error(`--length ${length}: expected at least 4 × --min-segment`);
  }
  return {
    batches: Math.round(parsePositive('--batches', values.batches)),
    seriesPerBatch: Math.round(parsePositive('--series', values.series)),
    length,
    cvs: parseNumbers('--cvs', values.cvs),
    magnitudes: parseNumbers('--magnitudes', values.magnitudes),
    outlierShare: Number(values.outliers),
    tolerance: Math.round(Number(values.tolerance)),
    seed: Math.round(Number(values.seed)),
    detector,
  };
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One synthetic history and the truth about it. */
interface Synthetic {
  series: HistorySeries;
  /** Index of the first run after the shift; undefined when there is none. */
  shiftAt?: number;
  /** Sign of the shift. */
  direction?: 'up' | 'down';
}

/**
 * A p99-like series around 8 ms: Gaussian noise of `cv`, a step of `magnitude` (up or down at
 * random) at a random run with at least five runs on each side, and with probability
 * `outlierShare` per run a spike 20–60% above the level (a noisy neighbour, a GC storm).
 */
function synthesize(
  rng: Rng,
  length: number,
  cv: number,
  magnitude: number,
  outlierShare: number,
): Synthetic {
  const shifted = magnitude > 0;
  const shiftAt = shifted ? 5 + Math.floor(rng() * (length - 9)) : undefined;
  const direction = rng() < 0.5 ? 'up' : 'down';
  const sign = direction === 'up' ? 1 : -1;
  const points = Array.from({ length }, (_, i) => {
    const level = 8000 * (shiftAt !== undefined && i >= shiftAt ? 1 + sign * magnitude : 1);
    let value = level * (1 + cv * normal(rng));
    if (rng() < outlierShare) value *= 1.2 + 0.4 * rng();
    const day = String(i + 1).padStart(3, '0');
    return {
      sha: `sha${day}`,
      runId: String(1000 + i),
      attempt: 1,
      createdAt: new Date(Date.UTC(2026, 0, 1 + i, 3)).toISOString(),
      path: `synthetic/main/${day}`,
      successRps: 1000,
      p99Us: Math.max(1, value),
    };
  });
  return {
    series: {
      id: 'synthetic',
      product: 'synthetic',
      branch: 'main',
      scenario: 'synthetic',
      model: 'closed',
      level: 64,
      points,
    },
    ...(shiftAt !== undefined && { shiftAt, direction }),
  };
}

/** What one batch of one cell measured. */
interface BatchFigures {
  /** Shifted series: share with a change in the right direction within the tolerance. */
  detectionRate: number;
  /** Reported changes that match no true shift, per series. */
  falseAlarmsPerSeries: number;
  /** Share of series with at least one false alarm. */
  seriesWithFalseAlarm: number;
  /** Detected shifts: share located at exactly the true run. */
  exactLocation: number;
  /** Detected shifts: mean |located − true| in runs. */
  meanLocationError: number;
  /** Detector time per series, ms. */
  msPerSeries: number;
}

function runBatch(o: HarnessOptions, batch: number, cv: number, magnitude: number): BatchFigures {
  // One generator per batch and cell: cells and batches never share draws.
  const rng = createRng(
    (o.seed * 1_000_003 +
      batch * 7919 +
      Math.round(cv * 1e4) * 104_729 +
      Math.round(magnitude * 1e4)) >>>
      0,
  );
  let detected = 0;
  let falseAlarms = 0;
  let withFalseAlarm = 0;
  let exact = 0;
  let errorSum = 0;
  let ms = 0;
  for (let i = 0; i < o.seriesPerBatch; i++) {
    const truth = synthesize(rng, o.length, cv, magnitude, o.outlierShare);
    const t0 = performance.now();
    const found = detectChangePoints(truth.series, { ...o.detector, seed: o.seed + i }, ['p99']);
    ms += performance.now() - t0;
    let matched = false;
    let extras = 0;
    for (const cp of found) {
      const error = truth.shiftAt === undefined ? Infinity : Math.abs(cp.index - truth.shiftAt);
      if (!matched && error <= o.tolerance && cp.direction === truth.direction) {
        matched = true;
        detected++;
        if (error === 0) exact++;
        errorSum += error;
      } else {
        extras++;
      }
    }
    falseAlarms += extras;
    if (extras > 0) withFalseAlarm++;
  }
  const n = o.seriesPerBatch;
  return {
    detectionRate: magnitude > 0 ? detected / n : Number.NaN,
    falseAlarmsPerSeries: falseAlarms / n,
    seriesWithFalseAlarm: withFalseAlarm / n,
    exactLocation: detected > 0 ? exact / detected : Number.NaN,
    meanLocationError: detected > 0 ? errorSum / detected : Number.NaN,
    msPerSeries: ms / n,
  };
}

/** One cell of the table: every batch's figures and their spread. */
interface CellFigures {
  cv: number;
  magnitude: number;
  batches: BatchFigures[];
  spread: Record<keyof BatchFigures, Spread>;
}

function percentSpread(s: Spread): string {
  if (s.n === 0) return '-';
  const f = (v: number) => formatNumber(v * 100, 1);
  return s.min === s.max ? `${f(s.median)}%` : `${f(s.median)}% (${f(s.min)}–${f(s.max)})`;
}

function numberSpread(s: Spread, digits: number): string {
  if (s.n === 0) return '-';
  const f = (v: number) => formatNumber(v, digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

function main(): void {
  const o = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`Change-point detection on synthetic histories (${new Date().toISOString()})`);
  log(`Detector: ${describeChangePointSettings(o.detector)}.`);
  log(
    `Series: ${o.length} runs, Gaussian noise (CV ${o.cvs.map((c) => `${formatNumber(c * 100, 1)}%`).join(', ')}), ` +
      `${o.outlierShare * 100}% of runs spiked 20–60% up; shift at a random run with ≥ 5 runs each side; ` +
      `detected = a change in the right direction within ±${o.tolerance} runs. ` +
      `${o.batches} batches × ${o.seriesPerBatch} series per cell; figures are median (min–max) over batches.`,
  );
  log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`);
  log('');

  const cells: CellFigures[] = [];
  const magnitudes = [0, ...o.magnitudes.filter((m) => m > 0)];
  for (const cv of o.cvs) {
    for (const magnitude of magnitudes) {
      const batches = Array.from({ length: o.batches }, (_, b) => runBatch(o, b, cv, magnitude));
      const keys = Object.keys(batches[0]!) as (keyof BatchFigures)[];
      const s = Object.fromEntries(
        keys.map((k) => [k, spread(batches.map((b) => b[k]))]),
      ) as Record<keyof BatchFigures, Spread>;
      cells.push({ cv, magnitude, batches, spread: s });
    }
  }

  const rows = cells.map((c) => [
    `${formatNumber(c.cv * 100, 1)}%`,
    c.magnitude === 0 ? 'none' : `${formatNumber(c.magnitude * 100, 0)}%`,
    c.magnitude === 0 ? '-' : percentSpread(c.spread.detectionRate),
    numberSpread(c.spread.falseAlarmsPerSeries, 3),
    percentSpread(c.spread.seriesWithFalseAlarm),
    c.magnitude === 0 ? '-' : percentSpread(c.spread.exactLocation),
    c.magnitude === 0 ? '-' : numberSpread(c.spread.meanLocationError, 2),
    numberSpread(c.spread.msPerSeries, 2),
  ]);
  log(
    renderTable(
      [
        'noise CV',
        'shift',
        'detected',
        'false alarms/series',
        'series with a false alarm',
        'located exactly',
        'mean location error (runs)',
        'ms/series',
      ],
      rows,
    ),
  );
  void writeResults(REPO_DIR, 'change-points', {
    at: new Date().toISOString(),
    options: o,
    machine: { cpu: os.cpus()[0]?.model, node: process.version },
    cells,
  }).then((file) => log(`\nWrote ${path.relative(REPO_DIR, file)}`));
}

main();
