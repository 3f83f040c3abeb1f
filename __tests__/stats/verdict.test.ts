import { describe, expect, it } from 'vitest';
import type { Comparison, ThresholdResult } from '../../src/core/report/comparison-model.js';
import type { RunReport } from '../../src/core/report/model.js';
import { BenchError } from '../../src/core/errors.js';
import {
  exitCodeOfVerdict,
  judgeRun,
  verdictFailsStep,
  verdictIsBadNews,
  verdictOfError,
  type Verdict,
} from '../../src/core/stats/verdict.js';

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

/**
 * The one place a run's verdict is decided, for every front end and provider.
 */
describe('the verdict of a run', () => {
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
    {
      name: 'an A/B whose levels were all limited by the load generator',
      r: report({ comparison: comparison('invalid') }),
      expected: 'inconclusive',
    },
    {
      name: 'a failed target with a failed threshold',
      r: report({ outcome: 'target-failure', thresholds: [threshold('fail')] }),
      expected: 'target-failure',
    },
    {
      name: 'an interrupted run with a regression',
      r: report({ outcome: 'interrupted', comparison: comparison('regression') }),
      expected: 'interrupted',
    },
    {
      name: 'a failed threshold next to an improvement',
      r: report({ thresholds: [threshold('fail')], comparison: comparison('improvement') }),
      expected: 'threshold-failed',
    },
    { name: 'a plain run', r: report({}), expected: 'pass' },
    {
      name: 'an improvement',
      r: report({ comparison: comparison('improvement') }),
      expected: 'improvement',
    },
    {
      name: 'a first A/B without a baseline',
      r: report({ comparison: comparison('no-baseline') }),
      expected: 'no-baseline',
    },
    {
      name: 'a run judged on nothing (no thresholds, no comparison)',
      r: { outcome: 'ok' } as RunReport,
      expected: 'pass',
    },
  ])('is $expected for $name', ({ r, expected }) => {
    expect(judgeRun(r).verdict).toBe(expected);
  });

  it('lists regressions and failed thresholds in one shape, and nothing else', () => {
    const { findings } = judgeRun({
      comparison: comparison('regression'),
      thresholds: [threshold('fail'), threshold('warn'), threshold('pass')],
    });
    expect(findings).toEqual([
      {
        source: 'comparison',
        scenario: 'mt-to-mx',
        level: 32,
        metric: 'p99',
        reason: 'interval +30%…+40% lies entirely above +5%',
        baseline: 1000,
        candidate: 1350,
        change: 0.35,
      },
      {
        source: 'threshold',
        scenario: 'mt-to-mx',
        level: 32,
        metric: 'p99',
        threshold: 'p99 < 50ms',
        reason: 'p99 61 ms is above 50 ms',
        candidate: 60_000,
      },
    ]);
    expect(judgeRun({ comparison: comparison('no-change'), thresholds: [] }).findings).toEqual([]);
  });

  it('lists a failed threshold with nothing observed (no successful request) without a candidate value', () => {
    const failed = { ...threshold('fail'), observed: null };
    const { verdict, findings } = judgeRun({ thresholds: [failed] });
    expect(verdict).toBe('threshold-failed');
    expect(findings).toHaveLength(1);
    expect(findings[0]).not.toHaveProperty('candidate');
    expect(judgeRun({}).findings).toEqual([]);
  });
});

describe('the verdict of a command-benchmark A/B', () => {
  const bench = (verdict: 'regression' | 'no-change' | 'improvement') => ({
    scenario: 'jsonlogic',
    name: 'jsonlogic_bench/simple',
    estimate: 1_200,
    comparison: {
      baseline: 1_000,
      change: 0.2,
      ci: { low: 0.15, high: 0.25, confidence: 0.95 },
      verdict,
      reason: `+20% (95% CI +15% to +25%), ${verdict}`,
    },
  });

  it('is a regression, with its finding, when a benchmark regressed, and exits 1', () => {
    const judged = judgeRun(
      report({ benchmarks: [bench('no-change'), bench('regression')] } as never),
    );
    expect(judged.verdict).toBe('regression');
    expect(exitCodeOfVerdict(judged.verdict)).toBe(1);
    expect(judged.findings).toEqual([
      {
        source: 'comparison',
        scenario: 'jsonlogic',
        level: 0,
        metric: 'jsonlogic_bench/simple',
        reason: '+20% (95% CI +15% to +25%), regression',
        baseline: 1_000,
        candidate: 1_200,
        change: 0.2,
      },
    ]);
  });

  it('is the best news the benchmarks give otherwise, and pass without a baseline', () => {
    expect(judgeRun(report({ benchmarks: [bench('improvement')] } as never)).verdict).toBe(
      'improvement',
    );
    expect(
      judgeRun(report({ benchmarks: [{ ...bench('no-change'), comparison: undefined }] } as never))
        .verdict,
    ).toBe('pass');
  });
});

describe('the verdict of a run with benchmark thresholds', () => {
  const limit = (status: 'pass' | 'warn' | 'fail' | 'invalid') => ({
    threshold: 'parse_mt/* <= 2000 ns/iter',
    scenario: 'parse',
    benchmark: 'parse_mt/fields/MT103',
    unit: 'ns/iter',
    status,
    observed: status === 'invalid' ? null : 2_400,
    limit: 2_000,
    message: 'parse_mt/fields/MT103 2400 ns/iter (slope), breaks <= 2000 ns/iter',
  });

  it('fails on a breached fail limit, with a threshold finding, over a benchmark that did not regress', () => {
    const judged = judgeRun(report({ benchmarkThresholds: [limit('fail')] }));
    expect(judged.verdict).toBe('threshold-failed');
    expect(exitCodeOfVerdict(judged.verdict)).toBe(1);
    expect(judged.findings).toEqual([
      {
        source: 'threshold',
        scenario: 'parse',
        level: 0,
        metric: 'parse_mt/fields/MT103',
        threshold: 'parse_mt/* <= 2000 ns/iter',
        reason: 'parse_mt/fields/MT103 2400 ns/iter (slope), breaks <= 2000 ns/iter',
        candidate: 2_400,
      },
    ]);
  });

  it.each(['pass', 'warn', 'invalid'] as const)('passes on a %s result', (status) => {
    const judged = judgeRun(report({ benchmarkThresholds: [limit(status)] }));
    expect(judged.verdict).toBe('pass');
    expect(judged.findings).toEqual([]);
  });
});

describe('what a verdict means for the shell and the step', () => {
  it.each([
    ['regression', true],
    ['threshold-failed', true],
    ['pass', false],
    ['improvement', false],
    ['no-change', false],
    ['no-baseline', false],
    ['inconclusive', false],
    ['skipped', false],
    ['target-failure', false],
    ['error', false],
    ['interrupted', false],
  ] as [Verdict, boolean][])('%s is worth an on-regression comment: %s', (verdict, bad) => {
    expect(verdictIsBadNews(verdict)).toBe(bad);
  });

  it.each([
    ['pass', 0],
    ['improvement', 0],
    ['no-change', 0],
    ['no-baseline', 0],
    ['inconclusive', 0],
    ['skipped', 0],
    ['regression', 1],
    ['threshold-failed', 1],
    ['target-failure', 3],
    ['error', 70],
    ['interrupted', 130],
  ] as [Verdict, number][])('%s exits with %i', (verdict, code) => {
    expect(exitCodeOfVerdict(verdict)).toBe(code);
  });

  it.each([
    ['regression', 'regression', true],
    ['regression', 'threshold', false],
    ['regression', 'never', false],
    ['threshold-failed', 'regression', true],
    ['threshold-failed', 'threshold', true],
    ['threshold-failed', 'never', false],
    ['target-failure', 'never', true],
    ['error', 'never', true],
    ['interrupted', 'never', true],
    ['inconclusive', 'regression', false],
    ['no-baseline', 'regression', false],
    ['pass', 'regression', false],
  ] as const)('%s with fail-on %s fails the step: %s', (verdict, failOn, fails) => {
    expect(verdictFailsStep(verdict, failOn)).toBe(fails);
  });

  it('calls a run without a report a target failure only when the target or Azure failed', () => {
    expect(verdictOfError(new BenchError('TARGET_UNHEALTHY', 'never healthy'))).toBe(
      'target-failure',
    );
    expect(verdictOfError(new BenchError('AZURE_NO_CAPACITY', 'no room'))).toBe('target-failure');
    expect(verdictOfError(new BenchError('CONFIG_INVALID', 'bad config'))).toBe('error');
    expect(verdictOfError(new TypeError('a bug'))).toBe('error');
  });
});
