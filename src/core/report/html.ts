/**
 * `report.html`: one self-contained page a reader can open from an artifact, an e-mail or a
 * laptop with no network. Styles are inline and every chart is drawn to SVG when the report is
 * written, so the page carries no script at all. Everything that comes from data (scenario
 * names, labels, config values, notes) is escaped.
 */
import type {
  Comparison,
  MetricVerdict,
  ThresholdResult,
  ThresholdStatus,
} from './comparison-model.js';
import type { LevelReport, RunReport } from './model.js';
import { FAILURE_CLASSES, totalFailures } from './model.js';
import {
  FAILURE_LABELS,
  describeFailureDetails,
  hasRefusals,
  refusedRate,
} from './level-health.js';
import { formatStepMs } from './setup-steps.js';
import { describeBenchmarkRounds } from './command-benchmarks.js';
import { renderSpectrumChart } from './charts/percentile-spectrum.js';
import { renderTimeSeriesChart } from './charts/level-time-series.js';
import {
  renderLatencyByThroughputChart,
  renderThroughputByLevelChart,
} from './charts/scaling-charts.js';
import {
  formatChange,
  formatInterval,
  formatLimit,
  formatMetricValue,
  levelLabel,
  metricLabel,
  shortLevelLabel,
} from '../stats/metric-format.js';
import { describeMachineNoise } from './build-level-report.js';
import { describeAbDesign } from './describe-ab-design.js';
import { levelKey } from '../stats/metric-samples.js';
import {
  formatBytes,
  formatCount,
  formatCpuPercent,
  formatCpuUsPerRequest,
  formatDurationMs,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from './units.js';

/** Levels that get their own spectrum and time-series charts; the rest are in the tables. */
export const HTML_MAX_LEVEL_CHARTS = 40;

/** Longest resolved config shown, in characters. */
const MAX_CONFIG_CHARS = 200_000;

/** What the HTML report shows. */
export interface HtmlReportInput {
  /** The run (the candidate when comparing). */
  report: RunReport;
  /** A baseline run to overlay on the charts (e.g. the median round of the baseline). */
  baseline?: RunReport;
  /** The verdicts, when compared. */
  comparison?: Comparison;
  /** Threshold results, when thresholds were set. */
  thresholds?: readonly ThresholdResult[];
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const VERDICT_WORDS: Record<MetricVerdict, string> = {
  regression: 'regression',
  improvement: 'improvement',
  'no-change': 'no change',
  inconclusive: 'inconclusive',
  invalid: 'not judged',
};

const STATUS_WORDS: Record<ThresholdStatus, string> = {
  fail: 'fail',
  warn: 'warn',
  pass: 'pass',
  'no-baseline': 'no baseline',
  invalid: 'not judged',
};

/** The report pages' stylesheet, shared by every self-contained HTML page bench-action writes. */
export const HTML_REPORT_STYLE = `
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --panel: #f9fafb;
  --bad: #b91c1c; --good: #15803d; --warn: #a16207; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 20px 64px; }
header h1 { font-size: 1.6rem; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 12px; }
.headline { font-size: 1.15rem; font-weight: 600; padding: 10px 14px; border-radius: 6px;
  background: var(--panel); border-left: 4px solid var(--accent); }
.headline.regression { border-left-color: var(--bad); }
.headline.improvement, .headline.no-change { border-left-color: var(--good); }
.headline.inconclusive { border-left-color: var(--warn); }
nav { margin: 16px 0 8px; font-size: .9rem; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; }
h2 { font-size: 1.25rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 24px 0 6px; }
h4 { font-size: .95rem; margin: 0 0 4px; font-weight: 600; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
.v-regression, .s-fail { color: var(--bad); font-weight: 600; }
.v-improvement, .s-pass { color: var(--good); }
.v-inconclusive, .s-warn { color: var(--warn); font-weight: 600; }
.v-invalid, .v-no-change, .s-no-baseline, .s-invalid { color: var(--muted); }
.flag { color: var(--bad); font-weight: 600; }
.badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; }
caption { caption-side: bottom; text-align: left; padding-top: 6px; font-size: .82rem; }
td.why { min-width: 260px; }
td.name { word-break: break-word; }
.diff td { background: #fff7ed; }
figure.chart { margin: 12px 0 20px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.charts-row { display: grid; grid-template-columns: 1fr; gap: 0; }
@media (min-width: 1000px) { .charts-row.two { grid-template-columns: 1fr 1fr; gap: 16px; } }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px;
  overflow: auto; font-size: .82rem; max-height: 480px; }
.muted { color: var(--muted); }
footer { margin-top: 48px; color: var(--muted); font-size: .85rem; }
`;

function levelHeading(l: Pick<LevelReport, 'scenario' | 'model' | 'level'>): string {
  return `${l.scenario} at ${levelLabel(l.model, l.level)}`;
}

/** Ids unique within one page, for aria references; restarted for every page. */
let idCounter = 0;
function nextId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

function chartFigure(kind: string, heading: string, svg: string): string {
  const id = nextId('chart');
  return `<figure class="chart" data-chart="${kind}" aria-labelledby="${id}"><h4 id="${id}">${escapeHtml(heading)}</h4>${svg}</figure>`;
}

function headerSection(input: HtmlReportInput): string {
  const r = input.report;
  const target = r.target.product ?? r.target.image ?? r.target.url;
  const status =
    r.outcome === 'ok'
      ? r.partial
        ? 'partial run'
        : 'completed'
      : r.outcome === 'interrupted'
        ? 'interrupted (partial results)'
        : 'the target failed';
  const sub = `${target} · ${r.target.url} · started ${formatUtc(r.startedAt)} · ${r.levels.length} level${
    r.levels.length === 1 ? '' : 's'
  } · ${status}`;
  const c = input.comparison;
  const headline = c
    ? `<p class="headline ${escapeHtml(c.verdict)}">${escapeHtml(c.headline)}</p>`
    : '';
  return `<header><h1>${escapeHtml(r.name)}</h1><p class="sub">${escapeHtml(sub)}</p>${headline}</header>`;
}

function nav(sections: readonly [string, string][]): string {
  return `<nav aria-label="Sections">${sections
    .map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`)
    .join('')}</nav>`;
}

function levelsTable(report: RunReport): string {
  // Refusals (503, 429) are not errors: their own column, only when a level had any.
  const refusals = hasRefusals(report.levels);
  const rows = report.levels.map((l) => {
    const noise = describeMachineNoise(l);
    const bound = l.generator.generatorBound
      ? `<br><span class="flag badge" title="${escapeHtml(l.generator.note)}">generator-bound</span>`
      : noise
        ? `<br><span class="flag badge" title="${escapeHtml(noise)}">noisy machine</span>`
        : '';
    return `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(l.model, l.level))}${bound}</td><td class="num">${formatRps(l.throughput.successRps)}</td><td class="num">${formatUs(l.latencyUs.p50)}</td><td class="num">${formatUs(l.latencyUs.p99)}</td><td class="num">${formatUs(l.latencyUs.p999)}</td><td class="num">${formatUs(l.latencyUs.max)}</td><td class="num">${formatRatioPercent(l.errorRate)}</td>${refusals ? `<td class="num">${formatRatioPercent(refusedRate(l))}</td>` : ''}<td class="num">${formatCount(l.counts.total)}</td><td class="num">${formatCpuPercent(l.generator.cpuPercentMean)}</td><td class="num">${l.server ? formatCpuUsPerRequest(l.server.cpuUsPerRequest) : '-'}</td></tr>`;
  });
  return `<div class="table-wrap"><table data-table="levels"><caption class="muted">Latency of successful responses; generator CPU is the load generator's own, % of one core.</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th><th class="num">max</th><th class="num">errors</th>${refusals ? '<th class="num" title="503 back-pressure and 429 rate limit: not errors">refused</th>' : ''}<th class="num">requests</th><th class="num">generator CPU</th><th class="num">server CPU/req</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The error picture: failures by class, dropped arrivals and why, for levels that had any. */
function failuresTable(report: RunReport): string {
  const failing = report.levels.filter(
    (l) => totalFailures(l.counts.failures) > 0 || (l.counts.droppedSends ?? 0) > 0,
  );
  if (failing.length === 0) return '';
  const rows = failing.map((l) => {
    const f = l.counts.failures;
    const classCells = FAILURE_CLASSES.map(
      (k) => `<td class="num">${formatCount(f[k] ?? 0)}</td>`,
    ).join('');
    const dropped = l.model === 'open' ? formatCount(l.counts.droppedSends ?? 0) : '-';
    return `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(l.model, l.level))}</td><td class="num">${formatCount(l.counts.total)}</td>${classCells}<td class="num">${dropped}</td><td class="why">${escapeHtml(describeFailureDetails(l.counts))}</td></tr>`;
  });
  const heads = FAILURE_CLASSES.map((k) => `<th class="num">${FAILURE_LABELS[k]}</th>`).join('');
  return `<h3>Failures</h3><div class="table-wrap"><table data-table="failures"><caption class="muted">Requests of the window by failure class; unfinished: still unanswered when the level stopped waiting; dropped: open-model arrivals never sent because no connection was free in time (not part of requests).</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">requests</th>${heads}<th class="num">dropped</th><th>details</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Command benchmarks with their units, intervals and A/B verdicts. */
function benchmarksTable(report: RunReport): string {
  const benchmarks = report.benchmarks ?? [];
  if (benchmarks.length === 0) return '';
  const rows = benchmarks.map((b) => {
    const ci = b.interval
      ? `${b.interval.lower.toPrecision(4)} … ${b.interval.upper.toPrecision(4)}`
      : '-';
    const verdict = b.comparison
      ? `<span title="${escapeHtml(b.comparison.reason)}">${escapeHtml(b.comparison.verdict)}</span>`
      : '-';
    return `<tr><td>${escapeHtml(b.scenario)}</td><td>${escapeHtml(b.name)}</td><td class="num">${escapeHtml(b.estimate.toPrecision(4))}</td><td>${escapeHtml(b.unit)}</td><td class="num">${escapeHtml(ci)}</td><td class="num">${b.samples}</td><td>${verdict}</td></tr>`;
  });
  const limits = report.benchmarkThresholds ?? [];
  const limitRows = limits.map(
    (t) =>
      `<tr><td>${escapeHtml(t.status)}</td><td>${escapeHtml(t.threshold)}</td><td>${escapeHtml(t.scenario)}</td><td>${escapeHtml(t.benchmark)}</td><td>${escapeHtml(t.message)}</td></tr>`,
  );
  const limitTable =
    limits.length > 0
      ? `<h3>Benchmark thresholds</h3><div class="table-wrap"><table data-table="benchmark-thresholds"><thead><tr><th>status</th><th>threshold</th><th>Scenario</th><th>Benchmark</th><th>outcome</th></tr></thead><tbody>${limitRows.join('')}</tbody></table></div>`
      : '';
  const rounds = report.benchmarkComparison
    ? `<p class="muted" data-benchmark-rounds>${escapeHtml(describeBenchmarkRounds(report.benchmarkComparison))}</p>`
    : '';
  return `<h3>Command benchmarks</h3><div class="table-wrap"><table data-table="benchmarks"><caption class="muted">Results ingested from the benchmark commands, each in its own unit; the interval is the tool's own.</caption><thead><tr><th>Scenario</th><th>Benchmark</th><th class="num">estimate</th><th>unit</th><th class="num">interval</th><th class="num">samples</th><th>A/B</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${rounds}${limitTable}`;
}

/** The setup and teardown requests as they ran: status and time. */
function setupTable(report: RunReport): string {
  const steps = report.setup ?? [];
  if (steps.length === 0) return '';
  const rows = steps.map(
    (s) =>
      `<tr><td>${escapeHtml(s.phase)}</td><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.method)} ${escapeHtml(s.path)}</td><td class="num">${s.status ?? '-'}</td><td class="num">${escapeHtml(formatStepMs(s.durationMs))}</td><td>${s.ok ? 'ok' : escapeHtml(s.problem ?? 'failed')}</td></tr>`,
  );
  return `<h3>Setup and teardown</h3><div class="table-wrap"><table data-table="setup"><caption class="muted">Requests run once before the first level (setup) and after the last (teardown), each with its own checks.</caption><thead><tr><th>Phase</th><th>Step</th><th>Request</th><th class="num">status</th><th class="num">time</th><th>result</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Refusals (503 back-pressure, 429 rate limit) by level, apart from the failures. */
function refusalsTable(report: RunReport): string {
  if (!hasRefusals(report.levels)) return '';
  const rows = report.levels
    .filter((l) => (l.counts.backPressure ?? 0) + (l.counts.rateLimited ?? 0) > 0)
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(l.model, l.level))}</td><td class="num">${formatCount(l.counts.total)}</td><td class="num">${formatCount(l.counts.backPressure ?? 0)}</td><td class="num">${formatRatioPercent(l.backPressureRate ?? 0)}</td><td class="num">${formatCount(l.counts.rateLimited ?? 0)}</td><td class="num">${formatRatioPercent(l.rateLimitedRate ?? 0)}</td></tr>`,
    );
  return `<h3>Back-pressure and rate limits</h3><div class="table-wrap"><table data-table="refusals"><caption class="muted">Answers in which the target declined the work: 503 (back-pressure, e.g. a channel at its max_concurrent) and 429 (a rate limit). They are not failures and not part of the error rate.</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">requests</th><th class="num">back-pressure (503)</th><th class="num">rate</th><th class="num">rate-limited (429)</th><th class="num">rate</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function comparisonSection(c: Comparison): string {
  if (c.verdict === 'no-baseline') {
    return `<p>${escapeHtml(c.headline)}.</p>`;
  }
  const s = c.settings;
  const design = describeAbDesign(c);
  const intro = design
    ? `${escapeHtml(c.candidateLabel)} (candidate) against ${escapeHtml(c.baselineLabel)} (baseline). ${escapeHtml(design)}`
    : `${escapeHtml(c.candidateLabel)} (candidate) against ${escapeHtml(c.baselineLabel)} (baseline); ${c.rounds.baseline} baseline and ${c.rounds.candidate} candidate round${c.rounds.candidate === 1 ? '' : 's'}; ${Math.round(s.confidence * 100)}% bootstrap intervals (${s.iterations} resamples, seed ${s.seed}); no change means the whole interval lies within ±${escapeHtml(formatLimit(s.threshold, 'ratio').slice(1))} (error rate ±${escapeHtml(formatLimit(s.errorRateThreshold, 'difference').slice(1))}).`;
  const rows = c.metrics.map(
    (m) =>
      `<tr class="row-${m.verdict}"><td>${escapeHtml(m.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(m.model, m.level))}</td><td>${escapeHtml(metricLabel(m.metric))}</td><td class="num">${escapeHtml(formatMetricValue(m.metric, m.baseline))}</td><td class="num">${escapeHtml(formatMetricValue(m.metric, m.candidate))}</td><td class="num">${escapeHtml(formatChange(m.change, m.changeKind))}</td><td class="num">${m.ci ? escapeHtml(formatInterval(m.ci, m.changeKind)) : '-'}</td><td class="v-${m.verdict}">${VERDICT_WORDS[m.verdict]}</td><td class="why">${escapeHtml(m.reason)}</td></tr>`,
  );
  const noise =
    c.noise && c.noise.length > 0
      ? `<details><summary>A/A noise: smallest detectable change per level</summary><div class="table-wrap"><table data-table="noise"><thead><tr><th>Scenario</th><th class="num">Level</th><th>Metric</th><th class="num">Smallest detectable change</th><th>Method</th></tr></thead><tbody>${c.noise
          .map(
            (n) =>
              `<tr><td>${escapeHtml(n.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(n.model, n.level))}</td><td>${escapeHtml(metricLabel(n.metric))}</td><td class="num">±${escapeHtml(formatChange(n.minDetectableChange, n.metric === 'errorRate' ? 'difference' : 'ratio').slice(1))}</td><td>${n.method === 'halves' ? 'even vs odd rounds' : 'resampled'} (${n.samples} values)</td></tr>`,
          )
          .join('')}</tbody></table></div></details>`
      : '';
  const notes =
    c.notes.length > 0
      ? `<ul class="muted">${c.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
      : '';
  return `<p>${intro}</p><div class="table-wrap"><table data-table="verdicts"><thead><tr><th>Scenario</th><th class="num">Level</th><th>Metric</th><th class="num">Baseline</th><th class="num">Candidate</th><th class="num">Change</th><th class="num">${Math.round(s.confidence * 100)}% interval</th><th>Verdict</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${noise}${notes}`;
}

function thresholdsSection(results: readonly ThresholdResult[]): string {
  const rows = results.map(
    (r) =>
      `<tr><td class="s-${r.status}">${STATUS_WORDS[r.status]}</td><td><code>${escapeHtml(r.threshold)}</code></td><td>${escapeHtml(r.scenario)}</td><td class="num">${escapeHtml(shortLevelLabel(r.model, r.level))}</td><td>${escapeHtml(r.message)}</td></tr>`,
  );
  return `<div class="table-wrap"><table data-table="thresholds"><thead><tr><th>Status</th><th>Threshold</th><th>Scenario</th><th class="num">Level</th><th>Result</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Levels grouped by scenario and load model, in report order. */
function groupByScenario(levels: readonly LevelReport[]): Map<string, LevelReport[]> {
  const groups = new Map<string, LevelReport[]>();
  for (const l of levels) {
    const key = `${l.scenario}\u0000${l.model}`;
    const list = groups.get(key) ?? [];
    list.push(l);
    groups.set(key, list);
  }
  return groups;
}

function scalingSection(report: RunReport, baseline: RunReport | undefined): string {
  const baseGroups = baseline ? groupByScenario(baseline.levels) : new Map<string, LevelReport[]>();
  const parts: string[] = [];
  for (const [key, levels] of groupByScenario(report.levels)) {
    const scenario = levels[0]!.scenario;
    const base = baseGroups.get(key);
    if (levels.length < 2) {
      parts.push(
        `<h3>${escapeHtml(scenario)}</h3><p class="muted">One level only: the scaling charts need two or more.</p>`,
      );
      continue;
    }
    const tput = renderThroughputByLevelChart({
      candidate: levels,
      ...(base ? { baseline: base } : {}),
      title: `${scenario}: throughput by level`,
    });
    const knee = renderLatencyByThroughputChart({
      candidate: levels,
      ...(base ? { baseline: base } : {}),
      title: `${scenario}: latency against throughput`,
    });
    parts.push(
      `<h3>${escapeHtml(scenario)}</h3>`,
      chartFigure('throughput-by-level', `${scenario}: throughput by level`, tput),
      chartFigure(
        'latency-by-throughput',
        `${scenario}: p50 and p99 against throughput (the knee)`,
        knee,
      ),
    );
  }
  return parts.join('');
}

function levelChartsSection(report: RunReport, baseline: RunReport | undefined): string {
  const baseByKey = new Map((baseline?.levels ?? []).map((l) => [levelKey(l), l]));
  const parts: string[] = [];
  const shown = report.levels.slice(0, HTML_MAX_LEVEL_CHARTS);
  for (const level of shown) {
    const base = baseByKey.get(levelKey(level));
    const heading = levelHeading(level);
    const bound = level.generator.generatorBound
      ? `<p class="flag">The load generator saturated at this level: ${escapeHtml(level.generator.note)}. These numbers describe the generator, not the target.</p>`
      : '';
    parts.push(
      `<section class="level" aria-label="${escapeHtml(heading)}"><h3>${escapeHtml(heading)}</h3>${bound}`,
      chartFigure(
        'spectrum',
        `${heading}: latency by percentile`,
        renderSpectrumChart({
          candidate: level,
          ...(base ? { baseline: base } : {}),
          title: `${heading}: latency by percentile`,
        }),
      ),
      chartFigure(
        'time-series',
        `${heading}: throughput and p99 over time`,
        renderTimeSeriesChart({
          candidate: level,
          ...(base ? { baseline: base } : {}),
          title: `${heading}: throughput and p99 over time`,
        }),
      ),
      '</section>',
    );
  }
  if (report.levels.length > shown.length) {
    parts.push(
      `<p class="muted">${report.levels.length - shown.length} more levels are in the tables above and in result.json; their charts are left out to keep this page light.</p>`,
    );
  }
  return parts.join('');
}

function environmentRows(r: RunReport): [string, string][] {
  const e = r.environment;
  const rows: [string, string | undefined][] = [
    ['Target', r.target.product ? `${r.target.product} (${r.target.url})` : r.target.url],
    ['Image', r.target.image],
    ['Image digest', r.target.imageDigest],
    ['Command', r.target.command?.join(' ')],
    ['Host', e.hostname],
    ['CPU', `${e.cpuModel}, ${e.cpus} logical`],
    ['Memory', formatBytes(e.memoryBytes)],
    ['OS', e.os],
    ['VM size', e.vmSize],
    ['Region', e.region],
    ['Node.js', e.nodeVersion],
    ['undici', e.undiciVersion],
    ['bench-action', e.toolVersion],
    [
      'Git commit',
      e.gitSha ? `${e.gitSha}${e.gitDirty ? ' (uncommitted changes)' : ''}` : undefined,
    ],
    ['Config hash', r.config.hash],
    ['Run id', r.id],
    ['Window', `${formatUtc(r.startedAt)} to ${formatUtc(r.finishedAt)}`],
    ['Measured per level', r.levels[0] ? formatDurationMs(r.levels[0].durationMs) : undefined],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined);
}

function environmentSection(report: RunReport, baseline: RunReport | undefined): string {
  const cand = environmentRows(report);
  if (!baseline) {
    return `<div class="table-wrap"><table data-table="environment"><tbody>${cand
      .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
      .join('')}</tbody></table></div>`;
  }
  const base = new Map(environmentRows(baseline));
  const keys = [...new Set([...cand.map(([k]) => k), ...base.keys()])];
  const candMap = new Map(cand);
  // Differences that change performance (CPU, VM size, versions) must be visible at a glance.
  const neutral = new Set([
    'Run id',
    'Window',
    'Git commit',
    'Config hash',
    'Image',
    'Image digest',
  ]);
  let differences = 0;
  const rows = keys.map((k) => {
    const a = candMap.get(k) ?? '-';
    const b = base.get(k) ?? '-';
    const differs = a !== b && !neutral.has(k);
    if (differs) differences++;
    return `<tr${differs ? ' class="diff"' : ''}><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(a)}</td><td>${escapeHtml(b)}</td></tr>`;
  });
  const remark =
    differences > 0
      ? `Highlighted rows (${differences}) differ in a way that can change performance: compare with care.`
      : 'Both runs had the same machine, system and tool versions.';
  return `<div class="table-wrap"><table data-table="environment"><thead><tr><th></th><th>Candidate</th><th>Baseline</th></tr></thead><tbody>${rows.join('')}</tbody></table></div><p class="muted">${remark}</p>`;
}

function configSection(report: RunReport): string {
  let text: string;
  try {
    text = JSON.stringify(report.config.resolved, null, 2) ?? 'null';
  } catch {
    text = String(report.config.resolved);
  }
  if (text.length > MAX_CONFIG_CHARS) {
    text = `${text.slice(0, MAX_CONFIG_CHARS)}\n… (cut; the full config is in result.json)`;
  }
  const path = report.config.path
    ? `<p class="muted">From ${escapeHtml(report.config.path)}</p>`
    : '';
  return `${path}<pre data-block="config">${escapeHtml(text)}</pre>`;
}

function notesSection(report: RunReport): string {
  const warnings = report.levels
    .filter((l) => l.generator.generatorBound)
    .map((l) => `${levelHeading(l)}: ${l.generator.note}`);
  const all = [...warnings, ...report.notes];
  if (all.length === 0) return '';
  return `<ul>${all.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
}

/** Renders the whole report as one HTML document with inline CSS and SVG, and no script. */
export function renderHtmlReport(input: HtmlReportInput): string {
  const { report, baseline, comparison, thresholds } = input;
  idCounter = 0;
  const sections: [string, string, string][] = [
    [
      'levels',
      'Levels',
      levelsTable(report) +
        failuresTable(report) +
        refusalsTable(report) +
        setupTable(report) +
        benchmarksTable(report),
    ],
  ];
  if (comparison) sections.push(['comparison', 'Comparison', comparisonSection(comparison)]);
  if (thresholds && thresholds.length > 0) {
    sections.push(['thresholds', 'Thresholds', thresholdsSection(thresholds)]);
  }
  sections.push(['scaling', 'Scaling', scalingSection(report, baseline)]);
  sections.push(['per-level', 'Per level', levelChartsSection(report, baseline)]);
  const notes = notesSection(report);
  if (notes) sections.push(['notes', 'Notes', notes]);
  sections.push(['environment', 'Environment', environmentSection(report, baseline)]);
  sections.push(['config', 'Resolved config', configSection(report)]);

  const title = `${report.name}: benchmark report, ${formatUtc(report.startedAt)}`;
  const body = sections
    .map(
      ([id, label, html]) => `<section id="${id}"><h2>${escapeHtml(label)}</h2>${html}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action ${escapeHtml(report.environment.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${HTML_REPORT_STYLE}</style>
</head>
<body>
<main>
${headerSection(input)}
${nav(sections.map(([id, label]) => [id, label]))}
${body}
<footer>Written by bench-action ${escapeHtml(report.environment.toolVersion)} at ${escapeHtml(formatUtc(report.createdAt))}. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
