/**
 * One history series over its runs: throughput, or p50 and p99, one point per run with the
 * detected change points marked where the new level starts. Every point is a link to its run's
 * report and carries a tooltip with the commit, run and value, so a reader goes from "p99 rose
 * here" to the report of that night in one click, with no script on the page.
 */
import type { ChangePoint } from '../../stats/change-points.js';
import { formatRelativeChange, metricLabel } from '../../stats/metric-format.js';
import type { HistoryMetric, HistoryPoint, HistorySeries } from '../history-series.js';
import { historyValue } from '../history-series.js';
import { formatRps, formatUs, formatUtc } from '../units.js';
import { CHART_COLORS, renderSvgChart } from './render-svg-chart.js';
import type { ChartLineSeries, ChartOption } from './render-svg-chart.js';

/** Which figures a history chart shows. */
export type HistoryChartKind = 'throughput' | 'latency';

/** Colours of change markers: the same as the HTML report's regression and improvement text. */
const VERDICT_COLORS = { regression: '#b91c1c', improvement: '#15803d' } as const;

/** Colour of a point whose load generator was the limit. */
const GENERATOR_BOUND_COLOR = '#a16207';

/** Metrics drawn by each kind of chart, with their line colours. */
const LINES: Record<HistoryChartKind, { metric: HistoryMetric; color: string }[]> = {
  throughput: [{ metric: 'successRps', color: CHART_COLORS.candidate }],
  latency: [
    { metric: 'p50', color: CHART_COLORS.candidate },
    { metric: 'p99', color: CHART_COLORS.candidateSecondary },
  ],
};

/** What `renderHistoryTrendChart` draws. */
export interface HistoryTrendChartInput {
  /** The series, points oldest first. */
  series: HistorySeries;
  /** Throughput, or p50 and p99. */
  kind: HistoryChartKind;
  /** Change points of this series (others are ignored); those of metrics not drawn too. */
  changePoints: readonly ChangePoint[];
  /** Short name of the chart (SVG title and aria-label). */
  title: string;
  /** Link of a point (its report); none leaves the point without a link. */
  pointHref: (point: HistoryPoint) => string | undefined;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `11-13` for the axis; runs are nightly, so the date tells them apart. */
function dayLabel(iso: string): string {
  return formatUtc(iso).slice(5, 10);
}

/** A value as the chart's axis shows it: req/s as is, latency in ms. */
function plotted(kind: HistoryChartKind, value: number): number {
  return kind === 'latency' ? Number((value / 1000).toPrecision(6)) : Number(value.toFixed(2));
}

function valueWords(metric: HistoryMetric, value: number | undefined): string {
  if (value === undefined) return `${metricLabel(metric)} not recorded`;
  return metric === 'successRps'
    ? `${formatRps(value)} req/s`
    : `${metricLabel(metric)} ${formatUs(value)}`;
}

/** Tooltip of a point: `run 5012 (0cc0ffe), 2026-11-13 03:00:00 UTC: p99 9.52 ms`. */
export function historyPointTitle(point: HistoryPoint, metric: HistoryMetric): string {
  const run =
    point.attempt > 1 ? `run ${point.runId} attempt ${point.attempt}` : `run ${point.runId}`;
  const sha = point.sha !== '' ? ` (${point.sha.slice(0, 7)})` : '';
  const bound = point.generatorBound ? '; the load generator was the limit' : '';
  return `${run}${sha}, ${formatUtc(point.createdAt)}: ${valueWords(metric, historyValue(point, metric))}${bound}`;
}

/**
 * Wraps each drawn point in a link with a tooltip. In server-side SVG, ECharts marks the symbol
 * of each data item with `ecmeta_series_index`, `ecmeta_data_index` and `ecmeta_ssr_type="chart"`
 * (legend entries carry `"legend"`, mark lines `ecmeta_silent`); a missing value draws no symbol.
 */
function linkPoints(
  svg: string,
  input: HistoryTrendChartInput,
  lines: readonly { metric: HistoryMetric }[],
): string {
  return svg.replace(
    /<path\b[^>]*\becmeta_series_index="(\d+)"[^>]*\becmeta_data_index="(\d+)"[^>]*\becmeta_ssr_type="chart"[^>]*>(?:<\/path>)?/g,
    (element: string, seriesIndex: string, dataIndex: string) => {
      const line = lines[Number(seriesIndex)];
      const point = input.series.points[Number(dataIndex)];
      // Mark lines are silent elements of the same series: they are not points.
      if (!line || !point || element.includes('ecmeta_silent="true"')) return element;
      const title = `<title>${escapeXml(historyPointTitle(point, line.metric))}</title>`;
      const closed = element.endsWith('</path>') ? element : `${element}</path>`;
      const href = input.pointHref(point);
      return href === undefined
        ? `<g>${title}${closed}</g>`
        : `<a href="${escapeXml(href)}">${title}${closed}</a>`;
    },
  );
}

/** Smallest span of the value axis, relative to the median: keeps 2% noise from filling it. */
const MIN_AXIS_SPAN = 0.2;

/** 1, 2 or 5 × a power of ten, at least `x`. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const m = x / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * The value axis: around the drawn values, over at least ±10% of their median, on round numbers,
 * never below zero. A history chart that zooms into noise makes every night look like a change.
 */
export function historyAxisExtent(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return { min: 0, max: 1 };
  const low = finite[0]!;
  const high = finite[finite.length - 1]!;
  const middle = finite[Math.floor((finite.length - 1) / 2)]!;
  const span = Math.max(high - low, Math.abs(middle) * MIN_AXIS_SPAN, 1e-9);
  const centre = (low + high) / 2;
  const step = niceStep(span / 5);
  return {
    min: Math.max(0, Math.floor((centre - span / 2) / step) * step),
    max: Math.ceil((centre + span / 2) / step) * step,
  };
}

/** Renders one chart of a history series to SVG. */
export function renderHistoryTrendChart(input: HistoryTrendChartInput): string {
  const { series, kind } = input;
  const lines = LINES[kind];
  const drawn = new Set(lines.map((l) => l.metric));
  const changes = input.changePoints.filter((c) => c.seriesId === series.id && drawn.has(c.metric));
  // Changes of several metrics at the same run share one marker: `p50 +12.6% · p99 +11.9%`.
  const markers: { index: number; label: string; verdict: ChangePoint['verdict'] }[] = [];
  for (const c of changes) {
    const text = `${metricLabel(c.metric)} ${formatRelativeChange(c.relativeChange)}`;
    const same = markers.find((m) => m.index === c.index);
    if (same) {
      same.label = `${same.label} · ${text}`;
      if (c.verdict === 'regression') same.verdict = 'regression';
    } else {
      markers.push({ index: c.index, label: text, verdict: c.verdict });
    }
  }
  const chartSeries: ChartLineSeries[] = lines.map(({ metric, color }, i) => ({
    name: metric === 'successRps' ? 'req/s' : `${metricLabel(metric)} (ms)`,
    type: 'line',
    symbol: 'circle',
    symbolSize: 8,
    connectNulls: false,
    data: series.points.map((p) => {
      const v = historyValue(p, metric);
      if (v === undefined) return null;
      const value = plotted(kind, v);
      return p.generatorBound
        ? { value, itemStyle: { color: GENERATOR_BOUND_COLOR, borderColor: GENERATOR_BOUND_COLOR } }
        : value;
    }),
    lineStyle: { width: 2, color },
    itemStyle: { color, borderColor: color },
    // The markers go on the first line only, so each is drawn once.
    ...(i === 0 &&
      markers.length > 0 && {
        markLine: {
          symbol: 'none',
          silent: true,
          data: markers.map((m) => ({
            xAxis: m.index,
            label: { formatter: m.label, color: VERDICT_COLORS[m.verdict], position: 'end' },
            lineStyle: { color: VERDICT_COLORS[m.verdict], type: 'dashed', width: 1.5 },
          })),
        },
      }),
  }));
  const extent = historyAxisExtent(
    lines.flatMap(({ metric }) =>
      series.points.flatMap((p) => {
        const v = historyValue(p, metric);
        return v === undefined ? [] : [plotted(kind, v)];
      }),
    ),
  );
  const option: ChartOption = {
    grid: { left: 64, right: 24, top: 36, bottom: 44 },
    legend: { top: 4, right: 8 },
    xAxis: {
      type: 'category',
      data: series.points.map((p) => dayLabel(p.createdAt)),
      name: 'run (UTC date)',
      nameLocation: 'middle',
      nameGap: 28,
      boundaryGap: false,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: kind === 'latency' ? 'latency (ms)' : 'successful req/s',
      nameLocation: 'middle',
      nameGap: 48,
      min: extent.min,
      max: extent.max,
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series: chartSeries,
  };
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const span =
    first && last
      ? `${series.points.length} runs from ${formatUtc(first.createdAt)} to ${formatUtc(last.createdAt)}`
      : 'no runs';
  const marked =
    changes.length > 0
      ? `; marked changes: ${changes.map((c) => c.sentence).join('; ')}`
      : '; no change detected';
  const svg = renderSvgChart(option, {
    widthPx: 860,
    heightPx: 260,
    title: input.title,
    description: `${lines.map((l) => (l.metric === 'successRps' ? 'Throughput' : metricLabel(l.metric))).join(' and ')} of ${span}${marked}.`,
  });
  return linkPoints(svg, input, lines);
}
