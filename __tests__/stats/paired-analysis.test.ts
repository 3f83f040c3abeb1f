import { describe, expect, it } from 'vitest';
import {
  analysePairs,
  lagOneAutocorrelation,
  pairValues,
  type MeasuredPair,
} from '../../src/core/stats/paired-analysis.js';

const rounds = (ratios: number[]): MeasuredPair[] =>
  ratios.map((r, i) => ({ round: i + 1, baseline: 100 * (i + 1), candidate: 100 * (i + 1) * r }));

describe('paired intervals', () => {
  it('measures the change from the ratios, whatever moved both sides of a pair', () => {
    // Baselines from 100 to 500: a drift five-fold larger than the change itself.
    const ci = analysePairs(rounds([1.1, 1.1, 1.1, 1.1, 1.1]), 'ratio', 0.95);
    expect(ci?.estimate).toBeCloseTo(0.1, 10);
    expect(ci?.low).toBeCloseTo(0.1, 10);
    expect(ci?.high).toBeCloseTo(0.1, 10);
  });

  it.each([
    { ratios: [1.08, 1.12], t: 12.706 },
    { ratios: [1.08, 1.12, 1.1], t: 4.303 },
    { ratios: [1.08, 1.12, 1.1, 1.09, 1.11, 1.1], t: 2.571 },
  ])(
    'uses Student’s t with n − 1 degrees of freedom for $ratios.length round pairs',
    ({ ratios, t }) => {
      const ci = analysePairs(rounds(ratios), 'ratio', 0.95)!;
      const logs = ratios.map(Math.log);
      const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
      const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1));
      const half = (t * sd) / Math.sqrt(logs.length);
      expect(ci.low).toBeCloseTo(Math.exp(mean - half) - 1, 3);
      expect(ci.high).toBeCloseTo(Math.exp(mean + half) - 1, 3);
      expect(ci.degreesOfFreedom).toBe(ratios.length - 1);
    },
  );

  it('widens as the confidence asked for grows', () => {
    const pairs = rounds([1.02, 0.99, 1.03, 1.01, 1.0]);
    const at95 = analysePairs(pairs, 'ratio', 0.95)!;
    const at999 = analysePairs(pairs, 'ratio', 0.999)!;
    expect(at999.high - at999.low).toBeGreaterThan(2 * (at95.high - at95.low));
  });

  it('measures differences for quantities compared absolutely', () => {
    const pairs: MeasuredPair[] = [
      { round: 1, baseline: 0.01, candidate: 0.03 },
      { round: 2, baseline: 0.02, candidate: 0.04 },
    ];
    const ci = analysePairs(pairs, 'difference', 0.95)!;
    expect(ci.estimate).toBeCloseTo(0.02, 10);
    expect(ci.high - ci.low).toBeCloseTo(0, 10);
  });

  it('needs two usable pairs and drops ratios of non-positive values', () => {
    expect(analysePairs(rounds([1.1]), 'ratio', 0.95)).toBeUndefined();
    const withZero: MeasuredPair[] = [
      { round: 1, baseline: 0, candidate: 10 },
      { round: 2, baseline: 10, candidate: 11 },
    ];
    expect(pairValues(withZero, 'ratio')).toHaveLength(1);
    expect(analysePairs(withZero, 'ratio', 0.95)).toBeUndefined();
  });

  it('discounts per-second pairs that repeat their neighbours', () => {
    // A slow wave within each round: consecutive seconds are alike.
    const wave: MeasuredPair[] = [];
    for (let round = 1; round <= 3; round++) {
      for (let second = 0; second < 20; second++) {
        const ratio = 1 + 0.02 * Math.sin((second + round * 7) / 3);
        wave.push({ round, second, baseline: 100, candidate: 100 * ratio });
      }
    }
    const values = pairValues(wave, 'ratio');
    const mean = values.reduce((a, v) => a + v.value, 0) / values.length;
    expect(lagOneAutocorrelation(values, mean)).toBeGreaterThan(0.8);
    const ci = analysePairs(wave, 'ratio', 0.95)!;
    expect(ci.pairs).toBe(60);
    expect(ci.effectivePairs).toBeLessThan(10);
  });

  it('counts independent per-second pairs in full', () => {
    const alternating: MeasuredPair[] = Array.from({ length: 10 }, (_, second) => ({
      round: 1,
      second,
      baseline: 100,
      candidate: second % 2 === 0 ? 101 : 99,
    }));
    expect(analysePairs(alternating, 'ratio', 0.95)?.effectivePairs).toBe(10);
  });
});
