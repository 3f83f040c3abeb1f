import { rejection } from '../support/rejection.js';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/edges/local/image-target.js';
import { checkUrlTarget, healthUrl, waitHealthy } from '../../src/edges/local/wait-healthy.js';
import {
  okServer,
  stallingServer,
  startServer,
  statusServer,
  type TestServer,
} from '../support/servers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('waitHealthy', () => {
  it('resolves once the health path answers 2xx after a few refusals', async () => {
    let calls = 0;
    server = await startServer((req, res) => {
      calls += 1;
      res.writeHead(req.url === '/ready' && calls >= 3 ? 204 : 503).end();
    });
    await waitHealthy(server.url, { path: '/ready', timeoutMs: 10_000, intervalMs: 10 });
    expect(calls).toBe(3);
  });

  it('fails with TARGET_UNHEALTHY naming the URL, the timeout and the last status', async () => {
    // The first probe may take the whole 2 s (the cap of one probe) to get its 503, so a slow
    // machine still sees an answer; later probes cut short by the deadline do not hide it.
    let requests = 0;
    server = await startServer((_req, res) => {
      requests += 1;
      res.writeHead(503).end();
    });
    const error = await rejection(
      waitHealthy(server.url, { path: '/health', timeoutMs: 2_000, intervalMs: 200 }),
    );
    expect(requests).toBeGreaterThan(0);
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.kind).toBe('target');
    expect(error.message).toContain(`${server.url}/health`);
    expect(error.message).toContain('2000 ms');
    expect(error.message).toContain('HTTP 503');
  });

  it('names the last HTTP answer even when the probes after it get none', async () => {
    let requests = 0;
    server = await startServer((req, res) => {
      requests += 1;
      if (requests === 1) res.writeHead(503).end();
      else req.resume(); // never answers again
    });
    const error = await rejection(
      waitHealthy(server.url, { path: '/health', timeoutMs: 1_000, intervalMs: 10 }),
    );
    expect(requests).toBeGreaterThan(1);
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.message).toContain('last answer HTTP 503');
  });

  it('reports the last error when the server never answers', async () => {
    server = await stallingServer();
    const error = await rejection(
      waitHealthy(server.url, { path: '/health', timeoutMs: 300, intervalMs: 20 }),
    );
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.message).toContain('last error no answer within');
  });

  it('stops with TARGET_EXITED as soon as isAlive turns false', async () => {
    server = await statusServer(503);
    const error = await rejection(
      waitHealthy(
        server.url,
        { path: '/health', timeoutMs: 60_000, intervalMs: 10 },
        { isAlive: () => false },
      ),
    );
    expect(error.code).toBe('TARGET_EXITED');
  });

  it('throws the abort reason when its signal fires', async () => {
    server = await statusServer(503);
    const controller = new AbortController();
    const waiting = waitHealthy(
      server.url,
      { path: '/health', timeoutMs: 60_000, intervalMs: 10 },
      { signal: controller.signal },
    );
    controller.abort(new Error('interrupted'));
    await expect(waiting).rejects.toThrow('interrupted');
  });

  it.each([
    { base: 'http://h:1', path: '/health', url: 'http://h:1/health' },
    { base: 'http://h:1/api/', path: 'health', url: 'http://h:1/api/health' },
  ])('joins $base and $path', ({ base, path, url }) => {
    expect(healthUrl(base, path)).toBe(url);
  });
});

describe('checkUrlTarget', () => {
  it('accepts a URL target that takes connections when no health check is configured', async () => {
    server = await okServer();
    let connections = 0;
    server.server.on('connection', () => (connections += 1));
    await expect(checkUrlTarget({ kind: 'url', baseUrl: server.url })).resolves.toBeUndefined();
    // It opened a connection to find out (and sent no request: there is no health path).
    expect(connections).toBe(1);
  });

  it('uses the health check when one is configured', async () => {
    const paths: string[] = [];
    server = await startServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(500).end();
    });
    const error = await rejection(
      checkUrlTarget({
        kind: 'url',
        baseUrl: server.url,
        health: { path: '/health', timeoutMs: 1_000, intervalMs: 100 },
      }),
    );
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.message).toContain('HTTP 500');
    expect(new Set(paths)).toEqual(new Set(['/health']));
  });

  it('fails with TARGET_UNREACHABLE and a hint when the connection is refused', async () => {
    const port = await findFreePort();
    const error = await rejection(
      checkUrlTarget({ kind: 'url', baseUrl: `http://127.0.0.1:${port}` }),
    );
    expect(error.code).toBe('TARGET_UNREACHABLE');
    expect(error.kind).toBe('target');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.hint).toContain(`127.0.0.1:${port}`);
  });

  it('rejects a malformed URL as an input error', async () => {
    const error = await rejection(checkUrlTarget({ kind: 'url', baseUrl: 'not a url' }));
    expect(error.code).toBe('TARGET_URL_INVALID');
    expect(error.kind).toBe('input');
  });
});
