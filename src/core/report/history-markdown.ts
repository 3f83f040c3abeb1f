/**
 * The history in a few lines of Markdown for the nightly job summary: the detected changes in
 * words first (what a reader acts on), then one row per series with a text sparkline of
 * throughput and p99 over the last runs, and a Mermaid line chart (`xychart-beta`, which GitHub
 * renders in summaries and comments) of each series that changed. Bounded in size however many
 * series there are; what is cut is counted and pointed to `history.html`.
 */
import type {
  BenchmarkChangePoint,
  ChangePoint,
  ChangePointSettings,
} from '../stats/change-points.js';
import { describeSeriesPlace } from '../stats/change-points.js';
import { metricLabel } from '../stats/metric-format.js';
import type { BenchmarkHistorySeries, HistoryMetric, HistorySeries } from './history-series.js';
import { historyValue } from './history-series.js';
import { formatRps, formatUs, formatUtc } from './units.js';
import { escapeMarkdown } from './markdown-text.js';

/** Most change sentences listed; the rest are counted. */
export const HISTORY_MARKDOWN_MAX_CHANGES = 20;

/** Most series rows in the trend table; the rest are counted. */
export const HISTORY_MARKDOWN_MAX_ROWS = 40;

/** Most Mermaid charts (one per changed series). */
export const HISTORY_MARKDOWN_MAX_CHARTS = 3;

/** Longest free text (names, sentences) kept in one line or cell. */
const MAX_CELL_CHARS = 300;

const escapeMd = (text: string): string => escapeMarkdown(text, MAX_CELL_CHARS);

/** Bars of the sparkline, lowest to highest. */
const BARS = '▁▂▃▄▅▆▇█';

/** What `renderHistoryMarkdown` shows. */
export interface HistoryMarkdownInput {
  /** Product the index belongs to. */
  product: string;
  /** Branch the series follow. */
  branch: string;
  /** The series, from `buildHistorySeries`. */
  series: readonly HistorySeries[];
  /** Detected changes, from `detectHistoryChangePoints` over the same series. */
  changePoints: readonly ChangePoint[];
  /** The detector's settings, summed up under the changes. */
  settings: ChangePointSettings;
  /** Link to `history.html` (artifact or Blob URL), shown at the top and where rows are cut. */
  historyLink?: string;
  /** Command benchmarks' series and their shifts, by the same detector and settings. */
  benchmarks?: {
    series: readonly BenchmarkHistorySeries[];
    changePoints: readonly BenchmarkChangePoint[];
  };
}

/** Quotes a string for Mermaid (no double quotes or backticks inside). */
function mermaidString(text: string): string {
  const plain = text
    .replace(/["`\\]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\r\n]+/g, ' ');
  return `"${plain.slice(0, 80)}"`;
}

/** Smallest span of a sparkline, relative to the series' median: keeps noise from looking big. */
const SPARKLINE_MIN_SPAN = 0.2;

/**
 * A text sparkline of `values`: one bar per run, scaled between the series' lowest and highest
 * value but over at least ±10% of its median, so a flat series with 2% noise stays flat and a
 * 10% shift reads as one; a middle dot where a run has no value.
 */
export function renderSparkline(values: readonly (number | undefined)[]): string {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (present.length === 0) return '';
  const sorted = [...present].sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  const span = Math.max(high - low, Math.abs(middle) * SPARKLINE_MIN_SPAN);
  const from = (low + high) / 2 - span / 2;
  return values
    .map((v) => {
      if (v === undefined || !Number.isFinite(v)) return '·';
      if (span === 0) return BARS[BARS.length / 2]!;
      const step = Math.floor(((v - from) / span) * BARS.length);
      return BARS[Math.max(0, Math.min(BARS.length - 1, step))]!;
    })
    .join('');
}

function latestValue(s: HistorySeries, metric: HistoryMetric): number | undefined {
  for (let i = s.points.length - 1; i >= 0; i--) {
    const v = historyValue(s.points[i]!, metric);
    if (v !== undefined) return v;
  }
  return undefined;
}

function cut(count: number, what: string, link: string | undefined): string {
  const where = link !== undefined ? `[history.html](${link})` : 'history.html';
  return `_${count} more ${what} in ${where}._`;
}

function changesSection(input: HistoryMarkdownInput): string[] {
  const { changePoints, settings } = input;
  const runs = Math.max(0, ...input.series.map((s) => s.points.length));
  const method = `_E-Divisive means over the last ${runs} runs: p ≤ ${settings.significance}, at least ${settings.minSegmentSize} runs each side, changes of ${Math.round(settings.minRelativeChange * 1000) / 10}% or more in the segment ${settings.statistic}s._`;
  if (changePoints.length === 0) {
    return [`No level shift detected in ${input.series.length} series.`, '', method, ''];
  }
  const regressions = changePoints.filter((c) => c.verdict === 'regression').length;
  const counts = [
    ...(regressions > 0 ? [`${regressions} regression${regressions === 1 ? '' : 's'}`] : []),
    ...(changePoints.length - regressions > 0
      ? [
          `${changePoints.length - regressions} improvement${changePoints.length - regressions === 1 ? '' : 's'}`,
        ]
      : []),
  ];
  // Regressions first: they are what the reader has to act on.
  const ordered = [
    ...changePoints.filter((c) => c.verdict === 'regression'),
    ...changePoints.filter((c) => c.verdict !== 'regression'),
  ];
  const shown = ordered.slice(0, HISTORY_MARKDOWN_MAX_CHANGES);
  const lines = shown.map((c) => `- ${escapeMd(c.sentence)}`);
  if (ordered.length > shown.length) {
    lines.push(`- ${cut(ordered.length - shown.length, 'changes', input.historyLink)}`);
  }
  return [`**Detected changes**: ${counts.join(', ')}.`, '', ...lines, '', method, ''];
}

function trendTable(input: HistoryMarkdownInput): string[] {
  if (input.series.length === 0) return [];
  const changed = new Set(input.changePoints.map((c) => c.seriesId));
  const rows = input.series.slice(0, HISTORY_MARKDOWN_MAX_ROWS).map((s) => {
    const rps = latestValue(s, 'successRps');
    const p99 = latestValue(s, 'p99');
    const spark = (metric: HistoryMetric) =>
      `\`${renderSparkline(s.points.map((p) => (p.generatorBound ? undefined : historyValue(p, metric))))}\``;
    return `| ${escapeMd(describeSeriesPlace(s))}${changed.has(s.id) ? ' (changed)' : ''} | ${s.points.length} | ${spark('successRps')} | ${rps === undefined ? '-' : formatRps(rps)} | ${spark('p99')} | ${p99 === undefined ? '-' : formatUs(p99)} |`;
  });
  const lines = [
    '| Series | Runs | req/s, oldest → latest | latest req/s | p99, oldest → latest | latest p99 |',
    '|---|---:|---|---:|---|---:|',
    ...rows,
  ];
  if (input.series.length > rows.length) {
    lines.push('', cut(input.series.length - rows.length, 'series', input.historyLink));
  }
  lines.push(
    '',
    "_Each bar is one run, scaled between the series' lowest and highest value (over at least ±10% of its median); `·` marks a run without the value, or whose load generator was the limit._",
    '',
  );
  return lines;
}

/** A value as the Mermaid chart plots it: req/s rounded, latency in ms with 4 digits. */
function chartValue(metric: HistoryMetric, value: number): string {
  return metric === 'successRps'
    ? String(Math.round(value))
    : String(Number((value / 1000).toPrecision(4)));
}

function charts(input: HistoryMarkdownInput): string[] {
  const out: string[] = [];
  const drawn = new Set<string>();
  // One chart per changed series, of its most telling change: regressions first, then the largest.
  const telling = [...input.changePoints].sort(
    (a, b) =>
      Number(b.verdict === 'regression') - Number(a.verdict === 'regression') ||
      Math.abs(b.relativeChange) - Math.abs(a.relativeChange),
  );
  for (const c of telling) {
    if (drawn.size >= HISTORY_MARKDOWN_MAX_CHARTS) break;
    if (drawn.has(c.seriesId)) continue;
    const s = input.series.find((x) => x.id === c.seriesId);
    if (!s) continue;
    const points = s.points.filter((p) => historyValue(p, c.metric) !== undefined);
    if (points.length < 2) continue;
    drawn.add(c.seriesId);
    const unit = c.metric === 'successRps' ? 'req/s' : `${metricLabel(c.metric)} (ms)`;
    out.push(
      '```mermaid',
      'xychart-beta',
      `  title ${mermaidString(`${describeSeriesPlace(s)}: ${unit} by run`)}`,
      `  x-axis [${points.map((p) => mermaidString(formatUtc(p.createdAt).slice(5, 10))).join(', ')}]`,
      `  y-axis ${mermaidString(unit)}`,
      `  line [${points.map((p) => chartValue(c.metric, historyValue(p, c.metric)!)).join(', ')}]`,
      `  line [${segmentLevels(s, c, input.changePoints).join(', ')}]`,
      '```',
      '',
    );
  }
  if (out.length === 0) return [];
  return [
    ...out,
    `_First line: each run; second line: the level (segment ${input.settings.statistic}) between detected changes._`,
    '',
  ];
}

/**
 * The level of the segment each charted run belongs to (a step line that shows the shift),
 * from the summaries the change points carry: before the first change, then after each.
 */
function segmentLevels(s: HistorySeries, c: ChangePoint, all: readonly ChangePoint[]): string[] {
  const changes = all
    .filter((x) => x.seriesId === s.id && x.metric === c.metric)
    .sort((a, b) => a.index - b.index);
  const levels: string[] = [];
  s.points.forEach((p, i) => {
    if (historyValue(p, c.metric) === undefined) return;
    let k = 0;
    while (k < changes.length && changes[k]!.index <= i) k++;
    const level =
      k === 0 ? changes[0]!.segmentBefore[c.statistic] : changes[k - 1]!.segmentAfter[c.statistic];
    levels.push(chartValue(c.metric, level));
  });
  return levels;
}

/**
 * The command benchmarks' history: their shifts in words (regressions first), then one row per
 * benchmark with a sparkline of its estimate and the latest value in its unit.
 */
function benchmarkSection(input: HistoryMarkdownInput): string[] {
  const series = input.benchmarks?.series ?? [];
  if (series.length === 0) return [];
  const changes = input.benchmarks?.changePoints ?? [];
  const ordered = [
    ...changes.filter((c) => c.verdict === 'regression'),
    ...changes.filter((c) => c.verdict !== 'regression'),
  ];
  const shown = ordered.slice(0, HISTORY_MARKDOWN_MAX_CHANGES);
  const changed = new Set(changes.map((c) => c.seriesId));
  const rows = series.slice(0, HISTORY_MARKDOWN_MAX_ROWS).map((s) => {
    const latest = s.points.at(-1)?.estimate;
    const spark = `\`${renderSparkline(s.points.map((p) => p.estimate))}\``;
    const better = s.direction === 'higher-is-better' ? 'higher' : 'lower';
    return `| ${escapeMd(`${s.scenario} ${s.benchmark}${s.vmSize !== undefined ? ` on ${s.vmSize}` : ''}`)}${changed.has(s.id) ? ' (changed)' : ''} | ${s.points.length} | ${spark} | ${latest === undefined ? '-' : Number(latest.toPrecision(4))} | ${escapeMd(s.unit)} (${better} is better) |`;
  });
  const lines = [
    '#### Command benchmarks',
    '',
    changes.length === 0
      ? `No level shift detected in ${series.length} benchmark series.`
      : `**Detected changes**: ${changes.filter((c) => c.verdict === 'regression').length} regression(s), ${changes.filter((c) => c.verdict !== 'regression').length} improvement(s).`,
    '',
    ...shown.map((c) => `- ${escapeMd(c.sentence)}`),
    ...(ordered.length > shown.length
      ? [`- ${cut(ordered.length - shown.length, 'changes', input.historyLink)}`]
      : []),
    ...(shown.length > 0 ? [''] : []),
    '| Benchmark | Runs | estimate, oldest → latest | latest | unit |',
    '|---|---:|---|---:|---|',
    ...rows,
  ];
  if (series.length > rows.length) {
    lines.push('', cut(series.length - rows.length, 'series', input.historyLink));
  }
  lines.push('');
  return lines;
}

/** Renders the history as Markdown for a job summary. */
export function renderHistoryMarkdown(input: HistoryMarkdownInput): string {
  const link =
    input.historyLink !== undefined ? ` ([charts and every run](${input.historyLink}))` : '';
  const benchmarks = benchmarkSection(input);
  const lines = [
    `### ${escapeMd(input.product)} on ${escapeMd(input.branch)}: benchmark history${link}`,
    '',
    ...(input.series.length === 0
      ? benchmarks.length === 0
        ? ['No completed runs of this branch are in the index yet.', '']
        : []
      : [...changesSection(input), ...trendTable(input), ...charts(input)]),
    ...benchmarks,
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
