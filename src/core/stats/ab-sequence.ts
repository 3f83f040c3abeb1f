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

/** Starts an A/B sequence. */
export function createAbSequence(settings: AbSequenceSettings): AbSequence {
  const { budget } = settings;
  if (!(budget.minRounds >= 1 && budget.maxRounds >= budget.minRounds)) {
    throw new Error(`invalid round budget ${budget.minRounds}..${budget.maxRounds}`);
  }
  const confidence = settings.confidence ?? DEFAULT_CONFIDENCE;
  const measured: MeasuredAbRound[] = [];
  const scheduled: ScheduledRound[] = [];
  const looks: Stopping['looks'] = [];
  let stopped: { reason: StopReason; note: string } | undefined;
  let elapsed = 0;

  const compareAt = (round: number, noise?: NoiseEstimate[]) =>
    comparePairedRounds(measured, {
      mode: settings.mode,
      seed: settings.seed,
      threshold: settings.threshold,
      ...(settings.errorRateThreshold !== undefined
        ? { errorRateThreshold: settings.errorRateThreshold }
        : {}),
      confidence,
      lookConfidence: lookConfidence(budget, round, confidence),
      ...(settings.metrics ? { metrics: settings.metrics } : {}),
      ...(settings.baselineLabel ? { baselineLabel: settings.baselineLabel } : {}),
      ...(settings.candidateLabel ? { candidateLabel: settings.candidateLabel } : {}),
      ...(noise ? { noise } : {}),
    });

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
      let comparison: Comparison | undefined;
      if (n >= budget.minRounds) {
        comparison = compareAt(n);
        const counts = countDecided(comparison);
        looks.push({ round: n, confidence: lookConfidence(budget, n, confidence), ...counts });
      }
      const decision = decideStop({
        budget,
        round: n,
        elapsedMs,
        ...(comparison ? { comparison } : {}),
      });
      if (decision.stop && decision.reason)
        stopped = { reason: decision.reason, note: decision.note };
      return decision;
    },
    abort(reason, note) {
      stopped ??= { reason, note };
    },
    rounds: () => measured,
    result(extra = {}) {
      const n = measured.length;
      const comparison = compareAt(n, extra.noise);
      const stopping: Stopping = {
        rule: 'repeated-confidence-intervals',
        spending: 'obrien-fleming',
        minRounds: budget.minRounds,
        maxRounds: budget.maxRounds,
        ...(budget.timeBudgetMs !== undefined ? { timeBudgetMs: budget.timeBudgetMs } : {}),
        roundsUsed: n,
        reason: stopped?.reason ?? 'interrupted',
        note: stopped?.note ?? `stopped after ${n} round(s) before the rule decided`,
        looks: [...looks],
        wallTimeMs: Math.round(elapsed),
      };
      return {
        ...comparison,
        schedule: { seed: settings.seed, rounds: scheduled.slice(0, Math.max(n, 0)) },
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
