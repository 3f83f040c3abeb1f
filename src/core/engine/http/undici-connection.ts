/**
 * HTTP connection over one undici `Client` (one socket), driven through `dispatch` with the
 * raw-header handler API: no header parsing, no promise or stream per request. Used for TLS
 * and whenever the raw transport is not chosen.
 */
import { Client } from 'undici';
import type { Dispatcher } from 'undici';
import type { PreparedRequest } from '../prepare-requests.js';
import { classifyTransportError } from './connection.js';
import type { ConnectionOptions, HttpConnection, ResponseSink } from './connection.js';

class UndiciHandler implements Dispatcher.DispatchHandler {
  sink: ResponseSink | null = null;
  status = 0;
  bytes = 0;
  chunks: Buffer[] = [];
  constructor(
    private readonly owner: UndiciConnection,
    private readonly keepBodies: boolean,
  ) {}

  onConnect(): void {
    this.status = 0;
    this.bytes = 0;
    this.chunks.length = 0;
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
    if (this.keepBodies) this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    const sink = this.sink;
    const body = this.keepBodies
      ? this.chunks.length === 1
        ? this.chunks[0]!
        : Buffer.concat(this.chunks)
      : null;
    this.release();
    sink?.onResponse(this.status, body, this.bytes);
  }

  onError(error: Error): void {
    const sink = this.sink;
    this.release();
    sink?.onFailure(classifyTransportError(error), error);
  }

  private release(): void {
    this.sink = null;
    this.chunks = [];
    this.owner.free.push(this);
  }
}

class UndiciConnection implements HttpConnection {
  readonly free: UndiciHandler[] = [];
  private readonly client: Client;
  private closed = false;

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
    const handler = this.free.pop() ?? new UndiciHandler(this, this.options.keepBodies);
    handler.sink = sink;
    handler.status = 0;
    handler.bytes = 0;
    this.client.dispatch(request.dispatchOptions, handler);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.destroy().catch(() => undefined);
  }
}

/** Opens a connection backed by an undici `Client`. */
export function createUndiciConnection(options: ConnectionOptions): HttpConnection {
  return new UndiciConnection(options);
}
