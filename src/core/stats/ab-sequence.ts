/**
 * One same-session A/B from the first round to the verdict, as a pure state machine that any
 * provider drives: ask for the next round's order, run it however the provider runs targets
 * (local processes, containers on a VM), hand back what each side measured, and stop when it
 * says so. The order (`ab-schedule.ts`), the pairs (`ab-pairs.ts`), the paired intervals
 * (`compare-paired.ts`) and the stopping rule (`stopping-rule.ts`) are decided here once, so the
 * local and the Azure A/B cannot disagree on any of them.
 */
import type {
  AbMode,
  ComparedMetric,
  Comparison,
  CoreSplit,
  NoiseEstimate,
  StopReason,
  Stopping,
} from '../report/comparison-model.js';
import type { MeasuredAbRound } from './ab-pairs.js';
import { scheduleRound, type AbStep, type ScheduledRound } from './ab-schedule.js';
import { DEFAULT_CONFIDENCE } from './compare.js';
import { comparePairedRounds } from './compare-paired.js';
import { formatConfidence } from './metric-format.js';
import {
  countDecided,
  decideStop,
  lookConfidence,
  type RoundBudget,
  type StopDecision,
} from './stopping-rule.js';

/** Everything an A/B sequence is decided from. */
export interface AbSequenceSettings {
  /** How the sides are loaded. */
  mode: AbMode;
  /** Seed of the order of the rounds. */
  seed: number;
  /** Rounds and time the sequence may use. */
  budget: RoundBudget;
  /** The plan's scenario × levels, in plan order. */
  steps: readonly AbStep[];
  /** Relative threshold (0.05 = ±5%). */
  threshold: number;
  /** Absolute error-rate threshold, as a fraction; default 0.1 percentage points. */
  errorRateThreshold?: number;
  /** Confidence promised over all looks; default 0.95. */
  confidence?: number;
  /** Metrics judged (and waited for by the stopping rule); default all. */
  metrics?: readonly ComparedMetric[];
  /** Name of the baseline in reports. */
  baselineLabel?: string;
  /** Name of the candidate in reports. */
  candidateLabel?: string;
  /** Duet: how the CPUs were split, for the report. */
  cores?: CoreSplit;
}

/** A running A/B sequence. */
export interface AbSequence {
  /** The next round's order, or `undefined` once the sequence has stopped. */
  nextRound(): ScheduledRound | undefined;
  /**
   * Records a measured round (its `round` must be the one `nextRound` gave) with the wall time
   * of all rounds so far, looks at the data when the budget allows, and says whether to stop.
   */
  recordRound(measured: MeasuredAbRound, elapsedMs: number): StopDecision;
  /** Stops early for a reason outside the data (an interruption, a target that failed). */
  abort(reason: Extract<StopReason, 'interrupted' | 'target-failure'>, note: string): void;
  /** Rounds recorded so far. */
  rounds(): readonly MeasuredAbRound[];
  /** The comparison of every recorded round, with the schedule, the core split and the stopping. */
  result(extra?: { noise?: NoiseEstimate[] }): Comparison;
}

/** How a round sequence judges its recorded rounds at a look. */
export interface RoundJudge<R, J> {
  /** The judgement of `rounds` with intervals at `lookConfidence`. */
  judge(rounds: readonly R[], lookConfidence: number): J;
  /** Judged figures with a verdict, and those still inconclusive. */
  count(judged: J): { decided: number; undecided: number };
}

/** What any round sequence is decided from: the seed, the budget and the steps of a round. */
export interface RoundSequenceSettings<S extends object> {
  /** Seed of the order of the rounds. */
  seed: number;
  /** Rounds and time the sequence may use. */
  budget: RoundBudget;
  /** The steps of every round, in plan order. */
  steps: readonly S[];
  /** Confidence promised over all looks; default 0.95. */
  confidence?: number;
}

/**
 * A running sequence of A/B rounds of any kind (HTTP levels, command benchmarks): the order of
 * each round, the looks after `minRounds`, and the stopping rule, decided once here.
 */
export interface RoundSequence<S extends object, R extends { round: number }> {
  /** The next round's order, or `undefined` once the sequence has stopped. */
  nextRound(): ScheduledRound<S> | undefined;
  /** Records a measured round (the one `nextRound` gave), looks when the budget allows. */
  recordRound(measured: R, elapsedMs: number): StopDecision;
  /** Stops early for a reason outside the data (an interruption, a target that failed). */
  abort(reason: Extract<StopReason, 'interrupted' | 'target-failure'>, note: string): void;
  /** Rounds recorded so far. */
  rounds(): readonly R[];
  /** Nominal confidence of the look after the rounds recorded so far. */
  lookConfidence(): number;
  /** The order of the rounds that were scheduled and recorded. */
  schedule(): { seed: number; rounds: ScheduledRound<S>[] };
  /** How and why the rounds stopped, with every look. */
  stopping(): Stopping;
}

/** Starts a sequence of A/B rounds judged by `judge`. */
export function createRoundSequence<S extends object, R extends { round: number }, J>(
  settings: RoundSequenceSettings<S>,
  judge: RoundJudge<R, J>,
): RoundSequence<S, R> {
  const { budget } = settings;
  if (!(budget.minRounds >= 1 && budget.maxRounds >= budget.minRounds)) {
    throw new Error(`invalid round budget ${budget.minRounds}..${budget.maxRounds}`);
  }
  const confidence = settings.confidence ?? DEFAULT_CONFIDENCE;
  const measured: R[] = [];
  const scheduled: ScheduledRound<S>[] = [];
  const looks: Stopping['looks'] = [];
  let stopped: { reason: StopReason; note: string } | undefined;
  let elapsed = 0;
  return {
    nextRound() {
      if (stopped) return undefined;
      const round = scheduleRound(settings.seed, scheduled.length + 1, settings.steps);
      scheduled.push(round);
      return round;
    },
    recordRound(round, elapsedMs) {
      if (stopped) throw new Error('the A/B sequence has already stopped');
      if (round.round !== scheduled.length) {
        throw new Error(`expected round ${scheduled.length}, got ${round.round}`);
      }
      measured.push(round);
      elapsed = elapsedMs;
      const n = measured.length;
      let counts: { decided: number; undecided: number } | undefined;
      if (n >= budget.minRounds) {
        const look = lookConfidence(budget, n, confidence);
        counts = judge.count(judge.judge(measured, look));
        looks.push({ round: n, confidence: look, ...counts });
      }
      const decision = decideStop({ budget, round: n, elapsedMs, ...(counts ? { counts } : {}) });
      if (decision.stop && decision.reason)
        stopped = { reason: decision.reason, note: decision.note };
      return decision;
    },
    abort(reason, note) {
      stopped ??= { reason, note };
    },
    rounds: () => measured,
    lookConfidence: () => lookConfidence(budget, measured.length, confidence),
    schedule: () => ({
      seed: settings.seed,
      rounds: scheduled.slice(0, Math.max(measured.length, 0)),
    }),
    stopping: () => ({
      rule: 'repeated-confidence-intervals',
      spending: 'obrien-fleming',
      minRounds: budget.minRounds,
      maxRounds: budget.maxRounds,
      ...(budget.timeBudgetMs !== undefined ? { timeBudgetMs: budget.timeBudgetMs } : {}),
      roundsUsed: measured.length,
      reason: stopped?.reason ?? 'interrupted',
      note: stopped?.note ?? `stopped after ${measured.length} round(s) before the rule decided`,
      looks: [...looks],
      wallTimeMs: Math.round(elapsed),
    }),
  };
}

/** Starts an A/B sequence of HTTP levels. */
export function createAbSequence(settings: AbSequenceSettings): AbSequence {
  const confidence = settings.confidence ?? DEFAULT_CONFIDENCE;
  const compareAt = (
    measured: readonly MeasuredAbRound[],
    look: number,
    noise?: NoiseEstimate[],
  ): Comparison =>
    comparePairedRounds(measured, {
      mode: settings.mode,
      seed: settings.seed,
      threshold: settings.threshold,
      ...(settings.errorRateThreshold !== undefined
        ? { errorRateThreshold: settings.errorRateThreshold }
        : {}),
      confidence,
      lookConfidence: look,
      ...(settings.metrics ? { metrics: settings.metrics } : {}),
      ...(settings.baselineLabel ? { baselineLabel: settings.baselineLabel } : {}),
      ...(settings.candidateLabel ? { candidateLabel: settings.candidateLabel } : {}),
      ...(noise ? { noise } : {}),
    });
  const sequence = createRoundSequence<AbStep, MeasuredAbRound, Comparison>(
    { seed: settings.seed, budget: settings.budget, steps: settings.steps, confidence },
    { judge: (rounds, look) => compareAt(rounds, look), count: countDecided },
  );
  return {
    nextRound: () => sequence.nextRound(),
    recordRound: (measured, elapsedMs) => sequence.recordRound(measured, elapsedMs),
    abort: (reason, note) => sequence.abort(reason, note),
    rounds: () => sequence.rounds(),
    result(extra = {}) {
      const comparison = compareAt(sequence.rounds(), sequence.lookConfidence(), extra.noise);
      const stopping = sequence.stopping();
      return {
        ...comparison,
        schedule: sequence.schedule(),
        ...(settings.cores ? { cores: settings.cores } : {}),
        stopping,
        notes: [
          describeDesign(settings.mode, comparison, stopping),
          ...(settings.cores ? [settings.cores.note] : []),
          ...comparison.notes,
        ],
      };
    },
  };
}

/** The design of the A/B in one sentence, for the comparison's notes. */
function describeDesign(mode: AbMode, comparison: Comparison, stopping: Stopping): string {
  const how = mode === 'duet' ? 'Duet A/B, per-second pairs' : 'Interleaved A/B, per-round pairs';
  const last = stopping.looks.at(-1);
  const look = last
    ? `; ${stopping.looks.length} look${stopping.looks.length === 1 ? '' : 's'}, the last at ${formatConfidence(last.confidence)} nominal confidence`
    : '';
  return `${how}; order random per round and level, balanced in pairs of rounds (seed ${comparison.settings.seed})${look}; ${stopping.note}.`;
}
