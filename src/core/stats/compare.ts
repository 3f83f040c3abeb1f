/**
 * A/B verdicts with confidence intervals. A change is called a regression or an improvement
 * only when the whole bootstrap interval lies beyond the threshold, and "no change" only when it
 * lies within it; anything else is inconclusive, with the reason in words. Benchmarks on shared
 * machines swing by a quarter between identical runs, so a false regression costs more trust
 * than a missed one.
 */
import type {
  ChangeInterval,
  ComparedMetric,
  Comparison,
  ComparisonMode,
  MetricComparison,
  MetricVerdict,
  NoiseEstimate,
  OverallVerdict,
} from '../report/comparison-model.js';
import { COMPARED_METRICS } from '../report/comparison-model.js';
import type { LevelReport, RunReport } from '../report/model.js';
import {
  DEFAULT_BOOTSTRAP_ITERATIONS,
  DEFAULT_BOOTSTRAP_SEED,
  bootstrapDifference,
  bootstrapRelativeChange,
  median,
} from './bootstrap.js';
import { formatInterval, formatLimit, levelLabel, metricLabel } from './metric-format.js';
import type { LevelRounds, SampleSource } from './metric-samples.js';
import {
  chooseSampleSource,
  collectRoundValues,
  collectSamples,
  groupLevelRounds,
  isComparedAbsolutely,
  isHigherBetter,
  missingSideReason,
} from './metric-samples.js';

/** Default relative threshold: changes within ±5% count as no change. */
export const DEFAULT_THRESHOLD = 0.05;

/** Default error-rate threshold: 0.1 percentage points. */
export const DEFAULT_ERROR_RATE_THRESHOLD = 0.001;

/** Default confidence level of the intervals. */
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Rounds per side from which the percentile bootstrap is trusted alone; with fewer, a change
 * must also clear the rounds' own spread (see `findNoiseFloor`).
 */
export const MIN_ROUNDS_WITHOUT_FLOOR = 5;

/** Headline when there is nothing to compare against. */
export const NO_BASELINE_HEADLINE = 'No baseline yet: this run becomes the reference';

/** Options of `compareReports`. */
export interface CompareOptions {
  /** Relative threshold (0.05 = ±5%) for throughput, latency and CPU. */
  threshold?: number;
  /** Absolute threshold for the error rate, as a fraction (0.001 = 0.1 percentage points). */
  errorRateThreshold?: number;
  /** Metrics to judge; default all (server CPU only where both sides sampled it). */
  metrics?: readonly ComparedMetric[];
  /** PRNG seed of the bootstrap. */
  seed?: number;
  /** Bootstrap resamples; default 2000. */
  iterations?: number;
  /** Confidence level; default 0.95. */
  confidence?: number;
  /** Where the baseline came from; default `ab`. */
  mode?: ComparisonMode;
  /** Name of the baseline; default `baseline`. */
  baselineLabel?: string;
  /** Name of the candidate; default `candidate`. */
  candidateLabel?: string;
  /** A/A noise estimate to carry along (see `estimateNoise`). */
  noise?: NoiseEstimate[];
}

/** Settings after defaults. */
interface Settings {
  threshold: number;
  errorRateThreshold: number;
  confidence: number;
  iterations: number;
  seed: number;
}

/**
 * Compares a candidate with a baseline, each a list of rounds, metric by metric at every
 * scenario × level present on both sides. An empty baseline gives a `no-baseline` comparison.
 */
export function compareReports(
  baseline: readonly RunReport[],
  candidate: readonly RunReport[],
  opts: CompareOptions = {},
): Comparison {
  const settings: Settings = {
    threshold: opts.threshold ?? DEFAULT_THRESHOLD,
    errorRateThreshold: opts.errorRateThreshold ?? DEFAULT_ERROR_RATE_THRESHOLD,
    confidence: opts.confidence ?? DEFAULT_CONFIDENCE,
    iterations: opts.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
    seed: opts.seed ?? DEFAULT_BOOTSTRAP_SEED,
  };
  const metricsWanted = opts.metrics ?? COMPARED_METRICS;
  const base = {
    baselineLabel: opts.baselineLabel ?? 'baseline',
    candidateLabel: opts.candidateLabel ?? 'candidate',
    rounds: { baseline: baseline.length, candidate: candidate.length },
    mode: opts.mode ?? 'ab',
    settings,
    ...(opts.noise ? { noise: opts.noise } : {}),
  };
  if (baseline.length === 0) {
    return {
      ...base,
      metrics: [],
      headline: NO_BASELINE_HEADLINE,
      verdict: 'no-baseline',
      notes: [],
    };
  }

  const notes = describeRounds(baseline, 'baseline').concat(describeRounds(candidate, 'candidate'));
  const baseGroups = groupLevelRounds(baseline);
  const candGroups = groupLevelRounds(candidate);
  const metrics: MetricComparison[] = [];
  for (const [key, cand] of candGroups) {
    const baseGroup = baseGroups.get(key);
    if (!baseGroup) {
      notes.push(
        `${cand.scenario} at ${levelLabel(cand.model, cand.level)}: not in the baseline; not compared.`,
      );
      continue;
    }
    for (const metric of metricsWanted) {
      const known = opts.noise?.find(
        (n) =>
          n.metric === metric &&
          n.scenario === cand.scenario &&
          n.model === cand.model &&
          n.level === cand.level,
      );
      const m = compareMetric(baseGroup, cand, metric, settings, notes, known);
      if (m) metrics.push(m);
    }
  }
  for (const [key, b] of baseGroups) {
    if (!candGroups.has(key)) {
      notes.push(
        `${b.scenario} at ${levelLabel(b.model, b.level)}: not in the candidate; not compared.`,
      );
    }
  }
  notes.push(...describeSampleSize(baseline.length, candidate.length));
  return {
    ...base,
    metrics,
    headline: summarizeVerdicts(metrics),
    verdict: decideOverallVerdict(metrics),
    notes,
  };
}

/** What the number of rounds means for the verdicts, in words. */
function describeSampleSize(baselineRounds: number, candidateRounds: number): string[] {
  const fewest = Math.min(baselineRounds, candidateRounds);
  if (fewest === 0) return [];
  if (chooseSampleSource(baselineRounds, candidateRounds) === 'seconds') {
    return [
      'One round on a side: intervals come from per-second values and cannot see how much whole runs differ; on shared machines run 3 or more rounds per side, or pass an A/A noise estimate.',
    ];
  }
  if (fewest < MIN_ROUNDS_WITHOUT_FLOOR) {
    return [
      `${fewest} rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; ${MIN_ROUNDS_WITHOUT_FLOOR} or more rounds per side give sharper verdicts.`,
    ];
  }
  return [];
}

/** Notes about rounds whose numbers deserve caution. */
function describeRounds(reports: readonly RunReport[], side: string): string[] {
  const notes: string[] = [];
  reports.forEach((r, i) => {
    if (r.partial || r.outcome !== 'ok') {
      notes.push(
        `${side} round ${i + 1} ended as "${r.outcome}"${r.partial ? ' (partial)' : ''}; its levels hold what was measured.`,
      );
    }
  });
  return notes;
}

/** Compares one metric of one level; `undefined` when neither side measured it. */
function compareMetric(
  baseGroup: LevelRounds,
  candGroup: LevelRounds,
  metric: ComparedMetric,
  settings: Settings,
  notes: string[],
  known: NoiseEstimate | undefined,
): MetricComparison | undefined {
  const where = `${candGroup.scenario} at ${levelLabel(candGroup.model, candGroup.level)}`;
  const baseValues = collectRoundValues(baseGroup.rounds, metric);
  const candValues = collectRoundValues(candGroup.rounds, metric);
  const changeKind = isComparedAbsolutely(metric) ? 'difference' : 'ratio';
  const source = chooseSampleSource(baseGroup.rounds.length, candGroup.rounds.length);
  const head = {
    scenario: candGroup.scenario,
    model: candGroup.model,
    level: candGroup.level,
    metric,
    changeKind,
  } as const;

  if (baseValues.length === 0 && candValues.length === 0) {
    // Server CPU is optional: silently absent when no side sampled the target.
    if (metric !== 'serverCpuUsPerRequest') {
      notes.push(`${where}: no ${metricLabel(metric)} on either side; not compared.`);
    }
    return undefined;
  }
  const baselineValue = baseValues.length > 0 ? median(baseValues) : Number.NaN;
  const candidateValue = candValues.length > 0 ? median(candValues) : Number.NaN;
  const change =
    changeKind === 'ratio'
      ? baselineValue > 0
        ? candidateValue / baselineValue - 1
        : Number.NaN
      : candidateValue - baselineValue;
  const invalid = (reason: string): MetricComparison => ({
    ...head,
    baseline: finiteOr0(baselineValue),
    candidate: finiteOr0(candidateValue),
    change: finiteOr0(change),
    ci: null,
    samples: { source, baseline: 0, candidate: 0 },
    verdict: 'invalid',
    reason,
  });

  if (isGeneratorBound(baseGroup.rounds) || isGeneratorBound(candGroup.rounds)) {
    const sides = [
      isGeneratorBound(baseGroup.rounds) ? 'baseline' : '',
      isGeneratorBound(candGroup.rounds) ? 'candidate' : '',
    ].filter(Boolean);
    return invalid(`the load generator saturated (${sides.join(' and ')}); not judged`);
  }
  const noValues = missingSideReason(metric, baseValues, candValues);
  if (noValues !== undefined) return invalid(noValues);
  if (changeKind === 'ratio' && !(baselineValue > 0)) {
    return invalid(`the baseline ${metricLabel(metric)} is zero; a relative change is undefined`);
  }

  const baseSample = collectSamples(baseGroup.rounds, metric, source);
  const candSample = collectSamples(candGroup.rounds, metric, source);
  const judged = {
    ...head,
    baseline: baselineValue,
    candidate: candidateValue,
    change,
    samples: {
      source,
      baseline: baseSample?.length ?? 0,
      candidate: candSample?.length ?? 0,
    },
  };
  const inconclusive = (reason: string): MetricComparison => ({
    ...judged,
    ci: null,
    verdict: 'inconclusive',
    reason,
  });
  if (!baseSample || !candSample) {
    return inconclusive(
      `${metricLabel(metric)} cannot be resampled from one round (the per-second series does not keep it); run 2 or more rounds`,
    );
  }
  if (baseSample.length < 2 || candSample.length < 2) {
    return inconclusive(
      `too few ${source === 'rounds' ? 'rounds' : 'seconds'} to estimate the spread (${baseSample.length} baseline, ${candSample.length} candidate); run more rounds or longer levels`,
    );
  }
  if (metric === 'errorRate' && isAllZero(baseSample) && isAllZero(candSample)) {
    return {
      ...judged,
      ci: { low: 0, high: 0, confidence: settings.confidence },
      verdict: 'no-change',
      reason: 'no failures on either side',
    };
  }

  const boot =
    changeKind === 'ratio'
      ? bootstrapRelativeChange(baseSample, candSample, settings)
      : bootstrapDifference(baseSample, candSample, settings);
  if (!boot)
    return inconclusive('the bootstrap produced no usable resample (zero baseline values)');
  const ci = centreInterval(change, boot, changeKind, settings.confidence);
  const threshold = changeKind === 'ratio' ? settings.threshold : settings.errorRateThreshold;
  const floor = findNoiseFloor(baseSample, candSample, source, changeKind, settings, known);
  const { verdict, reason } = judgeInterval(metric, ci, threshold, changeKind, source, floor);
  return { ...judged, ci, verdict, reason };
}

/**
 * Moves the bootstrap interval onto the reported point estimate. With rounds the two coincide
 * (the same median of the same values); with one round the interval's spread comes from the
 * per-second values while the point is the whole-level value users see in the report, so the
 * interval keeps its relative shape around that point.
 */
function centreInterval(
  point: number,
  boot: { estimate: number; low: number; high: number },
  kind: 'ratio' | 'difference',
  confidence: number,
): ChangeInterval {
  if (kind === 'difference') {
    return {
      low: point + (boot.low - boot.estimate),
      high: point + (boot.high - boot.estimate),
      confidence,
    };
  }
  // A resampled candidate of zero (no throughput at all) leaves nothing to scale by.
  if (!(1 + boot.estimate > 0)) return { low: boot.low, high: boot.high, confidence };
  const scale = (1 + point) / (1 + boot.estimate);
  return { low: (1 + boot.low) * scale - 1, high: (1 + boot.high) * scale - 1, confidence };
}

/**
 * The noise floor a change must clear besides the threshold. With few rounds a percentile
 * bootstrap is too optimistic: with two rounds per side, both candidate rounds land above both
 * baseline rounds one time in six by chance alone. So below `MIN_ROUNDS_WITHOUT_FLOOR` rounds
 * per side, each side is compared with itself (A/A by resampling) and the larger spread must be
 * cleared too. A separate A/A estimate, when given, is a floor as well, and the only one a
 * single-round comparison has: one round cannot see how much whole runs differ.
 */
function findNoiseFloor(
  baseSample: readonly number[],
  candSample: readonly number[],
  source: SampleSource,
  kind: 'ratio' | 'difference',
  settings: Settings,
  known: NoiseEstimate | undefined,
): NoiseFloor | undefined {
  let best: NoiseFloor | undefined;
  if (
    source === 'rounds' &&
    Math.min(baseSample.length, candSample.length) < MIN_ROUNDS_WITHOUT_FLOOR
  ) {
    const spread = Math.max(
      selfNoise(baseSample, kind, settings),
      selfNoise(candSample, kind, settings),
    );
    if (spread > 0) best = { floor: spread, origin: 'rounds' };
  }
  if (known && known.minDetectableChange > (best?.floor ?? 0)) {
    best = { floor: known.minDetectableChange, origin: 'estimate' };
  }
  return best;
}

/** Largest |change| an A/A comparison of a sample with itself reaches. */
function selfNoise(
  sample: readonly number[],
  kind: 'ratio' | 'difference',
  settings: Settings,
): number {
  const aa =
    kind === 'ratio'
      ? bootstrapRelativeChange(sample, sample, settings)
      : bootstrapDifference(sample, sample, settings);
  return aa ? Math.max(Math.abs(aa.low), Math.abs(aa.high)) : 0;
}

/** What a worse or better value of the metric means, in words. */
function consequence(metric: ComparedMetric, worse: boolean): string {
  switch (metric) {
    case 'successRps':
      return worse ? 'lower throughput' : 'higher throughput';
    case 'errorRate':
      return worse ? 'more failures' : 'fewer failures';
    case 'serverCpuUsPerRequest':
      return worse ? 'more server CPU per request' : 'less server CPU per request';
    default:
      return worse
        ? `higher ${metricLabel(metric)} latency`
        : `lower ${metricLabel(metric)} latency`;
  }
}

/** The smallest change a setup can tell from chance, and where that figure came from. */
export interface NoiseFloor {
  /** Smallest detectable change, same kind as the change (ratio or difference). */
  floor: number;
  /** `rounds`: the spread of the compared rounds themselves; `estimate`: a separate A/A run. */
  origin: 'rounds' | 'estimate';
}

/**
 * The rule: regression or improvement when the whole interval lies beyond the threshold (and
 * beyond the noise floor, when one is given); no change when it lies within ±threshold;
 * inconclusive otherwise, with the reason.
 */
export function judgeInterval(
  metric: ComparedMetric,
  ci: ChangeInterval,
  threshold: number,
  kind: 'ratio' | 'difference',
  // Stryker disable next-line StringLiteral: equivalent, only 'seconds' changes the wording
  source: SampleSource = 'rounds',
  noise?: NoiseFloor,
): { verdict: MetricVerdict; reason: string } {
  const higherBetter = isHigherBetter(metric);
  const interval = `interval ${formatInterval(ci, kind)}`;
  const plus = formatLimit(threshold, kind);
  const minus = formatLimit(-threshold, kind);
  // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, a threshold is positive, so its limit always starts with +
  const band = plus.startsWith('+') ? `±${plus.slice(1)}` : plus;
  const above = ci.low > threshold;
  const below = ci.high < -threshold;
  const oneRound = source === 'seconds' ? ' (from per-second values of one round)' : '';
  const advice =
    source === 'seconds' ? 'run 2 or more rounds per side' : 'run more rounds or longer levels';
  if (above || below) {
    const worse = higherBetter ? below : above;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a floor at or below the threshold is cleared by every interval beyond the threshold
    if (noise && noise.floor > threshold) {
      const beyondNoise = above ? ci.low > noise.floor : ci.high < -noise.floor;
      if (!beyondNoise) {
        const floorText = `±${formatLimit(noise.floor, kind).slice(1)}`;
        const origin =
          noise.origin === 'rounds'
            ? 'the spread between its own rounds'
            : 'the A/A noise estimate';
        return {
          verdict: 'inconclusive',
          reason: `${interval} lies ${above ? `above ${plus}` : `below ${minus}`} but not beyond the noise of this setup (${floorText}, ${origin})${oneRound}; the change may be real but is not certain; ${advice}`,
        };
      }
    }
    return {
      verdict: worse ? 'regression' : 'improvement',
      reason: `${interval} lies entirely ${above ? `above ${plus}` : `below ${minus}`}${oneRound}: ${consequence(metric, worse)}`,
    };
  }
  if (ci.low >= -threshold && ci.high <= threshold) {
    return { verdict: 'no-change', reason: `${interval} lies within ${band}${oneRound}` };
  }
  if (ci.high - ci.low > 2 * threshold) {
    return {
      verdict: 'inconclusive',
      reason: `${interval} is wider than the ${band} threshold${oneRound}; ${advice}`,
    };
  }
  return {
    verdict: 'inconclusive',
    // Stryker disable next-line EqualityOperator: equivalent, an interval ending exactly on +threshold either lies within the band or is wider than it
    reason: `${interval} straddles the ${ci.high > threshold ? plus : minus} threshold${oneRound}; the change may be real but is not certain; ${advice}`,
  };
}

/** True when any round of the level was limited by the load generator. */
function isGeneratorBound(rounds: readonly LevelReport[]): boolean {
  return rounds.some((r) => r.generator.generatorBound);
}

function isAllZero(values: readonly number[]): boolean {
  return values.every((v) => v === 0);
}

function finiteOr0(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line: "2 regressions, 1 improvement, 5 unchanged across 3 levels". */
export function summarizeVerdicts(metrics: readonly MetricComparison[]): string {
  if (metrics.length === 0) return 'Nothing compared: no level was measured on both sides';
  const count = (v: MetricVerdict) => metrics.filter((m) => m.verdict === v).length;
  const parts = [
    [count('regression'), 'regression', 'regressions'],
    [count('improvement'), 'improvement', 'improvements'],
    [count('no-change'), 'unchanged', 'unchanged'],
    [count('inconclusive'), 'inconclusive', 'inconclusive'],
    [count('invalid'), 'not judged', 'not judged'],
  ] as const;
  const levels = new Set(metrics.map((m) => `${m.scenario}\u0000${m.model}\u0000${m.level}`)).size;
  const text = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => plural(n, one, many))
    .join(', ');
  return `${text} across ${plural(levels, 'level', 'levels')}`;
}

/**
 * The comparison's verdict: any regression wins; then any inconclusive metric (an improvement
 * elsewhere does not make an uncertain run good news); then improvement, no change, invalid.
 */
export function decideOverallVerdict(
  metrics: readonly Pick<MetricComparison, 'verdict'>[],
): OverallVerdict {
  const order: MetricVerdict[] = [
    'regression',
    'inconclusive',
    'improvement',
    'no-change',
    'invalid',
  ];
  for (const v of order) if (metrics.some((m) => m.verdict === v)) return v;
  return 'no-baseline';
}
