import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import type { ConnectionFactory } from '../../src/core/engine/http/connection.js';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import { buildLevelReport } from '../../src/core/report/build-level-report.js';
import { describeLevelFailure } from '../../src/core/report/level-health.js';
import { totalFailures } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  endlessChunkedServer,
  hugeLengthServer,
  lateServer,
  neverReadsServer,
  silentServer,
  until,
  type HostileServer,
} from '../support/hostile-servers.js';

const scenario: ScenarioPlan = {
  name: 'post',
  method: 'POST',
  path: '/transform',
  headers: { 'content-type': 'application/json' },
  payloads: [{ name: 'a.json', body: Buffer.from('{"message":"x"}'), weight: 1 }],
  order: 'round-robin',
  checks: {
    status: [200],
    json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
    bodyContains: [],
  },
};

/** A closed level whose request timeout outlasts its window, so nothing times out inside it. */
const closedLoad: LoadPlan = {
  model: 'closed',
  levels: [4],
  pipelining: 1,
  warmupMs: 0,
  durationMs: 400,
  cooldownMs: 0,
  connectTimeoutMs: 1000,
  requestTimeoutMs: 5000,
  workers: 1,
};

let server: HostileServer | undefined;

beforeAll(async () => {
  await initHistograms();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function otherFailures(m: LevelMeasurement, kind: keyof LevelMeasurement['failures']): number {
  return totalFailures(m.failures) - (m.failures[kind] ?? 0);
}

/** A factory whose connections count how often the level closed them. */
function countingCloses(factory: ConnectionFactory): {
  factory: ConnectionFactory;
  closed: () => number;
} {
  let closed = 0;
  return {
    factory: (options) => {
      const conn = factory(options);
      return {
        send: (request, sink) => conn.send(request, sink),
        close: () => {
          closed++;
          return conn.close();
        },
      };
    },
    closed: () => closed,
  };
}

const hung: [string, () => Promise<HostileServer>][] = [
  ['never answers', silentServer],
  ['never reads the request', neverReadsServer],
  ['answers only after the window', () => lateServer(1500)],
  ['sends a chunked body that never ends', () => endlessChunkedServer(20)],
  ['announces a huge content-length that never arrives', hugeLengthServer],
];

describe.each(['raw', 'undici'] as const)('with the %s transport, a hung target', (transport) => {
  it.each(hung)(
    'that %s leaves every connection unfinished, and the level says so',
    async (_name, start) => {
      server = await start();
      const counted = countingCloses(await chooseConnectionFactory(server.url, transport));
      const m = await runLevel({
        scenario,
        load: closedLoad,
        level: 4,
        nominalLevel: 4,
        baseUrl: server.url,
        factory: counted.factory,
      });
      expect(m.success).toBe(0);
      // One request per connection was outstanding through the whole window.
      expect(m.failures.unfinished).toBe(4);
      expect(otherFailures(m, 'unfinished')).toBe(0);
      expect(m.durationMs).toBeCloseTo(closedLoad.durationMs, 6);
      expect(m.interrupted).toBe(false);
      // The level closed its connections (aborting what was in flight) rather than waiting.
      expect(counted.closed()).toBe(4);
      const report = buildLevelReport(m, { hlogFile: 'x.hlog' });
      expect(report.counts.total).toBe(4);
      expect(report.errorRate).toBe(1);
      expect(describeLevelFailure(report)).toBe(
        'no response completed in the 400 ms window: 4 requests were still waiting when it ended',
      );
    },
  );
});

/** An open level: 300 arrivals in 300 ms, at most 4 connections, timeouts after the window. */
const openLoad: LoadPlan = {
  model: 'open',
  levels: [1000],
  maxConnections: 4,
  pipelining: 1,
  warmupMs: 0,
  durationMs: 300,
  cooldownMs: 0,
  connectTimeoutMs: 1000,
  requestTimeoutMs: 1000,
  workers: 1,
};

describe.each(['raw', 'undici'] as const)(
  'with the %s transport, the open model against a silent target',
  (transport) => {
    it('sends nothing after the window, drops the queued arrivals and counts the sent ones as timeouts', async () => {
      server = await silentServer();
      const m = await runLevel({
        scenario,
        load: openLoad,
        level: 1000,
        nominalLevel: 1000,
        baseUrl: server.url,
        factory: await chooseConnectionFactory(server.url, transport),
      });
      // Only the four connections' first requests ever left: freed slots did not go on to
      // send the queue one request timeout after another (a 2 s level took 20 s that way).
      expect(server.requests).toBe(4);
      expect(m.success).toBe(0);
      expect(m.failures.timeout).toBe(4);
      expect(otherFailures(m, 'timeout')).toBe(0);
      // Every arrival of the window ends in exactly one place.
      expect(m.droppedSends).toBe(296);
      expect(totalFailures(m.failures) + m.success + m.droppedSends!).toBe(300);
      await until(() => server!.openSockets === 0);
      expect(describeLevelFailure(buildLevelReport(m, { hlogFile: 'x.hlog' }))).toBe(
        '296 of 300 arrivals were dropped: no connection was free; every one of 4 requests timed out: no complete response within the request timeout',
      );
    });
  },
);

describe('the open model with a transport that never gives up', () => {
  it('stops waiting one request timeout after the window, counts what is in flight as unfinished and closes it', async () => {
    const sentAtMs: number[] = [];
    let closed = 0;
    // Never answers and has no timer of its own, as a hung body under an idle timeout would.
    const factory: ConnectionFactory = () => ({
      send() {
        sentAtMs.push(performance.now());
      },
      close() {
        closed++;
        return Promise.resolve();
      },
    });
    const m = await runLevel({
      scenario,
      load: { ...openLoad, requestTimeoutMs: 300 },
      level: 1000,
      nominalLevel: 1000,
      baseUrl: 'http://127.0.0.1:9',
      factory,
    });
    expect(sentAtMs).toHaveLength(4);
    expect(m.failures.unfinished).toBe(4);
    expect(otherFailures(m, 'unfinished')).toBe(0);
    expect(m.droppedSends).toBe(296);
    expect(closed).toBe(4);
    // Nothing left after the measured window closed.
    const windowEndMs = m.startEpochMs + m.durationMs - performance.timeOrigin;
    for (const t of sentAtMs) expect(t).toBeLessThan(windowEndMs);
  });
});
