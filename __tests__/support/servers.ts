/**
 * Loopback HTTP servers for tests, including ones that misbehave on purpose (stall, reset,
 * delay, fail). Each listens on 127.0.0.1 with a free port and forgets nothing on close: open
 * sockets are destroyed so a test never waits for keep-alive connections to time out.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  /** The underlying server, for tests that need events or counters. */
  server: http.Server;
  /** Stop listening, destroy every open socket, release held timers. Idempotent. */
  close(): Promise<void>;
}

/** Request handler of a test server. */
export type TestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** Start `handler` on 127.0.0.1:0 and track sockets so `close()` can destroy them. */
export async function startServer(
  handler: TestHandler,
  opts: { onClose?: () => void } = {},
): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = http.createServer(handler);
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
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
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        opts.onClose?.();
      });
      return closing;
    },
  };
}

/** Drain the request body, then answer with JSON. */
function answerJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  const send = () => {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };
  if (req.readableEnded) send();
  else {
    req.on('end', send);
    req.resume();
  }
}

/** Clear every pending timer in `timers`; servers that hold responses call it on close. */
function clearTimers(timers: Set<NodeJS.Timeout>): void {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
}

/** Schedule `fn` after `delayMs`, tracked in `timers`. */
function later(timers: Set<NodeJS.Timeout>, delayMs: number, fn: () => void): void {
  const timer = setTimeout(() => {
    timers.delete(timer);
    fn();
  }, delayMs);
  timers.add(timer);
}

/** Answers 200 `{"success":true}` at once. */
export function okServer(): Promise<TestServer> {
  return startServer((req, res) => answerJson(req, res, 200, { success: true }));
}

/** Answers 200 `{"success":true}` after `delayMs` per request. */
export function slowServer(delayMs: number): Promise<TestServer> {
  const timers = new Set<NodeJS.Timeout>();
  return startServer(
    (req, res) => later(timers, delayMs, () => answerJson(req, res, 200, { success: true })),
    { onClose: () => clearTimers(timers) },
  );
}

/** Accepts connections and reads requests but never answers. */
export function stallingServer(): Promise<TestServer> {
  return startServer((req) => {
    req.resume();
  });
}

/** Destroys the socket as soon as a request arrives (clients see a reset / socket hang up). */
export function resetServer(): Promise<TestServer> {
  return startServer((req) => {
    req.socket.resetAndDestroy();
  });
}

/** Answers every request with `status` and a JSON error body. */
export function statusServer(status: number): Promise<TestServer> {
  return startServer((req, res) =>
    answerJson(req, res, status, { success: false, error: `status ${status}` }),
  );
}

/** Answers 200 `{"success":false}`, the way Reframe reports a failed transformation. */
export function successFalseServer(): Promise<TestServer> {
  return startServer((req, res) =>
    answerJson(req, res, 200, { success: false, errors: ['transformation failed'] }),
  );
}

/** Answers 200 `{"success":true}` with `Connection: close`, so each request needs a new socket. */
export function closingServer(): Promise<TestServer> {
  return startServer((req, res) =>
    answerJson(req, res, 200, { success: true }, { connection: 'close' }),
  );
}

/** Options of `periodicStallServer`. */
export interface PeriodicStall {
  /** Length of each stall window. */
  stallMs: number;
  /** A stall window starts every `everyMs` (measured from server start). */
  everyMs: number;
}

/**
 * Answers at once, except during stall windows (the last `stallMs` of every `everyMs` period):
 * responses to requests arriving then are held until the window ends, like a GC pause.
 */
export function periodicStallServer({ stallMs, everyMs }: PeriodicStall): Promise<TestServer> {
  const startedMs = performance.now();
  const timers = new Set<NodeJS.Timeout>();
  return startServer(
    (req, res) => {
      const phaseMs = (performance.now() - startedMs) % everyMs;
      if (phaseMs < everyMs - stallMs) answerJson(req, res, 200, { success: true });
      else later(timers, everyMs - phaseMs, () => answerJson(req, res, 200, { success: true }));
    },
    { onClose: () => clearTimers(timers) },
  );
}
