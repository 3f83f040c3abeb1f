/**
 * Thresholds at their edges: every metric name and alias, every unit, the spellings the
 * patterns accept and refuse, a value exactly at its limit for each operator, each metric read
 * from a level and shown in its unit, and relative limits met exactly by the change or by the
 * end of its interval (a change must pass a limit, not reach it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, MetricComparison } from '../../src/core/report/comparison-model.js';
import type { LevelReport, RunReport } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { Threshold } from '../../src/core/stats/thresholds.js';
import {
  attachThresholds,
  evaluateThresholds,
  isThresholdError,
  parseThreshold,
} from '../../src/core/stats/thresholds.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

function parsed(text: Parameters<typeof parseThreshold>[0]): Threshold {
  const t = parseThreshold(text);
  if (isThresholdError(t)) throw new Error(t.error);
  return t;
}
const errorOf = (text: Parameters<typeof parseThreshold>[0]): string => {
  const t = parseThreshold(text);
  if (!isThresholdError(t)) throw new Error(`${JSON.stringify(text)} parsed`);
  return t.error;
};

describe('parseThreshold: metric names', () => {
  it.each([
    ['p50', 'p50'],
    ['median', 'p50'],
    ['P50', 'p50'],
    ['p75', 'p75'],
    ['p90', 'p90'],
    ['p95', 'p95'],
    ['p99', 'p99'],
    ['p999', 'p999'],
    ['p99.9', 'p999'],
    ['p9999', 'p9999'],
    ['p99.99', 'p9999'],
    ['max', 'max'],
    ['mean', 'mean'],
    ['serverCpuUsPerRequest', 'serverCpuUsPerRequest'],
    ['cpu-per-request', 'serverCpuUsPerRequest'],
    ['cpuPerRequest', 'serverCpuUsPerRequest'],
  ])('%s < 5ms reads %s', (name, metric) => {
    expect(parseThreshold(`${name} < 5ms`)).toMatchObject({
      kind: 'absolute',
      metric,
      limit: 5000,
    });
  });

  it.each([
    ['rps', 'successRps'],
    ['throughput', 'successRps'],
    ['successRps', 'successRps'],
    ['totalRps', 'totalRps'],
  ])('%s > 10 reads %s', (name, metric) => {
    expect(parseThreshold(`${name} > 10`)).toMatchObject({ metric, limit: 10 });
  });

  it.each([
    ['errors', 'errorRate'],
    ['errorRate', 'errorRate'],
    ['error-rate', 'errorRate'],
    ['backPressureRate', 'backPressureRate'],
    ['back-pressure-rate', 'backPressureRate'],
    ['rateLimitedRate', 'rateLimitedRate'],
    ['rate-limited-rate', 'rateLimitedRate'],
  ])('%s < 2%% reads %s', (name, metric) => {
    expect(parseThreshold(`${name} < 2%`)).toMatchObject({ metric, limit: 0.02 });
  });

  it('names every metric it knows when it does not know one', () => {
    expect(errorOf('latency < 5ms')).toBe(
      '"latency < 5ms": unknown metric "latency"; use one of p50, p75, p90, p95, p99, p99.9, p99.99, max, mean, rps, totalRps, errorRate, backPressureRate, rateLimitedRate, serverCpuUsPerRequest',
    );
    expect(errorOf('toString < 5ms')).toContain('unknown metric "toString"');
  });
});

describe('parseThreshold: units and spellings', () => {
  it.each([
    ['p99 < 7us', 7],
    ['p99 < 7µs', 7],
    ['p99 < 7μs', 7],
    ['p99 < 7ms', 7000],
    ['p99 < 7s', 7_000_000],
    ['p99 < 7 ms', 7000],
    ['p99 < .5ms', 500],
    ['p99 < 2.25ms', 2250],
    ['  p99<7ms  ', 7000],
    ['rps > 3k', 3000],
    ['rps > 3M', 3_000_000],
    ['rps > 3rps', 3],
    ['rps > 3req/s', 3],
    ['rps > 3/s', 3],
    ['rps > 3krps', 3000],
    ['rps > 3 k', 3000],
    ['errorRate < 100%', 1],
    ['errorRate < 0%', 0],
  ])('%s has the limit %d', (text, limit) => {
    expect(parseThreshold(text)).toMatchObject({ limit });
  });

  it.each([
    ['p99 < 7ms', '<'],
    ['p99 <= 7ms', '<='],
    ['p99 > 7ms', '>'],
    ['p99 >= 7ms', '>='],
    ['p99 ≤ 7ms', '<='],
    ['p99 ≥ 7ms', '>='],
  ])('%s compares with %s', (text, operator) => {
    expect(parseThreshold(text)).toMatchObject({ operator });
  });

  it.each([
    ['p99 < 7ms', 'fail'],
    ['fail: p99 < 7ms', 'fail'],
    ['warn: p99 < 7ms', 'warn'],
    ['warn :p99 < 7ms', 'warn'],
    ['  warn:p99 < 7ms', 'warn'],
  ])('%s has the severity %s', (text, severity) => {
    expect(parseThreshold(text)).toMatchObject({ severity, source: text.trim() });
  });

  it.each([
    [
      'rps > 3G',
      '"rps > 3G": unknown rate unit "G"; write e.g. "rps > 2000", "rps > 1.5k" or "rps > 2000/s"',
    ],
    ['rps > 3kk', 'unknown rate unit "kk"'],
    ['rps > 3rpsx', 'unknown rate unit "rpsx"'],
    ['rps > 3xrps', 'unknown rate unit "xrps"'],
    ['p99 < 7', '"p99 < 7": add a time unit (us, ms or s), e.g. "p99 < 50ms"'],
    ['max < 7', '"max < 7": add a time unit (us, ms or s), e.g. "max < 50ms"'],
    ['p99 < 7m', '"p99 < 7m": unknown time unit "m"; use us, ms or s'],
    ['p99 < 7.ms', '"p99 < 7.ms": unknown time unit ".ms"; use us, ms or s'],
    [
      'errorRate < 1',
      '"errorRate < 1": write the error rate as a percentage, e.g. "errorRate < 0.1%"',
    ],
    [
      'backPressureRate < 1',
      '"backPressureRate < 1": write the back-pressure rate (503) as a percentage, e.g. "backPressureRate < 0.1%"',
    ],
    ['errorRate < 100.5%', '"errorRate < 100.5%": an error rate cannot exceed 100%'],
    [
      'rateLimitedRate < 101%',
      '"rateLimitedRate < 101%": a rate-limited rate (429) cannot exceed 100%',
    ],
    [
      'backPressureRate < 101%',
      '"backPressureRate < 101%": a back-pressure rate (503) cannot exceed 100%',
    ],
  ])('%s is refused: %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it.each([
    'p99 = 7ms',
    'p99 << 7ms',
    'p99 < -7ms',
    'x p99 < 7ms',
    'p99 < 7ms x',
    'warning: p99 < 7ms',
    '9p < 7ms',
    'p99 +10',
    'p99 ++10%',
    'p99 +10% +20%x',
  ])('%j is not a threshold at all', (text) => {
    expect(errorOf(text)).toBe(
      `"${text}": not a threshold; write "<metric> <op> <value><unit>" (e.g. "p99 < 50ms", "errorRate < 0.1%", "rps > 2000") or "<metric> +<n>%" (e.g. "p99 +20%")`,
    );
  });
});

describe('parseThreshold: relative limits', () => {
  it.each([
    ['p50 +10%', 'p50', { fail: 0.1 }],
    ['p99 10%', 'p99', { fail: 0.1 }],
    ['p99.9 +10 %', 'p999', { fail: 0.1 }],
    ['rps -5%', 'successRps', { fail: -0.05 }],
    ['rps 5%', 'successRps', { fail: -0.05 }],
    ['rps −5%', 'successRps', { fail: -0.05 }],
    ['errorRate +0.5pp', 'errorRate', { fail: 0.005 }],
    ['serverCpuUsPerRequest +15%', 'serverCpuUsPerRequest', { fail: 0.15 }],
    ['p99 warn +10%', 'p99', { warn: 0.1 }],
    ['p99 fail +10%', 'p99', { fail: 0.1 }],
    ['p99 fail +20% warn +10%', 'p99', { warn: 0.1, fail: 0.2 }],
    ['p99 warn +20% fail +20%', 'p99', { warn: 0.2, fail: 0.2 }],
    ['  p99   warn +10%   fail +20%  ', 'p99', { warn: 0.1, fail: 0.2 }],
  ])('%s reads %s with %j', (text, metric, limits) => {
    const t = parsed(text);
    expect(t).toEqual({ kind: 'relative', source: text.trim(), metric, ...limits });
  });

  it.each([
    [
      'p75 +10%',
      '"p75 +10%": relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "p75"',
    ],
    ['p90 +10%', 'not "p90"'],
    ['p95 +10%', 'not "p95"'],
    ['p9999 +10%', 'not "p9999"'],
    ['max +10%', 'not "max"'],
    ['mean +10%', 'not "mean"'],
    ['totalRps -10%', 'not "totalRps"'],
    ['backPressureRate +1pp', 'not "backPressureRate"'],
    ['latency +10%', 'not "latency"'],
    ['p99 warn +10% +20%', '"p99 warn +10% +20%": not a threshold'],
    [
      'p99 +10% warn +20%',
      '"p99 +10% warn +20%": write "warn" before one limit and "fail" before the other',
    ],
    ['p99 fail +10% fail +20%', 'write "warn" before one limit and "fail" before the other'],
    [
      'p99 warn +30% fail +20%',
      '"p99 warn +30% fail +20%": the warn limit must not be beyond the fail limit',
    ],
    ['p99 -10%', '"p99 -10%": p99 gets worse as it rises; write fail "+10%"'],
    ['p99 −10%', '"p99 −10%": p99 gets worse as it rises; write fail "+10%"'],
    ['p99 warn -10%', '"p99 warn -10%": p99 gets worse as it rises; write warn "+10%"'],
    ['rps +5%', '"rps +5%": throughput gets worse as it falls; write fail "-5%"'],
    ['rps -0%', '"rps -0%": a fail limit of 0 would flag every run; use at least the noise level'],
    [
      'p99 warn 0%',
      '"p99 warn 0%": a warn limit of 0 would flag every run; use at least the noise level',
    ],
    [
      'errorRate +1%',
      '"errorRate +1%": error-rate changes are in percentage points; write e.g. "+0.5pp"',
    ],
    ['p99 +5pp', '"p99 +5pp": p99 changes are relative; write e.g. "+10%"'],
    ['rps -5pp', '"rps -5pp": throughput changes are relative; write e.g. "-5%"'],
  ])('%s is refused: %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('names an object threshold in messages by its metric and limits', () => {
    expect(errorOf({ metric: 'p99', warn: '+30%', fail: '+20%' })).toBe(
      '"p99 warn +30% fail +20%": the warn limit must not be beyond the fail limit',
    );
    expect(errorOf({ metric: 'p99', fail: 'ten' })).toBe(
      '"p99 fail ten": fail "ten" is not a change; write e.g. "+10%" (or "+0.5pp" for the error rate)',
    );
    expect(errorOf({ metric: 'p99', warn: '+10' })).toBe(
      '"p99 warn +10": warn "+10" is not a change; write e.g. "+10%" (or "+0.5pp" for the error rate)',
    );
    expect(errorOf({ metric: 'p99', fail: 'x+10%' })).toContain('is not a change');
    expect(errorOf({ metric: 'p99', fail: '+10%x' })).toContain('is not a change');
    expect(errorOf({ metric: 'p42', fail: '+20%' })).toBe(
      '"p42 fail +20%": relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "p42"',
    );
    expect(errorOf({ metric: 'rps' })).toBe(
      `"rps": give a warn or a fail limit, e.g. { metric: successRps, warn: '+10%', fail: '+20%' }`,
    );
    expect(errorOf({ metric: 'p99', warn: '+10%', fail: '-20%' })).toContain(
      'p99 gets worse as it rises; write fail "+20%"',
    );
  });

  it('reads the object form with its scenario, and trims its limits', () => {
    expect(parseThreshold({ metric: 'p99', warn: ' +10% ', scenario: 's' })).toEqual({
      kind: 'relative',
      source: 'p99 warn  +10% ',
      metric: 'p99',
      warn: 0.1,
      scenario: 's',
    });
    expect(parseThreshold({ metric: 'p99', fail: '+20%' })).toEqual({
      kind: 'relative',
      source: 'p99 fail +20%',
      metric: 'p99',
      fail: 0.2,
    });
  });
});

/** A report whose one level has exactly the given figures. */
function reportWith(change: (level: LevelReport) => LevelReport): RunReport {
  const report = buildRound({ seed: 3, levels: [{ level: 8, medianUs: 1000, successRps: 1000 }] });
  return { ...report, levels: report.levels.map(change) };
}
const exact = reportWith((l) => ({
  ...l,
  latencyUs: {
    ...l.latencyUs,
    p50: 1000,
    p75: 1500,
    p90: 2000,
    p95: 2500,
    p99: 5000,
    p999: 8000,
    p9999: 9000,
    max: 10_000,
    mean: 1200,
  },
  throughput: { ...l.throughput, successRps: 1000, totalRps: 1100 },
  errorRate: 0.01,
  backPressureRate: 0.02,
  rateLimitedRate: 0.03,
  server: { ...(l.server ?? {}), cpuUsPerRequest: 150 } as LevelReport['server'],
}));
const judged = (text: string, report: RunReport = exact) =>
  evaluateThresholds([parsed(text)], report)[0]!;

describe('evaluateThresholds: absolute limits', () => {
  it.each([
    ['p50 < 1ms', 'fail'],
    ['p50 <= 1ms', 'pass'],
    ['p50 > 1ms', 'fail'],
    ['p50 >= 1ms', 'pass'],
    ['p50 < 1001us', 'pass'],
    ['p50 > 999us', 'pass'],
    ['p75 <= 1.5ms', 'pass'],
    ['p75 < 1.5ms', 'fail'],
    ['p90 < 2ms', 'fail'],
    ['p95 < 2.5ms', 'fail'],
    ['p99 < 5ms', 'fail'],
    ['p99.9 < 8ms', 'fail'],
    ['p99.99 < 9ms', 'fail'],
    ['max < 10ms', 'fail'],
    ['mean < 1.2ms', 'fail'],
    ['p99.99 <= 9ms', 'pass'],
    ['rps > 1000', 'fail'],
    ['rps >= 1000', 'pass'],
    ['totalRps > 1100', 'fail'],
    ['totalRps >= 1100', 'pass'],
    ['errorRate < 1%', 'fail'],
    ['errorRate <= 1%', 'pass'],
    ['backPressureRate < 2%', 'fail'],
    ['backPressureRate <= 2%', 'pass'],
    ['rateLimitedRate < 3%', 'fail'],
    ['rateLimitedRate <= 3%', 'pass'],
    ['serverCpuUsPerRequest < 150us', 'fail'],
    ['serverCpuUsPerRequest <= 150us', 'pass'],
  ])('%s is %s when the value is exactly at its limit', (text, status) => {
    expect(judged(text).status).toBe(status);
  });

  it.each([
    ['p99 <= 5ms', 5000, 'p99 5 ms, within <= 5 ms'],
    ['p99 < 5ms', 5000, 'p99 5 ms, breaks < 5 ms'],
    ['warn: p99.9 < 1ms', 8000, 'p99.9 8 ms, breaks < 1 ms'],
    ['p99.99 < 1ms', 9000, 'p99.99 9 ms, breaks < 1 ms'],
    ['totalRps < 2000', 1100, 'total throughput 1,100 req/s, within < 2,000 req/s'],
    ['errorRate < 0.5%', 0.01, 'error rate 1%, breaks < 0.5%'],
    ['backPressureRate <= 2%', 0.02, 'back-pressure rate (503) 2%, within <= 2%'],
    ['rateLimitedRate < 1%', 0.03, 'rate-limited rate (429) 3%, breaks < 1%'],
  ])('%s observes %d and says %j', (text, observed, message) => {
    const r = judged(text);
    expect(r).toMatchObject({ observed, message, threshold: text, kind: 'absolute', level: 8 });
  });

  it.each([
    ['p50 <= 0.5ms', 'p50 1 ms, breaks <= 500 µs'],
    ['p75 >= 2ms', 'p75 1.5 ms, breaks >= 2 ms'],
    ['p90 < 1ms', 'p90 2 ms, breaks < 1 ms'],
    ['p95 < 1ms', 'p95 2.5 ms, breaks < 1 ms'],
    ['max < 1ms', 'max 10 ms, breaks < 1 ms'],
    ['mean < 1ms', 'mean 1.2 ms, breaks < 1 ms'],
  ])('%s fails and says %j', (text, message) => {
    expect(judged(text)).toMatchObject({ status: 'fail', message });
  });

  it('shows a fractional server CPU per request with three significant digits', () => {
    const cpu = reportWith((l) => ({
      ...l,
      server: { ...(l.server ?? {}), cpuUsPerRequest: 12.34 } as LevelReport['server'],
    }));
    expect(judged('serverCpuUsPerRequest < 10us', cpu).message).toBe(
      'server CPU/request 12.3 µs, breaks < 10 µs',
    );
  });

  it('shows server CPU per request in its own unit', () => {
    const r = judged('serverCpuUsPerRequest < 100us');
    expect(r.status).toBe('fail');
    expect(r.observed).toBe(150);
    expect(r.message).toMatch(/^server CPU\/request \S+.*, breaks < /);
  });

  it('gives the severity of a broken warn threshold, and pass for a kept one', () => {
    expect(judged('warn: p99 < 1ms').status).toBe('warn');
    expect(judged('warn: p99 < 10ms').status).toBe('pass');
  });

  it('reads a missing back-pressure or rate-limited rate (a version 1 report) as zero', () => {
    const old = reportWith((l) => {
      const { backPressureRate: _b, rateLimitedRate: _r, ...rest } = l;
      return rest;
    });
    expect(judged('backPressureRate <= 0%', old)).toMatchObject({ status: 'pass', observed: 0 });
    expect(judged('rateLimitedRate <= 0%', old)).toMatchObject({ status: 'pass', observed: 0 });
  });

  it('does not judge a level without requests, a latency without successes, or CPU not sampled', () => {
    const none = reportWith((l) => ({ ...l, counts: { ...l.counts, total: 0 } }));
    expect(judged('p99 < 1ms', none)).toEqual(
      expect.objectContaining({
        status: 'invalid',
        observed: null,
        limit: 1000,
        message: 'no requests completed at this level; not judged',
      }),
    );
    const failing = reportWith((l) => ({ ...l, latencyUs: { ...l.latencyUs, count: 0 } }));
    expect(judged('p99 < 1ms', failing)).toMatchObject({
      status: 'invalid',
      observed: null,
      limit: 1000,
      message: 'no successful responses at this level, so no latency',
    });
    expect(judged('rps > 1', failing).status).toBe('pass');
    const unsampled = reportWith((l) => {
      const { server: _s, ...rest } = l;
      return rest;
    });
    expect(judged('serverCpuUsPerRequest < 1ms', unsampled)).toMatchObject({
      status: 'invalid',
      message: 'the target was not sampled at this level',
    });
  });

  it('attaches results to the report only when the plan sets thresholds', () => {
    expect(attachThresholds({}, exact)).toBe(exact);
    expect(attachThresholds({ thresholds: [] }, exact)).toBe(exact);
    const attached = attachThresholds({ thresholds: [parsed('p99 < 10ms')] }, exact);
    expect(attached.thresholds?.map((t) => t.status)).toEqual(['pass']);
    expect(attached.levels).toBe(exact.levels);
  });
});

describe('evaluateThresholds: relative limits at their edges', () => {
  const level = exact.levels[0]!;
  const metric = (over: Partial<MetricComparison>): MetricComparison => ({
    scenario: level.scenario,
    model: level.model,
    level: level.level,
    metric: 'p99',
    baseline: 1000,
    candidate: 1100,
    changeKind: 'ratio',
    change: 0.1,
    ci: { low: 0.05, high: 0.15, confidence: 0.95 },
    samples: { source: 'rounds', baseline: 3, candidate: 3 },
    verdict: 'regression',
    reason: 'r',
    ...over,
  });
  const comparisonOf = (...metrics: MetricComparison[]) => ({ metrics }) as unknown as Comparison;
  const rel = (text: string, ...metrics: MetricComparison[]) =>
    evaluateThresholds([parsed(text)], exact, comparisonOf(...metrics))[0]!;

  it.each([
    // Latency: worse when it rises.
    ['p99 +10%', { change: 0.1, ci: { low: 0.1, high: 0.2, confidence: 0.95 } }, 'pass'],
    ['p99 +10%', { change: 0.15, ci: { low: 0.1, high: 0.2, confidence: 0.95 } }, 'warn'],
    ['p99 +10%', { change: 0.15, ci: { low: 0.11, high: 0.2, confidence: 0.95 } }, 'fail'],
    ['p99 +10%', { change: 0.15, ci: null }, 'warn'],
    ['p99 warn +10%', { change: 0.1 }, 'pass'],
    ['p99 warn +10%', { change: 0.11 }, 'warn'],
    [
      'p99 warn +10% fail +20%',
      { change: 0.2, ci: { low: 0.19, high: 0.3, confidence: 0.95 } },
      'warn',
    ],
    [
      'p99 warn +10% fail +20%',
      { change: 0.21, ci: { low: 0.19, high: 0.3, confidence: 0.95 } },
      'warn',
    ],
    [
      'p99 warn +10% fail +20%',
      { change: 0.25, ci: { low: 0.21, high: 0.3, confidence: 0.95 } },
      'fail',
    ],
    [
      'p99 warn +10% fail +20%',
      { change: 0.25, ci: { low: 0.3, high: 0.21, confidence: 0.95 } },
      'fail',
    ],
    [
      'p99 warn +10% fail +20%',
      { change: -0.5, ci: { low: -0.6, high: -0.4, confidence: 0.95 } },
      'pass',
    ],
    // Throughput: worse when it falls.
    [
      'rps -5%',
      { metric: 'successRps', change: -0.05, ci: { low: -0.1, high: 0, confidence: 0.95 } },
      'pass',
    ],
    [
      'rps -5%',
      { metric: 'successRps', change: -0.08, ci: { low: -0.1, high: -0.05, confidence: 0.95 } },
      'warn',
    ],
    [
      'rps -5%',
      { metric: 'successRps', change: -0.08, ci: { low: -0.1, high: -0.06, confidence: 0.95 } },
      'fail',
    ],
    [
      'rps -5%',
      { metric: 'successRps', change: 0.5, ci: { low: 0.4, high: 0.6, confidence: 0.95 } },
      'pass',
    ],
    ['rps warn -5%', { metric: 'successRps', change: -0.06 }, 'warn'],
    ['rps warn -5%', { metric: 'successRps', change: -0.05 }, 'pass'],
  ] as const)('%s with %j is %s', (text, over, status) => {
    const r = rel(text, metric(over));
    expect(r.status, r.message).toBe(status);
  });

  it('reports the limit that was passed, and the change observed', () => {
    const failed = rel(
      'p99 warn +10% fail +20%',
      metric({ change: 0.3, ci: { low: 0.25, high: 0.35, confidence: 0.95 } }),
    );
    expect(failed).toMatchObject({
      status: 'fail',
      observed: 0.3,
      limit: 0.2,
      message: 'p99 +30.0% (interval +25.0%…+35.0%) is entirely beyond the +20% fail limit',
    });
    const warned = rel(
      'p99 warn +10% fail +20%',
      metric({ change: 0.15, ci: { low: 0.05, high: 0.25, confidence: 0.95 } }),
    );
    expect(warned).toMatchObject({
      status: 'warn',
      observed: 0.15,
      limit: 0.1,
      message: 'p99 +15.0% (interval +5.0%…+25.0%) is beyond the +10% warn limit',
    });
    const passed = rel('p99 warn +10% fail +20%', metric({ change: 0.05, ci: null }));
    expect(passed).toMatchObject({
      status: 'pass',
      observed: 0.05,
      limit: 0.1,
      message: 'p99 +5.0%, within +10%',
    });
    const failOnly = rel('p99 +20%', metric({ change: 0.05, ci: null }));
    expect(failOnly).toMatchObject({
      status: 'pass',
      limit: 0.2,
      message: 'p99 +5.0%, within +20%',
    });
    const points = rel(
      'errorRate +0.5pp',
      metric({
        metric: 'errorRate',
        changeKind: 'difference',
        change: 0.01,
        ci: { low: 0.006, high: 0.02, confidence: 0.95 },
      }),
    );
    expect(points.status).toBe('fail');
    expect(points.message).toContain('fail limit');
  });

  it('reads only the comparison of the same metric, scenario, model and level', () => {
    const others = [
      metric({ metric: 'p50', change: 1, ci: { low: 1, high: 1, confidence: 0.95 } }),
      metric({ scenario: 'other', change: 1, ci: { low: 1, high: 1, confidence: 0.95 } }),
      metric({
        model: level.model === 'open' ? 'closed' : 'open',
        change: 1,
        ci: { low: 1, high: 1, confidence: 0.95 },
      }),
      metric({ level: level.level + 1, change: 1, ci: { low: 1, high: 1, confidence: 0.95 } }),
    ];
    expect(rel('p99 +10%', ...others)).toMatchObject({
      status: 'no-baseline',
      observed: null,
      limit: 0.1,
      message: 'no baseline for this level; not judged',
    });
    expect(rel('p99 warn +10%', ...others).limit).toBe(0.1);
    expect(
      rel(
        'p99 +10%',
        ...others,
        metric({ change: 0.5, ci: { low: 0.4, high: 0.6, confidence: 0.95 } }),
      ).status,
    ).toBe('fail');
  });

  it('makes a relative threshold invalid when its comparison is, with the comparison’s reason', () => {
    expect(
      rel('p99 warn +10%', metric({ verdict: 'invalid', reason: 'too few rounds' })),
    ).toMatchObject({
      status: 'invalid',
      observed: null,
      limit: 0.1,
      message: 'too few rounds',
    });
  });

  it('judges every level of a scenario-scoped threshold of that scenario only, and every threshold', () => {
    const results = evaluateThresholds(
      [parsed({ metric: 'p99', fail: '+10%', scenario: level.scenario }), parsed('p99 < 1s')],
      exact,
      comparisonOf(metric({ change: 0.5, ci: { low: 0.4, high: 0.6, confidence: 0.95 } })),
    );
    expect(results.map((r) => [r.kind, r.status, r.scenario, r.model, r.metric])).toEqual([
      ['relative', 'fail', level.scenario, level.model, 'p99'],
      ['absolute', 'pass', level.scenario, level.model, 'p99'],
    ]);
    expect(
      evaluateThresholds([parsed({ metric: 'p99', fail: '+10%', scenario: 'elsewhere' })], exact),
    ).toEqual([]);
  });

  it('never judges a generator-bound level, whatever the threshold', () => {
    const bound = reportWith((l) => ({
      ...l,
      generator: { ...l.generator, generatorBound: true },
    }));
    expect(evaluateThresholds([parsed('p99 < 1us')], bound)[0]).toMatchObject({
      status: 'invalid',
      observed: null,
      limit: null,
      threshold: 'p99 < 1us',
      kind: 'absolute',
      metric: 'p99',
      level: 8,
    });
  });
});
