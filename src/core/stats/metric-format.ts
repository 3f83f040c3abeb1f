/**
 * Words and numbers for comparison findings, shared by verdict reasons, threshold messages and
 * the comparison renderers so a change reads the same everywhere ("+12.1%", "−0.25 pp").
 */
import type { ChangeInterval, ComparedMetric } from '../report/comparison-model.js';
import { formatCpuUsPerRequest, formatRatioPercent, formatRps, formatUs } from '../report/units.js';

/** Short display name of a compared metric. */
export function metricLabel(metric: ComparedMetric): string {
  switch (metric) {
    case 'successRps':
      return 'throughput';
    case 'p50':
      return 'p50';
    case 'p99':
      return 'p99';
    case 'p999':
      return 'p99.9';
    case 'errorRate':
      return 'error rate';
    case 'serverCpuUsPerRequest':
      return 'server CPU/request';
  }
}

/** A metric's value with its unit: `1.42 ms`, `12,345 req/s`, `0.12%`, `35.1 µs`. */
export function formatMetricValue(metric: ComparedMetric, value: number): string {
  switch (metric) {
    case 'successRps':
      return `${formatRps(value)} req/s`;
    case 'p50':
    case 'p99':
    case 'p999':
      return formatUs(value);
    case 'errorRate':
      return formatRatioPercent(value);
    case 'serverCpuUsPerRequest':
      return formatCpuUsPerRequest(value);
  }
}

/** A level in words: `32 connections`, `2,000 req/s offered`. */
export function levelLabel(model: 'closed' | 'open', level: number): string {
  if (model === 'open') return `${formatRps(level)} req/s offered`;
  return `${level} connection${level === 1 ? '' : 's'}`;
}

/** A level in a table cell: `32 conn`, `2,000 req/s`. */
export function shortLevelLabel(model: 'closed' | 'open', level: number): string {
  return model === 'open' ? `${formatRps(level)} req/s` : `${level} conn`;
}

/** A signed number with a real minus sign (U+2212), as typography expects. */
function signed(text: string, negative: boolean, zero: boolean): string {
  if (zero) return text;
  return negative ? `\u2212${text}` : `+${text}`;
}

/** A relative change (0.121 → `+12.1%`), one decimal, or whole percent above 100%. */
export function formatRelativeChange(change: number): string {
  if (!Number.isFinite(change)) return '-';
  const pct = Math.abs(change * 100);
  const digits = pct >= 100 ? 0 : 1;
  const text = pct.toFixed(digits);
  return `${signed(text, change < 0, Number(text) === 0)}%`;
}

/** An absolute change of a fraction in percentage points (0.0025 → `+0.25 pp`). */
export function formatPointChange(change: number): string {
  if (!Number.isFinite(change)) return '-';
  const pp = Math.abs(change * 100);
  const text =
    pp >= 10 ? pp.toFixed(1) : pp >= 0.01 || pp === 0 ? pp.toFixed(2) : pp.toPrecision(1);
  return `${signed(text, change < 0, Number(text) === 0)} pp`;
}

/** A change of the given kind. */
export function formatChange(change: number, kind: 'ratio' | 'difference'): string {
  return kind === 'ratio' ? formatRelativeChange(change) : formatPointChange(change);
}

/** An interval of a change: `−12.0%…+9.1%`. */
export function formatInterval(ci: ChangeInterval, kind: 'ratio' | 'difference'): string {
  return `${formatChange(ci.low, kind)}\u2026${formatChange(ci.high, kind)}`;
}

/** A limit or threshold (round numbers): `+5%` rather than `+5.0%`, `+0.10 pp`. */
export function formatLimit(change: number, kind: 'ratio' | 'difference'): string {
  return formatChange(change, kind).replace(/\.0(?=%)/, '');
}

/** A confidence level as a percentage with the digits it needs: `95%`, `96.3%`, `99.71%`, `99.9999%`. */
export function formatConfidence(confidence: number): string {
  const percent = confidence * 100;
  let digits = percent < 99 ? 1 : 2;
  while (digits < 6 && percent < 100 && Number(percent.toFixed(digits)) >= 100) digits++;
  return `${Number(percent.toFixed(digits))}%`;
}
