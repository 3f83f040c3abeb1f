/**
 * Verdict-trust harness: how often a same-session A/B tells the truth on this machine. A
 * CPU-burn target (`bench/targets/cpu-burn-server.js`, a fixed amount of work per response) is
 * compared with itself (A/A) and with copies that do 3%, 5% and 10% more work, N times each,
 * in both modes (`interleaved`, `duet`), through the real pipeline (`runComparison`: targets
 * started as commands, adaptive rounds, paired verdicts). Prints per mode and change the
 * false-call rate (A/A: any regression or improvement, on any metric) or the detection rate
 * (throughput or p50 called a regression), the rounds and the wall time used, and the same
 * figures for today's fixed 3-round interleaved A/B judged on two independent medians
 * (computed from the first three rounds of each interleaved run). Cases are interleaved in a
 * seeded random order so the machine's mood hits every line alike. The load average is taken
 * before and after every comparison. Results go to `bench/results/verdicts-<UTC time>.json`.
 *
 *   node --import tsx bench/verdicts.ts [--n 10] [--aa-n 10] [--modes interleaved,duet]
 *     [--changes 0,3,5,10] [--burn-us 1000] [--connections 16] [--warmup 500ms]
 *     [--duration 3s] [--threshold 3] [--interleaved-rounds 3-6] [--duet-rounds 2-12]
 *   node --import tsx bench/verdicts.ts --summarize bench/results/verdicts-<time>.json
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDurationMs, parseList, parsePositive } from './lib/args.js';
import { runProcess } from './lib/processes.js';
import { writeResults } from './lib/results.js';
import { spread } from './lib/stats.js';
import { formatNumber, formatSpread, renderTable } from './lib/table.js';
import type { Comparison, MetricComparison } from '../src/core/report/comparison-model.js';
import type { RunReport } from '../src/core/report/model.js';
import { createRng } from '../src/core/stats/bootstrap.js';
import { compareReports } from '../src/core/stats/compare.js';
import { comparePairedRounds } from '../src/core/stats/compare-paired.js';
import { loadPlan } from '../src/edges/files/load-plan.js';
import { runComparison } from '../src/pipeline/run-comparison.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..');
const BURN_SERVER = path.join(REPO_DIR, 'bench/targets/cpu-burn-server.js');
const MODES = ['interleaved', 'duet'] as const;
type Mode = (typeof MODES)[number];
/** The metrics the runs judge and wait for (the issue calls a change on throughput or p50). */
const JUDGED = ['successRps', 'p50', 'errorRate'] as const;

/** The harness's options after parsing. */
interface VerdictOptions {
  n: number;
  aaN: number;
  modes: Mode[];
  changesPercent: number[];
  burnUs: number;
  connections: number;
  warmupMs: number;
  durationMs: number;
  thresholdPercent: number;
  rounds: Record<Mode, { min: number; max: number }>;
  seed: number;
}

function parseRange(name: string, text: string): { min: number; max: number } {
  const m = /^(\d+)-(\d+)$/.exec(text.trim());
  if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) {
    throw new Error(`${name} ${text}: expected MIN-MAX rounds, e.g. 3-8`);
  }
  return { min: Number(m[1]), max: Number(m[2]) };
}

function parseOptions(argv: string[]): VerdictOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '10' },
      'aa-n': { type: 'string' },
      modes: { type: 'string', default: MODES.join(',') },
      changes: { type: 'string', default: '0,3,5,10' },
      'burn-us': { type: 'string', default: '1000' },
      connections: { type: 'string', default: '16' },
      warmup: { type: 'string', default: '500ms' },
      duration: { type: 'string', default: '3s' },
      threshold: { type: 'string', default: '3' },
      'interleaved-rounds': { type: 'string', default: '3-6' },
      'duet-rounds': { type: 'string', default: '2-12' },
      seed: { type: 'string', default: '20261201' },
    },
  });
  const n = Math.round(parsePositive('--n', values.n));
  return {
    n,
    aaN: values['aa-n'] !== undefined ? Math.round(parsePositive('--aa-n', values['aa-n'])) : n,
    modes: parseList('--modes', values.modes, MODES),
    changesPercent: values.changes.split(',').map((c) => {
      const v = Number(c);
      if (!Number.isFinite(v) || v < 0) throw new Error(`--changes ${values.changes}`);
      return v;
    }),
    burnUs: parsePositive('--burn-us', values['burn-us']),
    connections: Math.round(parsePositive('--connections', values.connections)),
    warmupMs: parseDurationMs(values.warmup),
    durationMs: parseDurationMs(values.duration),
    thresholdPercent: parsePositive('--threshold', values.threshold),
    rounds: {
      interleaved: parseRange('--interleaved-rounds', values['interleaved-rounds']),
      duet: parseRange('--duet-rounds', values['duet-rounds']),
    },
    seed: Math.round(parsePositive('--seed', values.seed)),
  };
}

/** What one comparison produced. */
interface CaseResult {
  mode: Mode;
  changePercent: number;
  index: number;
  /** A regression of throughput or p50 was called. */
  called: boolean;
  /** Any metric called a regression or an improvement (all metrics, at the last look). */
  anyCall: string[];
  /** An improvement called for a slower copy, on throughput or p50. */
  wrongDirection: boolean;
  /** Server CPU per request called a regression (judged at the last look, not waited for). */
  cpuCalled: boolean;
  verdicts: Record<string, string>;
  roundsUsed: number;
  stopReason: string;
  wallMs: number;
  /** Interleaved only: today's fixed 3-round A/B on the first three rounds. */
  fixed3?: { called: boolean; anyCall: string[]; wallMs: number };
  loadBefore: number;
  loadAfter: number;
  stealPercentMean: number;
  machineCpuPercentMean: number;
  throughputChange?: number;
}

/** Calibrates the burn: iterations costing `burnUs` of CPU on this machine. */
async function calibrate(burnUs: number): Promise<number> {
  const result = await runProcess(['node', BURN_SERVER, '--calibrate', String(burnUs)], {
    cwd: REPO_DIR,
  });
  if (result.code !== 0) throw new Error(`calibration failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { iterations: number }).iterations;
}

let nextPort = 19_400 + Math.floor(Math.random() * 2000);

/** The config of one comparison. */
function configText(
  options: VerdictOptions,
  mode: Mode,
  iterations: number,
  changePercent: number,
  seed: number,
): string {
  const target = (factor: number) => {
    const port = nextPort++;
    return `{ command: { run: [node, "${BURN_SERVER}"], port: ${port}, env: { PORT: "${port}", BURN_ITERATIONS: "${iterations}", BURN_FACTOR: "${factor}" } } }`;
  };
  const { min, max } = options.rounds[mode];
  return [
    'version: 1',
    'name: verdicts',
    `baseline: ${target(1)}`,
    `target: ${target(1 + changePercent / 100)}`,
    'scenarios:',
    '  - name: burn',
    '    path: /',
    '    checks: { json: ["$.success == true"] }',
    'load:',
    '  model: closed',
    `  levels: [${options.connections}]`,
    `  warmup: ${options.warmupMs}ms`,
    `  duration: ${options.durationMs}ms`,
    `compare: { mode: ${mode}, minRounds: ${min}, maxRounds: ${max}, seed: ${seed}, metrics: [${JUDGED.join(', ')}], threshold: ${options.thresholdPercent}% }`,
    '',
  ].join('\n');
}

/** Throughput or p50 called a regression. */
function isCalled(metrics: readonly MetricComparison[]): boolean {
  return metrics.some(
    (m) => (m.metric === 'successRps' || m.metric === 'p50') && m.verdict === 'regression',
  );
}

/** Metrics called a regression or an improvement. */
function callsOf(metrics: readonly MetricComparison[]): string[] {
  return metrics
    .filter((m) => m.verdict === 'regression' || m.verdict === 'improvement')
    .map((m) => `${m.metric} ${m.verdict} ${(m.change * 100).toFixed(1)}%`);
}

async function runCase(
  options: VerdictOptions,
  tmp: string,
  iterations: number,
  mode: Mode,
  changePercent: number,
  index: number,
  seed: number,
): Promise<CaseResult> {
  const dir = await mkdtemp(path.join(tmp, `${mode}-${changePercent}-`));
  const file = path.join(dir, 'verdicts.yml');
  await writeFile(file, configText(options, mode, iterations, changePercent, seed));
  const plan = await loadPlan(file);
  const loadBefore = os.loadavg()[0]!;
  const began = performance.now();
  const result = await runComparison({ plan, cwd: dir, outDir: path.join(dir, 'report') });
  const wallMs = performance.now() - began;
  const loadAfter = os.loadavg()[0]!;
  const comparison: Comparison = result.comparison;
  const threshold = options.thresholdPercent / 100;
  // Every metric at the last look's confidence: what an A/A would call beyond the judged ones.
  const rounds = result.rounds.baseline.map((b, i) => ({
    round: i + 1,
    baseline: b.levels,
    candidate: result.rounds.candidate[i]?.levels ?? [],
  }));
  const lastLook = comparison.stopping?.looks.at(-1)?.confidence ?? 0.95;
  const everyMetric = comparePairedRounds(rounds, {
    mode,
    seed,
    threshold,
    lookConfidence: lastLook,
  });
  let fixed3: CaseResult['fixed3'];
  if (mode === 'interleaved' && rounds.length >= 3) {
    const today = compareReports(
      result.rounds.baseline.slice(0, 3),
      result.rounds.candidate.slice(0, 3),
      { threshold },
    );
    fixed3 = {
      called: isCalled(today.metrics),
      anyCall: callsOf(today.metrics),
      wallMs: roundsWallMs(result.rounds.baseline.slice(0, 3)),
    };
  }
  const levels = [...result.rounds.baseline, ...result.rounds.candidate].flatMap((r) => r.levels);
  const meanOf = (values: number[]) =>
    values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
  const throughput = comparison.metrics.find((m) => m.metric === 'successRps');
  const verdicts = Object.fromEntries(comparison.metrics.map((m) => [m.metric, m.verdict]));
  await rm(dir, { recursive: true, force: true });
  return {
    mode,
    changePercent,
    index,
    called: isCalled(comparison.metrics),
    anyCall: [...new Set([...callsOf(comparison.metrics), ...callsOf(everyMetric.metrics)])],
    wrongDirection: comparison.metrics.some(
      (m) =>
        changePercent > 0 &&
        (m.metric === 'successRps' || m.metric === 'p50') &&
        m.verdict === 'improvement',
    ),
    cpuCalled: everyMetric.metrics.some(
      (m) => m.metric === 'serverCpuUsPerRequest' && m.verdict === 'regression',
    ),
    verdicts,
    roundsUsed: comparison.stopping?.roundsUsed ?? rounds.length,
    stopReason: comparison.stopping?.reason ?? 'unknown',
    wallMs,
    ...(fixed3 ? { fixed3 } : {}),
    loadBefore,
    loadAfter,
    stealPercentMean: meanOf(
      levels.flatMap((l) => (l.machine ? [l.machine.stealPercentMean] : [])),
    ),
    machineCpuPercentMean: meanOf(
      levels.flatMap((l) => (l.machine ? [l.machine.cpuPercentMean] : [])),
    ),
    ...(throughput ? { throughputChange: throughput.change } : {}),
  };
}

/**
 * Wall time of the first rounds of an interleaved run, from the rounds' own start and end
 * (each round report spans both sides' levels).
 */
function roundsWallMs(rounds: readonly RunReport[]): number {
  const first = rounds[0];
  const last = rounds.at(-1);
  if (!first || !last) return Number.NaN;
  return Date.parse(last.finishedAt) - Date.parse(first.startedAt);
}

function percent(k: number, n: number): string {
  return n === 0 ? '-' : `${k}/${n} (${formatNumber((100 * k) / n, 0)}%)`;
}

function summarize(results: readonly CaseResult[], options: VerdictOptions): string {
  const rows: string[][] = [];
  const lines = options.modes.flatMap((mode) =>
    options.changesPercent.map((change) => ({ mode, change })),
  );
  for (const { mode, change } of lines) {
    const cases = results.filter((r) => r.mode === mode && r.changePercent === change);
    if (cases.length === 0) continue;
    const label = change === 0 ? 'A/A' : `+${change}% work`;
    const hits =
      change === 0
        ? cases.filter((c) => c.anyCall.length > 0).length
        : cases.filter((c) => c.called).length;
    const result =
      change === 0
        ? `false calls ${percent(hits, cases.length)}`
        : `caught ${percent(hits, cases.length)}`;
    const cpu = change === 0 ? '' : percent(cases.filter((c) => c.cpuCalled).length, cases.length);
    const wrong = cases.filter((c) => c.wrongDirection).length;
    const notJudged = cases.filter(
      (c) => c.verdicts.successRps === 'invalid' && c.verdicts.p50 === 'invalid',
    ).length;
    const reasons = new Map<string, number>();
    for (const c of cases) reasons.set(c.stopReason, (reasons.get(c.stopReason) ?? 0) + 1);
    rows.push([
      mode,
      label,
      result,
      cpu,
      String(wrong),
      String(notJudged),
      formatSpread(spread(cases.map((c) => c.roundsUsed))),
      formatNumber(cases.reduce((a, c) => a + c.wallMs, 0) / cases.length / 1000, 1),
      formatNumber(Math.max(...cases.map((c) => c.wallMs)) / 1000, 1),
      formatSpread(spread(cases.map((c) => (c.throughputChange ?? Number.NaN) * 100)), 1),
      [...reasons].map(([r, k]) => `${r} ${k}`).join(', '),
    ]);
    const fixed = cases.flatMap((c) => (c.fixed3 ? [c.fixed3] : []));
    if (mode === 'interleaved' && fixed.length > 0) {
      const fixedHits =
        change === 0
          ? fixed.filter((f) => f.anyCall.length > 0).length
          : fixed.filter((f) => f.called).length;
      rows.push([
        'today: fixed 3 rounds, unpaired',
        label,
        change === 0
          ? `false calls ${percent(fixedHits, fixed.length)}`
          : `caught ${percent(fixedHits, fixed.length)}`,
        '',
        '',
        '',
        '3',
        formatNumber(fixed.reduce((a, f) => a + f.wallMs, 0) / fixed.length / 1000, 1),
        formatNumber(Math.max(...fixed.map((f) => f.wallMs)) / 1000, 1),
        '',
        '',
      ]);
    }
  }
  return renderTable(
    [
      'mode',
      'change',
      'throughput or p50 called',
      'CPU/request called',
      'wrong way',
      'not judged',
      'rounds',
      'mean s',
      'max s',
      'throughput Δ%',
      'stopped',
    ],
    rows,
  );
}

/** Prints the table of a stored sitting again (`--summarize bench/results/verdicts-….json`). */
async function reprint(file: string): Promise<void> {
  const stored = JSON.parse(await readFile(file, 'utf8')) as {
    options: VerdictOptions;
    results: CaseResult[];
    startedAt: string;
    finishedAt: string;
    loadAverage: { median: number; min: number; max: number; n: number };
  };
  process.stdout.write(`${summarize(stored.results, stored.options)}\n`);
  process.stdout.write(
    `sitting ${stored.startedAt} – ${stored.finishedAt}; 1-minute load average ${formatSpread(stored.loadAverage, 2)}\n`,
  );
}

async function main(): Promise<void> {
  const summarizeAt = process.argv.indexOf('--summarize');
  if (summarizeAt >= 0) {
    await reprint(process.argv[summarizeAt + 1] ?? '');
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const startedAt = new Date();
  const iterations = await calibrate(options.burnUs);
  log(
    `verdicts: ${options.n} comparisons per change (A/A ${options.aaN}) × modes ${options.modes.join(', ')}; burn ${options.burnUs} µs (${iterations} iterations); ${options.connections} connections; warm-up ${options.warmupMs} ms, ${options.durationMs} ms per level; threshold ${options.thresholdPercent}%; load average ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  const cases: { mode: Mode; change: number; index: number }[] = [];
  for (const mode of options.modes) {
    for (const change of options.changesPercent) {
      const count = change === 0 ? options.aaN : options.n;
      for (let i = 0; i < count; i++) cases.push({ mode, change, index: i });
    }
  }
  // A seeded shuffle: every line sees the whole sitting, not one stretch of it.
  const rng = createRng(options.seed);
  for (let i = cases.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [cases[i], cases[j]] = [cases[j]!, cases[i]!];
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-verdicts-'));
  const results: CaseResult[] = [];
  try {
    for (const [k, c] of cases.entries()) {
      const r = await runCase(
        options,
        tmp,
        iterations,
        c.mode,
        c.change,
        c.index,
        options.seed + k,
      );
      results.push(r);
      log(
        `[${k + 1}/${cases.length}] ${c.mode} ${c.change === 0 ? 'A/A' : `+${c.change}%`}: ${r.called ? 'called' : 'not called'}${r.anyCall.length ? ` (${r.anyCall.join('; ')})` : ''}; ${r.roundsUsed} rounds, ${(r.wallMs / 1000).toFixed(1)} s, ${r.stopReason}; load ${r.loadBefore.toFixed(2)}→${r.loadAfter.toFixed(2)}, machine CPU ${formatNumber(r.machineCpuPercentMean, 0)}%, steal ${formatNumber(r.stealPercentMean, 1)}%`,
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const table = summarize(results, options);
  const loads = results.flatMap((r) => [r.loadBefore, r.loadAfter]);
  log('');
  log(table);
  log('');
  log(
    `sitting ${startedAt.toISOString()} – ${new Date().toISOString()}; 1-minute load average ${formatSpread(spread(loads), 2)} (median, min–max over comparisons); ${os.availableParallelism()} CPUs`,
  );
  const file = await writeResults(REPO_DIR, 'verdicts', {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options,
    iterations,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model,
    loadAverage: spread(loads),
    table,
    results,
  });
  log(`results: ${path.relative(process.cwd(), file)}`);
}

// A stray rejection must not leave target processes behind: the pipeline stops its targets in
// `finally`, so exiting through an error is enough.
main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
