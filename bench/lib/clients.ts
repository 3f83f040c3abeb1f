/**
 * The load generators as the harness runs them: ours (the bundled CLI, `run --url`), autocannon,
 * wrk, h2load (`--h1`) and hey. Each run is pinned to the client core and wrapped in GNU time, so client
 * CPU comes from the same kernel rusage for every tool; the target's CPU is read from `/proc`
 * before and after. Parsers turn each tool's own output into one shape.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LevelReport, RunReport } from '../../src/core/report/model.js';
import { OURS_ENTRY } from './build.js';
import { readCpuUs } from './proc.js';
import { runProcess, startProcess } from './processes.js';
import type { Started } from './processes.js';
import { readRusageCpuUs, withRusage } from './rusage.js';
import type { Pinning } from './system.js';

/** The load generators compared. */
export type ToolName = 'ours' | 'ours-baseline' | 'autocannon' | 'wrk' | 'h2load' | 'hey';

/** One load run: what to send and how. */
export interface LoadSpec {
  url: string;
  connections: number;
  durationMs: number;
  /** Requests in flight per connection (1 = none). */
  pipelining: number;
  /** Open model: overall arrival rate in req/s. */
  rateRps?: number;
  /** Ours only: warm-up before the measured window (0 for the generator-cost runs). */
  warmupMs?: number;
  /** Ours only: worker threads (`--workers`). */
  workers?: number;
}

/** Where and how clients run. */
export interface ClientContext {
  repoDir: string;
  pinning: Pinning;
  gnuTime?: string;
  wrk?: string;
  h2load?: string;
  hey?: string;
  /** `ours-baseline`: another build of ours (say, the CLI bundle of an earlier commit). */
  baselineEntry?: string;
  /** Node flags for ours (e.g. the load-VM runner's `--max-semi-space-size=4`). */
  oursNodeFlags?: string[];
  /** Scratch directory for reports and rusage files. */
  tmpDir: string;
}

/** One run of one tool, in one shape. */
export interface ClientRun {
  tool: ToolName;
  ok: boolean;
  /** Why the run did not count, when `ok` is false. */
  error?: string;
  requests: number;
  rps: number;
  p50Us: number;
  p99Us: number;
  /** Failed requests (errors, timeouts, non-2xx) as the tool reports them. */
  failures: number;
  /** Client user+system CPU for the whole process (rusage), µs. */
  clientCpuUs?: number;
  /** clientCpuUs ÷ requests. */
  clientCpuUsPerRequest?: number;
  /** Target CPU during the run ÷ requests, µs. */
  targetCpuUsPerRequest?: number;
  /** Ours only: the engine's own CPU per request from result.json. */
  selfCpuUsPerRequest?: number;
  /** Ours only: the engine's generator self-check. */
  generatorBound?: boolean;
  /** Ours with `--workers`: each worker thread's mean CPU, % of one core. */
  workerCpuPercent?: number[];
  /** Ours: [V8 heap in use, RSS] at the end of each second of the window, bytes. */
  memorySeries?: [number, number][];
  /** Ours: the level of result.json; autocannon: its JSON; wrk: its text output. */
  raw?: unknown;
}

let runCounter = 0;

/** The command line of ours for `spec`, writing its report to `outDir`. */
export function oursCommand(
  repoDir: string,
  spec: LoadSpec,
  outDir: string,
  entry: string = path.join(repoDir, OURS_ENTRY),
): string[] {
  const args = [
    process.execPath,
    entry,
    'run',
    '--url',
    spec.url,
    '-c',
    String(spec.connections),
    '-d',
    `${spec.durationMs}ms`,
    '--warmup',
    // The CLI refuses a zero warm-up; 1 ms is the shortest it takes.
    `${Math.max(1, spec.warmupMs ?? 0)}ms`,
    '--out',
    outDir,
    '-q',
  ];
  if (spec.rateRps !== undefined) args.push('--rate', String(spec.rateRps));
  if (spec.pipelining > 1) args.push('--pipelining', String(spec.pipelining));
  if (spec.workers !== undefined && spec.workers > 1) args.push('--workers', String(spec.workers));
  return args;
}

/** The first level of ours' result.json in `outDir`. */
export async function readOursLevel(outDir: string): Promise<LevelReport> {
  const report = JSON.parse(await readFile(path.join(outDir, 'result.json'), 'utf8')) as RunReport;
  const level = report.levels[0];
  if (!level) throw new Error(`${outDir}/result.json has no level`);
  return level;
}

/** The command line of autocannon for `spec` (JSON on stdout). */
export function autocannonCommand(repoDir: string, spec: LoadSpec): string[] {
  const args = [
    process.execPath,
    path.join(repoDir, 'node_modules/autocannon/autocannon.js'),
    '-c',
    String(spec.connections),
    '-d',
    String(Math.max(1, Math.round(spec.durationMs / 1000))),
    '-j',
  ];
  if (spec.pipelining > 1) args.push('-p', String(spec.pipelining));
  if (spec.rateRps !== undefined) args.push('-R', String(spec.rateRps));
  args.push(spec.url);
  return args;
}

/** The command line of wrk for `spec` (one thread, latency distribution). */
export function wrkCommand(wrk: string, spec: LoadSpec): string[] {
  if (spec.pipelining > 1 || spec.rateRps !== undefined) {
    throw new Error('wrk runs here without pipelining and without a rate');
  }
  const seconds = Math.max(1, Math.round(spec.durationMs / 1000));
  return [wrk, '-t1', `-c${spec.connections}`, `-d${seconds}s`, '--latency', spec.url];
}

/**
 * The command line of h2load for `spec`: HTTP/1.1 (`--h1`), one thread, `-m` requests in flight
 * per connection (for HTTP/1.1 that is pipelining), a duration instead of a request count.
 */
export function h2loadCommand(h2load: string, spec: LoadSpec): string[] {
  if (spec.rateRps !== undefined) throw new Error('h2load runs here without a rate');
  const seconds = Math.max(1, Math.round(spec.durationMs / 1000));
  return [
    h2load,
    '--h1',
    '-t1',
    `-c${spec.connections}`,
    `-m${spec.pipelining}`,
    `-D${seconds}`,
    spec.url,
  ];
}

/** The command line of hey for `spec` (no pipelining, no keep-alive switch: it keeps alive). */
export function heyCommand(hey: string, spec: LoadSpec): string[] {
  if (spec.pipelining > 1 || spec.rateRps !== undefined) {
    throw new Error('hey runs here without pipelining and without a rate');
  }
  const seconds = Math.max(1, Math.round(spec.durationMs / 1000));
  return [hey, '-z', `${seconds}s`, '-c', String(spec.connections), spec.url];
}

/** Runs `tool` once against `spec`, measuring client rusage and target CPU (`targetPid`). */
export async function runClient(
  ctx: ClientContext,
  tool: ToolName,
  spec: LoadSpec,
  targetPid: number | undefined,
  onStart?: (started: Started) => void,
): Promise<ClientRun> {
  const n = ++runCounter;
  const rusageFile = path.join(ctx.tmpDir, `rusage-${n}.txt`);
  const outDir = path.join(ctx.tmpDir, `ours-${n}`);
  let command: string[];
  if (tool === 'ours' || tool === 'ours-baseline') {
    if (tool === 'ours-baseline' && !ctx.baselineEntry) {
      return failed(tool, 'no --baseline-entry given');
    }
    await mkdir(ctx.tmpDir, { recursive: true });
    command = oursCommand(
      ctx.repoDir,
      spec,
      outDir,
      tool === 'ours-baseline' ? ctx.baselineEntry : undefined,
    );
    if (ctx.oursNodeFlags && ctx.oursNodeFlags.length > 0) {
      command.splice(1, 0, ...ctx.oursNodeFlags);
    }
  } else if (tool === 'autocannon') {
    command = autocannonCommand(ctx.repoDir, spec);
  } else if (tool === 'wrk') {
    if (!ctx.wrk) return failed(tool, 'wrk is not installed (apt-get install wrk)');
    command = wrkCommand(ctx.wrk, spec);
  } else if (tool === 'h2load') {
    if (!ctx.h2load)
      return failed(tool, 'h2load is not installed (apt-get install nghttp2-client)');
    command = h2loadCommand(ctx.h2load, spec);
  } else {
    if (!ctx.hey) return failed(tool, 'hey is not installed (apt-get install hey)');
    command = heyCommand(ctx.hey, spec);
  }
  const full = [...ctx.pinning.client, ...withRusage(ctx.gnuTime, rusageFile, command)];
  const targetCpuBefore = targetPid !== undefined ? readCpuUs(targetPid) : undefined;
  let result: { code: number | string; stdout: string; stderr: string };
  if (onStart) {
    const started = startProcess(full, { cwd: ctx.repoDir });
    onStart(started);
    try {
      const code = await started.exited;
      result = { code, stdout: started.stdout(), stderr: started.stderr() };
    } finally {
      await started.stop(500);
    }
  } else {
    result = await runProcess(full, { cwd: ctx.repoDir });
  }
  const targetCpuAfter = targetPid !== undefined ? readCpuUs(targetPid) : undefined;
  if (result.code !== 0) {
    return failed(
      tool,
      `exit ${result.code}: ${(result.stderr || result.stdout).trim().slice(-600)}`,
    );
  }
  let run: ClientRun;
  try {
    if (tool === 'ours' || tool === 'ours-baseline') {
      run = { ...parseOurs(await readOursLevel(outDir)), tool };
    } else if (tool === 'autocannon') run = parseAutocannon(result.stdout);
    else if (tool === 'wrk') run = parseWrk(result.stdout);
    else if (tool === 'h2load') run = parseH2load(result.stdout);
    else run = parseHey(result.stdout);
  } catch (error) {
    return failed(tool, `could not read its output: ${(error as Error).message}`);
  }
  const clientCpuUs = await readRusageCpuUs(rusageFile);
  if (clientCpuUs !== undefined && run.requests > 0) {
    run.clientCpuUs = clientCpuUs;
    run.clientCpuUsPerRequest = clientCpuUs / run.requests;
  }
  if (targetCpuBefore !== undefined && targetCpuAfter !== undefined && run.requests > 0) {
    run.targetCpuUsPerRequest = (targetCpuAfter - targetCpuBefore) / run.requests;
  }
  if (run.requests === 0) run.ok = false;
  return run;
}

function failed(tool: ToolName, error: string): ClientRun {
  return {
    tool,
    ok: false,
    error,
    requests: 0,
    rps: 0,
    p50Us: Number.NaN,
    p99Us: Number.NaN,
    failures: 0,
  };
}

/** Reads ours' level report into the common shape. */
export function parseOurs(level: LevelReport): ClientRun {
  const f = level.counts.failures;
  return {
    tool: 'ours',
    ok: true,
    requests: level.counts.total,
    rps: level.throughput.totalRps,
    p50Us: level.latencyUs.p50,
    p99Us: level.latencyUs.p99,
    failures: f.connect + f.timeout + f.reset + f.httpStatus + f.check,
    selfCpuUsPerRequest: level.generator.cpuUsPerRequest,
    generatorBound: level.generator.generatorBound,
    ...(level.generator.workerCpuPercentMean
      ? { workerCpuPercent: level.generator.workerCpuPercentMean }
      : {}),
    memorySeries: level.series.map((s): [number, number] => [
      s.generatorHeapUsedBytes ?? Number.NaN,
      s.generatorRssBytes ?? Number.NaN,
    ]),
    raw: { ...level, histograms: undefined, series: undefined },
  };
}

/** The parts of autocannon's `-j` output the harness reads. */
export interface AutocannonJson {
  requests: { total: number; average: number };
  latency: Record<string, number>;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  start: string;
  finish: string;
}

/** Parses autocannon's JSON (latencies in ms) into the common shape. */
export function parseAutocannon(stdout: string): ClientRun {
  const start = stdout.indexOf('{');
  const json = JSON.parse(stdout.slice(start)) as AutocannonJson;
  const total = json.requests.total;
  return {
    tool: 'autocannon',
    ok: true,
    requests: total,
    rps: json.duration > 0 ? total / json.duration : 0,
    p50Us: (json.latency.p50 ?? Number.NaN) * 1000,
    p99Us: (json.latency.p99 ?? Number.NaN) * 1000,
    failures: json.errors + json.timeouts + json.non2xx,
    raw: json,
  };
}

const WRK_UNITS: Record<string, number> = { us: 1, ms: 1000, s: 1_000_000, m: 60_000_000 };

/** Parses wrk's text output (`--latency` distribution) into the common shape. */
export function parseWrk(stdout: string): ClientRun {
  const percentile = (p: string): number => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(stdout);
    return match ? Number(match[1]) * (WRK_UNITS[match[2]!] ?? Number.NaN) : Number.NaN;
  };
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m)/.exec(stdout);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
  if (!total || !rps) throw new Error(`unexpected wrk output:\n${stdout}`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(stdout);
  const failures =
    (socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0) +
    (non2xx ? Number(non2xx[1]) : 0);
  return {
    tool: 'wrk',
    ok: true,
    requests: Number(total[1]),
    rps: Number(rps[1]),
    p50Us: percentile('50'),
    p99Us: percentile('99'),
    failures,
    raw: stdout,
  };
}

/**
 * Parses h2load's text output. It prints min/max/mean/sd of request times but no percentiles,
 * so p50 and p99 stay unknown (NaN); requests are its "succeeded" count.
 */
export function parseH2load(stdout: string): ClientRun {
  const finished = /finished in ([\d.]+)s, ([\d.]+) req\/s/.exec(stdout);
  const requests =
    /requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored, (\d+) timeout/.exec(
      stdout,
    );
  if (!finished || !requests) throw new Error(`unexpected h2load output:\n${stdout.slice(-800)}`);
  return {
    tool: 'h2load',
    ok: true,
    requests: Number(requests[4]),
    rps: Number(finished[2]),
    p50Us: Number.NaN,
    p99Us: Number.NaN,
    failures: Number(requests[5]) + Number(requests[6]) + Number(requests[7]),
    raw: stdout,
  };
}

/** Parses hey's text summary (latencies in seconds); requests are its 2xx responses. */
export function parseHey(stdout: string): ClientRun {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
  if (!rps) throw new Error(`unexpected hey output:\n${stdout.slice(-800)}`);
  const percentile = (p: string): number => {
    const match = new RegExp(`^\\s*${p}% in ([\\d.]+) secs`, 'm').exec(stdout);
    return match ? Number(match[1]) * 1_000_000 : Number.NaN;
  };
  let ok = 0;
  let other = 0;
  for (const m of stdout.matchAll(/\[(\d{3})\]\s+(\d+) responses/g)) {
    if (m[1]!.startsWith('2')) ok += Number(m[2]);
    else other += Number(m[2]);
  }
  const errors = /Error distribution:\n((?:\s+\[\d+\].*\n?)*)/.exec(stdout);
  const errorCount = errors
    ? [...errors[1]!.matchAll(/\[(\d+)\]/g)].reduce((n, m) => n + Number(m[1]), 0)
    : 0;
  return {
    tool: 'hey',
    ok: true,
    requests: ok,
    rps: Number(rps[1]),
    p50Us: percentile('50'),
    p99Us: percentile('99'),
    failures: other + errorCount,
    raw: stdout,
  };
}
