/**
 * Reading a criterion folder: the captured real output of the fixture crate (two runs, so
 * `base/`, `change/` and `report/` folders are there too), and folders broken on purpose.
 */
import { cp, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { CommandResultSchema } from '../../src/core/ingest/command-result.js';
import { readCriterionDir } from '../../src/edges/files/read-criterion-dir.js';
import { expectConsistentCriterionBenchmark } from './criterion-consistency.js';

const CAPTURED = fileURLToPath(new URL('../fixtures/criterion-output/criterion', import.meta.url));

/** The MT103 of the fixture crate's benches/swift.rs, whose length is its declared throughput. */
const MT103_BYTES = 201;

async function thrown(promise: Promise<unknown>): Promise<BenchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BenchError);
  return error as BenchError;
}

describe('reading captured criterion output', () => {
  it('finds every benchmark at one, two and three levels, sorted by full id', async () => {
    const result = await readCriterionDir(CAPTURED);
    expect(result.format).toBe('criterion');
    expect(result.benchmarks.map((b) => [b.name, b.source])).toEqual([
      ['amount/32A', 'amount/32A'],
      ['fields_then_amount', 'fields_then_amount'],
      ['parse_mt/fields/MT103', 'parse_mt/fields/MT103'],
      ['parse_mt/fields/MT202', 'parse_mt/fields/MT202'],
    ]);
  });

  it('keeps the id parts, the declared throughput and the per-sample times', async () => {
    const result = await readCriterionDir(CAPTURED);
    const byName = new Map(result.benchmarks.map((b) => [b.name, b]));
    expect(byName.get('parse_mt/fields/MT103')).toMatchObject({
      parameters: { group: 'parse_mt', function: 'fields', value: 'MT103' },
      workPerIteration: { amount: MT103_BYTES, unit: 'bytes' },
      statistic: 'slope',
    });
    expect(byName.get('amount/32A')?.parameters).toEqual({ group: 'amount', function: '32A' });
    expect(byName.get('amount/32A')?.workPerIteration).toBeUndefined();
    expect(byName.get('fields_then_amount')?.parameters).toEqual({ group: 'fields_then_amount' });
    // sample.json of MT103 starts with 5478 iterations taking 8257036 ns.
    expect(byName.get('parse_mt/fields/MT103')?.samples?.[0]).toBeCloseTo(8257036 / 5478, 9);
  });

  it('gives figures that agree with criterion maths for every benchmark', async () => {
    const result = await readCriterionDir(CAPTURED);
    for (const benchmark of result.benchmarks) expectConsistentCriterionBenchmark(benchmark);
    expect(CommandResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('reading broken criterion folders', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-criterion-'));
    await cp(CAPTURED, join(dir, 'criterion'), { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const root = () => join(dir, 'criterion');
  const newDir = (bench: string) => join(root(), bench, 'new');

  it('says the folder is missing when criterion never wrote one', async () => {
    const error = await thrown(readCriterionDir(join(dir, 'nowhere')));
    expect(error.code).toBe('COMMAND_RESULT_NOT_FOUND');
    expect(error.message).toContain(join(dir, 'nowhere'));
    expect(error.hint).toContain('target/criterion');
  });

  it('says there is nothing when the folder holds only a report', async () => {
    const empty = join(dir, 'empty');
    await mkdir(join(empty, 'report'), { recursive: true });
    const error = await thrown(readCriterionDir(empty));
    expect(error.code).toBe('COMMAND_RESULT_EMPTY');
    expect(error.hint).toContain('cargo bench');
  });

  it('names the benchmark and the file when estimates.json is missing', async () => {
    await unlink(join(newDir('amount/32A'), 'estimates.json'));
    const error = await thrown(readCriterionDir(root()));
    expect(error.code).toBe('COMMAND_RESULT_NOT_FOUND');
    expect(error.message).toBe(
      `${root()}/amount/32A/new/estimates.json: missing, while other files of the benchmark are there.`,
    );
  });

  it.each([
    {
      what: 'a sample.json cut short',
      file: 'sample.json',
      text: '{"sampling_mode":"Linear","iters":[1.0,2.0',
      message: /sample\.json: not JSON/,
    },
    {
      what: 'a sample.json with more times than iters',
      file: 'sample.json',
      text: '{"sampling_mode":"Linear","iters":[1.0],"times":[5.0,9.0]}',
      message: /sample\.json: field times: iters and times must be equally long/,
    },
    {
      what: 'a sample.json with a zero iteration count',
      file: 'sample.json',
      text: '{"sampling_mode":"Linear","iters":[0.0],"times":[5.0]}',
      message: /sample\.json: field iters\[0\]: /,
    },
    {
      what: 'an estimates.json without a mean point estimate',
      file: 'estimates.json',
      text: JSON.stringify({
        mean: { confidence_interval: { confidence_level: 0.95, lower_bound: 1, upper_bound: 2 } },
      }),
      message: /estimates\.json: field mean\.point_estimate: .*; field mean\.standard_error: /,
    },
    {
      what: 'a benchmark.json without a full id',
      file: 'benchmark.json',
      text: '{"group_id":"parse_mt"}',
      message: /benchmark\.json: field full_id: /,
    },
  ])('names the file and the field for $what', async ({ file, text, message }) => {
    await writeFile(join(newDir('parse_mt/fields/MT202'), file), text);
    const error = await thrown(readCriterionDir(root()));
    expect(error.code).toBe('COMMAND_RESULT_INVALID');
    expect(error.message).toContain(`${root()}/parse_mt/fields/MT202/new/${file}`);
    expect(error.message).toMatch(message);
    expect(error.hint).toContain(file);
  });

  it('walks into a group called new, which is not a benchmark folder itself', async () => {
    await cp(join(root(), 'amount', '32A'), join(root(), 'new', 'new'), { recursive: true });
    const id = { group_id: 'new', function_id: 'new', full_id: 'new/new', value_str: null };
    await writeFile(join(root(), 'new', 'new', 'new', 'benchmark.json'), JSON.stringify(id));
    const result = await readCriterionDir(root());
    expect(result.benchmarks.map((b) => b.name)).toContain('new/new');
  });

  it('refuses two folders that claim the same full id', async () => {
    await cp(join(root(), 'amount'), join(root(), 'amount-copy'), { recursive: true });
    const error = await thrown(readCriterionDir(root()));
    expect(error.code).toBe('COMMAND_RESULT_INVALID');
    expect(error.message).toContain('two benchmarks are named "amount/32A"');
  });
});
