import { beforeAll, describe, expect, it } from 'vitest';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { selectMedianRound } from '../../src/core/stats/select-median-round.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

describe('selectMedianRound', () => {
  it('picks the middle round, not the fast or the slow outlier', () => {
    const round = (id: string, medianUs: number, successRps: number) =>
      buildRound({ seed: 1, id, roundNoise: 0, levels: [{ level: 8, medianUs, successRps }] });
    const rounds = [
      round('fast', 500, 4000),
      round('slow', 3000, 800),
      round('typical', 1000, 2000),
    ];
    expect(selectMedianRound(rounds)?.id).toBe('typical');
  });

  it('returns the first round when there are one or two, and nothing for none', () => {
    const a = buildRound({
      seed: 1,
      id: 'a',
      levels: [{ level: 8, medianUs: 1000, successRps: 100 }],
    });
    const b = buildRound({
      seed: 2,
      id: 'b',
      levels: [{ level: 8, medianUs: 2000, successRps: 100 }],
    });
    expect(selectMedianRound([a, b])?.id).toBe('a');
    expect(selectMedianRound([])).toBeUndefined();
  });
});
