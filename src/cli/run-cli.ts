/**
 * The `bench` command: argument parsing and dispatch. Everything it prints goes through the
 * injected streams, and it returns an exit code instead of exiting, so tests drive it in-process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { planFromUrl } from '../core/config/adhoc-plan.js';
import { checkDuration } from '../core/config/duration.js';
import type { BenchPlan } from '../core/config/plan.js';
import type { PlanOverrides } from '../core/config/resolve-plan.js';
import type { TransportKind } from '../core/engine/run-plan.js';
import { BenchError, ExitCode, exitCodeFor, inputError } from '../core/errors.js';
import { renderTerminalSummary } from '../core/report/terminal-summary.js';
import { loadPlan, validateConfigFile } from '../edges/files/load-plan.js';
import { formatProblems } from '../core/config/config-problem.js';
import { runLocalBenchmark } from '../pipeline/run-local.js';
import { runComparison } from '../pipeline/run-comparison.js';
import { compareStoredResults } from '../pipeline/compare-stored-results.js';
import { parseThresholdFraction } from '../core/config/resolve-plan.js';
import type { LevelProgress } from '../core/engine/measurement.js';
import type { Comparison, ThresholdResult } from '../core/report/comparison-model.js';
import { renderComparisonTerminal } from '../core/report/comparison-terminal.js';
import { hasThresholdFailure } from '../core/stats/thresholds.js';
import { ProgressReporter } from './progress-reporter.js';
import {
  addAzureRunOptions,
  registerAzureCommands,
  runAzureFromCli,
  type AzureCliOptions,
} from './azure-cli.js';

/** Streams and environment of one CLI invocation. */
export interface CliIo {
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void; isTTY?: boolean };
  cwd: string;
  /** Aborted on SIGINT/SIGTERM by the process wrapper. */
  signal?: AbortSignal;
  /** Use colours in the results table. */
  color?: boolean;
}

interface RunOptions {
  url?: string;
  connections?: string;
  duration?: string;
  warmup?: string;
  rate?: string;
  method?: string;
  header?: string[];
  bodyFile?: string;
  pipelining?: string;
  levels?: string;
  out?: string;
  overwrite?: boolean;
  transport?: TransportKind;
  workers?: string;
  quiet?: boolean;
}

/** Runs the CLI with `argv` (arguments only, without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command()
    .name('bench')
    .description('Benchmark HTTP services: local runs, Azure runs, reports and comparisons.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run `bench --help` for usage)');

  const run = program
    .command('run')
    .description('Run a benchmark from a config file, or ad hoc against a URL with --url.')
    .argument('[config]', 'config file (YAML or JSON)')
    .option('--url <url>', 'ad-hoc run against this URL (no config file)')
    .option('-c, --connections <n>', 'ad hoc: connections (closed model)', undefined)
    .option('-d, --duration <duration>', "measured time per level, e.g. '10s'")
    .option('--warmup <duration>', "warm-up per level, e.g. '1s'")
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
    .option('--levels <list>', "levels to run instead of the config's, e.g. '8,32'")
    .option('--out <dir>', 'report directory (default reports/<UTC time>-<id>)')
    .option('--overwrite', 'replace an earlier report in --out')
    .addOption(
      new Option('--transport <kind>', 'HTTP client')
        .choices(['auto', 'undici', 'raw'])
        .default('auto'),
    )
    .option('--workers <n>', 'worker threads sharing the load (for machines with many cores)')
    .option('-q, --quiet', 'no progress output');
  // Cloud flags come last in the help: most runs are local.
  addAzureRunOptions(run).action(
    async (config: string | undefined, options: RunOptions & AzureCliOptions) => {
      // Anything but the local machine goes through the cloud path.
      exitCode =
        options.provider !== undefined && options.provider !== 'local'
          ? await runAzureFromCli(config, options, io)
          : await commandRun(config, options, io);
    },
  );

  program
    .command('compare')
    .description(
      'Compare two stored results (result.json): verdicts with confidence intervals, exit 1 on a regression.',
    )
    .argument('<base>', 'the baseline result.json')
    .argument('<head>', 'the candidate result.json')
    .option('--out <dir>', 'output directory (default reports/compare-<UTC time>)')
    .option('--threshold <change>', "relative change that counts, e.g. '5%' (default 5%)")
    .option('--overwrite', 'replace an earlier comparison in --out')
    .action(async (base: string, head: string, options: CompareOptions) => {
      exitCode = await commandCompare(base, head, options, io);
    });

  program
    .command('validate')
    .description('Check a config file and print every problem with its line and column.')
    .argument('<config>', 'config file (YAML or JSON)')
    .action(async (config: string) => {
      exitCode = await commandValidate(config, io);
    });

  registerAzureCommands(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit through here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.invalidInput;
    }
    return reportError(error, io);
  }
}

async function commandRun(
  config: string | undefined,
  options: RunOptions,
  io: CliIo,
): Promise<number> {
  const plan = await planForRun(config, options, io.cwd);
  const progress = new ProgressReporter(io.stderr);
  const quiet = options.quiet === true;
  const runOptions = {
    plan,
    cwd: io.cwd,
    outDir: options.out,
    overwrite: options.overwrite,
    signal: io.signal,
    transport: options.transport,
    onProgress: quiet ? undefined : (p: LevelProgress) => progress.update(p),
    log: quiet ? undefined : (line: string) => progress.log(line),
  };
  // A baseline in the config makes the run an A/B: both targets, interleaved rounds, verdicts.
  const result = plan.baseline
    ? await runComparison(runOptions)
    : await runLocalBenchmark(runOptions);
  progress.done();
  const { report } = result;
  const color = io.color === true;
  io.stdout.write(renderTerminalSummary(report, { color }));
  io.stdout.write(renderComparisonTerminal(report.comparison, report.thresholds ?? [], { color }));
  io.stdout.write(`\nReport: ${path.relative(io.cwd, result.dir) || '.'}\n`);
  // Infrastructure first: a target that failed or a run cut short is never called a regression.
  if (report.outcome === 'interrupted') return ExitCode.interrupted;
  if (report.outcome === 'target-failure') return ExitCode.targetFailure;
  return exitCodeForVerdicts(report.comparison, report.thresholds ?? []);
}

/** Exit code 1 when a fail threshold was crossed or the comparison found a regression. */
export function exitCodeForVerdicts(
  comparison: Comparison | undefined,
  thresholds: readonly ThresholdResult[],
): number {
  if (hasThresholdFailure(thresholds)) return ExitCode.thresholdFailed;
  if (comparison?.verdict === 'regression') return ExitCode.thresholdFailed;
  return ExitCode.ok;
}

interface CompareOptions {
  out?: string;
  threshold?: string;
  overwrite?: boolean;
}

/** `bench compare <base> <head>`: two stored results, one round each. */
async function commandCompare(
  basePath: string,
  headPath: string,
  options: CompareOptions,
  io: CliIo,
): Promise<number> {
  const threshold =
    options.threshold !== undefined ? parseThresholdOption(options.threshold) : undefined;
  const result = await compareStoredResults({
    basePath: path.resolve(io.cwd, basePath),
    headPath: path.resolve(io.cwd, headPath),
    cwd: io.cwd,
    outDir: options.out,
    overwrite: options.overwrite,
    ...(threshold !== undefined ? { threshold } : {}),
  });
  io.stdout.write(
    renderComparisonTerminal(result.comparison, result.thresholds, {
      color: io.color === true,
    }).replace(/^\n/, ''),
  );
  io.stdout.write(`\nReport: ${path.relative(io.cwd, result.dir) || '.'}\n`);
  return exitCodeForVerdicts(result.comparison, result.thresholds);
}

function parseThresholdOption(value: string): number {
  const fraction = /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value)
    ? value.includes('%')
      ? parseThresholdFraction(value)
      : Number(value)
    : Number.NaN;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 10) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--threshold ${value}: not a relative change.`,
      "Give a percentage such as '5%' or a fraction such as 0.05.",
    );
  }
  return fraction;
}

async function planForRun(
  config: string | undefined,
  options: RunOptions,
  cwd: string,
): Promise<BenchPlan> {
  const durationMs = parseDurationOption('--duration', options.duration);
  const warmupMs = parseDurationOption('--warmup', options.warmup, { allowZero: true });
  if (options.url !== undefined) {
    if (config !== undefined) {
      throw inputError(
        'ARGUMENT_INVALID',
        `Both a config file (${config}) and --url were given.`,
        'Use either a config file or --url for an ad-hoc run, not both.',
      );
    }
    const body =
      options.bodyFile !== undefined
        ? await readBodyFile(path.resolve(cwd, options.bodyFile))
        : undefined;
    return planFromUrl({
      url: options.url,
      connections: parseNumberOption('-c', options.connections),
      rate: parseNumberOption('--rate', options.rate),
      durationMs,
      warmupMs,
      method: options.method,
      headers: options.header,
      body,
      bodyName: options.bodyFile !== undefined ? path.basename(options.bodyFile) : undefined,
      pipelining: parseNumberOption('--pipelining', options.pipelining),
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
      ['-c', options.connections],
      ['--rate', options.rate],
      ['-m', options.method],
      ['--body-file', options.bodyFile],
      ['--pipelining', options.pipelining],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (adhocOnly.length > 0 || (options.header?.length ?? 0) > 0) {
    const names = [
      ...adhocOnly.map(([n]) => n),
      ...((options.header?.length ?? 0) > 0 ? ['-H'] : []),
    ];
    throw inputError(
      'ARGUMENT_INVALID',
      `${names.join(', ')} only apply to ad-hoc runs with --url.`,
      'Set these in the config file (load, scenarios) instead, or use --url.',
    );
  }
  const overrides: PlanOverrides = {
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(warmupMs !== undefined ? { warmupMs } : {}),
    ...(options.levels !== undefined ? { levels: parseLevels(options.levels) } : {}),
  };
  return loadPlan(path.resolve(cwd, config), overrides);
}

async function commandValidate(config: string, io: CliIo): Promise<number> {
  const result = await validateConfigFile(path.resolve(io.cwd, config));
  if (result.problems.length > 0) {
    io.stderr.write(`${formatProblems(result.problems)}\n`);
    return ExitCode.invalidInput;
  }
  const plan = result.plan;
  const ab = plan?.baseline
    ? `, A/B against a ${plan.baseline.kind} baseline in ${plan.compare?.rounds ?? 5} round(s)`
    : '';
  const thresholds = plan?.thresholds?.length ? `, ${plan.thresholds.length} threshold(s)` : '';
  const summary = plan
    ? `${plan.scenarios.length} scenario(s) × ${plan.load.levels.length} level(s), ${plan.load.model} model, target ${plan.target.kind}${ab}${thresholds}`
    : '';
  io.stdout.write(`${config}: valid${summary ? ` (${summary})` : ''}\n`);
  return ExitCode.ok;
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof BenchError) {
    io.stderr.write(`error [${error.code}]: ${error.message}\n`);
    if (error.hint) io.stderr.write(`hint: ${error.hint}\n`);
  } else {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      `internal error: ${message}\nhint: this is a bug in bench; please report it with the command you ran.\n`,
    );
  }
  return exitCodeFor(error);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseDurationOption(
  name: string,
  value: string | undefined,
  opts: { allowZero?: boolean } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const checked = checkDuration(value, opts.allowZero ? 'phase' : 'measured');
  if (!checked.ok) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${name} ${value}: ${checked.message}.`,
      `Give ${checked.expected}.`,
    );
  }
  return checked.ms;
}

function parseNumberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${name} ${value}: expected a positive number.`,
      `Give ${name} a positive number.`,
    );
  }
  return n;
}

function parseLevels(value: string): number[] {
  const parts = value.split(',').map((s) => s.trim());
  const levels = parts.map(Number);
  if (parts.length === 0 || levels.some((n) => !Number.isFinite(n) || n <= 0)) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--levels ${value}: expected a comma-separated list of positive numbers.`,
      "Give levels such as '8,32,128' (connections, or req/s for the open model).",
    );
  }
  return levels;
}

async function readBodyFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw inputError(
      'BODY_FILE_UNREADABLE',
      `--body-file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}.`,
      'Check the path (relative paths are from the current directory).',
      error,
    );
  }
}
