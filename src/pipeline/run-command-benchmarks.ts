/**
 * A run of command benchmarks (`kind: command` scenarios) on this machine: each command runs to
 * completion and its results are ingested (criterion, DataFlow, the generic shape). With a
 * baseline, each command runs for the baseline then for the candidate (two builds, two
 * environments), and every benchmark is judged by the comparison rule of HTTP levels. The report
 * directory holds result.json (`benchmarks`), benchmarks.csv, summary.md and report.html.
 */
import path from 'node:path';
import type { BenchPlan, CommandScenarioPlan } from '../core/config/plan.js';
import { redactArgv } from '../core/config/secrets.js';
import { inputError } from '../core/errors.js';
import type { CommandResult } from '../core/ingest/command-result.js';
import { buildRunReport } from '../core/report/build-run-report.js';
import {
  commandBenchmarkReports,
  commandVerdict,
  compareCommandRounds,
  countDecidedBenchmarks,
  describeCommandBenchmarks,
  renderBenchmarksCsv,
  type CommandAbRound,
} from '../core/report/command-benchmarks.js';
import { DEFAULT_MAX_ROUNDS, DEFAULT_MIN_ROUNDS } from '../core/config/schema.js';
import { createRoundSequence } from '../core/stats/ab-sequence.js';
import { evaluateBenchmarkThresholds } from '../core/stats/thresholds.js';
import { drawScheduleSeed, type AbSide } from '../core/stats/ab-schedule.js';
import { DEFAULT_CONFIDENCE, DEFAULT_THRESHOLD } from '../core/stats/compare.js';
import { renderHtmlReport } from '../core/report/html.js';
import type { CommandAb, CommandBenchmarkReport, TargetInfo } from '../core/report/model.js';
import { defaultReportDir, newRunId } from '../core/report/run-ids.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import { readCommandResult } from '../edges/files/read-command-result.js';
import { writeReportDir } from '../edges/files/write-report-dir.js';
import { collectEnvironment } from '../edges/local/environment.js';
import { runBenchCommand } from '../edges/local/run-bench-command.js';
import type { LocalRunOptions, LocalRunResult } from './run-local.js';

/** True when the plan's scenarios are command benchmarks. */
export function isCommandPlan(plan: BenchPlan): boolean {
  return (plan.commands?.length ?? 0) > 0;
}

/** Runs the plan's command benchmarks (and their baseline) and writes the report directory. */
export async function runCommandBenchmarks(opts: LocalRunOptions): Promise<LocalRunResult> {
  const { plan } = opts;
  if (plan.cloud.provider !== 'local') {
    throw inputError(
      'COMMAND_SCENARIO_CLOUD_UNSUPPORTED',
      `Config "${plan.name}" has command benchmarks and provider ${plan.cloud.provider}; command benchmarks run on this machine only for now`,
    );
  }
  const log = opts.log ?? (() => undefined);
  const startedAt = new Date();
  const id = newRunId(startedAt);
  const dir = path.resolve(opts.cwd, opts.outDir ?? defaultReportDir(startedAt, id));
  const environmentPromise = collectEnvironment({
    cwd: plan.configPath ? path.dirname(plan.configPath) : opts.cwd,
  });
  const commands = plan.commands ?? [];
  const baselines = plan.baselineCommands ?? [];
  const notes = [
    'Command benchmarks ran on this machine, one after the other (not in the product image).',
  ];
  let benchmarks: CommandBenchmarkReport[] = [];
  let benchmarkComparison: CommandAb | undefined;
  if (baselines.length > 0) {
    const ab = await runCommandAb(plan, commands, baselines, opts, log);
    benchmarks = ab.benchmarks;
    benchmarkComparison = ab.comparison;
    notes.push(
      `A/B verdict on the command benchmarks: ${ab.comparison.verdict} (interleaved rounds, order random per round and command, seed ${ab.comparison.schedule.seed}; ${ab.comparison.stopping.note}; each benchmark judged on the change of its median per-iteration sample, paired by round, threshold ±${Math.round(ab.comparison.threshold * 1000) / 10}%).`,
    );
  } else {
    for (const command of commands) {
      const result = await runAndIngest(command, '', opts.signal, log);
      benchmarks.push(...commandBenchmarkReports(command.name, result));
    }
  }
  const report = buildRunReport({
    id,
    plan,
    startedAt,
    finishedAt: new Date(),
    levels: [],
    environment: await environmentPromise,
    target: targetInfo(plan),
    interrupted: opts.signal?.aborted === true,
    notes,
  });
  const benchmarkThresholds = evaluateBenchmarkThresholds(plan.thresholds ?? [], benchmarks);
  const withBenchmarks = {
    ...report,
    benchmarks,
    ...(benchmarkComparison ? { benchmarkComparison } : {}),
    ...(benchmarkThresholds.length > 0 ? { benchmarkThresholds } : {}),
  };
  for (const line of describeCommandBenchmarks(benchmarks)) log(line);
  const files = await writeReportDir(dir, withBenchmarks, [], {
    overwrite: opts.overwrite,
    summaryMarkdown: renderRunSummaryMarkdown(withBenchmarks),
    extraFiles: [
      { name: 'benchmarks.csv', text: renderBenchmarksCsv(benchmarks) },
      { name: 'report.html', text: renderHtmlReport({ report: withBenchmarks, thresholds: [] }) },
    ],
  });
  log(`report written to ${dir}`);
  return { report: withBenchmarks, dir, files };
}

/** What a command A/B produced: the judged benchmarks and the rounds as they ran. */
interface CommandAbResult {
  benchmarks: CommandBenchmarkReport[];
  comparison: CommandAb;
}

/**
 * The A/B of command benchmarks in rounds, through the round sequence HTTP A/B uses: each round
 * runs every command scenario for both sides, one after the other in the order the schedule
 * draws for that round and scenario; after `minRounds` every round is a look, and the rounds
 * stop once every benchmark has a verdict, or at `maxRounds` or the time budget.
 */
async function runCommandAb(
  plan: BenchPlan,
  commands: readonly CommandScenarioPlan[],
  baselines: readonly CommandScenarioPlan[],
  opts: LocalRunOptions,
  log: (line: string) => void,
): Promise<CommandAbResult> {
  const compare = plan.compare ?? {
    mode: 'interleaved',
    minRounds: DEFAULT_MIN_ROUNDS,
    maxRounds: DEFAULT_MAX_ROUNDS,
    noise: false,
    thresholdFraction: DEFAULT_THRESHOLD,
  };
  if (compare.mode === 'duet' && compare.modeDefaulted !== true) {
    throw inputError(
      'COMMAND_DUET_UNSUPPORTED',
      `Config "${plan.name}" asks for compare.mode: duet with command benchmarks; a command benchmark runs one side at a time`,
      'Leave compare.mode out (or set it to interleaved) for command scenarios.',
    );
  }
  const threshold = compare.thresholdFraction;
  const seed = compare.seed ?? drawScheduleSeed();
  const confidence = DEFAULT_CONFIDENCE;
  const judge = (rounds: readonly CommandAbRound[], lookConfidence: number) =>
    compareCommandRounds(rounds, { threshold, lookConfidence, seed });
  const sequence = createRoundSequence<
    { scenario: string },
    CommandAbRound,
    CommandBenchmarkReport[]
  >(
    {
      seed,
      budget: {
        minRounds: compare.minRounds,
        maxRounds: compare.maxRounds,
        ...(compare.timeBudgetMs !== undefined ? { timeBudgetMs: compare.timeBudgetMs } : {}),
      },
      steps: commands.map((c) => ({ scenario: c.name })),
      confidence,
    },
    { judge, count: countDecidedBenchmarks },
  );
  const began = performance.now();
  for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
    log(
      `round ${scheduled.round} (at most ${compare.maxRounds}): ${scheduled.steps.map((s) => `${s.scenario}: ${s.order.join(' then ')}`).join('; ')}`,
    );
    const results: CommandAbRound['results'] = [];
    try {
      for (const [i, step] of scheduled.steps.entries()) {
        const ran: Partial<Record<AbSide, CommandResult>> = {};
        for (const side of step.order) {
          const command = side === 'baseline' ? baselines[i] : commands[i];
          if (!command) continue;
          ran[side] = await runAndIngest(command, side, opts.signal, log);
        }
        if (ran.baseline && ran.candidate) {
          results.push({
            scenario: step.scenario,
            baseline: ran.baseline,
            candidate: ran.candidate,
          });
        }
      }
    } catch (error) {
      // An interrupt kills the running command; the rounds measured so far are the report.
      if (opts.signal?.aborted !== true || sequence.rounds().length === 0) throw error;
      sequence.abort('interrupted', `interrupted during round ${scheduled.round}`);
      break;
    }
    const decision = sequence.recordRound(
      { round: scheduled.round, results },
      performance.now() - began,
    );
    log(decision.note);
    if (decision.stop) break;
  }
  const benchmarks = judge(sequence.rounds(), sequence.lookConfidence());
  const schedule = sequence.schedule();
  const describe = (c: CommandScenarioPlan | undefined) =>
    c ? redactArgv(c.argv).join(' ') : 'none';
  return {
    benchmarks,
    comparison: {
      mode: 'interleaved',
      baselineLabel: `baseline (${describe(baselines[0])})`,
      candidateLabel: `candidate (${describe(commands[0])})`,
      threshold,
      confidence,
      verdict: commandVerdict(benchmarks),
      schedule: {
        seed: schedule.seed,
        rounds: schedule.rounds.map((r) => ({
          round: r.round,
          steps: r.steps.map((s) => ({ scenario: s.scenario, order: s.order })),
        })),
      },
      stopping: sequence.stopping(),
    },
  };
}

async function runAndIngest(
  command: CommandScenarioPlan,
  side: string,
  signal: AbortSignal | undefined,
  log: (line: string) => void,
): Promise<CommandResult> {
  log(`${side ? `${side} ` : ''}command ${command.name}: ${redactArgv(command.argv).join(' ')}`);
  await runBenchCommand(command, { signal, log });
  return readCommandResult({
    format: command.ingest.format,
    path: command.ingest.path,
    ...(command.ingest.version !== undefined ? { version: command.ingest.version } : {}),
  });
}

function targetInfo(plan: BenchPlan): TargetInfo {
  const t = plan.target;
  return {
    kind: t.kind,
    url: t.kind === 'url' ? t.baseUrl : '',
    ...(t.product !== undefined ? { product: t.product } : {}),
    ...(t.kind === 'image' ? { image: t.image } : {}),
  };
}
