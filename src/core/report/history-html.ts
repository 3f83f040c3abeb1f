/**
 * `history.html`: a product's trends on one branch, written with each nightly and uploaded
 * beside its report. One self-contained page like `report.html`: inline CSS and SVG drawn when
 * it is written, no script, nothing loaded from the network. For every series it charts
 * throughput and p50/p99 over the last runs, every point a link to that run's report with the
 * commit and run in its tooltip, and it lists the detected change points in words.
 */
import type { ChangePoint, ChangePointSettings } from '../stats/change-points.js';
import { describeChangePointSettings, describeSeriesPlace } from '../stats/change-points.js';
import { levelLabel } from '../stats/metric-format.js';
import { renderHistoryTrendChart } from './charts/history-trend-chart.js';
import type { HistoryPoint, HistorySeries } from './history-series.js';
import { escapeHtml } from './html.js';
import { formatRatioPercent, formatRps, formatUs, formatUtc } from './units.js';

/** Series that get charts; the rest are listed, to keep the page light. */
export const HISTORY_HTML_MAX_CHARTED_SERIES = 60;

/** Where the links of the page point. */
export interface HistoryLinks {
  /**
   * Prefix that turns a report's path (`reframe/main/2026/11/28/123-1`) into a link to its
   * folder: the container URL with a slash, or a relative prefix from where the page is
   * stored (`../../../../../../` beside a report). Default: none (the page at the container root).
   */
  reportBase?: string;
  /** Page opened in a report's folder; default `report.html`. */
  reportPage?: string;
  /**
   * Run URL with `{runId}` and `{attempt}` placeholders, e.g.
   * `https://github.com/plasmatic/reframe/actions/runs/{runId}/attempts/{attempt}`. Only
   * numeric run ids (GitHub's) get a run link; absent, no run links.
   */
  runUrlTemplate?: string;
}

/** What `renderHistoryHtml` shows. */
export interface HistoryHtmlInput {
  /** Product the index belongs to. */
  product: string;
  /** Branch the series follow. */
  branch: string;
  /** The series, from `buildHistorySeries`. */
  series: readonly HistorySeries[];
  /** Detected changes, from `detectHistoryChangePoints` over the same series. */
  changePoints: readonly ChangePoint[];
  /** The detector's settings, stated on the page. */
  settings: ChangePointSettings;
  /** When the page was written, ISO 8601 UTC (a parameter, so renderings are reproducible). */
  generatedAt: string;
  /** bench-action version that wrote the page. */
  toolVersion: string;
  /** Where links point. */
  links?: HistoryLinks;
}

const STYLE = `
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --panel: #f9fafb;
  --bad: #b91c1c; --good: #15803d; --warn: #a16207; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 20px 64px; }
header h1 { font-size: 1.6rem; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 12px; }
nav { margin: 16px 0 8px; font-size: .9rem; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; white-space: nowrap; }
h2 { font-size: 1.25rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 28px 0 6px; }
h4 { font-size: .95rem; margin: 0 0 4px; font-weight: 600; }
ul.changes { padding-left: 20px; }
ul.changes li { margin: 4px 0; }
.regression { color: var(--bad); }
.improvement { color: var(--good); }
.flag { color: var(--warn); }
.badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; font-weight: 600; }
a { color: var(--accent); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.changed td { background: #fff7ed; }
figure.chart { margin: 12px 0 20px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
@media (min-width: 1000px) { .charts-row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; } }
details { margin: 8px 0 16px; }
summary { cursor: pointer; color: var(--muted); }
.muted { color: var(--muted); }
footer { margin-top: 48px; color: var(--muted); font-size: .85rem; }
`;

/** Ids unique within one page, for aria references; restarted for every page. */
let idCounter = 0;
function nextId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Charts drawn on this page so far; restarted for every page. */
let chartCounter = 0;

/**
 * ECharts numbers its renderer instances per process (`zr7-cls-1`, `url(#zr7-c0)`), and those
 * names are page-wide CSS classes and ids. Numbering them per page keeps them unique on the page
 * and makes the page the same however many charts the process drew before.
 */
function pageLocalIds(svg: string): string {
  const n = chartCounter++;
  return svg.replace(/\bzr\d+-/g, `zr${n}-`);
}

/** Link of a report folder's page, or undefined when the point has no path. */
function reportHref(path: string, links: HistoryLinks): string | undefined {
  if (path === '') return undefined;
  return `${links.reportBase ?? ''}${path}/${links.reportPage ?? 'report.html'}`;
}

/** Link of a GitHub run, when a template is set and the id is GitHub's (digits). */
function runHref(run: { runId: string; attempt: number }, links: HistoryLinks): string | undefined {
  if (links.runUrlTemplate === undefined || !/^\d+$/.test(run.runId)) return undefined;
  return links.runUrlTemplate
    .replace(/\{runId\}/g, run.runId)
    .replace(/\{attempt\}/g, String(run.attempt));
}

/** `run 5012` (with its attempt when retried), linked to the run when it can be. */
function runCell(run: { runId: string; attempt: number }, links: HistoryLinks): string {
  const text = escapeHtml(run.attempt > 1 ? `${run.runId} (attempt ${run.attempt})` : run.runId);
  const href = runHref(run, links);
  return href === undefined ? text : `<a href="${escapeHtml(href)}">${text}</a>`;
}

/** Heading of a series: `mt-to-mx at 64 connections on Standard_D4s_v5`. */
function seriesHeading(s: HistorySeries): string {
  const level = s.model !== undefined ? levelLabel(s.model, s.level) : `level ${s.level}`;
  return `${s.scenario} at ${level}${s.vmSize !== undefined ? ` on ${s.vmSize}` : ''}`;
}

function chartFigure(kind: string, heading: string, svg: string): string {
  const id = nextId('chart');
  return `<figure class="chart" data-chart="${kind}" aria-labelledby="${id}"><h4 id="${id}">${escapeHtml(heading)}</h4>${svg}</figure>`;
}

/** One change as a list item: the sentence, then links to the reports either side. */
function changeItem(c: ChangePoint, links: HistoryLinks, anchor: string | undefined): string {
  const report = (run: ChangePoint['before'], label: string) => {
    const href = reportHref(run.path, links);
    return href === undefined ? '' : ` <a href="${escapeHtml(href)}">${label}</a>`;
  };
  const series = anchor === undefined ? '' : ` <a href="#${escapeHtml(anchor)}">chart</a>`;
  return `<li class="${c.verdict}" data-change="${c.verdict}"><span class="badge">${c.verdict}</span> ${escapeHtml(c.sentence)}.${report(c.before, 'report before')}${report(c.after, 'report after')}${series}</li>`;
}

function changesSection(input: HistoryHtmlInput, charted: ReadonlySet<string>): string {
  const method = `<p class="muted">${escapeHtml(describeChangePointSettings(input.settings))}. Generator-bound runs are left out of the detection.</p>`;
  if (input.changePoints.length === 0) {
    const runs = Math.max(0, ...input.series.map((s) => s.points.length));
    return `<p data-changes="none">No level shift detected in ${input.series.length} series over the last ${runs} runs.</p>${method}`;
  }
  const items = input.changePoints.map((c) =>
    changeItem(c, input.links ?? {}, charted.has(c.seriesId) ? c.seriesId : undefined),
  );
  return `<ul class="changes" data-list="changes">${items.join('')}</ul>${method}`;
}

function runsTable(s: HistorySeries, changes: readonly ChangePoint[], links: HistoryLinks) {
  const changedAt = new Set(changes.map((c) => c.index));
  const latency = (v: number | undefined) => (v === undefined ? '-' : formatUs(v));
  const rows = s.points
    .map((p: HistoryPoint, i) => {
      const report = reportHref(p.path, links);
      const bound = p.generatorBound
        ? ' <span class="flag badge" title="The load generator was the limit: these numbers describe the generator">generator-bound</span>'
        : '';
      return `<tr${changedAt.has(i) ? ' class="changed"' : ''}><td>${runCell(p, links)}${bound}</td><td><code>${escapeHtml(p.sha.slice(0, 7) || '-')}</code></td><td>${escapeHtml(formatUtc(p.createdAt))}</td><td class="num">${formatRps(p.successRps)}</td><td class="num">${latency(p.p50Us)}</td><td class="num">${latency(p.p99Us)}</td><td class="num">${latency(p.p999Us)}</td><td class="num">${p.errorRate === undefined ? '-' : formatRatioPercent(p.errorRate)}</td><td>${report === undefined ? '' : `<a href="${escapeHtml(report)}">report</a>`}</td></tr>`;
    })
    .reverse();
  return `<details><summary>The ${s.points.length} runs, newest first</summary><div class="table-wrap"><table data-table="runs"><thead><tr><th>Run</th><th>Commit</th><th>Written</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th><th class="num">errors</th><th>Report</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
}

function seriesSection(
  s: HistorySeries,
  changes: readonly ChangePoint[],
  links: HistoryLinks,
): string {
  const heading = seriesHeading(s);
  const pointHref = (p: HistoryPoint) => reportHref(p.path, links);
  const list =
    changes.length > 0
      ? `<ul class="changes">${changes.map((c) => `<li class="${c.verdict}">${escapeHtml(c.sentence)}.</li>`).join('')}</ul>`
      : '<p class="muted">No change detected.</p>';
  const throughput = pageLocalIds(
    renderHistoryTrendChart({
      series: s,
      kind: 'throughput',
      changePoints: changes,
      title: `${heading}: throughput by run`,
      pointHref,
    }),
  );
  const latency = pageLocalIds(
    renderHistoryTrendChart({
      series: s,
      kind: 'latency',
      changePoints: changes,
      title: `${heading}: p50 and p99 by run`,
      pointHref,
    }),
  );
  return `<section class="series" id="${escapeHtml(s.id)}" aria-label="${escapeHtml(heading)}"><h3>${escapeHtml(heading)}</h3>${list}<div class="charts-row">${chartFigure('throughput', `${heading}: throughput by run`, throughput)}${chartFigure('latency', `${heading}: p50 and p99 by run`, latency)}</div>${runsTable(s, changes, links)}</section>`;
}

/** Renders the history page as one HTML document with inline CSS and SVG, and no script. */
export function renderHistoryHtml(input: HistoryHtmlInput): string {
  idCounter = 0;
  chartCounter = 0;
  const links = input.links ?? {};
  const charted = input.series.slice(0, HISTORY_HTML_MAX_CHARTED_SERIES);
  const chartedIds = new Set(charted.map((s) => s.id));
  const changesOf = (s: HistorySeries) => input.changePoints.filter((c) => c.seriesId === s.id);
  const times = input.series.flatMap((s) => s.points.map((p) => p.createdAt)).sort();
  const span =
    times.length > 0
      ? `runs from ${formatUtc(times[0]!)} to ${formatUtc(times[times.length - 1]!)}`
      : 'no runs yet';
  const sub = `${input.series.length} series · ${span} · ${input.changePoints.length} change${input.changePoints.length === 1 ? '' : 's'} detected`;
  const nav = charted
    .map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(describeSeriesPlace(s))}</a>`)
    .join('');
  const rest = input.series.slice(charted.length);
  const restNote =
    rest.length > 0
      ? `<p class="muted">${rest.length} more series are not charted, to keep this page light: ${rest.map((s) => escapeHtml(describeSeriesPlace(s))).join(', ')}.</p>`
      : '';
  const body =
    input.series.length === 0
      ? '<p>No completed runs of this branch are in the index yet.</p>'
      : `${charted.map((s) => seriesSection(s, changesOf(s), links)).join('\n')}${restNote}`;
  const title = `${input.product} on ${input.branch}: benchmark history`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action ${escapeHtml(input.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${escapeHtml(title)}</h1><p class="sub">${escapeHtml(sub)}</p></header>
<section id="changes"><h2>Changes</h2>${changesSection(input, chartedIds)}</section>
<section id="series"><h2>Series</h2>${nav === '' ? '' : `<nav aria-label="Series">${nav}</nav>`}
${body}</section>
<footer>Written by bench-action ${escapeHtml(input.toolVersion)} at ${escapeHtml(formatUtc(input.generatedAt))}. Every point links to its run's report. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
