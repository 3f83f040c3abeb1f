/**
 * Repeated confidence intervals for a comparison that looks at its data after every round and
 * may stop at any look (Jennison and Turnbull, JRSS B 51, 1989). Each look's interval is wider
 * than a fixed design's, by just enough that all the intervals of a sequence cover the true
 * change together with the stated confidence: so stopping as soon as they decide keeps the
 * false-call rate of a single look. The width per look comes from an alpha-spending function
 * (Lan and DeMets, Biometrika 70, 1983) of the O'Brien–Fleming type, which spends almost nothing
 * at the first looks (only a clear change stops early) and keeps the last look close to a fixed
 * design's. The boundaries account for the correlation between looks (the data of look k are
 * part of look k + 1) by integrating the Brownian-motion recursion of Armitage, McPherson and
 * Rowe numerically on a grid.
 */
import { normalCdf, normalPdf, normalQuantile } from './student-t.js';

/** Largest critical value handed out: a look that spends nothing cannot decide anything. */
export const MAX_CRITICAL_VALUE = 8;

/** Points of the integration grid per look (odd, for Simpson's rule). */
const GRID_POINTS = 241;

/**
 * Alpha spent by information fraction `t` (0..1], two-sided O'Brien–Fleming type as Lan and
 * DeMets give it: α(t) = 4 − 4Φ(z₁₋α/₄ / √t), so α(1) = α.
 */
export function obrienFlemingSpending(t: number, alpha: number): number {
  if (!(t > 0)) return 0;
  const z = normalQuantile(1 - alpha / 4);
  return Math.min(alpha, 4 - 4 * normalCdf(z / Math.sqrt(Math.min(1, t))));
}

/** Simpson weights for `n` (odd) equally spaced points `h` apart. */
function simpsonWeights(n: number, h: number): number[] {
  return Array.from({ length: n }, (_, i) =>
    i === 0 || i === n - 1 ? h / 3 : i % 2 === 1 ? (4 * h) / 3 : (2 * h) / 3,
  );
}

/**
 * Two-sided critical values c₁…c_K (on the z scale) for looks at information fractions
 * `fractions` (increasing, in (0, 1]), such that P(|Z_j| < c_j for j < k, |Z_k| ≥ c_k) is the
 * alpha the spending function allots to look k under no change. A look that is allotted nothing
 * (or almost nothing) gets `MAX_CRITICAL_VALUE`.
 */
export function sequentialBoundaries(fractions: readonly number[], alpha: number): number[] {
  const bounds: number[] = [];
  // Sub-density of the Brownian motion S at the previous look on its continuation region.
  let grid: number[] = [];
  let density: number[] = [];
  let weights: number[] = [];
  let previousT = 0;
  let spent = 0;
  for (const [k, t] of fractions.entries()) {
    if (!(t > previousT)) throw new Error(`information fractions must increase (look ${k + 1})`);
    const target = obrienFlemingSpending(t, alpha) - spent;
    const sd = Math.sqrt(t);
    let c: number;
    if (k === 0) {
      c = target > 0 ? normalQuantile(1 - target / 2) : MAX_CRITICAL_VALUE;
    } else {
      const step = Math.sqrt(t - previousT);
      // Probability of stopping at this look with boundary b (on the S scale), having continued
      // so far: the mass that moves from the previous region to beyond ±b.
      const exit = (b: number) => {
        let p = 0;
        for (let j = 0; j < grid.length; j++) {
          const u = grid[j]!;
          p += weights[j]! * density[j]! * (normalCdf((-b - u) / step) + normalCdf((u - b) / step));
        }
        return p;
      };
      if (!(target > 1e-15)) {
        c = MAX_CRITICAL_VALUE;
      } else {
        let lo = 0;
        let hi = MAX_CRITICAL_VALUE;
        if (exit(hi * sd) > target) {
          c = MAX_CRITICAL_VALUE;
        } else {
          for (let i = 0; i < 80; i++) {
            const mid = (lo + hi) / 2;
            if (exit(mid * sd) > target) lo = mid;
            else hi = mid;
          }
          c = (lo + hi) / 2;
        }
      }
    }
    c = Math.min(c, MAX_CRITICAL_VALUE);
    bounds.push(c);
    // Spent is what this boundary actually spends, so rounding never accumulates.
    const b = c * sd;
    const h = (2 * b) / (GRID_POINTS - 1);
    const nextGrid = Array.from({ length: GRID_POINTS }, (_, i) => -b + i * h);
    let nextDensity: number[];
    if (k === 0) {
      nextDensity = nextGrid.map((s) => normalPdf(s / sd) / sd);
      spent = 2 - 2 * normalCdf(c);
    } else {
      const step = Math.sqrt(t - previousT);
      let exitMass = 0;
      for (let j = 0; j < grid.length; j++) {
        const u = grid[j]!;
        exitMass +=
          weights[j]! * density[j]! * (normalCdf((-b - u) / step) + normalCdf((u - b) / step));
      }
      spent += exitMass;
      nextDensity = nextGrid.map((s) => {
        let f = 0;
        for (let j = 0; j < grid.length; j++) {
          f += (weights[j]! * density[j]! * normalPdf((s - grid[j]!) / step)) / step;
        }
        return f;
      });
    }
    grid = nextGrid;
    density = nextDensity;
    weights = simpsonWeights(GRID_POINTS, h);
    previousT = t;
  }
  return bounds;
}

/** Two-sided nominal confidence of a critical value: 2Φ(c) − 1. */
export function nominalConfidence(criticalValue: number): number {
  return 1 - 2 * normalCdf(-criticalValue);
}
