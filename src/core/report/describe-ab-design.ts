/**
 * A same-session A/B's design in one sentence, the same in the PR comment, the terminal and
 * the HTML report: the mode, how the CPUs were split, how many rounds ran and why they stopped,
 * and what the intervals promise.
 */
import type { Comparison } from './comparison-model.js';
import { formatLimit } from '../stats/metric-format.js';

/** The A/B design in words; `undefined` for comparisons that are not a paired A/B. */
export function describeAbDesign(c: Comparison): string | undefined {
  if (!c.abMode) return undefined;
  const mode =
    c.abMode === 'duet'
      ? `Duet A/B (both sides loaded at once, the load split between them${
          c.cores
            ? c.cores.pinned
              ? `; CPUs ${c.cores.first.join(',')} and ${c.cores.second.join(',')}, one half per side, swapped as the schedule says; generator ${c.cores.generator}`
              : '; not pinned: the sides shared the CPUs'
            : ''
        })`
      : 'Interleaved A/B (one side loaded at a time, order random per round and level)';
  const rounds = c.rounds.candidate;
  const stop = c.stopping
    ? c.stopping.minRounds === c.stopping.maxRounds
      ? `${rounds} round${rounds === 1 ? '' : 's'} each (fixed)`
      : `${rounds} round${rounds === 1 ? '' : 's'} each of ${c.stopping.minRounds}–${c.stopping.maxRounds} (${c.stopping.note})`
    : `${rounds} round${rounds === 1 ? '' : 's'} each`;
  const s = c.settings;
  const pairing = c.abMode === 'duet' ? 'per-second pairs' : 'per-round pairs';
  return `${mode}, ${stop}; judged on ${pairing}, paired t intervals that hold together over every look at ${Math.round(s.confidence * 100)}%; no change means within ±${formatLimit(s.threshold, 'ratio').slice(1)} (error rate ±${formatLimit(s.errorRateThreshold, 'difference').slice(1)}).`;
}
