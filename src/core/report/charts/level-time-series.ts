/**
 * Throughput and p99 second by second within one level: shows warm-up left-overs, stalls,
 * garbage-collection pauses and drift that a single summary number hides.
 */
import type { LevelReport } from '../model.js';
import { CHART_COLORS, renderSvgChart } from './render-svg-chart.js';
import type { ChartLineSeries, ChartOption } from './render-svg-chart.js';

type Series = ChartLineSeries[];

function lines(level: LevelReport, who: 'candidate' | 'baseline'): Series {
  const base = who === 'baseline';
  const at = (startMs: number) => Number((startMs / 1000).toFixed(3));
  return [
    {
      name: base ? 'baseline req/s' : 'req/s',
      type: 'line',
      yAxisIndex: 0,
      showSymbol: false,
      data: level.series.map((s) => [at(s.startMs), s.successRps]),
      lineStyle: {
        width: 2,
        type: base ? 'dashed' : 'solid',
        color: base ? CHART_COLORS.baseline : CHART_COLORS.candidate,
      },
      itemStyle: { color: base ? CHART_COLORS.baseline : CHART_COLORS.candidate },
    },
    {
      name: base ? 'baseline p99 (ms)' : 'p99 (ms)',
      type: 'line',
      yAxisIndex: 1,
      showSymbol: false,
      data: level.series.filter((s) => s.success > 0).map((s) => [at(s.startMs), s.p99Us / 1000]),
      lineStyle: {
        width: 2,
        type: base ? 'dashed' : 'solid',
        color: base ? CHART_COLORS.baselineSecondary : CHART_COLORS.candidateSecondary,
      },
      itemStyle: { color: base ? CHART_COLORS.baselineSecondary : CHART_COLORS.candidateSecondary },
    },
  ];
}

/** Renders successful req/s (left axis) and p99 (right axis) per second of a level. */
export function renderTimeSeriesChart(input: {
  candidate: LevelReport;
  baseline?: LevelReport;
  title: string;
}): string {
  const series = [
    ...lines(input.candidate, 'candidate'),
    ...(input.baseline ? lines(input.baseline, 'baseline') : []),
  ];
  const option: ChartOption = {
    grid: { left: 64, right: 64, top: 36, bottom: 44 },
    legend: { top: 4, right: 8 },
    xAxis: {
      type: 'value',
      name: 'seconds into the measured window',
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      splitLine: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        name: 'req/s',
        nameLocation: 'middle',
        nameGap: 48,
        min: 0,
        splitLine: { lineStyle: { color: CHART_COLORS.grid } },
      },
      {
        type: 'value',
        name: 'p99 (ms)',
        nameLocation: 'middle',
        nameGap: 44,
        min: 0,
        splitLine: { show: false },
      },
    ],
    series,
  };
  const rps = input.candidate.series.map((s) => s.successRps);
  return renderSvgChart(option, {
    widthPx: 860,
    heightPx: 280,
    title: input.title,
    description: `Successful requests per second and p99 latency for each of ${rps.length} seconds${
      rps.length > 0
        ? `; req/s between ${Math.round(Math.min(...rps))} and ${Math.round(Math.max(...rps))}`
        : ''
    }${input.baseline ? '; the baseline is dashed' : ''}.`,
  });
}
