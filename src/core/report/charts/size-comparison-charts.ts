/**
 * Charts of the VM-size comparison, one scenario each: throughput under the SLO by size, the
 * same per vCPU against linear scaling from the smallest size, cost per million requests by
 * size, and p99 against throughput for every size with the SLO drawn across (where each size's
 * curve crosses the line is where it stops serving). Sizes go left to right by vCPUs.
 */
import type { AggregateReport, ScenarioComparison, SizeResult } from '../aggregate.js';
import { CHART_COLORS, renderSvgChart } from './render-svg-chart.js';
import type { ChartLineSeries, ChartOption } from './render-svg-chart.js';

/** One colour per size, in vCPU order; more sizes than colours reuse them. */
const SIZE_COLORS = [
  '#2563eb',
  '#ea580c',
  '#15803d',
  '#9333ea',
  '#0891b2',
  '#b91c1c',
  '#a16207',
  '#4b5563',
] as const;

/** Colour of the `index`-th size. */
export function sizeColor(index: number): string {
  return SIZE_COLORS[index % SIZE_COLORS.length]!;
}

/** Axis label of a size: without the `Standard_` every size shares. */
function axisName(s: SizeResult): string {
  return s.label.replace(/^Standard_/, '');
}

function categoryChart(
  c: ScenarioComparison,
  series: ChartLineSeries[],
  yName: string,
  title: string,
  description: string,
): string {
  const option: ChartOption = {
    grid: { left: 72, right: 24, top: 36, bottom: 48 },
    legend: { top: 4, right: 8 },
    xAxis: {
      type: 'category',
      data: c.sizes.map(axisName),
      name: 'VM size (fewest vCPUs first)',
      nameLocation: 'middle',
      nameGap: 30,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: yName,
      nameLocation: 'middle',
      nameGap: 56,
      min: 0,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
  return renderSvgChart(option, { widthPx: 860, heightPx: 300, title, description });
}

function pointSeries(name: string, data: (number | null)[], color: string): ChartLineSeries {
  return {
    name,
    type: 'line',
    data,
    connectNulls: false,
    lineStyle: { width: 2, color },
    itemStyle: { color },
    symbolSize: 9,
  };
}

function listFigures(c: ScenarioComparison, pick: (s: SizeResult) => number | null, unit: string) {
  return c.sizes
    .map((s) => {
      const v = pick(s);
      return `${s.label} ${v === null ? 'none' : `${Number(v.toPrecision(3))} ${unit}`}`;
    })
    .join(', ');
}

/** Successful req/s at the best level meeting the SLO, one point per size. */
export function renderThroughputBySizeChart(c: ScenarioComparison, title: string): string {
  const pick = (s: SizeResult) => s.best?.throughputRps ?? null;
  return categoryChart(
    c,
    [pointSeries('req/s under the SLO', c.sizes.map(pick), CHART_COLORS.candidate)],
    'successful req/s',
    title,
    `Highest throughput meeting the SLO by size: ${listFigures(c, pick, 'req/s')}.`,
  );
}

/** Req/s per vCPU by size, with the baseline's figure as the line linear scaling would keep. */
export function renderPerVcpuBySizeChart(c: ScenarioComparison, title: string): string {
  const pick = (s: SizeResult) => s.throughputPerVcpuRps;
  const baseline = c.sizes.find(
    (s) => s.vmSize === c.scalingBaseline?.vmSize && s.region === c.scalingBaseline.region,
  );
  const series = [pointSeries('req/s per vCPU', c.sizes.map(pick), CHART_COLORS.candidate)];
  if (baseline?.throughputPerVcpuRps != null) {
    const flat = baseline.throughputPerVcpuRps;
    series.push({
      name: 'linear scaling',
      type: 'line',
      data: c.sizes.map(() => flat),
      showSymbol: false,
      lineStyle: { width: 1, type: 'dashed', color: CHART_COLORS.baseline },
      itemStyle: { color: CHART_COLORS.baseline },
    });
  }
  return categoryChart(
    c,
    series,
    'req/s per vCPU',
    title,
    `Throughput per vCPU by size: ${listFigures(c, pick, 'req/s')}; the dashed line is linear scaling from ${baseline ? baseline.label : 'the smallest size'}, and a size above it scales better than linearly.`,
  );
}

/** Cost per million requests by size; sizes without a price or a result have no point. */
export function renderCostBySizeChart(
  c: ScenarioComparison,
  currency: string,
  title: string,
): string {
  const pick = (s: SizeResult) => s.costPerMillionRequests;
  return categoryChart(
    c,
    [pointSeries('cost', c.sizes.map(pick), CHART_COLORS.candidateSecondary)],
    `${currency} per million requests`,
    title,
    `Cost per million requests under the SLO by size: ${listFigures(c, pick, currency)}.`,
  );
}

/**
 * p99 against throughput for every size, one line each through its trusted levels, with the
 * SLO's p99 limit as a horizontal line when the SLO has one.
 */
export function renderLatencyBySizeChart(
  c: ScenarioComparison,
  slo: AggregateReport['slo'],
  title: string,
): string {
  const p99Limit = slo.limits.find((l) => l.metric === 'p99');
  const series: ChartLineSeries[] = c.sizes
    .map((s, i) => ({ s, color: sizeColor(i) }))
    .filter(({ s }) => s.levels.length > 0)
    .map(({ s, color }) => ({
      name: axisName(s),
      type: 'line',
      data: [...s.levels]
        .filter((l) => l.status === 'meets' || l.status === 'breaks')
        .sort((a, b) => a.throughputRps - b.throughputRps)
        .map((l) => [l.throughputRps, l.p99Us / 1000]),
      lineStyle: { width: 2, color },
      itemStyle: { color },
      symbolSize: 7,
    }));
  if (p99Limit && series[0]) {
    series[0] = {
      ...series[0],
      markLine: {
        silent: true,
        symbol: 'none',
        label: {
          formatter: `SLO p99 ${p99Limit.operator} ${p99Limit.limit / 1000} ms`,
          position: 'insideEndTop',
        },
        lineStyle: { color: CHART_COLORS.text, type: 'dotted' },
        data: [{ yAxis: p99Limit.limit / 1000 }],
      },
    };
  }
  // Latency past twice the SLO only says "far too slow": cut it off so the region around the
  // limit, where the sizes differ, gets the height.
  const highestMs = Math.max(
    0,
    ...series.flatMap((x) => (x.data as number[][]).map((point) => point[1] ?? 0)),
  );
  const capMs = p99Limit ? (2 * p99Limit.limit) / 1000 : undefined;
  const cut = capMs !== undefined && highestMs > capMs;
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
      name: 'p99 (ms)',
      nameLocation: 'middle',
      nameGap: 48,
      min: 0,
      ...(cut && { max: capMs }),
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
  return renderSvgChart(option, {
    widthPx: 860,
    heightPx: 320,
    title,
    description: `p99 latency against throughput, one line per size through its judged levels (generator-bound levels left out)${
      p99Limit
        ? `; the dotted line is the SLO, p99 ${p99Limit.operator} ${p99Limit.limit / 1000} ms`
        : ''
    }${cut ? '; latency above twice the SLO runs off the top' : ''}.`,
  });
}
