/**
 * The pairs of an A/B, from what each round measured on both sides. Interleaved rounds pair
 * the two sides' whole-level values of the same round and level (seconds apart); duet rounds
 * ran both sides at once, so they pair the same second of the same level (the two windows share
 * one start time). A metric the per-second series does not keep (p99.9) pairs whole rounds in
 * both modes. A round whose level was limited by the load generator on either side gives no
 * pair: its numbers describe the generator. Works on `LevelReport`s, whichever machine or
 * provider measured them.
 */
import type { ComparedMetric } from '../report/comparison-model.js';
import type { IntervalSample, LevelReport } from '../report/model.js';
import type { AbStep } from './ab-schedule.js';
import {
  isKeptPerSecond,
  isWholeInterval,
  levelKey,
  readIntervalValue,
  readRoundValue,
} from './metric-samples.js';
import type { MeasuredPair } from './paired-analysis.js';

/** What one round of an A/B measured on each side. */
export interface MeasuredAbRound {
  /** Round number, from 1. */
  round: number;
  /** The baseline's levels measured in this round. */
  baseline: LevelReport[];
  /** The candidate's levels measured in this round. */
  candidate: LevelReport[];
}

/** How the sides of an A/B are paired. */
export type AbPairing = 'rounds' | 'seconds';

/** The pairs of one metric at one level. */
export interface LevelPairs {
  /** `round`: one pair per round; `second`: one pair per second of every round. */
  unit: 'round' | 'second';
  /** The pairs, in round then second order. */
  pairs: MeasuredPair[];
  /** Rounds that measured the level on both sides. */
  roundsMeasured: number;
  /** Rounds left out because the load generator limited the level on either side. */
  generatorBoundRounds: number[];
}

/** A level's report on one side of a round, if measured. */
function findLevel(levels: readonly LevelReport[], step: AbStep): LevelReport | undefined {
  const key = levelKey(step);
  return levels.find((l) => levelKey(l) === key);
}

/** Epoch ms at which an interval of a level began. */
function intervalStartMs(level: LevelReport, sample: IntervalSample): number {
  return Date.parse(level.startedAt) + sample.startMs;
}

/**
 * Per-second pairs of one duet round: each whole second of the baseline with the candidate's
 * second that began within half a second of it.
 */
function secondPairs(
  round: number,
  a: LevelReport,
  b: LevelReport,
  metric: ComparedMetric,
): MeasuredPair[] {
  const pairs: MeasuredPair[] = [];
  const bSeconds = b.series.filter(isWholeInterval);
  for (const [i, sa] of a.series.entries()) {
    if (!isWholeInterval(sa)) continue;
    const at = intervalStartMs(a, sa);
    let best: IntervalSample | undefined;
    let bestGap = 500;
    for (const sb of bSeconds) {
      const gap = Math.abs(intervalStartMs(b, sb) - at);
      if (gap < bestGap) {
        best = sb;
        bestGap = gap;
      }
    }
    if (!best) continue;
    const va = readIntervalValue(sa, metric);
    const vb = readIntervalValue(best, metric);
    if (va === undefined || vb === undefined) continue;
    pairs.push({ round, second: i, baseline: va, candidate: vb });
  }
  return pairs;
}

/** The pairs of `metric` at `step` over every round. */
export function collectLevelPairs(
  rounds: readonly MeasuredAbRound[],
  step: AbStep,
  metric: ComparedMetric,
  pairing: AbPairing,
): LevelPairs {
  const unit = pairing === 'seconds' && isKeptPerSecond(metric) ? 'second' : 'round';
  const pairs: MeasuredPair[] = [];
  const generatorBoundRounds: number[] = [];
  let roundsMeasured = 0;
  for (const r of rounds) {
    const a = findLevel(r.baseline, step);
    const b = findLevel(r.candidate, step);
    if (!a || !b) continue;
    roundsMeasured++;
    if (a.generator.generatorBound || b.generator.generatorBound) {
      generatorBoundRounds.push(r.round);
      continue;
    }
    if (unit === 'second') {
      pairs.push(...secondPairs(r.round, a, b, metric));
    } else {
      const va = readRoundValue(a, metric);
      const vb = readRoundValue(b, metric);
      if (va !== undefined && vb !== undefined && Number.isFinite(va) && Number.isFinite(vb)) {
        pairs.push({ round: r.round, baseline: va, candidate: vb });
      }
    }
  }
  return { unit, pairs, roundsMeasured, generatorBoundRounds };
}

/** Every scenario × level measured in the rounds, in first-seen order, and on which sides. */
export function listMeasuredSteps(
  rounds: readonly MeasuredAbRound[],
): { step: AbStep; baseline: boolean; candidate: boolean }[] {
  const seen = new Map<string, { step: AbStep; baseline: boolean; candidate: boolean }>();
  for (const r of rounds) {
    for (const side of ['baseline', 'candidate'] as const) {
      for (const l of r[side]) {
        const key = levelKey(l);
        let entry = seen.get(key);
        if (!entry) {
          entry = {
            step: { scenario: l.scenario, model: l.model, level: l.level },
            baseline: false,
            candidate: false,
          };
          seen.set(key, entry);
        }
        entry[side] = true;
      }
    }
  }
  return [...seen.values()];
}
