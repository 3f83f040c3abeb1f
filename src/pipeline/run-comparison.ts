/**
 * A same-session A/B on this machine: start the baseline and the candidate side by side, then
 * run rounds of every scenario × level against both as the A/B sequence (`ab-sequence.ts`)
 * says: in `interleaved` mode one side at a time, in the random order the schedule draws per
 * round and level; in `duet` mode both at once with one start time, each command target pinned
 * with `taskset` to its own half of the CPUs (swapped as the schedule says) and the level's load
 * split between them. After each round the sequence looks at the paired measurements and says
 * whether every judged metric is decided; the budget (`minRounds`, `maxRounds`, `timeBudget`)
 * bounds the rest. The candidate's report is its median round (`selectMedianRound`): a real
 * run, whose histograms and per-second series belong together.
 */
import path from 'node:path';
import type { BenchPlan, ComparePlan, TargetPlan } from '../core/config/plan.js';
import { DEFAULT_AB_MODE, DEFAULT_MAX_ROUNDS, DEFAULT_MIN_ROUNDS } from '../core/config/schema.js';
import type { LevelMeasurement } from '../core/engine/measurement.js';
import { redactArgv, redactUrl } from '../core/config/secrets.js';
import { runPlan } from '../core/engine/run-plan.js';
import { inputError } from '../core/errors.js';
import { planCoreSplit } from '../core/machine/plan-core-split.js';
import { defaultReportDir, newRunId } from '../core/report/run-ids.js';
import { renderComparisonCsv } from '../core/report/comparison-csv.js';
import type { Comparison, CoreSplit, ThresholdResult } from '../core/report/comparison-model.js';
import { renderHtmlReport } from '../core/report/html.js';
import { renderJsonReport } from '../core/report/json.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import type { Environment, RunReport } from '../core/report/model.js';
import type { HlogFile } from '../core/report/hlog.js';
import { createAbSequence } from '../core/stats/ab-sequence.js';
import {
  drawScheduleSeed,
  listAbSteps,
  type AbSide,
  type ScheduledRound,
} from '../core/stats/ab-schedule.js';
import { DEFAULT_THRESHOLD } from '../core/stats/compare.js';
import { estimateNoise } from '../core/stats/noise.js';
import { selectMedianRound } from '../core/stats/select-median-round.js';
import { attachThresholds } from '../core/stats/thresholds.js';
import { writeReportDir, type ExtraReportFile } from '../edges/files/write-report-dir.js';
import { allowedCpus, pinProcessGroup, whyCannotPin } from '../edges/local/cpu-affinity.js';
import { collectEnvironment } from '../edges/local/environment.js';
import { startMachineSampler, type MachineSampler } from '../edges/local/machine-sampler.js';
import type { SetupStepOutcome } from '../core/engine/setup-step.js';
import { secretValuesOf } from '../core/config/secrets.js';
import { redactReport } from '../core/report/redact-report.js';
import {
  buildLocalReport,
  runSetup,
  runTeardown,
  startWatchedTarget,
  type LocalRunOptions,
  type WatchedTarget,
} from './run-local.js';

/** Comparison settings used when a plan carries none (plans built by hand, not from a file). */
export const DEFAULT_COMPARE_PLAN: ComparePlan = {
  mode: DEFAULT_AB_MODE,
  modeDefaulted: true,
  minRounds: DEFAULT_MIN_ROUNDS,
  maxRounds: DEFAULT_MAX_ROUNDS,
  noise: false,
  thresholdFraction: DEFAULT_THRESHOLD,
};

/**
 * Options of `runComparison`: those of a local run (the plan must have a `baseline`; progress
 * `index`/`count` count every level run of every round, `count` at the budget's most rounds),
 * without the per-level callback.
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
  /** The paired verdicts, with the schedule, the core split and why the rounds stopped. */
  comparison: Comparison;
  /** Threshold results of the candidate's report. */
  thresholds: ThresholdResult[];
  /** Report directory, absolute. */
  dir: string;
  /** Files written, `result.json` first. */
  files: string[];
}

/** The two sides of an A/B, as named in files and reports. */
type Side = AbSide;

/** One round's reports and `.hlog` files, per side. */
interface BuiltRound {
  reports: Record<Side, RunReport | undefined>;
  hlogs: Record<Side, HlogFile[]>;
}

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
  const log = opts.log ?? (() => undefined);
  const settings = await chooseMode(
    plan.compare ?? DEFAULT_COMPARE_PLAN,
    baselinePlan,
    plan.target,
    log,
  );
  const startedAt = new Date();
  const id = newRunId(startedAt);
  const dir = path.resolve(opts.cwd, opts.outDir ?? defaultReportDir(startedAt, id));
  const seed = settings.seed ?? drawScheduleSeed();
  // Decided before any target starts: a duet this machine cannot run is refused at once.
  const cores =
    settings.mode === 'duet' ? await planDuetCores(baselinePlan, plan.target) : undefined;
  const environmentPromise = collectEnvironment({
    cwd: plan.configPath ? path.dirname(plan.configPath) : opts.cwd,
  });

  const sequence = createAbSequence({
    mode: settings.mode,
    seed,
    budget: {
      minRounds: settings.minRounds,
      maxRounds: settings.maxRounds,
      ...(settings.timeBudgetMs !== undefined ? { timeBudgetMs: settings.timeBudgetMs } : {}),
    },
    steps: listAbSteps(plan.scenarios, plan.load.model, plan.load.levels),
    threshold: settings.thresholdFraction,
    ...(settings.metrics ? { metrics: settings.metrics } : {}),
    baselineLabel: `baseline (${describeTarget(baselinePlan)})`,
    candidateLabel: `candidate (${describeTarget(plan.target)})`,
    ...(cores ? { cores } : {}),
  });
  if (cores) log(cores.note);

  const targets = await startBoth(baselinePlan, plan.target, opts.signal, log);
  // Each side is set up on its own (both register the same workflows and channels).
  const setup: SetupStepOutcome[] = [];
  try {
    for (const side of ['baseline', 'candidate'] as const) {
      const steps = await runSetup(plan, targets[side].running.baseUrl, opts.signal, (line) =>
        log(`${side} ${line}`),
      );
      setup.push(...steps.map((s) => ({ ...s, name: `${side}: ${s.name}` })));
    }
  } catch (error) {
    await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
    throw error;
  }
  const machine = startMachineSampler();
  const built: BuiltRound[] = [];
  try {
    const environment = await environmentPromise;
    const runner = createRoundRunner(plan, settings, targets, cores, opts);
    const began = performance.now();
    for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
      log(describeRound(scheduled, settings, cores));
      const roundStart = new Date();
      const { measured, interrupted } = await runner(scheduled);
      const round = buildRound(plan, id, scheduled.round, targets, measured, {
        startedAt: roundStart,
        finishedAt: new Date(),
        environment,
        signal: opts.signal,
        machine,
      });
      built.push(round);
      if (interrupted || opts.signal?.aborted) {
        sequence.abort('interrupted', `interrupted during round ${scheduled.round}`);
        break;
      }
      const exited = (['baseline', 'candidate'] as const).filter((s) => targets[s].exitedUnasked());
      if (exited.length > 0) {
        sequence.abort(
          'target-failure',
          `the ${exited.join(' and ')} exited during round ${scheduled.round}`,
        );
        break;
      }
      if (round.reports.baseline && round.reports.candidate) {
        const decision = sequence.recordRound(
          {
            round: scheduled.round,
            baseline: round.reports.baseline.levels,
            candidate: round.reports.candidate.levels,
          },
          performance.now() - began,
        );
        log(decision.note);
        if (decision.stop) break;
      }
    }
    for (const side of ['baseline', 'candidate'] as const) {
      const steps = await runTeardown(plan, targets[side].running.baseUrl, (line) =>
        log(`${side} ${line}`),
      );
      setup.push(...steps.map((s) => ({ ...s, name: `${side}: ${s.name}` })));
    }
  } finally {
    machine.stop();
    await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
  }

  const rounds = {
    baseline: built.flatMap((b) => (b.reports.baseline ? [b.reports.baseline] : [])),
    candidate: built.flatMap((b) => (b.reports.candidate ? [b.reports.candidate] : [])),
  };
  const hlogs = {
    baseline: built.flatMap((b) => (b.reports.baseline ? [b.hlogs.baseline] : [])),
    candidate: built.flatMap((b) => (b.reports.candidate ? [b.hlogs.candidate] : [])),
  };
  const noise = settings.noise ? estimateNoise(rounds.baseline) : undefined;
  const comparison = sequence.result(noise ? { noise } : {});

  const candidateIndex = medianIndex(rounds.candidate);
  const baselineIndex = medianIndex(rounds.baseline);
  const candidateRound = rounds.candidate[candidateIndex];
  const baselineRound = rounds.baseline[baselineIndex];
  if (!candidateRound || !baselineRound) {
    // Only an abort before the first level ends here; nothing was measured to report.
    throw inputError(
      'NOTHING_MEASURED',
      'The A/B run ended before any level was measured',
      'Let the first round finish before interrupting.',
    );
  }
  const everyRound = [...rounds.baseline, ...rounds.candidate];
  // The steps' words may quote the target's answers: hidden like every other report text.
  const shownSetup = redactReport({ ...candidateRound, setup }, secretValuesOf(plan)).setup;
  const summarize = (side: Side, index: number, report: RunReport): RunReport => ({
    ...report,
    ...(shownSetup && shownSetup.length > 0 ? { setup: shownSetup } : {}),
    id: side === 'candidate' ? id : `${id}-baseline`,
    outcome: worstOutcome(everyRound),
    partial: everyRound.some((r) => r.partial),
    notes: [
      `${settings.mode === 'duet' ? 'Duet' : 'Interleaved'} A/B of ${rounds[side].length} round(s) per side (${comparison.stopping?.note ?? 'see the comparison'}); this report is the ${side}'s median round (round ${index + 1}), see rounds/ for all of them.`,
      ...outcomeNotes(rounds),
      ...report.notes,
    ],
  });
  const baselineReport = summarize('baseline', baselineIndex, baselineRound);
  const candidateMedian = summarize('candidate', candidateIndex, candidateRound);
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
  const files = await writeReportDir(dir, report, hlogs.candidate[candidateIndex] ?? [], {
    overwrite: opts.overwrite,
    summaryMarkdown,
    extraFiles,
  });
  log(`report written to ${dir}`);
  return { report, baseline: baselineReport, rounds, comparison, thresholds, dir, files };
}

/**
 * The default mode for these targets on this machine. A duet is the default only where it can
 * split the CPUs between pinned targets: with one CPU, or with targets bench cannot pin (URL or
 * image targets, no `taskset`), both sides would share one generator's event loop and CPUs, and
 * an A/A of one URL against itself came out with a p99 "regression" that way. The log says why;
 * a duet the config asked for is kept (and refused later on one CPU).
 */
async function chooseMode(
  settings: ComparePlan,
  baseline: TargetPlan,
  candidate: TargetPlan,
  log: (line: string) => void,
): Promise<ComparePlan> {
  if (!settings.modeDefaulted || settings.mode !== 'duet') return settings;
  const cpus = allowedCpus();
  const why =
    cpus.length < 2
      ? `this run may use only ${cpus.length === 1 ? `CPU ${cpus[0]}` : 'no CPU it can name'}`
      : await whyTargetsCannotBePinned(baseline, candidate);
  if (why === undefined) return settings;
  log(`compare.mode is not set and ${why}: interleaved rounds instead of the default duet.`);
  return { ...settings, mode: 'interleaved' };
}

/** Why the two targets cannot be pinned to CPUs, or undefined when they can. */
async function whyTargetsCannotBePinned(
  baseline: TargetPlan,
  candidate: TargetPlan,
): Promise<string | undefined> {
  const kinds = [baseline.kind, candidate.kind];
  if (kinds.includes('url')) {
    return 'a URL target is not a process this run started, so it cannot be pinned';
  }
  if (kinds.includes('image')) return 'image targets are not pinned by the local provider';
  return whyCannotPin();
}

/** The core split of a duet on this machine; throws `DUET_NEEDS_TWO_CPUS` with one CPU. */
async function planDuetCores(baseline: TargetPlan, candidate: TargetPlan): Promise<CoreSplit> {
  const cannotPin = await whyTargetsCannotBePinned(baseline, candidate);
  return planCoreSplit({ cpus: allowedCpus(), ...(cannotPin ? { cannotPin } : {}) });
}

/** The round in one log line: which side goes first (or sits on which CPUs) at each level. */
function describeRound(
  scheduled: ScheduledRound,
  settings: ComparePlan,
  cores: CoreSplit | undefined,
): string {
  const steps = scheduled.steps
    .map((s) =>
      settings.mode === 'duet' && cores?.pinned
        ? `${s.scenario}@${s.level}: ${s.order[0]} on CPU ${cores.first.join(',')}`
        : `${s.scenario}@${s.level}: ${s.order.join(' then ')}`,
    )
    .join('; ');
  return `round ${scheduled.round} (at most ${settings.maxRounds}): ${steps}`;
}

/** What one round measured on each side, and whether it was cut short. */
interface RoundMeasurements {
  measured: Record<Side, LevelMeasurement[]>;
  interrupted: boolean;
}

/**
 * A function that runs one scheduled round: interleaved, each step against one side after the
 * other in the scheduled order; duet, each step against both at once from one start time, each
 * side at half the level's load, pinned to the CPUs the order gives it.
 */
function createRoundRunner(
  plan: BenchPlan,
  settings: ComparePlan,
  targets: Record<Side, WatchedTarget>,
  cores: CoreSplit | undefined,
  opts: ComparisonRunOptions,
): (scheduled: ScheduledRound) => Promise<RoundMeasurements> {
  const steps = plan.scenarios.length * plan.load.levels.length;
  const perRound = settings.mode === 'duet' ? steps : 2 * steps;
  const count = settings.maxRounds * perRound;
  let index = 0;
  const planOf = (scenario: string, level: number): BenchPlan => ({
    ...plan,
    scenarios: plan.scenarios.filter((s) => s.name === scenario),
    load: { ...plan.load, levels: [level] },
  });
  const progress = (at: number) =>
    opts.onProgress
      ? (p: Parameters<NonNullable<ComparisonRunOptions['onProgress']>>[0]) =>
          opts.onProgress?.({ ...p, index: at, count })
      : undefined;
  return async (scheduled) => {
    const measured: Record<Side, LevelMeasurement[]> = { baseline: [], candidate: [] };
    for (const step of scheduled.steps) {
      if (opts.signal?.aborted) return { measured, interrupted: true };
      const single = planOf(step.scenario, step.level);
      if (settings.mode === 'interleaved') {
        for (const side of step.order) {
          if (opts.signal?.aborted) return { measured, interrupted: true };
          const result = await runPlan(single, {
            baseUrl: targets[side].running.baseUrl,
            signal: opts.signal,
            transport: opts.transport,
            onProgress: progress(index++),
          });
          measured[side].push(...result);
          if (result.some((m) => m.interrupted)) return { measured, interrupted: true };
        }
      } else {
        const [first, second] = step.order;
        if (cores?.pinned) {
          await Promise.all([
            pinProcessGroup(targets[first].running.pid, cores.first),
            pinProcessGroup(targets[second].running.pid, cores.second),
          ]);
        }
        // One start time for both sides, a little ahead so both loops are ready for it.
        const startAtEpochMs = Date.now() + 50;
        const at = index++;
        const [a, b] = await Promise.all(
          step.order.map((side, i) =>
            runPlan(single, {
              baseUrl: targets[side].running.baseUrl,
              signal: opts.signal,
              transport: opts.transport,
              share: { index: i, count: 2 },
              startAtEpochMs,
              ...(i === 0 ? { onProgress: progress(at) } : {}),
            }),
          ),
        );
        measured[first].push(...(a ?? []));
        measured[second].push(...(b ?? []));
        if ([...(a ?? []), ...(b ?? [])].some((m) => m.interrupted)) {
          return { measured, interrupted: true };
        }
      }
    }
    return { measured, interrupted: false };
  };
}

/** The reports of one round, built as soon as it ends (the stopping rule looks at them). */
function buildRound(
  plan: BenchPlan,
  id: string,
  round: number,
  targets: Record<Side, WatchedTarget>,
  measured: Record<Side, LevelMeasurement[]>,
  ctx: {
    startedAt: Date;
    finishedAt: Date;
    environment: Environment;
    signal: AbortSignal | undefined;
    machine: MachineSampler;
  },
): BuiltRound {
  const out: BuiltRound = {
    reports: { baseline: undefined, candidate: undefined },
    hlogs: { baseline: [], candidate: [] },
  };
  const machineSamples = ctx.machine.samples();
  for (const side of ['baseline', 'candidate'] as const) {
    if (measured[side].length === 0) continue;
    const built = buildLocalReport({
      id: `${id}-${side}-${round}`,
      plan,
      target: targets[side],
      measurements: measured[side],
      startedAt: ctx.startedAt,
      finishedAt: ctx.finishedAt,
      environment: ctx.environment,
      signal: ctx.signal,
      machineSamples,
    });
    out.reports[side] = built.report;
    out.hlogs[side] = built.hlogs;
  }
  return out;
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
