import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../src/core/report/history-series.js';
import {
  DEFAULT_CHANGE_POINT_SETTINGS,
  describeChangePointSettings,
  detectChangePoints,
  detectHistoryChangePoints,
  eDivisive,
  resolveChangePointSettings,
} from '../../src/core/stats/change-points.js';
import { noisy, seriesOf, shaOf, step } from '../report/history-fixture.js';

describe('eDivisive', () => {
  it.each([
    { name: 'a constant series', values: Array.from({ length: 30 }, () => 100) },
    { name: 'an alternating series', values: Array.from({ length: 30 }, (_, i) => 100 + (i % 2)) },
    { name: 'noise of ±1% around one level', values: noisy(30, 8000, 0.02, 3) },
    { name: 'a series too short to split', values: [1, 1, 1, 9, 9] },
    { name: 'an empty series', values: [] },
  ])('finds no change in $name', ({ values }) => {
    expect(eDivisive(values)).toEqual([]);
  });

  it.each([6, 12, 18])('locates a 20%% step after %d of 24 runs exactly', (at) => {
    const values = step(at, 8000, 24 - at, 9600);
    const splits = eDivisive(values);
    expect(splits.map((s) => s.index)).toEqual([at]);
    expect(splits[0]!.pValue).toBeLessThanOrEqual(DEFAULT_CHANGE_POINT_SETTINGS.significance);
    expect(splits[0]!.statistic).toBeGreaterThan(0);
  });

  it('finds both steps of a rise and a later fall', () => {
    const values = [
      ...noisy(10, 8000, 0.02, 1),
      ...noisy(10, 10_000, 0.02, 2),
      ...noisy(10, 8800, 0.02, 3),
    ];
    expect(eDivisive(values).map((s) => s.index)).toEqual([10, 20]);
  });

  it('keeps at least minSegmentSize runs on each side of a change', () => {
    const values = step(2, 8000, 20, 9600);
    expect(eDivisive(values, { minSegmentSize: 3 })).toEqual([]);
    expect(eDivisive(values, { minSegmentSize: 2 }).map((s) => s.index)).toEqual([2]);
  });

  it('a single spiked run is not a change', () => {
    const values = noisy(30, 8000, 0.02, 5);
    values[14] = 16_000;
    expect(eDivisive(values)).toEqual([]);
  });

  it('gives the same splits and p-values for the same seed, and the same splits for another', () => {
    const values = step(15, 8000, 15, 8800, 9);
    const a = eDivisive(values, { seed: 1 });
    expect(eDivisive(values, { seed: 1 })).toEqual(a);
    const b = eDivisive(values, { seed: 2 });
    expect(b.map((s) => s.index)).toEqual(a.map((s) => s.index));
  });

  it('the smallest p-value is one over the permutations plus one', () => {
    const [split] = eDivisive(step(12, 8000, 12, 16_000), { permutations: 99 });
    expect(split!.pValue).toBe(0.01);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => eDivisive([1, 2, Number.NaN, 4, 5, 6])).toThrow(/finite/);
  });
});

describe('resolveChangePointSettings', () => {
  it('fills in the defaults', () => {
    expect(resolveChangePointSettings()).toEqual(DEFAULT_CHANGE_POINT_SETTINGS);
    expect(resolveChangePointSettings({ significance: 0.05 }).significance).toBe(0.05);
  });

  it.each([
    { settings: { significance: 0 }, message: /significance/ },
    { settings: { significance: 1.5 }, message: /significance/ },
    { settings: { permutations: 0 }, message: /permutations/ },
    { settings: { permutations: 2.5 }, message: /permutations/ },
    { settings: { significance: 0.001, permutations: 499 }, message: /cannot be reached/ },
    { settings: { minRelativeChange: -0.1 }, message: /minRelativeChange/ },
    { settings: { minSegmentSize: 1 }, message: /minSegmentSize/ },
    { settings: { alpha: 2 }, message: /alpha/ },
    { settings: { statistic: 'mode' as 'mean' }, message: /statistic/ },
  ])('refuses $settings', ({ settings, message }) => {
    expect(() => resolveChangePointSettings(settings)).toThrow(message);
  });

  it('says the settings in words', () => {
    expect(describeChangePointSettings(resolveChangePointSettings())).toBe(
      'E-Divisive means: a split counts at p ≤ 0.01 (499 permutations, seed 20261129), with at least 3 runs on each side, and is reported when the segment medians differ by 5% or more',
    );
  });
});

describe('detectChangePoints', () => {
  it.each([
    { metric: 'p99' as const, from: 8000, to: 9600, direction: 'up', verdict: 'regression' },
    { metric: 'p99' as const, from: 9600, to: 8000, direction: 'down', verdict: 'improvement' },
    {
      metric: 'successRps' as const,
      from: 4000,
      to: 4800,
      direction: 'up',
      verdict: 'improvement',
    },
    {
      metric: 'successRps' as const,
      from: 4800,
      to: 4000,
      direction: 'down',
      verdict: 'regression',
    },
  ])(
    '$metric going from $from to $to is $direction, a $verdict',
    ({ metric, from, to, direction, verdict }) => {
      const found = detectChangePoints(seriesOf(step(10, from, 10, to), metric), {}, [metric]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ metric, index: 10, direction, verdict });
      expect(found[0]!.relativeChange).toBeCloseTo(to / from - 1, 1);
    },
  );

  it('names the runs either side of the change, the segments and the change in one sentence', () => {
    const values = [
      ...Array.from({ length: 12 }, () => 8000),
      ...Array.from({ length: 8 }, () => 8720),
    ];
    const [cp, ...rest] = detectChangePoints(seriesOf(values), {}, ['p99']);
    expect(rest).toEqual([]);
    expect(cp).toEqual({
      seriesId: 'mt-to-mx--closed--64--standard_d4s_v5',
      scenario: 'mt-to-mx',
      model: 'closed',
      level: 64,
      metric: 'p99',
      index: 12,
      before: {
        sha: shaOf(11),
        runId: '1011',
        attempt: 1,
        createdAt: '2026-11-12T03:00:00.000Z',
        path: 'reframe/main/2026/11/12/1011-1',
      },
      after: {
        sha: shaOf(12),
        runId: '1012',
        attempt: 1,
        createdAt: '2026-11-13T03:00:00.000Z',
        path: 'reframe/main/2026/11/13/1012-1',
      },
      segmentBefore: { runs: 12, mean: 8000, median: 8000 },
      segmentAfter: { runs: 8, mean: 8720, median: 8720 },
      statistic: 'median',
      relativeChange: expect.closeTo(0.09, 10) as unknown,
      direction: 'up',
      verdict: 'regression',
      pValue: 0.002,
      sentence:
        'p99 of mt-to-mx @ 64 rose 9% between run 1011 (0bc0ffe) and run 1012 (0cc0ffe): regression, median 8 ms → 8.72 ms',
    });
  });

  it.each([
    {
      name: 'an open-model level on a VM size',
      over: { model: 'open' as const, level: 2000, vmSize: 'Standard_D8s_v5' },
      place: 'mt-to-mx @ 2,000 req/s on Standard_D8s_v5',
    },
    {
      name: 'a level without a recorded model',
      over: { model: undefined, level: 32 },
      place: 'mt-to-mx @ 32',
    },
  ])('words the place of $name', ({ over, place }) => {
    const [cp] = detectChangePoints(seriesOf(step(10, 4000, 10, 3000), 'successRps', over), {}, [
      'successRps',
    ]);
    expect(cp!.sentence).toMatch(new RegExp(`^throughput of ${place} fell 25% between `));
  });

  it('words a retried run and a run without a commit', () => {
    const series = seriesOf(step(10, 8000, 10, 12_000));
    series.points[9] = { ...series.points[9]!, attempt: 2 };
    series.points[10] = { ...series.points[10]!, sha: '' };
    const [cp] = detectChangePoints(series, {}, ['p99']);
    expect(cp!.sentence).toContain(
      'between run 1009 (attempt 2, 09c0ffe) and run 1010: regression',
    );
  });

  it('merges a significant shift smaller than the minimum change, and reports it below it', () => {
    const values = [
      ...Array.from({ length: 10 }, () => 8000),
      ...Array.from({ length: 10 }, () => 8240),
    ];
    expect(eDivisive(values).map((s) => s.index)).toEqual([10]);
    expect(detectChangePoints(seriesOf(values), {}, ['p99'])).toEqual([]);
    const found = detectChangePoints(seriesOf(values), { minRelativeChange: 0.02 }, ['p99']);
    expect(found.map((c) => [c.index, c.sentence.split(' between')[0]])).toEqual([
      [10, 'p99 of mt-to-mx @ 64 rose 3%'],
    ]);
  });

  it('judges the size of a change by the segment medians, so spiked nights do not shrink it', () => {
    // Three spikes before the change pull the mean of that segment up to almost the new level.
    const values = [...noisy(10, 8000, 0.02, 4), ...noisy(10, 8800, 0.02, 5)];
    for (const i of [1, 4, 7]) values[i] = 9900;
    const byMedian = detectChangePoints(seriesOf(values), {}, ['p99']);
    expect(byMedian.map((c) => c.index)).toEqual([10]);
    expect(byMedian[0]!.segmentBefore.mean).toBeGreaterThan(byMedian[0]!.segmentBefore.median);
    expect(detectChangePoints(seriesOf(values), { statistic: 'mean' }, ['p99'])).toEqual([]);
  });

  it('leaves generator-bound runs and runs without the metric out, indexes still into the points', () => {
    const series = seriesOf(step(10, 8000, 10, 9600));
    // A generator-bound night at the new level right before the change would move it to 9.
    series.points[9] = { ...series.points[9]!, p99Us: 9600, generatorBound: true };
    const [cp] = detectChangePoints(series, {}, ['p99']);
    expect(cp).toMatchObject({ index: 10, before: { runId: '1008' }, segmentBefore: { runs: 9 } });

    const noP50: HistoryPoint[] = series.points.map((p, i) =>
      i < 4 ? p : { ...p, p50Us: p.p99Us / 2 },
    );
    const [p50] = detectChangePoints({ ...series, points: noP50 }, {}, ['p50']);
    expect(p50).toMatchObject({ metric: 'p50', index: 10, segmentBefore: { runs: 5 } });
  });

  it('checks every metric by default, in metric order', () => {
    const series = seriesOf(step(10, 8000, 10, 9600));
    series.points = series.points.map((p, i) => ({
      ...p,
      successRps: i < 10 ? 4000 : 3000,
      p50Us: 4000,
      p999Us: i < 10 ? 12_000 : 15_000,
    }));
    expect(detectChangePoints(series).map((c) => [c.metric, c.verdict])).toEqual([
      ['successRps', 'regression'],
      ['p99', 'regression'],
      ['p999', 'regression'],
    ]);
  });

  it('detectHistoryChangePoints lists the changes of every series in series order', () => {
    const a = seriesOf(step(10, 8000, 10, 9600), 'p99', { id: 'a', scenario: 'a' });
    const flat = seriesOf(noisy(20, 8000, 0.02, 2), 'p99', { id: 'flat', scenario: 'flat' });
    const b = seriesOf(step(8, 8000, 12, 6000), 'p99', { id: 'b', scenario: 'b' });
    expect(
      detectHistoryChangePoints([a, flat, b], {}, ['p99']).map((c) => [c.seriesId, c.index]),
    ).toEqual([
      ['a', 10],
      ['b', 8],
    ]);
  });
});
