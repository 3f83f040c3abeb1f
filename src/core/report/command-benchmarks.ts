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
import { analysePairs } from '../stats/paired-analysis.js';
import type { OverallVerdict } from './comparison-model.js';
import { quoteCsvCell } from './csv.js';
import type {
  BenchmarkThresholdResult,
  CommandAb,
  CommandBenchmarkReport,
  CommandComparison,
} from './model.js';
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
  confidence?: number,
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
      ? bootstrapRelativeChange(base, cand, {
          ...(seed !== undefined ? { seed } : {}),
          ...(confidence !== undefined ? { confidence } : {}),
        })
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
    method: 'bootstrap',
    verdict,
    reason: `${candidate.unit} changed ${formatChange(pointChange, 'ratio')} (interval ${formatInterval(ci, 'ratio')}, threshold ±${formatChange(threshold, 'ratio').slice(1)}; ${better} is better)`,
  };
}

/** What one round of a command A/B wrote, per command scenario, on both sides. */
export interface CommandAbRound {
  /** Round number, from 1. */
  round: number;
  /** Each command scenario's results on both sides, in plan order. */
  results: { scenario: string; baseline: CommandResult; candidate: CommandResult }[];
}

/** The value of a benchmark in one round: its median per-iteration sample, else its estimate. */
function roundValue(b: CommandBenchmark): number {
  return b.samples && b.samples.length > 0 ? median(b.samples) : b.estimate;
}

/**
 * Judges every benchmark over A/B rounds, paired by round as interleaved HTTP levels are: each
 * round gives one pair (each side's median per-iteration sample, or the estimate when the tool
 * keeps no samples), and with two pairs or more the change is the paired t interval of their log
 * ratios at `lookConfidence` (`analysePairs`), held against ±`threshold` by `judgeInterval`. A
 * single round falls back to the bootstrap of its samples (`compareCommandBenchmark`). The entry
 * of each benchmark is the candidate's median round, so its estimate and the tool's interval
 * belong together; every round's samples fed the judgement through its pair.
 */
export function compareCommandRounds(
  rounds: readonly CommandAbRound[],
  opts: { threshold: number; lookConfidence: number; seed?: number },
): CommandBenchmarkReport[] {
  const scenarios = [...new Set(rounds.flatMap((r) => r.results.map((x) => x.scenario)))];
  const out: CommandBenchmarkReport[] = [];
  for (const scenario of scenarios) {
    const names = [
      ...new Set(
        rounds.flatMap((r) =>
          r.results
            .filter((x) => x.scenario === scenario)
            .flatMap((x) => x.candidate.benchmarks.map((b) => b.name)),
        ),
      ),
    ].sort();
    for (const name of names) {
      const measured = rounds.flatMap((r) => {
        const x = r.results.find((y) => y.scenario === scenario);
        const cand = x?.candidate.benchmarks.find((b) => b.name === name);
        const base = x?.baseline.benchmarks.find((b) => b.name === name);
        return cand ? [{ round: r.round, base, cand }] : [];
      });
      const byValue = [...measured].sort((a, b) => roundValue(a.cand) - roundValue(b.cand));
      const chosen = byValue[Math.floor((byValue.length - 1) / 2)]!;
      const [entry] = commandBenchmarkReports(scenario, {
        format: 'generic',
        benchmarks: [chosen.cand],
      });
      const pairs = measured.flatMap((m) =>
        m.base
          ? [{ round: m.round, baseline: roundValue(m.base), candidate: roundValue(m.cand) }]
          : [],
      );
      const comparison = judgeBenchmarkPairs(measured, pairs, opts);
      out.push(comparison ? { ...entry!, comparison } : entry!);
    }
  }
  return out;
}

function judgeBenchmarkPairs(
  measured: readonly { round: number; base?: CommandBenchmark; cand: CommandBenchmark }[],
  pairs: { round: number; baseline: number; candidate: number }[],
  opts: { threshold: number; lookConfidence: number; seed?: number },
): CommandComparison | undefined {
  if (pairs.length === 0) return undefined;
  if (pairs.length === 1) {
    const only = measured.find((m) => m.base)!;
    return {
      ...compareCommandBenchmark(
        only.base!,
        only.cand,
        opts.threshold,
        opts.seed,
        opts.lookConfidence,
      ),
      pairs,
    };
  }
  const cand = measured[0]!.cand;
  const metric = cand.direction === 'higher-is-better' ? 'successRps' : 'p50';
  const baseline = median(pairs.map((p) => p.baseline));
  const pointChange = median(pairs.map((p) => p.candidate)) / baseline - 1;
  const interval = analysePairs(pairs, 'ratio', opts.lookConfidence);
  if (!interval) {
    return {
      baseline,
      change: pointChange,
      ci: null,
      method: 'paired-t',
      pairs,
      verdict: 'inconclusive',
      reason: `${cand.unit}: fewer than two rounds with positive values on both sides, so no interval`,
    };
  }
  const ci = { low: interval.low, high: interval.high, confidence: opts.lookConfidence };
  const { verdict } = judgeInterval(metric, ci, opts.threshold, 'ratio', 'rounds');
  const better = cand.direction === 'higher-is-better' ? 'higher' : 'lower';
  return {
    baseline,
    change: interval.estimate,
    ci,
    method: 'paired-t',
    pairs,
    verdict,
    reason: `${cand.unit} changed ${formatChange(interval.estimate, 'ratio')} over ${pairs.length} paired rounds (interval ${formatInterval(ci, 'ratio')}, threshold ±${formatChange(opts.threshold, 'ratio').slice(1)}; ${better} is better)`,
  };
}

/** Compared benchmarks with a verdict, and those still inconclusive (for the stopping rule). */
export function countDecidedBenchmarks(reports: readonly CommandBenchmarkReport[]): {
  decided: number;
  undecided: number;
} {
  let decided = 0;
  let undecided = 0;
  for (const r of reports) {
    if (!r.comparison) continue;
    if (r.comparison.verdict === 'inconclusive') undecided++;
    else if (r.comparison.verdict !== 'invalid') decided++;
  }
  return { decided, undecided };
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

/** The rounds of a command A/B as they ran, in one line: the order of each round and the stop. */
export function describeBenchmarkRounds(ab: CommandAb): string {
  const rounds = ab.schedule.rounds
    .map(
      (r) =>
        `${r.round}: ${r.steps.map((s) => `${s.scenario} ${s.order.join(' then ')}`).join(', ')}`,
    )
    .join('; ');
  return visibleText(
    `Interleaved rounds (seed ${ab.schedule.seed}), as they ran: ${rounds || 'none'}. ${ab.stopping.note}.`,
    { keepNewlines: false },
  );
}

/** One line per benchmark threshold result: its status and the outcome in words. */
export function describeBenchmarkThresholds(
  results: readonly BenchmarkThresholdResult[],
): string[] {
  return results.map((r) =>
    visibleText(`${r.status}: ${r.threshold}: ${r.message}`, { keepNewlines: false }),
  );
}
