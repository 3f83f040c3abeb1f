/**
 * The size comparison's renderings: golden files for Markdown, CSV and JSON (rewrite with
 * `UPDATE_GOLDEN=1 npx vitest run __tests__/report/aggregate-renderers.test.ts`), the JSON
 * against the published schema, and the HTML's structure and escaping.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  AggregateReportSchema,
  buildAggregateReport,
  type AggregateReport,
} from '../../src/core/report/aggregate.js';
import { AGGREGATE_CSV_COLUMNS, renderAggregateCsv } from '../../src/core/report/aggregate-csv.js';
import { renderAggregateHtml } from '../../src/core/report/aggregate-html.js';
import { renderAggregateJson } from '../../src/core/report/aggregate-json.js';
import {
  AGGREGATE_MARKDOWN_MAX_CHARS,
  renderAggregateMarkdown,
} from '../../src/core/report/aggregate-markdown.js';
import { parseSlo, type Slo } from '../../src/core/stats/slo.js';
import {
  apiPrice,
  goldenComparison,
  nightlySweep,
  sizeReport,
} from '../support/reports/size-reports.js';
import { expectGolden } from '../support/golden.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function slo(text = 'p99 < 50ms'): Slo {
  const parsed = parseSlo(text);
  if ('errors' in parsed) throw new Error(parsed.errors.join('; '));
  return parsed.slo;
}

describe('the size comparison renderers', () => {
  it('renders the Markdown summary as the golden file', () => {
    expectGolden(
      'aggregate.md',
      renderAggregateMarkdown(goldenComparison(), {
        reportLink: 'https://example.invalid/artifacts/aggregate.html',
      }),
      'aggregate',
    );
  });

  it('renders the CSV as the golden file', () => {
    expectGolden('aggregate.csv', renderAggregateCsv(goldenComparison()), 'aggregate');
  });

  it('renders the JSON as the golden file', () => {
    expectGolden('aggregate.json', renderAggregateJson(goldenComparison()), 'aggregate');
  });

  it('writes JSON that the published schema accepts and that reads back to the same model', () => {
    const comparison = goldenComparison();
    const text = renderAggregateJson(comparison);
    const schema = JSON.parse(
      readFileSync(join(REPO, 'schemas', 'aggregate.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const value: unknown = JSON.parse(text);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(AggregateReportSchema.parse(value)).toEqual(comparison);
  });

  it('refuses to write JSON for a model the schema rejects', () => {
    const broken = { ...goldenComparison(), schemaVersion: 2 } as unknown as AggregateReport;
    expect(() => renderAggregateJson(broken)).toThrow(/does not match its schema/);
  });

  it('writes one CSV row per scenario and size, every row as wide as the header', () => {
    const lines = renderAggregateCsv(goldenComparison()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 4);
    expect(lines[0]).toBe(AGGREGATE_CSV_COLUMNS.map((c) => c.name).join(','));
    // Summaries hold commas: quoted cells keep the columns aligned.
    for (const line of lines.slice(1)) {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((c) => c !== '');
      expect(cells).toHaveLength(AGGREGATE_CSV_COLUMNS.length);
    }
  });

  it('keeps the Markdown under its limit however many scenarios there are', () => {
    const levels = Array.from({ length: 400 }, (_, i) => ({
      scenario: `scenario-${i}-${'x'.repeat(40)}`,
      level: 8,
      rps: 1000 + i,
      p99Ms: 20,
    }));
    const comparison = buildAggregateReport({
      reports: ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D8s_v5'].map((vmSize) =>
        sizeReport({ vmSize, levels }),
      ),
      slo: slo(),
      prices: [apiPrice('Standard_D4s_v5', 0.192)],
      createdAt: new Date('2026-11-29T05:00:00.000Z'),
    });
    const text = renderAggregateMarkdown(comparison);
    expect(text.length).toBeLessThanOrEqual(AGGREGATE_MARKDOWN_MAX_CHARS);
    expect(text).toMatch(/_Cut at 60000 characters; .*_\n$/);
  });

  it('escapes names in the Markdown so a scenario cannot break the table', () => {
    const comparison = buildAggregateReport({
      reports: [
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          levels: [{ scenario: 'a|b <img src=x>', level: 8, rps: 1000, p99Ms: 20 }],
        }),
      ],
      slo: slo(),
    });
    const text = renderAggregateMarkdown(comparison);
    expect(text).toContain('### a\\|b &lt;img src=x&gt;');
    expect(text).not.toContain('<img');
  });
});

describe('the size comparison page', () => {
  const html = renderAggregateHtml(goldenComparison());

  it('is one document with no script and no address outside the page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.filter((u) => !u.startsWith('#'))).toEqual([]);
  });

  it('draws four charts per scenario with prices, and three without', () => {
    expect(html.match(/data-chart="throughput-by-size"/g)).toHaveLength(2);
    expect(html.match(/data-chart="per-vcpu-by-size"/g)).toHaveLength(2);
    expect(html.match(/data-chart="cost-by-size"/g)).toHaveLength(2);
    expect(html.match(/data-chart="latency-by-size"/g)).toHaveLength(2);
    const unpriced = renderAggregateHtml(
      buildAggregateReport({ reports: nightlySweep(), slo: slo() }),
    );
    expect(unpriced.match(/data-chart="cost-by-size"/g)).toBeNull();
    expect(unpriced.match(/<svg/g)).toHaveLength(6);
  });

  it('leads each scenario with its recommendation and marks the recommended size', () => {
    const comparison = goldenComparison();
    for (const c of comparison.scenarios) {
      expect(html).toContain(
        `<p class="headline lowest-cost" data-recommendation>${c.recommendation.sentence.replace(/</g, '&lt;')}</p>`,
      );
    }
    expect(html.match(/<tr class="recommended">/g)).toHaveLength(2);
  });

  it('names where every price came from and every size without one', () => {
    expect(html).toContain('<table data-table="prices">');
    expect(html.match(/Azure Retail Prices API<\/td>/g)).toHaveLength(3);
    expect(html).toContain('No price for Standard_D16s_v5 in westeurope: the Retail Prices API');
  });

  it('escapes every name that comes from data', () => {
    const page = renderAggregateHtml(
      buildAggregateReport({
        reports: [
          sizeReport({
            vmSize: 'Standard_D4s_v5',
            product: 'evil"<script>alert(1)</script>',
            levels: [{ scenario: '<b>x</b>', level: 8, rps: 1000, p99Ms: 20 }],
          }),
        ],
        slo: slo(),
      }),
    );
    expect(page).not.toMatch(/<script|<b>x/);
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
