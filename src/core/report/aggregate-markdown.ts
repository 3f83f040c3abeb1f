/**
 * The size comparison as Markdown for the job summary: per scenario the recommendation in bold,
 * a table of sizes (throughput under the SLO, per vCPU, scaling, price, cost per million
 * requests), a Mermaid bar chart of the cost (GitHub renders `xychart-beta`) and why each size
 * stopped where it did, folded away; then where the prices came from and the notes. A job
 * summary over 1 MiB is dropped whole, so the text never exceeds `AGGREGATE_MARKDOWN_MAX_CHARS`.
 */
import type { AggregateReport, ScenarioComparison, SizeResult } from './aggregate.js';
import {
  formatCostPerMillion,
  formatHourlyPrice,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from './units.js';
import { shortLevelLabel } from '../stats/metric-format.js';
import { escapeMarkdown, safeMarkdownLink as safeLink } from './markdown-text.js';

/** Upper bound on the rendered length, in characters. */
export const AGGREGATE_MARKDOWN_MAX_CHARS = 60_000;

/** Longest free text kept in one cell or line. */
const MAX_CELL_CHARS = 400;

const escapeMd = (text: string): string => escapeMarkdown(text, MAX_CELL_CHARS);

/** Options of `renderAggregateMarkdown`. */
export interface AggregateMarkdownOptions {
  /** Link to the HTML comparison (artifact or Blob URL), shown at the top. */
  reportLink?: string;
}

/** Quotes a string for Mermaid (no double quotes, backticks or angle brackets inside). */
function mermaidString(text: string): string {
  const plain = text
    .replace(/["`\\]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\r\n]+/g, ' ');
  return `"${plain.slice(0, 80)}"`;
}

/** What an unknown figure shows. */
const NONE = '-';

function money(amount: number | null, currency: string | null, format: (x: number) => string) {
  return amount === null || currency === null ? NONE : `${format(amount)} ${escapeMd(currency)}`;
}

function sizeRow(s: SizeResult, recommended: boolean): string {
  const name = recommended ? `**${escapeMd(s.label)}**` : escapeMd(s.label);
  const b = s.best;
  const bound = s.limit === 'generator' ? ' ⚠' : '';
  const cells = [
    name,
    s.vCpus === null ? '?' : String(s.vCpus),
    b
      ? `${shortLevelLabel(b.model, b.level)}${bound}`
      : s.status === 'not-run'
        ? 'not run'
        : 'none',
    b ? formatRps(b.throughputRps) : NONE,
    b ? formatUs(b.p99Us) : NONE,
    b ? formatRatioPercent(b.errorRate) : NONE,
    s.throughputPerVcpuRps === null ? NONE : formatRps(s.throughputPerVcpuRps),
    s.scalingEfficiency === null ? NONE : formatRatioPercent(s.scalingEfficiency),
    money(s.hourlyPrice, s.currency, formatHourlyPrice),
    money(s.costPerMillionRequests, s.currency, formatCostPerMillion),
  ];
  return `| ${cells.join(' | ')} |`;
}

function costChart(c: ScenarioComparison): string[] {
  const priced = c.sizes.filter((s) => s.costPerMillionRequests !== null);
  // One bar says nothing the table does not.
  if (priced.length < 2) return [];
  const currency = priced[0]!.currency ?? '';
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidString(`${c.scenario}: cost per million requests under the SLO (${currency})`)}`,
    `  x-axis [${priced.map((s) => mermaidString(s.label.replace(/^Standard_/, ''))).join(', ')}]`,
    `  y-axis ${mermaidString(`${currency} per million requests`)}`,
    `  bar [${priced.map((s) => String(Number(s.costPerMillionRequests!.toPrecision(3)))).join(', ')}]`,
    '```',
  ];
}

function scenarioSection(c: ScenarioComparison): string[] {
  const rec = c.recommendation;
  const isRecommended = (s: SizeResult) => s.vmSize === rec.vmSize && s.region === rec.region;
  const baseline = c.scalingBaseline ? escapeMd(c.scalingBaseline.vmSize) : undefined;
  const lines = [
    `### ${escapeMd(c.scenario)}`,
    '',
    `**${escapeMd(rec.sentence)}**`,
    '',
    '| VM size | vCPUs | Best level | req/s under SLO | p99 | errors | req/s per vCPU | Scaling | Price/hour | Cost per 1M requests |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...c.sizes.map((s) => sizeRow(s, isRecommended(s))),
    '',
    `Best level: the highest throughput meeting the SLO, generator-bound levels never counted (⚠: higher levels were generator-bound). Scaling: req/s per vCPU relative to ${baseline ?? 'the smallest size with a result'}.`,
    '',
  ];
  const chart = costChart(c);
  if (chart.length > 0) lines.push(...chart, '');
  lines.push(
    '<details><summary>Why each size stopped where it did</summary>',
    '',
    ...c.sizes.map((s) => `- ${escapeMd(s.label)}: ${escapeMd(s.summary)}`),
    '',
    '</details>',
    '',
  );
  if (c.notes.length > 0) lines.push(...c.notes.map((n) => `- ${escapeMd(n)}`), '');
  return lines;
}

function pricesSection(report: AggregateReport): string[] {
  const priced = report.sizes.filter((s) => s.price !== null);
  const lines = ['### Prices', ''];
  if (priced.length > 0) {
    lines.push(
      '| VM size | Region | Price/hour | Source | Read at | Meter |',
      '|---|---|---:|---|---|---|',
      ...priced.map((s) => {
        const p = s.price!;
        const source =
          p.source === 'retail-prices-api'
            ? 'Azure Retail Prices API'
            : `configured table${p.asOf ? ` (as of ${escapeMd(p.asOf)})` : ''}`;
        const meterText = p.meter ? `${p.meter.productName} / ${p.meter.meterName}` : '-';
        return `| ${escapeMd(s.vmSize)} | ${escapeMd(s.region)} | ${formatHourlyPrice(p.hourlyPrice)} ${escapeMd(p.currency)} | ${source} | ${formatUtc(p.fetchedAt)} | ${escapeMd(meterText)} |`;
      }),
      '',
      'Pay-as-you-go Linux prices (no Spot, Low Priority, reservation or Windows); cost per million requests = price per hour / (req/s × 3,600) × 1,000,000.',
      '',
    );
  }
  if (report.missingPrices.length > 0) {
    lines.push(
      ...report.missingPrices.map(
        (m) =>
          `- No price for ${escapeMd(m.vmSize)} in ${escapeMd(m.region)}: ${escapeMd(m.reason)}`,
      ),
      '',
    );
  }
  return lines;
}

function runsSection(report: AggregateReport): string[] {
  return [
    '<details><summary>Reports compared</summary>',
    '',
    '| VM size | Region | Run | Started | Outcome | Image |',
    '|---|---|---|---|---|---|',
    ...report.sizes.map(
      (s) =>
        `| ${escapeMd(s.vmSize)} | ${escapeMd(s.region)} | ${escapeMd(s.run.id)} | ${formatUtc(s.run.startedAt)} | ${s.run.outcome}${s.run.partial ? ' (partial)' : ''} | ${escapeMd(s.run.imageDigest ?? s.run.image ?? '-')} |`,
    ),
    '',
    '</details>',
    '',
  ];
}

/** Renders the size comparison as Markdown, never longer than `AGGREGATE_MARKDOWN_MAX_CHARS`. */
export function renderAggregateMarkdown(
  report: AggregateReport,
  opts: AggregateMarkdownOptions = {},
): string {
  const sloNote = report.slo.defaultErrorRate
    ? ' The error-rate limit is the default, as the SLO names none.'
    : '';
  const lines = [
    `## ${escapeMd(report.product)}: VM-size comparison`,
    '',
    `SLO: ${escapeMd(report.slo.label)}.${sloNote} ${report.sizes.length} size${report.sizes.length === 1 ? '' : 's'}, ${report.scenarios.length} scenario${report.scenarios.length === 1 ? '' : 's'}; compared ${formatUtc(report.createdAt)}.`,
    '',
  ];
  if (opts.reportLink)
    lines.push(`Charts and every level: [the full comparison](${safeLink(opts.reportLink)})`, '');
  for (const c of report.scenarios) lines.push(...scenarioSection(c));
  lines.push(...pricesSection(report));
  if (report.notes.length > 0) {
    lines.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMd(n)}`), '');
  }
  lines.push(...runsSection(report));
  let text = `${lines.join('\n').trimEnd()}\n`;
  if (text.length > AGGREGATE_MARKDOWN_MAX_CHARS) {
    const tail = `\n\n_Cut at ${AGGREGATE_MARKDOWN_MAX_CHARS} characters; aggregate.json and the HTML comparison have everything._\n`;
    text = text.slice(0, AGGREGATE_MARKDOWN_MAX_CHARS - tail.length) + tail;
  }
  return text;
}
