/**
 * `aggregate.csv`: the size comparison, one row per scenario × size, for spreadsheets. Like
 * `results.csv`: fixed columns with their unit in the name, plain numbers, empty cells where a
 * figure is unknown (the `summary` column says why), RFC 4180 quoting, CRLF line ends.
 */
import type { AggregateReport, ComparedSize, ScenarioComparison, SizeResult } from './aggregate.js';
import { quoteCsvCell } from './csv.js';

/** What one row is about. */
export interface AggregateCsvRow {
  /** The scenario. */
  scenario: ScenarioComparison;
  /** The size's result in the scenario. */
  result: SizeResult;
  /** The size, its run and price. */
  size: ComparedSize | undefined;
}

/** One column of `aggregate.csv`. */
export interface AggregateCsvColumn {
  /** Header name, with its unit. */
  name: string;
  /** One-line description for the docs. */
  description: string;
  /** Cell value; `undefined` or `null` writes an empty cell. */
  value: (row: AggregateCsvRow) => string | number | boolean | null | undefined;
}

const round = (x: number | null | undefined, digits: number) =>
  x === null || x === undefined ? undefined : Number(x.toFixed(digits));

/** The columns of `aggregate.csv`, in order. */
export const AGGREGATE_CSV_COLUMNS: readonly AggregateCsvColumn[] = [
  { name: 'scenario', description: 'Scenario name', value: (r) => r.scenario.scenario },
  { name: 'vm_size', description: 'ARM VM size', value: (r) => r.result.vmSize },
  { name: 'region', description: 'ARM region', value: (r) => r.result.region },
  {
    name: 'vcpus',
    description: 'vCPUs of the size (empty if unknown)',
    value: (r) => r.result.vCpus,
  },
  {
    name: 'status',
    description: '`meets-slo`, `no-level-meets-slo` or `not-run`',
    value: (r) => r.result.status,
  },
  {
    name: 'model',
    description: 'Load model of the chosen level: `closed` or `open`',
    value: (r) => r.result.best?.model,
  },
  {
    name: 'level',
    description: 'The level with the highest throughput meeting the SLO',
    value: (r) => r.result.best?.level,
  },
  {
    name: 'success_rps',
    description: 'Successful responses per second at that level',
    value: (r) => round(r.result.best?.throughputRps, 2),
  },
  {
    name: 'latency_p50_us',
    description: 'Median latency at that level, µs',
    value: (r) => r.result.best?.p50Us,
  },
  {
    name: 'latency_p99_us',
    description: '99th percentile latency at that level, µs',
    value: (r) => r.result.best?.p99Us,
  },
  {
    name: 'error_rate',
    description: 'Failures / requests at that level, a fraction from 0 to 1',
    value: (r) => round(r.result.best?.errorRate, 6),
  },
  {
    name: 'limit',
    description:
      'What stopped the search above it: `slo`, `saturation`, `highest-level` or `generator`',
    value: (r) => r.result.limit,
  },
  {
    name: 'rps_per_vcpu',
    description: 'success_rps / vcpus',
    value: (r) => round(r.result.throughputPerVcpuRps, 2),
  },
  {
    name: 'scaling_efficiency',
    description: "rps_per_vcpu / the scaling baseline's rps_per_vcpu (1 = same per vCPU)",
    value: (r) => round(r.result.scalingEfficiency, 4),
  },
  {
    name: 'hourly_price',
    description: 'Pay-as-you-go Linux price of one hour, in `currency`',
    value: (r) => r.result.hourlyPrice,
  },
  { name: 'currency', description: 'ISO 4217 currency code', value: (r) => r.result.currency },
  {
    name: 'price_source',
    description: '`retail-prices-api` or `configured-table`',
    value: (r) => r.size?.price?.source,
  },
  {
    name: 'price_fetched_at',
    description: 'When the price was read, ISO 8601 UTC',
    value: (r) => r.size?.price?.fetchedAt,
  },
  {
    name: 'cost_per_million_requests',
    description: 'hourly_price / (success_rps × 3600) × 1,000,000, in `currency`',
    value: (r) => round(r.result.costPerMillionRequests, 6),
  },
  {
    name: 'recommended',
    description: '`true` for the size the recommendation names',
    value: (r) =>
      r.scenario.recommendation.vmSize === r.result.vmSize &&
      r.scenario.recommendation.region === r.result.region,
  },
  { name: 'run_id', description: 'Run id of the report', value: (r) => r.size?.run.id },
  { name: 'summary', description: 'The result in words', value: (r) => r.result.summary },
];

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Renders `aggregate.csv`: a header row, then one row per scenario × size. */
export function renderAggregateCsv(report: AggregateReport): string {
  const rows = [AGGREGATE_CSV_COLUMNS.map((c) => c.name).join(',')];
  for (const scenario of report.scenarios) {
    for (const result of scenario.sizes) {
      const size = report.sizes.find(
        (s) => s.vmSize === result.vmSize && s.region === result.region,
      );
      const row = { scenario, result, size };
      rows.push(AGGREGATE_CSV_COLUMNS.map((c) => quoteCsvCell(cellText(c.value(row)))).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
