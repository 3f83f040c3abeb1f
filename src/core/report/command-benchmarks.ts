/**
 * Command benchmarks in the report: the ingested results of `kind: command` scenarios as report
 * entries with their units, an A/B comparison of two runs judged by the same bootstrap and
 * interval rule as HTTP levels (`bootstrapRelativeChange`, `judgeInterval`,
 * `decideOverallVerdict`), and their CSV (`benchmarks.csv`) and Markdown renderings.
 */
import type { CommandBenchmark, CommandResult } from '../ingest/command-result.js';
import { bootstrapRelativeChange, median } from '../stats/bootstrap.js';
import { decideOverallVerdict, judgeInterval } from '../stats/compare.js';
import { formatChange, formatInterval } from '../stats/metric-format.js';
import type { OverallVerdict } from './comparison-model.js';
import { quoteCsvCell } from './csv.js';
import type { CommandBenchmarkReport, CommandComparison } from './model.js';
import { visibleText } from '../visible-text.js';

/** The report entries of one command scenario's results. */
export function commandBenchmarkReports(
  scenario: string,
  result: CommandResult,
): CommandBenchmarkReport[] {
  return result.benchmarks.map((b) => ({
    scenario,
    name: b.name,
    unit: b.unit,
    direction: b.direction,
    estimate: b.estimate,
    statistic: b.statistic,
    ...(b.interval ? { interval: { ...b.interval } } : {}),
    samples: b.samples?.length ?? 0,
    ...(b.iterations !== undefined ? { iterations: b.iterations } : {}),
  }));
}

/**
 * Judges the candidate's benchmark against the baseline's: the interval of the change of the
 * median per-iteration sample (bootstrap), held against ±`threshold` by `judgeInterval`. Without
 * samples on both sides there is no interval, and the verdict is inconclusive.
 */
export function compareCommandBenchmark(
  baseline: CommandBenchmark,
  candidate: CommandBenchmark,
  threshold: number,
  seed?: number,
): CommandComparison {
  // judgeInterval reads the direction from the metric: p50 is lower-is-better, successRps higher.
  const metric = candidate.direction === 'higher-is-better' ? 'successRps' : 'p50';
  const base = baseline.samples ?? [];
  const cand = candidate.samples ?? [];
  const pointChange =
    base.length > 0 && cand.length > 0
      ? median(cand) / median(base) - 1
      : candidate.estimate / baseline.estimate - 1;
  const interval =
    base.length >= 2 && cand.length >= 2
      ? bootstrapRelativeChange(base, cand, { ...(seed !== undefined ? { seed } : {}) })
      : undefined;
  if (!interval) {
    return {
      baseline: baseline.estimate,
      change: pointChange,
      ci: null,
      verdict: 'inconclusive',
      reason: `no per-iteration samples on both sides, so no interval (change of the estimates ${formatChange(pointChange, 'ratio')})`,
    };
  }
  const ci = { low: interval.low, high: interval.high, confidence: interval.confidence };
  const { verdict } = judgeInterval(metric, ci, threshold, 'ratio');
  const better = candidate.direction === 'higher-is-better' ? 'higher' : 'lower';
  return {
    baseline: baseline.estimate,
    change: pointChange,
    ci,
    verdict,
    reason: `${candidate.unit} changed ${formatChange(pointChange, 'ratio')} (interval ${formatInterval(ci, 'ratio')}, threshold ±${formatChange(threshold, 'ratio').slice(1)}; ${better} is better)`,
  };
}

/** Attaches to each candidate entry its comparison with the baseline's benchmark of that name. */
export function compareCommandResults(
  scenario: string,
  baseline: CommandResult,
  candidate: CommandResult,
  threshold: number,
  seed?: number,
): CommandBenchmarkReport[] {
  const byName = new Map(baseline.benchmarks.map((b) => [b.name, b]));
  const reports = commandBenchmarkReports(scenario, candidate);
  return reports.map((report, i) => {
    const base = byName.get(report.name);
    const cand = candidate.benchmarks[i]!;
    return base
      ? { ...report, comparison: compareCommandBenchmark(base, cand, threshold, seed) }
      : report;
  });
}

/** The overall verdict of compared benchmarks, by the same order as HTTP comparisons. */
export function commandVerdict(reports: readonly CommandBenchmarkReport[]): OverallVerdict {
  return decideOverallVerdict(reports.flatMap((r) => (r.comparison ? [r.comparison] : [])));
}

/** The columns of `benchmarks.csv`. */
export const BENCHMARK_CSV_COLUMNS = [
  'scenario',
  'benchmark',
  'unit',
  'direction',
  'statistic',
  'estimate',
  'ci_lower',
  'ci_upper',
  'ci_level',
  'samples',
  'iterations',
  'baseline_estimate',
  'change',
  'change_ci_low',
  'change_ci_high',
  'verdict',
] as const;

/** `benchmarks.csv`: one row per command benchmark, RFC 4180 with CRLF line ends. */
export function renderBenchmarksCsv(reports: readonly CommandBenchmarkReport[]): string {
  const rows = [BENCHMARK_CSV_COLUMNS.join(',')];
  for (const r of reports) {
    const c = r.comparison;
    const cells = [
      r.scenario,
      r.name,
      r.unit,
      r.direction,
      r.statistic,
      r.estimate,
      r.interval?.lower,
      r.interval?.upper,
      r.interval?.confidenceLevel,
      r.samples,
      r.iterations,
      c?.baseline,
      c?.change,
      c?.ci?.low,
      c?.ci?.high,
      c?.verdict,
    ];
    rows.push(
      cells.map((v) => quoteCsvCell(v === undefined || v === null ? '' : String(v))).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Lines for the terminal and Markdown: one per benchmark, with its unit and verdict. */
export function describeCommandBenchmarks(reports: readonly CommandBenchmarkReport[]): string[] {
  return reports.map((r) => {
    const ci = r.interval
      ? ` [${round(r.interval.lower)}, ${round(r.interval.upper)}] ${Math.round(r.interval.confidenceLevel * 100)}%`
      : '';
    const verdict = r.comparison ? `; ${r.comparison.verdict}: ${r.comparison.reason}` : '';
    return visibleText(
      `${r.scenario} ${r.name}: ${round(r.estimate)} ${r.unit} (${r.statistic}${ci})${verdict}`,
      { keepNewlines: false },
    );
  });
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
