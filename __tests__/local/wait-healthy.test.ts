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
    server = await statusServer(503);
    const error = await rejection(
      waitHealthy(server.url, { path: '/health', timeoutMs: 300, intervalMs: 20 }),
    );
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.kind).toBe('target');
    expect(error.message).toContain(`${server.url}/health`);
    expect(error.message).toContain('300 ms');
    expect(error.message).toContain('HTTP 503');
  });

  it('reports the last error when the server never answers', async () => {
    server = await stallingServer();
    const error = await rejection(
      waitHealthy(server.url, { path: '/health', timeoutMs: 300, intervalMs: 20 }),
    );
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.message).toContain('no answer within');
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
    await checkUrlTarget({ kind: 'url', baseUrl: server.url });
  });

  it('uses the health check when one is configured', async () => {
    server = await statusServer(500);
    const error = await rejection(
      checkUrlTarget({
        kind: 'url',
        baseUrl: server.url,
        health: { path: '/health', timeoutMs: 200, intervalMs: 20 },
      }),
    );
    expect(error.code).toBe('TARGET_UNHEALTHY');
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
