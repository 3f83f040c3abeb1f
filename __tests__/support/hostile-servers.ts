/**
 * Loopback TCP servers that break HTTP on purpose, below what `http.createServer` lets a test
 * do: never answer, never read, answer late, send a body that never ends or a length that never
 * arrives, answer twice, answer HTTP/1.0 and close, send conflicting lengths, chunk with sizes
 * of two hex digits. Each listens on 127.0.0.1:0, counts connections and requests, keeps what
 * it received, and on close destroys every socket and clears every timer it set.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A running hostile server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Request heads read so far (a server that never reads sees none). */
  readonly requests: number;
  /** Sockets still open on the server side. */
  readonly openSockets: number;
  /** Every byte received, in order, across connections. */
  received(): Buffer;
  /** Stop listening, destroy every socket, clear every timer. Idempotent. */
  close(): Promise<void>;
}

/** What a behaviour may do besides writing to the socket. */
export interface HostileContext {
  /** Runs `fn` after `ms`, cancelled when the server closes. */
  later(ms: number, fn: () => void): void;
  /** Runs `fn` every `ms`, cancelled when the server closes. */
  every(ms: number, fn: () => void): void;
}

/** How a hostile server treats a connection and each request read from it. */
export interface Behaviour {
  /** Read requests from the socket (default true); false leaves every byte unread. */
  read?: boolean;
  /** Called once per connection, before any request. */
  onConnection?(socket: net.Socket, ctx: HostileContext): void;
  /** Called for each request head read (its body, by content-length, is skipped). */
  onRequest?(socket: net.Socket, index: number, ctx: HostileContext): void;
}

/** Starts a raw server with `behaviour` on 127.0.0.1:0. */
export async function startHostileServer(behaviour: Behaviour): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const received: Buffer[] = [];
  let connections = 0;
  let requests = 0;
  const ctx: HostileContext = {
    later(ms, fn) {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
    },
    every(ms, fn) {
      const t = setInterval(fn, ms);
      timers.add(t);
    },
  };
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (behaviour.read === false) {
      socket.pause();
    } else {
      let pending = Buffer.alloc(0);
      let skip = 0;
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk);
        pending = Buffer.concat([pending, chunk]);
        for (;;) {
          if (skip > 0) {
            const n = Math.min(skip, pending.length);
            pending = pending.subarray(n);
            skip -= n;
            if (skip > 0) return;
          }
          const end = pending.indexOf('\r\n\r\n');
          if (end === -1) return;
          const head = pending.toString('latin1', 0, end);
          pending = pending.subarray(end + 4);
          skip = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
          const index = requests++;
          if (!socket.destroyed) behaviour.onRequest?.(socket, index, ctx);
        }
      });
    }
    behaviour.onConnection?.(socket, ctx);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get connections() {
      return connections;
    },
    get requests() {
      return requests;
    },
    get openSockets() {
      return sockets.size;
    },
    received: () => Buffer.concat(received),
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/** A complete `200 OK` response with a content-length body. */
export function okResponse(body = '{"success":true}', extraHeaders = ''): string {
  return `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extraHeaders}\r\n${body}`;
}

/** Reads every request and never answers. */
export function silentServer(): Promise<HostileServer> {
  return startHostileServer({});
}

/** Accepts connections and never reads a byte from them. */
export function neverReadsServer(): Promise<HostileServer> {
  return startHostileServer({ read: false });
}

/** Answers every request correctly, `delayMs` after it arrived. */
export function lateServer(delayMs: number): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket, _i, ctx) {
      ctx.later(delayMs, () => socket.write(okResponse()));
    },
  });
}

/** Starts a chunked body and sends one more small chunk every `everyMs`, forever. */
export function endlessChunkedServer(everyMs: number): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket, _i, ctx) {
      socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n');
      ctx.every(everyMs, () => {
        if (!socket.destroyed) socket.write('1a\r\nabcdefghijklmnopqrstuvwxyz\r\n');
      });
    },
  });
}

/** Announces a body of a terabyte, sends ten bytes of it and stalls. */
export function hugeLengthServer(): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket) {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 1000000000000\r\n\r\n0123456789');
    },
  });
}

/** Answers each request with its response followed by `extra` more, in one write. */
export function extraResponsesServer(extra: number): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket) {
      socket.write(okResponse().repeat(1 + extra));
    },
  });
}

/** Answers HTTP/1.0 without keep-alive and closes, with or without a content-length. */
export function http10Server(withLength: boolean): Promise<HostileServer> {
  const body = '{"success":true}';
  return startHostileServer({
    onRequest(socket) {
      const length = withLength ? `content-length: ${body.length}\r\n` : '';
      socket.end(`HTTP/1.0 200 OK\r\ncontent-type: application/json\r\n${length}\r\n${body}`);
    },
  });
}

/** Answers HTTP/1.1 `Connection: close` with no length: the body ends when the socket does. */
export function closeDelimitedServer(): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket) {
      socket.end(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"success":true}',
      );
    },
  });
}

/** Answers with a response whose framing headers are `framing` (e.g. two content-lengths). */
export function framingServer(framing: string, body: string): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket) {
      socket.write(`HTTP/1.1 200 OK\r\n${framing}\r\n${body}`);
    },
  });
}

/** Answers chunked, without content-length, with one chunk per entry of `chunks`. */
export function chunkedServer(chunks: readonly string[]): Promise<HostileServer> {
  const body = chunks
    .map((c) => `${Buffer.byteLength(c).toString(16)}\r\n${c}\r\n`)
    .join('')
    .concat('0\r\n\r\n');
  return startHostileServer({
    onRequest(socket) {
      socket.write(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${body}`);
    },
  });
}

/** Answers `200 {"success":true}` followed by `bytes` of padding, written in 64 KiB pieces. */
export function bigBodyServer(bytes: number): Promise<HostileServer> {
  const piece = Buffer.alloc(64 * 1024, 0x20);
  return startHostileServer({
    onRequest(socket) {
      const body = Buffer.byteLength('{"success":true}') + bytes;
      socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${body}\r\n\r\n{"success":true}`);
      let left = bytes;
      while (left > 0) {
        const n = Math.min(left, piece.length);
        socket.write(n === piece.length ? piece : piece.subarray(0, n));
        left -= n;
      }
    },
  });
}

/** Answers `200 {"success":true}` to everything and keeps the bytes (see `received`). */
export function captureServer(): Promise<HostileServer> {
  return startHostileServer({
    onRequest(socket) {
      socket.write(okResponse());
    },
  });
}

/** Resolves once `predicate` holds, checking every 5 ms (the test's timeout bounds the wait). */
export async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((r) => setTimeout(r, 5));
}
