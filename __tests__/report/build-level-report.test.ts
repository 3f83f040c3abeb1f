import { beforeAll, describe, expect, it } from 'vitest';
import { buildLevelReport } from '../../src/core/report/build-level-report.js';
import { LevelReportSchema } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  closedMeasurement,
  encodeValues,
  openMeasurement,
  SERVER_SAMPLES,
  WINDOW_START_MS,
} from '../support/reports/measured-report.js';

beforeAll(async () => {
  await initHistograms();
});

/** HDR histograms keep three significant digits: a value may read back up to 0.1% higher. */
function expectHdr(actual: number, expected: number): void {
  expect(actual).toBeGreaterThanOrEqual(expected);
  expect(actual).toBeLessThanOrEqual(expected * 1.001);
}

describe('buildLevelReport', () => {
  it('counts successes and failures and rates them over the actual window', () => {
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    expect(r.counts.total).toBe(610);
    expect(r.counts.success).toBe(600);
    // The fixture is shaped like an older runner's measurement, without the later classes:
    // they are written as 0.
    expect(r.counts.failures).toEqual({
      connect: 2,
      timeout: 1,
      reset: 0,
      protocol: 0,
      httpStatus: 3,
      check: 4,
      unfinished: 0,
    });
    expect(r.errorRate).toBeCloseTo(10 / 610, 10);
    expect(r.throughput).toEqual({ successRps: 200, totalRps: 203.33 });
    expect(r.startedAt).toBe('2023-11-14T22:13:20.000Z');
    expect(r.hlogFile).toBe('x.hlog');
    expect(LevelReportSchema.safeParse(r).success).toBe(true);
  });

  it('rates a window that ran longer than planned by its real length', () => {
    const r = buildLevelReport(closedMeasurement({ durationMs: 4000 }), { hlogFile: 'x.hlog' });
    expect(r.throughput).toEqual({ successRps: 150, totalRps: 152.5 });
  });

  it('summarizes the whole-window histograms of successes and failures', () => {
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    // Sorted successes: 100×500, 190×1000, 297×2000, 10×5000, 3×40000.
    expect(r.latencyUs.count).toBe(600);
    expect(r.latencyUs.min).toBe(500);
    expect(r.latencyUs.p50).toBe(2000);
    expect(r.latencyUs.p90).toBe(2000);
    expectHdr(r.latencyUs.p99, 5000);
    expectHdr(r.latencyUs.max, 40000);
    expect(r.failureLatencyUs.count).toBe(10);
    expectHdr(r.failureLatencyUs.p50, 100_000);
    expect(r.serviceTimeUs).toBeUndefined();
    expect(r.scheduleLagUs).toBeUndefined();
  });

  it('reports service time, schedule lag and send counts for the open model', () => {
    const r = buildLevelReport(openMeasurement(), { hlogFile: 'x.hlog' });
    expect(r.offeredRps).toBe(200);
    expect(r.counts.lateSends).toBe(7);
    expect(r.counts.droppedSends).toBe(1);
    expect(r.serviceTimeUs?.p50).toBe(400);
    expect(r.scheduleLagUs?.p90).toBe(10);
    expectHdr(r.scheduleLagUs?.p99 ?? 0, 1500);
    expectHdr(r.scheduleLagUs?.max ?? 0, 1500);
    expect(r.histograms.serviceTime).toBeTypeOf('string');
    expect(LevelReportSchema.safeParse(r).success).toBe(true);
  });

  it('builds one series sample per interval from the interval histograms', () => {
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    expect(
      r.series.map((s) => [s.startMs, s.durationMs, s.success, s.failures, s.successRps]),
    ).toEqual([
      [0, 1000, 100, 0, 100],
      [1000, 1000, 200, 0, 200],
      [2000, 1000, 300, 10, 300],
    ]);
    expect(r.series.map((s) => s.p50Us)).toEqual([500, 1000, 2000]);
    expect(r.series[0]?.p99Us).toBe(500);
    expectHdr(r.series[1]?.p99Us ?? 0, 5000);
    expect(r.series[2]?.p99Us).toBe(2000); // the 297th of 300 values
    expectHdr(r.series[2]?.maxUs ?? 0, 40000);
    expect(r.series.map((s) => s.generatorCpuPercent)).toEqual([41, 42, 40]);
    expect(r.series.map((s) => s.eventLoopDelayP99Us)).toEqual([2000, 2100, 2200]);
  });

  it('rates a short last interval by its own length', () => {
    const m = closedMeasurement();
    const last = m.intervals[2];
    if (!last) throw new Error('fixture has three intervals');
    last.endEpochMs = last.startEpochMs + 500;
    const r = buildLevelReport(m, { hlogFile: 'x.hlog' });
    expect(r.series[2]?.durationMs).toBe(500);
    expect(r.series[2]?.successRps).toBe(600);
    expect(r.series[2]?.generatorCpuPercent).toBe(80);
  });

  it.each([
    {
      name: 'CPU below the threshold leaves headroom',
      cpuUs: 1_230_000,
      loopUs: 2200,
      threshold: undefined,
      bound: false,
      note: 'generator used 41% of a core: headroom left',
    },
    {
      name: 'CPU at the default 85% threshold is bound',
      cpuUs: 2_550_000,
      loopUs: 2200,
      threshold: undefined,
      bound: true,
      note: 'generator used 85% of a core: the load generator saturated its core and limited this level, not the target; these numbers understate the target',
    },
    {
      name: 'CPU at 97% is bound',
      cpuUs: 2_910_000,
      loopUs: 2200,
      threshold: undefined,
      bound: true,
      note: 'generator used 97% of a core: the load generator saturated its core and limited this level, not the target; these numbers understate the target',
    },
    {
      name: 'a lower threshold flags 41%',
      cpuUs: 1_230_000,
      loopUs: 2200,
      threshold: 40,
      bound: true,
      note: 'generator used 41% of a core: the load generator saturated its core and limited this level, not the target; these numbers understate the target',
    },
    {
      name: 'a 60 ms event-loop delay is bound whatever the CPU',
      cpuUs: 1_230_000,
      loopUs: 60_000,
      threshold: undefined,
      bound: true,
      note: 'generator event-loop delay p99 was 60 ms (CPU 41% of a core): the generator was too busy to read responses on time; latencies are overstated',
    },
    {
      name: 'a 49 ms event-loop delay is not',
      cpuUs: 1_230_000,
      loopUs: 49_000,
      threshold: undefined,
      bound: false,
      note: 'generator used 41% of a core: headroom left',
    },
  ])('generator self-check: $name', ({ cpuUs, loopUs, threshold, bound, note }) => {
    const r = buildLevelReport(
      closedMeasurement({ generatorCpuUs: cpuUs, eventLoopDelayP99Us: loopUs }),
      {
        hlogFile: 'x.hlog',
        ...(threshold !== undefined ? { generatorBoundCpuPercent: threshold } : {}),
      },
    );
    expect(r.generator.generatorBound).toBe(bound);
    expect(r.generator.note).toBe(note);
    expect(r.generator.eventLoopDelayP99Us).toBe(loopUs);
  });

  /** `/proc/stat` readings every second around the 3 s window: 2 CPUs, idle and steal per second. */
  function machineSamples(idlePerSecond: number, stealPerSecond: number, runnable: number) {
    return Array.from({ length: 6 }, (_, i) => ({
      epochMs: WINDOW_START_MS - 500 + i * 1000,
      cpus: 2,
      totalTicks: 200 * i,
      idleTicks: idlePerSecond * i,
      stealTicks: stealPerSecond * i,
      runnable,
    }));
  }

  it.each([
    {
      name: 'a held-up event loop on an oversubscribed machine is the machine’s doing',
      machine: machineSamples(0, 10, 4),
      limitedBy: 'machine',
      note: /at only 41% of a core while the machine was oversubscribed \(machine CPU 95% of 2 CPUs, 4 runnable threads on average, steal 5%\): the generator waited for a CPU, not for the target/,
    },
    {
      name: 'a held-up event loop on a quiet machine is the generator’s',
      machine: machineSamples(150, 0, 1),
      limitedBy: 'event-loop',
      note: /\(CPU 41% of a core; machine CPU 25% of 2 CPUs, 1 runnable thread on average, steal 0%\): the generator was too busy/,
    },
  ])('generator self-check: $name', ({ machine, limitedBy, note }) => {
    const r = buildLevelReport(
      closedMeasurement({ generatorCpuUs: 1_230_000, eventLoopDelayP99Us: 60_000 }),
      { hlogFile: 'x.hlog', machineSamples: machine },
    );
    expect(r.generator.generatorBound).toBe(true);
    expect(r.generator.limitedBy).toBe(limitedBy);
    expect(r.generator.note).toMatch(note);
  });

  it('records the machine’s CPU and steal for the level and for every second', () => {
    const r = buildLevelReport(closedMeasurement(), {
      hlogFile: 'x.hlog',
      machineSamples: machineSamples(20, 10, 3),
    });
    expect(r.machine).toEqual({
      cpus: 2,
      cpuPercentMean: 85,
      cpuPercentMax: 85,
      stealPercentMean: 5,
      stealPercentMax: 5,
      runnableMean: 3,
    });
    expect(r.series.map((s) => [s.machineCpuPercent, s.stealPercent])).toEqual([
      [85, 5],
      [85, 5],
      [85, 5],
    ]);
    // Steal is material: the headroom note says so.
    expect(r.generator.note).toMatch(/headroom left; machine CPU 85% .* steal 5%/);
    expect(r.generator.limitedBy).toBeUndefined();
    expect(LevelReportSchema.safeParse(r).success).toBe(true);
  });

  it('leaves machine figures out when the machine was not sampled', () => {
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    expect(r.machine).toBeUndefined();
    expect(r.series[0]?.machineCpuPercent).toBeUndefined();
  });

  it('reports generator CPU mean, peak second and CPU per completed request', () => {
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    expect(r.generator.cpuPercentMean).toBe(41);
    expect(r.generator.cpuPercentMax).toBe(42);
    expect(r.generator.cpuUsPerRequest).toBe(2016.4); // 1,230,000 µs / 610 requests
  });

  it('interpolates the target CPU counter at the window edges', () => {
    const r = buildLevelReport(closedMeasurement(), {
      hlogFile: 'x.hlog',
      serverSamples: SERVER_SAMPLES,
    });
    // CPU at the start edge 150 ms, at the end edge 1,150 ms: 1 s of CPU in a 3 s window.
    expect(r.server).toEqual({
      cpuPercentMean: 33.3,
      cpuUsPerRequest: 1639.3, // 1,000,000 µs / 610 requests
      rssBytesMax: 130_000_000,
      rssBytesMean: 120_000_000,
    });
    expect(r.series.map((s) => s.serverCpuPercent)).toEqual([30, 40, 30]);
    expect(r.series.map((s) => s.serverRssBytes)).toEqual([110_000_000, 120_000_000, 130_000_000]);
  });

  it('accepts target readings in any order', () => {
    const shuffled = [...SERVER_SAMPLES].reverse();
    const r = buildLevelReport(closedMeasurement(), {
      hlogFile: 'x.hlog',
      serverSamples: shuffled,
    });
    expect(r.server?.cpuPercentMean).toBe(33.3);
  });

  it('uses only the covered part of the window when the sampler started late', () => {
    const late = SERVER_SAMPLES.filter((s) => s.epochMs >= WINDOW_START_MS + 1500);
    const r = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog', serverSamples: late });
    // Covered: 1.5 s to 3 s, CPU 600 ms → 1,150 ms: 550 ms in 1.5 s.
    expect(r.server?.cpuPercentMean).toBe(36.7);
    expect(r.server?.cpuUsPerRequest).toBe(1803.3); // 1.1 s extrapolated to 3 s, / 610
    expect(r.series.map((s) => s.serverCpuPercent)).toEqual([undefined, undefined, 30]);
  });

  it('leaves server figures out when no reading overlaps the window', () => {
    const before = [
      { epochMs: WINDOW_START_MS - 3000, cpuUs: 0, rssBytes: 1 },
      { epochMs: WINDOW_START_MS - 2000, cpuUs: 10, rssBytes: 1 },
    ];
    expect(
      buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog', serverSamples: before }).server,
    ).toBeUndefined();
    expect(buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' }).server).toBeUndefined();
  });

  it('reports zeros rather than dividing by zero for an empty level', () => {
    const r = buildLevelReport(
      closedMeasurement({
        success: 0,
        failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: 0 },
        latency: encodeValues([]),
        intervals: [],
      }),
      { hlogFile: 'x.hlog', serverSamples: SERVER_SAMPLES },
    );
    expect(r.errorRate).toBe(0);
    expect(r.generator.cpuUsPerRequest).toBe(0);
    expect(r.server?.cpuUsPerRequest).toBe(0);
    expect(r.series).toEqual([]);
  });
});
