import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadPlan, ScenarioPlan } from '../../src/core/config/plan.js';
import type { ResponseSink, TransportFailure } from '../../src/core/engine/http/connection.js';
import { createRawConnection } from '../../src/core/engine/http/raw-connection.js';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import { prepareRequests } from '../../src/core/engine/prepare-requests.js';
import { runLevel } from '../../src/core/engine/run-level.js';
import { chooseConnectionFactory } from '../../src/core/engine/run-plan.js';
import { totalFailures } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  closeDelimitedServer,
  extraResponsesServer,
  framingServer,
  http10Server,
  okResponse,
  startHostileServer,
  type HostileServer,
} from '../support/hostile-servers.js';

const scenario: ScenarioPlan = {
  name: 'get',
  method: 'GET',
  path: '/x',
  headers: {},
  payloads: [],
  order: 'round-robin',
  checks: {
    status: [200],
    json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
    bodyContains: [],
  },
};

const load: LoadPlan = {
  model: 'closed',
  levels: [2],
  pipelining: 1,
  warmupMs: 0,
  durationMs: 500,
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

async function measure(transport: 'raw' | 'undici'): Promise<LevelMeasurement> {
  return runLevel({
    scenario,
    load,
    level: 2,
    nominalLevel: 2,
    baseUrl: server!.url,
    factory: await chooseConnectionFactory(server!.url, transport),
  });
}

describe('a response nobody asked for', () => {
  it('fails the request sent after it as a protocol error instead of answering it', async () => {
    // Two responses in one write: the second arrives before the request it would answer.
    server = await extraResponsesServer(1);
    const conn = createRawConnection({
      origin: server.url,
      pipelining: 1,
      connectTimeoutMs: 1000,
      requestTimeoutMs: 1000,
      keepBodies: false,
      maxBodyBytes: 1024,
    });
    const [request] = prepareRequests(scenario, server.url);
    const outcomes: (number | TransportFailure)[] = [];
    await new Promise<void>((resolve) => {
      const sink: ResponseSink = {
        onResponse(status) {
          outcomes.push(status);
          // Send the next request at once, from the callback, as the closed model does.
          if (outcomes.length === 1) conn.send(request!, sink);
        },
        onFailure(failure) {
          outcomes.push(failure);
          resolve();
        },
      };
      conn.send(request!, sink);
    });
    await conn.close();
    expect(outcomes).toEqual([200, 'protocol']);
  });

  it('on an idle connection closes it, and the next request gets its own answer', async () => {
    let n = 0;
    server = await startHostileServer({
      onRequest(socket, _i, ctx) {
        n++;
        socket.write(okResponse(`{"n":${n}}`));
        // A stray response later, when nothing is outstanding.
        if (n === 1) ctx.later(30, () => socket.write(okResponse('{"stray":true}')));
      },
    });
    const conn = createRawConnection({
      origin: server.url,
      pipelining: 1,
      connectTimeoutMs: 1000,
      requestTimeoutMs: 1000,
      keepBodies: true,
      maxBodyBytes: 1024,
    });
    const [request] = prepareRequests(scenario, server.url);
    const send = () =>
      new Promise<string>((resolve) =>
        conn.send(request!, {
          onResponse: (_status, body) => resolve(body?.toString() ?? ''),
          onFailure: (failure) => resolve(failure),
        }),
      );
    expect(await send()).toBe('{"n":1}');
    await new Promise((r) => setTimeout(r, 100));
    expect(await send()).toBe('{"n":2}');
    await conn.close();
    expect(server.connections).toBe(2);
  });

  it.each(['raw', 'undici'] as const)(
    'is never counted as a success (%s transport)',
    async (transport) => {
      server = await extraResponsesServer(3);
      const m = await measure(transport);
      // Each success needs a request the target received: extras cannot add any.
      expect(m.success).toBeGreaterThan(0);
      expect(m.success).toBeLessThanOrEqual(server.requests);
      if (transport === 'raw') expect(m.failures.protocol).toBeGreaterThan(0);
    },
  );
});

describe.each(['raw', 'undici'] as const)(
  'with the %s transport, a response that is not persistent',
  (transport) => {
    it.each([
      ['HTTP/1.0 without keep-alive, with a content-length', () => http10Server(true)],
      ['HTTP/1.0 without keep-alive, read until the connection closes', () => http10Server(false)],
      ['HTTP/1.1 with Connection: close and no length', closeDelimitedServer],
    ])('(%s) is followed on a new connection, with no false resets', async (_name, start) => {
      server = await start();
      const m = await measure(transport);
      expect(m.success).toBeGreaterThan(5);
      expect(totalFailures(m.failures)).toBe(0);
      // One connection per answered request (plus the ones open when the window closed).
      expect(server.connections).toBeGreaterThanOrEqual(m.success);
    });
  },
);

describe.each(['raw', 'undici'] as const)(
  'with the %s transport, framing that cannot be trusted',
  (transport) => {
    it.each([
      ['conflicting content-length headers', 'content-length: 2\r\ncontent-length: 3\r\n', 'ok'],
      [
        'a content-length beside chunked',
        'content-length: 2\r\ntransfer-encoding: chunked\r\n',
        '2\r\nok\r\n0\r\n\r\n',
      ],
    ])('(%s) is a protocol error, never a success', async (_name, framing, body) => {
      server = await framingServer(framing, body);
      const m = await measure(transport);
      expect(m.success).toBe(0);
      expect(m.failures.protocol).toBeGreaterThan(0);
      expect(totalFailures(m.failures)).toBe(m.failures.protocol);
    });
  },
);
