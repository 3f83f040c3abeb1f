/**
 * HTTP/1.1 over a plain TCP socket with prebuilt request bytes and a minimal response parser:
 * the cheapest path per request, used for plain `http:` targets. Anything unusual (TLS,
 * HTTP/2) goes through undici instead. Only bytes built (and checked) by `prepareRequests` are
 * written. A response nobody asked for (more responses than requests, bytes on an idle
 * connection) is a protocol error for the connection, never a success for the next request.
 */
import net from 'node:net';
import type { PreparedRequest } from '../prepare-requests.js';
import { Http1ResponseParser, ResponseParseError } from './http1-response-parser.js';
import type {
  ConnectionOptions,
  HttpConnection,
  ResponseSink,
  TransportFailure,
} from './connection.js';

/**
 * Every raw socket of this thread reads into this one buffer (`net.connect`'s `onread`), so a
 * read allocates nothing: Node otherwise makes a new Buffer for every chunk it reads, which at
 * tens of thousands of responses a second is most of the garbage the generator makes. It is
 * safe because a read is handed to the parser synchronously and the parser copies whatever it
 * keeps past the call (a partial head, a body kept for checks).
 */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/** Error raised by the raw transport's own timers. */
class TransportTimeout extends Error {
  constructor(
    readonly code: 'BENCH_CONNECT_TIMEOUT' | 'BENCH_REQUEST_TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

/** One socket and its parser; a connection replaces it when the target closes or misbehaves. */
interface SocketState {
  readonly socket: net.Socket;
  readonly parser: Http1ResponseParser;
  /** Responses the bytes being parsed may still answer: requests written before they arrived. */
  answerable: number;
}

class RawConnection implements HttpConnection {
  private current: SocketState | null = null;
  // Stryker disable next-line BooleanLiteral: equivalent, open() sets it before any use
  private connected = false;
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
    // Stryker disable next-line Regex: equivalent, a URL's hostname holds brackets only around an IPv6 address
    this.host = url.hostname.replace(/^\[|\]$/g, '');
    this.port = Number(url.port || 80);
  }

  send(request: PreparedRequest, sink: ResponseSink): void {
    if (this.closed) return;
    const state = this.current ?? this.open();
    this.sinks.push(sink);
    this.requests.push(request);
    state.socket.write(request.raw);
    if (this.pending() === 1) this.armTimer();
  }

  async close(): Promise<void> {
    // Stryker disable next-line ConditionalExpression: equivalent, a second close finds no socket and nothing to clear
    if (this.closed) return;
    this.closed = true;
    this.clearTimer();
    const state = this.current;
    this.current = null;
    if (state) {
      state.parser.stop();
      const socket = state.socket;
      // Stryker disable next-line ConditionalExpression: equivalent, the current socket is never destroyed (every path that destroys one first makes it not current)
      if (!socket.destroyed) {
        await new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.destroy();
        });
      }
    }
  }

  private open(): SocketState {
    const socket = net.connect({
      host: this.host,
      port: this.port,
      // Stryker disable next-line BooleanLiteral: not observable without timing, pipelined writes would wait for ACKs (Nagle)
      noDelay: true,
      onread: { buffer: READ_BUFFER, callback: (n, buffer) => this.onRead(state, buffer, n) },
    });
    const state: SocketState = {
      socket,
      parser: new Http1ResponseParser(
        {
          // Stryker disable next-line OptionalChaining: equivalent, a response with no request either way fails the socket as a protocol error (TypeError or ResponseParseError, both caught in onRead)
          expectsBody: () => this.requests[this.head]?.method !== 'HEAD',
          onResponse: (status, body, bytes, keepAlive, bodyOverLimit) =>
            this.onResponse(state, status, body, bytes, keepAlive, bodyOverLimit),
        },
        this.options.keepBodies,
        this.options.maxBodyBytes,
      ),
      answerable: 0,
    };
    this.current = state;
    this.connected = false;
    // Stryker disable next-line BooleanLiteral: TCP keep-alive probes are not observable in a test
    socket.setKeepAlive(true, 60_000);
    socket.on('connect', () => {
      // Stryker disable next-line ConditionalExpression: equivalent, a socket given up is destroyed and emits no 'connect'
      if (this.current !== state) return;
      this.connected = true;
      // Swap the connect timeout for the response timeout.
      this.clearTimer();
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a timer armed with nothing pending finds nothing to time out
      if (this.pending() > 0) this.armTimer();
    });
    socket.on('end', () => {
      // Stryker disable next-line ConditionalExpression: equivalent, a socket given up is destroyed and emits no 'end'
      if (this.current !== state) return;
      // A body read until the connection closes completes here (and retires the socket).
      state.parser.end();
      this.fail(state, 'reset', new Error('connection closed by the target'));
    });
    socket.on('error', (error: Error) => {
      // An error before the socket connected (refused, unreachable) is a connect failure.
      const failure: TransportFailure = this.connected ? 'reset' : 'connect';
      this.fail(state, failure, error);
    });
    // Stryker disable all: equivalent, Node emits 'end' or 'error' before 'close' for every socket this connection has not given up itself; kept so a socket that closes some other way cannot leave requests waiting
    socket.on('close', () => {
      if (this.current === state) this.fail(state, 'reset', new Error('connection closed'));
    });
    // Stryker restore all
    return state;
  }

  /** Bytes read into the shared buffer: parsed before the next read can overwrite them. */
  private onRead(state: SocketState, buffer: Uint8Array, n: number): boolean {
    // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, a socket given up is destroyed and reads nothing more
    if (this.current !== state) return true;
    state.answerable = this.pending();
    try {
      if (state.answerable === 0) {
        // Stryker disable next-line StringLiteral: equivalent, with nothing outstanding no request receives this message
        throw new ResponseParseError('the target sent bytes with no request outstanding');
      }
      state.parser.execute(Buffer.from(buffer.buffer, buffer.byteOffset, n));
    } catch (error) {
      this.fail(state, 'protocol', error as Error);
    }
    return true;
  }

  private onResponse(
    state: SocketState,
    status: number,
    body: Buffer | null,
    bytes: number,
    keepAlive: boolean,
    bodyOverLimit: boolean,
  ): void {
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, giving a socket up stops its parser, which then calls back no more; kept as the guard it states
    if (this.current !== state) {
      // The socket was given up while this chunk was being parsed: nothing it says counts.
      state.parser.stop();
      return;
    }
    if (state.answerable === 0) {
      // More responses than requests written before the bytes came: one arrived before its
      // request, or is an extra. Pairing it with a request sent since would fake a success.
      // Stryker disable next-line StringLiteral: equivalent, the bytes came with nothing left outstanding, so no request receives this message
      throw new ResponseParseError('a response arrived with no request outstanding');
    }
    state.answerable--;
    const sink = this.shift();
    if (!keepAlive) {
      this.retire(state);
    } else {
      // With nothing outstanding the timer stays armed: it finds nothing to time out when it
      // fires, and the next send restarts it (`refresh`), instead of every request allocating
      // a new timer and clearing it again.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: equivalent, a refresh with nothing pending finds nothing to time out, and the timer is armed whenever a request is pending
      if (this.pending() > 0) this.timer?.refresh();
    }
    // Stryker disable next-line OptionalChaining: equivalent, answerable > 0 means a sink is waiting
    sink?.onResponse(status, body, bytes, bodyOverLimit);
  }

  /** The response was not persistent (`Connection: close`, HTTP/1.0, read-until-close): reconnect. */
  private retire(state: SocketState): void {
    // Stryker disable next-line ConditionalExpression: equivalent, only called for the current socket
    if (this.current !== state) return;
    this.current = null;
    // Stryker disable next-line BooleanLiteral: equivalent, open() sets it again before any use
    this.connected = false;
    this.forget(state);
    // Requests written after the one that closed were never answered: send them again.
    const sinks = this.sinks.splice(this.head);
    const requests = this.requests.splice(this.head);
    this.resetQueue();
    this.clearTimer();
    for (let i = 0; i < sinks.length; i++) this.send(requests[i]!, sinks[i]!);
  }

  /** Fails every request in flight on the current socket and forgets the socket. */
  private fail(state: SocketState, failure: TransportFailure, error: Error): void {
    this.forget(state);
    if (this.current !== state) return;
    this.current = null;
    // Stryker disable next-line BooleanLiteral: equivalent, open() sets it again before any use
    this.connected = false;
    this.clearTimer();
    const sinks = this.sinks.splice(this.head);
    this.resetQueue();
    for (const sink of sinks) sink.onFailure(failure, error);
  }

  /** Stops listening to a socket and destroys it. */
  private forget(state: SocketState): void {
    state.parser.stop();
    // Its 'error' listener stays, so an error while it closes is never unhandled; it returns at
    // once for a socket that is not current.
    state.socket.destroy();
  }

  private resetQueue(): void {
    this.sinks.length = 0;
    this.requests.length = 0;
    this.head = 0;
  }

  private shift(): ResponseSink | undefined {
    const sink = this.sinks[this.head];
    this.head++;
    // Stryker disable all: equivalent in behaviour, these only bound the memory the queue keeps (both arrays are cut alike)
    if (this.head === this.sinks.length) {
      this.resetQueue();
    } else if (this.head > 64) {
      this.sinks.splice(0, this.head);
      this.requests.splice(0, this.head);
      this.head = 0;
    }
    // Stryker restore all
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
      const state = this.current;
      if (!state || this.pending() === 0) return;
      if (!this.connected) {
        this.fail(
          state,
          'connect',
          new TransportTimeout('BENCH_CONNECT_TIMEOUT', `connect timeout after ${ms} ms`),
        );
      } else {
        this.fail(
          state,
          'timeout',
          new TransportTimeout('BENCH_REQUEST_TIMEOUT', `no response within ${ms} ms`),
        );
      }
    }, ms);
    this.timer.unref();
  }

  private clearTimer(): void {
    // Stryker disable next-line ConditionalExpression: equivalent, clearTimeout(null) does nothing
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
