/**
 * The words and the overall verdict of a comparison: the headline counts each verdict with its
 * plural and the levels it spans, the overall verdict follows its order of precedence, and each
 * metric's reason names the consequence of the change in the metric's own terms, with the
 * one-round caveat and advice when the interval came from per-second values.
 */
import { describe, expect, it } from 'vitest';
import type { ComparedMetric, MetricComparison } from '../../src/core/report/comparison-model.js';
import {
  decideOverallVerdict,
  judgeInterval,
  summarizeVerdicts,
} from '../../src/core/stats/compare.js';

type Verdict = MetricComparison['verdict'];
const m = (verdict: Verdict, level = 8, scenario = 's', model: 'closed' | 'open' = 'closed') =>
  ({ verdict, level, scenario, model }) as MetricComparison;

describe('summarizeVerdicts', () => {
  it('says nothing was compared when no metric was', () => {
    expect(summarizeVerdicts([])).toBe('Nothing compared: no level was measured on both sides');
  });

  it('counts each verdict in the singular or plural, in a fixed order, and the levels', () => {
    expect(summarizeVerdicts([m('regression')])).toBe('1 regression across 1 level');
    expect(
      summarizeVerdicts([
        m('invalid', 1),
        m('inconclusive', 2),
        m('no-change', 3),
        m('improvement', 4),
        m('regression', 5),
        m('regression', 5),
        m('improvement', 5),
        m('no-change', 5),
        m('inconclusive', 5),
        m('invalid', 5),
      ]),
    ).toBe(
      '2 regressions, 2 improvements, 2 unchanged, 2 inconclusive, 2 not judged across 5 levels',
    );
  });

  it('counts a level once per scenario, model and level', () => {
    expect(
      summarizeVerdicts([
        m('no-change', 8, 'a'),
        m('no-change', 8, 'b'),
        m('no-change', 8, 'a', 'open'),
        m('no-change', 8, 'a'),
      ]),
    ).toBe('4 unchanged across 3 levels');
  });
});

describe('decideOverallVerdict', () => {
  it.each([
    [['no-change', 'improvement', 'inconclusive', 'regression', 'invalid'], 'regression'],
    [['no-change', 'improvement', 'inconclusive', 'invalid'], 'inconclusive'],
    [['no-change', 'improvement', 'invalid'], 'improvement'],
    [['invalid', 'no-change'], 'no-change'],
    [['invalid'], 'invalid'],
    [[], 'no-baseline'],
  ] as [Verdict[], string][])('%j gives %s', (verdicts, overall) => {
    expect(decideOverallVerdict(verdicts.map((verdict) => ({ verdict })))).toBe(overall);
  });
});

describe('judgeInterval: what a change means, in words', () => {
  const judge = (
    metric: ComparedMetric,
    low: number,
    high: number,
    kind: 'ratio' | 'difference' = 'ratio',
    source: 'rounds' | 'seconds' = 'rounds',
  ) =>
    judgeInterval(
      metric,
      { low, high, confidence: 0.95 },
      kind === 'ratio' ? 0.05 : 0.001,
      kind,
      source,
    );

  it.each([
    ['p50', 0.1, 0.2, 'ratio', 'regression', 'higher p50 latency'],
    ['p99', -0.2, -0.1, 'ratio', 'improvement', 'lower p99 latency'],
    ['p999', 0.1, 0.2, 'ratio', 'regression', 'higher p99.9 latency'],
    ['successRps', -0.2, -0.1, 'ratio', 'regression', 'lower throughput'],
    ['successRps', 0.1, 0.2, 'ratio', 'improvement', 'higher throughput'],
    ['errorRate', 0.002, 0.004, 'difference', 'regression', 'more failures'],
    ['errorRate', -0.004, -0.002, 'difference', 'improvement', 'fewer failures'],
    ['serverCpuUsPerRequest', 0.1, 0.2, 'ratio', 'regression', 'more server CPU per request'],
    ['serverCpuUsPerRequest', -0.2, -0.1, 'ratio', 'improvement', 'less server CPU per request'],
  ] as const)('%s from %d to %d is a %s: %s', (metric, low, high, kind, verdict, consequence) => {
    const judged = judge(metric, low, high, kind);
    expect(judged.verdict).toBe(verdict);
    expect(judged.reason.endsWith(`: ${consequence}`)).toBe(true);
  });

  it('says where the interval lies, with the threshold', () => {
    expect(judge('p99', 0.1, 0.2).reason).toBe(
      'interval +10.0%…+20.0% lies entirely above +5%: higher p99 latency',
    );
    expect(judge('p99', -0.2, -0.1).reason).toBe(
      'interval −20.0%…−10.0% lies entirely below −5%: lower p99 latency',
    );
    expect(judge('p99', -0.01, 0.02).reason).toBe('interval −1.0%…+2.0% lies within ±5%');
  });

  it('marks a verdict from the per-second values of one round, with its own advice', () => {
    expect(judge('p99', 0.1, 0.2, 'ratio', 'seconds').reason).toBe(
      'interval +10.0%…+20.0% lies entirely above +5% (from per-second values of one round): higher p99 latency',
    );
    expect(judge('p99', -0.01, 0.02, 'ratio', 'seconds').reason).toBe(
      'interval −1.0%…+2.0% lies within ±5% (from per-second values of one round)',
    );
    expect(judge('p99', -0.2, 0.2, 'ratio', 'seconds').reason).toBe(
      'interval −20.0%…+20.0% is wider than the ±5% threshold (from per-second values of one round); run 2 or more rounds per side',
    );
    expect(judge('p99', 0.01, 0.07, 'ratio', 'seconds').reason).toBe(
      'interval +1.0%…+7.0% straddles the +5% threshold (from per-second values of one round); the change may be real but is not certain; run 2 or more rounds per side',
    );
    expect(judge('p99', -0.2, 0.2).reason).toBe(
      'interval −20.0%…+20.0% is wider than the ±5% threshold; run more rounds or longer levels',
    );
    expect(judge('p99', -0.07, -0.01).reason).toBe(
      'interval −7.0%…−1.0% straddles the −5% threshold; the change may be real but is not certain; run more rounds or longer levels',
    );
  });

  it('calls an interval exactly twice the threshold wide, one end past it, straddling', () => {
    // Binary-exact figures: the width 0.5 is exactly twice the threshold 0.25.
    const at = judgeInterval('p99', { low: 0, high: 0.5, confidence: 0.95 }, 0.25, 'ratio');
    expect(at.verdict).toBe('inconclusive');
    expect(at.reason).toContain('straddles the +25% threshold');
    const wider = judgeInterval('p99', { low: 0, high: 0.5, confidence: 0.95 }, 0.2, 'ratio');
    expect(wider.reason).toContain('is wider than the ±20% threshold');
  });

  it('names the noise floor of an improvement that does not clear it', () => {
    const judged = judgeInterval(
      'p99',
      { low: -0.2, high: -0.1, confidence: 0.95 },
      0.05,
      'ratio',
      'rounds',
      { floor: 0.15, origin: 'rounds' },
    );
    expect(judged).toEqual({
      verdict: 'inconclusive',
      reason:
        'interval −20.0%…−10.0% lies below −5% but not beyond the noise of this setup (±15%, the spread between its own rounds); the change may be real but is not certain; run more rounds or longer levels',
    });
    expect(
      judgeInterval('p99', { low: -0.3, high: -0.16, confidence: 0.95 }, 0.05, 'ratio', 'rounds', {
        floor: 0.15,
        origin: 'estimate',
      }).verdict,
    ).toBe('improvement');
  });
});
