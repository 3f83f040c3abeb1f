import { describe, expect, it } from 'vitest';
import { parseSlo, judgeLevelAgainstSlo, type Slo } from '../../src/core/stats/slo.js';
import { sizeReport } from '../support/reports/size-reports.js';

function slo(input: string | string[]): Slo {
  const parsed = parseSlo(input);
  if ('errors' in parsed) throw new Error(parsed.errors.join('; '));
  return parsed.slo;
}

describe('parseSlo', () => {
  it.each([
    ['p99 < 50ms', 'p99 < 50 ms (error rate < 0.1%)', true],
    [['p99 < 50ms', 'errorRate < 0.5%'], 'p99 < 50 ms (error rate < 0.5%)', false],
    ['p50 <= 10ms and p99 < 50ms', 'p50 <= 10 ms and p99 < 50 ms (error rate < 0.1%)', true],
    ['p99.9 < 1s, errors < 1%', 'p99.9 < 1 s (error rate < 1%)', false],
    ['errorRate < 0.1%', 'error rate < 0.1%', false],
  ])('reads %j as "%s"', (input, label, defaulted) => {
    const s = slo(input);
    expect(s.label).toBe(label);
    expect(s.defaultErrorRate).toBe(defaulted);
    expect(s.thresholds.at(-1)?.metric).toBe('errorRate');
  });

  it('records the default error-rate limit among the sources, marked as the default', () => {
    expect(slo('p99 < 50ms').sources).toEqual(['p99 < 50ms', 'errorRate < 0.1% (default)']);
  });

  it.each([
    ['rps > 2000', /the throughput is what the comparison finds/],
    ['p99 > 50ms', /an upper limit/],
    ['p99 +10%', /not a change/],
    ['warn: p99 < 50ms', /drop "warn:"/],
    ['p99 < 50', /add a time unit/],
    [['errorRate < 1%', 'errors < 2%'], /already has an error-rate limit/],
    ['', /empty SLO/],
  ])('refuses %j and says what to write', (input, message) => {
    const parsed = parseSlo(input);
    expect('errors' in parsed && parsed.errors.join('\n')).toMatch(message);
  });

  it('reports every problem of a list at once', () => {
    const parsed = parseSlo(['rps > 1', 'p99 > 1ms', 'p50 < 2ms']);
    expect('errors' in parsed && parsed.errors).toHaveLength(2);
  });
});

describe('judgeLevelAgainstSlo', () => {
  const report = sizeReport({
    vmSize: 'Standard_D4s_v5',
    levels: [
      { level: 8, rps: 1000, p99Ms: 50 },
      { level: 16, rps: 1000, p99Ms: 49.999 },
      { level: 32, rps: 1000, p99Ms: 10, generatorBound: true },
      { level: 64, rps: 1000, p99Ms: 10, empty: true },
    ],
  });
  const [at50, below50, bound, empty] = report.levels;

  it('breaks "p99 < 50ms" at exactly 50 ms and meets it 1 µs below', () => {
    expect(judgeLevelAgainstSlo(report, at50!, slo('p99 < 50ms')).status).toBe('breaks');
    expect(judgeLevelAgainstSlo(report, below50!, slo('p99 < 50ms')).status).toBe('meets');
  });

  it('meets "p99 <= 50ms" at exactly 50 ms', () => {
    expect(judgeLevelAgainstSlo(report, at50!, slo('p99 <= 50ms')).status).toBe('meets');
  });

  it('breaks the default error-rate limit at exactly 0.1% and meets it just below', () => {
    const level = { ...below50!, errorRate: 0.001 };
    expect(judgeLevelAgainstSlo(report, level, slo('p99 < 50ms'))).toMatchObject({
      status: 'breaks',
      reason: 'error rate 0.1%, breaks < 0.1%',
    });
    const under = { ...below50!, errorRate: 0.000999 };
    expect(judgeLevelAgainstSlo(report, under, slo('p99 < 50ms')).status).toBe('meets');
  });

  it('does not judge a generator-bound level, however good its numbers', () => {
    expect(judgeLevelAgainstSlo(report, bound!, slo('p99 < 50ms'))).toMatchObject({
      status: 'generator-bound',
      reason: expect.stringMatching(/the load generator saturated .*; not judged/) as string,
    });
  });

  it('does not judge a level where no request completed', () => {
    expect(judgeLevelAgainstSlo(report, empty!, slo('p99 < 50ms'))).toEqual({
      status: 'no-data',
      reason: 'no requests completed at this level; not judged',
    });
  });
});
