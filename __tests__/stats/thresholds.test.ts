import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/core/stats/compare.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { Threshold } from '../../src/core/stats/thresholds.js';
import {
  evaluateBenchmarkThresholds,
  evaluateThresholds,
  hasThresholdFailure,
  isThresholdError,
  parseThreshold,
  parseThresholds,
} from '../../src/core/stats/thresholds.js';
import type { LevelSpec } from '../support/reports/synthetic-rounds.js';
import { buildRound, buildRounds } from '../support/reports/synthetic-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

function parsed(text: Parameters<typeof parseThreshold>[0]): Threshold {
  const t = parseThreshold(text);
  if (isThresholdError(t)) throw new Error(t.error);
  return t;
}

describe('parseThreshold', () => {
  it.each([
    [
      'p99 < 50ms',
      { kind: 'absolute', metric: 'p99', operator: '<', limit: 50_000, severity: 'fail' },
    ],
    ['p50 <= 800us', { metric: 'p50', operator: '<=', limit: 800 }],
    ['p50 <= 800µs', { metric: 'p50', operator: '<=', limit: 800 }],
    ['p99.9 < 1.5s', { metric: 'p999', limit: 1_500_000 }],
    ['max<2s', { metric: 'max', operator: '<', limit: 2_000_000 }],
    ['errorRate < 0.1%', { metric: 'errorRate', operator: '<', limit: 0.001 }],
    ['errors < 1%', { metric: 'errorRate', limit: 0.01 }],
    ['rps > 2000', { metric: 'successRps', operator: '>', limit: 2000 }],
    ['successRps >= 1.5k', { metric: 'successRps', operator: '>=', limit: 1500 }],
    ['throughput ≥ 2000/s', { metric: 'successRps', operator: '>=', limit: 2000 }],
    ['totalRps > 1M', { metric: 'totalRps', limit: 1_000_000 }],
    ['serverCpuUsPerRequest < 200us', { metric: 'serverCpuUsPerRequest', limit: 200 }],
    ['warn: p99 < 20ms', { metric: 'p99', severity: 'warn', limit: 20_000 }],
    ['p99 +20%', { kind: 'relative', metric: 'p99', fail: 0.2 }],
    ['p99 warn +10% fail +20%', { kind: 'relative', metric: 'p99', warn: 0.1, fail: 0.2 }],
    ['rps -5%', { kind: 'relative', metric: 'successRps', fail: -0.05 }],
    ['errorRate +0.5pp', { kind: 'relative', metric: 'errorRate', fail: 0.005 }],
  ])('"%s" parses', (text, expected) => {
    const t = parseThreshold(text);
    expect(t).toMatchObject({ ...expected, source: text });
  });

  it.each([
    [
      { metric: 'p99', warn: '+10%', fail: '+20%' },
      { kind: 'relative', metric: 'p99', warn: 0.1, fail: 0.2 },
    ],
    [
      { metric: 'rps', warn: '-5%' },
      { kind: 'relative', metric: 'successRps', warn: -0.05 },
    ],
    [
      { metric: 'p50', fail: '15%', scenario: 'mt103' },
      { metric: 'p50', fail: 0.15, scenario: 'mt103' },
    ],
  ])('the object form %j parses', (input, expected) => {
    expect(parseThreshold(input)).toMatchObject(expected);
  });

  it.each([
    ['', 'empty threshold; write e.g. "p99 < 50ms" or "p99 +20%"'],
    ['p99 < 50', '"p99 < 50": add a time unit (us, ms or s), e.g. "p99 < 50ms"'],
    ['p99 < 50 hours', '"p99 < 50 hours": unknown time unit "hours"; use us, ms or s'],
    ['p99 < 50min', '"p99 < 50min": unknown time unit "min"; use us, ms or s'],
    ['latency < 50ms', '"latency < 50ms": unknown metric "latency"'],
    [
      'errorRate < 0.001',
      '"errorRate < 0.001": write the error rate as a percentage, e.g. "errorRate < 0.1%"',
    ],
    ['errorRate < 150%', 'an error rate cannot exceed 100%'],
    ['rps > 2000ms', 'unknown rate unit "ms"'],
    ['p99 -10%', '"p99 -10%": p99 gets worse as it rises; write fail "+10%"'],
    ['rps +5%', '"rps +5%": throughput gets worse as it falls; write fail "-5%"'],
    ['errorRate +1%', 'error-rate changes are in percentage points; write e.g. "+0.5pp"'],
    ['p99 +5pp', 'p99 changes are relative; write e.g. "+10%"'],
    ['p99 warn +30% fail +20%', 'the warn limit must not be beyond the fail limit'],
    ['p99 warn +10% warn +20%', 'write "warn" before one limit and "fail" before the other'],
    ['p99 +0%', 'a fail limit of 0 would flag every run'],
    [
      'p75 +10%',
      'relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "p75"',
    ],
    ['p99 is fast', 'not a threshold; write "<metric> <op> <value><unit>"'],
  ])('"%s" is refused: %s', (text, message) => {
    const t = parseThreshold(text);
    expect(isThresholdError(t)).toBe(true);
    expect((t as { error: string }).error).toContain(message);
  });

  it('an object without limits is refused with an example', () => {
    expect(parseThreshold({ metric: 'p99' })).toEqual({
      error: `"p99": give a warn or a fail limit, e.g. { metric: p99, warn: '+10%', fail: '+20%' }`,
    });
  });

  it('parsing many thresholds reports every problem at once', () => {
    const { thresholds, errors } = parseThresholds(['p99 < 50ms', 'p99 < 50', 'rps >', 'p50 +10%']);
    expect(thresholds.map((t) => t.source)).toEqual(['p99 < 50ms', 'p50 +10%']);
    expect(errors).toHaveLength(2);
  });
});

describe('evaluateThresholds', () => {
  const fast: LevelSpec = { level: 8, medianUs: 1000, successRps: 2000 };
  const slow: LevelSpec = { level: 64, medianUs: 20_000, successRps: 3000, errorRate: 0.01 };
  const report = buildRound({ seed: 1, levels: [fast, slow] });

  it.each([
    ['p99 < 10ms', ['pass', 'fail']],
    ['warn: p99 < 10ms', ['pass', 'warn']],
    ['p50 >= 1us', ['pass', 'pass']],
    ['errorRate < 0.5%', ['pass', 'fail']],
    ['rps > 2500', ['fail', 'pass']],
    ['serverCpuUsPerRequest < 100us', ['invalid', 'invalid']],
  ])('"%s" gives %j at the two levels', (text, statuses) => {
    const results = evaluateThresholds([parsed(text)], report);
    expect(results.map((r) => r.status)).toEqual(statuses);
    expect(results.map((r) => r.level)).toEqual([8, 64]);
  });

  it('an absolute result carries the value, the limit and a message in words', () => {
    const [result] = evaluateThresholds([parsed('rps > 2500')], report);
    expect(result).toMatchObject({
      threshold: 'rps > 2500',
      kind: 'absolute',
      status: 'fail',
      limit: 2500,
    });
    expect(result!.observed).toBeCloseTo(2000, -2);
    expect(result!.message).toMatch(/^throughput [\d,]+ req\/s, breaks > 2,500 req\/s$/);
  });

  it('a generator-bound level is invalid and never fails', () => {
    const bound = buildRound({
      seed: 1,
      levels: [{ ...fast, medianUs: 90_000, generatorBound: true }],
    });
    const [result] = evaluateThresholds([parsed('p99 < 1ms')], bound);
    expect(result).toMatchObject({
      status: 'invalid',
      message: 'the load generator saturated at this level; not judged',
    });
  });

  it('a scenario-scoped threshold reads only that scenario', () => {
    const two = buildRound({ seed: 1, levels: [fast, { ...fast, scenario: 'mt940' }] });
    const results = evaluateThresholds(
      [parsed({ metric: 'p99', fail: '+10%', scenario: 'mt940' })],
      two,
    );
    expect(results.map((r) => r.scenario)).toEqual(['mt940']);
  });

  it('only a fail status fails the run', () => {
    expect(hasThresholdFailure(evaluateThresholds([parsed('warn: p99 < 10ms')], report))).toBe(
      false,
    );
    expect(hasThresholdFailure(evaluateThresholds([parsed('p99 +10%')], report))).toBe(false);
    expect(hasThresholdFailure(evaluateThresholds([parsed('p99 < 10ms')], report))).toBe(true);
  });

  it('a relative threshold without a comparison is no-baseline, never a failure', () => {
    const results = evaluateThresholds([parsed('p99 +10%')], report);
    expect(results.map((r) => r.status)).toEqual(['no-baseline', 'no-baseline']);
    expect(results[0]!.message).toBe('no baseline for this level; not judged');
  });

  describe('relative to a baseline', () => {
    const level: LevelSpec = { level: 16, medianUs: 1000, successRps: 2000 };
    const baseline = buildRounds(3, { seed: 1, levels: [level] });

    function judge(threshold: string, candidate: Partial<LevelSpec>) {
      const rounds = buildRounds(3, { seed: 101, levels: [{ ...level, ...candidate }] });
      const comparison = compareReports(baseline, rounds);
      const [result] = evaluateThresholds([parsed(threshold)], rounds[0]!, comparison);
      return result!;
    }

    it.each([
      ['p50 warn +10% fail +20%', {}, 'pass'],
      ['p50 warn +10% fail +20%', { medianUs: 1150 }, 'warn'],
      ['p50 warn +10% fail +20%', { medianUs: 1400 }, 'fail'],
      ['rps warn -5% fail -10%', { successRps: 1500 }, 'fail'],
      ['rps warn -5% fail -10%', { successRps: 2400 }, 'pass'],
      ['errorRate +0.5pp', { errorRate: 0.03 }, 'fail'],
    ])('"%s" with candidate %j is %s', (threshold, candidate, status) => {
      const r = judge(threshold, candidate);
      expect(r.status, r.message).toBe(status);
    });

    it('a failure names the change, its interval and the limit', () => {
      const r = judge('p50 +20%', { medianUs: 1400 });
      expect(r.message).toMatch(
        /^p50 \+\d+\.\d% \(interval \+\d+\.\d%…\+\d+\.\d%\) is entirely beyond the \+20% fail limit$/,
      );
      expect(r.limit).toBe(0.2);
      expect(r.observed).toBeGreaterThan(0.3);
    });

    it('a change beyond the fail limit only warns while its interval reaches back inside', () => {
      const rounds = buildRounds(3, { seed: 101, levels: [level] });
      const comparison = compareReports(baseline, rounds, { metrics: ['p50'] });
      const p50 = comparison.metrics[0]!;
      const noisy = {
        ...comparison,
        metrics: [{ ...p50, change: 0.25, ci: { low: 0.02, high: 0.5, confidence: 0.95 } }],
      };
      const [r] = evaluateThresholds([parsed('p50 +10%')], rounds[0]!, noisy);
      expect(r).toMatchObject({ status: 'warn', observed: 0.25, limit: 0.1 });
      expect(r!.message).toBe(
        'p50 +25.0% (interval +2.0%…+50.0%) is beyond the +10% fail limit, but the interval is not entirely beyond it; warning only',
      );
    });

    it('an invalid comparison makes the relative threshold invalid', () => {
      const rounds = buildRounds(3, { seed: 101, levels: [{ ...level, generatorBound: true }] });
      const comparison = compareReports(baseline, rounds);
      // The report itself is not flagged here, so the status must come from the comparison.
      const unflagged = {
        ...rounds[0]!,
        levels: rounds[0]!.levels.map((l) => ({
          ...l,
          generator: { ...l.generator, generatorBound: false },
        })),
      };
      const [r] = evaluateThresholds([parsed('p99 +10%')], unflagged, comparison);
      expect(r).toMatchObject({
        status: 'invalid',
        message: 'the load generator saturated (candidate); not judged',
      });
    });
  });
});

describe('benchmark thresholds', () => {
  const entry = (name: string, estimate: number, unit = 'ns/iter', scenario = 'parse') => ({
    scenario,
    name,
    unit,
    direction: 'lower-is-better' as const,
    estimate,
    statistic: 'slope',
    samples: 10,
  });
  const benchmarks = [
    entry('parse_mt/fields/MT103', 1_900),
    entry('parse_mt/fields/MT202', 2_100),
    entry('parse_mx/pacs008', 9_000),
    entry('throughput', 40_000, 'msg/s', 'flow'),
  ];

  it('parses the object form into a limit in the unit given', () => {
    expect(parsed({ benchmark: 'parse_mt/*', max: 2000, unit: 'ns/iter' })).toEqual({
      kind: 'benchmark',
      source: 'parse_mt/* <= 2000 ns/iter',
      pattern: 'parse_mt/*',
      operator: '<=',
      limit: 2000,
      unit: 'ns/iter',
      severity: 'fail',
    });
    expect(
      parsed({
        benchmark: 'throughput',
        min: 30_000,
        unit: 'msg/s',
        severity: 'warn',
        scenario: 'flow',
      }),
    ).toMatchObject({
      operator: '>=',
      severity: 'warn',
      scenario: 'flow',
      source: 'warn: throughput >= 30000 msg/s',
    });
  });

  it.each([
    [{ benchmark: 'a', unit: 'ns/iter' }, /exactly one of max .* or min/],
    [{ benchmark: 'a', max: 1, min: 0, unit: 'ns/iter' }, /exactly one of max .* or min/],
    [{ benchmark: 'a', max: 1, unit: '' }, /give the unit/],
    [{ benchmark: ' ', max: 1, unit: 'ns/iter' }, /needs a benchmark name/],
    // As YAML gives them: a key written without a value is null.
    [{ benchmark: null, max: 1, unit: 'ns/iter' }, /needs a benchmark name/],
    [{ benchmark: 'a', max: 1, unit: null }, /benchmark threshold "a": give the unit/],
    [{ benchmark: 'a', max: Number.NaN, unit: 'ns/iter' }, /"a": the limit must be a number/],
    [
      { benchmark: 'a', min: Number.POSITIVE_INFINITY, unit: 'msg/s' },
      /the limit must be a number/,
    ],
  ])('refuses %j, saying what to write', (input, message) => {
    const t = parseThreshold(input as Parameters<typeof parseThreshold>[0]);
    expect(isThresholdError(t) && t.error).toMatch(message);
  });

  it('judges every benchmark the pattern matches, and only those: * spans slashes, the rest is literal', () => {
    const results = evaluateBenchmarkThresholds(
      [parsed({ benchmark: 'parse_mt/*', max: 2000, unit: 'ns/iter' })],
      benchmarks,
    );
    expect(results.map((r) => [r.benchmark, r.status, r.observed])).toEqual([
      ['parse_mt/fields/MT103', 'pass', 1_900],
      ['parse_mt/fields/MT202', 'fail', 2_100],
    ]);
    expect(results[1]!.message).toBe(
      'parse_mt/fields/MT202 2100 ns/iter (slope), breaks <= 2000 ns/iter',
    );
    expect(hasThresholdFailure(results as never)).toBe(true);
    // A dot in a pattern is a dot, not any character.
    expect(
      evaluateBenchmarkThresholds(
        [parsed({ benchmark: 'parse.mt/*', max: 1, unit: 'ns/iter' })],
        benchmarks,
      )[0]!.status,
    ).toBe('invalid');
  });

  it('gives a breached warn limit the status warn, and a rate below its min the severity', () => {
    const results = evaluateBenchmarkThresholds(
      [
        parsed({ benchmark: 'parse_mx/*', max: 5_000, unit: 'ns/iter', severity: 'warn' }),
        parsed({ benchmark: 'throughput', min: 50_000, unit: 'msg/s' }),
      ],
      benchmarks,
    );
    expect(results.map((r) => r.status)).toEqual(['warn', 'fail']);
  });

  it('never converts units: a benchmark in another unit is not judged, and says why', () => {
    const [r] = evaluateBenchmarkThresholds(
      [parsed({ benchmark: 'throughput', max: 1, unit: 'ns/iter' })],
      benchmarks,
    );
    expect(r).toMatchObject({ status: 'invalid', observed: null });
    expect(r!.message).toContain('is in msg/s, the limit in ns/iter');
  });

  it('reports a pattern that matches nothing (or nothing in its scenario) instead of passing in silence', () => {
    const results = evaluateBenchmarkThresholds(
      [
        parsed({ benchmark: 'prase_mt/*', max: 2000, unit: 'ns/iter' }),
        parsed({ benchmark: 'parse_mt/*', max: 2000, unit: 'ns/iter', scenario: 'flow' }),
      ],
      benchmarks,
    );
    expect(results.map((r) => r.status)).toEqual(['invalid', 'invalid']);
    expect(results[0]!.message).toMatch(
      /^no benchmark matches "prase_mt\/\*" \(the run has parse_mt/,
    );
    expect(results[1]!.message).toMatch(/^no benchmark of scenario flow matches/);
  });

  it("lists at most ten of the run's benchmarks when a pattern matches nothing, and says when there are more", () => {
    const many = Array.from({ length: 12 }, (_, i) => entry(`b${i}`, 1));
    const [result] = evaluateBenchmarkThresholds(
      [parsed({ benchmark: 'missing', max: 2, unit: 'ns/iter' })],
      many,
    );
    expect(result).toMatchObject({ scenario: '', benchmark: 'missing', observed: null, limit: 2 });
    expect(result!.message).toBe(
      'no benchmark matches "missing" (the run has b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, …); not judged',
    );
    const [few] = evaluateBenchmarkThresholds(
      [parsed({ benchmark: 'missing', max: 2, unit: 'ns/iter', scenario: 'parse' })],
      many.slice(0, 2),
    );
    expect(few).toMatchObject({ scenario: 'parse' });
    expect(few!.message).toBe(
      'no benchmark of scenario parse matches "missing" (the run has b0, b1); not judged',
    );
    const [none] = evaluateBenchmarkThresholds(
      [parsed({ benchmark: 'missing', max: 2, unit: 'ns/iter' })],
      [],
    );
    expect(none!.message).toBe('no benchmark matches "missing"; not judged');
  });

  it('reads every character of a pattern but * literally, and judges only its own scenario', () => {
    const dotted = [
      entry('a.b', 1),
      entry('axb', 1),
      entry('a(1)', 1),
      entry('a.b', 5, 'ns/iter', 'other'),
    ];
    const names = (pattern: string, scenario?: string) =>
      evaluateBenchmarkThresholds(
        [
          parsed({
            benchmark: pattern,
            max: 2,
            unit: 'ns/iter',
            ...(scenario ? { scenario } : {}),
          }),
        ],
        dotted,
      ).map((r) => `${r.scenario}:${r.benchmark}:${r.status}`);
    expect(names('a.b')).toEqual(['parse:a.b:pass', 'other:a.b:fail']);
    expect(names('a(1)')).toEqual(['parse:a(1):pass']);
    expect(names('a.b', 'other')).toEqual(['other:a.b:fail']);
  });

  it('trims the unit it is given and keeps the scenario only when one is named', () => {
    expect(parsed({ benchmark: 'x', max: 1, unit: ' ns/iter ' })).toMatchObject({
      unit: 'ns/iter',
      source: 'x <= 1 ns/iter',
    });
    expect(parsed({ benchmark: 'x', max: 1, unit: 'ns/iter' })).not.toHaveProperty('scenario');
    expect(parsed({ metric: 'p99', fail: '+20%' })).not.toHaveProperty('scenario');
    expect(parsed({ metric: 'p99', fail: '+20%', scenario: 'flow' })).toMatchObject({
      scenario: 'flow',
    });
  });

  it('is left out of the level thresholds, which read HTTP levels only', () => {
    const t = parsed({ benchmark: 'parse_mt/*', max: 2000, unit: 'ns/iter' });
    const report = buildRound({
      seed: 1,
      levels: [{ level: 8, medianUs: 1000, successRps: 2000 }],
    });
    expect(report.levels).toHaveLength(1);
    expect(evaluateThresholds([t], report)).toEqual([]);
  });
});
