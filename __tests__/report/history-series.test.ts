import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../src/core/remote/report-index.js';
import {
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
