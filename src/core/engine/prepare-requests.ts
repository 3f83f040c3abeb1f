/**
 * Turns a scenario into the requests the engine sends: everything is built once, before the
 * level, so the hot path only picks a prebuilt request. The config refuses CR, LF and NUL in
 * methods, paths and headers; this checks again, whoever built the plan, so nothing that could
 * end a header or start a second request is ever written to the wire (by either transport).
 */
import type { PayloadPlan, ScenarioPlan } from '../config/plan.js';
import {
  HEADER_NAME_PATTERN,
  HEADER_VALUE_PATTERN,
  HTTP_METHODS,
  REQUEST_PATH_PATTERN,
} from '../config/schema.js';
import { inputError } from '../errors.js';

/** A request ready to send, in the shapes each transport wants. */
export interface PreparedRequest {
  method: string;
  /** Path and query. */
  path: string;
  /** Header names and values, flattened `[name, value, name, value, …]` (undici's raw form). */
  headers: string[];
  /** Request body, or null. */
  body: Buffer | null;
  /** The complete HTTP/1.1 request (request line, headers, body), for the raw transport. */
  raw: Buffer;
  /** Payload name, for messages. */
  payloadName: string;
  /** Options object handed to undici's `dispatch` as is (built once, reused for every send). */
  dispatchOptions: { method: string; path: string; headers: string[]; body: Buffer | null };
}

/** Builds one prepared request per payload (one request when the scenario has no payloads). */
export function prepareRequests(scenario: ScenarioPlan, baseUrl: string): PreparedRequest[] {
  const url = new URL(baseUrl);
  const basePath = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  const path = basePath + scenario.path;
  assertWireSafe(scenario, path);
  const host = url.host;
  const payloads: (PayloadPlan | undefined)[] =
    scenario.payloads.length > 0 ? scenario.payloads : [undefined];
  return payloads.map((payload) => {
    const body = payload ? Buffer.from(payload.body) : null;
    const headers: string[] = [];
    for (const [name, value] of Object.entries(scenario.headers)) {
      const lower = name.toLowerCase();
      // The transports own framing: a user-supplied length or host would desynchronise them.
      if (lower === 'content-length' || lower === 'host' || lower === 'transfer-encoding') continue;
      headers.push(lower, value);
    }
    let head = `${scenario.method} ${path} HTTP/1.1\r\nhost: ${host}\r\n`;
    for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
    if (body !== null || methodHasBody(scenario.method)) {
      head += `content-length: ${body?.length ?? 0}\r\n`;
    }
    head += '\r\n';
    const raw = body
      ? Buffer.concat([Buffer.from(head, 'latin1'), body])
      : Buffer.from(head, 'latin1');
    return {
      method: scenario.method,
      path,
      headers,
      body,
      raw,
      payloadName: payload?.name ?? '(no body)',
      dispatchOptions: { method: scenario.method, path, headers, body },
    };
  });
}

/** Throws `REQUEST_UNSAFE` when a method, path or header would not be one line on the wire. */
export function assertWireSafe(scenario: ScenarioPlan, path: string): void {
  const problems: string[] = [];
  if (!(HTTP_METHODS as readonly string[]).includes(scenario.method)) {
    problems.push(
      `method ${JSON.stringify(scenario.method)} is not one of ${HTTP_METHODS.join(', ')}`,
    );
  }
  if (!REQUEST_PATH_PATTERN.test(path)) {
    problems.push(`path ${JSON.stringify(path)} holds a space, control or non-ASCII character`);
  }
  for (const [name, value] of Object.entries(scenario.headers)) {
    if (!HEADER_NAME_PATTERN.test(name)) {
      problems.push(`header name ${JSON.stringify(name)} is not a token`);
    } else if (!HEADER_VALUE_PATTERN.test(value)) {
      problems.push(`header ${name} holds CR, LF, NUL or another control character`);
    }
  }
  if (problems.length > 0) {
    throw inputError(
      'REQUEST_UNSAFE',
      `Scenario ${scenario.name}: ${problems.join('; ')}; nothing was sent.`,
      'Remove line breaks and control characters from the method, path and header values (percent-encode the path).',
    );
  }
}

function methodHasBody(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}

/**
 * The order in which payloads are sent, as indices: round-robin is 0,1,2,…; weighted uses
 * smooth weighted round-robin, so a 3:1 set sends A A B A rather than A A A B, and each cycle
 * has exactly the weights' proportions.
 */
export function payloadOrder(payloads: PayloadPlan[], order: ScenarioPlan['order']): number[] {
  if (payloads.length === 0) return [0];
  if (order === 'round-robin') return payloads.map((_, i) => i);
  const weights = payloads.map((p) => Math.max(1, Math.round(p.weight)));
  const total = weights.reduce((a, b) => a + b, 0);
  const current = weights.map(() => 0);
  const sequence: number[] = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i]! += weights[i]!;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= total;
    sequence.push(best);
  }
  return sequence;
}

/** Cycles through prepared requests in payload order; shared by every connection of a level. */
export class RequestCycle {
  private next = 0;
  private readonly sequence: PreparedRequest[];

  constructor(requests: PreparedRequest[], order: number[]) {
    this.sequence = order.map((i) => requests[i]!);
  }

  /** The next request to send. */
  take(): PreparedRequest {
    const r = this.sequence[this.next]!;
    this.next = this.next + 1 === this.sequence.length ? 0 : this.next + 1;
    return r;
  }
}
