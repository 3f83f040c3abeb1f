import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import { createUndiciConnection } from '../../src/core/engine/http/undici-connection.js';
import type { ResponseSink, TransportFailure } from '../../src/core/engine/http/connection.js';
import { prepareRequests } from '../../src/core/engine/prepare-requests.js';
import type { PreparedRequest } from '../../src/core/engine/prepare-requests.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import type { BenchError } from '../../src/core/errors.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { captureServer, type HostileServer } from '../support/hostile-servers.js';

const base: ScenarioPlan = {
  name: 'get',
  method: 'GET',
  path: '/x',
  headers: {},
  payloads: [],
  order: 'round-robin',
  checks: { status: [200], json: [], bodyContains: [] },
};

const load: LoadPlan = {
  model: 'closed',
  levels: [1],
  pipelining: 1,
  warmupMs: 0,
  durationMs: 200,
  cooldownMs: 0,
  connectTimeoutMs: 1000,
  requestTimeoutMs: 1000,
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

const unsafe: [string, Partial<ScenarioPlan>][] = [
  ['a header value with CR LF', { headers: { 'x-trace': 'a\r\nInjected: 1' } }],
  ['a header value with a bare LF', { headers: { 'x-trace': 'a\nInjected: 1' } }],
  ['a header value with NUL', { headers: { 'x-trace': 'a\u0000b' } }],
  // U+010A would be written as the byte 0x0A (LF) by the Latin-1 request writer.
  ['a header value above U+00FF', { headers: { 'x-trace': 'a\u010aInjected: 1' } }],
  ['a header name with a space', { headers: { 'x trace': 'a' } }],
  ['a path with CR LF', { path: '/x HTTP/1.1\r\nHost: a\r\n\r\nGET /admin' }],
  ['a path with a space', { path: '/x y' }],
  ['a method with CR LF', { method: 'GET /admin HTTP/1.1\r\nX:' }],
];

describe('requests that would not be one line per header on the wire', () => {
  it.each(unsafe)('are refused before anything is sent: %s', (_name, change) => {
    const scenario = { ...base, ...change };
    expect(() => prepareRequests(scenario, 'http://127.0.0.1:1')).toThrow(/nothing was sent/);
    try {
      prepareRequests(scenario, 'http://127.0.0.1:1');
    } catch (error) {
      expect((error as BenchError).code).toBe('REQUEST_UNSAFE');
      expect((error as BenchError).kind).toBe('input');
    }
  });

  it('keeps tabs and Latin-1 text in header values', () => {
    const [request] = prepareRequests(
      { ...base, headers: { 'x-note': 'caf\u00e9\tau lait' } },
      'http://127.0.0.1:1',
    );
    expect(request!.raw.toString('latin1')).toContain('x-note: caf\u00e9\tau lait\r\n');
  });

  it.each(['raw', 'undici'] as const)(
    'never reach the target with the %s transport: the level refuses to start',
    async (transport) => {
      server = await captureServer();
      await expect(
        runLevel({
          scenario: { ...base, headers: { 'x-trace': 'a\r\nInjected: 1' } },
          load,
          level: 1,
          nominalLevel: 1,
          baseUrl: server.url,
          factory: await chooseConnectionFactory(server.url, transport),
        }),
      ).rejects.toMatchObject({ code: 'REQUEST_UNSAFE' });
      expect(server.connections).toBe(0);
      expect(server.received().toString('latin1')).not.toContain('Injected');
    },
  );
});

describe('the undici transport given a header it refuses', () => {
  it('fails the request on the next turn, so a sender that retries at once cannot overflow the stack', async () => {
    server = await captureServer();
    const [good] = prepareRequests(base, server.url);
    // Built past prepareRequests on purpose: undici itself refuses the header, synchronously.
    const bad: PreparedRequest = {
      ...good!,
      dispatchOptions: { ...good!.dispatchOptions, headers: ['x-trace', 'a\r\nInjected: 1'] },
    };
    const conn = createUndiciConnection({
      origin: server.url,
      pipelining: 1,
      connectTimeoutMs: 1000,
      requestTimeoutMs: 1000,
      keepBodies: false,
      maxBodyBytes: 1024,
    });
    const failures: TransportFailure[] = [];
    let syncDepth = 0;
    let deepest = 0;
    await new Promise<void>((resolve) => {
      const sink: ResponseSink = {
        onResponse: () => resolve(),
        onFailure(failure) {
          failures.push(failure);
          if (failures.length === 5000) return resolve();
          syncDepth++;
          deepest = Math.max(deepest, syncDepth);
          conn.send(bad, sink);
          syncDepth--;
        },
      };
      conn.send(bad, sink);
    });
    await conn.close();
    expect(failures).toHaveLength(5000);
    // Each failure arrived on a fresh stack, not inside the previous send.
    expect(deepest).toBe(1);
    expect(server.received().toString('latin1')).not.toContain('Injected');
  });
});
