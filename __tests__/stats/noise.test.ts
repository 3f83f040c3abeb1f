import { beforeAll, describe, expect, it } from 'vitest';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { estimateNoise } from '../../src/core/stats/noise.js';
import type { LevelSpec } from '../support/reports/synthetic-rounds.js';
import { buildRounds } from '../support/reports/synthetic-rounds.js';

const level: LevelSpec = { level: 16, medianUs: 1000, successRps: 2000 };

function mdc(rounds: number, roundNoise: number, metric: string) {
  const e = estimateNoise(buildRounds(rounds, { seed: 3, levels: [level], roundNoise })).find(
    (x) => x.metric === metric,
  );
  if (!e) throw new Error(`no estimate for ${metric}`);
  return e;
}

beforeAll(async () => {
  await initHistograms();
});

describe('estimateNoise', () => {
  it.each(['successRps', 'p50', 'p99'])(
    'noisier rounds give a larger smallest detectable %s change',
    (metric) => {
      const quiet = mdc(6, 0.01, metric).minDetectableChange;
      const noisy = mdc(6, 0.3, metric).minDetectableChange;
      expect(noisy).toBeGreaterThan(quiet);
      expect(noisy).toBeGreaterThan(0.05);
    },
  );

  it('quiet rounds can detect a 5% change in throughput', () => {
    expect(mdc(6, 0.01, 'successRps').minDetectableChange).toBeLessThan(0.05);
  });

  it.each([
    { rounds: 6, method: 'halves', samples: 6 },
    { rounds: 4, method: 'halves', samples: 4 },
    { rounds: 3, method: 'resample', samples: 3 },
    { rounds: 1, method: 'resample', samples: 5 },
  ])(
    '$rounds rounds are estimated by $method from $samples values',
    ({ rounds, method, samples }) => {
      expect(mdc(rounds, 0.05, 'p50')).toMatchObject({ method, samples });
    },
  );

  it('one round gives no p99.9 estimate, since seconds do not keep it', () => {
    const estimates = estimateNoise(buildRounds(1, { seed: 3, levels: [level] }));
    expect(estimates.map((e) => e.metric)).not.toContain('p999');
    expect(estimates.map((e) => e.metric)).toContain('p99');
  });

  it('generator-bound levels are skipped', () => {
    const rounds = buildRounds(4, {
      seed: 3,
      levels: [level, { ...level, level: 256, generatorBound: true }],
    });
    const levels = new Set(estimateNoise(rounds).map((e) => e.level));
    expect(levels).toEqual(new Set([16]));
  });

  it('the same rounds and seed give the same estimate', () => {
    const rounds = buildRounds(4, { seed: 3, levels: [level], roundNoise: 0.1 });
    expect(estimateNoise(rounds, { seed: 9 })).toEqual(estimateNoise(rounds, { seed: 9 }));
  });
});
