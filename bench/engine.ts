/**
 * Engine performance harness: ours, autocannon, wrk, h2load and hey side by side against nginx,
 * the demo target and a CPU-burning target, pinned to different cores, rounds interleaved so
 * drift hits every tool alike. Prints medians (min–max) and the ratios of one sitting, and
 * writes them to `bench/results/engine-<UTC time>.json`. With enough cores it also runs ours
 * with one worker thread against `--workers N`; otherwise it says why that part was skipped.
 *
 *   node --import tsx bench/engine.ts [--rounds 5] [--duration 10s] [--connections 50]
 *     [--targets nginx,demo,burn] [--tools ours,autocannon,wrk,h2load,hey] [--no-pipelining]
 *     [--pipelining 10] [--workers 4] [--baseline-entry <other build>/dist/cli/index.js]
 *     [--pause 1s] [--skip-build]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDurationMs, parseList, parsePositive } from './lib/args.js';
import { ensureBuilt } from './lib/build.js';
import { runClient } from './lib/clients.js';
import type { ClientContext, ClientRun, LoadSpec, ToolName } from './lib/clients.js';
import { sleep, stopAll, stopAllOnSignals } from './lib/processes.js';
import { writeResults } from './lib/results.js';
import { spread } from './lib/stats.js';
import type { Spread } from './lib/stats.js';
import { formatNumber, formatSpread, renderTable } from './lib/table.js';
import { startEngineTarget } from './lib/targets.js';
import type { EngineTargetName, RunningTarget, TargetContext } from './lib/targets.js';
import { choosePinning, findTooling, machineInfo, missingToolHints } from './lib/system.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..');
const TARGETS = ['nginx', 'demo', 'burn'] as const;
const TOOLS = ['ours', 'autocannon', 'wrk', 'h2load', 'hey'] as const;
/** Tools that can keep several requests in flight per connection here. */
const PIPELINING_TOOLS: ReadonlySet<ToolName> = new Set([
  'ours',
  'ours-baseline',
  'autocannon',
  'h2load',
]);

/** The harness's options after parsing. */
interface EngineOptions {
  rounds: number;
  durationMs: number;
  connections: number;
  targets: EngineTargetName[];
  tools: ToolName[];
  pipelining: number;
  withPipelining: boolean;
  /** Worker threads of the 1-against-N comparison (needs N + 1 cores: N clients, 1 target). */
  workers: number;
  /** Another build of ours to run beside it (`ours-baseline`), e.g. an earlier commit's bundle. */
  baselineEntry?: string;
  pauseMs: number;
  skipBuild: boolean;
}

/** One (target × tool × variant) cell of the sitting. */
interface Case {
  target: EngineTargetName;
  tool: ToolName;
  /** Requests in flight per connection. */
  pipelining: number;
  /** Ours only: worker threads (1 unless this is the workers comparison). */
  workers: number;
}

/** One run of a case in one round. */
interface RoundRun extends ClientRun {
  round: number;
  target: EngineTargetName;
  pipelining: number;
  workers: number;
}

/** Medians (min–max) of a case over the rounds. */
interface CaseSummary extends Case {
  runs: number;
  failedRuns: number;
  rps: Spread;
  p50Us: Spread;
  p99Us: Spread;
  clientCpuUsPerRequest: Spread;
  targetCpuUsPerRequest: Spread;
  selfCpuUsPerRequest: Spread;
  generatorBoundRuns: number;
  failures: number;
}

/** Ratios of ours to the other tools, taken round by round in the same sitting. */
interface RatioSummary {
  target: EngineTargetName;
  pipelining: number;
  cpuOursOverAutocannon: Spread;
  cpuOursOverWrk: Spread;
  /**
   * Ours inside its measured window (the engine's own CPU ÷ requests, without start-up and
   * report) ÷ wrk's whole process: the per-request cost of a long run, where ours' fixed cost
   * (module loading, report writing) no longer counts. wrk's start-up is about a millisecond.
   */
  cpuOursWindowOverWrk: Spread;
  cpuOursOverH2load: Spread;
  cpuOursOverHey: Spread;
  /** With --baseline-entry: ours ÷ the earlier build, and the earlier build ÷ wrk. */
  cpuOursOverBaseline: Spread;
  cpuBaselineOverWrk: Spread;
  p50OursOverWrk: Spread;
  /** p50 ratio over the rounds where ours was not generator-bound. */
  p50OursOverWrkNotBound: Spread;
  rpsOursOverAutocannon: Spread;
  rpsOursOverWrk: Spread;
  checks: string[];
}

function parseOptions(argv: string[]): EngineOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: '5' },
      duration: { type: 'string', default: '10s' },
      connections: { type: 'string', default: '50' },
      targets: { type: 'string', default: TARGETS.join(',') },
      tools: { type: 'string', default: TOOLS.join(',') },
      pipelining: { type: 'string', default: '10' },
      workers: { type: 'string', default: '4' },
      'baseline-entry': { type: 'string' },
      'no-pipelining': { type: 'boolean', default: false },
      pause: { type: 'string', default: '1s' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  return {
    rounds: Math.round(parsePositive('--rounds', values.rounds)),
    durationMs: parseDurationMs(values.duration),
    connections: Math.round(parsePositive('--connections', values.connections)),
    targets: parseList('--targets', values.targets, TARGETS),
    tools: parseList('--tools', values.tools, TOOLS),
    pipelining: Math.round(parsePositive('--pipelining', values.pipelining)),
    withPipelining: !values['no-pipelining'],
    workers: Math.round(parsePositive('--workers', values.workers)),
    ...(values['baseline-entry'] !== undefined
      ? { baselineEntry: path.resolve(values['baseline-entry']) }
      : {}),
    pauseMs: parseDurationMs(values.pause),
    skipBuild: values['skip-build'],
  };
}

/** Every case of the sitting in the order one round runs them. */
function casesFor(
  options: EngineOptions,
  targets: EngineTargetName[],
  installed: ReadonlySet<ToolName>,
): Case[] {
  const cases: Case[] = [];
  const variants = options.withPipelining ? [1, options.pipelining] : [1];
  for (const target of targets) {
    for (const pipelining of variants) {
      for (const tool of options.tools) {
        if (!installed.has(tool)) continue;
        // The earlier build runs right after ours, so the two are minutes apart at most.
        if (tool === 'ours' && options.baselineEntry) {
          cases.push({ target, tool: 'ours-baseline', pipelining, workers: 1 });
        }
        // wrk pipelines only through a Lua script and hey not at all: their rows stay at p1.
        if (pipelining > 1 && !PIPELINING_TOOLS.has(tool)) continue;
        cases.push({ target, tool, pipelining, workers: 1 });
      }
    }
  }
  return cases;
}

/**
 * The workers comparison: ours with one worker against `workers` threads, against nginx (or
 * the first target), closed model, when the machine has a core for each worker and one for the
 * target; otherwise why not.
 */
function workerCases(
  options: EngineOptions,
  targets: EngineTargetName[],
  cores: number,
): { cases: Case[]; skipped?: string } {
  if (!options.tools.includes('ours')) return { cases: [], skipped: 'ours is not among --tools' };
  if (options.workers < 2) return { cases: [], skipped: '--workers is 1: nothing to compare' };
  const needed = options.workers + 1;
  if (cores < needed) {
    return {
      cases: [],
      skipped: `this machine has ${cores} core${cores === 1 ? '' : 's'}; 1 against ${options.workers} workers needs at least ${needed} (one per worker and one for the target), so it was not measured (run it on a load VM: see docs/performance.md)`,
    };
  }
  const target = targets.includes('nginx') ? 'nginx' : targets[0]!;
  return {
    cases: [
      { target, tool: 'ours', pipelining: 1, workers: 1 },
      { target, tool: 'ours', pipelining: 1, workers: options.workers },
    ],
  };
}

function summarizeCase(c: Case, runs: RoundRun[]): CaseSummary {
  const mine = runs.filter(
    (r) =>
      r.target === c.target &&
      r.tool === c.tool &&
      r.pipelining === c.pipelining &&
      r.workers === c.workers,
  );
  const ok = mine.filter((r) => r.ok);
  return {
    ...c,
    runs: mine.length,
    failedRuns: mine.length - ok.length,
    rps: spread(ok.map((r) => r.rps)),
    p50Us: spread(ok.map((r) => r.p50Us)),
    p99Us: spread(ok.map((r) => r.p99Us)),
    clientCpuUsPerRequest: spread(ok.map((r) => r.clientCpuUsPerRequest ?? Number.NaN)),
    targetCpuUsPerRequest: spread(ok.map((r) => r.targetCpuUsPerRequest ?? Number.NaN)),
    selfCpuUsPerRequest: spread(ok.map((r) => r.selfCpuUsPerRequest ?? Number.NaN)),
    generatorBoundRuns: ok.filter((r) => r.generatorBound === true).length,
    failures: ok.reduce((a, r) => a + r.failures, 0),
  };
}

function summarizeRatios(
  target: EngineTargetName,
  pipelining: number,
  runs: RoundRun[],
  rounds: number,
): RatioSummary {
  const pick = (round: number, tool: ToolName) =>
    runs.find(
      (r) =>
        r.round === round &&
        r.target === target &&
        r.pipelining === pipelining &&
        r.tool === tool &&
        r.workers === 1 &&
        r.ok,
    );
  const ratio = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;
  const cpuAc: number[] = [];
  const cpuWrk: number[] = [];
  const cpuWindowWrk: number[] = [];
  const cpuH2: number[] = [];
  const cpuHey: number[] = [];
  const cpuBaseline: number[] = [];
  const cpuBaselineWrk: number[] = [];
  const p50Wrk: number[] = [];
  const p50WrkNotBound: number[] = [];
  const rpsAc: number[] = [];
  const rpsWrk: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const ours = pick(round, 'ours');
    const ac = pick(round, 'autocannon');
    const wrk = pick(round, 'wrk');
    if (!ours) continue;
    cpuAc.push(ratio(ours.clientCpuUsPerRequest, ac?.clientCpuUsPerRequest));
    cpuWrk.push(ratio(ours.clientCpuUsPerRequest, wrk?.clientCpuUsPerRequest));
    cpuWindowWrk.push(ratio(ours.selfCpuUsPerRequest, wrk?.clientCpuUsPerRequest));
    cpuH2.push(ratio(ours.clientCpuUsPerRequest, pick(round, 'h2load')?.clientCpuUsPerRequest));
    cpuHey.push(ratio(ours.clientCpuUsPerRequest, pick(round, 'hey')?.clientCpuUsPerRequest));
    const baseline = pick(round, 'ours-baseline');
    cpuBaseline.push(ratio(ours.clientCpuUsPerRequest, baseline?.clientCpuUsPerRequest));
    cpuBaselineWrk.push(ratio(baseline?.clientCpuUsPerRequest, wrk?.clientCpuUsPerRequest));
    const p50 = ratio(ours.p50Us, wrk?.p50Us);
    p50Wrk.push(p50);
    if (ours.generatorBound !== true) p50WrkNotBound.push(p50);
    rpsAc.push(ratio(ours.rps, ac?.rps));
    rpsWrk.push(ratio(ours.rps, wrk?.rps));
  }
  const summary: RatioSummary = {
    target,
    pipelining,
    cpuOursOverAutocannon: spread(cpuAc),
    cpuOursOverWrk: spread(cpuWrk),
    cpuOursWindowOverWrk: spread(cpuWindowWrk),
    cpuOursOverH2load: spread(cpuH2),
    cpuOursOverHey: spread(cpuHey),
    cpuOursOverBaseline: spread(cpuBaseline),
    cpuBaselineOverWrk: spread(cpuBaselineWrk),
    p50OursOverWrk: spread(p50Wrk),
    p50OursOverWrkNotBound: spread(p50WrkNotBound),
    rpsOursOverAutocannon: spread(rpsAc),
    rpsOursOverWrk: spread(rpsWrk),
    checks: [],
  };
  summary.checks = ratioChecks(summary);
  return summary;
}

/** The figures of docs/performance.md, checked against this sitting's median ratios. */
function ratioChecks(r: RatioSummary): string[] {
  const checks: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  // Generator cost is judged against the fast targets only: against the burn target a client
  // does a few hundred requests a second, and its start-up CPU dominates the per-request figure.
  const fast = r.target !== 'burn';
  if (fast && r.cpuOursOverAutocannon.n > 0) {
    const v = r.cpuOursOverAutocannon.median;
    checks.push(`client CPU ≤ 0.6 × autocannon: ${formatNumber(v, 2)} ${verdict(v <= 0.6)}`);
  }
  if (fast && r.cpuOursOverWrk.n > 0) {
    const v = r.cpuOursOverWrk.median;
    checks.push(`client CPU ≤ 1.2 × wrk: ${formatNumber(v, 2)} ${verdict(v <= 1.2)}`);
  }
  if (fast && r.cpuOursWindowOverWrk.n > 0) {
    // Information, not a check: the target above is the whole process, as wrk is measured.
    const v = r.cpuOursWindowOverWrk.median;
    checks.push(
      `for reference, ours inside its measured window ÷ wrk: ${formatNumber(v, 2)} (start-up and report left out)`,
    );
  }
  if (r.p50OursOverWrkNotBound.n > 0) {
    const v = r.p50OursOverWrkNotBound.median;
    checks.push(
      `p50 within 15% of wrk (rounds not generator-bound: ${r.p50OursOverWrkNotBound.n}): ${formatNumber(v, 2)} ${verdict(Math.abs(v - 1) <= 0.15)}`,
    );
  } else if (r.p50OursOverWrk.n > 0) {
    checks.push('p50 within 15% of wrk: not judged (ours was generator-bound in every round)');
  }
  return checks;
}

function caseLabel(c: {
  target: string;
  tool: string;
  pipelining: number;
  workers: number;
}): string {
  const tool = c.workers > 1 ? `${c.tool} w${c.workers}` : c.tool;
  return `${c.target.padEnd(5)} ${tool.padEnd(10)} ${c.pipelining > 1 ? `p${c.pipelining}` : 'p1 '}`;
}

function renderSummary(summaries: CaseSummary[]): string {
  return renderTable(
    [
      'target',
      'tool',
      'pipe',
      'req/s',
      'p50 µs',
      'p99 µs',
      'client CPU µs/req',
      'target CPU µs/req',
      'ours self µs/req',
      'gen-bound',
      'failures',
    ],
    summaries.map((s) => [
      s.target,
      s.workers > 1 ? `${s.tool} w${s.workers}` : s.tool,
      String(s.pipelining),
      formatSpread(s.rps),
      formatSpread(s.p50Us),
      formatSpread(s.p99Us),
      formatSpread(s.clientCpuUsPerRequest, 1),
      formatSpread(s.targetCpuUsPerRequest, 1),
      s.tool.startsWith('ours') ? formatSpread(s.selfCpuUsPerRequest, 1) : '',
      s.tool.startsWith('ours') ? `${s.generatorBoundRuns}/${s.runs - s.failedRuns}` : '',
      s.failedRuns > 0 ? `${s.failures} (${s.failedRuns} runs failed)` : String(s.failures),
    ]),
  );
}

function renderRatios(ratios: RatioSummary[]): string {
  return renderTable(
    [
      'target',
      'pipe',
      'CPU ours/ac',
      'CPU ours/wrk',
      'CPU window ours/wrk',
      'CPU ours/h2load',
      'CPU ours/hey',
      'CPU ours/baseline',
      'CPU baseline/wrk',
      'p50 ours/wrk',
      'req/s ours/ac',
      'req/s ours/wrk',
    ],
    ratios.map((r) => [
      r.target,
      String(r.pipelining),
      formatSpread(r.cpuOursOverAutocannon, 2),
      formatSpread(r.cpuOursOverWrk, 2),
      formatSpread(r.cpuOursWindowOverWrk, 2),
      formatSpread(r.cpuOursOverH2load, 2),
      formatSpread(r.cpuOursOverHey, 2),
      formatSpread(r.cpuOursOverBaseline, 2),
      formatSpread(r.cpuBaselineOverWrk, 2),
      formatSpread(r.p50OursOverWrk, 2),
      formatSpread(r.rpsOursOverAutocannon, 2),
      formatSpread(r.rpsOursOverWrk, 2),
    ]),
  );
}

/** Runs the sitting and returns the process exit code. */
async function main(): Promise<number> {
  let options: EngineOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'bench-engine-'));
  stopAllOnSignals(() => rm(tmpDir, { recursive: true, force: true }));
  const targets = new Map<EngineTargetName, RunningTarget>();
  const notes: string[] = [];
  try {
    if (!options.skipBuild) await ensureBuilt(REPO_DIR, log);
    const tooling = findTooling();
    for (const hint of missingToolHints(tooling)) {
      notes.push(hint);
      log(`note: ${hint}`);
    }
    const pinning = choosePinning(tooling);
    const machine = machineInfo(tooling, REPO_DIR);
    log(
      `machine: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.nodeVersion}, load ${machine.loadAverage.join(' ')}`,
    );
    log(`pinning: ${pinning.description}`);
    const targetCtx: TargetContext = { repoDir: REPO_DIR, pinning, tmpDir, nginx: tooling.nginx };
    for (const name of options.targets) {
      if (name === 'nginx' && !tooling.nginx) continue;
      try {
        const target = await startEngineTarget(targetCtx, name);
        targets.set(name, target);
        log(`target ${name}: ${target.url} (CPU sampled from pid ${target.cpuPid})`);
      } catch (error) {
        const note = `target ${name} did not start, its rows are skipped: ${(error as Error).message}`;
        notes.push(note);
        log(note);
      }
    }
    if (targets.size === 0) throw new Error('no target started');
    const clientCtx: ClientContext = {
      repoDir: REPO_DIR,
      pinning,
      gnuTime: tooling.gnuTime,
      wrk: tooling.wrk,
      h2load: tooling.h2load,
      hey: tooling.hey,
      ...(options.baselineEntry ? { baselineEntry: options.baselineEntry } : {}),
      tmpDir,
    };
    const installed = new Set<ToolName>(['ours', 'autocannon']);
    if (options.baselineEntry) installed.add('ours-baseline');
    if (tooling.wrk) installed.add('wrk');
    if (tooling.h2load) installed.add('h2load');
    if (tooling.hey) installed.add('hey');
    const cases = casesFor(options, [...targets.keys()], installed);
    const workers = workerCases(options, [...targets.keys()], machine.cores);
    if (workers.skipped) {
      const note = `workers comparison skipped: ${workers.skipped}`;
      notes.push(note);
      log(note);
    }
    // The workers runs get a core per worker (cores 1..N), the target keeps core 0.
    const workerPinning = {
      ...pinning,
      client: pinning.client.length > 0 ? [pinning.client[0]!, '-c', `1-${options.workers}`] : [],
    };
    cases.push(...workers.cases);
    const perRunS = options.durationMs / 1000 + options.pauseMs / 1000 + 1;
    log(
      `${cases.length} cases × ${options.rounds} rounds of ${options.durationMs / 1000} s: about ${Math.ceil((cases.length * options.rounds * perRunS) / 60)} min`,
    );
    const startedAt = new Date().toISOString();
    const runs: RoundRun[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const c of cases) {
        const target = targets.get(c.target)!;
        const spec: LoadSpec = {
          url: target.url,
          connections: options.connections,
          durationMs: options.durationMs,
          pipelining: c.pipelining,
          warmupMs: 0,
          ...(c.workers > 1 ? { workers: c.workers } : {}),
        };
        const inWorkersComparison = workers.cases.includes(c);
        const ctx = inWorkersComparison ? { ...clientCtx, pinning: workerPinning } : clientCtx;
        const run = await runClient(ctx, c.tool, spec, target.cpuPid);
        runs.push({
          ...run,
          round,
          target: c.target,
          pipelining: c.pipelining,
          workers: c.workers,
        });
        log(
          `round ${round}/${options.rounds}  ${caseLabel(c)}  ` +
            (run.ok
              ? `${formatNumber(run.rps)} req/s  p50 ${formatNumber(run.p50Us)} µs  p99 ${formatNumber(run.p99Us)} µs  client ${formatNumber(run.clientCpuUsPerRequest ?? Number.NaN, 1)} µs/req  target ${formatNumber(run.targetCpuUsPerRequest ?? Number.NaN, 1)} µs/req${run.generatorBound ? '  generator-bound' : ''}${run.workerCpuPercent ? `  workers ${run.workerCpuPercent.map((p) => `${p}%`).join(' ')}` : ''}`
              : `FAILED: ${run.error ?? ''}`),
        );
        await sleep(options.pauseMs);
      }
    }
    const finishedAt = new Date().toISOString();
    const summaries = cases.map((c) => summarizeCase(c, runs));
    const ratios: RatioSummary[] = [];
    for (const target of targets.keys()) {
      for (const pipelining of options.withPipelining ? [1, options.pipelining] : [1]) {
        if (options.tools.includes('ours')) {
          ratios.push(summarizeRatios(target, pipelining, runs, options.rounds));
        }
      }
    }
    log('');
    log(
      `Medians over ${options.rounds} round(s), (min–max); CPU per request = user+sys ÷ completed requests`,
    );
    log(renderSummary(summaries));
    log('');
    log('Ratios of this sitting (per round, then median (min–max)); ac = autocannon');
    log(renderRatios(ratios));
    for (const r of ratios) {
      for (const check of r.checks) log(`  ${r.target} p${r.pipelining}: ${check}`);
    }
    const file = await writeResults(REPO_DIR, 'engine', {
      kind: 'engine',
      startedAt,
      finishedAt,
      options,
      machine,
      pinning: pinning.description,
      notes,
      summaries,
      ratios,
      runs,
    });
    log('');
    log(`Results: ${path.relative(process.cwd(), file)}`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench:engine failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    await Promise.all([...targets.values()].map((t) => t.stop()));
    await stopAll();
    await rm(tmpDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
