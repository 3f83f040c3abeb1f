/**
 * A same-session A/B on this machine: start the baseline and the candidate side by side, run
 * every scenario × level against both in interleaved rounds (A B, then B A, …, so drift, warm
 * caches and a busy neighbour hit both sides equally), judge the change with confidence
 * intervals, evaluate the thresholds and write one report directory. The candidate's report is
 * its median round (`selectMedianRound`): a real run, whose histograms and per-second series
 * belong together, rather than a merge of rounds that never ran side by side.
 */
import path from 'node:path';
import type { BenchPlan, ComparePlan, TargetPlan } from '../core/config/plan.js';
import type { LevelMeasurement } from '../core/engine/measurement.js';
import { redactArgv, redactUrl } from '../core/config/secrets.js';
import { runPlan } from '../core/engine/run-plan.js';
import { inputError } from '../core/errors.js';
import { defaultReportDir, newRunId } from '../core/report/run-ids.js';
import { renderComparisonCsv } from '../core/report/comparison-csv.js';
import type { Comparison, ThresholdResult } from '../core/report/comparison-model.js';
import { renderHtmlReport } from '../core/report/html.js';
import { renderJsonReport } from '../core/report/json.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import type { RunReport } from '../core/report/model.js';
import { DEFAULT_THRESHOLD, compareReports } from '../core/stats/compare.js';
import { estimateNoise } from '../core/stats/noise.js';
import { selectMedianRound } from '../core/stats/select-median-round.js';
import { attachThresholds } from '../core/stats/thresholds.js';
import {
  writeReportDir,
  type ExtraReportFile,
  type HlogFile,
} from '../edges/files/write-report-dir.js';
import { collectEnvironment } from '../edges/local/environment.js';
import {
  buildLocalReport,
  startWatchedTarget,
  type LocalRunOptions,
  type WatchedTarget,
} from './run-local.js';

/** Comparison settings used when a plan carries none (plans built by hand, not from a file). */
export const DEFAULT_COMPARE_PLAN: ComparePlan = {
  rounds: 5,
  noise: false,
  thresholdFraction: DEFAULT_THRESHOLD,
};

/**
 * Options of `runComparison`: those of a local run (the plan must have a `baseline`; progress
 * `index`/`count` count every level of every round), without the per-level callback.
 */
export type ComparisonRunOptions = Omit<LocalRunOptions, 'onLevel'>;

/** What an A/B run produced. */
export interface ComparisonRunResult {
  /** The candidate's median round, with `comparison` and `thresholds` (as in `result.json`). */
  report: RunReport;
  /** The baseline's median round (`baseline.json`). */
  baseline: RunReport;
  /** Every round of both sides, in the order they ran. */
  rounds: { baseline: RunReport[]; candidate: RunReport[] };
  comparison: Comparison;
  thresholds: ThresholdResult[];
  /** Report directory, absolute. */
  dir: string;
  /** Files written, `result.json` first. */
  files: string[];
}

/** The two sides of an A/B, as named in files and reports. */
type Side = 'baseline' | 'candidate';

/** Runs the plan as an A/B against its baseline and writes the report directory. */
export async function runComparison(opts: ComparisonRunOptions): Promise<ComparisonRunResult> {
  const { plan } = opts;
  const baselinePlan = plan.baseline;
  if (!baselinePlan) {
    throw inputError(
      'BASELINE_MISSING',
      'An A/B run needs a baseline and this plan has none',
      'Add `baseline:` to the config (same shape as `target:`).',
    );
  }
  const settings = plan.compare ?? DEFAULT_COMPARE_PLAN;
  const log = opts.log ?? (() => undefined);
  const startedAt = new Date();
  const id = newRunId(startedAt);
  const dir = path.resolve(opts.cwd, opts.outDir ?? defaultReportDir(startedAt, id));
  const environmentPromise = collectEnvironment({
    cwd: plan.configPath ? path.dirname(plan.configPath) : opts.cwd,
  });

  const targets = await startBoth(baselinePlan, plan.target, opts.signal, log);
  const measured: Record<Side, RoundMeasurements[]> = { baseline: [], candidate: [] };
  try {
    await runRounds(plan, settings.rounds, targets, measured, opts, log);
  } finally {
    await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
  }
  const environment = await environmentPromise;

  const build = (side: Side) =>
    measured[side].map((round, i) =>
      buildLocalReport({
        id: `${id}-${side}-${i + 1}`,
        plan,
        target: targets[side],
        measurements: round.measurements,
        startedAt: round.startedAt,
        finishedAt: round.finishedAt,
        environment,
        signal: opts.signal,
      }),
    );
  const built = { baseline: build('baseline'), candidate: build('candidate') };
  const rounds = {
    baseline: built.baseline.map((b) => b.report),
    candidate: built.candidate.map((b) => b.report),
  };
  const noise = settings.noise ? estimateNoise(rounds.baseline) : undefined;
  const comparison = compareReports(rounds.baseline, rounds.candidate, {
    threshold: settings.thresholdFraction,
    mode: 'ab',
    baselineLabel: `baseline (${describeTarget(baselinePlan)})`,
    candidateLabel: `candidate (${describeTarget(plan.target)})`,
    ...(noise ? { noise } : {}),
  });

  const candidateIndex = medianIndex(rounds.candidate);
  const baselineIndex = medianIndex(rounds.baseline);
  const candidateRound = built.candidate[candidateIndex];
  const baselineRound = built.baseline[baselineIndex];
  if (!candidateRound || !baselineRound) {
    // Only an abort before the first level ends here; nothing was measured to report.
    throw inputError(
      'NOTHING_MEASURED',
      'The A/B run ended before any level was measured',
      'Let the first round finish before interrupting.',
    );
  }
  const summarize = (side: Side, index: number, report: RunReport): RunReport => ({
    ...report,
    id: side === 'candidate' ? id : `${id}-baseline`,
    outcome: worstOutcome([...rounds.baseline, ...rounds.candidate]),
    partial: [...rounds.baseline, ...rounds.candidate].some((r) => r.partial),
    notes: [
      `A/B of ${rounds[side].length} round(s) per side, levels interleaved and the order alternating each round; this report is the ${side}'s median round (round ${index + 1}), see rounds/ for all of them.`,
      ...outcomeNotes(rounds),
      ...report.notes,
    ],
  });
  const baselineReport = summarize('baseline', baselineIndex, baselineRound.report);
  const candidateMedian = summarize('candidate', candidateIndex, candidateRound.report);
  const report = attachThresholds(plan, { ...candidateMedian, comparison }, comparison);
  const thresholds = report.thresholds ?? [];

  const extraFiles: ExtraReportFile[] = [
    { name: 'baseline.json', text: renderJsonReport(baselineReport) },
    { name: 'comparison.csv', text: renderComparisonCsv(comparison) },
    {
      name: 'report.html',
      text: renderHtmlReport({ report, baseline: baselineReport, comparison, thresholds }),
    },
    ...(['baseline', 'candidate'] as const).flatMap((side) =>
      rounds[side].map((r, i) => ({
        name: `rounds/${side}-${i + 1}.json`,
        text: renderJsonReport(r),
      })),
    ),
  ];
  const summaryMarkdown = renderRunSummaryMarkdown(report);
  const hlogs: HlogFile[] = candidateRound.hlogs;
  const files = await writeReportDir(dir, report, hlogs, {
    overwrite: opts.overwrite,
    summaryMarkdown,
    extraFiles,
  });
  log(`report written to ${dir}`);
  return { report, baseline: baselineReport, rounds, comparison, thresholds, dir, files };
}

/** One side's measurements of one round. */
interface RoundMeasurements {
  measurements: LevelMeasurement[];
  startedAt: Date;
  finishedAt: Date;
}

/** Starts the baseline, then the candidate; stops the baseline when the candidate fails. */
async function startBoth(
  baseline: TargetPlan,
  candidate: TargetPlan,
  signal: AbortSignal | undefined,
  log: (line: string) => void,
): Promise<Record<Side, WatchedTarget>> {
  const a = await startWatchedTarget(baseline, { signal, log });
  log(`baseline ready at ${redactUrl(a.running.baseUrl)}`);
  try {
    const b = await startWatchedTarget(candidate, { signal, log });
    log(`candidate ready at ${redactUrl(b.running.baseUrl)}`);
    return { baseline: a, candidate: b };
  } catch (error) {
    await a.stop();
    throw error;
  }
}

/**
 * Runs `rounds` rounds. Within a round, each scenario × level runs against both sides back to
 * back, so the two measurements of a level are minutes closer than whole-plan halves would be;
 * the side that goes first alternates every round.
 */
async function runRounds(
  plan: BenchPlan,
  rounds: number,
  targets: Record<Side, WatchedTarget>,
  measured: Record<Side, RoundMeasurements[]>,
  opts: ComparisonRunOptions,
  log: (line: string) => void,
): Promise<void> {
  const steps = plan.scenarios.flatMap((scenario) =>
    plan.load.levels.map((level) => ({ scenario, level })),
  );
  const count = rounds * steps.length * 2;
  let index = 0;
  for (let round = 0; round < rounds; round++) {
    const order: Side[] = round % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline'];
    log(`round ${round + 1}/${rounds}: ${order.join(' then ')} at every level`);
    const startedAt = new Date();
    const current: Record<Side, LevelMeasurement[]> = { baseline: [], candidate: [] };
    let stop = false;
    for (const step of steps) {
      for (const side of order) {
        if (opts.signal?.aborted) stop = true;
        if (stop) break;
        const at = index++;
        const single: BenchPlan = {
          ...plan,
          scenarios: [step.scenario],
          load: { ...plan.load, levels: [step.level] },
        };
        const result = await runPlan(single, {
          baseUrl: targets[side].running.baseUrl,
          signal: opts.signal,
          transport: opts.transport,
          onProgress: opts.onProgress
            ? (p) => opts.onProgress?.({ ...p, index: at, count })
            : undefined,
        });
        current[side].push(...result);
        if (result.some((m) => m.interrupted)) stop = true;
      }
      if (stop) break;
    }
    const finishedAt = new Date();
    for (const side of ['baseline', 'candidate'] as const) {
      if (current[side].length > 0) {
        measured[side].push({ measurements: current[side], startedAt, finishedAt });
      }
    }
    if (stop) break;
  }
}

/** Index of the median round (see `selectMedianRound`); 0 for no rounds. */
function medianIndex(rounds: readonly RunReport[]): number {
  const chosen = selectMedianRound(rounds);
  return chosen ? Math.max(0, rounds.indexOf(chosen)) : 0;
}

/** Interrupted wins over a target failure, which wins over ok: the whole session is judged. */
function worstOutcome(reports: readonly RunReport[]): RunReport['outcome'] {
  if (reports.some((r) => r.outcome === 'interrupted')) return 'interrupted';
  if (reports.some((r) => r.outcome === 'target-failure')) return 'target-failure';
  return 'ok';
}

/** Notes naming the rounds that did not end well, on either side. */
function outcomeNotes(rounds: Record<Side, RunReport[]>): string[] {
  const notes: string[] = [];
  for (const side of ['baseline', 'candidate'] as const) {
    rounds[side].forEach((r, i) => {
      if (r.outcome !== 'ok') notes.push(`${side} round ${i + 1} ended as "${r.outcome}".`);
    });
  }
  return notes;
}

/** A short name of a target for labels (secrets hidden): product and port, or the URL. */
function describeTarget(target: TargetPlan): string {
  switch (target.kind) {
    case 'url':
      return target.product ?? redactUrl(target.baseUrl);
    case 'command':
      return `${target.product ?? redactArgv(target.argv).join(' ')} on :${target.port === 0 ? 'auto' : target.port}`;
    case 'image':
      return target.image;
  }
}
