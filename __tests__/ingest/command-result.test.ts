/** The one model every format maps to: assembly rules shared by all of them. */
import { describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import {
  CommandBenchmarkSchema,
  buildCommandResult,
  type CommandBenchmark,
} from '../../src/core/ingest/command-result.js';

const bench = (name: string): CommandBenchmark => ({
  name,
  unit: 'ns/iter',
  direction: 'lower-is-better',
  estimate: 1,
  statistic: 'value',
});

describe('command results', () => {
  it('sorts benchmarks by name so reports and history read them in one order', () => {
    const result = buildCommandResult('generic', [bench('b/2'), bench('a'), bench('b/10')], 'f');
    expect(result.benchmarks.map((b) => b.name)).toEqual(['a', 'b/10', 'b/2']);
    expect(result).not.toHaveProperty('version');
  });

  it('keeps the version of the code measured when one is given', () => {
    expect(buildCommandResult('dataflow', [bench('a')], 'f', { version: '1.0.3' }).version).toBe(
      '1.0.3',
    );
  });

  it.each([
    { what: 'no benchmark', benchmarks: [], code: 'COMMAND_RESULT_EMPTY' },
    {
      what: 'two with one name',
      benchmarks: [bench('a'), bench('b'), bench('a')],
      code: 'COMMAND_RESULT_INVALID',
    },
  ])('refuses $what', ({ benchmarks, code }) => {
    let error: unknown;
    try {
      buildCommandResult('generic', benchmarks, 'where.json', { emptyHint: 'run it' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe(code);
    expect((error as BenchError).kind).toBe('target');
    expect((error as BenchError).message).toMatch(/^where\.json: /);
  });

  it.each([
    { what: 'a plain benchmark', extra: {}, valid: true },
    {
      what: 'samples with their iteration counts',
      extra: { samples: [1, 2], sampleIterations: [5, 10] },
      valid: true,
    },
    { what: 'iteration counts without samples', extra: { sampleIterations: [5] }, valid: false },
    {
      what: 'iteration counts of another length',
      extra: { samples: [1, 2], sampleIterations: [5] },
      valid: false,
    },
    { what: 'an empty sample list', extra: { samples: [] }, valid: false },
    { what: 'an empty name', extra: { name: '' }, valid: false },
  ])('treats $what as valid: $valid', ({ extra, valid }) => {
    expect(CommandBenchmarkSchema.safeParse({ ...bench('a'), ...extra }).success).toBe(valid);
  });
});
