import { describe, expect, it } from 'vitest';
import {
  analysePairs,
  withinRoundCorrelation,
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

  it('counts rounds whose seconds all lean one way about once each', () => {
    // Three rounds of 20 seconds, each round shifted as a whole, tiny jitter within.
    const shifted: MeasuredPair[] = [];
    for (const [round, shift] of [
      [1, 0.05],
      [2, -0.04],
      [3, 0.02],
    ] as const) {
      for (let second = 0; second < 20; second++) {
        const ratio = 1 + shift + 0.001 * ((second % 3) - 1);
        shifted.push({ round, second, baseline: 100, candidate: 100 * ratio });
      }
    }
    expect(withinRoundCorrelation(pairValues(shifted, 'ratio'))).toBeGreaterThan(0.95);
    const ci = analysePairs(shifted, 'ratio', 0.95)!;
    expect(ci.pairs).toBe(60);
    expect(ci.effectivePairs).toBeLessThan(3.5);
    // So the interval is as wide as three round means make it, not sixty seconds.
    expect(ci.high - ci.low).toBeGreaterThan(0.1);
  });

  it('counts per-second pairs in full when rounds do not differ', () => {
    const alternating: MeasuredPair[] = Array.from({ length: 20 }, (_, i) => ({
      round: 1 + (i % 2),
      second: Math.floor(i / 2),
      baseline: 100,
      candidate: Math.floor(i / 2) % 2 === 0 ? 101 : 99,
    }));
    expect(analysePairs(alternating, 'ratio', 0.95)?.effectivePairs).toBe(20);
  });
});
