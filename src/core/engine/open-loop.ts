/**
 * Open model: requests arrive at a constant rate whatever the target does. Request i is due at
 * start + i / rate; it goes out on a free slot, or waits in a queue for one (then it is late).
 * Latency runs from the *intended* send time, so a stalled target cannot hide its stall by
 * slowing the generator down (no coordinated omission). A request counts when its intended
 * time falls inside the measured window. Every arrival of the window ends in exactly one place:
 * an outcome (success or a failure class), or `droppedSends` when no connection was free for it
 * before the window closed (or it queued longer than the request timeout). When the window
 * closes nothing more is sent; what is in flight is drained up to a deadline, and what is still
 * unanswered then is counted `unfinished`.
 */
import { intendedTimeMs } from './open-schedule.js';
import type { RequestCycle } from './prepare-requests.js';
import type { ResponseCheck } from './response-check.js';
import type { LevelRecorder } from './level-recorder.js';
import type {
  ConnectionFactory,
  ConnectionOptions,
  HttpConnection,
  ResponseSink,
  TransportFailure,
} from './http/connection.js';

/** What an open-model level needs. */
export interface OpenLoopInput {
  /** Opens the connections. */
  factory: ConnectionFactory;
  /** Settings of every connection. */
  connection: ConnectionOptions;
  /** Most connections opened (lazily, as the target needs them). */
  maxConnections: number;
  /** Arrival rate, req/s. */
  rateRps: number;
  /** First intended send (warm-up starts here), on the `now()` clock. */
  startMs: number;
  /** Number of requests in warm-up plus measured window. */
  totalRequests: number;
  /** The requests to send, in payload order. */
  cycle: RequestCycle;
  /** Decides success per response. */
  check: ResponseCheck;
  /** Records results attributed to the measured window (by intended time). */
  recorder: LevelRecorder;
  /** `performance.now()` or a test clock. */
  now: () => number;
}

/** A send that left more than this after its intended time is counted late (timers have ~1 ms granularity). */
export const LATE_THRESHOLD_MS = 2;

/**
 * After the window closes, arrivals queued for a connection may still leave for this long (a
 * busy but healthy target frees one within it); later they are dropped, so a hung target's
 * queue is not sent one request timeout after another.
 */
export const CLOSE_SEND_GRACE_MS = 100;

class OpenSlot implements ResponseSink {
  /** Intended send time of the request in flight. */
  intendedMs = 0;
  private sentMs = 0;
  private bytesOut = 0;
  // Stryker disable next-line BooleanLiteral: equivalent, a slot never sent on has intended time 0, outside every window, so abandonInFlight counts nothing for it
  busy = false;
  constructor(
    private readonly loop: OpenLoop,
    readonly conn: HttpConnection,
  ) {}

  send(intendedMs: number): void {
    const request = this.loop.input.cycle.take();
    this.busy = true;
    this.intendedMs = intendedMs;
    this.bytesOut = request.raw.length;
    this.sentMs = this.loop.input.now();
    this.loop.noteSend(intendedMs, this.sentMs);
    this.conn.send(request, this);
  }

  onResponse(
    status: number,
    body: Buffer | null,
    bytesReceived: number,
    bodyOverLimit: boolean,
  ): void {
    if (this.loop.stopped) return;
    const end = this.loop.input.now();
    const rec = this.loop.input.recorder;
    if (this.intendedMs >= rec.windowStartMs && this.intendedMs < rec.windowEndMs) {
      const check = this.loop.input.check;
      const outcome = check.check(status, body, bodyOverLimit);
      rec.bytesSent += this.bytesOut;
      rec.record(outcome, (end - this.intendedMs) * 1000, end, bytesReceived);
      rec.recordOpenTimes((end - this.sentMs) * 1000, (this.sentMs - this.intendedMs) * 1000);
      if (outcome === 'httpStatus') rec.noteStatus(status);
      else if (outcome === 'check') rec.noteCheckFailure(check.lastFailure);
    }
    this.loop.release(this);
  }

  onFailure(failure: TransportFailure): void {
    if (this.loop.stopped) return;
    const end = this.loop.input.now();
    const rec = this.loop.input.recorder;
    if (this.intendedMs >= rec.windowStartMs && this.intendedMs < rec.windowEndMs) {
      rec.record(failure, (end - this.intendedMs) * 1000, end, 0);
    }
    this.loop.release(this);
  }
}

/** Drives an open-model level; `run()` resolves once every request was sent and answered. */
export class OpenLoop {
  stopped = false;
  private next = 0;
  private readonly idle: OpenSlot[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, abandonInFlight skips an entry that is not a busy slot
  private readonly slots: OpenSlot[] = [];
  private readonly conns: HttpConnection[] = [];
  /** The window closed: nothing more is scheduled. */
  private sendingClosed = false;
  /** After the window closed, queued arrivals may still leave until then. */
  private sendUntilMs = Number.POSITIVE_INFINITY;
  private slotsInFlight = 0;
  /** Intended times of due requests waiting for a free slot (FIFO, head index). */
  private queue: number[] = [];
  private queueHead = 0;
  private timer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  private resolveDone: (() => void) | null = null;
  private readonly requestTimeoutMs: number;

  constructor(readonly input: OpenLoopInput) {
    this.requestTimeoutMs = input.connection.requestTimeoutMs;
  }

  /** Sends the schedule; resolves when all requests are done or `stop()` was called. */
  run(): Promise<void> {
    return new Promise((resolve) => {
      this.resolveDone = resolve;
      this.tick();
    });
  }

  /** Stops at once: nothing more is sent, connections close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await Promise.all(this.conns.map((c) => c.close()));
    this.finish();
  }

  /**
   * The measured window closed: every arrival still due is handed out now, and arrivals that
   * find no free connection within `CLOSE_SEND_GRACE_MS` are dropped. Nothing else is sent;
   * what is in flight drains.
   */
  closeWindow(): void {
    if (this.sendingClosed) return;
    this.clearTimer();
    const { startMs, rateRps, totalRequests } = this.input;
    // Due arrivals the timer had not reached yet (they are at most a timer tick late).
    for (; this.next < totalRequests; this.next++) {
      this.dispatch(intendedTimeMs(startMs, rateRps, this.next));
    }
    this.sendingClosed = true;
    this.sendUntilMs = this.input.now() + CLOSE_SEND_GRACE_MS;
    if (this.queueLength() > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.dropQueued();
        this.maybeFinish();
      }, CLOSE_SEND_GRACE_MS);
    } else {
      this.maybeFinish();
    }
  }

  /**
   * The drain deadline passed at `nowMs`: counts every request of the window still in flight
   * as `unfinished` (its wait so far as its latency) and returns how many there were. Call
   * `stop()` next.
   */
  abandonInFlight(nowMs: number): number {
    this.dropQueued();
    const rec = this.input.recorder;
    let n = 0;
    for (const slot of this.slots) {
      if (!slot.busy) continue;
      slot.busy = false;
      if (slot.intendedMs >= rec.windowStartMs && slot.intendedMs < rec.windowEndMs) {
        rec.record('unfinished', (nowMs - slot.intendedMs) * 1000, nowMs, 0);
        n++;
      }
    }
    return n;
  }

  /** Counts a late send. */
  noteSend(intendedMs: number, sentMs: number): void {
    const rec = this.input.recorder;
    if (
      sentMs - intendedMs > LATE_THRESHOLD_MS &&
      intendedMs >= rec.windowStartMs &&
      intendedMs < rec.windowEndMs
    ) {
      rec.lateSends++;
    }
  }

  /** A slot finished its request: give it the oldest waiting request, or park it. */
  release(slot: OpenSlot): void {
    slot.busy = false;
    this.slotsInFlight--;
    const intended =
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, the grace timer set when the window closed drops the queue at that same moment
      this.sendingClosed && this.input.now() > this.sendUntilMs ? undefined : this.takeQueued();
    if (intended !== undefined) {
      this.slotsInFlight++;
      slot.send(intended);
    } else {
      this.idle.push(slot);
      this.maybeFinish();
    }
  }

  private tick = (): void => {
    this.timer = null;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, stop() and closeWindow() clear the timer that would run this, and closeWindow() leaves nothing to dispatch
    if (this.stopped || this.sendingClosed) return;
    const { startMs, rateRps, totalRequests } = this.input;
    const now = this.input.now();
    while (this.next < totalRequests) {
      const due = intendedTimeMs(startMs, rateRps, this.next);
      if (due > now) break;
      this.dispatch(due);
      this.next++;
    }
    this.dropExpired(now);
    if (this.next < totalRequests) {
      const waitMs = intendedTimeMs(startMs, rateRps, this.next) - this.input.now();
      // Timers have millisecond granularity: above ~1,000 req/s sends go out in one-millisecond
      // batches (their lag is measured and reported) rather than spinning the event loop.
      this.timer =
        // Stryker disable next-line EqualityOperator: equivalent, the boundary only picks which of two timers runs the same tick
        waitMs <= 0.05
          ? setImmediate(this.tick)
          : // Stryker disable next-line MethodExpression: equivalent in what is sent, a shorter wait only runs more ticks that find nothing due
            setTimeout(this.tick, Math.max(1, Math.floor(waitMs)));
    } else if (this.queueLength() > 0) {
      this.timer = setTimeout(this.tick, 10);
    } else {
      this.maybeFinish();
    }
  };

  private dispatch(intendedMs: number): void {
    let slot = this.idle.pop();
    if (slot === undefined && this.conns.length < this.input.maxConnections) {
      const conn = this.input.factory(this.input.connection);
      this.conns.push(conn);
      for (let p = 1; p < this.input.connection.pipelining; p++) {
        const spare = new OpenSlot(this, conn);
        this.slots.push(spare);
        this.idle.push(spare);
      }
      slot = new OpenSlot(this, conn);
      this.slots.push(slot);
    }
    if (slot === undefined) {
      this.queue.push(intendedMs);
      return;
    }
    this.slotsInFlight++;
    slot.send(intendedMs);
  }

  /** Requests that waited longer than the request timeout for a slot are dropped, not sent. */
  private dropExpired(now: number): void {
    const rec = this.input.recorder;
    while (this.queueHead < this.queue.length) {
      const intended = this.queue[this.queueHead]!;
      if (now - intended < this.requestTimeoutMs) break;
      this.queueHead++;
      if (intended >= rec.windowStartMs && intended < rec.windowEndMs) rec.droppedSends++;
    }
    this.compactQueue();
  }

  /** Counts every arrival still waiting for a connection as dropped, and forgets them. */
  private dropQueued(): void {
    const rec = this.input.recorder;
    // Stryker disable next-line EqualityOperator: equivalent, the entry past the end is undefined and inside no window
    for (let i = this.queueHead; i < this.queue.length; i++) {
      const intended = this.queue[i]!;
      if (intended >= rec.windowStartMs && intended < rec.windowEndMs) rec.droppedSends++;
    }
    this.queue = [];
    this.queueHead = 0;
  }

  private takeQueued(): number | undefined {
    if (this.queueHead >= this.queue.length) return undefined;
    const intended = this.queue[this.queueHead++]!;
    this.compactQueue();
    return intended;
  }

  private queueLength(): number {
    return this.queue.length - this.queueHead;
  }

  private compactQueue(): void {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: equivalent in behaviour, when to compact only bounds memory (what compacting does is tested)
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  }

  private maybeFinish(): void {
    if (
      this.next >= this.input.totalRequests &&
      this.slotsInFlight === 0 &&
      // Stryker disable next-line ConditionalExpression: equivalent, every caller reaches here with the queue empty (a queued arrival keeps a timer or a slot waiting)
      this.queueLength() === 0
    ) {
      this.finish();
    }
  }

  private finish(): void {
    this.clearTimer();
    const done = this.resolveDone;
    this.resolveDone = null;
    done?.();
  }

  private clearTimer(): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, clearing an absent or already cleared timer does nothing
    if (this.timer === null) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = null;
  }
}
