import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRawConnection } from '../../src/core/engine/http/raw-connection.js';
import type { ResponseSink, TransportFailure } from '../../src/core/engine/http/connection.js';
import { prepareRequests } from '../../src/core/engine/prepare-requests.js';
import type { ScenarioPlan } from '../../src/core/config/plan.js';
import { startServer, type TestServer } from '../support/servers.js';
import { chunkedServer, type HostileServer } from '../support/hostile-servers.js';

const scenario: ScenarioPlan = {
  name: 'get',
  method: 'GET',
  path: '/x',
  headers: {},
  payloads: [],
  order: 'round-robin',
  checks: { status: [200], json: [], bodyContains: [] },
};

let server: TestServer | HostileServer | undefined;
let raw: net.Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await new Promise<void>((r) => (raw ? raw.close(() => r()) : r()));
  raw = undefined;
});

type Outcome = { status: number; body: string } | { failure: TransportFailure };

/** Sends `count` requests at once on one connection and collects the outcomes in order of arrival. */
async function sendMany(baseUrl: string, count: number, pipelining: number): Promise<Outcome[]> {
  const conn = createRawConnection({
    origin: baseUrl,
    pipelining,
    connectTimeoutMs: 1000,
    requestTimeoutMs: 1000,
    keepBodies: true,
    maxBodyBytes: 1024 * 1024,
  });
  const [request] = prepareRequests(scenario, baseUrl);
  const outcomes: Outcome[] = [];
  await new Promise<void>((resolve) => {
    const sink: ResponseSink = {
      onResponse(status, body) {
        outcomes.push({ status, body: body?.toString() ?? '' });
        if (outcomes.length === count) resolve();
      },
      onFailure(failure) {
        outcomes.push({ failure });
        if (outcomes.length === count) resolve();
      },
    };
    for (let i = 0; i < count; i++) conn.send(request!, sink);
  });
  await conn.close();
  return outcomes;
}

describe('raw HTTP/1.1 connection', () => {
  it('keeps one socket alive for many requests', async () => {
    let sockets = 0;
    let n = 0;
    server = await startServer((_req, res) => res.end(String(++n)));
    server.server.on('connection', () => sockets++);
    const outcomes = await sendMany(server.url, 20, 20);
    expect(outcomes).toEqual(
      Array.from({ length: 20 }, (_, i) => ({ status: 200, body: String(i + 1) })),
    );
    expect(sockets).toBe(1);
  });

  it('sends pipelined requests again on a new socket when the target closes after one response', async () => {
    let sockets = 0;
    let n = 0;
    server = await startServer((_req, res) => {
      res.setHeader('connection', 'close');
      res.end(String(++n));
    });
    server.server.on('connection', () => sockets++);
    const outcomes = await sendMany(server.url, 5, 5);
    expect(outcomes.every((o) => 'status' in o && o.status === 200)).toBe(true);
    expect(outcomes).toHaveLength(5);
    expect(sockets).toBe(5);
  });

  it('fails every pipelined request with a reset when the target drops the connection', async () => {
    raw = net.createServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r));
    const { port } = raw.address() as net.AddressInfo;
    const outcomes = await sendMany(`http://127.0.0.1:${port}`, 3, 3);
    expect(outcomes).toEqual([{ failure: 'reset' }, { failure: 'reset' }, { failure: 'reset' }]);
  });

  it('fails a request with a timeout when no response comes within the request timeout', async () => {
    raw = net.createServer((socket) => socket.resume());
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r));
    const { port } = raw.address() as net.AddressInfo;
    const outcomes = await sendMany(`http://127.0.0.1:${port}`, 1, 1);
    expect(outcomes).toEqual([{ failure: 'timeout' }]);
  });

  it('treats garbage from the target as a protocol error, not a response', async () => {
    raw = net.createServer((socket) =>
      socket.once('data', () => socket.write('SSH-2.0-nope\r\n\r\n')),
    );
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r));
    const { port } = raw.address() as net.AddressInfo;
    expect(await sendMany(`http://127.0.0.1:${port}`, 1, 1)).toEqual([{ failure: 'protocol' }]);
  });

  it('reads chunked bodies whose sizes take two or more hex digits, from a target that sends no content-length', async () => {
    const chunks = ['a'.repeat(0x1a), 'b'.repeat(0x10), 'c'.repeat(0xff), 'd'.repeat(0x100)];
    server = await chunkedServer(chunks);
    const outcomes = await sendMany(server.url, 3, 3);
    expect(outcomes).toEqual(
      Array.from({ length: 3 }, () => ({ status: 200, body: chunks.join('') })),
    );
    expect(server.connections).toBe(1);
  });

  it('refuses https origins, which need TLS', () => {
    expect(() =>
      createRawConnection({
        origin: 'https://127.0.0.1:1',
        pipelining: 1,
        connectTimeoutMs: 1,
        requestTimeoutMs: 1,
        keepBodies: false,
        maxBodyBytes: 1,
      }),
    ).toThrow(/plain HTTP/);
  });
});
