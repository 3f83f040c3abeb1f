/**
 * A benchmark on this machine: start (or check) the target, run every level, stop the target,
 * build the report and write the report directory. No cloud account involved.
 */
import path from 'node:path';
import type { BenchPlan, TargetPlan } from '../core/config/plan.js';
import { runPlan } from '../core/engine/run-plan.js';
import type { TransportKind } from '../core/engine/run-plan.js';
import type { LevelMeasurement, LevelProgress } from '../core/engine/measurement.js';
import {
  DEFAULT_GENERATOR_BOUND_CPU_PERCENT,
  buildLevelReport,
} from '../core/report/build-level-report.js';
import { buildRunReport, defaultReportDir, newRunId } from '../core/report/build-run-report.js';
import { renderHlog } from '../core/report/hlog.js';
import type { LevelReport, RunReport, TargetInfo } from '../core/report/model.js';
import { hlogFileName, writeReportDir } from '../edges/files/write-report-dir.js';
import { startCommandTarget } from '../edges/local/command-target.js';
import { collectEnvironment } from '../edges/local/environment.js';
import { startImageTarget } from '../edges/local/image-target.js';
import type { RunningTarget } from '../edges/local/running-target.js';
import { checkUrlTarget } from '../edges/local/wait-healthy.js';

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

  const target = await startTarget(plan.target, { signal: opts.signal, log });
  const notes: string[] = [];
  let measurements: LevelMeasurement[] = [];
  let targetExited = false;
  let stopping = false;
  void target.exited.then(() => {
    // Only an exit we did not ask for means the target failed.
    if (!stopping) targetExited = true;
  });
  try {
    log(`target ready at ${target.baseUrl}`);
    measurements = await runPlan(plan, {
      baseUrl: target.baseUrl,
      signal: opts.signal,
      onProgress: opts.onProgress,
      transport: opts.transport,
      onLevel: (m) => opts.onLevel?.(levelReportOf(m, target, plan.load.workers)),
    });
  } finally {
    stopping = true;
    await target.stop();
  }
  const finishedAt = new Date();
  const levels = measurements.map((m) => levelReportOf(m, target, plan.load.workers));
  const interrupted = opts.signal?.aborted === true || measurements.some((m) => m.interrupted);
  const deadTarget =
    levels.length > 0 &&
    levels.every(
      (l) =>
        l.counts.success === 0 &&
        l.counts.total > 0 &&
        l.counts.failures.connect + l.counts.failures.reset === l.counts.total,
    );
  if (targetExited && !interrupted) notes.push('The target process exited during the run.');
  if (deadTarget)
    notes.push('No request succeeded: the target refused or dropped every connection.');
  if (interrupted) notes.push('The run was interrupted: levels hold what was measured until then.');

  const report = buildRunReport({
    id,
    plan,
    startedAt,
    finishedAt,
    levels,
    environment: await environmentPromise,
    target: targetInfoOf(plan.target, target.baseUrl),
    partial: interrupted,
    outcome: interrupted ? 'interrupted' : deadTarget || targetExited ? 'target-failure' : 'ok',
    notes,
  });
  const hlogs = measurements.map((m) => ({
    file: hlogFileName(m.scenario, m.level),
    text: renderHlog(m, {
      startTimeEpochMs: m.startEpochMs,
      toolVersion: report.environment.toolVersion,
    }),
  }));
  const files = await writeReportDir(dir, report, hlogs, { overwrite: opts.overwrite });
  log(`report written to ${dir}`);
  return { report, dir, files };
}

function levelReportOf(m: LevelMeasurement, target: RunningTarget, workers: number): LevelReport {
  return buildLevelReport(m, {
    serverSamples: target.samples(),
    hlogFile: hlogFileName(m.scenario, m.level),
    // Worker threads share one process: its CPU can reach 100% per worker before saturating.
    generatorBoundCpuPercent: DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers,
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

async function startTarget(
  target: TargetPlan,
  opts: { signal?: AbortSignal; log: (line: string) => void },
): Promise<RunningTarget> {
  switch (target.kind) {
    case 'url':
      await checkUrlTarget(target, { signal: opts.signal });
      return urlTarget(target.baseUrl);
    case 'command':
      opts.log(`starting target: ${target.argv.join(' ')} (port ${target.port})`);
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
