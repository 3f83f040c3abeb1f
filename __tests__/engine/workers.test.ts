import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { splitLevel } from '../../src/core/engine/level-workers.js';
import { parseThreadStatCpuUs, threadCpuUs } from '../../src/edges/local/thread-cpu.js';
import { parseWorkersFlag, planOverridesFrom } from '../../src/cli/options.js';
import { planFromUrl } from '../../src/core/config/adhoc-plan.js';
import { mergeLevelMeasurements } from '../../src/core/engine/merge-measurements.js';
import type { IntervalMeasurement, LevelMeasurement } from '../../src/core/engine/measurement.js';
import {
  createHistogram,
  encodeHistogram,
  initHistograms,
  recordUs,
  summarizeEncoded,
} from '../../src/core/stats/histogram.js';
import { okServer, type TestServer } from '../support/servers.js';

const repo = path.resolve(import.meta.dirname, '../..');

beforeAll(async () => {
  await initHistograms();
});

function encoded(values: number[]): string {
  const h = createHistogram();
  for (const v of values) recordUs(h, v);
  const e = encodeHistogram(h);
  h.destroy();
  return e;
}

function part(start: number, values: number[], cpuUs: number): LevelMeasurement {
  const interval: IntervalMeasurement = {
    startEpochMs: start,
    endEpochMs: start + 1000,
    success: values.length,
    failures: 1,
    latency: encoded(values),
    generatorCpuUs: cpuUs,
    eventLoopDelayP99Us: 100,
  };
  return {
    scenario: 's',
    model: 'open',
    level: 100,
    connections: 4,
    pipelining: 1,
    offeredRps: 50,
    startEpochMs: start,
    warmupMs: 0,
    durationMs: 1000,
    cooldownMs: 0,
    success: values.length,
    failures: { connect: 0, timeout: 1, reset: 0, httpStatus: 0, check: 0 },
    lateSends: 2,
    droppedSends: 0,
    bytesSent: 10,
    bytesReceived: 20,
    latency: encoded(values),
    failureLatency: encoded([5000]),
    serviceTime: encoded(values),
    scheduleLag: encoded([10]),
    intervals: [interval],
    generatorCpuUs: cpuUs,
    eventLoopDelayP99Us: 100,
    interrupted: false,
  };
}

describe('merging the parts of a level', () => {
  it('adds counts and merges histograms, so percentiles are those of all values together', () => {
    const a = Array.from({ length: 900 }, (_, i) => 100 + i);
    const b = Array.from({ length: 100 }, (_, i) => 10_000 + i);
    const m = mergeLevelMeasurements([part(1000, a, 500), part(1003, b, 700)], 'sum');
    expect(m.success).toBe(1000);
    expect(m.failures.timeout).toBe(2);
    expect(m.lateSends).toBe(4);
    expect(m.offeredRps).toBe(100);
    expect(m.connections).toBe(8);
    expect(m.bytesReceived).toBe(40);
    expect(m.generatorCpuUs).toBe(1200);
    expect(m.startEpochMs).toBe(1000);
    expect(m.durationMs).toBe(1003);
    const s = summarizeEncoded(m.latency);
    // p95 lies in the slow part only once both parts are merged.
    expect(s.p95).toBeGreaterThanOrEqual(10_000);
    expect(s.p50).toBeLessThan(1000);
    expect(m.intervals).toHaveLength(1);
    expect(m.intervals[0]!.success).toBe(1000);
    expect(summarizeEncoded(m.intervals[0]!.latency).count).toBe(1000);
  });

  it('gives exactly the percentiles of one histogram fed every sample, however the samples were split', () => {
    // A deterministic spread over five decades (1 µs to ~100 ms), dealt to three parts unevenly.
    let x = 12345;
    const all: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      all.push(Math.round(10 ** ((x / 2 ** 31) * 5)));
    }
    const parts: number[][] = [[], [], []];
    all.forEach((v, i) => parts[i % 7 === 0 ? 0 : i % 3 === 0 ? 1 : 2]!.push(v));
    const merged = mergeLevelMeasurements(
      parts.map((p, i) => part(1000, p, 100 * i)),
      'max',
    );
    const one = summarizeEncoded(encoded(all));
    const got = summarizeEncoded(merged.latency);
    expect(got.count).toBe(all.length);
    for (const key of ['min', 'p50', 'p90', 'p95', 'p99', 'p999', 'max', 'mean'] as const) {
      expect(got[key], key).toBe(one[key]);
    }
  });

  it("keeps each worker thread's own CPU, in worker order, when every part measured it", () => {
    const a = { ...part(0, [1], 900), workerCpuUs: [400] };
    const b = { ...part(0, [1], 950), workerCpuUs: [550] };
    expect(mergeLevelMeasurements([a, b], 'max').workerCpuUs).toEqual([400, 550]);
    // A part without its own figure (run on a main thread): no per-worker list at all.
    expect(mergeLevelMeasurements([a, part(0, [1], 950)], 'max').workerCpuUs).toBeUndefined();
  });

  it('adds the heaps of the parts per second, and takes one RSS for threads of one process but adds it over agents', () => {
    const withMemory = (m: LevelMeasurement, heap: number, rss: number): LevelMeasurement => ({
      ...m,
      intervals: m.intervals.map((iv) => ({
        ...iv,
        generatorHeapUsedBytes: heap,
        generatorRssBytes: rss,
      })),
    });
    const a = withMemory(part(0, [1], 1), 10e6, 100e6);
    const b = withMemory(part(0, [1], 1), 12e6, 101e6);
    const threads = mergeLevelMeasurements([a, b], 'max').intervals[0]!;
    expect([threads.generatorHeapUsedBytes, threads.generatorRssBytes]).toEqual([22e6, 101e6]);
    const agents = mergeLevelMeasurements([a, b], 'sum').intervals[0]!;
    expect([agents.generatorHeapUsedBytes, agents.generatorRssBytes]).toEqual([22e6, 201e6]);
    // A part that did not measure memory: no figure rather than a partial one.
    const partial = mergeLevelMeasurements([a, part(0, [1], 1)], 'max').intervals[0]!;
    expect(partial.generatorHeapUsedBytes).toBeUndefined();
  });

  it('takes the largest CPU reading for threads of one process, which each see the whole process', () => {
    const m = mergeLevelMeasurements([part(0, [1], 500), part(0, [1], 700)], 'max');
    expect(m.generatorCpuUs).toBe(700);
    expect(m.intervals[0]!.generatorCpuUs).toBe(700);
  });

  it('refuses to merge different levels', () => {
    const other = { ...part(0, [1], 1), level: 200 };
    expect(() => mergeLevelMeasurements([part(0, [1], 1), other], 'sum')).toThrow(/cannot merge/);
  });

  it.each([
    { level: 50, workers: 2, model: 'closed' as const, expected: [25, 25] },
    { level: 7, workers: 3, model: 'closed' as const, expected: [3, 2, 2] },
    { level: 1, workers: 4, model: 'closed' as const, expected: [1] },
    { level: 1000, workers: 4, model: 'open' as const, expected: [250, 250, 250, 250] },
  ])(
    'splits $level among $workers workers ($model) as $expected',
    ({ level, workers, model, expected }) => {
      expect(splitLevel(level, workers, model)).toEqual(expected);
    },
  );
});

describe('the CPU of one thread', () => {
  it('reads utime and stime from a thread stat line whose name holds spaces and parentheses', () => {
    // proc_pid_stat(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt
    // majflt cmajflt utime stime ...; comm may contain ') ('.
    const line =
      '4242 (node (worker) 1) R 1 4242 4242 0 -1 4194304 120 0 0 0 250 37 0 0 20 0 9 0 100 0 0';
    expect(parseThreadStatCpuUs(line)).toBe((250 + 37) * 10_000);
    expect(parseThreadStatCpuUs('garbage')).toBeUndefined();
  });

  it('grows by about the CPU this thread burns (Linux, or Node with process.threadCpuUsage)', () => {
    const before = threadCpuUs();
    if (before === undefined) {
      expect(process.platform).not.toBe('linux');
      return;
    }
    const until = Date.now() + 300;
    let spin = 0;
    while (Date.now() < until) spin++;
    const after = threadCpuUs()!;
    expect(spin).toBeGreaterThan(0);
    // At least some of the 300 ms of spinning was on a CPU (ticks are 10 ms on Linux).
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThan(5_000_000);
  });
});

describe('--workers', () => {
  it('is read for config runs (as an override of load.workers) and for ad-hoc runs', () => {
    expect(planOverridesFrom({ workers: '3' })).toEqual({ workers: 3 });
    expect(planOverridesFrom({})).toEqual({});
    expect(planFromUrl({ url: 'http://127.0.0.1:1/', workers: 4 }).load.workers).toBe(4);
    expect(planFromUrl({ url: 'http://127.0.0.1:1/' }).load.workers).toBe(1);
  });

  it.each(['0', '65', '1.5', 'two', '-2'])('refuses --workers %s with the range it takes', (v) => {
    expect(() => parseWorkersFlag(v)).toThrow(/--workers .*expected a whole number from 1 to 64/);
  });
});

describe('worker threads', () => {
  let server: TestServer | undefined;
  let tmp: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('run a level over two threads and report it as one, with every request counted once', async () => {
    server = await okServer();
    let served = 0;
    server.server.on('request', () => served++);
    tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-workers-'));
    const out = path.join(tmp, 'r');
    const child = spawn(
      process.execPath,
      [
        // Worker threads run the entry script again: it must load the sources by itself.
        '__tests__/support/cli-from-source.mjs',
        'run',
        '--url',
        server.url,
        '--rate',
        '400',
        '-d',
        '1s',
        '--warmup',
        '0.3s',
        '--workers',
        '2',
        '--out',
        out,
        '-q',
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code, stderr).toBe(0);
    const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      levels: {
        counts: { total: number; success: number; droppedSends?: number };
        offeredRps: number;
        generator: { cpuPercentMean: number; workerCpuPercentMean?: number[] };
        series: { generatorHeapUsedBytes?: number; generatorRssBytes?: number }[];
      }[];
    };
    const level = result.levels[0]!;
    expect(level.offeredRps).toBe(400);
    // The flag reached the engine: two worker threads, each with its own CPU figure, which
    // together cannot exceed the process's (every thread's) CPU, give or take 10 ms ticks.
    // Memory each second of the window, as the engine saw it.
    expect(level.series.length).toBeGreaterThan(0);
    for (const sample of level.series) {
      expect(sample.generatorHeapUsedBytes).toBeGreaterThan(1e6);
      expect(sample.generatorRssBytes).toBeGreaterThan(sample.generatorHeapUsedBytes!);
    }
    const perWorker = level.generator.workerCpuPercentMean;
    expect(perWorker).toHaveLength(2);
    const sum = perWorker!.reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(level.generator.cpuPercentMean + 2);
    // 400 req/s for 1 s, split 200 + 200: the window holds exactly 400 intended sends, each
    // either made and answered or, on a machine too busy to keep up, counted as dropped.
    expect(level.counts.total + (level.counts.droppedSends ?? 0)).toBe(400);
    expect(level.counts.success).toBe(level.counts.total);
    // Warm-up (0.3 s × 400) plus the window went to the server, less what was dropped: every
    // request counted was served, none twice.
    expect(served).toBeGreaterThanOrEqual(level.counts.total);
    expect(served).toBeLessThanOrEqual(520);
  }, 60_000);
});
