/**
 * When an adaptive A/B stops adding rounds. After `minRounds` rounds, every round is a look:
 * the comparison is judged with that look's repeated confidence interval (see
 * `sequential-boundaries.ts`), and the run stops as soon as every judged metric has a verdict
 * (regression, improvement or no change), or when `maxRounds` or the time budget is reached.
 * Because the intervals of all looks hold together with the promised confidence, stopping at
 * the first decisive look keeps the false-call rate of a fixed design of `maxRounds` rounds.
 */
import type { Comparison, StopReason } from '../report/comparison-model.js';
import { nominalConfidence, sequentialBoundaries } from './sequential-boundaries.js';

/** How many rounds an adaptive A/B may run. */
export interface RoundBudget {
  /** Rounds before the first look. */
  minRounds: number;
  /** Most rounds; the information fractions of the looks are rounds / maxRounds. */
  maxRounds: number;
  /** Wall time the rounds may take, ms; checked before each round after `minRounds`. */
  timeBudgetMs?: number;
}

/** Nominal confidences of the looks, cached per budget and confidence. */
const cache = new Map<string, number[]>();

/** The looks' nominal confidences, for rounds minRounds … maxRounds in order. */
export function lookConfidences(budget: RoundBudget, confidence: number): number[] {
  const key = `${budget.minRounds}/${budget.maxRounds}/${confidence}`;
  let found = cache.get(key);
  if (!found) {
    const fractions: number[] = [];
    for (let r = budget.minRounds; r <= budget.maxRounds; r++) {
      fractions.push(r / budget.maxRounds);
    }
    found = sequentialBoundaries(fractions, 1 - confidence).map(nominalConfidence);
    cache.set(key, found);
  }
  return found;
}

/**
 * Nominal confidence of the interval at the look after `round` rounds. Before `minRounds` (a
 * run cut short) it is that of the first look, the most demanding; past `maxRounds`, the last.
 */
export function lookConfidence(budget: RoundBudget, round: number, confidence: number): number {
  const all = lookConfidences(budget, confidence);
  const index = Math.min(all.length - 1, Math.max(0, round - budget.minRounds));
  return all[index] ?? confidence;
}

/** Judged metrics with a verdict, and those still inconclusive (not judged ones count for neither). */
export function countDecided(comparison: Comparison): { decided: number; undecided: number } {
  let decided = 0;
  let undecided = 0;
  for (const m of comparison.metrics) {
    if (m.verdict === 'inconclusive') undecided++;
    else if (m.verdict !== 'invalid') decided++;
  }
  return { decided, undecided };
}

/** Whether to stop after a round, and why. */
export interface StopDecision {
  /** True: run no more rounds. */
  stop: boolean;
  /** Why it stopped, when it did. */
  reason?: StopReason;
  /** The decision in words. */
  note: string;
}

/** What `decideStop` looks at after a round. */
export interface StopInput {
  budget: RoundBudget;
  /** Rounds done. */
  round: number;
  /** The comparison judged at this look; absent before `minRounds`. */
  comparison?: Comparison;
  /** Instead of `comparison`: how many judged figures are decided and undecided at this look. */
  counts?: { decided: number; undecided: number };
  /** Wall time of the rounds so far, ms. */
  elapsedMs: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The stopping rule, applied after a round. */
export function decideStop(input: StopInput): StopDecision {
  const { budget, round, comparison } = input;
  const counts = input.counts ?? (comparison ? countDecided(comparison) : undefined);
  if (round < budget.minRounds || !counts) {
    return { stop: false, note: `${round} of at least ${budget.minRounds} rounds done` };
  }
  const { decided, undecided } = counts;
  if (undecided === 0) {
    return {
      stop: true,
      reason: 'decided',
      note:
        decided > 0
          ? `stopped after ${plural(round, 'round')} of at most ${budget.maxRounds}: every judged metric has a verdict`
          : `stopped after ${plural(round, 'round')}: no metric could be judged (see the reasons), and more rounds would not change that`,
    };
  }
  const open = `${plural(undecided, 'metric')} still inconclusive`;
  if (round >= budget.maxRounds) {
    return {
      stop: true,
      reason: 'max-rounds',
      note:
        budget.minRounds === budget.maxRounds
          ? `ran the fixed ${plural(round, 'round')}; ${open}`
          : `stopped at the budget of ${plural(budget.maxRounds, 'round')}; ${open}`,
    };
  }
  if (budget.timeBudgetMs !== undefined) {
    const perRoundMs = input.elapsedMs / Math.max(1, round);
    if (input.elapsedMs + perRoundMs > budget.timeBudgetMs) {
      return {
        stop: true,
        reason: 'time-budget',
        note: `stopped after ${plural(round, 'round')}: another would pass the time budget of ${Math.round(budget.timeBudgetMs / 1000)} s; ${open}`,
      };
    }
  }
  return { stop: false, note: `${open} after ${plural(round, 'round')}; another round` };
}
