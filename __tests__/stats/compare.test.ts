import { beforeAll, describe, expect, it } from 'vitest';
import { ComparisonSchema } from '../../src/core/report/comparison-model.js';
import type { Comparison, MetricComparison } from '../../src/core/report/comparison-model.js';
import { compareReports, NO_BASELINE_HEADLINE } from '../../src/core/stats/compare.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { LevelSpec } from '../support/reports/synthetic-rounds.js';
import { buildRound, buildRounds } from '../support/reports/synthetic-rounds.js';

const base: LevelSpec = { level: 16, medianUs: 1000, successRps: 2000, serverCpuUsPerRequest: 120 };

function find(c: Comparison, metric: MetricComparison['metric'], level = 16): MetricComparison {
  const m = c.metrics.find((x) => x.metric === metric && x.level === level);
  if (!m) throw new Error(`no ${metric} at ${level}`);
  return m;
}

function compare(
  candidate: Partial<LevelSpec>,
  opts: { rounds?: number; roundNoise?: number; seed?: number } = {},
) {
  const rounds = opts.rounds ?? 3;
  const roundNoise = opts.roundNoise ?? 0.01;
  const seed = opts.seed ?? 1;
  return compareReports(
    buildRounds(rounds, { seed, levels: [base], roundNoise }),
    buildRounds(rounds, { seed: seed + 100, levels: [{ ...base, ...candidate }], roundNoise }),
  );
}

beforeAll(async () => {
  await initHistograms();
});

describe('compareReports', () => {
  it.each([
    {
      name: 'an identical build shows no change in throughput, p50 or server CPU',
      candidate: {},
      expected: { successRps: 'no-change', p50: 'no-change', serverCpuUsPerRequest: 'no-change' },
    },
    {
      name: '15% higher latency is a p50 and p99 regression with throughput unchanged',
      candidate: { medianUs: 1150 },
      expected: { successRps: 'no-change', p50: 'regression', p99: 'regression' },
    },
    {
      name: '15% lower throughput is a throughput regression',
      candidate: { successRps: 1700 },
      expected: { successRps: 'regression', p50: 'no-change' },
    },
    {
      name: '15% lower latency is an improvement',
      candidate: { medianUs: 850 },
      expected: { p50: 'improvement', p99: 'improvement' },
    },
    {
      name: '15% more throughput is an improvement',
      candidate: { successRps: 2300 },
      expected: { successRps: 'improvement' },
    },
    {
      name: '30% more server CPU per request is a regression',
      candidate: { serverCpuUsPerRequest: 156 },
      expected: { serverCpuUsPerRequest: 'regression' },
    },
    {
      name: 'a candidate failing 2% of requests is an error-rate regression',
      candidate: { errorRate: 0.02 },
      expected: { errorRate: 'regression', successRps: 'no-change' },
    },
  ])('$name', ({ candidate, expected }) => {
    const c = compare(candidate);
    for (const [metric, verdict] of Object.entries(expected)) {
      expect(
        find(c, metric as MetricComparison['metric']).verdict,
        `${metric}: ${find(c, metric as MetricComparison['metric']).reason}`,
      ).toBe(verdict);
    }
  });

  it('a regression says how far and in which direction, with the interval', () => {
    const p50 = find(compare({ medianUs: 1150 }), 'p50');
    expect(p50.change).toBeGreaterThan(0.1);
    expect(p50.change).toBeLessThan(0.2);
    expect(p50.ci!.low).toBeGreaterThan(0.05);
    expect(p50.reason).toMatch(
      /^interval \+\d+\.\d%…\+\d+\.\d% lies entirely above \+5%: higher p50 latency$/,
    );
    expect(p50.samples).toEqual({ source: 'rounds', baseline: 3, candidate: 3 });
  });

  it.each([1, 2, 3, 4, 5])(
    'very noisy rounds (±35%) with a real +15%% shift are never called a regression (seed %i)',
    (seed) => {
      const c = compare(
        { medianUs: 1150, successRps: 1700 },
        { roundNoise: 0.35, seed: seed * 10 },
      );
      for (const metric of ['successRps', 'p50', 'p99', 'p999'] as const) {
        const m = find(c, metric);
        expect(m.verdict, m.reason).not.toBe('regression');
        expect(m.verdict, m.reason).not.toBe('no-change');
      }
      expect(find(c, 'p50').verdict).toBe('inconclusive');
      expect(find(c, 'p50').reason).toMatch(
        /wider than the ±5% threshold; run more rounds or longer levels$/,
      );
    },
  );

  it('a generator-bound level on either side is invalid, never judged', () => {
    const baseline = buildRounds(3, { seed: 1, levels: [base] });
    const candidate = buildRounds(3, {
      seed: 50,
      levels: [{ ...base, medianUs: 3000, generatorBound: true }],
    });
    const c = compareReports(baseline, candidate);
    expect(c.metrics.length).toBeGreaterThan(0);
    for (const m of c.metrics) {
      expect(m.verdict).toBe('invalid');
      expect(m.reason).toBe('the load generator saturated (candidate); not judged');
      expect(m.ci).toBeNull();
    }
    expect(c.verdict).toBe('invalid');
    expect(c.headline).toBe('6 not judged across 1 level');
  });

  it('levels present on one side only are listed in the notes and not compared', () => {
    const baseline = buildRounds(2, { seed: 1, levels: [base, { ...base, level: 64 }] });
    const candidate = buildRounds(2, { seed: 9, levels: [base, { ...base, level: 128 }] });
    const c = compareReports(baseline, candidate);
    expect(new Set(c.metrics.map((m) => m.level))).toEqual(new Set([16]));
    expect(c.notes).toContain('transform at 128 connections: not in the baseline; not compared.');
    expect(c.notes).toContain('transform at 64 connections: not in the candidate; not compared.');
  });

  it('with one round per side the per-second series is resampled and p99.9 is inconclusive', () => {
    const c = compare({ medianUs: 1300 }, { rounds: 1 });
    const p50 = find(c, 'p50');
    expect(p50.samples).toEqual({ source: 'seconds', baseline: 5, candidate: 5 });
    expect(p50.verdict).toBe('regression');
    expect(p50.reason).toContain('(from per-second values of one round)');
    const p999 = find(c, 'p999');
    expect(p999.verdict).toBe('inconclusive');
    expect(p999.reason).toBe(
      'p99.9 cannot be resampled from one round (the per-second series does not keep it); run 2 or more rounds',
    );
  });

  it('with one round the interval is centred on the whole-level change users see', () => {
    const p99 = find(compare({ medianUs: 1300 }, { rounds: 1 }), 'p99');
    expect(p99.change).toBeCloseTo(p99.candidate / p99.baseline - 1, 12);
    expect(p99.ci!.low).toBeLessThanOrEqual(p99.change);
    expect(p99.ci!.high).toBeGreaterThanOrEqual(p99.change);
  });

  it('the error rate is compared in percentage points and no failures on both sides is no change', () => {
    const c = compare({});
    const e = find(c, 'errorRate');
    expect(e).toMatchObject({
      changeKind: 'difference',
      change: 0,
      verdict: 'no-change',
      reason: 'no failures on either side',
    });
    const worse = find(compare({ errorRate: 0.02 }), 'errorRate');
    expect(worse.change).toBeCloseTo(0.02, 3);
    expect(worse.reason).toMatch(/lies entirely above \+0\.10 pp: more failures$/);
  });

  it('the same inputs and seed give the same comparison', () => {
    const baseline = buildRounds(3, { seed: 1, levels: [base], roundNoise: 0.1 });
    const candidate = buildRounds(3, { seed: 7, levels: [base], roundNoise: 0.1 });
    const a = compareReports(baseline, candidate, { seed: 5 });
    const b = compareReports(baseline, candidate, { seed: 5 });
    expect(a).toEqual(b);
    expect(a.settings.seed).toBe(5);
  });

  it('a wider threshold turns an inconclusive p99.9 into no change', () => {
    const baseline = buildRounds(3, { seed: 1, levels: [base] });
    const candidate = buildRounds(3, { seed: 101, levels: [base] });
    expect(find(compareReports(baseline, candidate, { threshold: 0.05 }), 'p999').verdict).toBe(
      'inconclusive',
    );
    expect(find(compareReports(baseline, candidate, { threshold: 0.5 }), 'p999').verdict).toBe(
      'no-change',
    );
  });

  it('only the requested metrics are judged', () => {
    const baseline = buildRounds(2, { seed: 1, levels: [base] });
    const c = compareReports(baseline, baseline, { metrics: ['p99'] });
    expect(c.metrics.map((m) => m.metric)).toEqual(['p99']);
  });

  it('an empty baseline says this run becomes the reference', () => {
    const c = compareReports([], [buildRound({ seed: 1, levels: [base] })]);
    expect(c).toMatchObject({
      verdict: 'no-baseline',
      headline: NO_BASELINE_HEADLINE,
      metrics: [],
    });
  });

  it('the headline counts verdicts across levels and the overall verdict is the worst finding', () => {
    const c = compareReports(
      buildRounds(3, { seed: 1, levels: [base, { ...base, level: 64, medianUs: 4000 }] }),
      buildRounds(3, {
        seed: 101,
        levels: [
          { ...base, medianUs: 1300 },
          { ...base, level: 64, medianUs: 4000 },
        ],
      }),
      { metrics: ['p50', 'successRps'] },
    );
    expect(c.headline).toBe('1 regression, 3 unchanged across 2 levels');
    expect(c.verdict).toBe('regression');
  });

  it('a comparison validates against its schema and keeps its labels, mode and settings', () => {
    const baseline = buildRounds(2, { seed: 1, levels: [base] });
    const c = compareReports(baseline, baseline, {
      mode: 'aa',
      baselineLabel: 'main@1a2b3c4',
      candidateLabel: 'main@1a2b3c4 (again)',
      iterations: 500,
    });
    expect(ComparisonSchema.parse(c)).toEqual(c);
    expect(c).toMatchObject({ mode: 'aa', rounds: { baseline: 2, candidate: 2 } });
    expect(c.settings).toEqual({
      threshold: 0.05,
      errorRateThreshold: 0.001,
      confidence: 0.95,
      iterations: 500,
      seed: c.settings.seed,
    });
  });

  it('a candidate with no successful responses loses all throughput and has no latency to judge', () => {
    const baseline = buildRounds(3, { seed: 1, levels: [base] });
    const dead = buildRounds(3, { seed: 50, levels: [base] }).map((r) => ({
      ...r,
      levels: r.levels.map((l) => ({
        ...l,
        throughput: { successRps: 0, totalRps: l.throughput.totalRps },
        latencyUs: { ...l.latencyUs, count: 0 },
        series: l.series.map((s) => ({ ...s, success: 0, successRps: 0 })),
      })),
    }));
    const c = compareReports(baseline, dead);
    expect(find(c, 'successRps')).toMatchObject({
      verdict: 'regression',
      change: -1,
      ci: { low: -1, high: -1 },
    });
    expect(find(c, 'p99')).toMatchObject({
      verdict: 'invalid',
      reason: 'the candidate has no successful responses at this level; not judged',
    });
  });

  it('with two rounds per side a change inside the rounds’ own spread is inconclusive, not a regression', () => {
    const round = (seed: number, medianUs: number) =>
      buildRound({ seed, roundNoise: 0, levels: [{ ...base, medianUs, secondNoise: 0 }] });
    // Candidate rounds both sit above both baseline rounds, but the baseline alone swings by 30%.
    const c = compareReports([round(1, 1000), round(2, 1300)], [round(3, 1400), round(4, 1450)], {
      metrics: ['p50'],
    });
    const p50 = find(c, 'p50');
    expect(p50.ci!.low).toBeGreaterThan(0.05);
    expect(p50.verdict).toBe('inconclusive');
    expect(p50.reason).toMatch(
      /lies above \+5% but not beyond the noise of this setup \(±\d+(\.\d)?%, the spread between its own rounds\); the change may be real but is not certain; run more rounds or longer levels$/,
    );
    expect(c.notes).toContain(
      "2 rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; 5 or more rounds per side give sharper verdicts.",
    );
  });

  it('a known A/A noise estimate raises the bar for a one-round comparison', () => {
    const baseline = [buildRound({ seed: 1, levels: [base] })];
    const candidate = [buildRound({ seed: 2, levels: [{ ...base, medianUs: 1200 }] })];
    expect(find(compareReports(baseline, candidate), 'p50').verdict).toBe('regression');
    const noise = [
      {
        scenario: 'transform',
        model: 'closed' as const,
        level: 16,
        metric: 'p50' as const,
        method: 'halves' as const,
        samples: 6,
        minDetectableChange: 0.4,
      },
    ];
    const p50 = find(compareReports(baseline, candidate, { noise }), 'p50');
    expect(p50.verdict).toBe('inconclusive');
    expect(p50.reason).toContain(
      'but not beyond the noise of this setup (±40%, the A/A noise estimate)',
    );
  });

  it('an interrupted round is mentioned in the notes', () => {
    const rounds = buildRounds(2, { seed: 1, levels: [base] });
    const cut = { ...rounds[1]!, partial: true, outcome: 'interrupted' as const };
    const c = compareReports([rounds[0]!, cut], rounds);
    expect(c.notes).toContain(
      'baseline round 2 ended as "interrupted" (partial); its levels hold what was measured.',
    );
  });
});
