/**
 * HTTP/1.1 over a plain TCP socket with prebuilt request bytes and a minimal response parser:
 * the cheapest path per request, used for plain `http:` targets. Anything unusual (TLS,
 * HTTP/2) goes through undici instead.
 */
import net from 'node:net';
import type { PreparedRequest } from '../prepare-requests.js';
import { Http1ResponseParser } from './http1-response-parser.js';
import type { ResponseEvents } from './http1-response-parser.js';
import type {
  ConnectionOptions,
  HttpConnection,
  ResponseSink,
  TransportFailure,
} from './connection.js';

/** Error raised by the raw transport's own timers. */
class TransportTimeout extends Error {
  constructor(
    readonly code: 'BENCH_CONNECT_TIMEOUT' | 'BENCH_REQUEST_TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

class RawConnection implements HttpConnection, ResponseEvents {
  private socket: net.Socket | null = null;
  private connected = false;
  private parser: Http1ResponseParser | null = null;
  /** Requests written and not yet answered, oldest first. */
  private readonly sinks: ResponseSink[] = [];
  private readonly requests: PreparedRequest[] = [];
  private head = 0;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly host: string;
  private readonly port: number;

  constructor(private readonly options: ConnectionOptions) {
    const url = new URL(options.origin);
    this.host = url.hostname.replace(/^\[|\]$/g, '');
    this.port = Number(url.port || 80);
  }

  send(request: PreparedRequest, sink: ResponseSink): void {
    if (this.closed) return;
    const socket = this.socket ?? this.open();
    this.sinks.push(sink);
    this.requests.push(request);
    socket.write(request.raw);
    if (this.pending() === 1) this.armTimer();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearTimer();
    const socket = this.socket;
    this.socket = null;
    if (socket && !socket.destroyed) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.destroy();
      });
    }
  }

  expectsBody(): boolean {
    return this.requests[this.head]?.method !== 'HEAD';
  }

  onResponse(status: number, body: Buffer | null, bytes: number, keepAlive: boolean): void {
    const sink = this.shift();
    if (!keepAlive) this.retire();
    else if (this.pending() > 0) this.timer?.refresh();
    else this.clearTimer();
    sink?.onResponse(status, body, bytes);
  }

  private open(): net.Socket {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    this.socket = socket;
    this.connected = false;
    const parser = new Http1ResponseParser(this, this.options.keepBodies);
    this.parser = parser;
    socket.setKeepAlive(true, 60_000);
    socket.on('connect', () => {
      if (this.socket !== socket) return;
      this.connected = true;
      // Swap the connect timeout for the response timeout.
      this.clearTimer();
      if (this.pending() > 0) this.armTimer();
    });
    socket.on('data', (chunk: Buffer) => {
      if (this.socket !== socket) return;
      try {
        parser.execute(chunk);
      } catch (error) {
        this.fail(socket, 'reset', error as Error);
      }
    });
    socket.on('end', () => {
      if (this.socket !== socket) return;
      parser.end();
      this.fail(socket, 'reset', new Error('connection closed by the target'));
    });
    socket.on('error', (error: Error & { code?: string }) => {
      if (this.socket !== socket) return;
      const failure: TransportFailure =
        !this.connected || error.code === 'ECONNREFUSED' ? 'connect' : 'reset';
      this.fail(socket, failure, error);
    });
    socket.on('close', () => {
      if (this.socket === socket) this.fail(socket, 'reset', new Error('connection closed'));
    });
    return socket;
  }

  /** The target said `Connection: close` (or read-until-close): later requests need a new socket. */
  private retire(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    this.connected = false;
    socket.removeAllListeners('data');
    socket.on('error', () => undefined);
    socket.destroy();
    // Requests written after the one that closed were never answered: send them again.
    this.resendPending();
  }

  private resendPending(): void {
    const sinks = this.sinks.splice(this.head);
    const requests = this.requests.splice(this.head);
    this.sinks.length = 0;
    this.requests.length = 0;
    this.head = 0;
    this.clearTimer();
    for (let i = 0; i < sinks.length; i++) this.send(requests[i]!, sinks[i]!);
  }

  /** Fails every request in flight on `socket` and forgets the socket. */
  private fail(socket: net.Socket, failure: TransportFailure, error: Error): void {
    if (this.socket === socket) {
      this.socket = null;
      this.connected = false;
    }
    socket.removeAllListeners('data');
    socket.on('error', () => undefined);
    socket.destroy();
    this.clearTimer();
    const sinks = this.sinks.splice(this.head);
    this.sinks.length = 0;
    this.requests.length = 0;
    this.head = 0;
    for (const sink of sinks) sink.onFailure(failure, error);
  }

  private shift(): ResponseSink | undefined {
    const sink = this.sinks[this.head];
    this.head++;
    if (this.head === this.sinks.length) {
      this.sinks.length = 0;
      this.requests.length = 0;
      this.head = 0;
    } else if (this.head > 64) {
      this.sinks.splice(0, this.head);
      this.requests.splice(0, this.head);
      this.head = 0;
    }
    return sink;
  }

  private pending(): number {
    return this.sinks.length - this.head;
  }

  private armTimer(): void {
    const connecting = !this.connected;
    const ms = connecting ? this.options.connectTimeoutMs : this.options.requestTimeoutMs;
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      const socket = this.socket;
      if (!socket || this.pending() === 0) return;
      if (!this.connected) {
        this.fail(
          socket,
          'connect',
          new TransportTimeout('BENCH_CONNECT_TIMEOUT', `connect timeout after ${ms} ms`),
        );
      } else {
        this.fail(
          socket,
          'timeout',
          new TransportTimeout('BENCH_REQUEST_TIMEOUT', `no response within ${ms} ms`),
        );
      }
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

/** Opens a raw HTTP/1.1 connection (plain `http:` origins only). */
export function createRawConnection(options: ConnectionOptions): HttpConnection {
  if (!options.origin.startsWith('http:')) {
    throw new Error(`the raw transport speaks plain HTTP only, not ${options.origin}`);
  }
  return new RawConnection(options);
}
