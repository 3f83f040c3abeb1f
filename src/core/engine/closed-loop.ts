/**
 * Closed model: N connections, each with `pipelining` requests in flight; a slot sends its next
 * request the moment the previous one completes. Results count when they complete inside the
 * measured window; latency runs from the actual send. A request outstanding for the whole
 * window (sent before it opened, unanswered when it closed) has no completion to count, so it
 * is counted `unfinished` when the window closes: a target that stops answering cannot show an
 * empty, error-free window. Requests sent during the window and still in flight at its end
 * are left out, as the mirror image of the warm-up requests that completed inside it.
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
  /** Opens the connections. */
  factory: ConnectionFactory;
  /** Settings of every connection. */
  connection: ConnectionOptions;
  /** Connections to open. */
  connections: number;
  /** The requests to send, in payload order. */
  cycle: RequestCycle;
  /** Decides success per response. */
  check: ResponseCheck;
  /** The recorder, set when the measured window opens (warm-up results are discarded). */
  recorder: () => LevelRecorder | null;
  /** `performance.now()` or a test clock. */
  now: () => number;
}

/** Pause before a slot retries after a connect failure, so a dead target is not hammered. */
const CONNECT_BACKOFF_MS = 100;

class ClosedSlot implements ResponseSink {
  /** When the request in flight was sent. */
  startMs = 0;
  /** A request was sent and has not been answered or failed yet. */
  inFlight = false;
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
    this.inFlight = true;
    this.conn.send(request, this);
  }

  onResponse(
    status: number,
    body: Buffer | null,
    bytesReceived: number,
    bodyOverLimit: boolean,
  ): void {
    this.inFlight = false;
    if (this.loop.stopped) return;
    const end = this.loop.input.now();
    const recorder = this.loop.input.recorder();
    if (recorder !== null && end >= recorder.windowStartMs && end < recorder.windowEndMs) {
      const check = this.loop.input.check;
      const outcome = check.check(status, body, bodyOverLimit);
      recorder.bytesSent += this.bytesOut;
      recorder.record(outcome, (end - this.startMs) * 1000, end, bytesReceived);
      if (outcome === 'httpStatus') recorder.noteStatus(status);
      else if (outcome === 'check') recorder.noteCheckFailure(check.lastFailure);
    }
    this.send();
  }

  onFailure(failure: TransportFailure): void {
    this.inFlight = false;
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
  private readonly slots: ClosedSlot[] = [];

  constructor(readonly input: ClosedLoopInput) {}

  /** Opens the connections and fills every pipelining slot. */
  start(): void {
    for (let c = 0; c < this.input.connections; c++) {
      const conn = this.input.factory(this.input.connection);
      this.conns.push(conn);
      for (let p = 0; p < this.input.connection.pipelining; p++) {
        const slot = new ClosedSlot(this, conn);
        this.slots.push(slot);
        slot.send();
      }
    }
  }

  /**
   * The window closed at `endMs`: counts every request outstanding since before it opened as
   * `unfinished` (its wait so far as its latency) and returns how many there were.
   */
  countUnfinished(recorder: LevelRecorder, endMs: number): number {
    let n = 0;
    for (const slot of this.slots) {
      if (slot.inFlight && slot.startMs < recorder.windowStartMs) {
        recorder.record('unfinished', (endMs - slot.startMs) * 1000, endMs, 0);
        n++;
      }
    }
    return n;
  }

  /** Stops sending and closes the connections (in-flight requests are not counted). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.conns.map((c) => c.close()));
  }
}
