import { describe, expect, it } from 'vitest';
import {
  bootstrapDifference,
  bootstrapRelativeChange,
  createRng,
  mean,
  median,
  quantileSorted,
} from '../../src/core/stats/bootstrap.js';

describe('bootstrap', () => {
  it('the PRNG repeats its sequence for the same seed and differs for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a());
    const seqB = Array.from({ length: 5 }, () => b());
    const seqC = Array.from({ length: 5 }, () => c());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it.each([
    { values: [3, 1, 2], median: 2, mean: 2 },
    { values: [4, 1, 3, 2], median: 2.5, mean: 2.5 },
    { values: [10], median: 10, mean: 10 },
    { values: [1, 1, 100], median: 1, mean: 34 },
  ])('median and mean of $values are $median and $mean', ({ values, median: m, mean: mu }) => {
    expect(median(values)).toBe(m);
    expect(mean(values)).toBe(mu);
  });

  it('the median and mean of an empty list are NaN', () => {
    expect(median([])).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  it.each([
    { q: 0, expected: 10 },
    { q: 0.5, expected: 20 },
    { q: 0.25, expected: 15 },
    { q: 1, expected: 30 },
  ])('quantile $q of [10, 20, 30] is $expected', ({ q, expected }) => {
    expect(quantileSorted([10, 20, 30], q)).toBe(expected);
  });

  it('identical constant samples give a zero-width interval around no change', () => {
    const ci = bootstrapRelativeChange([100, 100, 100], [100, 100, 100]);
    expect(ci).toMatchObject({ estimate: 0, low: 0, high: 0, confidence: 0.95 });
  });

  it('a candidate 20% higher in every value gives an interval around +20%', () => {
    const base = [100, 102, 98, 101, 99, 100, 103, 97];
    const cand = base.map((x) => x * 1.2);
    const ci = bootstrapRelativeChange(base, cand)!;
    expect(ci.estimate).toBeCloseTo(0.2, 10);
    expect(ci.low).toBeLessThan(0.2);
    expect(ci.high).toBeGreaterThan(0.2);
    expect(ci.low).toBeGreaterThan(0.1);
    expect(ci.high).toBeLessThan(0.3);
  });

  it('the same seed gives the same interval and another seed a different one', () => {
    const rng = createRng(1);
    const base = Array.from({ length: 40 }, () => 100 + 20 * rng());
    const cand = Array.from({ length: 40 }, () => 105 + 20 * rng());
    const a = bootstrapRelativeChange(base, cand, { seed: 7 });
    const b = bootstrapRelativeChange(base, cand, { seed: 7 });
    const c = bootstrapRelativeChange(base, cand, { seed: 8 });
    expect(a).toEqual(b);
    expect([c!.low, c!.high]).not.toEqual([a!.low, a!.high]);
  });

  it('a wider confidence level gives a wider interval', () => {
    const base = [100, 110, 90, 105, 95, 101];
    const cand = [104, 120, 92, 99, 111, 108];
    const narrow = bootstrapRelativeChange(base, cand, { confidence: 0.5 })!;
    const wide = bootstrapRelativeChange(base, cand, { confidence: 0.99 })!;
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });

  it('a difference interval is in the units of the values', () => {
    const ci = bootstrapDifference([0.01, 0.01, 0.01], [0.03, 0.03, 0.03])!;
    expect(ci.estimate).toBeCloseTo(0.02, 12);
    expect(ci.low).toBeCloseTo(0.02, 12);
    expect(ci.high).toBeCloseTo(0.02, 12);
  });

  it('an empty side or an all-zero baseline gives no interval', () => {
    expect(bootstrapRelativeChange([], [1, 2])).toBeUndefined();
    expect(bootstrapRelativeChange([0, 0], [1, 2])).toBeUndefined();
  });
});
