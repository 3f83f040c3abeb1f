/**
 * Charts across the levels of one scenario: throughput against the offered load (where it stops
 * rising, the target is saturated) and latency against throughput (the knee: where latency
 * climbs while throughput no longer does).
 */
import type { LevelReport } from '../model.js';
import { CHART_COLORS, renderSvgChart } from './render-svg-chart.js';
import type { ChartLineSeries, ChartOption } from './render-svg-chart.js';

type Series = ChartLineSeries[];

function sortedByLevel(levels: readonly LevelReport[]): LevelReport[] {
  return [...levels].sort((a, b) => a.level - b.level);
}

/** A log axis when the levels span a decade or more (8, 32, 128, 512 connections). */
function levelAxisType(levels: readonly LevelReport[]): 'log' | 'value' {
  const values = levels.map((l) => l.level);
  return values.length > 1 && Math.max(...values) / Math.min(...values) >= 10 ? 'log' : 'value';
}

/** Renders successful req/s against the level (connections or offered req/s). */
export function renderThroughputByLevelChart(input: {
  candidate: readonly LevelReport[];
  baseline?: readonly LevelReport[];
  title: string;
}): string {
  const cand = sortedByLevel(input.candidate);
  const base = sortedByLevel(input.baseline ?? []);
  const open = cand[0]?.model === 'open';
  const series: Series = [
    {
      name: 'candidate',
      type: 'line',
      data: cand.map((l) => [l.level, l.throughput.successRps]),
      lineStyle: { width: 2, color: CHART_COLORS.candidate },
      itemStyle: { color: CHART_COLORS.candidate },
      symbolSize: 7,
    },
  ];
  if (base.length > 0) {
    series.push({
      name: 'baseline',
      type: 'line',
      data: base.map((l) => [l.level, l.throughput.successRps]),
      lineStyle: { width: 2, type: 'dashed', color: CHART_COLORS.baseline },
      itemStyle: { color: CHART_COLORS.baseline },
      symbolSize: 7,
    });
  }
  if (open) {
    // In the open model the offered rate is the ceiling: the gap to it is what the target dropped.
    series.push({
      name: 'offered',
      type: 'line',
      data: cand.map((l) => [l.level, l.offeredRps ?? l.level]),
      showSymbol: false,
      lineStyle: { width: 1, type: 'dotted', color: CHART_COLORS.text },
      itemStyle: { color: CHART_COLORS.text },
    });
  }
  const option: ChartOption = {
    grid: { left: 72, right: 24, top: 36, bottom: 44 },
    legend: { top: 4, right: 8 },
    xAxis: {
      type: levelAxisType(cand),
      name: open ? 'offered req/s' : 'connections',
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: 'successful req/s',
      nameLocation: 'middle',
      nameGap: 56,
      min: 0,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
  return renderSvgChart(option, {
    widthPx: 860,
    heightPx: 300,
    title: input.title,
    description: `Successful requests per second at each level: ${cand
      .map((l) => `${l.level} → ${Math.round(l.throughput.successRps)}`)
      .join(', ')}.`,
  });
}

function latencyLine(
  levels: readonly LevelReport[],
  pick: 'p50' | 'p99',
  name: string,
  color: string,
  dashed: boolean,
): ChartLineSeries {
  return {
    name,
    type: 'line',
    data: levels
      .filter((l) => l.latencyUs.count > 0)
      .map((l) => [l.throughput.successRps, l.latencyUs[pick] / 1000]),
    lineStyle: { width: 2, color, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color },
    symbolSize: 7,
  };
}

/** Renders p50 and p99 against successful req/s, one point per level (the knee). */
export function renderLatencyByThroughputChart(input: {
  candidate: readonly LevelReport[];
  baseline?: readonly LevelReport[];
  title: string;
}): string {
  const cand = sortedByLevel(input.candidate);
  const base = sortedByLevel(input.baseline ?? []);
  const series: Series = [
    latencyLine(cand, 'p50', 'p50', CHART_COLORS.candidate, false),
    latencyLine(cand, 'p99', 'p99', CHART_COLORS.candidateSecondary, false),
  ];
  if (base.length > 0) {
    series.push(latencyLine(base, 'p50', 'baseline p50', CHART_COLORS.baseline, true));
    series.push(latencyLine(base, 'p99', 'baseline p99', CHART_COLORS.baselineSecondary, true));
  }
  const option: ChartOption = {
    grid: { left: 64, right: 24, top: 36, bottom: 44 },
    legend: { top: 4, right: 8 },
    xAxis: {
      type: 'value',
      name: 'successful req/s',
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: 'latency (ms)',
      nameLocation: 'middle',
      nameGap: 48,
      min: 0,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
  return renderSvgChart(option, {
    widthPx: 860,
    heightPx: 300,
    title: input.title,
    description: `p50 and p99 latency against throughput, one point per level: ${cand
      .map(
        (l) =>
          `${Math.round(l.throughput.successRps)} req/s → p99 ${(l.latencyUs.p99 / 1000).toFixed(2)} ms`,
      )
      .join(', ')}.`,
  });
}
