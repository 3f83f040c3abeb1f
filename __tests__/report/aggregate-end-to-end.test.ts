/**
 * The size comparison as `bench aggregate` and `mode: aggregate` will run it: a directory of
 * downloaded artifacts, prices from the Retail Prices API (the loopback fake) with the table as
 * fallback, the model, and every rendering.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PricesConfigSchema } from '../../src/core/pricing/prices-config.js';
import { buildAggregateReport, vmPlacementsOf } from '../../src/core/report/aggregate.js';
import { renderAggregateCsv } from '../../src/core/report/aggregate-csv.js';
import { renderAggregateHtml } from '../../src/core/report/aggregate-html.js';
import { renderAggregateJson } from '../../src/core/report/aggregate-json.js';
import { renderAggregateMarkdown } from '../../src/core/report/aggregate-markdown.js';
import { renderJsonReport } from '../../src/core/report/json.js';
import { parseSlo } from '../../src/core/stats/slo.js';
import { lookupVmPrices } from '../../src/edges/azure/retail-prices-client.js';
import { readReportSet } from '../../src/edges/files/read-report-set.js';
import { startRetailPricesFake, type RetailPricesFake } from '../support/retail-prices-fake.js';
import { nightlySweep, sizeReport } from '../support/reports/size-reports.js';

let dir = '';
let fake: RetailPricesFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a size comparison from downloaded artifacts', () => {
  it('reads the legs, prices them through the API and the table, and renders one comparison', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-aggregate-e2e-'));
    const legs = [
      ...nightlySweep(),
      sizeReport({ vmSize: 'Standard_E4s_v5', levels: [{ level: 8, rps: 4200, p99Ms: 18 }] }),
    ];
    for (const report of legs) {
      const folder = join(dir, `bench-reframe-${report.environment.vmSize}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'result.json'), renderJsonReport(report));
    }
    mkdirSync(join(dir, 'bench-reframe-broken'));
    writeFileSync(join(dir, 'bench-reframe-broken', 'result.json'), '{"schemaVersion": 1');

    const set = await readReportSet(dir);
    expect(set.unreadable.map((u) => u.file)).toEqual([
      join(dir, 'bench-reframe-broken', 'result.json'),
    ]);
    fake = await startRetailPricesFake();
    const config = PricesConfigSchema.parse({
      asOf: '2026-06-01',
      table: { Standard_E4s_v5: { westeurope: 0.252 } },
    });
    const now = new Date('2026-11-29T04:00:00.000Z');
    const lookup = await lookupVmPrices(vmPlacementsOf(set.reports), config, {
      baseUrl: fake.pricesUrl,
      now: () => now,
      sleep: () => Promise.resolve(),
    });
    const parsed = parseSlo('p99 < 50ms');
    if ('errors' in parsed) throw new Error(parsed.errors.join('; '));
    const comparison = buildAggregateReport({
      reports: set.reports.map(({ file, report }) => ({ report, source: file })),
      slo: parsed.slo,
      ...lookup,
      createdAt: now,
    });

    expect(comparison.sizes.map((s) => [s.vmSize, s.price?.hourlyPrice, s.price?.source])).toEqual([
      ['Standard_D2s_v5', 0.096, 'retail-prices-api'],
      ['Standard_D4s_v5', 0.192, 'retail-prices-api'],
      ['Standard_E4s_v5', 0.252, 'configured-table'],
      ['Standard_D8s_v5', 0.384, 'retail-prices-api'],
      ['Standard_D16s_v5', 0.768, 'retail-prices-api'],
    ]);
    expect(comparison.scenarios[0]?.recommendation.sentence).toMatch(
      /^Standard_D8s_v5 serves mt-to-mx at the lowest cost, 0\.0097 USD per million requests under p99 < 50 ms \(error rate < 0\.1%\)/,
    );
    expect(comparison.notes).toContain(
      "Standard_E4s_v5: the Retail Prices API gave no price (No pay-as-you-go Linux price for Standard_E4s_v5 in westeurope: the Retail Prices API has no meter for Standard_E4s_v5 in westeurope); the configured table's price was used",
    );
    expect(renderAggregateMarkdown(comparison)).toContain('| **Standard_D8s_v5** | 8 |');
    expect(renderAggregateCsv(comparison).split('\r\n')).toHaveLength(1 + 2 * 5 + 1);
    expect(JSON.parse(renderAggregateJson(comparison))).toMatchObject({ schemaVersion: 1 });
    expect(renderAggregateHtml(comparison)).toContain('data-chart="cost-by-size"');
  });
});
