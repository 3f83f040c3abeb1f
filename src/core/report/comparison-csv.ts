/**
 * A comparison as CSV, one row per scenario × level × metric, for spreadsheets and scripts.
 * Values are raw numbers in base units (µs, req/s, fractions) so nothing is lost to formatting.
 */
import type { Comparison } from './comparison-model.js';

/** Column names, in order. */
export const COMPARISON_CSV_COLUMNS = [
  'scenario',
  'level',
  'metric',
  'baseline',
  'candidate',
  'change_pct',
  'ci_low_pct',
  'ci_high_pct',
  'verdict',
  'reason',
] as const;

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number without float noise: at most 6 decimals, trailing zeros dropped. */
function csvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  return String(Number(x.toFixed(6)));
}

/** A change as a percentage (ratio) or percentage points (error rate), two decimals. */
function csvPercent(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  return String(Number((x * 100).toFixed(2)));
}

/**
 * Renders a comparison as CSV with a header row and CRLF-free `\n` line ends. `change_pct`,
 * `ci_low_pct` and `ci_high_pct` are percent for ratios and percentage points for the error
 * rate; the interval cells are empty when there is no interval.
 */
export function renderComparisonCsv(comparison: Comparison): string {
  const lines = [COMPARISON_CSV_COLUMNS.join(',')];
  for (const m of comparison.metrics) {
    lines.push(
      [
        csvCell(m.scenario),
        csvNumber(m.level),
        m.metric,
        csvNumber(m.baseline),
        csvNumber(m.candidate),
        csvPercent(m.change),
        csvPercent(m.ci?.low),
        csvPercent(m.ci?.high),
        m.verdict,
        csvCell(m.reason),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
