/**
 * Merging the parts of one level (workers of one process, or load agents): every count adds
 * up, latency histograms merge as histograms, the level spans the earliest start to the latest
 * end, interval i of each part becomes interval i of the whole, generator CPU adds up across
 * processes and takes the largest across threads, and optional fields appear only when a part
 * (or, for histograms, every part) has them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntervalMeasurement, LevelMeasurement } from '../../src/core/engine/measurement.js';
import { mergeLevelMeasurements } from '../../src/core/engine/merge-measurements.js';
import {
  createHistogram,
  encodeHistogram,
  initHistograms,
  recordUs,
  summarizeEncoded,
} from '../../src/core/stats/histogram.js';

beforeAll(async () => {
  await initHistograms();
});

/** An encoded histogram holding `values` (µs). */
const hist = (...values: number[]): string => {
  const h = createHistogram();
  for (const v of values) recordUs(h, v);
  try {
    return encodeHistogram(h);
  } finally {
    h.destroy();
  }
};

const interval = (over: Partial<IntervalMeasurement>): IntervalMeasurement => ({
  startEpochMs: 1000,
  endEpochMs: 2000,
  success: 10,
  failures: 1,
  latency: hist(100),
  generatorCpuUs: 500,
  eventLoopDelayP99Us: 20,
  ...over,
});

const part = (over: Partial<LevelMeasurement>): LevelMeasurement => ({
  scenario: 's',
  model: 'closed',
  level: 8,
  connections: 4,
  pipelining: 1,
  startEpochMs: 1000,
  warmupMs: 200,
  durationMs: 3000,
  cooldownMs: 100,
  success: 100,
  failures: { connect: 1, timeout: 2, reset: 3, httpStatus: 4, check: 5 },
  bytesSent: 1000,
  bytesReceived: 2000,
  latency: hist(100, 200),
  failureLatency: hist(),
  intervals: [],
  generatorCpuUs: 10_000,
  eventLoopDelayP99Us: 50,
  interrupted: false,
  ...over,
});

describe('mergeLevelMeasurements', () => {
  it('returns a single part as it is, and refuses none', () => {
    const only = part({});
    expect(mergeLevelMeasurements([only], 'sum')).toBe(only);
    expect(() => mergeLevelMeasurements([], 'sum')).toThrow(
      'mergeLevelMeasurements needs at least one part',
    );
  });

  it('refuses parts of another scenario or level, naming both', () => {
    expect(() => mergeLevelMeasurements([part({}), part({ scenario: 't' })], 'sum')).toThrow(
      'cannot merge t @ 8 into s @ 8',
    );
    expect(() => mergeLevelMeasurements([part({}), part({ level: 9 })], 'sum')).toThrow(
      'cannot merge s @ 9 into s @ 8',
    );
  });

  it('adds up counts and failures, and keeps the first part’s settings', () => {
    const merged = mergeLevelMeasurements(
      [
        part({}),
        part({
          connections: 6,
          success: 50,
          failures: {
            connect: 10,
            timeout: 20,
            reset: 30,
            protocol: 7,
            httpStatus: 40,
            check: 50,
            unfinished: 9,
          },
          bytesSent: 5,
          bytesReceived: 7,
          model: 'open',
          pipelining: 2,
          warmupMs: 1,
          cooldownMs: 2,
        }),
      ],
      'sum',
    );
    expect(merged).toMatchObject({
      scenario: 's',
      level: 8,
      model: 'closed',
      pipelining: 1,
      warmupMs: 200,
      cooldownMs: 100,
      connections: 10,
      success: 150,
      bytesSent: 1005,
      bytesReceived: 2007,
      failures: {
        connect: 11,
        timeout: 22,
        reset: 33,
        protocol: 7,
        httpStatus: 44,
        check: 55,
        unfinished: 9,
      },
    });
    expect(merged.offeredRps).toBeUndefined();
    expect('offeredRps' in merged).toBe(false);
  });

  it('spans from the earliest start to the latest end', () => {
    const merged = mergeLevelMeasurements(
      [
        part({ startEpochMs: 1000, durationMs: 3000 }),
        part({ startEpochMs: 900, durationMs: 2000 }),
      ],
      'sum',
    );
    expect(merged.startEpochMs).toBe(900);
    expect(merged.durationMs).toBe(3100);
    const later = mergeLevelMeasurements(
      [
        part({ startEpochMs: 1000, durationMs: 1000 }),
        part({ startEpochMs: 1500, durationMs: 1000 }),
      ],
      'sum',
    );
    expect(later.startEpochMs).toBe(1000);
    expect(later.durationMs).toBe(1500);
  });

  it('merges latency as histograms, not as percentiles of percentiles', () => {
    const merged = mergeLevelMeasurements(
      [
        part({ latency: hist(100, 100, 100), failureLatency: hist(5000) }),
        part({ latency: hist(10_000), failureLatency: hist(7000, 9000) }),
      ],
      'sum',
    );
    const latency = summarizeEncoded(merged.latency);
    expect(latency.count).toBe(4);
    expect(latency.min).toBe(100);
    expect(latency.p50).toBe(100);
    expect(latency.max).toBeGreaterThanOrEqual(10_000);
    expect(latency.max).toBeLessThan(10_100);
    expect(summarizeEncoded(merged.failureLatency).count).toBe(3);
  });

  it('adds generator CPU of processes and takes the largest of threads; event-loop delay is the worst', () => {
    const parts = [
      part({ generatorCpuUs: 3000, eventLoopDelayP99Us: 10 }),
      part({ generatorCpuUs: 5000, eventLoopDelayP99Us: 70 }),
      part({ generatorCpuUs: 1000, eventLoopDelayP99Us: 30 }),
    ];
    expect(mergeLevelMeasurements(parts, 'sum').generatorCpuUs).toBe(9000);
    expect(mergeLevelMeasurements(parts, 'max').generatorCpuUs).toBe(5000);
    expect(mergeLevelMeasurements(parts, 'sum').eventLoopDelayP99Us).toBe(70);
    expect(mergeLevelMeasurements(parts, 'max').eventLoopDelayP99Us).toBe(70);
  });

  it('is interrupted when any part was', () => {
    expect(mergeLevelMeasurements([part({}), part({ interrupted: true })], 'sum').interrupted).toBe(
      true,
    );
    expect(mergeLevelMeasurements([part({}), part({})], 'sum').interrupted).toBe(false);
  });

  it('adds offered rates of open-model parts', () => {
    const merged = mergeLevelMeasurements(
      [part({ offeredRps: 100 }), part({ offeredRps: 250 })],
      'sum',
    );
    expect(merged.offeredRps).toBe(350);
  });

  it('adds refusals, statuses, check reasons, late and dropped sends only when a part has them', () => {
    const plain = mergeLevelMeasurements([part({}), part({})], 'sum');
    for (const key of [
      'workerCpuUs',
      'refusals',
      'httpStatuses',
      'checkFailures',
      'lateSends',
      'droppedSends',
      'serviceTime',
      'scheduleLag',
    ]) {
      expect(key in plain, key).toBe(false);
    }
    const merged = mergeLevelMeasurements(
      [
        part({
          refusals: { backPressure: 2, rateLimited: 1 },
          httpStatuses: { '500': 3, '404': 1 },
          checkFailures: { 'bad body': 2 },
          lateSends: 4,
        }),
        part({}),
        part({
          refusals: { backPressure: 5, rateLimited: 0 },
          httpStatuses: { '500': 2 },
          checkFailures: { 'bad body': 1, 'no body': 6 },
          droppedSends: 0,
        }),
      ],
      'sum',
    );
    expect(merged.refusals).toEqual({ backPressure: 7, rateLimited: 1 });
    expect(merged.httpStatuses).toEqual({ '500': 5, '404': 1 });
    expect(merged.checkFailures).toEqual({ 'bad body': 3, 'no body': 6 });
    expect(merged.lateSends).toBe(4);
    expect(merged.droppedSends).toBe(0);
    const oneRefusal = mergeLevelMeasurements(
      [part({}), part({ refusals: { backPressure: 1, rateLimited: 2 } })],
      'sum',
    );
    expect(oneRefusal.refusals).toEqual({ backPressure: 1, rateLimited: 2 });
  });

  it('keeps the 19 most frequent check reasons and puts the rest, and earlier "other reasons", under one key', () => {
    const many: Record<string, number> = {};
    for (let i = 1; i <= 25; i++) many[`reason ${String(i).padStart(2, '0')}`] = i;
    const merged = mergeLevelMeasurements(
      [part({ checkFailures: many }), part({ checkFailures: { 'other reasons': 100 } })],
      'sum',
    );
    const reasons = merged.checkFailures!;
    expect(Object.keys(reasons)).toHaveLength(20);
    for (let i = 7; i <= 25; i++) expect(reasons[`reason ${String(i).padStart(2, '0')}`]).toBe(i);
    // Reasons 1 to 6 (21 failures) join the 100 already counted as other reasons.
    expect(reasons['other reasons']).toBe(121);
  });

  it('keeps 20 check reasons as they are', () => {
    const twenty: Record<string, number> = {};
    for (let i = 1; i <= 20; i++) twenty[`r${i}`] = i;
    const merged = mergeLevelMeasurements(
      [part({ checkFailures: twenty }), part({ checkFailures: { r1: 1 } })],
      'sum',
    );
    expect(merged.checkFailures).toEqual({ ...twenty, r1: 2 });
  });

  it('lists each worker thread’s own CPU in part order, only when every part measured its own', () => {
    const merged = mergeLevelMeasurements(
      [part({ workerCpuUs: [10, 20] }), part({ workerCpuUs: [30] })],
      'max',
    );
    expect(merged.workerCpuUs).toEqual([10, 20, 30]);
    const some = mergeLevelMeasurements([part({ workerCpuUs: [10] }), part({})], 'max');
    expect('workerCpuUs' in some).toBe(false);
  });

  it('merges service time and schedule lag only when every part has them', () => {
    const both = mergeLevelMeasurements(
      [
        part({ serviceTime: hist(10), scheduleLag: hist(1) }),
        part({ serviceTime: hist(20, 30), scheduleLag: hist(2) }),
      ],
      'sum',
    );
    expect(summarizeEncoded(both.serviceTime!).count).toBe(3);
    expect(summarizeEncoded(both.scheduleLag!).count).toBe(2);
    const some = mergeLevelMeasurements(
      [part({ serviceTime: hist(10), scheduleLag: hist(1) }), part({})],
      'sum',
    );
    expect('serviceTime' in some).toBe(false);
    expect('scheduleLag' in some).toBe(false);
  });

  it('merges interval i of every part into interval i, for as many intervals as the longest part has', () => {
    const merged = mergeLevelMeasurements(
      [
        part({
          intervals: [
            interval({ startEpochMs: 1000, endEpochMs: 2000, generatorCpuUs: 300 }),
            interval({
              startEpochMs: 2000,
              endEpochMs: 3000,
              success: 7,
              failures: 0,
              latency: hist(50),
              generatorCpuUs: 100,
              eventLoopDelayP99Us: 5,
            }),
          ],
        }),
        part({
          intervals: [
            interval({
              startEpochMs: 990,
              endEpochMs: 2010,
              success: 20,
              failures: 2,
              latency: hist(300, 400),
              generatorCpuUs: 700,
              eventLoopDelayP99Us: 90,
            }),
          ],
        }),
      ],
      'sum',
    );
    expect(merged.intervals).toHaveLength(2);
    const [first, second] = merged.intervals;
    expect(first).toMatchObject({
      startEpochMs: 990,
      endEpochMs: 2010,
      success: 30,
      failures: 3,
      generatorCpuUs: 1000,
      eventLoopDelayP99Us: 90,
    });
    expect(summarizeEncoded(first!.latency).count).toBe(3);
    expect(second).toMatchObject({
      startEpochMs: 2000,
      endEpochMs: 3000,
      success: 7,
      failures: 0,
      generatorCpuUs: 100,
      eventLoopDelayP99Us: 5,
    });
    expect(summarizeEncoded(second!.latency).count).toBe(1);

    const threads = mergeLevelMeasurements(
      [
        part({ intervals: [interval({ generatorCpuUs: 300 })] }),
        part({ intervals: [interval({ generatorCpuUs: 700 })] }),
        part({ intervals: [interval({ generatorCpuUs: 200 })] }),
      ],
      'max',
    );
    expect(threads.intervals[0]?.generatorCpuUs).toBe(700);
  });
});
