/** DataFlow's benchmark_results.json → a result for one version. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { CommandResultSchema } from '../../src/core/ingest/command-result.js';
import { parseDataflowResults } from '../../src/core/ingest/parse-dataflow-results.js';

const FIXTURE = new URL('../fixtures/dataflow/benchmark_results.json', import.meta.url);
const text = await readFile(FIXTURE, 'utf8');

function entry(overrides: Record<string, unknown> = {}) {
  return {
    avg_time_ns: 40000,
    benchmark_type: 'seq_x1',
    iterations: 1000,
    max_time_ns: 90000,
    min_time_ns: 30000,
    p95_ns: 50000,
    p99_ns: 60000,
    timestamp: '2025-09-01T09:30:00+00:00',
    total_time_ns: 40000000,
    ...overrides,
  };
}

function thrown(fn: () => unknown): BenchError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BenchError);
    return error as BenchError;
  }
  throw new Error('expected an error');
}

describe('DataFlow benchmark results', () => {
  it('takes the version of the newest entry when none is asked for', () => {
    const result = parseDataflowResults(text, 'benchmark_results.json');
    expect(result.version).toBe('1.0.3');
    expect(result.benchmarks.map((b) => b.name)).toEqual([
      'con_x1/latency',
      'con_x1/throughput',
      'con_x16/latency',
      'con_x16/throughput',
      'con_x64/latency',
      'con_x64/throughput',
      'seq_x1/latency',
      'seq_x1/throughput',
    ]);
    expect(CommandResultSchema.safeParse(result).success).toBe(true);
  });

  it('maps an entry to a latency in ns per message and a throughput in messages per second', () => {
    const result = parseDataflowResults(text, 'benchmark_results.json');
    const byName = new Map(result.benchmarks.map((b) => [b.name, b]));
    expect(byName.get('con_x16/latency')).toEqual({
      name: 'con_x16/latency',
      unit: 'ns/msg',
      direction: 'lower-is-better',
      estimate: 120000,
      statistic: 'mean',
      iterations: 100000,
      statistics: {
        min: { value: 40000 },
        p95: { value: 283000 },
        p99: { value: 403000 },
        max: { value: 800000 },
      },
      parameters: { mode: 'concurrent', concurrency: 16 },
      source: '1.0.3_con_x16',
    });
    const throughput = byName.get('con_x16/throughput');
    expect(throughput).toMatchObject({
      unit: 'msg/s',
      direction: 'higher-is-better',
      statistic: 'rate',
    });
    // 100,000 messages in 1.1125 s.
    expect(throughput?.estimate).toBeCloseTo(89887.64, 2);
    expect(byName.get('seq_x1/latency')?.parameters).toEqual({
      mode: 'sequential',
      concurrency: 1,
    });
    // No interval and no samples: the tool computes neither, and ingestion invents none.
    expect(byName.get('seq_x1/latency')?.interval).toBeUndefined();
    expect(byName.get('seq_x1/latency')?.samples).toBeUndefined();
  });

  it.each([
    {
      version: '1.0.2',
      names: ['con_x16/latency', 'con_x16/throughput', 'seq_x1/latency', 'seq_x1/throughput'],
    },
    {
      version: '0.1.33',
      names: ['async/latency', 'async/throughput', 'sync/latency', 'sync/throughput'],
    },
  ])('reads version $version when asked', ({ version, names }) => {
    const result = parseDataflowResults(text, 'benchmark_results.json', { version });
    expect(result.version).toBe(version);
    expect(result.benchmarks.map((b) => b.name)).toEqual(names);
  });

  it('lists the versions the file has when the one asked for is not there', () => {
    const error = thrown(() =>
      parseDataflowResults(text, 'out/benchmark_results.json', { version: '2.0.0' }),
    );
    expect(error.code).toBe('COMMAND_RESULT_EMPTY');
    expect(error.message).toBe(
      'out/benchmark_results.json: no entries for version 2.0.0 (the file has 0.1.33, 1.0.2, 1.0.3).',
    );
  });

  it('orders versions by number when timestamps tie or are missing', () => {
    const file = JSON.stringify({
      '1.0.9_seq_x1': entry({ timestamp: undefined }),
      '1.0.10_seq_x1': entry({ timestamp: undefined }),
    });
    expect(parseDataflowResults(file, 'f.json').version).toBe('1.0.10');
  });

  it('falls back to the key for the type when benchmark_type is missing', () => {
    const file = JSON.stringify({ '1.0.0_con_x8': entry({ benchmark_type: undefined }) });
    expect(parseDataflowResults(file, 'f.json').benchmarks[0]?.parameters).toEqual({
      mode: 'concurrent',
      concurrency: 8,
    });
  });

  it.each([
    {
      what: 'text that is not JSON',
      file: '{"1.0.0_seq_x1": {',
      code: 'COMMAND_RESULT_INVALID',
      message: /^f\.json: not JSON/,
    },
    {
      what: 'an empty object',
      file: '{}',
      code: 'COMMAND_RESULT_EMPTY',
      message: /^f\.json: no benchmark results found\.$/,
    },
    {
      what: 'a key without a type',
      file: JSON.stringify({ '1.0.0': entry() }),
      code: 'COMMAND_RESULT_INVALID',
      message: /field 1\.0\.0: keys are <version>_<type>/,
    },
    {
      what: 'an entry without p99_ns',
      file: JSON.stringify({ '1.0.0_seq_x1': entry({ p99_ns: undefined }) }),
      code: 'COMMAND_RESULT_INVALID',
      message: /field 1\.0\.0_seq_x1\.p99_ns: /,
    },
    {
      what: 'a zero total time',
      file: JSON.stringify({ '1.0.0_seq_x1': entry({ total_time_ns: 0 }) }),
      code: 'COMMAND_RESULT_INVALID',
      message: /field 1\.0\.0_seq_x1\.total_time_ns: /,
    },
    {
      what: 'an array instead of an object',
      file: '[]',
      code: 'COMMAND_RESULT_INVALID',
      message: /field \(top level\): /,
    },
  ])('refuses $what naming the file and field', ({ file, code, message }) => {
    const error = thrown(() => parseDataflowResults(file, 'f.json'));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
