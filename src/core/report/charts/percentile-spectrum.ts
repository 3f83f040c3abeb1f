/**
 * The latency percentile spectrum: latency against percentile on a "nines" axis, where 90%,
 * 99%, 99.9% … are evenly spaced (x = −log10(1 − p)). Tails that a linear axis squeezes into
 * its last pixel become readable, and a baseline drawn on the same axes shows where two builds
 * part ways.
 */
import { decodeHistogram } from '../../stats/histogram.js';
import type { LevelReport } from '../model.js';
import { CHART_COLORS, renderSvgChart } from './render-svg-chart.js';
import type { ChartOption } from './render-svg-chart.js';

/** Highest number of nines drawn: 99.999%. */
export const SPECTRUM_MAX_NINES = 5;

/** Points per nine. */
const STEPS_PER_NINE = 20;

/** Axis labels: position in nines → label. */
const NINES_LABELS: ReadonlyMap<number, string> = new Map([
  [0, '0%'],
  [Math.log10(2), '50%'],
  [1, '90%'],
  [2, '99%'],
  [3, '99.9%'],
  [4, '99.99%'],
  [5, '99.999%'],
]);

/** Position of a percentile (0–100) on the nines axis. */
export function percentileToNines(percentile: number): number {
  const tail = 1 - percentile / 100;
  return tail <= 0 ? SPECTRUM_MAX_NINES : Math.min(SPECTRUM_MAX_NINES, -Math.log10(tail));
}

/** Percentile (0–100) at a position of the nines axis. */
export function ninesToPercentile(nines: number): number {
  return 100 * (1 - 10 ** -nines);
}

/**
 * `[nines, latency µs]` points of an encoded histogram, from 0% to 99.999%; empty when the
 * histogram holds no values.
 */
export function buildSpectrumPoints(encodedHistogram: string): [number, number][] {
  const h = decodeHistogram(encodedHistogram);
  try {
    if (h.totalCount === 0) return [];
    const points: [number, number][] = [];
    for (let i = 0; i <= SPECTRUM_MAX_NINES * STEPS_PER_NINE; i++) {
      const nines = i / STEPS_PER_NINE;
      points.push([nines, h.getValueAtPercentile(ninesToPercentile(nines))]);
    }
    return points;
  } finally {
    h.destroy();
  }
}

function toMs(points: readonly [number, number][]): [number, number][] {
  return points.map(([x, us]) => [x, us / 1000]);
}

/** Renders the spectrum of a level, with the baseline's level overlaid when given. */
export function renderSpectrumChart(input: {
  candidate: LevelReport;
  baseline?: LevelReport;
  title: string;
}): string {
  const candidate = toMs(buildSpectrumPoints(input.candidate.histograms.latency));
  const baseline = input.baseline
    ? toMs(buildSpectrumPoints(input.baseline.histograms.latency))
    : [];
  const ticks = [...NINES_LABELS.keys()];
  const option: ChartOption = {
    grid: { left: 64, right: 24, top: 36, bottom: 44 },
    legend: {
      top: 4,
      right: 8,
      data: baseline.length > 0 ? ['candidate', 'baseline'] : ['candidate'],
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: SPECTRUM_MAX_NINES,
      name: 'percentile',
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: {
        customValues: ticks,
        formatter: (value: number) => NINES_LABELS.get(value) ?? '',
      },
      axisTick: { customValues: ticks },
      splitLine: { show: true, lineStyle: { color: CHART_COLORS.grid } },
    },
    yAxis: {
      type: 'value',
      name: 'latency (ms)',
      nameLocation: 'middle',
      nameGap: 48,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series: [
      {
        name: 'candidate',
        type: 'line',
        showSymbol: false,
        data: candidate,
        lineStyle: { width: 2, color: CHART_COLORS.candidate },
        itemStyle: { color: CHART_COLORS.candidate },
      },
      ...(baseline.length > 0
        ? [
            {
              name: 'baseline',
              type: 'line' as const,
              showSymbol: false,
              data: baseline,
              lineStyle: { width: 2, type: 'dashed' as const, color: CHART_COLORS.baseline },
              itemStyle: { color: CHART_COLORS.baseline },
            },
          ]
        : []),
    ],
  };
  const last = (pts: [number, number][]) => pts[pts.length - 1]?.[1];
  const p = (pts: [number, number][], nines: number) => pts.find(([x]) => x >= nines)?.[1];
  const describe = (name: string, pts: [number, number][]) =>
    pts.length === 0
      ? `${name}: no successful responses`
      : `${name}: p50 ${fmt(p(pts, Math.log10(2)))} ms, p99 ${fmt(p(pts, 2))} ms, p99.999 ${fmt(last(pts))} ms`;
  return renderSvgChart(option, {
    widthPx: 860,
    heightPx: 320,
    title: input.title,
    description: [
      'Latency by percentile on a nines axis.',
      describe('Candidate', candidate),
      ...(input.baseline ? [describe('Baseline', baseline)] : []),
    ].join(' '),
  });
}

function fmt(ms: number | undefined): string {
  return ms === undefined ? '-' : String(Number(ms.toPrecision(3)));
}
