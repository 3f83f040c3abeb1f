/**
 * Edges of `compareReports` its mutation run found unchecked: which A/A noise estimate applies,
 * the notes on the number of rounds and on unfinished rounds, a metric measured on one side only,
 * the error rate's difference, a generator-bound round among good ones, and the noise floor a
 * few rounds impose even when an A/A estimate is smaller.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  Comparison,
  MetricComparison,
  NoiseEstimate,
} from '../../src/core/report/comparison-model.js';
import { compareReports } from '../../src/core/stats/compare.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { LevelSpec } from '../support/reports/synthetic-rounds.js';
import { buildRound, buildRounds } from '../support/reports/synthetic-rounds.js';

const base: LevelSpec = { level: 16, medianUs: 1000, successRps: 2000, serverCpuUsPerRequest: 120 };

function find(c: Comparison, metric: MetricComparison['metric']): MetricComparison {
  const m = c.metrics.find((x) => x.metric === metric && x.level === 16);
  if (!m) throw new Error(`no ${metric} at 16`);
  return m;
}

const rounds = (n: number, seed: number, spec: Partial<LevelSpec> = {}) =>
  buildRounds(n, { seed, levels: [{ ...base, ...spec }], roundNoise: 0.01 });

beforeAll(async () => {
  await initHistograms();
});

describe('which A/A noise estimate a comparison uses', () => {
  const estimate = (over: Partial<NoiseEstimate>): NoiseEstimate => ({
    scenario: 'transform',
    model: 'closed',
    level: 16,
    metric: 'p50',
    method: 'halves',
    samples: 6,
    minDetectableChange: 0.4,
    ...over,
  });
  const oneRound = (medianUs: number, seed: number) => [
    buildRound({ seed, levels: [{ ...base, medianUs }] }),
  ];

  it('applies only the estimate of the same scenario, model, level and metric', () => {
    const judge = (noise: NoiseEstimate) =>
      find(compareReports(oneRound(1000, 1), oneRound(1200, 2), { noise: [noise] }), 'p50').verdict;
    expect(judge(estimate({}))).toBe('inconclusive');
    expect(judge(estimate({ metric: 'p99' }))).toBe('regression');
    expect(judge(estimate({ scenario: 'other' }))).toBe('regression');
    expect(judge(estimate({ model: 'open' }))).toBe('regression');
    expect(judge(estimate({ level: 32 }))).toBe('regression');
  });

  it('keeps the spread of few rounds as the floor when an A/A estimate is smaller', () => {
    const round = (seed: number, medianUs: number) =>
      buildRound({ seed, roundNoise: 0, levels: [{ ...base, medianUs, secondNoise: 0 }] });
    const c = compareReports([round(1, 1000), round(2, 1300)], [round(3, 1400), round(4, 1450)], {
      metrics: ['p50'],
      noise: [estimate({ minDetectableChange: 0.01 })],
    });
    const p50 = find(c, 'p50');
    expect(p50.verdict).toBe('inconclusive');
    expect(p50.reason).toContain('the spread between its own rounds');
  });
});

describe('notes on the rounds of a comparison', () => {
  it('says what one round per side cannot see', () => {
    const c = compareReports(rounds(1, 1), rounds(1, 2));
    expect(c.notes).toEqual([
      'One round on a side: intervals come from per-second values and cannot see how much whole runs differ; on shared machines run 3 or more rounds per side, or pass an A/A noise estimate.',
    ]);
  });

  it('counts the rounds of the smaller side, and says nothing from five rounds per side', () => {
    expect(compareReports(rounds(2, 1), rounds(5, 2)).notes).toEqual([
      "2 rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; 5 or more rounds per side give sharper verdicts.",
    ]);
    expect(compareReports(rounds(5, 1), rounds(5, 2)).notes).toEqual([]);
    expect(compareReports(rounds(4, 1), rounds(6, 2)).notes).toEqual([
      "4 rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; 5 or more rounds per side give sharper verdicts.",
    ]);
  });

  it('with no candidate rounds, says only that the levels were not compared', () => {
    expect(compareReports(rounds(3, 1), []).notes).toEqual([
      'transform at 16 connections: not in the candidate; not compared.',
    ]);
  });

  it('names a round the target failed that is not partial, and a partial one that says ok', () => {
    const [a, b] = rounds(2, 1);
    const failed = { ...a!, outcome: 'target-failure' as const, partial: false };
    const cut = { ...b!, outcome: 'ok' as const, partial: true };
    const c = compareReports([failed, cut], rounds(2, 2));
    expect(c.notes.filter((n) => n.startsWith('baseline round'))).toEqual([
      'baseline round 1 ended as "target-failure"; its levels hold what was measured.',
      'baseline round 2 ended as "ok" (partial); its levels hold what was measured.',
    ]);
  });
});

describe('metrics a side could not measure', () => {
  it('does not judge server CPU that only one side sampled, and says which side lacks it', () => {
    const { serverCpuUsPerRequest: _omit, ...unsampled } = base;
    const noCpu = buildRounds(3, { seed: 1, levels: [unsampled], roundNoise: 0.01 });
    const c = compareReports(noCpu, rounds(3, 2));
    expect(find(c, 'serverCpuUsPerRequest')).toMatchObject({
      verdict: 'invalid',
      baseline: 0,
      reason: 'the baseline has no server sampling at this level; not judged',
    });
    const reverse = compareReports(rounds(3, 2), noCpu);
    expect(find(reverse, 'serverCpuUsPerRequest')).toMatchObject({
      verdict: 'invalid',
      candidate: 0,
      reason: 'the candidate has no server sampling at this level; not judged',
    });
    // Sampled on neither side: left out without a note.
    const neither = compareReports(noCpu, noCpu);
    expect(neither.metrics.map((m) => m.metric)).not.toContain('serverCpuUsPerRequest');
    expect(neither.notes.join('\n')).not.toMatch(/server CPU/i);
  });
});

describe('the error rate', () => {
  it('is compared as a difference in percentage points, with the interval around it', () => {
    const c = compareReports(rounds(3, 1, { errorRate: 0.01 }), rounds(3, 2, { errorRate: 0.03 }));
    const e = find(c, 'errorRate');
    expect(e.changeKind).toBe('difference');
    expect(e.change).toBeCloseTo(e.candidate - e.baseline, 10);
    expect(e.change).toBeGreaterThan(0.01);
    expect(e.change).toBeLessThan(0.03);
    expect(e.ci!.low).toBeLessThanOrEqual(e.change);
    expect(e.ci!.high).toBeGreaterThanOrEqual(e.change);
  });

  it('is "no failures on either side" only when every round of both sides had none', () => {
    const clean = rounds(3, 1, { errorRate: 0 });
    const oneBad = [
      ...rounds(2, 2, { errorRate: 0 }),
      buildRound({ seed: 9, levels: [{ ...base, errorRate: 0.02 }] }),
    ];
    const e = find(compareReports(clean, oneBad), 'errorRate');
    expect(e.reason).not.toBe('no failures on either side');
    expect(find(compareReports(clean, clean), 'errorRate')).toMatchObject({
      verdict: 'no-change',
      reason: 'no failures on either side',
    });
  });
});

describe('a round the load generator limited', () => {
  it('makes the level invalid even when the other rounds were fine, and names the side', () => {
    const withBound = (seed: number) => [
      ...rounds(2, seed),
      buildRound({ seed: seed + 50, levels: [{ ...base, generatorBound: true }] }),
    ];
    const reason = (b: ReturnType<typeof rounds>, c: ReturnType<typeof rounds>) =>
      find(compareReports(b, c), 'p50').reason;
    expect(reason(withBound(1), rounds(3, 2))).toBe(
      'the load generator saturated (baseline); not judged',
    );
    expect(reason(rounds(3, 1), withBound(2))).toBe(
      'the load generator saturated (candidate); not judged',
    );
    expect(reason(withBound(1), withBound(2))).toBe(
      'the load generator saturated (baseline and candidate); not judged',
    );
  });
});
