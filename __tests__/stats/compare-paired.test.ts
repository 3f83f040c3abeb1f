import { beforeAll, describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../src/core/report/comparison-model.js';
import type { Comparison, MetricComparison } from '../../src/core/report/comparison-model.js';
import { compareReports } from '../../src/core/stats/compare.js';
import { comparePairedRounds } from '../../src/core/stats/compare-paired.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { RunReport } from '../../src/core/report/model.js';
import { buildAbRounds, type AbFixture } from '../support/reports/ab-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

function find(c: Comparison, metric: MetricComparison['metric']): MetricComparison {
  const m = c.metrics.find((x) => x.metric === metric);
  if (!m) throw new Error(`no ${metric}`);
  return m;
}

const judge = (f: AbFixture, mode: 'interleaved' | 'duet' = 'interleaved') =>
  comparePairedRounds(buildAbRounds(f), { mode, seed: 1, threshold: 0.03 });

describe('paired comparison of A/B rounds', () => {
  it.each([
    {
      name: 'an identical build under ±20% drift shows no change in p50 or throughput',
      fixture: { rounds: 6, drift: 0.2 },
      expected: { p50: 'no-change', successRps: 'no-change', errorRate: 'no-change' },
    },
    {
      name: '10% more latency under ±20% drift is a p50 regression',
      fixture: { rounds: 6, drift: 0.2, latency: 1.1 },
      expected: { p50: 'regression', successRps: 'no-change' },
    },
    {
      name: '10% less throughput under ±20% drift is a throughput regression',
      fixture: { rounds: 6, drift: 0.2, throughput: 0.9 },
      expected: { successRps: 'regression' },
    },
    {
      name: '10% less latency is an improvement',
      fixture: { rounds: 6, drift: 0.2, latency: 0.9 },
      expected: { p50: 'improvement' },
    },
    {
      name: 'noise that hits each side on its own leaves three rounds inconclusive',
      fixture: { rounds: 3, sideNoise: 0.1, latency: 1.05 },
      expected: { p50: 'inconclusive' },
    },
  ])('$name', ({ fixture, expected }) => {
    const c = judge(fixture);
    for (const [metric, verdict] of Object.entries(expected)) {
      const m = find(c, metric as MetricComparison['metric']);
      expect(m.verdict, `${metric}: ${m.reason}`).toBe(verdict);
    }
    expect(ComparisonSchema.safeParse(c).success).toBe(true);
  });

  it('sees through a drift that leaves two independent medians inconclusive', () => {
    const rounds = buildAbRounds({ rounds: 6, drift: 0.2, latency: 1.1 });
    const asReports = (side: 'baseline' | 'candidate') =>
      rounds.map((r) => ({ levels: r[side] }) as unknown as RunReport);
    const unpaired = compareReports(asReports('baseline'), asReports('candidate'), {
      threshold: 0.03,
    });
    expect(find(unpaired, 'p50').verdict).toBe('inconclusive');
    expect(find(judge({ rounds: 6, drift: 0.2, latency: 1.1 }), 'p50').verdict).toBe('regression');
  });

  it('pairs whole rounds when interleaved and seconds in a duet', () => {
    const interleaved = find(judge({ rounds: 3, latency: 1.1 }), 'p50');
    expect(interleaved.paired).toMatchObject({ unit: 'round', pairs: 3 });
    expect(interleaved.samples.source).toBe('rounds');
    const duet = judge({ rounds: 3, latency: 1.1, seconds: 5 }, 'duet');
    expect(find(duet, 'p50').paired).toMatchObject({ unit: 'second', pairs: 15 });
    expect(find(duet, 'p50').samples.source).toBe('seconds');
    // p99.9 is not kept per second: it pairs whole rounds in a duet too.
    expect(find(duet, 'p999').paired).toMatchObject({ unit: 'round', pairs: 3 });
    expect(duet.abMode).toBe('duet');
    expect(duet.settings.interval).toBe('paired-t');
  });

  it('leaves out rounds the load generator limited, and judges none when it limited all', () => {
    const some = judge({ rounds: 4, latency: 1.1, generatorBound: [2] });
    expect(find(some, 'p50').paired?.generatorBoundRounds).toEqual([2]);
    expect(find(some, 'p50').paired?.pairs).toBe(3);
    expect(some.notes.join('\n')).toMatch(/round 2 left out of the pairs/);
    const all = judge({ rounds: 2, latency: 1.1, generatorBound: [1, 2] });
    expect(find(all, 'p50').verdict).toBe('invalid');
    expect(find(all, 'p50').reason).toMatch(/load generator/);
  });

  it('says a single pair cannot show the spread', () => {
    const m = find(judge({ rounds: 1, latency: 1.1 }), 'p50');
    expect(m.verdict).toBe('inconclusive');
    expect(m.reason).toMatch(/too few paired rounds/);
  });

  it('calls more failures in every round a regression of the error rate', () => {
    const c = judge({ rounds: 4, errorRate: 0.05 });
    expect(find(c, 'errorRate').verdict).toBe('regression');
    expect(find(c, 'errorRate').changeKind).toBe('difference');
  });

  it('judges only the metrics asked for', () => {
    const c = comparePairedRounds(buildAbRounds({ rounds: 3 }), {
      mode: 'interleaved',
      seed: 1,
      threshold: 0.03,
      metrics: ['successRps', 'p50'],
    });
    expect(c.metrics.map((m) => m.metric)).toEqual(['successRps', 'p50']);
  });

  it('puts the look’s confidence on every interval', () => {
    const c = comparePairedRounds(buildAbRounds({ rounds: 3 }), {
      mode: 'interleaved',
      seed: 1,
      threshold: 0.03,
      lookConfidence: 0.999,
    });
    expect(find(c, 'p50').ci?.confidence).toBe(0.999);
    expect(c.settings.confidence).toBe(0.95);
  });
});
