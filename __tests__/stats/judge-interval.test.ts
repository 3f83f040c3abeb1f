/**
 * The verdict rule of `judgeInterval` at its boundaries: a change counts only when the whole
 * interval lies strictly beyond the threshold, "no change" when it lies within ±threshold
 * (ends included), and the noise floor, when one is given, must be cleared strictly too.
 * Intervals here end exactly on a limit, where `>` and `>=` part ways.
 */
import { describe, expect, it } from 'vitest';
import type { ComparedMetric } from '../../src/core/report/comparison-model.js';
import { judgeInterval, type NoiseFloor } from '../../src/core/stats/compare.js';

const T = 0.05;

function judge(
  metric: ComparedMetric,
  low: number,
  high: number,
  kind: 'ratio' | 'difference' = 'ratio',
  threshold = T,
) {
  return judgeInterval(metric, { low, high, confidence: 0.95 }, threshold, kind);
}

describe('judgeInterval at the threshold', () => {
  it('calls an interval whose low end is exactly +threshold inconclusive, not a regression', () => {
    const { verdict, reason } = judge('p99', T, 0.08);
    expect(verdict).toBe('inconclusive');
    expect(reason).toContain('straddles the +5% threshold');
  });

  it('calls an interval whose high end is exactly -threshold inconclusive, not an improvement', () => {
    const { verdict, reason } = judge('p99', -0.08, -T);
    expect(verdict).toBe('inconclusive');
    expect(reason).toContain('straddles the −5% threshold');
  });

  it('calls an interval just above +threshold a latency regression and a throughput improvement', () => {
    expect(judge('p99', 0.0501, 0.08).verdict).toBe('regression');
    expect(judge('successRps', 0.0501, 0.08).verdict).toBe('improvement');
  });

  it('calls an interval just below -threshold a latency improvement and a throughput regression', () => {
    expect(judge('p99', -0.08, -0.0501).verdict).toBe('improvement');
    expect(judge('successRps', -0.08, -0.0501).verdict).toBe('regression');
  });

  it('calls an interval ending exactly on both limits no change', () => {
    const { verdict, reason } = judge('p50', -T, T);
    expect(verdict).toBe('no-change');
    expect(reason).toBe('interval −5.0%…+5.0% lies within ±5%');
  });

  it('calls an interval one end past a limit inconclusive: straddling when narrower than the band, too wide otherwise', () => {
    expect(judge('p50', -0.01, 0.0501).reason).toContain('straddles the +5% threshold');
    expect(judge('p50', -0.0501, 0.01).reason).toContain('straddles the −5% threshold');
    const wide = judge('p50', -0.06, 0.06);
    expect(wide.verdict).toBe('inconclusive');
    expect(wide.reason).toContain('is wider than the ±5% threshold');
    // Exactly twice the threshold wide and past one end: straddling, not "wider".
    expect(judge('p50', -0.04, 0.06).reason).toContain('straddles');
  });

  it('applies the same strict rule to error-rate differences', () => {
    const t = 0.001;
    expect(judge('errorRate', t, 0.002, 'difference', t).verdict).toBe('inconclusive');
    expect(judge('errorRate', 0.0011, 0.002, 'difference', t).verdict).toBe('regression');
    expect(judge('errorRate', -t, t, 'difference', t).verdict).toBe('no-change');
  });
});

describe('judgeInterval against a noise floor above the threshold', () => {
  const noise: NoiseFloor = { floor: 0.1, origin: 'rounds' };

  function judgeWithNoise(low: number, high: number, floor = noise) {
    return judgeInterval('p99', { low, high, confidence: 0.95 }, T, 'ratio', 'rounds', floor);
  }

  it('keeps a change beyond the threshold but ending exactly on the floor inconclusive, naming the floor', () => {
    const { verdict, reason } = judgeWithNoise(0.1, 0.2);
    expect(verdict).toBe('inconclusive');
    expect(reason).toContain('above +5% but not beyond the noise of this setup (±10%');
    expect(reason).toContain('the spread between its own rounds');
    const below = judgeWithNoise(-0.2, -0.1);
    expect(below.verdict).toBe('inconclusive');
    expect(below.reason).toContain('below −5% but not beyond the noise');
  });

  it('calls a change beyond the floor a regression', () => {
    expect(judgeWithNoise(0.1001, 0.2).verdict).toBe('regression');
    expect(judgeWithNoise(-0.2, -0.1001).verdict).toBe('improvement');
  });

  it('names an A/A estimate as the origin of the floor', () => {
    const { reason } = judgeWithNoise(0.07, 0.2, { floor: 0.1, origin: 'estimate' });
    expect(reason).toContain('the A/A noise estimate');
  });

  it('ignores a floor at or below the threshold', () => {
    expect(judgeWithNoise(0.06, 0.2, { floor: T, origin: 'rounds' }).verdict).toBe('regression');
  });
});
