/**
 * The open loop on a fake clock with a scripted target: which arrivals a window counts (by
 * intended time, warm-up and cool-down left out), where each one ends (success, failure,
 * dropped, unfinished: exactly one place), when a send is late, how many connections and
 * slots it opens, and what closing the window and stopping do.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LATE_THRESHOLD_MS, OpenLoop } from '../../src/core/engine/open-loop.js';
import { LevelRecorder } from '../../src/core/engine/level-recorder.js';
import { RequestCycle, prepareRequests } from '../../src/core/engine/prepare-requests.js';
import { compileResponseCheck } from '../../src/core/engine/response-check.js';
import { intendedTimeMs } from '../../src/core/engine/open-schedule.js';
import type { ConnectionFactory, TransportFailure } from '../../src/core/engine/http/connection.js';
import type { ScenarioPlan } from '../../src/core/config/plan.js';
import { initHistograms, summarizeEncoded } from '../../src/core/stats/histogram.js';

const scenario: ScenarioPlan = {
  name: 's',
  method: 'GET',
  path: '/',
  headers: {},
  payloads: [],
  order: 'round-robin',
  checks: { status: [200], json: [], bodyContains: ['ok'] },
};

beforeAll(async () => {
  await initHistograms();
});

afterEach(() => {
  vi.useRealTimers();
});

/** What the scripted target does with the n-th request it receives (0-based). */
type Answer =
  | { afterMs: number; status?: number; body?: string }
  | { afterMs: number; fail: TransportFailure }
  | 'never';

interface Drive {
  rate: number;
  total: number;
  /** Measured window in request indexes: [from, to). */
  window: [number, number];
  answer: (n: number) => Answer;
  maxConnections?: number;
  pipelining?: number;
  requestTimeoutMs?: number;
  /** Close the window this long after the start (as runLevel does when the window ends). */
  closeAfterMs?: number;
  /** Call closeWindow() a second time this long after the start. */
  closeAgainAfterMs?: number;
  /** Then count what is still in flight as unfinished this long after the start, and stop. */
  abandonAfterMs?: number;
  /** Stop this long after the start instead of letting the loop finish. */
  stopAfterMs?: number;
}

async function drive(d: Drive) {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'],
  });
  const startMs = performance.now() + 1;
  const at = (i: number) => intendedTimeMs(startMs, d.rate, i);
  const recorder = new LevelRecorder(at(d.window[0]), at(d.window[1]), true);
  let connections = 0;
  let received = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const sendTimes: number[] = [];
  const factory: ConnectionFactory = () => {
    connections++;
    return {
      send(_request, sink) {
        const n = received++;
        sendTimes.push(performance.now() - startMs);
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        const a = d.answer(n);
        if (a === 'never') return;
        setTimeout(() => {
          inFlight--;
          if ('fail' in a) sink.onFailure(a.fail, new Error(a.fail));
          else sink.onResponse(a.status ?? 200, Buffer.from(a.body ?? 'ok'), 20, false);
        }, a.afterMs);
      },
      close: () => Promise.resolve(),
    };
  };
  const loop = new OpenLoop({
    factory,
    connection: {
      origin: 'http://127.0.0.1:1',
      pipelining: d.pipelining ?? 1,
      connectTimeoutMs: 1000,
      requestTimeoutMs: d.requestTimeoutMs ?? 10_000,
      keepBodies: true,
      maxBodyBytes: 1024,
    },
    maxConnections: d.maxConnections ?? 1000,
    rateRps: d.rate,
    startMs,
    totalRequests: d.total,
    cycle: new RequestCycle(prepareRequests(scenario, 'http://127.0.0.1:1'), [0]),
    check: compileResponseCheck(scenario.checks, 1024),
    recorder,
    now: () => performance.now(),
  });
  let finished = false;
  const done = loop.run().then(() => (finished = true));
  let unfinished = 0;
  let receivedAtClose = 0;
  let elapsed = 0;
  if (d.closeAfterMs !== undefined) {
    await vi.advanceTimersByTimeAsync(d.closeAfterMs + 1);
    elapsed = d.closeAfterMs + 1;
    receivedAtClose = received;
    loop.closeWindow();
  }
  if (d.closeAgainAfterMs !== undefined) {
    await vi.advanceTimersByTimeAsync(d.closeAgainAfterMs - elapsed);
    elapsed = d.closeAgainAfterMs;
    loop.closeWindow();
  }
  let finishedBeforeAbandon = false;
  if (d.abandonAfterMs !== undefined) {
    await vi.advanceTimersByTimeAsync(d.abandonAfterMs - elapsed);
    finishedBeforeAbandon = finished;
    unfinished = loop.abandonInFlight(performance.now());
    await loop.stop();
  } else if (d.stopAfterMs !== undefined) {
    await vi.advanceTimersByTimeAsync(d.stopAfterMs + 1);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(10_000);
  } else {
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    await loop.stop();
  }
  const requestBytes = prepareRequests(scenario, 'http://127.0.0.1:1')[0]!.raw.length;
  return {
    recorded: recorder.finish(),
    unfinished,
    finished,
    finishedBeforeAbandon,
    receivedAtClose,
    connections,
    received,
    mostInFlight,
    sendTimes,
    requestBytes,
  };
}

const inWindow = (w: [number, number]) => w[1] - w[0];
const ended = (r: Awaited<ReturnType<typeof drive>>['recorded']) =>
  r.success + Object.values(r.failures).reduce((a, b) => a + b, 0) + r.droppedSends;

describe('the open loop counts an arrival by its intended time', () => {
  it('counts the arrivals of the window and none of the warm-up or cool-down', async () => {
    const window: [number, number] = [10, 20];
    const r = await drive({ rate: 1000, total: 30, window, answer: () => ({ afterMs: 1 }) });
    expect(r.received).toBe(30);
    expect(r.recorded.success).toBe(10);
    expect(r.recorded.bytesSent).toBe(10 * r.requestBytes);
    expect(r.recorded.bytesReceived).toBe(10 * 20);
    expect(summarizeEncoded(r.recorded.latency).count).toBe(10);
    expect(r.finished).toBe(true);
  });

  it('counts failures, status codes and check reasons of the window only', async () => {
    const window: [number, number] = [5, 15];
    const answer = (n: number): Answer =>
      n % 3 === 0
        ? { afterMs: 2, fail: 'reset' }
        : n % 3 === 1
          ? { afterMs: 2, status: 500 }
          : { afterMs: 2, body: 'nope' };
    const r = await drive({ rate: 1000, total: 25, window, answer });
    // Requests 5..14: 6, 9, 12 reset; 7, 10, 13 answer 500; 5, 8, 11, 14 fail the body check.
    expect(r.recorded.failures).toMatchObject({ reset: 3, httpStatus: 3, check: 4 });
    expect(r.recorded.success).toBe(0);
    expect(r.recorded.httpStatuses).toEqual({ '500': 3 });
    expect(Object.values(r.recorded.checkFailures ?? {})).toEqual([4]);
    // Connections were free: every failure took its 2 ms from its intended time.
    const failureLatency = summarizeEncoded(r.recorded.failureLatency);
    expect(failureLatency.count).toBe(10);
    expect(failureLatency.min).toBeGreaterThanOrEqual(1_990);
    expect(failureLatency.max).toBeLessThanOrEqual(2_010);
  });

  it('takes latency from the intended time, and service time from the actual send', async () => {
    // One connection, 5 ms per answer, arrivals every 1 ms: request i leaves at 5i ms, i.e.
    // 4i ms after its intended time, and is answered 5 ms after it left.
    const r = await drive({
      rate: 1000,
      total: 4,
      window: [0, 4],
      maxConnections: 1,
      answer: () => ({ afterMs: 5 }),
    });
    expect(r.sendTimes.map((t) => Math.round(t))).toEqual([0, 5, 10, 15]);
    const latency = summarizeEncoded(r.recorded.latency);
    expect(latency.min).toBeGreaterThanOrEqual(4_990);
    expect(latency.max).toBeGreaterThanOrEqual(16_900);
    expect(latency.max).toBeLessThanOrEqual(17_100);
    const service = summarizeEncoded(r.recorded.serviceTime!);
    expect(service.min).toBeGreaterThanOrEqual(4_990);
    expect(service.max).toBeLessThanOrEqual(5_010);
    const lag = summarizeEncoded(r.recorded.scheduleLag!);
    expect(lag.max).toBeGreaterThanOrEqual(11_900);
    expect(lag.max).toBeLessThanOrEqual(12_100);
  });
});

describe('late sends', () => {
  it(`counts a send late only beyond ${LATE_THRESHOLD_MS} ms, and only in the window`, async () => {
    // One connection answering in 3 ms, arrivals every 1 ms: request i leaves 2i ms late.
    const r = await drive({
      rate: 1000,
      total: 6,
      window: [0, 3],
      maxConnections: 1,
      answer: () => ({ afterMs: 3 }),
    });
    // In the window: 0 ms, 2 ms (not late: at the threshold) and 4 ms late.
    expect(r.recorded.lateSends).toBe(1);
  });

  it('leaves warm-up sends out of the count', async () => {
    const r = await drive({
      rate: 1000,
      total: 6,
      window: [3, 6],
      maxConnections: 1,
      answer: () => ({ afterMs: 3 }),
    });
    expect(r.recorded.lateSends).toBe(3);
  });
});

describe('every arrival of the window ends in exactly one place', () => {
  it('drops arrivals that waited for a connection longer than the request timeout', async () => {
    // Warm-up arrivals 0-9 are dropped too, and not counted.
    const window: [number, number] = [10, 40];
    const r = await drive({
      rate: 1000,
      total: 40,
      window,
      maxConnections: 1,
      requestTimeoutMs: 20,
      answer: () => ({ afterMs: 30 }),
    });
    expect(r.recorded.droppedSends).toBeGreaterThan(0);
    expect(r.recorded.success).toBeGreaterThan(0);
    expect(r.recorded.success + r.recorded.droppedSends).toBe(30);
    // Nothing that was sent had waited much past 20 ms for its connection (the queue is
    // checked on every tick of the schedule, a millisecond apart).
    expect(summarizeEncoded(r.recorded.scheduleLag!).max).toBeLessThan(21_000);
  });

  it('after the window closes, sends what is due at once and drops what finds no connection within the grace', async () => {
    const window: [number, number] = [0, 100];
    const r = await drive({
      rate: 1000,
      total: 100,
      window,
      maxConnections: 2,
      answer: () => ({ afterMs: 40 }),
      closeAfterMs: 50,
      abandonAfterMs: 400,
    });
    // Two connections answering in 40 ms: four requests had left when the window closed at
    // 51 ms; in the 100 ms of grace the connections free up at 80 and 120 ms and take four more
    // queued arrivals; the grace ends at 151 ms and the rest are dropped, and the loop is done
    // long before the drain deadline.
    expect(r.receivedAtClose).toBe(4);
    expect(r.received).toBe(8);
    expect(r.recorded.success).toBe(8);
    expect(r.recorded.droppedSends).toBe(92);
    expect(r.unfinished).toBe(0);
    expect(r.finishedBeforeAbandon).toBe(true);
    expect(ended(r.recorded)).toBe(inWindow(window));
  });

  it('counts the grace from the first close: closing again changes nothing', async () => {
    const r = await drive({
      rate: 1000,
      total: 100,
      window: [0, 100],
      maxConnections: 2,
      answer: () => ({ afterMs: 40 }),
      closeAfterMs: 50,
      closeAgainAfterMs: 140,
      abandonAfterMs: 400,
    });
    expect(r.received).toBe(8);
    expect(r.recorded.droppedSends).toBe(92);
  });

  it('counts what is still in flight at the deadline as unfinished, each once', async () => {
    const window: [number, number] = [0, 20];
    const r = await drive({
      rate: 1000,
      total: 30,
      window,
      maxConnections: 1000,
      answer: (n) => (n % 2 === 0 ? { afterMs: 1 } : 'never'),
      closeAfterMs: 20,
      abandonAfterMs: 200,
    });
    // Every arrival, the ten of the cool-down too, was sent: connections were free.
    expect(r.received).toBe(30);
    expect(r.finishedBeforeAbandon).toBe(false);
    expect(r.unfinished).toBe(10);
    expect(r.recorded.failures.unfinished).toBe(10);
    // Each waited from its intended time (1, 3, …, 19 ms) to the deadline, about 200 ms.
    const waited = summarizeEncoded(r.recorded.failureLatency);
    expect(waited.min).toBeGreaterThanOrEqual(179_000);
    expect(waited.max).toBeLessThanOrEqual(201_000);
    expect(r.recorded.success).toBe(10);
    expect(ended(r.recorded)).toBe(inWindow(window));
  });
});

describe('a long queue', () => {
  it('sends every queued arrival once and in order, also after the queue is compacted', async () => {
    // 3,000 arrivals in 300 ms on one connection answering in 0.5 ms: the queue grows past
    // the 1,024 entries at which it is compacted, then drains.
    const r = await drive({
      rate: 10_000,
      total: 3000,
      window: [0, 3000],
      maxConnections: 1,
      answer: () => ({ afterMs: 0.5 }),
    });
    expect(r.received).toBe(3000);
    expect(r.recorded.success).toBe(3000);
    expect(r.recorded.droppedSends).toBe(0);
    const lag = summarizeEncoded(r.recorded.scheduleLag!);
    expect(lag.max).toBeGreaterThan(1_000_000);
  });
});

describe('connections and slots', () => {
  it('opens connections only as the target needs them, each with its pipelined slots', async () => {
    const r = await drive({
      rate: 1000,
      total: 20,
      window: [0, 20],
      maxConnections: 2,
      pipelining: 3,
      answer: () => ({ afterMs: 10 }),
    });
    expect(r.connections).toBe(2);
    expect(r.mostInFlight).toBe(6);
    expect(r.recorded.success).toBe(20);
    const fast = await drive({
      rate: 100,
      total: 5,
      window: [0, 5],
      maxConnections: 50,
      answer: () => ({ afterMs: 1 }),
    });
    expect(fast.connections).toBe(1);
  });

  it('records nothing once stopped, and resolves', async () => {
    const r = await drive({
      rate: 1000,
      total: 50,
      window: [0, 50],
      answer: () => ({ afterMs: 30 }),
      stopAfterMs: 10,
    });
    expect(r.received).toBeLessThan(20);
    expect(r.recorded.success).toBe(0);
    expect(r.finished).toBe(true);
  });
});
