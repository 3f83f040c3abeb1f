/**
 * The order of an A/B's rounds: for every round and every scenario × level, which side goes
 * first (interleaved: runs first; duet: gets the first half of the cores). A fixed alternation
 * lets anything periodic (a warm cache after the first run, a neighbour's cron, the core a
 * process happens to sit on) line up with one side; a coin flip per round and level does not.
 * The flips are balanced in pairs of rounds (round 2k + 1 mirrors round 2k), so over an even
 * number of rounds each side goes first equally often at every level, and an order effect
 * cancels instead of only averaging out. The schedule is a pure function of the seed, so an
 * adaptive run can ask for one more round at a time and a reader can rebuild the whole order.
 */
import { createRng } from './bootstrap.js';

/** The two sides of an A/B. */
export type AbSide = 'baseline' | 'candidate';

/** One scenario × level of the plan, in plan order. */
export interface AbStep {
  /** Scenario name. */
  scenario: string;
  /** Load model of the level. */
  model: 'closed' | 'open';
  /** Connections (closed) or offered req/s (open). */
  level: number;
}

/**
 * One step of one round with its order: a scenario × level of HTTP levels, or a command
 * scenario of command benchmarks (any step shape `S`).
 */
export type ScheduledStep<S extends object = AbStep> = S & {
  /** Interleaved: the side that runs first; duet: the side on the first half of the cores. */
  order: [AbSide, AbSide];
};

/** One round of the schedule. */
export interface ScheduledRound<S extends object = AbStep> {
  /** Round number, from 1. */
  round: number;
  /** Every step of the plan, in plan order. */
  steps: ScheduledStep<S>[];
}

/** The sides in their two possible orders. */
const FORWARD: [AbSide, AbSide] = ['baseline', 'candidate'];
const REVERSED: [AbSide, AbSide] = ['candidate', 'baseline'];

/**
 * The coin of one pair of rounds at one step: a fresh generator seeded from the seed, the pair
 * and the step, so that a round's order never depends on how many rounds came before it.
 */
function coin(seed: number, pair: number, step: number): boolean {
  const mixed = Math.imul(seed ^ Math.imul(pair + 1, 0x9e3779b1), 0x85ebca6b) ^ (step * 0xc2b2ae35);
  const rng = createRng(mixed >>> 0);
  rng();
  return rng() < 0.5;
}

/**
 * Round `round` (from 1) of the schedule of `steps` drawn from `seed`. The steps may be any
 * shape (scenario × level, a command scenario): only their position draws the coin.
 */
export function scheduleRound<S extends object = AbStep>(
  seed: number,
  round: number,
  steps: readonly S[],
): ScheduledRound<S> {
  if (!Number.isInteger(round) || round < 1) throw new Error(`round must be 1 or more: ${round}`);
  const pair = Math.floor((round - 1) / 2);
  const mirrored = (round - 1) % 2 === 1;
  return {
    round,
    steps: steps.map((step, i) => {
      const forward = coin(seed, pair, i) !== mirrored;
      const order: [AbSide, AbSide] = forward ? [...FORWARD] : [...REVERSED];
      return { ...step, order };
    }),
  };
}

/** The steps of a plan: every scenario × level, scenarios outer, in plan order. */
export function listAbSteps(
  scenarios: readonly { name: string }[],
  model: 'closed' | 'open',
  levels: readonly number[],
): AbStep[] {
  return scenarios.flatMap((s) => levels.map((level) => ({ scenario: s.name, model, level })));
}

/** A new seed for a schedule when the config gives none (recorded in the report). */
export function drawScheduleSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 2_147_483_647) + 1;
}
