import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closingServer,
  okServer,
  periodicStallServer,
  resetServer,
  slowServer,
  stallingServer,
  statusServer,
  successFalseServer,
  type TestServer,
} from '../support/servers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Outcome of one GET without an agent: status, headers and body, or the error code. */
function get(
  url: string,
  timeoutMs = 5000,
): Promise<{ status?: number; connection?: string; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, connection: res.headers.connection, body }),
      );
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
  });
}

describe('test servers', () => {
  it.each([
    { name: 'okServer', start: okServer, status: 200, body: { success: true } },
    { name: 'slowServer', start: () => slowServer(20), status: 200, body: { success: true } },
    { name: 'statusServer', start: () => statusServer(500), status: 500, body: { success: false } },
    {
      name: 'successFalseServer',
      start: successFalseServer,
      status: 200,
      body: { success: false },
    },
    {
      name: 'periodicStallServer',
      start: () => periodicStallServer({ stallMs: 20, everyMs: 40 }),
      status: 200,
      body: { success: true },
    },
  ])('$name answers $status with its JSON body', async ({ start, status, body }) => {
    server = await start();
    const res = await get(`${server.url}/x`);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body ?? '')).toMatchObject(body);
  });

  it('closingServer asks the client to close the connection', async () => {
    server = await closingServer();
    expect((await get(server.url)).connection).toBe('close');
  });

  it('resetServer drops the connection without an answer', async () => {
    server = await resetServer();
    expect((await get(server.url)).error).toMatch(/ECONNRESET|socket hang up/);
  });

  it('stallingServer never answers, and close() still returns', async () => {
    server = await stallingServer();
    const pending = get(server.url, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect((await pending).error).toBeDefined();
  });

  it('periodicStallServer holds answers during a stall and releases them on close', async () => {
    server = await periodicStallServer({ stallMs: 60_000, everyMs: 60_001 });
    // Every instant but the first millisecond after start is inside the stall window: step past
    // that millisecond so the request is always held.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const pending = get(server.url, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect((await pending).error).toBeDefined();
  });
});
