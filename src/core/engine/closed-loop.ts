/**
 * Closed model: N connections, each with `pipelining` requests in flight; a slot sends its next
 * request the moment the previous one completes. Results count when they complete inside the
 * measured window; latency runs from the actual send.
 */
import type { PreparedRequest, RequestCycle } from './prepare-requests.js';
import type { ResponseCheck } from './response-check.js';
import type { LevelRecorder } from './level-recorder.js';
import type {
  ConnectionFactory,
  ConnectionOptions,
  HttpConnection,
  ResponseSink,
  TransportFailure,
} from './http/connection.js';

/** What a closed-model level needs. */
export interface ClosedLoopInput {
  factory: ConnectionFactory;
  connection: ConnectionOptions;
  connections: number;
  cycle: RequestCycle;
  check: ResponseCheck;
  /** The recorder, set when the measured window opens (warm-up results are discarded). */
  recorder: () => LevelRecorder | null;
  /** `performance.now()` or a test clock. */
  now: () => number;
}

/** Pause before a slot retries after a connect failure, so a dead target is not hammered. */
const CONNECT_BACKOFF_MS = 100;

class ClosedSlot implements ResponseSink {
  private startMs = 0;
  private bytesOut = 0;
  constructor(
    private readonly loop: ClosedLoop,
    private readonly conn: HttpConnection,
  ) {}

  send(): void {
    if (this.loop.stopped) return;
    const request: PreparedRequest = this.loop.input.cycle.take();
    this.bytesOut = request.raw.length;
    this.startMs = this.loop.input.now();
    this.conn.send(request, this);
  }

  onResponse(status: number, body: Buffer | null, bytesReceived: number): void {
    if (this.loop.stopped) return;
    const end = this.loop.input.now();
    const recorder = this.loop.input.recorder();
    if (recorder !== null && end >= recorder.windowStartMs && end < recorder.windowEndMs) {
      const outcome = this.loop.input.check.check(status, body);
      recorder.bytesSent += this.bytesOut;
      recorder.record(outcome, (end - this.startMs) * 1000, end, bytesReceived);
    }
    this.send();
  }

  onFailure(failure: TransportFailure): void {
    if (this.loop.stopped) return;
    const end = this.loop.input.now();
    const recorder = this.loop.input.recorder();
    if (recorder !== null && end >= recorder.windowStartMs && end < recorder.windowEndMs) {
      recorder.record(failure, (end - this.startMs) * 1000, end, 0);
    }
    if (failure === 'connect') {
      setTimeout(() => this.send(), CONNECT_BACKOFF_MS).unref();
    } else {
      this.send();
    }
  }
}

/** Drives a closed-model level until `stop()`. */
export class ClosedLoop {
  stopped = false;
  private readonly conns: HttpConnection[] = [];

  constructor(readonly input: ClosedLoopInput) {}

  /** Opens the connections and fills every pipelining slot. */
  start(): void {
    for (let c = 0; c < this.input.connections; c++) {
      const conn = this.input.factory(this.input.connection);
      this.conns.push(conn);
      for (let p = 0; p < this.input.connection.pipelining; p++) new ClosedSlot(this, conn).send();
    }
  }

  /** Stops sending and closes the connections (in-flight requests are not counted). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.conns.map((c) => c.close()));
  }
}
