/**
 * The Orion demo stand-in (products/orion-demo/server.js) on its own: the admin API's draft →
 * active lifecycle, payload-dependent answers from its JSONLogic subset, and the outcomes a
 * benchmark must tell apart: 404 for an unregistered channel, 503 for back-pressure, 429 for the
 * rate limit.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommandTarget } from '../../src/edges/local/command-target.js';
import { findFreePort } from '../../src/edges/local/image-target.js';
import type { RunningTarget } from '../../src/edges/local/running-target.js';

const productDir = fileURLToPath(new URL('../../products/orion-demo/', import.meta.url));
const payloadFiles = (await readdir(join(productDir, 'payloads', 'payments'))).sort();

/** The setup steps products/orion-demo/product.yml lists, in order. */
const SETUP: Array<{ method: string; path: string; body: string; status: number }> = [
  {
    method: 'POST',
    path: '/api/v1/admin/workflows',
    body: 'workflow-payments-risk.json',
    status: 201,
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/workflows/payments-risk/status',
    body: 'activate.json',
    status: 200,
  },
  { method: 'POST', path: '/api/v1/admin/channels', body: 'channel-payments.json', status: 201 },
  {
    method: 'PATCH',
    path: '/api/v1/admin/channels/payments/status',
    body: 'activate.json',
    status: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/admin/channels',
    body: 'channel-payments-limited.json',
    status: 201,
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/channels/payments-limited/status',
    body: 'activate.json',
    status: 200,
  },
];

/** What the stand-in answers (data, admin and error bodies). */
interface Answer {
  status?: string;
  data?: Record<string, unknown> & {
    risk?: { level?: string; cross_border?: boolean };
    route?: string;
    status?: string;
    result?: Answer;
  };
  errors?: Array<{ code: string; message: string }>;
  error?: { code: string; message: string };
  trace_id?: string;
  service?: string;
}

async function start(env: Record<string, string> = {}): Promise<RunningTarget> {
  const port = await findFreePort();
  return startCommandTarget({
    kind: 'command',
    argv: [process.execPath, 'server.js'],
    cwd: productDir,
    env: { PORT: String(port), ...env },
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    health: { path: '/health', timeoutMs: 10_000, intervalMs: 20 },
  });
}

async function call(
  target: RunningTarget,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<{ status: number; json: Answer; headers: Headers }> {
  const res = await fetch(`${target.baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: (text ? JSON.parse(text) : {}) as Answer,
    headers: res.headers,
  };
}

async function runSetup(target: RunningTarget): Promise<number[]> {
  const statuses: number[] = [];
  for (const step of SETUP) {
    const body = await readFile(join(productDir, 'setup', step.body), 'utf8');
    statuses.push((await call(target, step.method, step.path, body)).status);
  }
  return statuses;
}

/** A channel on the payments workflow with the given config, made live. */
async function liveChannel(target: RunningTarget, name: string, config: unknown) {
  const created = await call(target, 'POST', '/api/v1/admin/channels', {
    channel_id: name,
    name,
    channel_type: 'sync',
    protocol: 'http',
    methods: ['POST'],
    route_pattern: `/${name}`,
    workflow_id: 'payments-risk',
    config,
  });
  expect(created.status).toBe(201);
  const live = await call(target, 'PATCH', `/api/v1/admin/channels/${name}/status`, {
    status: 'active',
  });
  expect(live.status).toBe(200);
}

const payment = (data: Record<string, unknown>) => ({ data });
const valid = {
  amount: 100,
  currency: 'EUR',
  debtor: { country: 'DE', iban: 'DE89370400440532013000' },
  creditor: { country: 'DE', iban: 'DE02120300000000202051' },
};

describe('Orion demo stand-in', () => {
  let target: RunningTarget;
  beforeAll(async () => {
    target = await start({ ORION_DEMO_DELAY_MS: '0' });
  });
  afterAll(async () => {
    await target?.stop();
  });

  it('labels itself as a demo stand-in on /health', async () => {
    const { status, json } = await call(target, 'GET', '/health');
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'ok', service: 'bench-action Orion demo stand-in' });
  });

  it('answers 404 for a channel nobody registered', async () => {
    const { status, json } = await call(target, 'POST', '/api/v1/data/nowhere', payment(valid));
    expect(status).toBe(404);
    expect(json.error).toEqual({ code: 'NOT_FOUND', message: 'No channel matches POST /nowhere' });
  });

  it('runs the product setup: every request answers as the product declares it', async () => {
    expect(await runSetup(target)).toEqual(SETUP.map((s) => s.status));
    const health = await call(target, 'GET', '/health');
    expect(health.json).toMatchObject({ workflows_loaded: 1 });
  });

  it('refuses to register the same workflow id twice', async () => {
    const body = await readFile(join(productDir, 'setup', 'workflow-payments-risk.json'), 'utf8');
    const { status, json } = await call(target, 'POST', '/api/v1/admin/workflows', body);
    expect(status).toBe(409);
    expect(json.error?.code).toBe('CONFLICT');
  });

  it.each(payloadFiles.map((file) => ({ file })))(
    'classifies payload $file with no validation error',
    async ({ file }) => {
      const data = JSON.parse(
        await readFile(join(productDir, 'payloads', 'payments', file), 'utf8'),
      ) as {
        amount: number;
        currency: string;
        debtor: { country: string };
        creditor: { country: string };
      };
      const { status, json } = await call(target, 'POST', '/api/v1/data/payments', payment(data));
      expect(status).toBe(200);
      expect(json.status).toBe('ok');
      expect(json.errors).toEqual([]);
      const crossBorder = data.debtor.country !== data.creditor.country;
      const level = data.amount >= 50000 ? 'high' : crossBorder ? 'medium' : 'low';
      expect(json.data?.risk).toEqual({ cross_border: crossBorder, level });
      const route = { EUR: 'SEPA', GBP: 'FPS' }[data.currency] ?? 'SWIFT';
      expect(json.data?.route).toBe(route);
    },
  );

  it.each([
    {
      what: 'a missing creditor IBAN',
      data: { ...valid, creditor: { country: 'DE' } },
      message: 'creditor IBAN is missing',
    },
    {
      what: 'a negative amount',
      data: { ...valid, amount: -5 },
      message: 'amount must be positive',
    },
    {
      what: 'an unsupported currency',
      data: { ...valid, currency: 'XAU' },
      message: 'currency is not supported',
    },
  ])('answers 200 with a validation error for $what, as Orion does', async ({ data, message }) => {
    const { status, json } = await call(target, 'POST', '/api/v1/data/payments', payment(data));
    expect(status).toBe(200);
    expect(json.errors).toEqual([{ code: 'VALIDATION_ERROR', task_id: 'check', message }]);
  });

  it('accepts an async message with 202 and a trace id, then completes the trace', async () => {
    const submitted = await call(target, 'POST', '/api/v1/data/payments/async', payment(valid));
    expect(submitted.status).toBe(202);
    expect(submitted.json.trace_id).toMatch(/^[0-9a-f-]{36}$/);
    let trace: Answer | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
      trace = (await call(target, 'GET', `/api/v1/data/traces/${submitted.json.trace_id}`)).json;
      if (trace.data?.status !== 'pending') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(trace?.data).toMatchObject({ status: 'completed', channel: 'payments', mode: 'async' });
    expect(trace?.data?.result).toMatchObject({ status: 'ok', data: { risk: { level: 'low' } } });
  });

  it('keeps a draft channel out of the data API until it is activated', async () => {
    const created = await call(target, 'POST', '/api/v1/admin/channels', {
      channel_id: 'drafty',
      name: 'drafty',
      channel_type: 'sync',
      protocol: 'http',
      methods: ['POST'],
      route_pattern: '/drafty',
      workflow_id: 'payments-risk',
    });
    expect(created.json.data?.status).toBe('draft');
    expect((await call(target, 'POST', '/api/v1/data/drafty', payment(valid))).status).toBe(404);
    await call(target, 'PATCH', '/api/v1/admin/channels/drafty/status', { status: 'active' });
    expect((await call(target, 'POST', '/api/v1/data/drafty', payment(valid))).status).toBe(200);
    await call(target, 'PATCH', '/api/v1/admin/channels/drafty/status', { status: 'archived' });
    expect((await call(target, 'POST', '/api/v1/data/drafty', payment(valid))).status).toBe(404);
    expect((await call(target, 'DELETE', '/api/v1/admin/channels/drafty')).status).toBe(204);
    expect((await call(target, 'GET', '/api/v1/admin/channels/drafty')).status).toBe(404);
  });

  it('answers 503 when a channel allows no concurrent message at all', async () => {
    await liveChannel(target, 'closed-door', { backpressure: { max_concurrent: 0 } });
    const { status, json } = await call(target, 'POST', '/api/v1/data/closed-door', payment(valid));
    expect(status).toBe(503);
    expect(json.error).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: "Channel 'closed-door' is at capacity",
    });
  });

  it('answers 429 with Retry-After once a channel has used its burst', async () => {
    await liveChannel(target, 'trickle', { rate_limit: { requests_per_second: 1, burst: 2 } });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 3; i++) {
      last = await call(target, 'POST', '/api/v1/data/trickle', payment(valid));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(last?.headers.get('retry-after')).toBe('1');
    expect(last?.json.error).toEqual({ code: 'RATE_LIMITED', message: 'Too many requests' });
  });

  it.each([
    {
      what: 'no methods',
      body: { methods: [] },
      message: 'REST/HTTP channels must specify at least one HTTP method',
    },
    {
      what: 'no route pattern',
      body: { route_pattern: '' },
      message: 'REST/HTTP channels must specify a route_pattern',
    },
    {
      what: 'a negative max_concurrent',
      body: { config: { backpressure: { max_concurrent: -1 } } },
      message: 'config.backpressure.max_concurrent must be an integer >= 0',
    },
    {
      what: 'a zero rate',
      body: { config: { rate_limit: { requests_per_second: 0 } } },
      message: 'config.rate_limit.requests_per_second must be an integer >= 1',
    },
    {
      what: 'an unknown channel type',
      body: { channel_type: 'batch' },
      message: 'channel_type must be "sync" or "async"',
    },
  ])('refuses a channel with $what', async ({ body, message }) => {
    const channel = {
      name: 'bad',
      channel_type: 'sync',
      protocol: 'http',
      methods: ['POST'],
      route_pattern: '/bad',
      ...body,
    };
    const { status, json } = await call(target, 'POST', '/api/v1/admin/channels', channel);
    expect(status).toBe(400);
    expect(json.error).toEqual({ code: 'BAD_REQUEST', message });
  });

  it.each([
    {
      what: 'a task function it does not run',
      tasks: [{ id: 't', function: { name: 'http_call', input: {} } }],
      message: /http_call/,
    },
    {
      what: 'an operator it cannot evaluate',
      tasks: [
        {
          id: 't',
          function: {
            name: 'map',
            input: { mappings: [{ path: 'data.x', logic: { reduce: [] } }] },
          },
        },
      ],
      message: /"reduce"/,
    },
    { what: 'no tasks array', tasks: undefined, message: /tasks must be an array/ },
  ])(
    'refuses a workflow with $what at registration, not at load time',
    async ({ tasks, message }) => {
      const { status, json } = await call(target, 'POST', '/api/v1/admin/workflows', {
        name: 'w',
        tasks,
      });
      expect(status).toBe(400);
      expect(json.error?.message).toMatch(message);
    },
  );

  it.each([
    {
      what: 'a body that is not JSON',
      body: '{"data": ',
      type: 'application/json',
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      what: 'a body that is not declared as JSON',
      body: '{"data": {}}',
      type: 'text/plain',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
  ])('answers $status for $what', async ({ body, type, status, code }) => {
    const answer = await call(target, 'POST', '/api/v1/data/payments', body, type);
    expect(answer.status).toBe(status);
    expect(answer.json.error?.code).toBe(code);
  });
});

describe('Orion demo stand-in under concurrent load', () => {
  let target: RunningTarget;
  beforeAll(async () => {
    // Long enough that all requests below are in flight together, even on a busy machine.
    target = await start({ ORION_DEMO_DELAY_MS: '400' });
    await runSetup(target);
  });
  afterAll(async () => {
    await target?.stop();
  });

  it('answers 503 for messages beyond max_concurrent, and serves the rest', async () => {
    await liveChannel(target, 'pair', { backpressure: { max_concurrent: 2 } });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => call(target, 'POST', '/api/v1/data/pair', payment(valid))),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 503, 503, 503, 503]);
    // The permits come back: a later message is served again.
    expect((await call(target, 'POST', '/api/v1/data/pair', payment(valid))).status).toBe(200);
  });
});

describe('Orion demo stand-in process', () => {
  it('exits 0 on SIGTERM, also with keep-alive connections open', async () => {
    const demo = await start();
    await (await fetch(`${demo.baseUrl}/health`, { keepalive: true })).text();
    await demo.stop();
    expect(await demo.exited).toEqual({ code: 0, signal: null });
  });
});
