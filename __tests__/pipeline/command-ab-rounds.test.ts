/**
 * A command-benchmark A/B in rounds, end to end through `bench run`: a tiny node script writes
 * the generic shape with deterministic values (no timing, so a busy machine cannot change the
 * verdict), the baseline and the candidate differ by an environment variable, and the rounds run
 * in the order the schedule draws. Each run appends its side to order.log, so the test checks
 * that the order the report states is the order that ran.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { RunReport } from '../../src/core/report/model.js';

// Per run of a side: a wobble of ±1% drawn from the side's own run count, the same on every
// machine; FACTOR scales every time (and divides the rate).
const SCRIPT = `
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
const side = process.env.BENCH_SIDE;
const factor = Number(process.env.BENCH_FACTOR);
const offset = Number(process.env.BENCH_OFFSET ?? '0');
const counter = 'count-' + side + '.txt';
const n = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) + 1 : 1;
writeFileSync(counter, String(n));
appendFileSync('order.log', side + '\\n');
const wobble = [1, 1.01, 0.99, 1.005, 0.995][(n + offset) % 5];
const samples = [1000, 1010, 990, 1005, 995].map((v) => v * factor * wobble);
writeFileSync('results.json', JSON.stringify({
  schemaVersion: 1,
  tool: 'fixture',
  benchmarks: [
    { name: 'parse/MT103', unit: 'ns/iter', direction: 'lower-is-better', samples },
    { name: 'throughput', unit: 'msg/s', direction: 'higher-is-better', value: (5000 / factor) * wobble },
  ],
}));
`;

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

interface Side {
  factor: number;
  offset: number;
}

async function runAb(
  candidate: Side,
  baseline: Side | undefined,
  compare: string,
  extra: string[] = [],
): Promise<{ code: number; report: RunReport; order: string[]; stderr: string; work: string }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-command-ab-'));
  cleanup.push(work);
  await mkdir(join(work, '.git'));
  await mkdir(join(work, 'products', 'fixture-lib'), { recursive: true });
  await writeFile(
    join(work, 'products', 'fixture-lib', 'product.yml'),
    'description: A stand-in library (no port).\nimage: { repository: fixture-lib }\n',
  );
  await mkdir(join(work, 'lib'));
  await writeFile(join(work, 'lib', 'bench.mjs'), SCRIPT);
  const env = (name: string, s: Side) =>
    `{ product: fixture-lib, env: { BENCH_SIDE: { value: ${name}, public: true }, BENCH_FACTOR: { value: '${s.factor}', public: true }, BENCH_OFFSET: { value: '${s.offset}', public: true } } }`;
  await writeFile(
    join(work, 'bench.yml'),
    [
      'version: 1',
      'name: fixture-lib',
      `target: ${env('candidate', candidate)}`,
      ...(baseline ? [`baseline: ${env('baseline', baseline)}`] : []),
      `compare: ${compare}`,
      ...extra,
      'scenarios:',
      '  - name: parse',
      '    kind: command',
      '    cwd: lib',
      `    run: ['${process.execPath}', bench.mjs]`,
      '    ingest: { format: generic, path: results.json }',
      '',
    ].join('\n'),
  );
  let stderr = '';
  const code = await runCli(['run', join(work, 'bench.yml'), '--out', join(work, 'out')], {
    stdout: { write: () => undefined },
    stderr: { write: (s: string) => void (stderr += s) },
    cwd: work,
  });
  const read = (file: string) => readFile(file, 'utf8').catch(() => '');
  const result = await read(join(work, 'out', 'result.json'));
  const report = (result ? JSON.parse(result) : undefined) as RunReport;
  const order = (await read(join(work, 'lib', 'order.log'))).split('\n').filter(Boolean);
  return { code, report, order, stderr, work };
}

describe('a command-benchmark A/B in rounds', () => {
  it('runs the fixed rounds in the random order it reports, pairs them, and calls a doubled time a regression (exit 1)', async () => {
    const { code, report, order, stderr, work } = await runAb(
      { factor: 2, offset: 1 },
      { factor: 1, offset: 0 },
      '{ rounds: 4, seed: 11 }',
    );
    expect(stderr).not.toMatch(/COMMAND_/);
    expect(code).toBe(1);
    const ab = report.benchmarkComparison!;
    expect(ab.mode).toBe('interleaved');
    expect(ab.schedule.seed).toBe(11);
    expect(ab.schedule.rounds).toHaveLength(4);
    expect(ab.stopping.roundsUsed).toBe(4);
    // The order the report states is the order the commands ran in.
    expect(order).toEqual(ab.schedule.rounds.flatMap((r) => r.steps[0]!.order));
    // Balanced in pairs of rounds: each side went first twice.
    const firsts = ab.schedule.rounds.map((r) => r.steps[0]!.order[0]);
    expect(firsts.filter((s) => s === 'baseline')).toHaveLength(2);
    expect(ab.verdict).toBe('regression');
    const byName = new Map((report.benchmarks ?? []).map((b) => [b.name, b]));
    const time = byName.get('parse/MT103')!.comparison!;
    expect(time.method).toBe('paired-t');
    expect(time.pairs).toHaveLength(4);
    expect(time.verdict).toBe('regression');
    expect(time.change).toBeGreaterThan(0.9);
    // The rate has no samples: its interval comes from its four rounds.
    const rate = byName.get('throughput')!.comparison!;
    expect(rate.ci).not.toBeNull();
    expect(rate.verdict).toBe('regression');
    const summary = await readFile(join(work, 'out', 'summary.md'), 'utf8');
    expect(summary).toContain('Interleaved rounds (seed 11), as they ran: 1: parse ');
    expect(stderr).toMatch(
      /round 1 \(at most 4\): parse: (baseline then candidate|candidate then baseline)/,
    );
  });

  it('stops an A/A as soon as every benchmark is decided, before the budget', async () => {
    const { code, report, order } = await runAb(
      { factor: 1, offset: 0 },
      { factor: 1, offset: 0 },
      '{ minRounds: 2, maxRounds: 6, seed: 5 }',
    );
    expect(code).toBe(0);
    const ab = report.benchmarkComparison!;
    expect(ab.verdict).toBe('no-change');
    expect(ab.stopping.reason).toBe('decided');
    expect(ab.stopping.roundsUsed).toBe(2);
    expect(order).toHaveLength(4);
    for (const b of report.benchmarks ?? []) expect(b.comparison!.verdict).toBe('no-change');
  });

  it('refuses compare.mode: duet for command benchmarks before any command runs, saying what to write instead', async () => {
    const { code, report, order, stderr } = await runAb(
      { factor: 1, offset: 0 },
      { factor: 1, offset: 0 },
      '{ mode: duet, rounds: 2 }',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('COMMAND_DUET_UNSUPPORTED');
    expect(stderr).toContain('compare.mode');
    expect(report).toBeUndefined();
    expect(order).toEqual([]);
  });

  it('holds each benchmark to a limit in its own unit: a breached max fails the run (exit 1) with the breach in the report and the summary', async () => {
    const { code, report, work } = await runAb({ factor: 2, offset: 0 }, undefined, '{ seed: 1 }', [
      'thresholds:',
      "  - { benchmark: 'parse/*', max: 1500, unit: ns/iter }",
      '  - { benchmark: throughput, min: 2000, unit: msg/s }',
    ]);
    expect(code).toBe(1);
    expect(report.benchmarkComparison).toBeUndefined();
    expect(report.benchmarkThresholds!.map((t) => [t.benchmark, t.status])).toEqual([
      ['parse/MT103', 'fail'],
      ['throughput', 'pass'],
    ]);
    // Mean of the samples at factor 2 on the first run (wobble 1.01): 2020 ns/iter.
    expect(report.benchmarkThresholds![0]!.observed).toBeCloseTo(2020, 9);
    const summary = await readFile(join(work, 'out', 'summary.md'), 'utf8');
    expect(summary).toContain('#### Benchmark thresholds');
    expect(summary).toContain(
      '- fail: parse/* &lt;= 1500 ns/iter: parse/MT103 2020 ns/iter (mean), breaks &lt;= 1500 ns/iter',
    );
  });

  it('refuses an HTTP threshold in a config of command benchmarks, before any command runs', async () => {
    const { code, stderr, order } = await runAb(
      { factor: 1, offset: 0 },
      undefined,
      '{ seed: 1 }',
      ['thresholds: [ "p99 < 50ms" ]'],
    );
    expect(code).toBe(2);
    expect(stderr).toContain('Threshold "p99 < 50ms" reads HTTP levels');
    expect(order).toEqual([]);
  });
});
