/**
 * HTTP connection over one undici `Client` (one socket), driven through `dispatch` with the
 * raw-header handler API: no header parsing, no promise or stream per request. Used for TLS
 * and whenever the raw transport is not chosen. undici's own timeouts measure idle time only,
 * so a connection-wide timer, as in the raw transport, bounds the whole response: a body that
 * trickles forever times out instead of holding the level open.
 */
import { Client } from 'undici';
import type { Dispatcher } from 'undici';
import type { PreparedRequest } from '../prepare-requests.js';
import { classifyTransportError } from './connection.js';
import type { ConnectionOptions, HttpConnection, ResponseSink } from './connection.js';

/** Error raised by the connection's whole-response timer. */
class TransportTimeout extends Error {
  readonly code = 'BENCH_REQUEST_TIMEOUT';
}

class UndiciHandler implements Dispatcher.DispatchHandler {
  sink: ResponseSink | null = null;
  status = 0;
  bytes = 0;
  chunks: Buffer[] = [];
  kept = 0;
  overLimit = false;
  /** Aborts this request (set by undici once the request is queued on the socket). */
  abort: ((error: Error) => void) | null = null;
  constructor(
    private readonly owner: UndiciConnection,
    private readonly keepBodies: boolean,
    private readonly maxBodyBytes: number,
  ) {}

  onConnect(abort: (error?: Error) => void): void {
    this.abort = abort;
    this.owner.started();
    this.status = 0;
    this.bytes = 0;
    this.chunks.length = 0;
    this.kept = 0;
    this.overLimit = false;
  }

  onHeaders(statusCode: number, headers: Buffer[]): boolean {
    // 1xx informational answers come before the real one: keep the last status.
    this.status = statusCode;
    let bytes = 17; // "HTTP/1.1 200 OK\r\n" and the blank line, roughly
    for (let i = 0; i < headers.length; i++) bytes += headers[i]!.length + 2;
    this.bytes += bytes;
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.bytes += chunk.length;
    if (this.keepBodies && !this.overLimit) {
      if (this.kept + chunk.length > this.maxBodyBytes) {
        // Past the limit the body is only counted: drop what was kept so memory stays flat.
        this.overLimit = true;
        this.chunks = [];
        this.kept = 0;
      } else {
        this.chunks.push(chunk);
        this.kept += chunk.length;
      }
    }
    return true;
  }

  onComplete(): void {
    const sink = this.sink;
    const overLimit = this.overLimit;
    const body =
      this.keepBodies && !overLimit
        ? this.chunks.length === 1
          ? this.chunks[0]!
          : Buffer.concat(this.chunks)
        : null;
    const { status, bytes } = this;
    this.release();
    this.owner.settled(this, true);
    sink?.onResponse(status, body, bytes, overLimit);
  }

  onError(error: Error): void {
    const sink = this.sink;
    this.release();
    this.owner.settled(this, false);
    if (sink) this.owner.deliverFailure(sink, error);
  }

  private release(): void {
    this.sink = null;
    this.abort = null;
    this.chunks = [];
    this.kept = 0;
    this.overLimit = false;
    this.owner.free.push(this);
  }
}

class UndiciConnection implements HttpConnection {
  readonly free: UndiciHandler[] = [];
  private readonly client: Client;
  private closed = false;
  /** Requests dispatched and not settled, oldest first (head-indexed queue). */
  private readonly inFlight: UndiciHandler[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | null = null;
  /** True while `dispatch` runs: undici reports some errors synchronously from inside it. */
  private dispatching = false;

  constructor(private readonly options: ConnectionOptions) {
    this.client = new Client(options.origin, {
      pipelining: options.pipelining,
      headersTimeout: options.requestTimeoutMs,
      bodyTimeout: options.requestTimeoutMs,
      connectTimeout: options.connectTimeoutMs,
      keepAliveTimeout: 60_000,
      keepAliveMaxTimeout: 600_000,
    });
    // Connection errors are reported through each request's handler; keep the emitter quiet.
    this.client.on('connectionError', () => undefined);
  }

  send(request: PreparedRequest, sink: ResponseSink): void {
    if (this.closed) return;
    const handler =
      this.free.pop() ??
      new UndiciHandler(this, this.options.keepBodies, this.options.maxBodyBytes);
    handler.sink = sink;
    handler.status = 0;
    handler.bytes = 0;
    this.inFlight.push(handler);
    this.dispatching = true;
    try {
      this.client.dispatch(request.dispatchOptions, handler);
    } finally {
      this.dispatching = false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearTimer();
    await this.client.destroy().catch(() => undefined);
  }

  /** undici is about to write a request on a connected socket: its response time starts. */
  started(): void {
    if (this.timer === null) this.armTimer();
  }

  /** A request ended (answered or failed): take it off the in-flight queue. */
  settled(handler: UndiciHandler, answered: boolean): void {
    const at = this.inFlight.indexOf(handler, this.head);
    if (at === this.head) this.head++;
    else if (at > this.head) this.inFlight.splice(at, 1);
    if (this.head === this.inFlight.length) {
      this.inFlight.length = 0;
      this.head = 0;
      this.clearTimer();
    } else {
      if (this.head > 64) {
        this.inFlight.splice(0, this.head);
        this.head = 0;
      }
      if (answered) this.timer?.refresh();
    }
  }

  /**
   * Hands a failure to its sink. A failure raised synchronously inside `dispatch` (an argument
   * undici refuses) is delivered on the next turn of the event loop: a sink that sends again at
   * once would otherwise recurse until the stack overflows.
   */
  deliverFailure(sink: ResponseSink, error: Error): void {
    const failure = classifyTransportError(error);
    if (this.dispatching) setImmediate(() => sink.onFailure(failure, error));
    else sink.onFailure(failure, error);
  }

  private armTimer(): void {
    const ms = this.options.requestTimeoutMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      const error = new TransportTimeout(`no complete response within ${ms} ms`);
      for (const handler of this.inFlight.slice(this.head)) handler.abort?.(error);
    }, ms);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}

/** Opens a connection backed by an undici `Client`. */
export function createUndiciConnection(options: ConnectionOptions): HttpConnection {
  return new UndiciConnection(options);
}
