/**
 * The level recorder on its own, with times chosen by the test: which interval a result lands
 * in, what counts as a failure and what as a refusal, the per-level tallies of status codes and
 * check reasons, the thread CPU of a worker, and the end of a window cut short.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LevelRecorder,
  MAX_CHECK_FAILURE_REASONS,
  OTHER_CHECK_FAILURES,
} from '../../src/core/engine/level-recorder.js';
import { initHistograms, summarizeEncoded } from '../../src/core/stats/histogram.js';

beforeAll(async () => {
  await initHistograms();
});

/** A closed-model recorder over [1000, 3500) ms with epoch offset 50,000. */
const recorder = (open = false, threadCpuUs?: () => number | undefined) =>
  new LevelRecorder(1000, 3500, open, 50_000, threadCpuUs);

describe('LevelRecorder intervals', () => {
  it('puts each result in the second it completed in, the last one cut at the window end', () => {
    const r = recorder();
    r.record('success', 100, 1000, 10);
    r.record('success', 200, 1999, 10);
    r.record('success', 300, 2000, 10);
    r.record('timeout', 5000, 2500, 0);
    r.record('success', 400, 3499, 10);
    const out = r.finish();
    expect(out.intervals.map((i) => [i.startEpochMs, i.endEpochMs, i.success, i.failures])).toEqual(
      [
        [51_000, 52_000, 2, 0],
        [52_000, 53_000, 1, 1],
        [53_000, 53_500, 1, 0],
      ],
    );
    expect(summarizeEncoded(out.intervals[0]!.latency)).toMatchObject({ count: 2, min: 100 });
    expect(out).toMatchObject({
      startEpochMs: 51_000,
      durationMs: 2500,
      success: 4,
      bytesReceived: 40,
    });
    expect(summarizeEncoded(out.latency)).toMatchObject({ count: 4, min: 100, max: 400 });
    expect(summarizeEncoded(out.failureLatency)).toMatchObject({ count: 1, min: 5000 });
    // The event loop's delay is reported in microseconds: a few milliseconds on a busy
    // machine, never minutes (nanoseconds read as microseconds would be).
    for (const delay of [
      out.eventLoopDelayP99Us,
      ...out.intervals.map((i) => i.eventLoopDelayP99Us),
    ]) {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(60_000_000);
    }
  });

  it('closes the seconds nobody answered in, and reports the last closed second for progress', () => {
    const r = recorder();
    r.record('success', 100, 1100, 0);
    r.record('success', 900, 1200, 0);
    r.advance(3100);
    expect(r.lastIntervalRps).toBe(0);
    expect(r.lastIntervalP99Us).toBe(0);
    const out = r.finish();
    expect(out.intervals.map((i) => i.success)).toEqual([2, 0, 0]);
  });

  it('gives progress the rate and p99 of the second that just closed', () => {
    const r = recorder();
    for (let i = 0; i < 10; i++) r.record('success', 1000 * (i + 1), 1000 + i, 0);
    r.advance(2000);
    expect(r.lastIntervalRps).toBe(10);
    expect(r.lastIntervalP99Us).toBeGreaterThanOrEqual(9_990);
    expect(r.lastIntervalP99Us).toBeLessThanOrEqual(10_010);
    r.finish();
  });

  it('ends a window cut short where it was cut, never before the current second began', () => {
    const r = recorder();
    r.record('success', 100, 1500, 0);
    r.truncate(2200);
    r.record('success', 100, 2100, 0);
    const out = r.finish();
    expect(out.durationMs).toBe(1200);
    expect(out.intervals.map((i) => [i.endEpochMs, i.success])).toEqual([
      [52_000, 1],
      [52_200, 1],
    ]);
    const early = recorder();
    early.truncate(900);
    expect(early.finish().durationMs).toBe(1);
    const late = recorder();
    late.truncate(9000);
    expect(late.finish().durationMs).toBe(2500);
  });
});

describe('LevelRecorder outcomes', () => {
  it('counts refusals apart from failures, outside the failure latency, and reports them only when there were some', () => {
    const r = recorder();
    r.record('backPressure', 700, 1100, 5);
    r.record('rateLimited', 800, 1100, 5);
    r.record('rateLimited', 800, 1100, 5);
    r.record('httpStatus', 900, 1100, 5);
    const out = r.finish();
    expect(out.refusals).toEqual({ backPressure: 1, rateLimited: 2 });
    expect(out.failures).toMatchObject({ httpStatus: 1, timeout: 0 });
    expect(out.intervals[0]).toMatchObject({ success: 0, failures: 1 });
    expect(summarizeEncoded(out.failureLatency).count).toBe(1);
    expect(out.bytesReceived).toBe(20);
    const clean = recorder();
    clean.record('success', 1, 1100, 0);
    expect(clean.finish()).not.toHaveProperty('refusals');
  });

  it('tallies status codes from 0 to 999 and ignores anything else', () => {
    const r = recorder();
    for (const status of [500, 500, 0, 999, 1000, -1, 503]) r.noteStatus(status);
    expect(r.finish().httpStatuses).toEqual({ '0': 1, '500': 2, '503': 1, '999': 1 });
    expect(recorder().finish()).not.toHaveProperty('httpStatuses');
  });

  it('keeps the first twenty check reasons and counts the rest under one', () => {
    const r = recorder();
    for (let i = 0; i < MAX_CHECK_FAILURE_REASONS + 3; i++) r.noteCheckFailure(`reason ${i}`);
    r.noteCheckFailure('reason 0');
    r.noteCheckFailure(`reason ${MAX_CHECK_FAILURE_REASONS + 1}`);
    const reasons = r.finish().checkFailures!;
    expect(Object.keys(reasons)).toHaveLength(MAX_CHECK_FAILURE_REASONS + 1);
    expect(reasons['reason 0']).toBe(2);
    expect(reasons[`reason ${MAX_CHECK_FAILURE_REASONS - 1}`]).toBe(1);
    expect(reasons[OTHER_CHECK_FAILURES]).toBe(4);
    expect(OTHER_CHECK_FAILURES).toBe('other reasons');
    expect(recorder().finish()).not.toHaveProperty('checkFailures');
  });

  it('keeps service time and schedule lag for the open model only', () => {
    const open = recorder(true);
    open.recordOpenTimes(300, 40);
    const out = open.finish();
    expect(summarizeEncoded(out.serviceTime!)).toMatchObject({ count: 1, min: 300 });
    expect(summarizeEncoded(out.scheduleLag!)).toMatchObject({ count: 1, min: 40 });
    const closed = recorder(false).finish();
    expect(closed.serviceTime).toBeUndefined();
    expect(closed.scheduleLag).toBeUndefined();
  });
});

describe('LevelRecorder lifecycle', () => {
  it('reports a worker thread its own CPU over the window, from begin() on, never below zero', () => {
    let cpu = 1000;
    const r = recorder(false, () => cpu);
    cpu = 5000;
    r.begin();
    cpu = 12_000;
    expect(r.finish().workerCpuUs).toEqual([7000]);
    let backwards = 9000;
    const odd = recorder(false, () => backwards);
    backwards = 100;
    expect(odd.finish().workerCpuUs).toEqual([0]);
    expect(recorder().finish()).not.toHaveProperty('workerCpuUs');
    const unknown = recorder(false, () => undefined);
    expect(unknown.finish()).not.toHaveProperty('workerCpuUs');
  });

  it('refuses to finish twice, and disposing after finishing does nothing', () => {
    const r = recorder();
    r.finish();
    expect(() => r.finish()).toThrow('LevelRecorder.finish called twice');
    expect(() => r.dispose()).not.toThrow();
    const d = recorder();
    d.dispose();
    expect(() => d.dispose()).not.toThrow();
  });
});
