import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OpenLoop } from '../../src/core/engine/open-loop.js';
import { LevelRecorder } from '../../src/core/engine/level-recorder.js';
import { RequestCycle, prepareRequests } from '../../src/core/engine/prepare-requests.js';
import { compileResponseCheck } from '../../src/core/engine/response-check.js';
import {
  defaultOpenConnections,
  dueCount,
  intendedTimeMs,
  requestsIn,
} from '../../src/core/engine/open-schedule.js';
import type { ConnectionFactory } from '../../src/core/engine/http/connection.js';
import type { ScenarioPlan } from '../../src/core/config/plan.js';
import { decodeHistogram, initHistograms } from '../../src/core/stats/histogram.js';

const scenario: ScenarioPlan = {
  name: 's',
  method: 'GET',
  path: '/',
  headers: {},
  payloads: [],
  order: 'round-robin',
  checks: { status: [200], json: [], bodyContains: [] },
};

beforeAll(async () => {
  await initHistograms();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('open-model schedule maths', () => {
  it.each([
    { start: 0, rate: 1000, index: 0, expected: 0 },
    { start: 0, rate: 1000, index: 1, expected: 1 },
    { start: 100, rate: 250, index: 10, expected: 140 },
    { start: 0, rate: 3, index: 2, expected: 2000 / 3 },
  ])(
    'request $index at $rate req/s from $start is due at $expected ms',
    ({ start, rate, index, expected }) => {
      expect(intendedTimeMs(start, rate, index)).toBeCloseTo(expected, 9);
    },
  );

  it('counts due requests including the one due exactly now, capped at the limit', () => {
    expect(dueCount(0, 1000, -1, 100)).toBe(0);
    expect(dueCount(0, 1000, 0, 100)).toBe(1);
    expect(dueCount(0, 1000, 9.5, 100)).toBe(10);
    expect(dueCount(0, 1000, 500, 100)).toBe(100);
  });

  it('sizes phases and default connection caps from the rate', () => {
    expect(requestsIn(2000, 500)).toBe(1000);
    expect(defaultOpenConnections(10)).toBe(16);
    expect(defaultOpenConnections(10_000)).toBe(500);
    expect(defaultOpenConnections(1e6)).toBe(1024);
  });
});

/** A connection that answers after `latencyFor(send offset)` ms of fake time and logs sends. */
function fakeFactory(
  sends: number[],
  latencyFor: (offsetMs: number) => number,
  startMs: number,
): ConnectionFactory {
  return () => ({
    send(_request, sink) {
      const sent = performance.now();
      sends.push(sent);
      setTimeout(() => sink.onResponse(200, null, 20, false), latencyFor(sent - startMs));
    },
    close: () => Promise.resolve(),
  });
}

async function runOpen(opts: {
  rate: number;
  durationMs: number;
  latencyFor: (offsetMs: number) => number;
}) {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'performance',
    ],
  });
  const sends: number[] = [];
  const startMs = performance.now() + 1;
  const count = requestsIn(opts.durationMs, opts.rate);
  const recorder = new LevelRecorder(startMs, intendedTimeMs(startMs, opts.rate, count), true);
  const loop = new OpenLoop({
    factory: fakeFactory(sends, opts.latencyFor, startMs),
    connection: {
      origin: 'http://127.0.0.1:1',
      pipelining: 1,
      connectTimeoutMs: 1000,
      requestTimeoutMs: 10_000,
      keepBodies: false,
      maxBodyBytes: 1024,
    },
    maxConnections: 2000,
    rateRps: opts.rate,
    startMs,
    totalRequests: count,
    cycle: new RequestCycle(prepareRequests(scenario, 'http://127.0.0.1:1'), [0]),
    check: compileResponseCheck(scenario.checks, 1024),
    recorder,
    now: () => performance.now(),
  });
  const done = loop.run();
  await vi.advanceTimersByTimeAsync(opts.durationMs + 5000);
  await done;
  await loop.stop();
  return { sends, startMs, recorded: recorder.finish() };
}

/** Value at percentile p of a sorted list, HdrHistogram's definition. */
function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length - 1e-9) - 1)]!;
}

describe('open-model sending', () => {
  it('spreads sends evenly: every 100 ms window holds rate/10 sends, never a burst', async () => {
    const { sends, startMs } = await runOpen({ rate: 2000, durationMs: 2000, latencyFor: () => 1 });
    expect(sends).toHaveLength(4000);
    const windows = new Array<number>(20).fill(0);
    for (const t of sends) windows[Math.min(19, Math.floor((t - startMs) / 100))]!++;
    for (const count of windows) expect(Math.abs(count - 200)).toBeLessThanOrEqual(2);
  });

  it('measures a target that stalls, request by request, against the known truth', async () => {
    // The target holds every response to a request arriving in [500, 800) ms until 800 ms and
    // otherwise answers in 2 ms; at 1,000 req/s the truth is computable request by request.
    const latencyFor = (offset: number) => (offset >= 500 && offset < 800 ? 800 - offset + 2 : 2);
    const { recorded } = await runOpen({ rate: 1000, durationMs: 2000, latencyFor });
    expect(recorded.success).toBe(2000);
    expect(recorded.lateSends).toBe(0);
    const truthUs = Array.from({ length: 2000 }, (_, i) => latencyFor(i) * 1000).sort(
      (a, b) => a - b,
    );
    const histogram = decodeHistogram(recorded.latency);
    for (const p of [50, 75, 90, 99, 99.9]) {
      const expected = percentileOf(truthUs, p);
      // HDR keeps three significant digits: equal within 0.1%.
      expect(Math.abs(histogram.getValueAtPercentile(p) - expected)).toBeLessThanOrEqual(
        expected * 0.001 + 1,
      );
    }
    expect(histogram.getValueAtPercentile(90)).toBeGreaterThan(100_000);
    histogram.destroy();
    const service = decodeHistogram(recorded.serviceTime!);
    // Service time equals latency here since every send left on time.
    expect(service.getValueAtPercentile(99)).toBe(
      decodeHistogram(recorded.latency).getValueAtPercentile(99),
    );
    service.destroy();
  });

  it('takes open-loop latency from the intended send time, so sends the generator made late count their lateness', async () => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'performance',
      ],
    });
    // The generator's clock jumps 50 ms just after the send at 500 ms, as a GC pause would:
    // the arrivals due meanwhile really leave late, at 550 ms. The target answers in 2 ms.
    let skewMs = 0;
    const now = () => performance.now() + skewMs;
    const startMs = now() + 1;
    const rate = 1000;
    const count = 2000;
    const sent: number[] = [];
    const answered: number[] = [];
    const factory: ConnectionFactory = () => ({
      send(_request, sink) {
        const at = now();
        const index = sent.push(at) - 1;
        if (skewMs === 0 && at - startMs >= 500) skewMs = 50;
        setTimeout(() => {
          answered[index] = now();
          sink.onResponse(200, null, 20, false);
        }, 2);
      },
      close: () => Promise.resolve(),
    });
    const recorder = new LevelRecorder(startMs, intendedTimeMs(startMs, rate, count), true);
    const loop = new OpenLoop({
      factory,
      connection: {
        origin: 'http://127.0.0.1:1',
        pipelining: 1,
        connectTimeoutMs: 1000,
        requestTimeoutMs: 10_000,
        keepBodies: false,
        maxBodyBytes: 1024,
      },
      maxConnections: 2000,
      rateRps: rate,
      startMs,
      totalRequests: count,
      cycle: new RequestCycle(prepareRequests(scenario, 'http://127.0.0.1:1'), [0]),
      check: compileResponseCheck(scenario.checks, 1024),
      recorder,
      now,
    });
    const done = loop.run();
    await vi.advanceTimersByTimeAsync(7000);
    await done;
    await loop.stop();
    const recorded = recorder.finish();
    expect(sent).toHaveLength(count);
    // Request i was due at start + i ms, left at sent[i] and was answered at answered[i].
    const late = sent.filter((t, i) => t - intendedTimeMs(startMs, rate, i) > 2).length;
    expect(late).toBeGreaterThan(40);
    expect(recorded.lateSends).toBe(late);
    const truthUs = answered
      .map((t, i) => (t - intendedTimeMs(startMs, rate, i)) * 1000)
      .sort((a, b) => a - b);
    const latency = decodeHistogram(recorded.latency);
    for (const p of [50, 90, 99, 99.9, 100]) {
      const expected = percentileOf(truthUs, p);
      expect(Math.abs(latency.getValueAtPercentile(p) - expected)).toBeLessThanOrEqual(
        expected * 0.001 + 1,
      );
    }
    // From the actual send every request took 2 ms: only the intended time shows the 50 ms.
    expect(latency.getValueAtPercentile(99.9)).toBeGreaterThan(40_000);
    latency.destroy();
    // Only the one or two requests in flight during the pause took longer than 2 ms.
    const service = decodeHistogram(recorded.serviceTime!);
    expect(service.getValueAtPercentile(99)).toBeLessThan(2_100);
    service.destroy();
  });

  it('queues arrivals when every connection is busy, counts them late, and still measures from the intended time', async () => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'performance',
      ],
    });
    const startMs = performance.now() + 1;
    const recorder = new LevelRecorder(startMs, startMs + 100, true);
    const sends: number[] = [];
    const loop = new OpenLoop({
      factory: fakeFactory(sends, () => 10, startMs),
      connection: {
        origin: 'http://127.0.0.1:1',
        pipelining: 1,
        connectTimeoutMs: 1000,
        requestTimeoutMs: 10_000,
        keepBodies: false,
        maxBodyBytes: 1024,
      },
      maxConnections: 1,
      rateRps: 1000,
      startMs,
      totalRequests: 100,
      cycle: new RequestCycle(prepareRequests(scenario, 'http://127.0.0.1:1'), [0]),
      check: compileResponseCheck(scenario.checks, 1024),
      recorder,
      now: () => performance.now(),
    });
    const done = loop.run();
    await vi.advanceTimersByTimeAsync(5000);
    await done;
    await loop.stop();
    const recorded = recorder.finish();
    // One connection at 10 ms per request serves 100 requests in 1 s: request i waits ~9i ms.
    expect(recorded.success).toBe(100);
    expect(recorded.lateSends).toBe(99);
    const h = decodeHistogram(recorded.latency);
    expect(h.maxValue).toBeGreaterThan(900_000);
    h.destroy();
  });
});
