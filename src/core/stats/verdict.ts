/**
 * The verdict of a run, decided once for every front end: `bench run` and `bench compare` turn
 * it into an exit code, the action into its `verdict` and `regressions` outputs, the summary,
 * the PR comment and whether the step fails under `fail-on`. Infrastructure comes first: a run
 * that was interrupted or whose target failed is never called a regression, and a verdict that
 * could not be judged never fails anything.
 */
import { ExitCode } from '../error-codes.js';
import { BenchError } from '../errors.js';
import type { Comparison, ThresholdResult } from '../report/comparison-model.js';
import type {
  BenchmarkThresholdResult,
  CommandBenchmarkReport,
  RunReport,
} from '../report/model.js';
import { decideOverallVerdict } from './compare.js';

/** Values of the action's `verdict` output, from best to worst news. */
export const Verdicts = [
  'pass',
  'improvement',
  'no-change',
  'no-baseline',
  'inconclusive',
  'regression',
  'threshold-failed',
  'target-failure',
  'error',
  'interrupted',
  'skipped',
] as const;
/** Overall outcome of a run as the workflow and the shell see it. */
export type Verdict = (typeof Verdicts)[number];

/** Values of the action's `fail-on` input: what fails the step. */
export const FailOnModes = ['regression', 'threshold', 'never'] as const;
/** What fails the step. */
export type FailOn = (typeof FailOnModes)[number];

/**
 * One finding behind a failing verdict, the same shape for every provider: a metric that
 * regressed in the comparison, or a fail threshold that was crossed. Listed in the
 * `regressions` output, the summary and the PR comment.
 */
export interface Finding {
  /** What found it. */
  source: 'comparison' | 'threshold';
  /** Scenario name. */
  scenario: string;
  /** Connections (closed model) or offered req/s (open model); 0 for a command benchmark. */
  level: number;
  /** The metric, e.g. `p99`, `throughput`, `errorRate`; a command benchmark's name. */
  metric: string;
  /** Threshold findings: the threshold as written in the config, e.g. `p99 < 50ms`. */
  threshold?: string;
  /** The finding in words. */
  reason: string;
  /** Baseline value (µs, req/s or fraction), when there is one. */
  baseline?: number;
  /** Candidate value (threshold findings: the observed value), same unit as `baseline`. */
  candidate?: number;
  /** Relative change the comparison computed, when there is one. */
  change?: number;
}

/** What a run is judged on: its outcome, comparison and evaluated thresholds. */
export interface JudgedRun {
  /** How the run ended before any judgement (absent: it ended normally). */
  outcome?: RunReport['outcome'];
  /** Same-session or history comparison, when there was a baseline. */
  comparison?: Comparison;
  /** Thresholds evaluated at every level. */
  thresholds?: readonly ThresholdResult[];
  /** Limits on command benchmarks' estimates, evaluated per benchmark. */
  benchmarkThresholds?: readonly BenchmarkThresholdResult[];
  /** Command benchmarks, each with its A/B comparison when there was a baseline. */
  benchmarks?: readonly Pick<
    CommandBenchmarkReport,
    'scenario' | 'name' | 'estimate' | 'comparison'
  >[];
}

/** A run's verdict and the findings behind it. */
export interface RunJudgement {
  /** The overall verdict. */
  verdict: Verdict;
  /** Every regression and failed threshold, comparison findings first. */
  findings: Finding[];
}

/** Judges a run: interruption, then target failure, then fail thresholds, then the comparison. */
export function judgeRun(run: JudgedRun): RunJudgement {
  const thresholds = run.thresholds ?? [];
  const findings: Finding[] = [
    ...(run.comparison?.metrics ?? [])
      .filter((m) => m.verdict === 'regression')
      .map((m): Finding => ({
        source: 'comparison',
        scenario: m.scenario,
        level: m.level,
        metric: m.metric,
        reason: m.reason,
        baseline: m.baseline,
        candidate: m.candidate,
        change: m.change,
      })),
    ...(run.benchmarks ?? []).flatMap((b): Finding[] =>
      b.comparison?.verdict === 'regression'
        ? [
            {
              source: 'comparison',
              scenario: b.scenario,
              level: 0,
              metric: b.name,
              reason: b.comparison.reason,
              baseline: b.comparison.baseline,
              candidate: b.estimate,
              change: b.comparison.change,
            },
          ]
        : [],
    ),
    ...thresholds
      .filter((t) => t.status === 'fail')
      .map((t): Finding => ({
        source: 'threshold',
        scenario: t.scenario,
        level: t.level,
        metric: t.metric,
        threshold: t.threshold,
        reason: t.message,
        ...(t.observed !== null && { candidate: t.observed }),
      })),
    ...(run.benchmarkThresholds ?? [])
      .filter((t) => t.status === 'fail')
      .map((t): Finding => ({
        source: 'threshold',
        scenario: t.scenario,
        level: 0,
        metric: t.benchmark,
        threshold: t.threshold,
        reason: t.message,
        ...(t.observed !== null && { candidate: t.observed }),
      })),
  ];
  return { verdict: verdictOf(run, findings), findings };
}

function verdictOf(run: JudgedRun, findings: readonly Finding[]): Verdict {
  if (run.outcome === 'interrupted') return 'interrupted';
  if (run.outcome === 'target-failure') return 'target-failure';
  if (findings.some((f) => f.source === 'threshold')) return 'threshold-failed';
  // Command benchmarks are judged by the same rule as HTTP levels; a run has one or the other.
  const judged = (run.benchmarks ?? []).flatMap((b) => (b.comparison ? [b.comparison] : []));
  const comparisonVerdict =
    run.comparison?.verdict ?? (judged.length > 0 ? decideOverallVerdict(judged) : undefined);
  switch (comparisonVerdict) {
    case undefined:
      return 'pass';
    case 'regression':
    case 'improvement':
    case 'no-change':
    case 'inconclusive':
    case 'no-baseline':
      return comparisonVerdict;
    // Levels limited by the load generator cannot be judged: that is not a pass either.
    case 'invalid':
      return 'inconclusive';
  }
}

/** Exit code of `bench` for a verdict (see the README's exit codes). */
export function exitCodeOfVerdict(verdict: Verdict): ExitCode {
  switch (verdict) {
    case 'interrupted':
      return ExitCode.interrupted;
    case 'target-failure':
      return ExitCode.targetFailure;
    case 'error':
      return ExitCode.internalError;
    case 'threshold-failed':
    case 'regression':
      return ExitCode.thresholdFailed;
    default:
      return ExitCode.ok;
  }
}

/**
 * Whether a verdict fails the action's step under `fail-on`. A run that measured nothing
 * trustworthy (target failure, error, interruption) always fails; a crossed fail threshold
 * unless `never`; a regression only with `regression`.
 */
export function verdictFailsStep(verdict: Verdict, failOn: FailOn): boolean {
  switch (verdict) {
    case 'target-failure':
    case 'error':
    case 'interrupted':
      return true;
    case 'threshold-failed':
      return failOn !== 'never';
    case 'regression':
      return failOn === 'regression';
    default:
      return false;
  }
}

/** Whether the verdict is worth a PR comment under `comment: on-regression`. */
export function verdictIsBadNews(verdict: Verdict): boolean {
  return verdict === 'regression' || verdict === 'threshold-failed';
}

/**
 * The verdict of a run that produced no report: a target or infrastructure failure says so, any
 * other error (bad input, a bug) is an `error`.
 */
export function verdictOfError(error: unknown): Verdict {
  if (error instanceof BenchError && (error.kind === 'target' || error.kind === 'infrastructure')) {
    return 'target-failure';
  }
  return 'error';
}
