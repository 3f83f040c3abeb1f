/**
 * `aggregate.html`: the VM-size comparison as one self-contained page, in the look of
 * `report.html` (same stylesheet), with every chart drawn to SVG when the page is written, so it
 * carries no script and loads nothing. Everything that comes from data is escaped.
 */
import type {
  AggregateLevel,
  AggregateReport,
  ScenarioComparison,
  SizeResult,
} from './aggregate.js';
import {
  renderCostBySizeChart,
  renderLatencyBySizeChart,
  renderPerVcpuBySizeChart,
  renderThroughputBySizeChart,
} from './charts/size-comparison-charts.js';
import { escapeHtml, HTML_REPORT_STYLE } from './html.js';
import { shortLevelLabel } from '../stats/metric-format.js';
import {
  formatCostPerMillion,
  formatHourlyPrice,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from './units.js';

/** Styles only this page needs, on top of the report's. */
const AGGREGATE_STYLE = `
.headline.none { border-left-color: var(--warn); }
.headline.lowest-cost, .headline.highest-throughput { border-left-color: var(--good); }
tr.recommended td { background: #f0fdf4; }
tr.recommended td:first-child { font-weight: 600; }
td.size, td.limit { white-space: nowrap; }
.l-meets { color: var(--good); }
.l-breaks { color: var(--bad); }
.l-generator-bound, .l-no-data { color: var(--muted); }
`;

const LEVEL_WORDS: Record<AggregateLevel['status'], string> = {
  meets: 'meets',
  breaks: 'breaks',
  'generator-bound': 'generator-bound, not trusted',
  'no-data': 'no data',
};

const LIMIT_WORDS: Record<NonNullable<SizeResult['limit']>, string> = {
  slo: 'the SLO',
  saturation: 'saturation',
  'highest-level': 'levels tested',
  generator: 'generator',
};

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

/** An id for a scenario's section: letters, digits and hyphens. */
function scenarioId(c: ScenarioComparison, index: number): string {
  return `scenario-${index + 1}-${c.scenario
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)}`;
}

function money(amount: number | null, currency: string | null, format: (x: number) => string) {
  return amount === null || currency === null ? '-' : `${format(amount)} ${escapeHtml(currency)}`;
}

function sizesTable(c: ScenarioComparison): string {
  const rec = c.recommendation;
  const rows = c.sizes.map((s) => {
    const b = s.best;
    const recommended = s.vmSize === rec.vmSize && s.region === rec.region;
    const level = b
      ? escapeHtml(shortLevelLabel(b.model, b.level))
      : s.status === 'not-run'
        ? 'not run'
        : 'none meets';
    return `<tr${recommended ? ' class="recommended"' : ''}><td class="size">${escapeHtml(s.label)}${recommended ? '<br><span class="badge">recommended</span>' : ''}</td><td class="num">${s.vCpus ?? '?'}</td><td class="num">${level}</td><td class="num">${b ? formatRps(b.throughputRps) : '-'}</td><td class="num">${b ? formatUs(b.p99Us) : '-'}</td><td class="num">${b ? formatRatioPercent(b.errorRate) : '-'}</td><td class="limit">${s.limit ? (s.limit === 'generator' ? `<span class="flag">${LIMIT_WORDS[s.limit]}</span>` : LIMIT_WORDS[s.limit]) : '-'}</td><td class="num">${s.throughputPerVcpuRps === null ? '-' : formatRps(s.throughputPerVcpuRps)}</td><td class="num">${s.scalingEfficiency === null ? '-' : formatRatioPercent(s.scalingEfficiency)}</td><td class="num">${money(s.hourlyPrice, s.currency, formatHourlyPrice)}</td><td class="num">${money(s.costPerMillionRequests, s.currency, formatCostPerMillion)}</td></tr>`;
  });
  const baseline = c.scalingBaseline
    ? `req/s per vCPU relative to ${escapeHtml(c.scalingBaseline.vmSize)}`
    : 'none, as no size met the SLO';
  return `<div class="table-wrap"><table data-table="sizes"><caption class="muted">Best level: the highest throughput meeting the SLO; generator-bound levels are never counted. Limited by: what kept it from going higher (the SLO broken at the next level, saturation, no higher level tested, or generator-bound levels above it). Scaling: ${baseline}.</caption><thead><tr><th>VM size</th><th class="num">vCPUs</th><th class="num">Best level</th><th class="num">req/s under SLO</th><th class="num">p99</th><th class="num">errors</th><th>Limited by</th><th class="num">req/s per vCPU</th><th class="num">Scaling</th><th class="num">Price/h</th><th class="num">Cost/1M req</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function levelsTable(c: ScenarioComparison): string {
  const rows = c.sizes.flatMap((s) =>
    s.levels.map(
      (l) =>
        `<tr><td class="size">${escapeHtml(s.label)}</td><td class="num">${escapeHtml(shortLevelLabel(l.model, l.level))}</td><td class="num">${formatRps(l.throughputRps)}</td><td class="num">${formatUs(l.p50Us)}</td><td class="num">${formatUs(l.p99Us)}</td><td class="num">${formatRatioPercent(l.errorRate)}</td><td class="l-${l.status}">${LEVEL_WORDS[l.status]}</td><td class="why">${escapeHtml(l.reason)}</td></tr>`,
    ),
  );
  const summaries = c.sizes
    .map((s) => `<li><strong>${escapeHtml(s.label)}</strong>: ${escapeHtml(s.summary)}</li>`)
    .join('');
  return `<ul>${summaries}</ul><details><summary>Every level against the SLO</summary><div class="table-wrap"><table data-table="levels"><thead><tr><th>VM size</th><th class="num">Level</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">errors</th><th>SLO</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
}

function scenarioSection(report: AggregateReport, c: ScenarioComparison): string {
  const name = c.scenario;
  const charts = [
    chartFigure(
      'throughput-by-size',
      `${name}: highest throughput under the SLO`,
      renderThroughputBySizeChart(c, `${name}: highest throughput under the SLO`),
    ),
    chartFigure(
      'per-vcpu-by-size',
      `${name}: throughput per vCPU`,
      renderPerVcpuBySizeChart(c, `${name}: throughput per vCPU`),
    ),
  ];
  if (report.currency !== null && c.sizes.some((s) => s.costPerMillionRequests !== null)) {
    charts.push(
      chartFigure(
        'cost-by-size',
        `${name}: cost per million requests`,
        renderCostBySizeChart(c, report.currency, `${name}: cost per million requests`),
      ),
    );
  }
  charts.push(
    chartFigure(
      'latency-by-size',
      `${name}: p99 against throughput, by size`,
      renderLatencyBySizeChart(c, report.slo, `${name}: p99 against throughput, by size`),
    ),
  );
  const notes =
    c.notes.length > 0
      ? `<ul class="muted">${c.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
      : '';
  return `<p class="headline ${c.recommendation.basis}" data-recommendation>${escapeHtml(c.recommendation.sentence)}</p>${sizesTable(c)}${notes}<div class="charts-row two">${charts.join('')}</div>${levelsTable(c)}`;
}

function pricesSection(report: AggregateReport): string {
  const priced = report.sizes.filter((s) => s.price !== null);
  const rows = priced.map((s) => {
    const p = s.price!;
    const source =
      p.source === 'retail-prices-api'
        ? 'Azure Retail Prices API'
        : `configured table${p.asOf ? ` (as of ${escapeHtml(p.asOf)})` : ''}`;
    const meter = p.meter
      ? `${escapeHtml(p.meter.productName)} / ${escapeHtml(p.meter.meterName)}${p.meter.effectiveStartDate ? `, in effect since ${escapeHtml(formatUtc(p.meter.effectiveStartDate))}` : ''}`
      : '-';
    return `<tr><td class="size">${escapeHtml(s.vmSize)}</td><td>${escapeHtml(s.region)}</td><td class="num">${formatHourlyPrice(p.hourlyPrice)} ${escapeHtml(p.currency)}</td><td>${source}</td><td>${escapeHtml(formatUtc(p.fetchedAt))}</td><td>${meter}</td></tr>`;
  });
  const table =
    rows.length > 0
      ? `<div class="table-wrap"><table data-table="prices"><thead><tr><th>VM size</th><th>Region</th><th class="num">Price/hour</th><th>Source</th><th>Read at</th><th>Meter</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
      : '<p>No size has a price: costs are unknown.</p>';
  const missing =
    report.missingPrices.length > 0
      ? `<ul>${report.missingPrices.map((m) => `<li>No price for ${escapeHtml(m.vmSize)} in ${escapeHtml(m.region)}: ${escapeHtml(m.reason)}</li>`).join('')}</ul>`
      : '';
  return `${table}<p class="muted">Pay-as-you-go Linux prices (no Spot, Low Priority, reservation or Windows). Cost per million requests = price per hour / (req/s × 3,600) × 1,000,000, at the highest throughput meeting the SLO.</p>${missing}`;
}

function runsSection(report: AggregateReport): string {
  const rows = report.sizes.map(
    (s) =>
      `<tr><td class="size">${escapeHtml(s.vmSize)}</td><td>${escapeHtml(s.region)}</td><td class="num">${s.vCpus ?? '?'}${s.vCpusSource === 'given' ? ' (given)' : ''}</td><td>${escapeHtml(s.run.id)}</td><td>${escapeHtml(formatUtc(s.run.startedAt))}</td><td>${escapeHtml(s.run.outcome)}${s.run.partial ? ' (partial)' : ''}</td><td class="name">${escapeHtml(s.run.imageDigest ?? s.run.image ?? '-')}</td><td class="name">${escapeHtml(s.run.source ?? '-')}</td></tr>`,
  );
  return `<div class="table-wrap"><table data-table="runs"><thead><tr><th>VM size</th><th>Region</th><th class="num">vCPUs</th><th>Run</th><th>Started</th><th>Outcome</th><th>Image</th><th>Read from</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** Renders the size comparison as one HTML document with inline CSS and SVG, and no script. */
export function renderAggregateHtml(report: AggregateReport): string {
  idCounter = 0;
  const sections: [string, string, string][] = report.scenarios.map((c, i) => [
    scenarioId(c, i),
    c.scenario,
    scenarioSection(report, c),
  ]);
  sections.push(['prices', 'Prices', pricesSection(report)]);
  if (report.notes.length > 0) {
    sections.push([
      'notes',
      'Notes',
      `<ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`,
    ]);
  }
  sections.push(['runs', 'Reports compared', runsSection(report)]);
  const sloNote = report.slo.defaultErrorRate ? ' (default error-rate limit)' : '';
  const sub = `${report.sizes.length} VM size${report.sizes.length === 1 ? '' : 's'} · ${report.scenarios.length} scenario${report.scenarios.length === 1 ? '' : 's'} · SLO ${report.slo.label}${sloNote} · compared ${formatUtc(report.createdAt)}`;
  const title = `${report.product}: VM-size comparison, ${formatUtc(report.createdAt)}`;
  const body = sections
    .map(
      ([id, label, html]) => `<section id="${id}"><h2>${escapeHtml(label)}</h2>${html}</section>`,
    )
    .join('\n');
  const nav = `<nav aria-label="Sections">${sections
    .map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`)
    .join('')}</nav>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action">
<title>${escapeHtml(title)}</title>
<style>${HTML_REPORT_STYLE}${AGGREGATE_STYLE}</style>
</head>
<body>
<main>
<header><h1>${escapeHtml(report.product)}: VM-size comparison</h1><p class="sub">${escapeHtml(sub)}</p></header>
${nav}
${body}
<footer>Written by bench-action at ${escapeHtml(formatUtc(report.createdAt))} from ${report.sizes.length} run report${report.sizes.length === 1 ? '' : 's'}. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
