import net from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckPlan, LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import { initHistograms, summarizeEncoded } from '../../src/core/stats/histogram.js';
import {
  closingServer,
  okServer,
  resetServer,
  slowServer,
  stallingServer,
  statusServer,
  successFalseServer,
  type TestServer,
} from '../support/servers.js';

const checks: CheckPlan = {
  status: [200],
  json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
  bodyContains: [],
};

const scenario: ScenarioPlan = {
  name: 'post',
  method: 'POST',
  path: '/transform',
  headers: { 'content-type': 'application/json' },
  payloads: [{ name: 'a.json', body: Buffer.from('{"message":"x"}'), weight: 1 }],
  order: 'round-robin',
  checks,
};

const load: LoadPlan = {
  model: 'closed',
  levels: [4],
  pipelining: 1,
  warmupMs: 0,
  durationMs: 1500,
  cooldownMs: 0,
  connectTimeoutMs: 1000,
  requestTimeoutMs: 300,
  workers: 1,
};

let server: TestServer | undefined;

beforeAll(async () => {
  await initHistograms();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Runs one level. The request timeout is long unless a test is about timeouts, so a loaded
 * machine cannot turn a slow answer into a timeout in a test that expects none.
 */
async function measure(
  baseUrl: string,
  transport: 'raw' | 'undici',
  requestTimeoutMs = 5000,
): Promise<LevelMeasurement> {
  return runLevel({
    scenario,
    load: { ...load, requestTimeoutMs },
    level: 4,
    nominalLevel: 4,
    baseUrl,
    factory: await chooseConnectionFactory(baseUrl, transport),
  });
}

function failuresOtherThan(m: LevelMeasurement, kind: keyof LevelMeasurement['failures']): number {
  return Object.entries(m.failures)
    .filter(([k]) => k !== kind)
    .reduce((sum, [, v]) => sum + v, 0);
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.each(['raw', 'undici'] as const)(
  'with the %s transport, each outcome lands in its class',
  (transport) => {
    it('counts answers that pass every check as successes, and nothing else', async () => {
      server = await okServer();
      const m = await measure(server.url, transport);
      expect(m.success).toBeGreaterThan(10);
      expect(failuresOtherThan(m, 'check') + m.failures.check).toBe(0);
      expect(m.bytesSent).toBeGreaterThan(0);
      expect(m.bytesReceived).toBeGreaterThan(0);
    });

    it('measures latency of a slow target from the send, in microseconds', async () => {
      server = await slowServer(30);
      const m = await measure(server.url, transport);
      expect(m.success).toBeGreaterThan(10);
      const s = summarizeEncoded(m.latency);
      expect(s.min).toBeGreaterThanOrEqual(29_000);
      expect(s.count).toBe(m.success);
    });

    it('classes a target that never answers as timeouts', async () => {
      server = await stallingServer();
      const m = await measure(server.url, transport, 300);
      expect(m.success).toBe(0);
      expect(m.failures.timeout).toBeGreaterThan(0);
      expect(failuresOtherThan(m, 'timeout')).toBe(0);
    });

    it('classes connections reset mid-request as resets', async () => {
      server = await resetServer();
      const m = await measure(server.url, transport);
      expect(m.success).toBe(0);
      expect(m.failures.reset).toBeGreaterThan(0);
      expect(m.failures.httpStatus + m.failures.check + m.failures.timeout).toBe(0);
    });

    it('classes 500 answers as HTTP status failures', async () => {
      server = await statusServer(500);
      const m = await measure(server.url, transport);
      expect(m.success).toBe(0);
      expect(m.failures.httpStatus).toBeGreaterThan(10);
      expect(failuresOtherThan(m, 'httpStatus')).toBe(0);
    });

    it('classes 200 answers with "success": false as check failures, as Reframe reports errors', async () => {
      server = await successFalseServer();
      const m = await measure(server.url, transport);
      expect(m.success).toBe(0);
      expect(m.failures.check).toBeGreaterThan(10);
      expect(failuresOtherThan(m, 'check')).toBe(0);
    });

    it('follows a target that closes the connection after every response', async () => {
      server = await closingServer();
      const m = await measure(server.url, transport);
      expect(m.success).toBeGreaterThan(10);
      expect(m.failures.httpStatus + m.failures.check + m.failures.timeout).toBe(0);
    });

    it('classes a port nobody listens on as connect failures, retried with a pause', async () => {
      const port = await closedPort();
      const m = await measure(`http://127.0.0.1:${port}`, transport);
      expect(m.success).toBe(0);
      expect(m.failures.connect).toBeGreaterThan(0);
      // 4 connections pausing 100 ms between attempts cannot fail more than ~60 times in 1.5 s.
      expect(m.failures.connect).toBeLessThan(200);
      expect(failuresOtherThan(m, 'connect')).toBe(0);
    });
  },
);
