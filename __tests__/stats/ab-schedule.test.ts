import { describe, expect, it } from 'vitest';
import {
  drawScheduleSeed,
  listAbSteps,
  scheduleRound,
  type AbStep,
} from '../../src/core/stats/ab-schedule.js';

const steps: AbStep[] = listAbSteps([{ name: 'a' }, { name: 'b' }], 'closed', [8, 32, 128]);

describe('the order of A/B rounds', () => {
  it('lists every scenario × level, scenarios outer', () => {
    expect(steps.map((s) => `${s.scenario}@${s.level}`)).toEqual([
      'a@8',
      'a@32',
      'a@128',
      'b@8',
      'b@32',
      'b@128',
    ]);
  });

  it('gives the same order for the same seed, round and steps', () => {
    expect(scheduleRound(7, 3, steps)).toEqual(scheduleRound(7, 3, steps));
  });

  it('mirrors each odd round in the round after it, so each side goes first equally often', () => {
    for (const seed of [1, 2, 3, 99]) {
      for (const pair of [0, 1, 5]) {
        const first = scheduleRound(seed, 2 * pair + 1, steps);
        const second = scheduleRound(seed, 2 * pair + 2, steps);
        first.steps.forEach((s, i) => {
          expect(second.steps[i]!.order).toEqual([...s.order].reverse());
        });
      }
    }
  });

  it('draws the order per level and per pair of rounds rather than alternating', () => {
    // Over many seeds, the first round's order differs between levels and between pairs.
    let differsBetweenLevels = 0;
    let differsBetweenPairs = 0;
    let baselineFirst = 0;
    const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
    for (const seed of seeds) {
      const r1 = scheduleRound(seed, 1, steps);
      const r3 = scheduleRound(seed, 3, steps);
      if (r1.steps[0]!.order[0] !== r1.steps[1]!.order[0]) differsBetweenLevels++;
      if (r1.steps[0]!.order[0] !== r3.steps[0]!.order[0]) differsBetweenPairs++;
      if (r1.steps[0]!.order[0] === 'baseline') baselineFirst++;
    }
    // Fair coins: about half each way (binomial 200, ±4.5 standard deviations).
    for (const n of [differsBetweenLevels, differsBetweenPairs, baselineFirst]) {
      expect(n).toBeGreaterThan(68);
      expect(n).toBeLessThan(132);
    }
  });

  it('numbers rounds from 1 and refuses round 0', () => {
    expect(scheduleRound(1, 1, steps).round).toBe(1);
    expect(() => scheduleRound(1, 0, steps)).toThrow(/round/);
  });

  it('draws seeds as positive 31-bit integers', () => {
    expect(drawScheduleSeed(() => 0)).toBe(1);
    expect(drawScheduleSeed(() => 0.999999999)).toBeLessThanOrEqual(2_147_483_647);
  });
});
