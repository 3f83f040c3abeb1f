import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckPlan, LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import { bodyOverLimitReason, compileResponseCheck } from '../../src/core/engine/response-check.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import { totalFailures } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { bigBodyServer, type HostileServer } from '../support/hostile-servers.js';
import { startServer, statusServer, type TestServer } from '../support/servers.js';

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

const successIsTrue: CheckPlan = {
  status: [200],
  json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
  bodyContains: [],
};

let server: TestServer | HostileServer | undefined;

beforeAll(async () => {
  await initHistograms();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(['raw', 'undici'] as const)('with the %s transport', (transport) => {
  it('a check expression that fails to evaluate never stops the load: each response is a check failure with the reason', async () => {
    server = await startServer((_req, res) => res.end('{"items":[{"name":5}]}'));
    // Built by hand, past config validation, which refuses this filter.
    const source = '$.items[?(@.name.match(/a/))] exists';
    const scenario = scenarioWith({
      status: [200],
      json: [{ source, path: '$.items[?(@.name.match(/a/))]', operator: 'exists' }],
      bodyContains: [],
    });
    const m = await runLevel({
      scenario,
      load,
      level: 2,
      nominalLevel: 2,
      baseUrl: server.url,
      factory: await chooseConnectionFactory(server.url, transport),
    });
    expect(m.success).toBe(0);
    // Both connections kept sending after the first failure.
    expect(m.failures.check).toBeGreaterThan(10);
    expect(totalFailures(m.failures)).toBe(m.failures.check);
    const reasons = Object.keys(m.checkFailures ?? {});
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(
      /^\$\.items\[\?\(@\.name\.match\(\/a\/\)\)\] exists could not be evaluated: /,
    );
  });

  it('a body longer than the check limit fails the check with that reason and is counted, not kept', async () => {
    const padding = 1024 * 1024;
    server = await bigBodyServer(padding);
    const limit = 64 * 1024;
    const m = await runLevel({
      scenario: scenarioWith(successIsTrue),
      load: { ...load, maxCheckBodyBytes: limit },
      level: 2,
      nominalLevel: 2,
      baseUrl: server.url,
      factory: await chooseConnectionFactory(server.url, transport),
    });
    expect(m.success).toBe(0);
    expect(m.failures.check).toBeGreaterThan(0);
    expect(m.checkFailures).toEqual({ [bodyOverLimitReason(limit)]: m.failures.check });
    // Every byte was read and counted.
    expect(m.bytesReceived).toBeGreaterThanOrEqual(m.failures.check * padding);
  });

  it('a body within the check limit is checked as usual', async () => {
    server = await bigBodyServer(1000);
    const m = await runLevel({
      scenario: scenarioWith(successIsTrue),
      load: { ...load, maxCheckBodyBytes: 64 * 1024 },
      level: 2,
      nominalLevel: 2,
      baseUrl: server.url,
      factory: await chooseConnectionFactory(server.url, transport),
    });
    expect(m.success).toBeGreaterThan(5);
    expect(totalFailures(m.failures)).toBe(0);
  });

  it('counts status failures by status code and check failures by reason', async () => {
    server = await statusServer(500);
    const m = await runLevel({
      scenario: scenarioWith(successIsTrue),
      load,
      level: 2,
      nominalLevel: 2,
      baseUrl: server.url,
      factory: await chooseConnectionFactory(server.url, transport),
    });
    expect(m.httpStatuses).toEqual({ '500': m.failures.httpStatus });
    expect(m.failures.httpStatus).toBeGreaterThan(5);
  });
});

describe('compileResponseCheck', () => {
  const check = compileResponseCheck(
    {
      status: [200],
      json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
      bodyContains: ['"ok"'],
    },
    100,
  );

  it.each([
    [500, '{"success":true,"ok"}', false, 'httpStatus', ''],
    [503, '{"success":true,"ok"}', false, 'backPressure', ''],
    [429, '{"success":true,"ok"}', false, 'rateLimited', ''],
    [200, '{"success":true}', true, 'check', bodyOverLimitReason(100)],
    [200, '{"success":true}', false, 'check', 'body does not contain "\\"ok\\""'],
    [200, 'not json "ok"', false, 'check', 'body is not JSON'],
    [200, '{"success":false,"x":"ok"}', false, 'check', '$.success == true did not hold'],
    [200, '{"success":true,"x":"ok"}', false, 'success', ''],
  ] as const)(
    'classes status %i with body %j (over the limit: %s) as %s',
    (status, body, overLimit, outcome, reason) => {
      expect(check.check(status, Buffer.from(body), overLimit)).toBe(outcome);
      if (outcome === 'check') expect(check.lastFailure).toBe(reason);
    },
  );

  it('says there was no body when a body check got none', () => {
    expect(check.check(200, null)).toBe('check');
    expect(check.lastFailure).toBe('no body to check');
  });
});
