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
  compareCommandResults,
  describeCommandBenchmarks,
  renderBenchmarksCsv,
} from '../core/report/command-benchmarks.js';
import { renderHtmlReport } from '../core/report/html.js';
import type { CommandBenchmarkReport, TargetInfo } from '../core/report/model.js';
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
  const threshold = plan.compare?.thresholdFraction ?? 0.05;
  const benchmarks: CommandBenchmarkReport[] = [];
  const notes = [
    'Command benchmarks ran on this machine, one after the other (not in the product image).',
  ];
  for (const [index, command] of commands.entries()) {
    const baseline = baselines[index];
    // The baseline first, then the candidate: a fixed order, said in the notes.
    const base = baseline ? await runAndIngest(baseline, 'baseline', opts.signal, log) : undefined;
    const cand = await runAndIngest(command, baseline ? 'candidate' : '', opts.signal, log);
    benchmarks.push(
      ...(base
        ? compareCommandResults(command.name, base, cand, threshold, plan.compare?.seed)
        : commandBenchmarkReports(command.name, cand)),
    );
  }
  if (baselines.length > 0) {
    notes.push(
      `A/B verdict on the command benchmarks: ${commandVerdict(benchmarks)} (each command ran for the baseline, then for the candidate; bootstrap intervals of the change of the median per-iteration sample, threshold ±${Math.round(threshold * 1000) / 10}%).`,
    );
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
  const withBenchmarks = { ...report, benchmarks };
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
