/** Criterion's files → one benchmark: the choices that depend on what criterion wrote. */
import { describe, expect, it } from 'vitest';
import {
  parseCriterionBenchmark,
  parseCriterionResults,
  type CriterionBenchmarkFiles,
} from '../../src/core/ingest/parse-criterion-benchmark.js';
import { BenchError } from '../../src/core/errors.js';

function estimate(point: number, standardError: number | null = 1) {
  return {
    confidence_interval: { confidence_level: 0.95, lower_bound: point - 2, upper_bound: point + 2 },
    point_estimate: point,
    standard_error: standardError,
  };
}

function files(overrides: {
  slope?: unknown;
  throughput?: unknown;
  meanError?: number | null;
  id?: Record<string, unknown>;
}): CriterionBenchmarkFiles {
  const estimates: Record<string, unknown> = {
    mean: estimate(100, overrides.meanError === undefined ? 1 : overrides.meanError),
    median: estimate(99),
    median_abs_dev: estimate(3),
    std_dev: estimate(4),
  };
  if (overrides.slope !== undefined) estimates.slope = overrides.slope;
  return {
    dir: 'g/f',
    benchmarkJson: JSON.stringify({
      group_id: 'g',
      function_id: 'f',
      value_str: null,
      throughput: overrides.throughput ?? null,
      full_id: 'g/f',
      directory_name: 'g/f',
      title: 'g/f',
      ...overrides.id,
    }),
    estimatesJson: JSON.stringify(estimates),
    sampleJson: JSON.stringify({ sampling_mode: 'Flat', iters: [10, 10], times: [990, 1010] }),
  };
}

describe('criterion benchmark files', () => {
  it.each([
    { sampling: 'linear (slope present)', slope: estimate(101), statistic: 'slope', value: 101 },
    { sampling: 'flat (slope null)', slope: null, statistic: 'mean', value: 100 },
    {
      sampling: 'an older criterion (no slope key)',
      slope: undefined,
      statistic: 'mean',
      value: 100,
    },
  ])("takes criterion's typical estimate under $sampling", ({ slope, statistic, value }) => {
    const b = parseCriterionBenchmark(files({ slope }));
    expect(b).toMatchObject({
      statistic,
      estimate: value,
      interval: { lower: value - 2, upper: value + 2 },
    });
    expect(Object.keys(b.statistics ?? {}).sort()).toEqual(
      slope
        ? ['mean', 'median', 'median_abs_dev', 'slope', 'std_dev']
        : ['mean', 'median', 'median_abs_dev', 'std_dev'],
    );
  });

  it.each([
    { throughput: { Bytes: 201 }, work: { amount: 201, unit: 'bytes' } },
    { throughput: { BytesDecimal: 1000 }, work: { amount: 1000, unit: 'bytes' } },
    { throughput: { Elements: 1 }, work: { amount: 1, unit: 'elements' } },
    { throughput: { Bits: 64 }, work: { amount: 64, unit: 'bits' } },
    { throughput: { SomethingNewer: 5 }, work: undefined },
    { throughput: null, work: undefined },
  ])('reads throughput $throughput as work per iteration $work', ({ throughput, work }) => {
    expect(parseCriterionBenchmark(files({ throughput })).workPerIteration).toEqual(work);
  });

  it('divides each sample by its iterations and keeps the counts', () => {
    const b = parseCriterionBenchmark(files({}));
    expect(b.samples).toEqual([99, 101]);
    expect(b.sampleIterations).toEqual([10, 10]);
    expect(b.iterations).toBe(20);
  });

  it('leaves out a standard error that serde wrote as null (a NaN)', () => {
    const b = parseCriterionBenchmark(files({ meanError: null }));
    expect(b.statistics?.mean).toEqual({
      value: 100,
      interval: { lower: 98, upper: 102, confidenceLevel: 0.95 },
    });
    expect(b.statistics?.median?.standardError).toBe(1);
  });

  it('names the benchmark by its full id, not its folder, which criterion may shorten', () => {
    const b = parseCriterionBenchmark(files({ id: { full_id: 'g/f/a:b', value_str: 'a:b' } }));
    expect(b).toMatchObject({
      name: 'g/f/a:b',
      source: 'g/f',
      parameters: { group: 'g', function: 'f', value: 'a:b' },
    });
  });

  it('names the file under the given root in messages', () => {
    const broken = { ...files({}), estimatesJson: '{}' };
    expect(() => parseCriterionBenchmark(broken, '/tmp/t/criterion')).toThrow(
      /^\/tmp\/t\/criterion\/g\/f\/new\/estimates\.json: field mean: /,
    );
  });

  it('refuses an empty list of benchmarks with a hint about cargo bench', () => {
    let error: unknown;
    try {
      parseCriterionResults([]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('COMMAND_RESULT_EMPTY');
    expect((error as BenchError).hint).toContain('cargo bench');
  });
});
