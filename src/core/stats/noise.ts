/**
 * A/A noise: compare the baseline with itself to learn the smallest change this machine, this
 * target and this many rounds can tell apart from chance. A threshold below that figure can
 * only produce inconclusive verdicts (or, without intervals, false alarms).
 */
import type { ComparedMetric, NoiseEstimate } from '../report/comparison-model.js';
import { COMPARED_METRICS } from '../report/comparison-model.js';
import type { RunReport } from '../report/model.js';
import {
  DEFAULT_BOOTSTRAP_ITERATIONS,
  DEFAULT_BOOTSTRAP_SEED,
  bootstrapDifference,
  bootstrapRelativeChange,
} from './bootstrap.js';
import {
  chooseSampleSource,
  collectSamples,
  groupLevelRounds,
  isComparedAbsolutely,
} from './metric-samples.js';

/** Rounds needed before the two halves are compared directly instead of resampled. */
export const MIN_ROUNDS_FOR_HALVES = 4;

/** Options of `estimateNoise`. */
export interface NoiseOptions {
  /** Metrics to estimate; default all that the rounds hold. */
  metrics?: readonly ComparedMetric[];
  /** PRNG seed. */
  seed?: number;
  /** Bootstrap resamples; default 2000. */
  iterations?: number;
  /** Confidence level; default 0.95. */
  confidence?: number;
}

/**
 * The smallest detectable change per scenario × level × metric, from the baseline's rounds
 * alone. With four or more rounds, even rounds are compared with odd rounds (interleaved, so
 * a slow drift during the session shows up as noise rather than hiding). With fewer, two
 * independent bootstrap draws from the same pool are compared (one round: its seconds). The
 * figure is the larger bound of the A/A interval in absolute value. Generator-bound levels are
 * skipped: their numbers describe the generator.
 */
export function estimateNoise(
  rounds: readonly RunReport[],
  opts: NoiseOptions = {},
): NoiseEstimate[] {
  const boot = {
    seed: opts.seed ?? DEFAULT_BOOTSTRAP_SEED,
    iterations: opts.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
    confidence: opts.confidence ?? 0.95,
  };
  const estimates: NoiseEstimate[] = [];
  for (const group of groupLevelRounds(rounds).values()) {
    if (group.rounds.some((r) => r.generator.generatorBound)) continue;
    const halves = group.rounds.length >= MIN_ROUNDS_FOR_HALVES;
    const source = chooseSampleSource(group.rounds.length);
    for (const metric of opts.metrics ?? COMPARED_METRICS) {
      const compare = isComparedAbsolutely(metric) ? bootstrapDifference : bootstrapRelativeChange;
      let a: number[] | undefined;
      let b: number[] | undefined;
      if (halves) {
        a = collectSamples(
          group.rounds.filter((_, i) => i % 2 === 0),
          metric,
          'rounds',
        );
        b = collectSamples(
          group.rounds.filter((_, i) => i % 2 === 1),
          metric,
          'rounds',
        );
      } else {
        a = collectSamples(group.rounds, metric, source);
        b = a;
      }
      if (!a || !b || a.length < (halves ? 1 : 2) || b.length < (halves ? 1 : 2)) continue;
      const ci = compare(a, b, boot);
      if (!ci) continue;
      estimates.push({
        scenario: group.scenario,
        model: group.model,
        level: group.level,
        metric,
        method: halves ? 'halves' : 'resample',
        samples: halves ? a.length + b.length : a.length,
        minDetectableChange: Math.max(Math.abs(ci.low), Math.abs(ci.high)),
      });
    }
  }
  return estimates;
}
