import { describe, expect, it } from 'vitest';
import {
  MAX_CRITICAL_VALUE,
  nominalConfidence,
  obrienFlemingSpending,
  sequentialBoundaries,
} from '../../src/core/stats/sequential-boundaries.js';

describe('repeated confidence intervals with O’Brien–Fleming spending', () => {
  it('gives a single look the fixed design’s 95% interval', () => {
    const [c] = sequentialBoundaries([1], 0.05);
    expect(c).toBeCloseTo(1.95996, 4);
    expect(nominalConfidence(c!)).toBeCloseTo(0.95, 6);
  });

  it('matches the published boundaries of five equally spaced looks', () => {
    // Lan–DeMets O'Brien–Fleming type, two-sided alpha 0.05 (e.g. the ldbounds R package).
    const published = [4.8769, 3.3569, 2.6803, 2.2898, 2.031];
    const bounds = sequentialBoundaries([0.2, 0.4, 0.6, 0.8, 1], 0.05);
    bounds.forEach((c, i) => expect(c).toBeCloseTo(published[i]!, 3));
  });

  it('spends all of alpha by the last look and almost none at the first', () => {
    expect(obrienFlemingSpending(1, 0.05)).toBeCloseTo(0.05, 6);
    expect(obrienFlemingSpending(0.2, 0.05)).toBeLessThan(2e-6);
    expect(obrienFlemingSpending(0, 0.05)).toBe(0);
  });

  it('makes every later look less demanding than the one before', () => {
    const fractions = Array.from({ length: 9 }, (_, i) => (i + 2) / 10);
    const bounds = sequentialBoundaries(fractions, 0.05);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]!).toBeLessThan(bounds[i - 1]!);
    // The last of nine looks stays close to the fixed design's 1.96.
    expect(bounds.at(-1)!).toBeLessThan(2.1);
  });

  it('caps a look that is allotted nothing', () => {
    expect(sequentialBoundaries([1e-6, 1], 0.05)[0]).toBe(MAX_CRITICAL_VALUE);
  });

  it('refuses information fractions that do not increase', () => {
    expect(() => sequentialBoundaries([0.5, 0.5], 0.05)).toThrow(/increase/);
  });
});
