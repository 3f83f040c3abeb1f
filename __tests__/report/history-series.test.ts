import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../src/core/remote/report-index.js';
import { detectBenchmarkChangePoints } from '../../src/core/stats/change-points.js';
import {
  buildBenchmarkHistorySeries,
  buildHistorySeries,
  historyValue,
  HISTORY_METRICS,
} from '../../src/core/report/history-series.js';
import type { HistoryPoint } from '../../src/core/report/history-series.js';
import { entryOf, nightOf, PLANTED_NIGHTS, plantedIndex, shaOf } from './history-fixture.js';

const figures = { successRps: 1000, p99Us: 5000 };

function indexOf(entries: IndexEntry[]) {
  return { product: 'reframe', entries };
}

describe('buildHistorySeries', () => {
  it('builds one series per scenario, model, level and VM size, ordered, points oldest first', () => {
    const entries = [1, 2, 3].map((i) =>
      entryOf(i, [
        { scenario: 'mx-to-mt', model: 'closed', level: 64, ...figures },
        { scenario: 'mt-to-mx', model: 'closed', level: 256, ...figures },
        { scenario: 'mt-to-mx', model: 'closed', level: 64, ...figures },
        { scenario: 'mt-to-mx', model: 'open', level: 64, ...figures },
      ]),
    );
    entries.push(
      entryOf(4, [{ scenario: 'mt-to-mx', model: 'closed', level: 64, ...figures }], {
        vmSize: 'Standard_D8s_v5',
      }),
    );
    const series = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series.map((s) => [s.id, s.points.map((p) => p.runId)])).toEqual([
      ['mt-to-mx--closed--64--standard_d4s_v5', ['5001', '5002', '5003']],
      ['mt-to-mx--closed--256--standard_d4s_v5', ['5001', '5002', '5003']],
      ['mt-to-mx--closed--64--standard_d8s_v5', ['5004']],
      ['mt-to-mx--open--64--standard_d4s_v5', ['5001', '5002', '5003']],
      ['mx-to-mt--closed--64--standard_d4s_v5', ['5001', '5002', '5003']],
    ]);
    expect(series[0]).toMatchObject({
      product: 'reframe',
      branch: 'main',
      scenario: 'mt-to-mx',
      model: 'closed',
      level: 64,
      vmSize: 'Standard_D4s_v5',
    });
  });

  it('gives each point its commit, run, time, report path and figures', () => {
    const entry = entryOf(3, [
      {
        scenario: 'mt-to-mx',
        model: 'closed',
        level: 64,
        successRps: 4100,
        p50Us: 4000,
        p99Us: 8100,
        p999Us: 12_000,
        errorRate: 0.001,
        generatorBound: true,
      },
    ]);
    const [series] = buildHistorySeries(indexOf([entry]), { branch: 'main' });
    expect(series!.points).toEqual<HistoryPoint[]>([
      {
        sha: shaOf(3),
        runId: '5003',
        attempt: 1,
        createdAt: nightOf(3),
        path: 'reframe/main/2026/11/04/5003-1',
        successRps: 4100,
        p50Us: 4000,
        p99Us: 8100,
        p999Us: 12_000,
        errorRate: 0.001,
        generatorBound: true,
      },
    ]);
  });

  it('keeps the newest lastRuns points of each series', () => {
    const entries = Array.from({ length: 10 }, (_, i) =>
      entryOf(i, [{ scenario: 's', model: 'closed', level: 8, ...figures }]),
    );
    const [series] = buildHistorySeries(indexOf(entries), { branch: 'main', lastRuns: 3 });
    expect(series!.points.map((p) => p.runId)).toEqual(['5007', '5008', '5009']);
  });

  it('orders points by time, not by their place in the index', () => {
    const s = [{ scenario: 's', model: 'closed' as const, level: 8, ...figures }];
    const entries = [entryOf(3, s), entryOf(1, s), entryOf(2, s)];
    const [series] = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series!.points.map((p) => p.runId)).toEqual(['5001', '5002', '5003']);
  });

  it.each([
    { name: 'another branch', over: { branch: 'feature/x' } },
    { name: 'another product', over: { product: 'orion' } },
    { name: 'an interrupted run', over: { outcome: 'interrupted' as const } },
    { name: 'a run whose target failed', over: { outcome: 'target-failure' as const } },
  ])('leaves out $name', ({ over }) => {
    const s = [{ scenario: 's', model: 'closed' as const, level: 8, ...figures }];
    const entries = [entryOf(1, s), entryOf(2, s, { ...over, runId: 'other' })];
    const [series] = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series!.points.map((p) => p.runId)).toEqual(['5001']);
  });

  it('counts a retried run once, with its latest attempt, where that attempt falls in time', () => {
    const s = (p99Us: number) => [
      { scenario: 's', model: 'closed' as const, level: 8, successRps: 1, p99Us },
    ];
    const entries = [
      entryOf(1, s(100)),
      entryOf(2, s(999)),
      entryOf(3, s(300)),
      entryOf(2, s(200), { attempt: 2, createdAt: nightOf(4) }),
    ];
    const [series] = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series!.points.map((p) => [p.runId, p.attempt, p.p99Us])).toEqual([
      ['5001', 1, 100],
      ['5003', 1, 300],
      ['5002', 2, 200],
    ]);
  });

  it('keeps entries without a VM size or load model in series of their own', () => {
    const entries = [
      entryOf(1, [{ scenario: 's', level: 8, ...figures }], { vmSize: undefined }),
      entryOf(2, [{ scenario: 's', model: 'closed', level: 8, ...figures }], { vmSize: undefined }),
    ];
    const series = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series.map((s) => [s.id, s.model, s.vmSize])).toEqual([
      ['s--any--8--local', undefined, undefined],
      ['s--closed--8--local', 'closed', undefined],
    ]);
  });

  it('filters by VM size when asked', () => {
    const s = [{ scenario: 's', model: 'closed' as const, level: 8, ...figures }];
    const entries = [entryOf(1, s), entryOf(2, s, { vmSize: 'Standard_D8s_v5' })];
    const series = buildHistorySeries(indexOf(entries), {
      branch: 'main',
      vmSize: 'Standard_D8s_v5',
    });
    expect(series.map((x) => x.points.map((p) => p.runId))).toEqual([['5002']]);
  });

  it('numbers series whose names differ only in punctuation, so ids stay unique', () => {
    const entries = [
      entryOf(1, [
        { scenario: 'mt to mx', model: 'closed', level: 8, ...figures },
        { scenario: 'mt/to/mx', model: 'closed', level: 8, ...figures },
      ]),
    ];
    const series = buildHistorySeries(indexOf(entries), { branch: 'main' });
    expect(series.map((s) => [s.scenario, s.id])).toEqual([
      ['mt to mx', 'mt-to-mx--closed--8--standard_d4s_v5'],
      ['mt/to/mx', 'mt-to-mx--closed--8--standard_d4s_v5-2'],
    ]);
  });

  it('reads the planted index: two series of twenty nights, the retry and the strays left out', () => {
    const series = buildHistorySeries(plantedIndex(), { branch: 'main' });
    expect(series.map((s) => [s.scenario, s.points.length])).toEqual([
      ['mt-to-mx', PLANTED_NIGHTS],
      ['mx-to-mt', PLANTED_NIGHTS],
    ]);
    const night7 = series[0]!.points[7]!;
    expect(night7.attempt).toBe(2);
    expect(series[0]!.points.slice(0, 3).map((p) => p.p50Us !== undefined)).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('historyValue', () => {
  const point: HistoryPoint = {
    sha: 'a',
    runId: '1',
    attempt: 1,
    createdAt: nightOf(0),
    path: 'p',
    successRps: 1,
    p50Us: 2,
    p99Us: 3,
  };

  it.each([
    { metric: 'successRps' as const, value: 1 },
    { metric: 'p50' as const, value: 2 },
    { metric: 'p99' as const, value: 3 },
    { metric: 'p999' as const, value: undefined },
  ])('reads $metric as $value', ({ metric, value }) => {
    expect(historyValue(point, metric)).toBe(value);
  });

  it('knows every history metric', () => {
    expect(HISTORY_METRICS).toEqual(['successRps', 'p50', 'p99', 'p999']);
  });
});

describe('buildBenchmarkHistorySeries', () => {
  const bench = (name: string, estimate: number, unit = 'ns/iter') => ({
    scenario: 'parse',
    name,
    unit,
    direction: 'lower-is-better' as const,
    estimate,
  });

  it('builds one series per scenario, benchmark, unit and VM size, a retried run counted once, failed runs left out', () => {
    const entries = [
      entryOf(1, [], { benchmarks: [bench('b', 10), bench('a', 5)] }),
      entryOf(2, [], { benchmarks: [bench('a', 6)] }),
      entryOf(2, [], { attempt: 2, benchmarks: [bench('a', 7)] }),
      entryOf(3, [], { outcome: 'target-failure', benchmarks: [bench('a', 99)] }),
      // The harness changed its unit: a new series, never one line of mixed units.
      entryOf(4, [], { benchmarks: [bench('a', 8000, 'ps/iter')] }),
      entryOf(5, [], { branch: 'feature', benchmarks: [bench('a', 1)] }),
      entryOf(6, [{ scenario: 'mt-to-mx', model: 'closed', level: 64, ...figures }]),
    ];
    const series = buildBenchmarkHistorySeries(indexOf(entries), { branch: 'main' });
    expect(
      series.map((s) => [s.id, s.unit, s.points.map((p) => [p.runId, p.attempt, p.estimate])]),
    ).toEqual([
      [
        'bench--parse--a--standard_d4s_v5',
        'ns/iter',
        [
          ['5001', 1, 5],
          ['5002', 2, 7],
        ],
      ],
      ['bench--parse--a--standard_d4s_v5-2', 'ps/iter', [['5004', 1, 8000]]],
      ['bench--parse--b--standard_d4s_v5', 'ns/iter', [['5001', 1, 10]]],
    ]);
    expect(series[0]).toMatchObject({ benchmark: 'a', direction: 'lower-is-better' });
    // HTTP series read the same entries and see no benchmark.
    expect(buildHistorySeries(indexOf(entries), { branch: 'main' })).toHaveLength(1);
  });

  it("finds a shift of a rate as an improvement when it rose, by the benchmark's own direction", () => {
    const entries = Array.from({ length: 16 }, (_, i) =>
      entryOf(i + 1, [], {
        benchmarks: [
          {
            scenario: 'flow',
            name: 'con_x16/throughput',
            unit: 'msg/s',
            direction: 'higher-is-better',
            estimate: (i < 8 ? 40_000 : 52_000) * (1 + ((i % 3) - 1) / 200),
          },
        ],
      }),
    );
    const series = buildBenchmarkHistorySeries(indexOf(entries), { branch: 'main' });
    const shifts = detectBenchmarkChangePoints(series);
    expect(shifts.map((c) => [c.index, c.direction, c.verdict])).toEqual([
      [8, 'up', 'improvement'],
    ]);
    expect(shifts[0]!.sentence).toMatch(/^flow con_x16\/throughput on Standard_D4s_v5 rose 30% /);
  });
});
