/**
 * Readiness checks for targets: poll a health endpoint until it answers 2xx, or test that a
 * URL target accepts connections at all. Each attempt uses a fresh connection (no agent) so a
 * health check never leaves sockets behind or shares a pool with the load.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { HealthPlan, UrlTargetPlan } from '../../core/config/plan.js';
import { BenchError, targetError } from '../../core/errors.js';

/** Longest single health request; a slow answer counts as "not yet" and is asked again. */
const attemptTimeoutCapMs = 2000;
/** Connect test of a URL target without a health path. */
const connectTimeoutMs = 5000;

/** Options of `waitHealthy`. */
export interface WaitHealthyOptions {
  /** Abort the wait (the abort reason is thrown). */
  signal?: AbortSignal;
  /** Asked before each attempt; when it returns false the wait ends with `TARGET_EXITED`. */
  isAlive?: () => boolean;
}

/** Outcome of one health request: an HTTP status, or why there was none. */
type Attempt = { status: number } | { error: string };

/** Join a base URL (which may carry a base path) and a health path. */
export function healthUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** One GET with a deadline; the body is drained and discarded. */
function requestOnce(url: string, timeoutMs: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const client = url.startsWith('https:') ? https : http;
    let settled = false;
    const settle = (attempt: Attempt) => {
      if (settled) return;
      settled = true;
      resolve(attempt);
    };
    const req = client.get(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      settle({ status: res.statusCode ?? 0 });
      res.on('error', () => undefined);
    });
    req.setTimeout(timeoutMs, () => {
      settle({ error: `no answer within ${timeoutMs} ms` });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      settle({ error: error.code ? `${error.code} (${error.message})` : error.message });
    });
  });
}

/**
 * Words for what the target said, for error messages: its last HTTP answer when it gave one
 * (a 503 says more than the timeout of a final probe cut short by the deadline), otherwise
 * the last error.
 */
function describeAttempts(lastAnswer: Attempt | undefined, last: Attempt | undefined): string {
  if (lastAnswer && 'status' in lastAnswer) return `last answer HTTP ${lastAnswer.status}`;
  if (last && 'error' in last) return `last error ${last.error}`;
  return 'no attempt was made';
}

/**
 * Ask `GET <baseUrl><health.path>` every `health.intervalMs` until a 2xx answer. Throws
 * `TARGET_UNHEALTHY` after `health.timeoutMs`, `TARGET_EXITED` when `isAlive()` turns false,
 * or the abort reason when `signal` fires.
 */
export async function waitHealthy(
  baseUrl: string,
  health: HealthPlan,
  opts: WaitHealthyOptions = {},
): Promise<void> {
  const url = healthUrl(baseUrl, health.path);
  const deadline = performance.now() + health.timeoutMs;
  let last: Attempt | undefined;
  let lastAnswer: Attempt | undefined;
  for (;;) {
    opts.signal?.throwIfAborted();
    if (opts.isAlive && !opts.isAlive()) {
      throw targetError(
        'TARGET_EXITED',
        `Target process exited while waiting for ${url} to become healthy.`,
        'Run the target command by hand to see why it stops.',
      );
    }
    const remainingMs = deadline - performance.now();
    const attemptMs = Math.max(100, Math.min(attemptTimeoutCapMs, remainingMs));
    last = await requestOnce(url, Math.round(attemptMs));
    if ('status' in last) {
      if (last.status >= 200 && last.status < 300) return;
      lastAnswer = last;
    }
    const waitMs = Math.min(health.intervalMs, deadline - performance.now());
    if (waitMs <= 0) break;
    try {
      await sleep(waitMs, undefined, { signal: opts.signal });
    } catch {
      opts.signal?.throwIfAborted();
    }
  }
  throw targetError(
    'TARGET_UNHEALTHY',
    `Target was not healthy at ${url} after ${health.timeoutMs} ms (${describeAttempts(lastAnswer, last)}).`,
    `Check that the service listens there and answers GET ${health.path} with a 2xx status; ` +
      'raise the health timeout if it needs longer to start.',
  );
}

/** Host and port a URL connects to (default ports filled in). */
function connectAddress(baseUrl: string): { host: string; port: number } {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch (error) {
    throw new BenchError(
      'TARGET_URL_INVALID',
      `Target URL "${baseUrl}" is not a valid URL.`,
      'Write target.url as http://host:port (optionally with a base path).',
      { cause: error },
    );
  }
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  // `URL` keeps IPv6 literals bracketed; `net.connect` wants them bare.
  return { host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

/** Open and close one TCP connection; resolves with an error code, or undefined on success. */
function connectOnce(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(connectTimeoutMs, () => {
      socket.destroy();
      resolve(`ETIMEDOUT (no connection within ${connectTimeoutMs} ms)`);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? error.message);
    });
  });
}

/**
 * Make sure a URL target is there before the first level: wait for health when the plan has a
 * health check, otherwise test one TCP connection. Throws `TARGET_UNREACHABLE` (or the
 * `waitHealthy` errors).
 */
export async function checkUrlTarget(
  plan: UrlTargetPlan,
  opts: { signal?: AbortSignal } = {},
): Promise<void> {
  if (plan.health) {
    await waitHealthy(plan.baseUrl, plan.health, opts);
    return;
  }
  const { host, port } = connectAddress(plan.baseUrl);
  const failure = await connectOnce(host, port);
  if (failure === undefined) return;
  throw targetError(
    'TARGET_UNREACHABLE',
    `Cannot connect to the target ${plan.baseUrl} (${host}:${port}): ${failure}.`,
    failure.startsWith('ECONNREFUSED')
      ? `Nothing listens on ${host}:${port}: start the service first, or fix target.url.`
      : `Check target.url (host and port) and that this machine can reach ${host}:${port}.`,
  );
}
