/**
 * The verdicts of a same-session A/B from paired measurements: per scenario × level and metric,
 * the pairs of the rounds (interleaved) or of the seconds (duet), their paired t interval (see
 * `analysePairs`) and the verdict rule of `judgeInterval`: regression or improvement only when
 * the whole interval lies beyond the threshold. The outcomes are those of `compareReports`:
 * regression, improvement, no change, inconclusive with the reason, not judged.
 */
import type {
  AbMode,
  ComparedMetric,
  Comparison,
  MetricComparison,
  NoiseEstimate,
} from '../report/comparison-model.js';
import { COMPARED_METRICS } from '../report/comparison-model.js';
import type { LevelReport } from '../report/model.js';
import { collectLevelPairs, listMeasuredSteps, type MeasuredAbRound } from './ab-pairs.js';
import type { AbStep } from './ab-schedule.js';
import { DEFAULT_BOOTSTRAP_ITERATIONS, median } from './bootstrap.js';
import {
  DEFAULT_CONFIDENCE,
  DEFAULT_ERROR_RATE_THRESHOLD,
  DEFAULT_THRESHOLD,
  decideOverallVerdict,
  judgeInterval,
  summarizeVerdicts,
} from './compare.js';
import { levelLabel, metricLabel } from './metric-format.js';
import {
  isComparedAbsolutely,
  missingSideReason,
  levelKey,
  readRoundValue,
} from './metric-samples.js';
import { analysePairs } from './paired-analysis.js';

/** Options of `comparePairedRounds`. */
export interface PairedCompareOptions {
  /** How the sides were loaded: interleaved pairs rounds, duet pairs seconds. */
  mode: AbMode;
  /** Seed of the round schedule, recorded in the settings. */
  seed: number;
  /** Relative threshold (0.05 = ±5%) for throughput, latency and CPU. */
  threshold?: number;
  /** Absolute threshold for the error rate, as a fraction. */
  errorRateThreshold?: number;
  /** Confidence the comparison promises over all its looks; default 0.95. */
  confidence?: number;
  /** This look's nominal interval confidence (see `lookConfidence`); default `confidence`. */
  lookConfidence?: number;
  /** Metrics to judge; default all (server CPU only where both sides sampled it). */
  metrics?: readonly ComparedMetric[];
  /** Name of the baseline; default `baseline`. */
  baselineLabel?: string;
  /** Name of the candidate; default `candidate`. */
  candidateLabel?: string;
  /** A/A noise of the baseline, carried along for the reader. */
  noise?: NoiseEstimate[];
}

/** Compares the two sides of measured A/B rounds, pair by pair. */
export function comparePairedRounds(
  rounds: readonly MeasuredAbRound[],
  opts: PairedCompareOptions,
): Comparison {
  const confidence = opts.confidence ?? DEFAULT_CONFIDENCE;
  const settings = {
    threshold: opts.threshold ?? DEFAULT_THRESHOLD,
    errorRateThreshold: opts.errorRateThreshold ?? DEFAULT_ERROR_RATE_THRESHOLD,
    confidence,
    iterations: DEFAULT_BOOTSTRAP_ITERATIONS,
    seed: opts.seed,
    interval: 'paired-t' as const,
  };
  const look = opts.lookConfidence ?? confidence;
  const notes: string[] = [];
  const metrics: MetricComparison[] = [];
  for (const { step, baseline, candidate } of listMeasuredSteps(rounds)) {
    if (!baseline || !candidate) {
      notes.push(
        `${step.scenario} at ${levelLabel(step.model, step.level)}: not measured on the ${baseline ? 'candidate' : 'baseline'} side; not compared.`,
      );
      continue;
    }
    for (const metric of opts.metrics ?? COMPARED_METRICS) {
      const m = compareStepMetric(rounds, step, metric, opts.mode, settings, look, notes);
      if (m) metrics.push(m);
    }
  }
  const sideRounds = (side: 'baseline' | 'candidate') =>
    rounds.filter((r) => r[side].length > 0).length;
  return {
    baselineLabel: opts.baselineLabel ?? 'baseline',
    candidateLabel: opts.candidateLabel ?? 'candidate',
    rounds: { baseline: sideRounds('baseline'), candidate: sideRounds('candidate') },
    mode: 'ab',
    settings,
    metrics,
    headline: summarizeVerdicts(metrics),
    verdict: decideOverallVerdict(metrics),
    notes: [...dedupe(notes)],
    ...(opts.noise ? { noise: opts.noise } : {}),
    abMode: opts.mode,
  };
}

function dedupe(lines: readonly string[]): Set<string> {
  return new Set(lines);
}

/** Per-round whole-level values of one side. */
function roundValues(
  rounds: readonly MeasuredAbRound[],
  side: 'baseline' | 'candidate',
  step: AbStep,
  metric: ComparedMetric,
): number[] {
  const key = levelKey(step);
  const values: number[] = [];
  for (const r of rounds) {
    const level: LevelReport | undefined = r[side].find((l) => levelKey(l) === key);
    const v = level ? readRoundValue(level, metric) : undefined;
    if (v !== undefined && Number.isFinite(v)) values.push(v);
  }
  return values;
}

/** One metric at one level; `undefined` when neither side measured it. */
function compareStepMetric(
  rounds: readonly MeasuredAbRound[],
  step: AbStep,
  metric: ComparedMetric,
  mode: AbMode,
  settings: { threshold: number; errorRateThreshold: number },
  lookConfidence: number,
  notes: string[],
): MetricComparison | undefined {
  const where = `${step.scenario} at ${levelLabel(step.model, step.level)}`;
  const baseValues = roundValues(rounds, 'baseline', step, metric);
  const candValues = roundValues(rounds, 'candidate', step, metric);
  if (baseValues.length === 0 && candValues.length === 0) {
    // Server CPU is optional: silently absent when no side sampled the target.
    if (metric !== 'serverCpuUsPerRequest') {
      notes.push(`${where}: no ${metricLabel(metric)} on either side; not compared.`);
    }
    return undefined;
  }
  const changeKind = isComparedAbsolutely(metric) ? 'difference' : 'ratio';
  const collected = collectLevelPairs(rounds, step, metric, mode === 'duet' ? 'seconds' : 'rounds');
  const paired = {
    unit: collected.unit,
    pairs: collected.pairs.length,
    effectivePairs: collected.pairs.length,
    generatorBoundRounds: collected.generatorBoundRounds,
  };
  const baselineValue = baseValues.length > 0 ? median(baseValues) : 0;
  const candidateValue = candValues.length > 0 ? median(candValues) : 0;
  const head = {
    scenario: step.scenario,
    model: step.model,
    level: step.level,
    metric,
    changeKind,
    baseline: baselineValue,
    candidate: candidateValue,
    samples: {
      source: collected.unit === 'second' ? ('seconds' as const) : ('rounds' as const),
      baseline: collected.pairs.length,
      candidate: collected.pairs.length,
    },
  } as const;
  const pointChange =
    changeKind === 'ratio'
      ? baselineValue > 0
        ? candidateValue / baselineValue - 1
        : 0
      : candidateValue - baselineValue;
  const outcome = (
    verdict: MetricComparison['verdict'],
    reason: string,
    extra: Partial<MetricComparison> = {},
  ): MetricComparison => ({
    ...head,
    change: pointChange,
    ci: null,
    verdict,
    reason,
    paired,
    ...extra,
  });

  if (collected.generatorBoundRounds.length > 0) {
    const left = collected.generatorBoundRounds.join(', ');
    notes.push(
      collected.generatorBoundRounds.length === collected.roundsMeasured
        ? `${where}: the load generator limited every round; not judged.`
        : `${where}: round${collected.generatorBoundRounds.length === 1 ? '' : 's'} ${left} left out of the pairs (the load generator limited the level).`,
    );
    if (collected.generatorBoundRounds.length === collected.roundsMeasured) {
      return outcome('invalid', 'the load generator saturated in every round; not judged');
    }
  }
  const noValues = missingSideReason(metric, baseValues, candValues);
  if (noValues !== undefined) return outcome('invalid', noValues);
  if (changeKind === 'ratio' && !(baselineValue > 0)) {
    return outcome(
      'invalid',
      `the baseline ${metricLabel(metric)} is zero; a relative change is undefined`,
    );
  }
  if (
    metric === 'errorRate' &&
    collected.pairs.length > 0 &&
    collected.pairs.every((p) => p.baseline === 0 && p.candidate === 0)
  ) {
    return outcome('no-change', 'no failures on either side', {
      change: 0,
      ci: { low: 0, high: 0, confidence: lookConfidence },
    });
  }
  const interval = analysePairs(collected.pairs, changeKind, lookConfidence);
  if (!interval) {
    const unit = collected.unit === 'second' ? 'seconds' : 'rounds';
    return outcome(
      'inconclusive',
      `too few paired ${unit} to estimate the spread (${collected.pairs.length}); run more rounds or longer levels`,
    );
  }
  const ci = { low: interval.low, high: interval.high, confidence: lookConfidence };
  const threshold = changeKind === 'ratio' ? settings.threshold : settings.errorRateThreshold;
  const { verdict, reason } = judgeInterval(metric, ci, threshold, changeKind, 'rounds');
  return outcome(verdict, reason, {
    change: interval.estimate,
    ci,
    paired: { ...paired, pairs: interval.pairs, effectivePairs: interval.effectivePairs },
  });
}
