/**
 * The plan for `bench run --url URL …`: one scenario against an endpoint that already runs,
 * without a config file. Closed model with `connections` unless a rate is given.
 */
import { inputError } from '../errors.js';
import { hashCanonicalJson, sha256Hex } from './canonical-json.js';
import type { BenchPlan, LoadPlan, ScenarioPlan } from './plan.js';
import { checkLevels } from './resolve-plan.js';
import {
  HEADER_NAME_PATTERN,
  HEADER_VALUE_PATTERN,
  HTTP_METHODS,
  MAX_PIPELINING,
} from './schema.js';
import { redactHeaders, redactPath } from './secrets.js';

/** Options of an ad-hoc run, as given on the command line. */
export interface AdhocOptions {
  /** Full URL: origin plus the path and query every request uses. */
  url: string;
  /** Connections (closed model); default 50. */
  connections?: number;
  /** Arrival rate in req/s; switches to the open model. */
  rate?: number;
  /** Measured window, ms; default 10 s. */
  durationMs?: number;
  /** Warm-up, ms; default 1 s. */
  warmupMs?: number;
  /** HTTP method; default GET, or POST when a body is given. */
  method?: string;
  /** Headers as `name: value` strings. */
  headers?: string[];
  /** Request body bytes (from `--body-file`). */
  body?: Uint8Array;
  /** Name of the body in reports, e.g. the file name. */
  bodyName?: string;
  /** Requests in flight per connection; default 1. */
  pipelining?: number;
  /** Worker threads sharing the level (`--workers`); default 1. */
  workers?: number;
}

/** Status codes an ad-hoc run accepts: every 2xx and 3xx. */
export const ADHOC_STATUS = Array.from({ length: 200 }, (_, i) => 200 + i);

/** Builds the ad-hoc plan; throws `BenchError` `ARGUMENT_INVALID` listing every bad option. */
export function planFromUrl(options: AdhocOptions): BenchPlan {
  const errors: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(options.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      errors.push(`--url ${options.url}: only http:// and https:// are supported`);
    }
  } catch {
    errors.push(`--url ${options.url}: not a URL`);
  }
  const method = (options.method ?? (options.body ? 'POST' : 'GET')).toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    errors.push(
      `-m ${hasControl(options.method ?? '') ? JSON.stringify(options.method) : (options.method ?? '')}: expected one of ${HTTP_METHODS.join(', ')}`,
    );
  }
  const headers: Record<string, string> = {};
  for (const header of options.headers ?? []) {
    const colon = header.indexOf(':');
    const name = colon > 0 ? header.slice(0, colon).trim().toLowerCase() : '';
    const shown = hasControl(header) ? JSON.stringify(header) : `'${header}'`;
    if (!HEADER_NAME_PATTERN.test(name)) {
      errors.push(`-H ${shown}: expected 'name: value'`);
      continue;
    }
    const value = header.slice(colon + 1).trim();
    if (!HEADER_VALUE_PATTERN.test(value)) {
      errors.push(`-H ${shown}: the value holds CR, LF, NUL or another control character`);
      continue;
    }
    headers[name] = value;
  }
  const pipelining = options.pipelining ?? 1;
  if (!Number.isInteger(pipelining) || pipelining < 1 || pipelining > MAX_PIPELINING) {
    errors.push(`--pipelining ${pipelining}: expected an integer from 1 to ${MAX_PIPELINING}`);
  }
  const durationMs = options.durationMs ?? 10_000;
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    errors.push(`-d: expected a duration above 0 such as 10s`);
  }
  const warmupMs = options.warmupMs ?? 1_000;
  if (!Number.isFinite(warmupMs) || warmupMs < 0)
    errors.push(`--warmup: expected a duration such as 1s`);
  const model = options.rate !== undefined ? 'open' : 'closed';
  const level = options.rate ?? options.connections ?? 50;
  try {
    checkLevels(model, [level]);
  } catch (error) {
    errors.push(
      model === 'open'
        ? `--rate ${level}: ${(error as Error).message}`
        : `-c ${level}: ${(error as Error).message}`,
    );
  }
  if (errors.length > 0 || !url) {
    throw inputError(
      'ARGUMENT_INVALID',
      errors.join('\n'),
      'Fix the options above; `bench run --help` lists them.',
    );
  }
  const scenario: ScenarioPlan = {
    name: 'adhoc',
    method,
    path: `${url.pathname}${url.search}` || '/',
    headers,
    payloads: options.body
      ? [{ name: options.bodyName ?? 'body', body: options.body, weight: 1 }]
      : [],
    order: 'round-robin',
    checks: { status: ADHOC_STATUS, json: [], bodyContains: [] },
  };
  const load: LoadPlan = {
    model,
    levels: [level],
    // An open run with a given connection count uses it as the ceiling.
    ...(model === 'open' && options.connections !== undefined
      ? { maxConnections: options.connections }
      : {}),
    pipelining,
    warmupMs,
    durationMs,
    cooldownMs: 0,
    connectTimeoutMs: 5_000,
    requestTimeoutMs: 10_000,
    workers: options.workers ?? 1,
  };
  const target = { kind: 'url' as const, baseUrl: url.origin };
  const cloud = { provider: 'local' as const, vmSizes: [], regions: [], loadAgents: 1 };
  const resolvedConfig = {
    version: 1,
    name: 'adhoc',
    target,
    scenarios: [
      {
        ...scenario,
        headers: redactHeaders(scenario.headers),
        path: redactPath(scenario.path),
        payloads: scenario.payloads.map((p) => ({
          name: p.name,
          weight: p.weight,
          bytes: p.body.byteLength,
          sha256: sha256Hex(p.body),
        })),
        checks: { status: ['2xx', '3xx'], json: [], bodyContains: [] },
      },
    ],
    load,
    cloud,
  };
  return {
    name: 'adhoc',
    configHash: hashCanonicalJson(resolvedConfig),
    target,
    scenarios: [scenario],
    load,
    cloud,
    resolvedConfig,
  };
}

/** True when text holds a control character, which is shown JSON-quoted (as \r, \n…) in messages. */
function hasControl(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text);
}
