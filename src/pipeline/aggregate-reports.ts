/**
 * The VM-size comparison as both front ends run it (`bench aggregate`, the action's
 * `mode: aggregate`, the end of `bench run --sweep`): read a set of reports (a directory of
 * downloaded artifacts or of sweep runs), take the SLO and the price settings from the flag or
 * input, else from the reports' own config, look the prices up, build the comparison and write
 * `aggregate.json`, `aggregate.csv`, `aggregate.md` and `aggregate.html`.
 */
import path from 'node:path';
import { inputError } from '../core/errors.js';
import {
  DEFAULT_PRICES_CONFIG,
  PricesConfigSchema,
  type PricesConfig,
} from '../core/pricing/prices-config.js';
import {
  buildAggregateReport,
  vmPlacementsOf,
  type AggregateReport,
} from '../core/report/aggregate.js';
import { renderAggregateCsv } from '../core/report/aggregate-csv.js';
import { renderAggregateHtml } from '../core/report/aggregate-html.js';
import { renderAggregateJson } from '../core/report/aggregate-json.js';
import { renderAggregateMarkdown } from '../core/report/aggregate-markdown.js';
import type { RunReport } from '../core/report/model.js';
import { parseSlo } from '../core/stats/slo.js';
import {
  lookupVmPrices,
  type RetailPricesClientOptions,
} from '../edges/azure/retail-prices-client.js';
import { readReportSet, type UnreadableReport } from '../edges/files/read-report-set.js';
import { writeRenderedFiles } from '../edges/files/write-report-dir.js';

/** What to compare and where to write it. */
export interface AggregateRequest {
  /** Directory holding the reports (`result.json` at any depth). */
  reportsDir: string;
  /** Output directory of the comparison. */
  outDir: string;
  /** SLO limits; default: the reports' config `slo`, else the comparison's default. */
  slo?: string[];
  /** `table` for offline prices only; default: the reports' config `cloud.prices.source`. */
  priceSource?: PricesConfig['source'];
  /** Replace an earlier comparison in `outDir`. */
  overwrite?: boolean;
  /** Where the SLO came from, for messages (e.g. `--slo`, `slo` input). */
  sloSource?: string;
}

/** The comparison and what went into it. */
export interface AggregateOutcome {
  /** The model, as written to `aggregate.json`. */
  report: AggregateReport;
  /** `aggregate.md`: for the job summary and the terminal. */
  markdown: string;
  /** Files written, absolute. */
  files: string[];
  /** Reports that could not be read, each by path. */
  unreadable: UnreadableReport[];
}

/** The reports' own `slo` (the first report that names one), as a list of limits. */
function sloOfReports(reports: readonly RunReport[]): string[] | undefined {
  for (const report of reports) {
    const slo = (report.config.resolved as { slo?: unknown } | null)?.slo;
    if (Array.isArray(slo) && slo.every((s) => typeof s === 'string')) return slo;
    if (typeof slo === 'string') return [slo];
  }
  return undefined;
}

/** The reports' own `cloud.prices`, when one names it and it is valid. */
function pricesOfReports(reports: readonly RunReport[]): PricesConfig | undefined {
  for (const report of reports) {
    const prices = (report.config.resolved as { cloud?: { prices?: unknown } } | null)?.cloud
      ?.prices;
    const parsed = PricesConfigSchema.safeParse(prices);
    if (prices !== undefined && parsed.success) return parsed.data;
  }
  return undefined;
}

/** Builds, renders and writes the comparison of the reports under `reportsDir`. */
export async function aggregateReports(
  request: AggregateRequest,
  options: { prices?: RetailPricesClientOptions; log?: (line: string) => void } = {},
): Promise<AggregateOutcome> {
  const log = options.log ?? (() => undefined);
  const set = await readReportSet(request.reportsDir);
  for (const bad of set.unreadable) log(`Skipped ${bad.file}: ${bad.message} (${bad.code})`);
  const reports = set.reports.map((entry) => entry.report);
  const limits = request.slo ?? sloOfReports(reports) ?? [];
  const parsed = parseSlo(limits.length > 0 ? limits : 'errorRate < 0.1%');
  if ('errors' in parsed) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${request.sloSource ?? 'slo'}: ${parsed.errors.join('; ')}`,
      "Write the SLO as limits such as 'p99 < 50ms' or 'p50 <= 10ms and p99 < 50ms'.",
    );
  }
  const configured = pricesOfReports(reports) ?? DEFAULT_PRICES_CONFIG;
  const pricesConfig: PricesConfig = {
    ...configured,
    ...(request.priceSource !== undefined && { source: request.priceSource }),
  };
  const lookup = await lookupVmPrices(vmPlacementsOf(reports), pricesConfig, {
    log,
    ...options.prices,
  });
  const report = buildAggregateReport({
    reports: set.reports.map(({ file, report: one }) => ({
      report: one,
      source: path.relative(request.reportsDir, file),
    })),
    slo: parsed.slo,
    ...lookup,
  });
  const markdown = renderAggregateMarkdown(report, { reportLink: 'aggregate.html' });
  const files = await writeRenderedFiles(
    request.outDir,
    [
      { name: 'aggregate.json', text: renderAggregateJson(report) },
      { name: 'aggregate.csv', text: renderAggregateCsv(report) },
      { name: 'aggregate.md', text: markdown },
      { name: 'aggregate.html', text: renderAggregateHtml(report) },
    ],
    { overwrite: request.overwrite ?? false, marker: 'aggregate.json' },
  );
  return { report, markdown, files, unreadable: set.unreadable };
}
