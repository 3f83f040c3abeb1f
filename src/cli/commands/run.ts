/**
 * `bench run`: a config on this machine (an A/B when it names a baseline), an ad-hoc run
 * against `--url`, or, with `--provider azure`, a cloud run (loaded only then, so a local run
 * and `bench --help` start without the Azure SDKs).
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { planFromUrl } from '../../core/config/adhoc-plan.js';
import type { BenchPlan } from '../../core/config/plan.js';
import type { TransportKind } from '../../core/engine/run-plan.js';
import type { LevelProgress } from '../../core/engine/measurement.js';
import { inputError } from '../../core/errors.js';
import { renderComparisonTerminal } from '../../core/report/comparison-terminal.js';
import { defaultReportDir, newRunId } from '../../core/report/run-ids.js';
import { renderTerminalSummary } from '../../core/report/terminal-summary.js';
import { exitCodeOfVerdict, judgeRun } from '../../core/stats/verdict.js';
import { loadPlan } from '../../edges/files/load-plan.js';
import { MAX_PAYLOAD_FILE_BYTES, readInputFile } from '../../edges/files/read-input-file.js';
import { prepareReportDir } from '../../edges/files/write-report-dir.js';
import { runLocalPlan } from '../../pipeline/run-local.js';
import type { CliDeps, CliIo } from '../io.js';
import {
  addAzureFlags,
  addLoadFlags,
  loadOptionsFrom,
  parseDurationFlag,
  parsePositiveFlag,
  parseWorkersFlag,
  planOverridesFrom,
  type AzureFlags,
  type LoadFlags,
} from '../options.js';
import { ProgressReporter } from '../progress-reporter.js';

/** Flags of `bench run`. */
export interface RunFlags extends LoadFlags, AzureFlags {
  /** `--url`: ad-hoc target. */
  url?: string;
  /** `-c`: ad-hoc connections. */
  connections?: string;
  /** `--rate`: ad-hoc arrival rate. */
  rate?: string;
  /** `-m`: ad-hoc method. */
  method?: string;
  /** `-H`: ad-hoc headers. */
  header?: string[];
  /** `--body-file`: ad-hoc body. */
  bodyFile?: string;
  /** `--pipelining`: ad-hoc requests in flight per connection. */
  pipelining?: string;
  /** `--out`: report directory. */
  out?: string;
  /** `--overwrite`: replace a report in `--out`. */
  overwrite?: boolean;
  /** `--transport`: HTTP client. */
  transport?: TransportKind;
  /** `-q`: no progress output. */
  quiet?: boolean;
  /** `--provider`: `local` (default) or `azure`. */
  provider?: string;
  /** `--sweep`: one cloud run per size of `cloud.sweep.vmSizes`, then the comparison. */
  sweep?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `bench run`. */
export function registerRun(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  const run = program
    .command('run')
    .description('Run a benchmark from a config file, or ad hoc against a URL with --url.')
    .argument('[config]', 'config file (YAML or JSON)')
    .option('--url <url>', 'ad-hoc run against this URL (no config file)')
    .option('-c, --connections <n>', 'ad hoc: connections (closed model)')
    .option('--rate <rps>', 'ad hoc: constant arrival rate in req/s (open model)')
    .option('-m, --method <method>', 'ad hoc: HTTP method')
    .option(
      '-H, --header <header>',
      "ad hoc: request header 'name: value' (repeatable)",
      collect,
      [],
    )
    .option('--body-file <file>', 'ad hoc: request body from a file')
    .option('--pipelining <n>', 'ad hoc: requests in flight per connection')
    .option('--out <dir>', 'report directory (default reports/<UTC time>-<id>)')
    .option('--overwrite', 'replace an earlier report in --out')
    .addOption(
      new Option('--transport <kind>', 'HTTP client')
        .choices(['auto', 'undici', 'raw'])
        .default('auto'),
    )
    .option('-q, --quiet', 'no progress output')
    .option('--provider <name>', "where to run: 'local' (default) or 'azure'")
    .option(
      '--sweep',
      'azure: one run per size of cloud.sweep.vmSizes, then the VM-size comparison',
    );
  // Cloud flags come last in the help: most runs are local.
  addAzureFlags(addLoadFlags(run)).action(async (config: string | undefined, flags: RunFlags) => {
    if (flags.provider !== undefined && flags.provider !== 'local') {
      const { runOnAzure } = await import('./run-azure.js');
      setExitCode(await runOnAzure(config, flags, io, deps));
      return;
    }
    setExitCode(await runHere(config, flags, io));
  });
}

/** `bench run` on this machine. */
async function runHere(config: string | undefined, flags: RunFlags, io: CliIo): Promise<number> {
  if (flags.sweep === true) {
    throw inputError(
      'ARGUMENT_INVALID',
      '--sweep compares VM sizes, which needs --provider azure.',
      'Add --provider azure, or leave --sweep out to run on this machine.',
    );
  }
  const plan = await planForRun(config, flags, io.cwd);
  const startedAt = new Date();
  const outDir = path.resolve(
    io.cwd,
    flags.out ?? defaultReportDir(startedAt, newRunId(startedAt)),
  );
  // Before any load: a run must never measure for minutes and then fail to keep the result.
  await prepareReportDir(outDir, { overwrite: flags.overwrite === true });
  const progress = new ProgressReporter(io.stderr);
  const quiet = flags.quiet === true;
  const result = await runLocalPlan({
    plan,
    cwd: io.cwd,
    outDir,
    overwrite: true,
    signal: io.signal,
    transport: flags.transport,
    onProgress: quiet ? undefined : (p: LevelProgress) => progress.update(p),
    log: quiet ? undefined : (line: string) => progress.log(line),
  });
  progress.done();
  const { report } = result;
  const color = io.color === true;
  io.stdout.write(renderTerminalSummary(report, { color }));
  io.stdout.write(renderComparisonTerminal(report.comparison, report.thresholds ?? [], { color }));
  io.stdout.write(`\nReport: ${path.relative(io.cwd, result.dir) || '.'}\n`);
  return exitCodeOfVerdict(judgeRun(report).verdict);
}

async function planForRun(
  config: string | undefined,
  flags: RunFlags,
  cwd: string,
): Promise<BenchPlan> {
  if (flags.url !== undefined) {
    if (config !== undefined) {
      throw inputError(
        'ARGUMENT_INVALID',
        `Both a config file (${config}) and --url were given.`,
        'Use either a config file or --url for an ad-hoc run, not both.',
      );
    }
    const body =
      flags.bodyFile !== undefined
        ? await readBodyFile(path.resolve(cwd, flags.bodyFile))
        : undefined;
    const durationMs = parseDurationFlag('--duration', flags.duration, 'measured');
    const warmupMs = parseDurationFlag('--warmup', flags.warmup, 'phase');
    return planFromUrl({
      url: flags.url,
      connections: parsePositiveFlag('-c', flags.connections),
      rate: parsePositiveFlag('--rate', flags.rate),
      durationMs,
      warmupMs,
      method: flags.method,
      headers: flags.header,
      body,
      bodyName: flags.bodyFile !== undefined ? path.basename(flags.bodyFile) : undefined,
      pipelining: parsePositiveFlag('--pipelining', flags.pipelining),
      workers: parseWorkersFlag(flags.workers),
    });
  }
  if (config === undefined) {
    throw inputError(
      'ARGUMENT_INVALID',
      'No config file and no --url given.',
      'Run `bench run configs/demo.yml`, or `bench run --url http://127.0.0.1:8080/` for an ad-hoc run.',
    );
  }
  const adhocOnly = (
    [
      ['-c', flags.connections],
      ['--rate', flags.rate],
      ['-m', flags.method],
      ['--body-file', flags.bodyFile],
      ['--pipelining', flags.pipelining],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (adhocOnly.length > 0 || (flags.header?.length ?? 0) > 0) {
    const names = [
      ...adhocOnly.map(([n]) => n),
      ...((flags.header?.length ?? 0) > 0 ? ['-H'] : []),
    ];
    throw inputError(
      'ARGUMENT_INVALID',
      `${names.join(', ')} only apply to ad-hoc runs with --url.`,
      'Set these in the config file (load, scenarios) instead, or use --url.',
    );
  }
  return loadPlan(path.resolve(cwd, config), planOverridesFrom(flags), loadOptionsFrom(flags, cwd));
}

async function readBodyFile(file: string): Promise<Uint8Array> {
  // A FIFO or a device (/dev/zero) would block or grow without end: regular files only.
  const read = await readInputFile(file, MAX_PAYLOAD_FILE_BYTES);
  if (read.ok) return read.bytes;
  throw inputError(
    'BODY_FILE_UNREADABLE',
    `--body-file ${file}: ${read.reason}.`,
    'Give a regular file (relative paths are from the current directory).',
  );
}
