/** One entry point reads every format from disk, with the same errors for a missing file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import type { CommandResultFormat } from '../../src/core/ingest/command-result.js';
import { readCommandResult } from '../../src/edges/files/read-command-result.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('reading command results from disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-command-result-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    {
      format: 'criterion',
      path: 'criterion-output/criterion',
      first: 'amount/32A',
      version: undefined,
    },
    {
      format: 'dataflow',
      path: 'dataflow/benchmark_results.json',
      first: 'con_x1/latency',
      version: '1.0.3',
    },
    {
      format: 'generic',
      path: 'generic/command-result.json',
      first: 'parse/MT103',
      version: '3.1.4',
    },
  ] as const)('reads the $format fixture', async ({ format, path, first, version }) => {
    const result = await readCommandResult({ format, path: fixture(path) });
    expect(result.format).toBe(format);
    expect(result.version).toBe(version);
    expect(result.benchmarks[0]?.name).toBe(first);
  });

  it('passes the DataFlow version through', async () => {
    const result = await readCommandResult({
      format: 'dataflow',
      path: fixture('dataflow/benchmark_results.json'),
      version: '1.0.2',
    });
    expect(result.version).toBe('1.0.2');
  });

  it.each(['criterion', 'dataflow', 'generic'] as const)(
    'says COMMAND_RESULT_NOT_FOUND with the path when the %s results are missing',
    async (format: CommandResultFormat) => {
      const path = join(dir, 'missing');
      const error = await readCommandResult({ format, path }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BenchError);
      expect((error as BenchError).code).toBe('COMMAND_RESULT_NOT_FOUND');
      expect((error as BenchError).message).toContain(path);
    },
  );

  it('says COMMAND_RESULT_UNREADABLE when the results file is a folder', async () => {
    const error = await readCommandResult({ format: 'generic', path: dir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('COMMAND_RESULT_UNREADABLE');
    expect((error as BenchError).message).toContain('EISDIR');
  });
});
