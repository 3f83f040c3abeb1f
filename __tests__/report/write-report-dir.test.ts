import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { renderHlog } from '../../src/core/report/hlog.js';
import { RunReportSchema } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  hlogFileName,
  sanitizeFileName,
  writeReportDir,
} from '../../src/edges/files/write-report-dir.js';
import {
  closedMeasurement,
  fixtureReport,
  WINDOW_START_MS,
} from '../support/reports/measured-report.js';

let root = '';

beforeAll(async () => {
  await initHistograms();
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'bench-report-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function hlogs() {
  const text = renderHlog(closedMeasurement(), { startTimeEpochMs: WINDOW_START_MS });
  return [
    { file: hlogFileName('mt103', 8), text },
    { file: hlogFileName('mx "pacs.008", v2', 8), text },
  ];
}

describe('writeReportDir', () => {
  it('creates the directory and writes the report files and interval logs', async () => {
    const dir = join(root, 'reports', 'run-1');
    const written = await writeReportDir(dir, fixtureReport(), hlogs());
    expect(written).toEqual(
      ['result.json', 'results.csv', 'summary.md', 'mt103-8.hlog', 'mx-pacs.008-v2-8.hlog'].map(
        (f) => join(dir, f),
      ),
    );
    expect((await readdir(dir)).sort()).toEqual(
      ['mt103-8.hlog', 'mx-pacs.008-v2-8.hlog', 'result.json', 'results.csv', 'summary.md'].sort(),
    );
    const json: unknown = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'));
    expect(RunReportSchema.safeParse(json).success).toBe(true);
    expect(await readFile(join(dir, 'mt103-8.hlog'), 'utf8')).toContain(
      '#[Histogram log format version',
    );
  });

  it('refuses to overwrite an earlier report', async () => {
    const dir = join(root, 'run');
    await writeReportDir(dir, fixtureReport(), []);
    const error = await writeReportDir(dir, fixtureReport(), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('REPORT_DIR_EXISTS');
    expect((error as BenchError).hint).toMatch(/--overwrite/);
  });

  it('replaces an earlier report when asked to', async () => {
    const dir = join(root, 'run');
    await writeFile(join(await mkdirP(dir), 'result.json'), '{}');
    await writeReportDir(dir, fixtureReport(), [], { overwrite: true });
    expect(await readFile(join(dir, 'result.json'), 'utf8')).toContain('"schemaVersion": 2');
  });

  it('writes into an existing directory that holds no report', async () => {
    const dir = await mkdirP(join(root, 'out'));
    await writeFile(join(dir, 'notes.txt'), 'keep me');
    await writeReportDir(dir, fixtureReport(), []);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a path that is a file', async () => {
    const file = join(root, 'file');
    await writeFile(file, '');
    const error = await writeReportDir(file, fixtureReport(), []).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('REPORT_DIR_INVALID');
  });

  it('refuses two interval logs that would share a name', async () => {
    const text = 'x';
    const error = await writeReportDir(join(root, 'clash'), fixtureReport(), [
      { file: 'a b-8.hlog', text },
      { file: 'a/b-8.hlog', text },
    ]).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('REPORT_FILE_CLASH');
  });

  it.each([
    ['mt103-8.hlog', 'mt103-8.hlog'],
    ['../../etc/passwd', 'etc-passwd'],
    ['.hidden', 'hidden'],
    ['a b/c\\d', 'a-b-c-d'],
    ['', 'unnamed'],
  ])('sanitizes %j to %j', (name, safe) => {
    expect(sanitizeFileName(name)).toBe(safe);
  });
});

async function mkdirP(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}
