import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, PLAN_FORMAT_VERSION } from '../../src/core/remote/plan-codec.js';
import {
  combineRunnerStates,
  estimatePlanDurationMs,
  levelFileStem,
} from '../../src/core/remote/run-exchange.js';
import {
  decodeRunnerResult,
  encodeRunnerResult,
} from '../../src/core/remote/runner-result-codec.js';
import {
  decodeRunnerStatus,
  encodeRunnerStatus,
  isHeartbeatStale,
} from '../../src/core/remote/runner-status.js';
import type { RunnerStatus } from '../../src/core/remote/runner-status.js';
import { makeMeasurement, makePlan } from './fixtures.js';

describe('plan codec', () => {
  it('round-trips a plan, binary bodies included, through JSON text', () => {
    const plan = makePlan();
    const text = encodePlan(plan);

    const decoded = decodePlan(text);

    expect(decoded).toEqual(plan);
    const body = decoded.scenarios[0]?.payloads[0]?.body;
    expect(body).toBeInstanceOf(Uint8Array);
    expect(Array.from(body ?? [])).toEqual(Array.from({ length: 256 }, (_, i) => i));
    expect(JSON.parse(text)).toMatchObject({ planFormat: PLAN_FORMAT_VERSION });
  });

  it('round-trips a body larger than one base64 chunk', () => {
    const plan = makePlan();
    const big = new Uint8Array(40_003).map((_, i) => (i * 7) % 256);
    plan.scenarios[0]!.payloads = [{ name: 'big.bin', body: big, weight: 1 }];

    const body = decodePlan(encodePlan(plan)).scenarios[0]?.payloads[0]?.body ?? new Uint8Array();
    // Compared as buffers: element-by-element deep equality is slow on 40 kB.
    expect(Buffer.from(body).equals(Buffer.from(big))).toBe(true);
    expect(body.length).toBe(big.length);
  });

  it.each([
    ['text that is not JSON', '{"planFormat": 1, "plan": ', 'PLAN_INVALID', 'not JSON'],
    [
      'a plan from another format version',
      '{"planFormat": 2, "plan": {}}',
      'PLAN_FORMAT_UNSUPPORTED',
      'format 2',
    ],
    ['a file without a version', '{"name": "x"}', 'PLAN_FORMAT_UNSUPPORTED', 'format undefined'],
  ])('rejects %s with a clear error', (_what, text, code, words) => {
    expect(() => decodePlan(text)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(words) as unknown }),
    );
  });

  it('names the field when a plan does not match the schema', () => {
    const encoded = JSON.parse(encodePlan(makePlan())) as { plan: { load: { levels: unknown } } };
    encoded.plan.load.levels = [];

    expect(() => decodePlan(JSON.stringify(encoded))).toThrow(
      expect.objectContaining({
        code: 'PLAN_INVALID',
        message: expect.stringContaining('plan.load.levels') as unknown,
      }),
    );
  });

  it('refuses a body that is not base64 instead of sending garbage', () => {
    const encoded = JSON.parse(encodePlan(makePlan())) as {
      plan: { scenarios: { payloads: { bodyBase64: string }[] }[] };
    };
    encoded.plan.scenarios[0]!.payloads[0]!.bodyBase64 = 'not base64!';

    expect(() => decodePlan(JSON.stringify(encoded))).toThrow(
      expect.objectContaining({ code: 'PLAN_INVALID' }),
    );
  });
});

describe('runner result codec', () => {
  it('round-trips a level measurement with real histograms', async () => {
    const result = {
      resultFormat: 1 as const,
      agentIndex: 1,
      agentCount: 2,
      levelIndex: 3,
      measurement: await makeMeasurement('mt103', 32),
    };

    expect(decodeRunnerResult(encodeRunnerResult(result))).toEqual(result);
  });

  it.each([
    ['truncated JSON', (t: string) => t.slice(0, t.length / 2), 'is not JSON'],
    [
      'another format version',
      (t: string) => t.replace('"resultFormat":1', '"resultFormat":9'),
      'format 9',
    ],
    [
      'a missing histogram',
      (t: string) => t.replace(/"latency":"[^"]*",/, ''),
      'measurement.latency',
    ],
    [
      'a negative count',
      (t: string) => t.replace(/"success":\d+/, '"success":-1'),
      'measurement.success',
    ],
  ])('rejects %s naming the file', async (_what, corrupt, words) => {
    const text = encodeRunnerResult({
      resultFormat: 1,
      agentIndex: 0,
      agentCount: 1,
      levelIndex: 0,
      measurement: await makeMeasurement('mt103', 8),
    });

    expect(() => decodeRunnerResult(corrupt(text), 'agent-0/levels/0000-mt103-8.json')).toThrow(
      expect.objectContaining({
        code: 'RUNNER_RESULT_INVALID',
        message: expect.stringMatching(
          new RegExp(`^agent-0/levels/0000-mt103-8\\.json .*${words}`),
        ) as unknown,
      }),
    );
  });

  it('round-trips a status and rejects one with an unknown state', () => {
    const status = {
      statusFormat: 1 as const,
      state: 'failed' as const,
      agentIndex: 0,
      agentCount: 1,
      startedAt: '2026-11-29T00:00:00.000Z',
      updatedAt: '2026-11-29T00:01:00.000Z',
      levelsDone: 1,
      levelsTotal: 4,
      error: { code: 'TARGET_UNREACHABLE', message: 'refused', hint: 'check' },
      exitCode: 3,
    };
    expect(decodeRunnerStatus(encodeRunnerStatus(status))).toEqual(status);
    expect(() => decodeRunnerStatus(JSON.stringify({ ...status, state: 'sleeping' }))).toThrow(
      expect.objectContaining({ code: 'RUNNER_STATUS_INVALID' }),
    );
  });
});

describe('exchange layout', () => {
  it('names level files in plan order with safe characters', () => {
    expect(levelFileStem(3, 'MT103 / standard', 32)).toBe('0003-MT103-standard-32');
  });

  it('estimates a plan as its levels back to back', () => {
    // 2 scenarios × 2 levels × (1 s + 5 s + 0.5 s)
    expect(estimatePlanDurationMs(makePlan())).toBe(26_000);
  });

  it.each([
    [['finished', 'failed', 'running'], 'failed'],
    [['finished', 'running'], 'running'],
    [['finished', 'not-started'], 'not-started'],
    [['finished', 'finished'], 'finished'],
    [[], 'not-started'],
  ] as const)('combines agent states %j into %s', (states, expected) => {
    expect(combineRunnerStates([...states])).toBe(expected);
  });

  it.each([
    ['running', '2026-11-29T04:00:00.000Z', true],
    ['running', '2026-11-29T04:00:30.000Z', false],
    ['finished', '2026-11-29T04:00:00.000Z', false],
    ['running', 'garbage', true],
  ] as const)('calls a %s runner last seen at %s stale: %s', (state, updatedAt, stale) => {
    const status: RunnerStatus = {
      statusFormat: 1,
      state,
      agentIndex: 0,
      agentCount: 1,
      startedAt: '2026-11-29T03:59:00.000Z',
      updatedAt,
      levelsDone: 0,
      levelsTotal: 1,
    };
    expect(isHeartbeatStale(status, Date.parse('2026-11-29T04:01:00.000Z'), 45_000)).toBe(stale);
  });
});
