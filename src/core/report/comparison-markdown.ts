/**
 * The comparison as Markdown for a PR comment or a job summary: a one-line headline, the
 * verdict table, a Mermaid chart of p99 by level (GitHub renders `xychart-beta` in comments
 * and summaries) and the threshold results folded away. A PR comment holds 65,536 characters,
 * so every section has a budget and the whole stays under `COMPARISON_MARKDOWN_MAX_CHARS`
 * however many levels there are; cut rows are counted and pointed to the full report.
 */
import type {
  Comparison,
  MetricComparison,
  MetricVerdict,
  ThresholdResult,
  ThresholdStatus,
} from './comparison-model.js';
import {
  formatChange,
  formatInterval,
  formatLimit,
  formatMetricValue,
  metricLabel,
  shortLevelLabel,
} from '../stats/metric-format.js';
import { describeAbDesign } from './describe-ab-design.js';
import { escapeMarkdown, safeMarkdownLink as safeLink } from './markdown-text.js';

/** Upper bound on the rendered length, in characters. */
export const COMPARISON_MARKDOWN_MAX_CHARS = 60_000;

/** Character budgets per section; their sum stays well under the maximum. */
const BUDGET = {
  table: 30_000,
  reasons: 8_000,
  charts: 6_000,
  thresholds: 10_000,
  notes: 3_000,
} as const;

/** Most levels drawn in one chart, and most charts. */
const MAX_CHART_LEVELS = 40;
const MAX_CHARTS = 4;

/** Longest free text (reasons, messages, names) kept in one cell. */
const MAX_CELL_CHARS = 300;

const escapeMd = (text: string): string => escapeMarkdown(text, MAX_CELL_CHARS);

/** Options of `renderComparisonMarkdown`. */
export interface ComparisonMarkdownOptions {
  /** Link to the full report (HTML, artifact or Blob URL), shown at the top and where rows are cut. */
  reportLink?: string;
}

/** Text inside a code span in a table cell: code spans show `<` as is, only `|` needs escaping. */
function escapeCode(text: string): string {
  const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  return `\`${clipped
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')}\``;
}

/** Verdict in words; no emoji, bold only where the reader must act. */
const VERDICT_WORDS: Record<MetricVerdict, string> = {
  regression: '**regression**',
  improvement: 'improvement',
  'no-change': 'no change',
  inconclusive: 'inconclusive',
  invalid: 'not judged',
};

/** Which rows to keep first when a table must be cut. */
const VERDICT_PRIORITY: Record<MetricVerdict, number> = {
  regression: 0,
  improvement: 1,
  inconclusive: 2,
  invalid: 3,
  'no-change': 4,
};

const STATUS_WORDS: Record<ThresholdStatus, string> = {
  fail: '**fail**',
  warn: 'warn',
  pass: 'pass',
  'no-baseline': 'no baseline',
  invalid: 'not judged',
};

const STATUS_PRIORITY: Record<ThresholdStatus, number> = {
  fail: 0,
  warn: 1,
  invalid: 2,
  'no-baseline': 3,
  pass: 4,
};

function pointer(link: string | undefined): string {
  return link ? `[the full report](${safeLink(link)})` : 'the full report';
}

/**
 * Keeps rows in their order while they fit `budget`; when they do not, keeps the most important
 * ones (lowest priority value first, original order among equals) and says how many were cut.
 */
function fitRows(
  rows: readonly { text: string; priority: number }[],
  budget: number,
  link: string | undefined,
): string[] {
  const total = rows.reduce((n, r) => n + r.text.length + 1, 0);
  if (total <= budget) return rows.map((r) => r.text);
  const reserve = 200;
  const ranked = rows
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => a.priority - b.priority || a.i - b.i);
  const kept: typeof ranked = [];
  let used = 0;
  for (const r of ranked) {
    if (used + r.text.length + 1 > budget - reserve) break;
    kept.push(r);
    used += r.text.length + 1;
  }
  kept.sort((a, b) => a.i - b.i);
  const omitted = rows.length - kept.length;
  return [
    ...kept.map((r) => r.text),
    '',
    `_${omitted} more row${omitted === 1 ? '' : 's'} not shown (the most important are kept); see ${pointer(link)}._`,
  ];
}

function changeCell(m: MetricComparison): string {
  const change = formatChange(m.change, m.changeKind);
  // A zero-width interval (no failures on either side) adds nothing to the point estimate.
  if (!m.ci || (m.ci.low === m.change && m.ci.high === m.change)) return change;
  return `${change} (${formatInterval(m.ci, m.changeKind)})`;
}

function verdictTable(comparison: Comparison, link: string | undefined): string[] {
  const confidence = Math.round(comparison.settings.confidence * 100);
  const header = [
    `| Scenario | Level | Metric | Baseline | Candidate | Change (${confidence}% interval) | Verdict |`,
    '|---|---:|---|---:|---:|---|---|',
  ];
  const rows = comparison.metrics.map((m) => ({
    priority: VERDICT_PRIORITY[m.verdict],
    text: `| ${escapeMd(m.scenario)} | ${shortLevelLabel(m.model, m.level)} | ${metricLabel(m.metric)} | ${formatMetricValue(m.metric, m.baseline)} | ${formatMetricValue(m.metric, m.candidate)} | ${changeCell(m)} | ${VERDICT_WORDS[m.verdict]} |`,
  }));
  return [...header, ...fitRows(rows, BUDGET.table, link)];
}

function reasonsSection(comparison: Comparison, link: string | undefined): string[] {
  const notable = comparison.metrics.filter((m) => m.verdict !== 'no-change');
  if (notable.length === 0) return [];
  const rows = notable.map((m) => ({
    priority: VERDICT_PRIORITY[m.verdict],
    text: `- ${escapeMd(m.scenario)}, ${shortLevelLabel(m.model, m.level)}, ${metricLabel(m.metric)}: ${escapeMd(m.reason)}`,
  }));
  return [
    '<details><summary>Why: the verdicts that are not "no change"</summary>',
    '',
    ...fitRows(rows, BUDGET.reasons, link),
    '',
    '</details>',
  ];
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

/** p99 in ms with enough digits to tell close values apart. */
function msValue(us: number): string {
  return String(Number((us / 1000).toPrecision(4)));
}

function p99Charts(comparison: Comparison): string[] {
  const groups = new Map<
    string,
    { scenario: string; model: 'closed' | 'open'; rows: MetricComparison[] }
  >();
  for (const m of comparison.metrics) {
    if (m.metric !== 'p99' || m.verdict === 'invalid') continue;
    const key = `${m.scenario}\u0000${m.model}`;
    let g = groups.get(key);
    if (!g) {
      g = { scenario: m.scenario, model: m.model, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(m);
  }
  const out: string[] = [];
  let used = 0;
  let drawn = 0;
  for (const g of groups.values()) {
    if (drawn >= MAX_CHARTS) break;
    const rows = [...g.rows].sort((a, b) => a.level - b.level).slice(0, MAX_CHART_LEVELS);
    // A single level makes no line; the table already says everything about it.
    if (rows.length < 2) continue;
    const axis = g.model === 'open' ? 'offered req/s' : 'connections';
    const chart = [
      '```mermaid',
      'xychart-beta',
      `  title ${mermaidString(`${g.scenario}: p99 latency (ms) by level`)}`,
      `  x-axis ${mermaidString(axis)} [${rows.map((r) => mermaidString(String(r.level))).join(', ')}]`,
      `  y-axis "p99 (ms)"`,
      `  line [${rows.map((r) => msValue(r.baseline)).join(', ')}]`,
      `  line [${rows.map((r) => msValue(r.candidate)).join(', ')}]`,
      '```',
      '',
    ];
    const size = chart.reduce((n, l) => n + l.length + 1, 0);
    if (used + size > BUDGET.charts) break;
    out.push(...chart);
    used += size;
    drawn++;
  }
  if (out.length === 0) return [];
  return [
    ...out,
    `_First line: ${escapeMd(comparison.baselineLabel)} (baseline); second line: ${escapeMd(comparison.candidateLabel)} (candidate)._`,
  ];
}

function thresholdsSection(
  results: readonly ThresholdResult[],
  link: string | undefined,
): string[] {
  if (results.length === 0) return [];
  const counts = new Map<ThresholdStatus, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const summaryParts = (
    [
      ['fail', 'failed'],
      ['warn', 'warned'],
      ['pass', 'passed'],
      ['no-baseline', 'without baseline'],
      ['invalid', 'not judged'],
    ] as const
  )
    .filter(([s]) => (counts.get(s) ?? 0) > 0)
    .map(([s, words]) => `${counts.get(s)} ${words}`);
  const rows = results.map((r) => ({
    priority: STATUS_PRIORITY[r.status],
    text: `| ${STATUS_WORDS[r.status]} | ${escapeCode(r.threshold)} | ${escapeMd(r.scenario)} | ${shortLevelLabel(r.model, r.level)} | ${escapeMd(r.message)} |`,
  }));
  const anyFailed = (counts.get('fail') ?? 0) > 0;
  return [
    `<details${anyFailed ? ' open' : ''}><summary>Thresholds: ${summaryParts.join(', ')}</summary>`,
    '',
    '| Status | Threshold | Scenario | Level | Result |',
    '|---|---|---|---:|---|',
    ...fitRows(rows, BUDGET.thresholds, link),
    '',
    '</details>',
  ];
}

function notesSection(comparison: Comparison, link: string | undefined): string[] {
  if (comparison.notes.length === 0) return [];
  const rows = comparison.notes.map((n) => ({ priority: 0, text: `- ${escapeMd(n)}` }));
  return ['**Notes**', '', ...fitRows(rows, BUDGET.notes, link)];
}

function noiseLine(comparison: Comparison): string[] {
  const noise = comparison.noise;
  if (!noise || noise.length === 0) return [];
  const byMetric = new Map<string, number>();
  for (const n of noise) {
    const label = metricLabel(n.metric);
    const kind = n.metric === 'errorRate' ? 'difference' : 'ratio';
    if (kind === 'difference') continue;
    byMetric.set(label, Math.max(byMetric.get(label) ?? 0, n.minDetectableChange));
  }
  if (byMetric.size === 0) return [];
  const parts = [...byMetric].map(
    ([label, mdc]) => `${label} ±${formatLimit(mdc, 'ratio').slice(1)}`,
  );
  return [
    `A/A noise (largest over levels; smaller changes cannot be told from chance): ${parts.join(', ')}.`,
    '',
  ];
}

function settingsLine(comparison: Comparison): string {
  const design = describeAbDesign(comparison);
  if (design) return design;
  const s = comparison.settings;
  const mode =
    comparison.mode === 'ab'
      ? 'Interleaved A/B'
      : comparison.mode === 'history'
        ? 'Against an earlier run'
        : 'A/A (baseline against itself)';
  const rounds =
    comparison.rounds.baseline === comparison.rounds.candidate
      ? `${comparison.rounds.candidate} round${comparison.rounds.candidate === 1 ? '' : 's'} each`
      : `${comparison.rounds.baseline} baseline and ${comparison.rounds.candidate} candidate rounds`;
  return `${mode}, ${rounds}; ${Math.round(s.confidence * 100)}% bootstrap intervals; no change means within ±${formatLimit(s.threshold, 'ratio').slice(1)} (error rate ±${formatLimit(s.errorRateThreshold, 'difference').slice(1)}).`;
}

/**
 * Renders a comparison (and threshold results) as Markdown, never longer than
 * `COMPARISON_MARKDOWN_MAX_CHARS`.
 */
export function renderComparisonMarkdown(
  comparison: Comparison,
  thresholds: readonly ThresholdResult[] = [],
  opts: ComparisonMarkdownOptions = {},
): string {
  const link = opts.reportLink;
  const lines: string[] = [
    `### ${escapeMd(comparison.candidateLabel)} vs ${escapeMd(comparison.baselineLabel)}`,
    '',
    `**${escapeMd(comparison.headline)}**`,
    '',
  ];
  if (comparison.verdict !== 'no-baseline') {
    lines.push(settingsLine(comparison), '');
    lines.push(...noiseLine(comparison));
    lines.push(...verdictTable(comparison, link), '');
    const reasons = reasonsSection(comparison, link);
    if (reasons.length > 0) lines.push(...reasons, '');
    const charts = p99Charts(comparison);
    if (charts.length > 0) lines.push(...charts, '');
  }
  const th = thresholdsSection(thresholds, link);
  if (th.length > 0) lines.push(...th, '');
  const notes = notesSection(comparison, link);
  if (notes.length > 0) lines.push(...notes, '');
  if (link) lines.push(`Full report: ${pointer(link)}`, '');
  let text = `${lines.join('\n').trimEnd()}\n`;
  if (text.length > COMPARISON_MARKDOWN_MAX_CHARS) {
    // Budgets make this unreachable in practice; the cap is a promise to GitHub's comment limit.
    const tail = `\n\n_Cut at ${COMPARISON_MARKDOWN_MAX_CHARS} characters; see ${pointer(link)}._\n`;
    text = text.slice(0, COMPARISON_MARKDOWN_MAX_CHARS - tail.length) + tail;
  }
  return text;
}
