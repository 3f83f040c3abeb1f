import { spawn } from 'node:child_process';
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

/** A raw TCP server answering each request as `answer` says (it gets the request count). */
async function rawServer(answer: (socket: net.Socket, request: number) => void): Promise<{
  url: string;
  connections: () => number;
  requests: () => number;
  sockets: net.Socket[];
}> {
  let connections = 0;
  let requests = 0;
  const sockets: net.Socket[] = [];
  raw = net.createServer((socket) => {
    connections++;
    sockets.push(socket);
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end = buffered.indexOf('\r\n\r\n');
      while (end !== -1) {
        buffered = buffered.slice(end + 4);
        answer(socket, ++requests);
        end = buffered.indexOf('\r\n\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', r));
  const { port } = raw.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: () => requests,
    sockets,
  };
}

type Recorded =
  | { status: number; body: string | null; bytes: number }
  | { failure: TransportFailure; code?: string; message: string };

/** A connection whose sinks record what they get, and a way to wait for `n` outcomes. */
function recordingConnection(
  origin: string,
  options: {
    keepBodies?: boolean;
    requestTimeoutMs?: number;
    connectTimeoutMs?: number;
    method?: string;
  } = {},
) {
  const conn = createRawConnection({
    origin,
    pipelining: 128,
    connectTimeoutMs: options.connectTimeoutMs ?? 5000,
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    keepBodies: options.keepBodies ?? true,
    maxBodyBytes: 1024 * 1024,
  });
  const outcomes: Recorded[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const w of waiters) if (outcomes.length >= w.n) w.resolve();
  };
  const sink: ResponseSink = {
    onResponse(status, body, bytes) {
      outcomes.push({ status, body: body === null ? null : body.toString('latin1'), bytes });
      settle();
    },
    onFailure(failure, error) {
      const code = (error as Error & { code?: string }).code;
      outcomes.push({ failure, message: error.message, ...(code ? { code } : {}) });
      settle();
    },
  };
  const [request] = prepareRequests({ ...scenario, method: options.method ?? 'GET' }, origin);
  return {
    conn,
    outcomes,
    send: () => conn.send(request!, sink),
    sendGet: () => conn.send(prepareRequests(scenario, origin)[0]!, sink),
    until: (n: number) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        settle();
      }),
  };
}

/**
 * A port where a TCP connect never completes: a listener with a backlog of one in a child
 * process that is stopped (SIGSTOP), so it accepts nothing, and two connections that fill its
 * queue. Linux then drops every further SYN, and a connect waits until the client gives up.
 */
async function unacceptingPort(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s = require('node:net').createServer(); s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => console.log(s.address().port));",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  process.kill(child.pid!, 'SIGSTOP');
  const fillers = [0, 1].map(() => net.connect(port, '127.0.0.1').on('error', () => undefined));
  await Promise.all(fillers.map((f) => new Promise((r) => f.once('connect', r))));
  return {
    port,
    stop: () => {
      for (const f of fillers) f.destroy();
      process.kill(child.pid!, 'SIGCONT');
      child.kill();
    },
  };
}

const ok = (body: string) => `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`;

describe('raw HTTP/1.1 connection, request by request', () => {
  it('connects to an IPv6 origin written in brackets', async (ctx) => {
    const probe = net.createServer();
    const v6 = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(0, '::1', () => resolve(true));
    });
    if (!v6) return ctx.skip('no IPv6 loopback on this machine');
    raw = probe;
    probe.on('connection', (socket) => socket.once('data', () => socket.write(ok('six'))));
    const { port } = probe.address() as net.AddressInfo;
    const c = recordingConnection(`http://[::1]:${port}`);
    c.send();
    await c.until(1);
    await c.conn.close();
    expect(c.outcomes).toEqual([{ status: 200, body: 'six', bytes: ok('six').length }]);
  });

  it('sends nothing once closed, and closing twice is harmless', async () => {
    const s = await rawServer((socket) => socket.write(ok('x')));
    const c = recordingConnection(s.url);
    await c.conn.close();
    c.send();
    // Long enough for a request sent by mistake to connect and be answered.
    await new Promise((r) => setTimeout(r, 100));
    await c.conn.close();
    expect(s.connections()).toBe(0);
    expect(c.outcomes).toEqual([]);
  });

  it('fails a request to a port nobody listens on as a connect failure', async () => {
    const s = await rawServer(() => undefined);
    const url = s.url;
    await new Promise<void>((r) => raw!.close(() => r()));
    raw = undefined;
    const c = recordingConnection(url);
    c.send();
    await c.until(1);
    await c.conn.close();
    expect(c.outcomes).toMatchObject([{ failure: 'connect' }]);
  });

  it('never pairs an extra response with a later request: the next one goes on a new socket', async () => {
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.write(ok('a') + ok('extra'));
      else socket.write(ok(`r${n}`));
    });
    const c = recordingConnection(s.url);
    c.send();
    await c.until(1);
    // Give the extra response time to arrive and be refused.
    await new Promise((r) => setTimeout(r, 50));
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual(['a', 'r2']);
    expect(s.connections()).toBe(2);
  });

  it('treats bytes on an idle connection as the end of that socket, not as an answer', async () => {
    const s = await rawServer((socket, n) => socket.write(ok(`r${n}`)));
    const c = recordingConnection(s.url);
    c.send();
    await c.until(1);
    // Nothing is outstanding now: stray bytes make the connection give the socket up.
    const first = s.sockets[0]!;
    const closed = new Promise((r) => first.once('close', r));
    first.write('junk');
    await closed;
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual(['r1', 'r2']);
    expect(s.connections()).toBe(2);
  });

  it('reads no body after a HEAD request, and the next response on the socket normally', async () => {
    const s = await rawServer((socket, n) =>
      socket.write(n === 1 ? 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n' : ok('after')),
    );
    const c = recordingConnection(s.url, { method: 'HEAD' });
    c.send();
    c.sendGet();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual(['', 'after']);
    expect(s.connections()).toBe(1);
  });

  it('times out only the request left unanswered, naming the timeout', async () => {
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.write(ok('first'));
    });
    const c = recordingConnection(s.url, { requestTimeoutMs: 1000 });
    c.send();
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes).toEqual([
      { status: 200, body: 'first', bytes: ok('first').length },
      { failure: 'timeout', code: 'BENCH_REQUEST_TIMEOUT', message: 'no response within 1000 ms' },
    ]);
  });

  it('keeps a request in time when the one before it was answered late', async () => {
    // Answers come 300 ms apart, the last 1.2 s after the burst: the 1 s timeout runs from the
    // last answer, not from the first send, so all four arrive in time (700 ms to spare each).
    const s = await rawServer((socket, n) => {
      setTimeout(() => socket.write(ok(`r${n}`)), 300 * n);
    });
    const c = recordingConnection(s.url, { requestTimeoutMs: 1000 });
    for (let i = 0; i < 4; i++) c.send();
    await c.until(4);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
  });

  it('keeps an idle socket past the request timeout, and still times out the next request on it', async () => {
    // The response timer stays armed while the connection is idle: when it fires with nothing
    // outstanding it must leave the socket alone, and the next send must arm it again.
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.write(ok('first'));
    });
    const c = recordingConnection(s.url, { requestTimeoutMs: 100 });
    c.send();
    await c.until(1);
    await new Promise((r) => setTimeout(r, 300));
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes).toEqual([
      { status: 200, body: 'first', bytes: ok('first').length },
      { failure: 'timeout', code: 'BENCH_REQUEST_TIMEOUT', message: 'no response within 100 ms' },
    ]);
    expect(s.connections()).toBe(1);
  });

  it('times a request out while more are sent behind it: a later send does not restart its timer', async () => {
    const s = await rawServer(() => undefined);
    const c = recordingConnection(s.url, { requestTimeoutMs: 300 });
    let sent = 0;
    c.send();
    sent++;
    const more = setInterval(() => {
      if (sent < 12) {
        c.send();
        sent++;
      }
    }, 100);
    await c.until(1);
    const sentWhenTimedOut = sent;
    clearInterval(more);
    await c.conn.close();
    expect(c.outcomes[0]).toMatchObject({ failure: 'timeout', code: 'BENCH_REQUEST_TIMEOUT' });
    // The first request timed out about 300 ms after it was sent, while sends went on every
    // 100 ms; a timer restarted by each send would have waited for the twelfth (1.1 s).
    expect(sentWhenTimedOut).toBeLessThan(12);
  });

  it('gives a request sent long after the previous answer its whole timeout', async () => {
    // The timer armed for the first request is still set when the second is sent 700 ms later;
    // the second is answered 600 ms after its send, inside its own 1 s, and must not be timed
    // out when the first request's timer would have run out (at 1 s).
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.write(ok('first'));
      else setTimeout(() => socket.write(ok('second')), 600);
    });
    const c = recordingConnection(s.url, { requestTimeoutMs: 1000 });
    c.send();
    await c.until(1);
    await new Promise((r) => setTimeout(r, 700));
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual(['first', 'second']);
  });

  it('refuses an extra response that comes after a partly answered burst', async () => {
    // Three pipelined requests: the first answered alone, then the other two with one extra
    // response in the same write. Two were outstanding, so the third response has no request.
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.write(ok('r1'));
      if (n === 3) setTimeout(() => socket.write(ok('r2') + ok('r3') + ok('extra')), 50);
      if (n === 4) socket.write(ok('r4'));
    });
    const c = recordingConnection(s.url);
    c.send();
    c.send();
    c.send();
    await c.until(3);
    await new Promise((r) => setTimeout(r, 50));
    c.send();
    await c.until(4);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
    // The extra response ended its socket: the fourth request went on a new one.
    expect(s.connections()).toBe(2);
  });

  it('reads no body after a HEAD request that follows a failed one', async () => {
    const s = await rawServer((socket, n) => {
      if (n === 2) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n' + ok('after'));
    });
    const head = recordingConnection(s.url, { method: 'HEAD', requestTimeoutMs: 200 });
    head.sendGet();
    await head.until(1);
    head.send();
    head.sendGet();
    await head.until(3);
    await head.conn.close();
    expect(head.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual([
      'timeout',
      '',
      'after',
    ]);
  });

  it('fails a connect that never completes with a connect timeout', async () => {
    const target = await unacceptingPort();
    try {
      const c = recordingConnection(`http://127.0.0.1:${target.port}`, { connectTimeoutMs: 200 });
      c.send();
      await c.until(1);
      await c.conn.close();
      expect(c.outcomes).toEqual([
        {
          failure: 'connect',
          code: 'BENCH_CONNECT_TIMEOUT',
          message: 'connect timeout after 200 ms',
        },
      ]);
    } finally {
      target.stop();
    }
  });

  it('answers a long pipelined burst in order on one socket', async () => {
    const s = await rawServer((socket, n) => socket.write(ok(String(n))));
    const c = recordingConnection(s.url);
    for (let i = 0; i < 150; i++) c.send();
    await c.until(150);
    await c.conn.close();
    expect(c.outcomes.map((o) => ('body' in o ? o.body : o.failure))).toEqual(
      Array.from({ length: 150 }, (_, i) => String(i + 1)),
    );
    expect(s.connections()).toBe(1);
  });

  it('hands no body to the sink when bodies are not kept, and still counts the bytes', async () => {
    const s = await rawServer((socket) => socket.write(ok('hello')));
    const c = recordingConnection(s.url, { keepBodies: false });
    c.send();
    await c.until(1);
    await c.conn.close();
    expect(c.outcomes).toEqual([{ status: 200, body: null, bytes: ok('hello').length }]);
  });

  it('completes a body read until the target closes, and fails a request the target closed on', async () => {
    const s = await rawServer((socket, n) => {
      if (n === 1) socket.end('HTTP/1.1 200 OK\r\n\r\nuntil close');
      else socket.end();
    });
    const c = recordingConnection(s.url);
    c.send();
    await c.until(1);
    c.send();
    await c.until(2);
    await c.conn.close();
    expect(c.outcomes).toEqual([
      { status: 200, body: 'until close', bytes: 30 },
      { failure: 'reset', message: 'connection closed by the target' },
    ]);
  });
});
