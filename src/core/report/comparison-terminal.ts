/**
 * The comparison as the CLI prints it after the results table: the headline, one aligned row
 * per judged metric (values, change, interval, verdict) and the thresholds that did not pass,
 * with how much and at what confidence. Short and plain, so it reads the same in a CI log.
 */
import type { Comparison, MetricComparison, ThresholdResult } from './comparison-model.js';
import {
  formatChange,
  formatConfidence,
  formatInterval,
  formatMetricValue,
  metricLabel,
  shortLevelLabel,
} from '../stats/metric-format.js';
import { describeAbDesign } from './describe-ab-design.js';

/** Options of `renderComparisonTerminal`. */
export interface ComparisonTerminalOptions {
  /** Use ANSI colours (only when writing to a TTY that wants them). */
  color: boolean;
}

const VERDICT_WORDS: Record<MetricComparison['verdict'], string> = {
  regression: 'REGRESSION',
  improvement: 'improvement',
  'no-change': 'no change',
  inconclusive: 'inconclusive',
  invalid: 'not judged',
};

function paint(color: boolean, code: string, text: string): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function row(m: MetricComparison): string[] {
  return [
    m.scenario,
    shortLevelLabel(m.model, m.level),
    metricLabel(m.metric),
    formatMetricValue(m.metric, m.baseline),
    formatMetricValue(m.metric, m.candidate),
    formatChange(m.change, m.changeKind),
    m.ci ? `${formatInterval(m.ci, m.changeKind)} (${formatConfidence(m.ci.confidence)})` : '-',
    VERDICT_WORDS[m.verdict],
  ];
}

function align(rows: string[][], leftColumns: number): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (i < leftColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** Renders the comparison (may be `undefined` for a plain run) and the threshold outcomes. */
export function renderComparisonTerminal(
  comparison: Comparison | undefined,
  thresholds: readonly ThresholdResult[],
  opts: ComparisonTerminalOptions,
): string {
  const lines: string[] = [];
  if (comparison && comparison.verdict !== 'no-baseline') {
    const verdictColor =
      comparison.verdict === 'regression'
        ? '31;1'
        : comparison.verdict === 'inconclusive'
          ? '33'
          : '1';
    lines.push(
      '',
      `${paint(opts.color, '1', `${comparison.candidateLabel} vs ${comparison.baselineLabel}`)}: ${paint(opts.color, verdictColor, comparison.verdict)}, ${comparison.headline}`,
    );
    const design = describeAbDesign(comparison);
    if (design) lines.push(paint(opts.color, '2', design));
    const header = [
      'scenario',
      'level',
      'metric',
      'baseline',
      'candidate',
      'change',
      'interval',
      'verdict',
    ];
    const table = align([header, ...comparison.metrics.map(row)], 3);
    lines.push(...table.map((l, i) => (i === 0 ? paint(opts.color, '2', l) : l)));
    const notable = comparison.metrics.filter(
      (m) => m.verdict === 'regression' || m.verdict === 'improvement',
    );
    for (const m of notable) {
      lines.push(
        `  ${m.scenario} @ ${shortLevelLabel(m.model, m.level)} ${metricLabel(m.metric)}: ${m.reason}`,
      );
    }
  }
  const failed = thresholds.filter((t) => t.status === 'fail' || t.status === 'warn');
  if (thresholds.length > 0) {
    const passed = thresholds.filter((t) => t.status === 'pass').length;
    const neutral = thresholds.length - passed - failed.length;
    lines.push(
      '',
      `Thresholds: ${passed} passed, ${thresholds.filter((t) => t.status === 'warn').length} warned, ${thresholds.filter((t) => t.status === 'fail').length} failed${neutral > 0 ? `, ${neutral} not judged` : ''}`,
    );
    const confidenceOf = (t: ThresholdResult): string => {
      if (t.kind !== 'relative') return '';
      const m = comparison?.metrics.find(
        (x) =>
          x.metric === t.metric &&
          x.scenario === t.scenario &&
          x.model === t.model &&
          x.level === t.level,
      );
      return m?.ci ? ` [${formatConfidence(m.ci.confidence)} confidence]` : '';
    };
    for (const t of failed) {
      const label =
        t.status === 'fail' ? paint(opts.color, '31;1', 'FAIL') : paint(opts.color, '33', 'warn');
      lines.push(
        `  ${label} ${t.threshold} at ${t.scenario} @ ${shortLevelLabel(t.model, t.level)}: ${t.message}${confidenceOf(t)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
