/**
 * A benchmark on this machine: start (or check) the target, run every level, stop the target,
 * build the report and write the report directory. No cloud account involved. The building
 * blocks (start and watch a target, build a report from measurements) are shared with the A/B
 * run in `run-comparison.ts`.
 */
import path from 'node:path';
import type { BenchPlan, TargetPlan } from '../core/config/plan.js';
import { redactArgv, redactUrl } from '../core/config/secrets.js';
import { runPlan } from '../core/engine/run-plan.js';
import type { TransportKind } from '../core/engine/run-plan.js';
import type { LevelMeasurement, LevelProgress } from '../core/engine/measurement.js';
import {
  DEFAULT_GENERATOR_BOUND_CPU_PERCENT,
  buildLevelReport,
} from '../core/report/build-level-report.js';
import { buildRunReport } from '../core/report/build-run-report.js';
import { defaultReportDir, newRunId } from '../core/report/run-ids.js';
import { hlogFileName, renderHlogFiles, type HlogFile } from '../core/report/hlog.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import { renderHtmlReport } from '../core/report/html.js';
import type { Environment, LevelReport, RunReport, TargetInfo } from '../core/report/model.js';
import { attachThresholds } from '../core/stats/thresholds.js';
import { writeReportDir } from '../edges/files/write-report-dir.js';
import { startCommandTarget } from '../edges/local/command-target.js';
import { collectEnvironment } from '../edges/local/environment.js';
import { startImageTarget } from '../edges/local/image-target.js';
import type { RunningTarget } from '../edges/local/running-target.js';
import { startMachineSampler } from '../edges/local/machine-sampler.js';
import { checkUrlTarget } from '../edges/local/wait-healthy.js';
import { runSetupSteps } from '../edges/local/setup-requests.js';
import type { SetupStepOutcome } from '../core/engine/setup-step.js';
import type { MachineCpuSample } from '../core/machine/parse-proc-stat-cpu.js';

/** Options of `runLocalBenchmark`. */
export interface LocalRunOptions {
  plan: BenchPlan;
  /** Report directory; default `reports/<UTC timestamp>-<short id>` under `cwd`. */
  outDir?: string;
  /** Base for relative paths and the default report directory. */
  cwd: string;
  /** Replace an earlier report in `outDir`. */
  overwrite?: boolean;
  /** Aborting stops the load within a second and writes a partial report. */
  signal?: AbortSignal;
  onProgress?: (progress: LevelProgress) => void;
  /** After each level, with its report. */
  onLevel?: (level: LevelReport) => void;
  /** Informational lines (target started, report written …). */
  log?: (line: string) => void;
  /** HTTP client choice for the engine. */
  transport?: TransportKind;
}

/** What a local run produced. */
export interface LocalRunResult {
  report: RunReport;
  /** Report directory, absolute. */
  dir: string;
  /** Files written, `result.json` first. */
  files: string[];
}

/** Runs the plan locally and writes its report directory. Target failures throw `BenchError`. */
export async function runLocalBenchmark(opts: LocalRunOptions): Promise<LocalRunResult> {
  const { plan } = opts;
  const log = opts.log ?? (() => undefined);
  const startedAt = new Date();
  const id = newRunId(startedAt);
  const dir = path.resolve(opts.cwd, opts.outDir ?? defaultReportDir(startedAt, id));
  const environmentPromise = collectEnvironment({
    cwd: plan.configPath ? path.dirname(plan.configPath) : opts.cwd,
  });

  const target = await startWatchedTarget(plan.target, { signal: opts.signal, log });
  const machine = startMachineSampler();
  let measurements: LevelMeasurement[] = [];
  const setup: SetupStepOutcome[] = [];
  try {
    log(`target ready at ${redactUrl(target.running.baseUrl)}`);
    setup.push(...(await runSetup(plan, target.running.baseUrl, opts.signal, log)));
    measurements = await runPlan(plan, {
      baseUrl: target.running.baseUrl,
      signal: opts.signal,
      onProgress: opts.onProgress,
      transport: opts.transport,
      onLevel: (m) =>
        opts.onLevel?.(levelReportOf(m, target.running, plan.load.workers, machine.samples())),
    });
    setup.push(...(await runTeardown(plan, target.running.baseUrl, log)));
  } finally {
    machine.stop();
    await target.stop();
  }
  const built = buildLocalReport({
    setup,
    id,
    plan,
    target,
    measurements,
    startedAt,
    finishedAt: new Date(),
    environment: await environmentPromise,
    signal: opts.signal,
    machineSamples: machine.samples(),
  });
  const report = attachThresholds(plan, built.report);
  const files = await writeReportDir(dir, report, built.hlogs, {
    overwrite: opts.overwrite,
    summaryMarkdown: renderRunSummaryMarkdown(report),
    extraFiles: [
      {
        name: 'report.html',
        text: renderHtmlReport({ report, thresholds: report.thresholds ?? [] }),
      },
    ],
  });
  log(`report written to ${dir}`);
  return { report, dir, files };
}

/**
 * A local run as both front ends start it: an A/B (interleaved or duet rounds) when the plan
 * names a baseline, else a plain run. Both write the report directory and return the report.
 */
export async function runLocalPlan(opts: LocalRunOptions): Promise<LocalRunResult> {
  if ((opts.plan.commands?.length ?? 0) > 0) {
    // Imported here: the command run builds on this module's types.
    const { runCommandBenchmarks } = await import('./run-command-benchmarks.js');
    return runCommandBenchmarks(opts);
  }
  if (!opts.plan.baseline) return runLocalBenchmark(opts);
  // Imported here: the A/B module builds on this one.
  const { runComparison } = await import('./run-comparison.js');
  const { onLevel: _onLevel, ...rest } = opts;
  const result = await runComparison(rest);
  return { report: result.report, dir: result.dir, files: result.files };
}

/**
 * Runs the plan's setup steps against a ready target; throws `SETUP_REQUEST_FAILED` at the first
 * failed one, so no level runs against a target that was not set up.
 */
export async function runSetup(
  plan: BenchPlan,
  baseUrl: string,
  signal: AbortSignal | undefined,
  log: (line: string) => void,
): Promise<SetupStepOutcome[]> {
  if (!plan.setup || plan.setup.length === 0) return [];
  return runSetupSteps(baseUrl, 'setup', plan.setup, {
    timeoutMs: plan.load.requestTimeoutMs,
    signal,
    log,
  });
}

/**
 * Runs the plan's teardown steps after the last level. Not cut short by an interruption (what
 * setup registered is removed even then); a failed step is reported, never thrown.
 */
export async function runTeardown(
  plan: BenchPlan,
  baseUrl: string,
  log: (line: string) => void,
): Promise<SetupStepOutcome[]> {
  if (!plan.teardown || plan.teardown.length === 0) return [];
  return runSetupSteps(baseUrl, 'teardown', plan.teardown, {
    timeoutMs: plan.load.requestTimeoutMs,
    log,
  });
}

/** A started target and whether it exited on its own. */
export interface WatchedTarget {
  /** The plan it was started from. */
  plan: TargetPlan;
  /** The running target. */
  running: RunningTarget;
  /** True once the target exited without being asked to. */
  exitedUnasked(): boolean;
  /** Stops the target; an exit after this call is not a failure. */
  stop(): Promise<void>;
}

/** Starts (or checks) a target and watches for an exit nobody asked for. */
export async function startWatchedTarget(
  target: TargetPlan,
  opts: { signal?: AbortSignal; log: (line: string) => void },
): Promise<WatchedTarget> {
  const running = await startTarget(target, opts);
  let exited = false;
  let stopping = false;
  void running.exited.then(() => {
    // Only an exit we did not ask for means the target failed.
    if (!stopping) exited = true;
  });
  return {
    plan: target,
    running,
    exitedUnasked: () => exited,
    stop: () => {
      stopping = true;
      return running.stop();
    },
  };
}

/** Everything `buildLocalReport` needs. */
export interface LocalReportInput {
  /** Run id. */
  id: string;
  plan: BenchPlan;
  /** The target the measurements were taken against. */
  target: WatchedTarget;
  measurements: LevelMeasurement[];
  startedAt: Date;
  finishedAt: Date;
  environment: Environment;
  /** The run's abort signal: an aborted run is a partial report. */
  signal?: AbortSignal;
  /** Remarks to add to the report's notes. */
  notes?: string[];
  /** Readings of the machine's `/proc/stat` during the run. */
  machineSamples?: readonly MachineCpuSample[];
  /** Setup and teardown steps as they ran. */
  setup?: readonly SetupStepOutcome[];
}

/** The run report and `.hlog` files of measurements taken against one local target. */
export function buildLocalReport(input: LocalReportInput): {
  report: RunReport;
  hlogs: HlogFile[];
} {
  const { plan, target, measurements } = input;
  const levels = measurements.map((m) =>
    levelReportOf(m, target.running, plan.load.workers, input.machineSamples),
  );
  const report = buildRunReport({
    id: input.id,
    plan,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    levels,
    environment: input.environment,
    target: targetInfoOf(target.plan, target.running.baseUrl),
    interrupted: input.signal?.aborted === true || measurements.some((m) => m.interrupted),
    targetExited: target.exitedUnasked(),
    notes: [...(input.notes ?? [])],
    ...(input.setup && input.setup.length > 0 ? { setup: [...input.setup] } : {}),
  });
  return { report, hlogs: renderHlogFiles(measurements, report.environment.toolVersion) };
}

/** The report of one measured level, with the target's CPU/RSS over the level's window. */
export function levelReportOf(
  m: LevelMeasurement,
  target: RunningTarget,
  workers: number,
  machineSamples?: readonly MachineCpuSample[],
): LevelReport {
  return buildLevelReport(m, {
    serverSamples: target.samples(),
    hlogFile: hlogFileName(m.scenario, m.level),
    // Worker threads share one process: its CPU can reach 100% per worker before saturating.
    generatorBoundCpuPercent: DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers,
    ...(machineSamples ? { machineSamples } : {}),
  });
}

/** A URL target seen through the same handle as started ones (nothing to stop, no samples). */
function urlTarget(baseUrl: string): RunningTarget {
  return {
    baseUrl,
    pid: 0,
    samples: () => [],
    stop: () => Promise.resolve(),
    exited: new Promise(() => undefined),
  };
}

/** Starts a command or image target, or checks a URL target; throws `BenchError` on failure. */
export async function startTarget(
  target: TargetPlan,
  opts: { signal?: AbortSignal; log: (line: string) => void },
): Promise<RunningTarget> {
  switch (target.kind) {
    case 'url':
      await checkUrlTarget(target, { signal: opts.signal });
      return urlTarget(target.baseUrl);
    case 'command':
      opts.log(
        `starting target: ${redactArgv(target.argv).join(' ')} (port ${target.port === 0 ? 'auto' : target.port})`,
      );
      return startCommandTarget(target, { signal: opts.signal });
    case 'image':
      opts.log(`starting target image ${target.image}`);
      return startImageTarget(target, { signal: opts.signal });
  }
}

function targetInfoOf(target: TargetPlan, baseUrl: string): TargetInfo {
  return {
    kind: target.kind,
    url: baseUrl,
    ...(target.product !== undefined ? { product: target.product } : {}),
    ...(target.kind === 'command' ? { command: target.argv } : {}),
    ...(target.kind === 'image' ? { image: target.image } : {}),
  };
}
