import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../src/core/stats/student-t.js';

describe('the normal and Student t distributions', () => {
  it.each([
    { p: 0.5, x: 0 },
    { p: 0.975, x: 1.959964 },
    { p: 0.995, x: 2.575829 },
    { p: 1 - 1e-6, x: 4.753424 },
    { p: 0.025, x: -1.959964 },
  ])('the normal quantile of $p is $x', ({ p, x }) => {
    expect(normalQuantile(p)).toBeCloseTo(x, 5);
    expect(normalCdf(x)).toBeCloseTo(p, 6);
  });

  it('keeps relative accuracy far in the normal tail', () => {
    // P(Z < -5) = 2.8665e-7.
    expect(normalCdf(-5) / 2.8665157e-7).toBeCloseTo(1, 5);
  });

  // Values from any t table.
  it.each([
    { p: 0.975, df: 1, t: 12.7062 },
    { p: 0.975, df: 2, t: 4.3027 },
    { p: 0.975, df: 10, t: 2.2281 },
    { p: 0.995, df: 5, t: 4.0321 },
    { p: 0.9995, df: 2, t: 31.5991 },
    { p: 0.975, df: 1000, t: 1.9623 },
  ])('the t quantile of $p with $df degrees of freedom is $t', ({ p, df, t }) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTCdf(t, df)).toBeCloseTo(p, 4);
  });

  it('accepts fractional degrees of freedom between the whole ones', () => {
    const t15 = studentTQuantile(0.975, 1.5);
    expect(t15).toBeLessThan(studentTQuantile(0.975, 1));
    expect(t15).toBeGreaterThan(studentTQuantile(0.975, 2));
  });

  it('is symmetric around zero', () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});
