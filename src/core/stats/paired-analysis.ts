/**
 * The interval of a change from paired measurements: A and B of the same round and level
 * (interleaved), or of the same second (duet). Each pair gives one log ratio ln(B/A) (one
 * difference B − A for the error rate), so anything that moved both sides of a pair alike (a
 * busy neighbour, a slow minute, thermal drift) cancels before the spread is measured.
 *
 * The interval is Student's t on the mean of those values, not a percentile bootstrap: a
 * sequential look may ask for a 99.99% interval from three pairs, and a percentile bootstrap
 * cannot reach beyond the range of its few values (three pairs all above zero happen one time
 * in eight by chance alone, whatever confidence is asked for), while t widens honestly as the
 * pairs get fewer. Log ratios of throughput and latency are close to symmetric; an outlier
 * widens the interval (fewer calls), it never narrows it. Per-second pairs of one round share
 * that round's machine state, so their count is discounted by the design effect of their
 * intraclass correlation: a round whose seconds all lean one way counts about once.
 */
import { studentTQuantile } from './student-t.js';

/** One pair: the two sides' values of one round (or second) at one level. */
export interface MeasuredPair {
  /** Round the pair comes from, from 1. */
  round: number;
  /** Duet: index of the second within the level's window; absent for a whole-round pair. */
  second?: number;
  /** The baseline's value. */
  baseline: number;
  /** The candidate's value. */
  candidate: number;
}

/** How a change is measured: `ratio` (B/A − 1) or `difference` (B − A). */
export type ChangeKind = 'ratio' | 'difference';

/** A paired interval of the change. */
export interface PairedInterval {
  /** Point estimate: geometric mean of B/A minus 1 (ratio), or the mean of B − A. */
  estimate: number;
  /** Lower bound, same kind as `estimate`. */
  low: number;
  /** Upper bound, same kind as `estimate`. */
  high: number;
  /** Two-sided confidence level of [low, high]. */
  confidence: number;
  /** Pairs used. */
  pairs: number;
  /** Pairs after the discount for autocorrelation (equals `pairs` for whole-round pairs). */
  effectivePairs: number;
  /** Degrees of freedom of the t quantile. */
  degreesOfFreedom: number;
}

/** The per-pair values analysed: log ratios or differences; pairs a ratio cannot use dropped. */
export function pairValues(
  pairs: readonly MeasuredPair[],
  kind: ChangeKind,
): { round: number; second?: number; value: number }[] {
  const out: { round: number; second?: number; value: number }[] = [];
  for (const p of pairs) {
    if (kind === 'ratio') {
      if (!(p.baseline > 0) || !(p.candidate > 0)) continue;
      out.push({ round: p.round, second: p.second, value: Math.log(p.candidate / p.baseline) });
    } else {
      out.push({ round: p.round, second: p.second, value: p.candidate - p.baseline });
    }
  }
  return out;
}

/**
 * Intraclass correlation of per-second values within rounds (one-way ANOVA estimator, at least
 * 0): how much the seconds of one round share beyond the change itself (the round's machine
 * state, which process the scheduler favoured). 0 for whole-round pairs or a single round.
 */
export function withinRoundCorrelation(
  values: readonly { round: number; second?: number; value: number }[],
): number {
  const groups = new Map<number, number[]>();
  for (const v of values) {
    if (v.second === undefined) return 0;
    let g = groups.get(v.round);
    if (!g) groups.set(v.round, (g = []));
    g.push(v.value);
  }
  const k = groups.size;
  const n = values.length;
  if (k < 2 || n <= k) return 0;
  const grand = values.reduce((a, v) => a + v.value, 0) / n;
  let between = 0;
  let within = 0;
  let sumSquaredSizes = 0;
  for (const g of groups.values()) {
    const m = g.reduce((a, b) => a + b, 0) / g.length;
    between += g.length * (m - grand) ** 2;
    for (const x of g) within += (x - m) ** 2;
    sumSquaredSizes += g.length ** 2;
  }
  const msb = between / (k - 1);
  const msw = within / (n - k);
  // Average group size corrected for unequal rounds (n0 of the ANOVA estimator).
  const n0 = (n - sumSquaredSizes / n) / (k - 1);
  const rho = (msb - msw) / (msb + (n0 - 1) * msw);
  return Number.isFinite(rho) ? Math.max(0, Math.min(1, rho)) : 0;
}

/**
 * The paired t interval at `confidence`; `undefined` with fewer than two usable pairs (no
 * spread to estimate).
 */
export function analysePairs(
  pairs: readonly MeasuredPair[],
  kind: ChangeKind,
  confidence: number,
): PairedInterval | undefined {
  const values = pairValues(pairs, kind);
  const n = values.length;
  if (n < 2) return undefined;
  let sum = 0;
  for (const v of values) sum += v.value;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v.value - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  // Seconds of one round are not independent: discount them by the design effect (Kish),
  // 1 + (m − 1)ρ for rounds of m seconds, so a round that leans one way counts about once.
  const rho = withinRoundCorrelation(values);
  const rounds = new Set(values.map((v) => v.round)).size;
  const designEffect = 1 + (n / rounds - 1) * rho;
  const effectivePairs = Math.max(Math.min(2, n), n / designEffect);
  const degreesOfFreedom = Math.max(1, effectivePairs - 1);
  const half =
    sd === 0
      ? 0
      : (studentTQuantile((1 + confidence) / 2, degreesOfFreedom) * sd) / Math.sqrt(effectivePairs);
  const back = (x: number) => (kind === 'ratio' ? Math.exp(x) - 1 : x);
  return {
    estimate: back(mean),
    low: back(mean - half),
    high: back(mean + half),
    confidence,
    pairs: n,
    effectivePairs: Math.round(effectivePairs * 10) / 10,
    degreesOfFreedom: Math.round(degreesOfFreedom * 10) / 10,
  };
}
