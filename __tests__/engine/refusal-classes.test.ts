import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckPlan, LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import { buildLevelReport } from '../../src/core/report/build-level-report.js';
import { totalFailures } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { startServer, type TestServer } from '../support/servers.js';

const load: LoadPlan = {
  model: 'closed',
  levels: [2],
  pipelining: 1,
  warmupMs: 0,
  durationMs: 500,
  cooldownMs: 0,
  connectTimeoutMs: 1000,
  requestTimeoutMs: 2000,
  workers: 1,
};

function scenarioWith(checks: CheckPlan): ScenarioPlan {
  return {
    name: 'get',
    method: 'GET',
    path: '/',
    headers: {},
    payloads: [],
    order: 'round-robin',
    checks,
  };
}

const ok200: CheckPlan = { status: [200], json: [], bodyContains: [] };

let server: TestServer | undefined;

beforeAll(async () => {
  await initHistograms();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers in turn 200, 503, 429, 500: each class gets about a quarter of the responses. */
async function cyclingServer(): Promise<TestServer> {
  const statuses = [200, 503, 429, 500];
  let n = 0;
  return startServer((_req, res) => {
    res.statusCode = statuses[n++ % statuses.length]!;
    res.end('{}');
  });
}

describe.each(['raw', 'undici'] as const)('with the %s transport', (transport) => {
  it('counts 503 as back-pressure and 429 as rate-limited, apart from failures and out of the error rate', async () => {
    server = await cyclingServer();
    const m = await runLevel({
      scenario: scenarioWith(ok200),
      load,
      level: 2,
      nominalLevel: 2,
      baseUrl: server.url,
      factory: await chooseConnectionFactory(server.url, transport),
    });
    const backPressure = m.refusals?.backPressure ?? 0;
    const rateLimited = m.refusals?.rateLimited ?? 0;
    expect(backPressure).toBeGreaterThan(5);
    expect(rateLimited).toBeGreaterThan(5);
    // Only the 500s are failures, and only they are listed by status code.
    expect(totalFailures(m.failures)).toBe(m.failures.httpStatus);
    expect(Object.keys(m.httpStatuses ?? {})).toEqual(['500']);

    const level = buildLevelReport(m, { hlogFile: 'x.hlog' });
    const total = m.success + m.failures.httpStatus + backPressure + rateLimited;
    expect(level.counts.total).toBe(total);
    expect(level.counts.backPressure).toBe(backPressure);
    expect(level.counts.rateLimited).toBe(rateLimited);
    expect(level.errorRate).toBeCloseTo(m.failures.httpStatus / total, 12);
    expect(level.backPressureRate).toBeCloseTo(backPressure / total, 12);
    expect(level.rateLimitedRate).toBeCloseTo(rateLimited / total, 12);
  });
});

it('a 503 or 429 the scenario accepts is a success, not a refusal', async () => {
  server = await cyclingServer();
  const m = await runLevel({
    scenario: scenarioWith({ status: [200, 503, 429], json: [], bodyContains: [] }),
    load,
    level: 2,
    nominalLevel: 2,
    baseUrl: server.url,
    factory: await chooseConnectionFactory(server.url, 'raw'),
  });
  expect(m.refusals).toBeUndefined();
  expect(m.success).toBeGreaterThan(m.failures.httpStatus);
});
