/**
 * Measured A/B rounds from known truths: every round shifts both sides by the same drift (what
 * pairing must cancel), the candidate differs by a chosen factor, and each side gets its own
 * per-second jitter. Built from `synthetic-rounds.ts`, so the levels carry real HDR histograms.
 */
import { createRng } from '../../../src/core/stats/bootstrap.js';
import type { MeasuredAbRound } from '../../../src/core/stats/ab-pairs.js';
import type { LevelSpec } from './synthetic-rounds.js';
import { buildRound } from './synthetic-rounds.js';

/** What to synthesize. */
export interface AbFixture {
  rounds: number;
  /** Round-to-round drift that hits both sides alike (uniform ±). */
  drift?: number;
  /** Round-to-round noise that hits each side on its own (uniform ±). */
  sideNoise?: number;
  /** Candidate latency factor (1.1 = 10% slower). */
  latency?: number;
  /** Candidate throughput factor (0.9 = 10% less). */
  throughput?: number;
  /** Relative per-second jitter of each side. */
  secondNoise?: number;
  /** Rounds whose level was generator-bound on the candidate side. */
  generatorBound?: number[];
  /** Candidate error rate. */
  errorRate?: number;
  seed?: number;
  seconds?: number;
}

const base: LevelSpec = { scenario: 'ping', level: 8, medianUs: 1000, successRps: 2000 };

/** Rounds of one level, A and B as described. */
export function buildAbRounds(f: AbFixture): MeasuredAbRound[] {
  const rng = createRng(f.seed ?? 1);
  const rounds: MeasuredAbRound[] = [];
  const swing = (x: number | undefined) => 1 + (x ?? 0) * (2 * rng() - 1);
  for (let r = 1; r <= f.rounds; r++) {
    const drift = swing(f.drift);
    const side = (factorLatency: number, factorRps: number, extra: Partial<LevelSpec>) => {
      const noise = swing(f.sideNoise);
      return {
        ...base,
        medianUs: base.medianUs * drift * noise * factorLatency,
        successRps: (base.successRps / drift / noise) * factorRps,
        secondNoise: f.secondNoise ?? 0.01,
        seconds: f.seconds ?? 5,
        valuesPerSecond: 400,
        ...extra,
      };
    };
    const seed = (f.seed ?? 1) * 1000 + r * 2;
    const a = buildRound({ seed, roundNoise: 0, levels: [side(1, 1, {})] });
    const b = buildRound({
      seed: seed + 1,
      roundNoise: 0,
      levels: [
        side(f.latency ?? 1, f.throughput ?? 1, {
          generatorBound: f.generatorBound?.includes(r) ?? false,
          ...(f.errorRate !== undefined ? { errorRate: f.errorRate } : {}),
        }),
      ],
    });
    rounds.push({ round: r, baseline: a.levels, candidate: b.levels });
  }
  return rounds;
}
