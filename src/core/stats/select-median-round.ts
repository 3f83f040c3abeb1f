/**
 * Picks the round that best stands for a side, for charts that draw one run (the HTML report's
 * overlays): the round closest to the per-level medians of throughput and p99, rather than the
 * first or the last round, which may be the odd one out.
 */
import type { RunReport } from '../report/model.js';
import { median } from './bootstrap.js';
import { groupLevelRounds, levelKey } from './metric-samples.js';

/**
 * The round whose throughput and p99 sit closest (in log distance, summed over levels) to the
 * median across rounds; the first such round on ties, `undefined` for no rounds.
 */
export function selectMedianRound(rounds: readonly RunReport[]): RunReport | undefined {
  if (rounds.length <= 2) return rounds[0];
  const medians = new Map<string, { rps: number; p99: number }>();
  for (const [key, group] of groupLevelRounds(rounds)) {
    medians.set(key, {
      rps: median(group.rounds.map((l) => l.throughput.successRps)),
      p99: median(group.rounds.map((l) => l.latencyUs.p99)),
    });
  }
  const distance = (a: number, b: number) =>
    a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : a === b ? 0 : 1;
  let best: RunReport | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const round of rounds) {
    let score = 0;
    for (const level of round.levels) {
      const m = medians.get(levelKey(level));
      if (!m) continue;
      score += distance(level.throughput.successRps, m.rps) + distance(level.latencyUs.p99, m.p99);
    }
    if (score < bestScore) {
      bestScore = score;
      best = round;
    }
  }
  return best;
}
