/**
 * A deterministic comparison with every kind of verdict, for renderer golden files and the
 * HTML report: two scenarios, a regression, an improvement, an inconclusive level, a
 * generator-bound level and levels present on one side only.
 */
import type { Comparison, ThresholdResult } from '../../src/core/report/comparison-model.js';
import type { RunReport } from '../../src/core/report/model.js';
import { compareReports } from '../../src/core/stats/compare.js';
import { estimateNoise } from '../../src/core/stats/noise.js';
import { evaluateThresholds, parseThresholds } from '../../src/core/stats/thresholds.js';
import type { LevelSpec } from '../support/reports/synthetic-rounds.js';
import { buildRounds } from '../support/reports/synthetic-rounds.js';

const BASELINE_LEVELS: LevelSpec[] = [
  { level: 8, medianUs: 900, successRps: 2400, serverCpuUsPerRequest: 180 },
  { level: 32, medianUs: 2400, successRps: 5200, serverCpuUsPerRequest: 170 },
  { level: 128, medianUs: 9000, successRps: 5600, serverCpuUsPerRequest: 175 },
  { level: 512, medianUs: 30_000, successRps: 5700, generatorBound: true },
  { scenario: 'mt940 <stmt>', model: 'open', level: 1000, medianUs: 1500, successRps: 1000 },
  { scenario: 'mt940 <stmt>', model: 'open', level: 2000, medianUs: 2500, successRps: 2000 },
  { scenario: 'mt940 <stmt>', model: 'open', level: 4000, medianUs: 8000, successRps: 3900 },
];

const CANDIDATE_LEVELS: LevelSpec[] = [
  { level: 8, medianUs: 900, successRps: 2400, serverCpuUsPerRequest: 150 },
  { level: 32, medianUs: 2800, successRps: 4600, serverCpuUsPerRequest: 200 },
  { level: 128, medianUs: 9000, successRps: 5600, serverCpuUsPerRequest: 175, errorRate: 0.004 },
  { level: 512, medianUs: 30_000, successRps: 5700, generatorBound: true },
  { scenario: 'mt940 <stmt>', model: 'open', level: 1000, medianUs: 1500, successRps: 1000 },
  {
    scenario: 'mt940 <stmt>',
    model: 'open',
    level: 2000,
    medianUs: 2500,
    successRps: 2000,
    sigma: 0.6,
  },
  { scenario: 'mt940 <stmt>', model: 'open', level: 8000, medianUs: 20_000, successRps: 5000 },
];

/** Rounds, comparison and thresholds of the fixture. */
export interface ComparisonFixture {
  baseline: RunReport[];
  candidate: RunReport[];
  comparison: Comparison;
  thresholds: ThresholdResult[];
}

/** Builds the fixture (same output every time). */
export function buildComparisonFixture(): ComparisonFixture {
  const baseline = buildRounds(3, {
    seed: 11,
    levels: BASELINE_LEVELS,
    id: 'base',
    roundNoise: 0.02,
  });
  const candidate = buildRounds(3, {
    seed: 211,
    levels: CANDIDATE_LEVELS,
    id: 'cand',
    roundNoise: 0.02,
  });
  const comparison = compareReports(baseline, candidate, {
    baselineLabel: 'main@1a2b3c4',
    candidateLabel: 'PR #42 (feature|fast)',
    noise: estimateNoise(baseline),
  });
  const { thresholds, errors } = parseThresholds([
    'p99 < 50ms',
    'errorRate < 0.1%',
    'rps > 1500',
    { metric: 'p99', warn: '+10%', fail: '+20%' },
    { metric: 'rps', warn: '-5%', fail: '-10%' },
  ]);
  if (errors.length > 0) throw new Error(errors.join('; '));
  return {
    baseline,
    candidate,
    comparison,
    thresholds: evaluateThresholds(thresholds, candidate[0]!, comparison),
  };
}
