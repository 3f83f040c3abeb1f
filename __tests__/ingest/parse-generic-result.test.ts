/** The documented generic shape → a result, and the published JSON Schema that describes it. */
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { CommandResultSchema } from '../../src/core/ingest/command-result.js';
import { parseGenericResult } from '../../src/core/ingest/parse-generic-result.js';

const EXAMPLE = await readFile(
  new URL('../fixtures/generic/command-result.json', import.meta.url),
  'utf8',
);
const SCHEMA = JSON.parse(
  await readFile(new URL('../../schemas/command-result.schema.json', import.meta.url), 'utf8'),
) as object;

const benchmark = { name: 'b', unit: 'ns/iter', direction: 'lower-is-better' };
const file = (benchmarks: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 1, benchmarks, ...extra });

function thrown(fn: () => unknown): BenchError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BenchError);
    return error as BenchError;
  }
  throw new Error('expected an error');
}

describe('the generic result shape', () => {
  it('reads the documented example', () => {
    const result = parseGenericResult(EXAMPLE, 'command-result.json');
    expect(result).toMatchObject({ format: 'generic', version: '3.1.4' });
    expect(result.benchmarks.map((b) => [b.name, b.unit, b.direction, b.statistic])).toEqual([
      ['parse/MT103', 'ns/iter', 'lower-is-better', 'median'],
      ['parse/MT202', 'ns/iter', 'lower-is-better', 'mean'],
      ['roundtrip/throughput', 'msg/s', 'higher-is-better', 'value'],
    ]);
    expect(result.benchmarks[0]).toMatchObject({
      estimate: 1840.5,
      interval: { lower: 1822.1, upper: 1861.9, confidenceLevel: 0.95 },
      statistics: { p99: { value: 2410 }, max: { value: 9120 } },
      parameters: { message: 'MT103' },
      iterations: 200000,
    });
    expect(CommandResultSchema.safeParse(result).success).toBe(true);
  });

  it.each([
    { given: 'a value', input: { value: 7 }, estimate: 7, statistic: 'value', samples: undefined },
    {
      given: 'samples',
      input: { samples: [1, 2, 6] },
      estimate: 3,
      statistic: 'mean',
      samples: [1, 2, 6],
    },
    {
      given: 'both',
      input: { value: 2, samples: [1, 2, 6] },
      estimate: 2,
      statistic: 'value',
      samples: [1, 2, 6],
    },
    {
      given: 'a named statistic',
      input: { value: 9, statistic: 'p99' },
      estimate: 9,
      statistic: 'p99',
      samples: undefined,
    },
  ])('takes the estimate from $given', ({ input, estimate, statistic, samples }) => {
    const [b] = parseGenericResult(file([{ ...benchmark, ...input }]), 'f.json').benchmarks;
    expect(b).toMatchObject({ estimate, statistic });
    expect(b?.samples).toEqual(samples);
    expect(b?.interval).toBeUndefined();
  });

  it.each([
    {
      what: 'neither value nor samples',
      text: file([benchmark]),
      field: 'benchmarks[0].value: give value, samples, or both',
    },
    {
      what: 'a misspelt key',
      text: file([{ ...benchmark, vaule: 3 }]),
      field: 'benchmarks[0]: Unrecognized key: "vaule"',
    },
    {
      what: 'an unknown direction',
      text: file([{ ...benchmark, value: 1, direction: 'down' }]),
      field: 'benchmarks[0].direction: ',
    },
    {
      what: 'an interval upside down',
      text: file([
        { ...benchmark, value: 1, interval: { lower: 2, upper: 1, confidenceLevel: 0.95 } },
      ]),
      field: 'benchmarks[0].interval: lower must not exceed upper',
    },
    {
      what: 'a confidence level in percent',
      text: file([
        { ...benchmark, value: 1, interval: { lower: 0, upper: 2, confidenceLevel: 95 } },
      ]),
      field: 'benchmarks[0].interval.confidenceLevel: ',
    },
    {
      what: 'another schema version',
      text: file([{ ...benchmark, value: 1 }], { schemaVersion: 2 }),
      field: 'schemaVersion: ',
    },
    { what: 'no benchmarks', text: file([]), field: 'benchmarks: ' },
  ])('refuses $what, naming the field', ({ text, field }) => {
    const error = thrown(() => parseGenericResult(text, 'out/result.json'));
    expect(error.code).toBe('COMMAND_RESULT_INVALID');
    expect(error.message).toContain(`out/result.json: field ${field}`);
    expect(error.hint).toContain('schemas/command-result.schema.json');
  });

  it('refuses two benchmarks with one name', () => {
    const error = thrown(() =>
      parseGenericResult(
        file([
          { ...benchmark, value: 1 },
          { ...benchmark, value: 2 },
        ]),
        'f.json',
      ),
    );
    expect(error.code).toBe('COMMAND_RESULT_INVALID');
    expect(error.message).toBe('f.json: two benchmarks are named "b".');
  });
});

describe('schemas/command-result.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

  it('accepts the documented example', () => {
    expect(validate(JSON.parse(EXAMPLE)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    { what: 'neither value nor samples', data: { schemaVersion: 1, benchmarks: [benchmark] } },
    {
      what: 'a misspelt key',
      data: { schemaVersion: 1, benchmarks: [{ ...benchmark, value: 1, vaule: 1 }] },
    },
    { what: 'no schema version', data: { benchmarks: [{ ...benchmark, value: 1 }] } },
  ])('refuses $what as the parser does', ({ data }) => {
    expect(validate(data)).toBe(false);
    expect(() => parseGenericResult(JSON.stringify(data), 'f.json')).toThrow(BenchError);
  });
});
