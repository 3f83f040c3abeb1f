import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, MetricVerdict } from '../../src/core/report/comparison-model.js';
import { ComparisonSchema } from '../../src/core/report/comparison-model.js';
import { createAbSequence } from '../../src/core/stats/ab-sequence.js';
import { listAbSteps } from '../../src/core/stats/ab-schedule.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  countDecided,
  decideStop,
  lookConfidence,
  lookConfidences,
} from '../../src/core/stats/stopping-rule.js';
import { buildAbRounds, type AbFixture } from '../support/reports/ab-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

/** A comparison whose metrics have the given verdicts (only the verdicts matter here). */
function withVerdicts(...verdicts: MetricVerdict[]): Comparison {
  return { metrics: verdicts.map((verdict) => ({ verdict })) } as unknown as Comparison;
}

describe('the stopping rule', () => {
  it('gives a fixed design one look at the promised confidence', () => {
    expect(lookConfidences({ minRounds: 3, maxRounds: 3 }, 0.95)).toHaveLength(1);
    expect(lookConfidence({ minRounds: 3, maxRounds: 3 }, 3, 0.95)).toBeCloseTo(0.95, 6);
  });

  it('asks more of early looks than of late ones', () => {
    const budget = { minRounds: 2, maxRounds: 10 };
    const first = lookConfidence(budget, 2, 0.95);
    const last = lookConfidence(budget, 10, 0.95);
    expect(first).toBeGreaterThan(0.9999);
    expect(last).toBeGreaterThan(0.95);
    expect(last).toBeLessThan(0.97);
    // A run cut short before the first look is held to the first look's standard.
    expect(lookConfidence(budget, 1, 0.95)).toBe(first);
  });

  it.each([
    {
      name: 'waits for the minimum rounds',
      round: 1,
      verdicts: ['regression'] as MetricVerdict[],
      expected: { stop: false },
    },
    {
      name: 'stops once every judged metric has a verdict',
      round: 2,
      verdicts: ['regression', 'no-change', 'invalid'] as MetricVerdict[],
      expected: { stop: true, reason: 'decided' },
    },
    {
      name: 'goes on while a metric is inconclusive',
      round: 3,
      verdicts: ['regression', 'inconclusive'] as MetricVerdict[],
      expected: { stop: false },
    },
    {
      name: 'stops at the most rounds',
      round: 6,
      verdicts: ['inconclusive'] as MetricVerdict[],
      expected: { stop: true, reason: 'max-rounds' },
    },
    {
      name: 'stops when nothing could be judged',
      round: 2,
      verdicts: ['invalid'] as MetricVerdict[],
      expected: { stop: true, reason: 'decided' },
    },
  ])('$name', ({ round, verdicts, expected }) => {
    const decision = decideStop({
      budget: { minRounds: 2, maxRounds: 6 },
      round,
      comparison: round >= 2 ? withVerdicts(...verdicts) : undefined,
      elapsedMs: round * 1000,
    });
    expect(decision).toMatchObject(expected);
    expect(decision.note.length).toBeGreaterThan(0);
  });

  it('stops before a round that would pass the time budget', () => {
    const budget = { minRounds: 2, maxRounds: 10, timeBudgetMs: 25_000 };
    const comparison = withVerdicts('inconclusive');
    expect(decideStop({ budget, round: 2, comparison, elapsedMs: 16_000 }).stop).toBe(false);
    const late = decideStop({ budget, round: 3, comparison, elapsedMs: 24_000 });
    expect(late).toMatchObject({ stop: true, reason: 'time-budget' });
    expect(late.note).toMatch(/time budget of 25 s/);
  });

  it('counts not-judged metrics as neither decided nor undecided', () => {
    expect(countDecided(withVerdicts('regression', 'invalid', 'inconclusive'))).toEqual({
      decided: 1,
      undecided: 1,
    });
  });
});

describe('an A/B sequence', () => {
  const steps = listAbSteps([{ name: 'ping' }], 'closed', [8]);

  function drive(fixture: Omit<AbFixture, 'rounds'>, minRounds: number, maxRounds: number) {
    const measured = buildAbRounds({ ...fixture, rounds: maxRounds });
    const seq = createAbSequence({
      mode: 'interleaved',
      seed: 11,
      budget: { minRounds, maxRounds },
      steps,
      threshold: 0.03,
      metrics: ['successRps', 'p50'],
    });
    let elapsed = 0;
    for (let round = seq.nextRound(); round; round = seq.nextRound()) {
      elapsed += 1000;
      const decision = seq.recordRound(measured[round.round - 1]!, elapsed);
      if (decision.stop) break;
    }
    return seq.result();
  }

  it('stops early on a clear change and records why', () => {
    const c = drive({ drift: 0.1, latency: 1.3, throughput: 0.7, secondNoise: 0.005 }, 3, 12);
    expect(c.stopping?.reason).toBe('decided');
    expect(c.stopping!.roundsUsed).toBeLessThan(12);
    expect(c.stopping?.looks.at(-1)?.undecided).toBe(0);
    expect(c.metrics.find((m) => m.metric === 'p50')?.verdict).toBe('regression');
    expect(c.schedule?.rounds).toHaveLength(c.stopping!.roundsUsed);
    expect(c.schedule?.seed).toBe(11);
    expect(c.notes[0]).toMatch(/Interleaved A\/B.*seed 11.*stopped after/);
    expect(ComparisonSchema.safeParse(c).success).toBe(true);
  });

  it('spends the whole budget on a change that sits on the threshold', () => {
    const c = drive({ sideNoise: 0.04, latency: 1.03 }, 2, 5);
    expect(c.stopping).toMatchObject({ reason: 'max-rounds', roundsUsed: 5 });
    expect(c.stopping?.looks.map((l) => l.round)).toEqual([2, 3, 4, 5]);
  });

  it('refuses a round it did not schedule and rounds after the stop', () => {
    const seq = createAbSequence({
      mode: 'interleaved',
      seed: 1,
      budget: { minRounds: 1, maxRounds: 1 },
      steps,
      threshold: 0.03,
    });
    const [first, second] = buildAbRounds({ rounds: 2 });
    expect(() => seq.recordRound(first!, 1)).toThrow(/expected round 0/);
    seq.nextRound();
    expect(seq.recordRound(first!, 1).stop).toBe(true);
    expect(seq.nextRound()).toBeUndefined();
    expect(() => seq.recordRound(second!, 2)).toThrow(/stopped/);
  });

  it('records an interruption as the reason it stopped', () => {
    const seq = createAbSequence({
      mode: 'duet',
      seed: 1,
      budget: { minRounds: 3, maxRounds: 6 },
      steps,
      threshold: 0.03,
    });
    seq.nextRound();
    seq.recordRound(buildAbRounds({ rounds: 1 })[0]!, 1000);
    seq.abort('interrupted', 'interrupted during round 2');
    const c = seq.result();
    expect(c.stopping).toMatchObject({ reason: 'interrupted', roundsUsed: 1 });
    expect(c.abMode).toBe('duet');
  });
});
