/**
 * Runs one scenario at one level: warm-up (discarded), measured window, cool-down. Reports
 * progress about once a second and stops within a second when aborted. A level never outlasts
 * its phases by more than one request timeout: requests still unanswered then (a hung target)
 * are counted `unfinished` and their connections closed.
 */
import type { LoadPlan, ScenarioPlan } from '../config/plan.js';
import { DEFAULT_MAX_CHECK_BODY_BYTES } from '../config/schema.js';
import { totalFailures } from '../report/model.js';
import { ClosedLoop } from './closed-loop.js';
import { CLOSE_SEND_GRACE_MS, OpenLoop } from './open-loop.js';
import { defaultOpenConnections, intendedTimeMs, requestsIn } from './open-schedule.js';
import { LevelRecorder, INTERVAL_MS } from './level-recorder.js';
import { RequestCycle, payloadOrder, prepareRequests } from './prepare-requests.js';
import { compileResponseCheck } from './response-check.js';
import type { ConnectionFactory, ConnectionOptions } from './http/connection.js';
import type { LevelMeasurement, LevelProgress } from './measurement.js';

/** One level to run. */
export interface LevelRun {
  /** What to send and how to judge it. */
  scenario: ScenarioPlan;
  /** Load model, phases and timeouts. */
  load: LoadPlan;
  /** Connections (closed) or req/s (open), already divided by the agent share. */
  level: number;
  /** The level as configured (before dividing among agents), for reports. */
  nominalLevel: number;
  /** Target base URL. */
  baseUrl: string;
  /** Opens the connections. */
  factory: ConnectionFactory;
  /** Aborting ends the level within a second, marked interrupted. */
  signal?: AbortSignal;
  /** About once per second. */
  onProgress?: (p: Omit<LevelProgress, 'index' | 'count'>) => void;
  /** `performance.now()` or a test clock. */
  now?: () => number;
  /** In a worker thread: this thread's own CPU, µs, for the per-worker figure. */
  threadCpuUs?: () => number | undefined;
}

/**
 * Open model: after the window, what is in flight gets one request timeout plus this margin
 * to finish, so each transport's own timeout (measured from its send, which may be up to
 * `CLOSE_SEND_GRACE_MS` after the window) decides first.
 */
export const DRAIN_GRACE_MS = CLOSE_SEND_GRACE_MS + 100;

/** Runs a level and returns its measurement (`interrupted` when aborted). */
export async function runLevel(run: LevelRun): Promise<LevelMeasurement> {
  const now = run.now ?? (() => performance.now());
  const { load, scenario } = run;
  const requests = prepareRequests(scenario, run.baseUrl);
  const cycle = new RequestCycle(requests, payloadOrder(scenario.payloads, scenario.order));
  const maxBodyBytes = load.maxCheckBodyBytes ?? DEFAULT_MAX_CHECK_BODY_BYTES;
  const check = compileResponseCheck(scenario.checks, maxBodyBytes);
  const connection: ConnectionOptions = {
    origin: new URL(run.baseUrl).origin,
    pipelining: load.pipelining,
    connectTimeoutMs: load.connectTimeoutMs,
    requestTimeoutMs: load.requestTimeoutMs,
    keepBodies: check.needsBody,
    maxBodyBytes,
  };
  const phases = new PhaseClock(run, now);
  if (load.model === 'closed') {
    const connections = Math.max(1, Math.round(run.level));
    let recorder: LevelRecorder | null = null;
    const loop = new ClosedLoop({
      factory: run.factory,
      connection,
      connections,
      cycle,
      check,
      recorder: () => recorder,
      now,
    });
    loop.start();
    let interrupted = !(await phases.wait('warmup', load.warmupMs, () => null));
    const windowStart = now();
    recorder = new LevelRecorder(
      windowStart,
      windowStart + load.durationMs,
      false,
      undefined,
      run.threadCpuUs,
    );
    recorder.begin();
    if (!interrupted)
      interrupted = !(await phases.wait('measure', load.durationMs, () => recorder));
    if (interrupted) recorder.truncate(now());
    // A partial window says nothing about stalls: only a full one counts what outlasted it.
    else loop.countUnfinished(recorder, recorder.windowEndMs);
    await loop.stop();
    // Late and dropped sends are open-model notions: a closed level has none to report.
    const { lateSends: _late, droppedSends: _dropped, ...recorded } = recorder.finish();
    if (!interrupted) await phases.wait('cooldown', load.cooldownMs, () => null);
    return {
      scenario: scenario.name,
      model: 'closed',
      level: run.nominalLevel,
      connections,
      pipelining: load.pipelining,
      warmupMs: load.warmupMs,
      cooldownMs: load.cooldownMs,
      ...recorded,
      interrupted,
    };
  }

  const rate = run.level;
  const warmupCount = requestsIn(load.warmupMs, rate);
  const measuredCount = Math.max(1, requestsIn(load.durationMs, rate));
  const startMs = now() + 1;
  const windowStart = intendedTimeMs(startMs, rate, warmupCount);
  const windowEnd = intendedTimeMs(startMs, rate, warmupCount + measuredCount);
  const recorder = new LevelRecorder(windowStart, windowEnd, true, undefined, run.threadCpuUs);
  const maxConnections = load.maxConnections ?? defaultOpenConnections(rate);
  const loop = new OpenLoop({
    factory: run.factory,
    connection,
    maxConnections,
    rateRps: rate,
    startMs,
    totalRequests: warmupCount + measuredCount,
    cycle,
    check,
    recorder,
    now,
  });
  const done = loop.run();
  let interrupted = !(await phases.wait('warmup', windowStart - now(), () => null));
  if (!interrupted) {
    recorder.begin();
    interrupted = !(await phases.wait('measure', windowEnd - now(), () => recorder));
  }
  if (!interrupted) {
    // Drain: nothing more is sent; requests of the window still in flight (a stalled target)
    // are waited for up to their timeout, since leaving them out would hide exactly the slow
    // ones. What a transport timeout did not end by then is counted unfinished.
    loop.closeWindow();
    const drained = await phases.drain(done, load.requestTimeoutMs + DRAIN_GRACE_MS);
    if (drained === 'aborted') interrupted = true;
    else if (drained === 'deadline') loop.abandonInFlight(now());
  }
  if (interrupted) recorder.truncate(now());
  await loop.stop();
  const recorded = recorder.finish();
  if (!interrupted) await phases.wait('cooldown', load.cooldownMs, () => null);
  return {
    scenario: scenario.name,
    model: 'open',
    level: run.nominalLevel,
    connections: maxConnections,
    pipelining: load.pipelining,
    offeredRps: rate,
    warmupMs: load.warmupMs,
    cooldownMs: load.cooldownMs,
    ...recorded,
    interrupted,
  };
}

/** Delay of the progress tick after each interval boundary. */
const TICK_OFFSET_MS = 20;

/** Waits through phases with a once-a-second tick for interval closing and progress. */
class PhaseClock {
  constructor(
    private readonly run: LevelRun,
    private readonly now: () => number,
  ) {}

  /** Resolves true after `ms`, or false as soon as the run is aborted. */
  wait(
    phase: LevelProgress['phase'],
    ms: number,
    recorder: () => LevelRecorder | null,
  ): Promise<boolean> {
    const signal = this.run.signal;
    if (signal?.aborted) return Promise.resolve(false);
    const started = this.now();
    const phaseMs = Math.max(0, ms);
    return new Promise((resolve) => {
      let ticker: NodeJS.Timeout | null = null;
      let firstTick: NodeJS.Timeout | null = null;
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        if (firstTick) clearTimeout(firstTick);
        if (ticker) clearInterval(ticker);
        signal?.removeEventListener('abort', onAbort);
        resolve(ok);
      };
      const onAbort = () => finish(false);
      const timer = setTimeout(() => finish(true), phaseMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (phaseMs >= INTERVAL_MS || this.run.onProgress) {
        const tick = () => {
          const rec = recorder();
          const t = this.now();
          rec?.advance(t);
          if (!this.run.onProgress) return;
          const failures = rec ? sumFailures(rec) : 0;
          this.run.onProgress({
            scenario: this.run.scenario.name,
            level: this.run.nominalLevel,
            phase,
            elapsedMs: t - started,
            phaseMs,
            successRps: rec?.lastIntervalRps ?? 0,
            p99Us: rec?.lastIntervalP99Us ?? 0,
            failures,
          });
        };
        // Tick just after each one-second boundary, so the interval that just ended is closed
        // and reported rather than shown as zero.
        firstTick = setTimeout(() => {
          tick();
          ticker = setInterval(tick, INTERVAL_MS);
          ticker.unref();
        }, INTERVAL_MS + TICK_OFFSET_MS);
        firstTick.unref();
      }
    });
  }

  /** Waits for `done`, at most `deadlineMs`, and says which came first (or an abort). */
  drain(done: Promise<void>, deadlineMs: number): Promise<'drained' | 'deadline' | 'aborted'> {
    const signal = this.run.signal;
    if (signal?.aborted) return Promise.resolve('aborted');
    return new Promise((resolve) => {
      const finish = (how: 'drained' | 'deadline' | 'aborted') => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(how);
      };
      const onAbort = () => finish('aborted');
      const timer = setTimeout(() => finish('deadline'), deadlineMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      void done.then(() => finish('drained'));
    });
  }
}

function sumFailures(rec: LevelRecorder): number {
  return totalFailures(rec.failures);
}
