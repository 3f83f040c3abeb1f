/**
 * `results.csv`: one row per scenario × level, for spreadsheets and scripts. Columns are fixed
 * and carry their unit in their name; numbers are plain (no separators, `.` decimals), empty
 * when a figure does not apply. Quoting follows RFC 4180 with CRLF line ends.
 */
import { totalFailures, type LevelReport, type RunReport } from './model.js';

/** One CSV column: its header, what it holds, and how to read it from a level. */
export interface CsvColumn {
  /** Header name, with its unit. */
  name: string;
  /** One-line description for the docs. */
  description: string;
  /** Cell value; `undefined` writes an empty cell. */
  value: (level: LevelReport) => string | number | boolean | undefined;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** The columns of `results.csv`, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'scenario', description: 'Scenario name', value: (l) => l.scenario },
  { name: 'model', description: 'Load model: `closed` or `open`', value: (l) => l.model },
  {
    name: 'level',
    description: 'Connections (closed) or offered req/s (open)',
    value: (l) => l.level,
  },
  { name: 'connections', description: 'Connections used', value: (l) => l.connections },
  {
    name: 'pipelining',
    description: 'Requests in flight per connection',
    value: (l) => l.pipelining,
  },
  {
    name: 'offered_rps',
    description: 'Open model: intended arrival rate, req/s (empty for closed)',
    value: (l) => l.offeredRps,
  },
  {
    name: 'duration_s',
    description: 'Measured window, seconds',
    value: (l) => Math.round(l.durationMs) / 1000,
  },
  {
    name: 'requests',
    description:
      'Requests with an outcome in the window: successes, failures of every class and refusals (503, 429)',
    value: (l) => l.counts.total,
  },
  {
    name: 'success',
    description: 'Responses that passed every check',
    value: (l) => l.counts.success,
  },
  {
    name: 'errors',
    description: 'Failed requests, all classes (refusals are not failures)',
    value: (l) => totalFailures(l.counts.failures),
  },
  {
    name: 'error_rate',
    description: 'errors / requests, a fraction from 0 to 1',
    value: (l) => Math.round(l.errorRate * 1e6) / 1e6,
  },
  {
    name: 'success_rps',
    description: 'Successful responses per second',
    value: (l) => r2(l.throughput.successRps),
  },
  {
    name: 'total_rps',
    description: 'Completed requests per second',
    value: (l) => r2(l.throughput.totalRps),
  },
  {
    name: 'latency_min_us',
    description: 'Smallest latency of successes, µs',
    value: (l) => l.latencyUs.min,
  },
  {
    name: 'latency_mean_us',
    description: 'Mean latency of successes, µs',
    value: (l) => l.latencyUs.mean,
  },
  {
    name: 'latency_p50_us',
    description: 'Median latency of successes, µs',
    value: (l) => l.latencyUs.p50,
  },
  {
    name: 'latency_p75_us',
    description: '75th percentile latency, µs',
    value: (l) => l.latencyUs.p75,
  },
  {
    name: 'latency_p90_us',
    description: '90th percentile latency, µs',
    value: (l) => l.latencyUs.p90,
  },
  {
    name: 'latency_p95_us',
    description: '95th percentile latency, µs',
    value: (l) => l.latencyUs.p95,
  },
  {
    name: 'latency_p99_us',
    description: '99th percentile latency, µs',
    value: (l) => l.latencyUs.p99,
  },
  {
    name: 'latency_p999_us',
    description: '99.9th percentile latency, µs',
    value: (l) => l.latencyUs.p999,
  },
  {
    name: 'latency_p9999_us',
    description: '99.99th percentile latency, µs',
    value: (l) => l.latencyUs.p9999,
  },
  {
    name: 'latency_max_us',
    description: 'Largest latency of successes, µs',
    value: (l) => l.latencyUs.max,
  },
  {
    name: 'fail_connect',
    description: 'Failures: connection refused or not established',
    value: (l) => l.counts.failures.connect,
  },
  {
    name: 'fail_timeout',
    description: 'Failures: no complete response within the timeout',
    value: (l) => l.counts.failures.timeout,
  },
  {
    name: 'fail_reset',
    description: 'Failures: connection reset or closed mid-response',
    value: (l) => l.counts.failures.reset,
  },
  {
    name: 'fail_http_status',
    description: 'Failures: status code not accepted',
    value: (l) => l.counts.failures.httpStatus,
  },
  {
    name: 'fail_check',
    description: 'Failures: body check (JSON path, contains) failed',
    value: (l) => l.counts.failures.check,
  },
  {
    name: 'fail_protocol',
    description: 'Failures: the target broke HTTP/1.1 (unsolicited response, conflicting lengths)',
    value: (l) => l.counts.failures.protocol ?? 0,
  },
  {
    name: 'fail_unfinished',
    description: 'Failures: still unanswered when the level stopped waiting',
    value: (l) => l.counts.failures.unfinished ?? 0,
  },
  {
    name: 'back_pressure',
    description: 'Refusals, not failures: 503 answers the checks do not accept (back-pressure)',
    value: (l) => l.counts.backPressure ?? 0,
  },
  {
    name: 'rate_limited',
    description: 'Refusals, not failures: 429 answers the checks do not accept (rate limit)',
    value: (l) => l.counts.rateLimited ?? 0,
  },
  {
    name: 'back_pressure_rate',
    description: 'back_pressure / requests, a fraction from 0 to 1 (not part of error_rate)',
    value: (l) => Math.round((l.backPressureRate ?? 0) * 1e6) / 1e6,
  },
  {
    name: 'rate_limited_rate',
    description: 'rate_limited / requests, a fraction from 0 to 1 (not part of error_rate)',
    value: (l) => Math.round((l.rateLimitedRate ?? 0) * 1e6) / 1e6,
  },
  {
    name: 'late_sends',
    description: 'Open model: sends more than 1 ms after their intended time',
    value: (l) => l.counts.lateSends,
  },
  {
    name: 'dropped_sends',
    description: 'Open model: arrivals of the window never sent (no connection free in time)',
    value: (l) => l.counts.droppedSends,
  },
  { name: 'bytes_sent', description: 'Request bytes written', value: (l) => l.bytes.sent },
  { name: 'bytes_received', description: 'Response bytes read', value: (l) => l.bytes.received },
  {
    name: 'generator_cpu_pct',
    description: 'Load generator mean CPU, % of one core',
    value: (l) => r1(l.generator.cpuPercentMean),
  },
  {
    name: 'generator_cpu_us_per_req',
    description: 'Load generator CPU per completed request, µs',
    value: (l) => r1(l.generator.cpuUsPerRequest),
  },
  {
    name: 'generator_bound',
    description: '`true` when the generator, not the target, limited the level',
    value: (l) => l.generator.generatorBound,
  },
  {
    name: 'server_cpu_pct',
    description: 'Target mean CPU, % of one core (empty when not sampled)',
    value: (l) => (l.server ? r1(l.server.cpuPercentMean) : undefined),
  },
  {
    name: 'server_cpu_us_per_req',
    description: 'Target CPU per completed request, µs (empty when not sampled)',
    value: (l) => (l.server ? r1(l.server.cpuUsPerRequest) : undefined),
  },
  {
    name: 'server_rss_max_bytes',
    description: 'Target peak resident memory, bytes (empty when not sampled)',
    value: (l) => l.server?.rssBytesMax,
  },
];

/** Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF). */
export function quoteCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Renders `results.csv`: a header row, then one row per level in run order. */
export function renderCsvReport(report: RunReport): string {
  const rows = [CSV_COLUMNS.map((c) => c.name).join(',')];
  for (const level of report.levels) {
    rows.push(CSV_COLUMNS.map((c) => quoteCsvCell(cellText(c.value(level)))).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
