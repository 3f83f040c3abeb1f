import { describe, expect, it } from 'vitest';
import type { Comparison, ThresholdResult } from '../../src/core/report/comparison-model.js';
import type { RunReport } from '../../src/core/report/model.js';
import { regressionsOf, verdictOf } from '../../src/edges/github/local-action-pipeline.js';

function report(patch: Partial<RunReport>): RunReport {
  return { outcome: 'ok', thresholds: [], ...patch } as RunReport;
}

function threshold(status: ThresholdResult['status']): ThresholdResult {
  return {
    threshold: 'p99 < 50ms',
    kind: 'absolute',
    metric: 'p99',
    scenario: 'mt-to-mx',
    model: 'closed',
    level: 32,
    status,
    observed: 60_000,
    limit: 50_000,
    message: 'p99 61 ms is above 50 ms',
  };
}

function comparison(verdict: Comparison['verdict']): Comparison {
  return {
    verdict,
    metrics: [
      {
        scenario: 'mt-to-mx',
        level: 32,
        metric: 'p99',
        verdict: verdict === 'regression' ? 'regression' : 'no-change',
        reason: 'interval +30%…+40% lies entirely above +5%',
        baseline: 1000,
        candidate: 1350,
        change: 0.35,
      },
    ],
  } as unknown as Comparison;
}

describe('the verdict of a local action run', () => {
  it.each([
    { name: 'an interrupted run', r: report({ outcome: 'interrupted' }), expected: 'interrupted' },
    {
      name: 'a failed target',
      r: report({ outcome: 'target-failure' }),
      expected: 'target-failure',
    },
    {
      name: 'a failed threshold',
      r: report({ thresholds: [threshold('fail')] }),
      expected: 'threshold-failed',
    },
    {
      name: 'a warned threshold only',
      r: report({ thresholds: [threshold('warn')] }),
      expected: 'pass',
    },
    {
      name: 'a regression',
      r: report({ comparison: comparison('regression') }),
      expected: 'regression',
    },
    {
      name: 'no change',
      r: report({ comparison: comparison('no-change') }),
      expected: 'no-change',
    },
    {
      name: 'an inconclusive A/B',
      r: report({ comparison: comparison('inconclusive') }),
      expected: 'inconclusive',
    },
    { name: 'a plain run', r: report({}), expected: 'pass' },
  ])('is $expected for $name', ({ r, expected }) => {
    expect(verdictOf(r)).toBe(expected);
  });

  it('lists regressions and failed thresholds, and nothing else', () => {
    const found = regressionsOf(comparison('regression'), [
      threshold('fail'),
      threshold('warn'),
      threshold('pass'),
    ]);
    expect(found).toEqual([
      {
        scenario: 'mt-to-mx',
        level: 32,
        metric: 'p99',
        reason: 'interval +30%…+40% lies entirely above +5%',
        baseline: 1000,
        candidate: 1350,
        change: 0.35,
      },
      { scenario: 'mt-to-mx', level: 32, metric: 'p99 < 50ms', reason: 'p99 61 ms is above 50 ms' },
    ]);
    expect(regressionsOf(comparison('no-change'), [])).toEqual([]);
  });
});
