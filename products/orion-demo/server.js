// DEMO STAND-IN: not Plasmatic's Orion.
//
// A small, dependency-free stand-in shaped like Orion's HTTP API (checked against Orion's
// source and docs), so a benchmark of Orion's flow can run offline: register a workflow and a
// channel through the admin API (created as drafts, made live with PATCH .../status), then load
// the data endpoints. It evaluates a small JSONLogic subset, so answers depend on the payload,
// and it sheds load the way Orion does: 503 when a channel's `max_concurrent` is reached, 429
// when its rate limit is. It is a demo: no persistence, no versions, no Kafka, no connectors,
// and rate limits are per channel rather than per client.
//
// Run: `PORT=8788 HOST=127.0.0.1 node products/orion-demo/server.js`
//
// `ORION_DEMO_DELAY_MS` (default 2) holds every message that long on a timer (not CPU) before
// answering, so concurrent requests overlap and a channel's `max_concurrent` is reached under
// load, as it is for a real engine doing real work.
import http from 'node:http';
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';

const port = Number(process.env.PORT ?? 8788);
const host = process.env.HOST ?? '127.0.0.1';
const delayMs = Number(process.env.ORION_DEMO_DELAY_MS ?? 2);
if (!Number.isFinite(delayMs) || delayMs < 0) {
  process.stderr.write(
    `orion demo stand-in: ORION_DEMO_DELAY_MS must be a number >= 0, got "${process.env.ORION_DEMO_DELAY_MS}"\n`,
  );
  process.exit(1);
}
// Bodies above this are refused rather than buffered: a demo should not be an easy OOM.
const maxBodyBytes = 1024 * 1024;
// Async traces kept for polling; the oldest are dropped first so a long load stays bounded.
const maxTraces = 10_000;
// Async messages waiting or running per channel when its config names no queue_depth.
const defaultQueueDepth = 1000;
// Task functions this stand-in knows (Orion has more: http_call, db_read, publish_kafka, …).
const knownFunctions = new Set(['map', 'validation', 'log']);
// Identifiers as Orion accepts them: letters, digits, '-', '_' and '.'.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

// ---------------------------------------------------------------------------------------------
// JSONLogic subset: var, comparison, logic, arithmetic, if, in, cat, min, max.
// ---------------------------------------------------------------------------------------------

/** Value at a dotted path (`data.amount`, `data.items.0`), or undefined. */
function lookup(context, path) {
  if (path === '' || path === null || path === undefined) return context;
  let value = context;
  for (const key of String(path).split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[key];
  }
  return value;
}

/** JSONLogic truthiness: empty arrays are false, everything else as in JavaScript. */
function truthy(value) {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Loose equality as JSONLogic defines it (numbers and numeric strings compare as numbers). */
function looseEqual(a, b) {
  return a == b;
}

const operators = {
  '==': ([a, b]) => looseEqual(a, b),
  '!=': ([a, b]) => !looseEqual(a, b),
  '===': ([a, b]) => a === b,
  '!==': ([a, b]) => a !== b,
  '>': ([a, b]) => a > b,
  '>=': ([a, b]) => a >= b,
  // `{"<": [a, b, c]}` is "b between a and c", exclusive; `<=` inclusive.
  '<': ([a, b, c]) => (c === undefined ? a < b : a < b && b < c),
  '<=': ([a, b, c]) => (c === undefined ? a <= b : a <= b && b <= c),
  '!': ([a]) => !truthy(a),
  '!!': ([a]) => truthy(a),
  '+': (args) => args.reduce((sum, x) => sum + Number(x), 0),
  '*': (args) => args.reduce((product, x) => product * Number(x), 1),
  '-': ([a, b]) => (b === undefined ? -Number(a) : Number(a) - Number(b)),
  '/': ([a, b]) => Number(a) / Number(b),
  '%': ([a, b]) => Number(a) % Number(b),
  min: (args) => Math.min(...args.map(Number)),
  max: (args) => Math.max(...args.map(Number)),
  cat: (args) => args.map((x) => (x === null || x === undefined ? '' : String(x))).join(''),
  in: ([needle, haystack]) =>
    Array.isArray(haystack) || typeof haystack === 'string' ? haystack.includes(needle) : false,
};

/** Evaluates a JSONLogic expression against `context`; throws on an unknown operator. */
function evaluate(logic, context) {
  if (Array.isArray(logic)) return logic.map((item) => evaluate(item, context));
  if (logic === null || typeof logic !== 'object') return logic;
  const keys = Object.keys(logic);
  if (keys.length !== 1) return logic;
  const op = keys[0];
  const raw = logic[op];
  const args = Array.isArray(raw) ? raw : [raw];
  // These evaluate their arguments lazily.
  if (op === 'var') {
    const [path, fallback] = args.map((a) => evaluate(a, context));
    const value = lookup(context, path);
    return value === undefined || value === null ? (fallback ?? null) : value;
  }
  if (op === 'if' || op === '?:') {
    let i = 0;
    for (; i + 1 < args.length; i += 2) {
      if (truthy(evaluate(args[i], context))) return evaluate(args[i + 1], context);
    }
    return i < args.length ? evaluate(args[i], context) : null;
  }
  if (op === 'and') {
    let value = true;
    for (const arg of args) {
      value = evaluate(arg, context);
      if (!truthy(value)) return value;
    }
    return value;
  }
  if (op === 'or') {
    let value = false;
    for (const arg of args) {
      value = evaluate(arg, context);
      if (truthy(value)) return value;
    }
    return value;
  }
  const fn = operators[op];
  if (!fn) throw new Error(`unknown JSONLogic operator "${op}"`);
  return fn(args.map((a) => evaluate(a, context)));
}

/** Sets a dotted path in `target`, creating objects on the way. */
function assign(target, path, value) {
  const keys = String(path).split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}

/**
 * Runs a workflow on a message (`{ data, metadata }`) as DataFlow does: when the condition holds,
 * each task in turn; `map` writes `logic` results to paths of the message, `validation` records
 * an error for every rule whose `logic` is false, `log` does nothing here.
 */
function runWorkflow(workflow, message) {
  const errors = [];
  if (!truthy(evaluate(workflow.condition, message))) return errors;
  for (const task of workflow.tasks) {
    const fn = task.function;
    if (fn.name === 'map') {
      for (const mapping of fn.input?.mappings ?? []) {
        assign(message, mapping.path, evaluate(mapping.logic, message));
      }
    } else if (fn.name === 'validation') {
      for (const rule of fn.input?.rules ?? []) {
        if (!truthy(evaluate(rule.logic, message))) {
          errors.push({
            code: 'VALIDATION_ERROR',
            task_id: task.id,
            message: rule.message ?? 'validation failed',
          });
        }
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Registry: workflows and channels, draft → active → archived, as Orion's admin API has them.
// ---------------------------------------------------------------------------------------------

const workflows = new Map();
const channels = new Map();
/** Per channel id: in-flight sync messages, queued async messages, token bucket. */
const runtime = new Map();
/** Async traces by id, oldest first. */
const traces = new Map();
const statuses = new Set(['draft', 'active', 'archived']);

function now() {
  return new Date().toISOString();
}

/** An Orion-style error answer. */
function problem(status, code, message) {
  return { status, body: { error: { code, message } } };
}

function badRequest(message) {
  return problem(400, 'BAD_REQUEST', message);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isCount(value) {
  return Number.isInteger(value) && value >= 0;
}

/** Checks JSONLogic for operators this stand-in cannot evaluate, so errors show at setup. */
function unknownOperator(logic) {
  if (Array.isArray(logic)) return logic.map(unknownOperator).find(Boolean);
  if (!isObject(logic)) return undefined;
  const keys = Object.keys(logic);
  if (keys.length !== 1) return undefined;
  const op = keys[0];
  if (!(op in operators) && !['var', 'if', '?:', 'and', 'or'].includes(op)) return op;
  return unknownOperator(logic[op]);
}

function createWorkflow(body) {
  if (!isObject(body)) return badRequest('body must be a JSON object');
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    return badRequest('Name must not be empty');
  }
  if (!Array.isArray(body.tasks)) return badRequest('tasks must be an array');
  const id = body.workflow_id ?? randomUUID();
  if (typeof id !== 'string' || !idPattern.test(id)) {
    return badRequest('workflow_id must be letters, digits, ".", "-" or "_"');
  }
  if (workflows.has(id)) return problem(409, 'CONFLICT', `Workflow '${id}' already exists`);
  for (const [i, task] of body.tasks.entries()) {
    const name = task?.function?.name;
    if (!knownFunctions.has(name)) {
      return badRequest(`tasks[${i}].function.name "${name}" is not one the demo stand-in runs`);
    }
  }
  const condition = body.condition ?? true;
  const logic = [condition];
  for (const task of body.tasks) {
    for (const mapping of task.function.input?.mappings ?? []) logic.push(mapping?.logic);
    for (const rule of task.function.input?.rules ?? []) logic.push(rule?.logic);
  }
  const bad = unknownOperator(logic);
  if (bad) return badRequest(`JSONLogic operator "${bad}" is not one the demo stand-in evaluates`);
  const workflow = {
    workflow_id: id,
    version: 1,
    name: body.name,
    description: body.description ?? null,
    priority: Number.isInteger(body.priority) ? body.priority : 0,
    condition,
    tasks: body.tasks,
    tags: Array.isArray(body.tags) ? body.tags : [],
    status: 'draft',
    created_at: now(),
    updated_at: now(),
  };
  workflows.set(id, workflow);
  return { status: 201, body: { data: workflow } };
}

function createChannel(body) {
  if (!isObject(body)) return badRequest('body must be a JSON object');
  if (typeof body.name !== 'string' || !idPattern.test(body.name)) {
    return badRequest('name must be letters, digits, ".", "-" or "_"');
  }
  if (body.channel_type !== 'sync' && body.channel_type !== 'async') {
    return badRequest('channel_type must be "sync" or "async"');
  }
  if (body.protocol !== 'http' && body.protocol !== 'rest') {
    return badRequest('protocol must be "http" or "rest" in the demo stand-in');
  }
  if (!Array.isArray(body.methods) || body.methods.length === 0) {
    return badRequest('REST/HTTP channels must specify at least one HTTP method');
  }
  if (typeof body.route_pattern !== 'string' || body.route_pattern.trim() === '') {
    return badRequest('REST/HTTP channels must specify a route_pattern');
  }
  const config = body.config ?? {};
  if (!isObject(config)) return badRequest('config must be an object');
  const { backpressure, rate_limit: rateLimit } = config;
  if (backpressure !== undefined) {
    if (!isObject(backpressure) || !isCount(backpressure.max_concurrent)) {
      return badRequest('config.backpressure.max_concurrent must be an integer >= 0');
    }
    if (backpressure.queue_depth !== undefined && !isCount(backpressure.queue_depth)) {
      return badRequest('config.backpressure.queue_depth must be an integer >= 0');
    }
  }
  if (rateLimit !== undefined) {
    if (
      !isObject(rateLimit) ||
      !Number.isInteger(rateLimit.requests_per_second) ||
      rateLimit.requests_per_second < 1
    ) {
      return badRequest('config.rate_limit.requests_per_second must be an integer >= 1');
    }
    if (rateLimit.burst !== undefined && !isCount(rateLimit.burst)) {
      return badRequest('config.rate_limit.burst must be an integer >= 0');
    }
  }
  const id = body.channel_id ?? randomUUID();
  if (typeof id !== 'string' || !idPattern.test(id)) {
    return badRequest('channel_id must be letters, digits, ".", "-" or "_"');
  }
  if (channels.has(id)) return problem(409, 'CONFLICT', `Channel '${id}' already exists`);
  const channel = {
    channel_id: id,
    version: 1,
    name: body.name,
    description: body.description ?? null,
    channel_type: body.channel_type,
    protocol: body.protocol,
    methods: body.methods,
    route_pattern: body.route_pattern,
    workflow_id: body.workflow_id ?? null,
    config,
    status: 'draft',
    priority: Number.isInteger(body.priority) ? body.priority : 0,
    created_at: now(),
    updated_at: now(),
  };
  channels.set(id, channel);
  return { status: 201, body: { data: channel } };
}

/** PATCH …/{id}/status: draft → active makes it live; archived takes it out. */
function changeStatus(registry, kind, id, body) {
  const entity = registry.get(id);
  if (!entity) return problem(404, 'NOT_FOUND', `${kind} with id '${id}' not found`);
  if (!isObject(body) || !statuses.has(body.status)) {
    return badRequest('status must be "draft", "active" or "archived"');
  }
  entity.status = body.status;
  entity.updated_at = now();
  if (kind === 'Channel') runtime.delete(id);
  return { status: 200, body: { data: entity } };
}

/** The live channel a data request names, by name or by `/name` route, or undefined. */
function liveChannel(name, method) {
  for (const channel of channels.values()) {
    if (channel.status !== 'active') continue;
    if (channel.name !== name && channel.route_pattern !== `/${name}`) continue;
    if (!channel.methods.includes(method)) continue;
    return channel;
  }
  return undefined;
}

function channelRuntime(channel) {
  let state = runtime.get(channel.channel_id);
  if (!state) {
    const rate = channel.config.rate_limit;
    const capacity = rate ? (rate.burst ?? rate.requests_per_second) : 0;
    state = { inFlight: 0, queued: 0, tokens: capacity, refilledAt: performance.now() };
    runtime.set(channel.channel_id, state);
  }
  return state;
}

/** Token bucket: `requests_per_second` tokens a second, at most `burst` (default the rate). */
function takeToken(channel, state) {
  const rate = channel.config.rate_limit;
  if (!rate) return true;
  const capacity = Math.max(rate.burst ?? rate.requests_per_second, 1);
  const at = performance.now();
  state.tokens = Math.min(
    capacity,
    state.tokens + ((at - state.refilledAt) / 1000) * rate.requests_per_second,
  );
  state.refilledAt = at;
  if (state.tokens < 1) return false;
  state.tokens -= 1;
  return true;
}

/** Runs a message through the channel's workflow (when one is active) and builds the answer. */
function processMessage(channel, request) {
  const message = {
    data: isObject(request.data) ? request.data : {},
    metadata: isObject(request.metadata) ? request.metadata : {},
  };
  const workflow = workflows.get(channel.workflow_id);
  const errors = workflow?.status === 'active' ? runWorkflow(workflow, message) : [];
  return { id: randomUUID(), status: 'ok', data: message.data, errors };
}

function rememberTrace(trace) {
  traces.set(trace.id, trace);
  if (traces.size > maxTraces) traces.delete(traces.keys().next().value);
}

function later(fn) {
  if (delayMs > 0) setTimeout(fn, delayMs);
  else setImmediate(fn);
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

/** Send a JSON answer (or an empty one for 204). */
function send(res, status, body, headers = {}) {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Reads a JSON body; answers 413/415/400 itself and resolves undefined when it did. */
function readJson(req, res) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBodyBytes && !refused) {
        refused = true;
        const p = problem(413, 'PAYLOAD_TOO_LARGE', `body over ${maxBodyBytes} bytes`);
        send(res, p.status, p.body);
        resolve(undefined);
      }
      if (!refused) chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        resolve({});
        return;
      }
      if (!/^application\/([\w.+-]*\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
        const p = problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
        send(res, p.status, p.body);
        resolve(undefined);
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        const p = badRequest(`Invalid JSON body: ${error.message}`);
        send(res, p.status, p.body);
        resolve(undefined);
      }
    });
  });
}

/** `/api/v1/admin/{workflows|channels}[/{id}[/status]]`. */
async function handleAdmin(req, res, parts) {
  const [kindPath, id, action] = parts;
  const registry = kindPath === 'workflows' ? workflows : kindPath === 'channels' ? channels : null;
  const kind = kindPath === 'workflows' ? 'Workflow' : 'Channel';
  if (!registry || parts.length > 3 || (action !== undefined && action !== 'status')) {
    req.resume();
    const p = problem(404, 'NOT_FOUND', `no route for ${req.method} ${req.url}`);
    send(res, p.status, p.body);
    return;
  }
  let answer;
  if (id === undefined && req.method === 'POST') {
    const body = await readJson(req, res);
    if (body === undefined) return;
    answer = registry === workflows ? createWorkflow(body) : createChannel(body);
  } else if (id === undefined && req.method === 'GET') {
    req.resume();
    const data = [...registry.values()];
    answer = { status: 200, body: { data, total: data.length, limit: data.length, offset: 0 } };
  } else if (id !== undefined && action === 'status' && req.method === 'PATCH') {
    const body = await readJson(req, res);
    if (body === undefined) return;
    answer = changeStatus(registry, kind, id, body);
  } else if (id !== undefined && action === undefined && req.method === 'GET') {
    req.resume();
    const entity = registry.get(id);
    answer = entity
      ? { status: 200, body: { data: entity } }
      : problem(404, 'NOT_FOUND', `${kind} with id '${id}' not found`);
  } else if (id !== undefined && action === undefined && req.method === 'DELETE') {
    req.resume();
    if (registry.delete(id)) {
      runtime.delete(id);
      answer = { status: 204 };
    } else {
      answer = problem(404, 'NOT_FOUND', `${kind} with id '${id}' not found`);
    }
  } else {
    req.resume();
    answer = problem(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.url}`);
  }
  send(res, answer.status, answer.body);
}

/** `/api/v1/data/{channel}`, `/api/v1/data/{channel}/async`, `/api/v1/data/traces/{id}`. */
async function handleData(req, res, parts) {
  if (parts[0] === 'traces' && parts.length === 2 && req.method === 'GET') {
    req.resume();
    const trace = traces.get(parts[1]);
    if (trace) send(res, 200, { data: trace });
    else send(res, 404, { error: { code: 'NOT_FOUND', message: `Trace '${parts[1]}' not found` } });
    return;
  }
  const isAsync = parts.length === 2 && parts[1] === 'async';
  if (parts.length === 0 || parts.length > 2 || (parts.length === 2 && !isAsync)) {
    req.resume();
    const p = problem(404, 'NOT_FOUND', `No channel matches ${req.method} /${parts.join('/')}`);
    send(res, p.status, p.body);
    return;
  }
  const name = parts[0];
  const channel = liveChannel(name, req.method);
  if (!channel) {
    req.resume();
    const p = problem(404, 'NOT_FOUND', `No channel matches ${req.method} /${name}`);
    send(res, p.status, p.body);
    return;
  }
  const state = channelRuntime(channel);
  // Orion checks the rate limit before anything else (a middleware), and answers Retry-After.
  if (!takeToken(channel, state)) {
    req.resume();
    send(
      res,
      429,
      { error: { code: 'RATE_LIMITED', message: 'Too many requests' } },
      { 'retry-after': '1' },
    );
    return;
  }
  const body = await readJson(req, res);
  if (body === undefined) return;
  const backpressure = channel.config.backpressure;
  if (isAsync) {
    const depth = backpressure?.queue_depth ?? defaultQueueDepth;
    if (state.queued >= depth) {
      const p = problem(503, 'SERVICE_UNAVAILABLE', `Channel '${name}' queue is full`);
      send(res, p.status, p.body);
      return;
    }
    const trace = { id: randomUUID(), channel: name, mode: 'async', status: 'pending' };
    rememberTrace(trace);
    state.queued += 1;
    later(() => {
      state.queued -= 1;
      try {
        trace.result = processMessage(channel, body);
        trace.status = 'completed';
      } catch (error) {
        trace.status = 'failed';
        trace.error = { code: 'INTERNAL_ERROR', message: `workflow failed: ${error.message}` };
      }
    });
    send(res, 202, { trace_id: trace.id });
    return;
  }
  if (backpressure && state.inFlight >= backpressure.max_concurrent) {
    const p = problem(503, 'SERVICE_UNAVAILABLE', `Channel '${name}' is at capacity`);
    send(res, p.status, p.body);
    return;
  }
  state.inFlight += 1;
  let answer;
  try {
    answer = { status: 200, body: processMessage(channel, body) };
  } catch (error) {
    answer = problem(500, 'INTERNAL_ERROR', `workflow failed: ${error.message}`);
  }
  later(() => {
    state.inFlight -= 1;
    send(res, answer.status, answer.body);
  });
}

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    req.resume();
    const loaded = [...workflows.values()].filter((w) => w.status === 'active').length;
    send(res, 200, {
      status: 'ok',
      service: 'bench-action Orion demo stand-in',
      workflows_loaded: loaded,
    });
    return;
  }
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'api' && segments[1] === 'v1' && segments[2] === 'admin') {
    handleAdmin(req, res, segments.slice(3)).catch((error) => fail(res, error));
    return;
  }
  if (segments[0] === 'api' && segments[1] === 'v1' && segments[2] === 'data') {
    handleData(req, res, segments.slice(3)).catch((error) => fail(res, error));
    return;
  }
  req.resume();
  const p = problem(404, 'NOT_FOUND', `no route for ${req.method} ${path}`);
  send(res, p.status, p.body);
});

/** A bug in the stand-in: answer 500 rather than leave the client hanging. */
function fail(res, error) {
  if (!res.headersSent)
    send(res, 500, { error: { code: 'INTERNAL_ERROR', message: String(error) } });
}

// Load generators hold connections open; keep them longer than their idle pools do.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.on('error', (error) => {
  const reason =
    error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use` : error.message;
  process.stderr.write(`orion demo stand-in: cannot listen: ${reason}\n`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `Orion demo stand-in (bench-action, not Orion) listening on http://${host}:${shown}\n`,
  );
});

/** Stop accepting, drop idle keep-alive sockets, and exit 0. */
function shutdown(signal) {
  process.stdout.write(`orion demo stand-in: ${signal}, closing\n`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
