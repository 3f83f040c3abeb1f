import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { buildAggregateReport } from '../../src/core/report/aggregate.js';
import { renderJsonReport } from '../../src/core/report/json.js';
import { readReportSet } from '../../src/edges/files/read-report-set.js';
import { nightlySweep, sweepSlo } from '../support/reports/size-reports.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-report-set-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BenchError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('readReportSet', () => {
  it('reads every result.json of a download-artifact directory, at any depth, in path order', async () => {
    const [d2, d4, d8] = nightlySweep();
    write('bench-reframe-Standard_D8s_v5/result.json', renderJsonReport(d8!));
    write('bench-reframe-Standard_D2s_v5/result.json', renderJsonReport(d2!));
    write(
      'bench-reframe-Standard_D4s_v5/reports/20261129T030000Z/result.json',
      renderJsonReport(d4!),
    );
    write('bench-reframe-Standard_D4s_v5/reports/20261129T030000Z/summary.md', '# not a report');
    const set = await readReportSet(dir);
    expect(set.unreadable).toEqual([]);
    expect(
      set.reports.map((r) => [r.file.slice(dir.length + 1), r.report.environment.vmSize]),
    ).toEqual([
      ['bench-reframe-Standard_D2s_v5/result.json', 'Standard_D2s_v5'],
      ['bench-reframe-Standard_D4s_v5/reports/20261129T030000Z/result.json', 'Standard_D4s_v5'],
      ['bench-reframe-Standard_D8s_v5/result.json', 'Standard_D8s_v5'],
    ]);
  });

  it('names every unreadable file by path, with its reason, and still reads the others', async () => {
    const [d2] = nightlySweep();
    write('bench-a/result.json', renderJsonReport(d2!));
    const truncated = write('bench-b/result.json', renderJsonReport(d2!).slice(0, 200));
    const foreign = write('bench-c/result.json', JSON.stringify({ results: [] }));
    const set = await readReportSet(dir);
    expect(set.reports).toHaveLength(1);
    expect(set.unreadable).toEqual([
      {
        file: truncated,
        code: 'RESULT_INVALID',
        message: expect.stringMatching(new RegExp(`^Report ${truncated}: not JSON`)) as string,
      },
      {
        file: foreign,
        code: 'RESULT_INVALID',
        message: expect.stringMatching(
          new RegExp(`^Report ${foreign}: not a bench result`),
        ) as string,
      },
    ]);
  });

  it('does not follow symbolic links, so a link cannot add a report twice', async () => {
    const [d2] = nightlySweep();
    write('bench-a/result.json', renderJsonReport(d2!));
    symlinkSync(join(dir, 'bench-a'), join(dir, 'bench-link'));
    const set = await readReportSet(dir);
    expect(set.reports).toHaveLength(1);
  });

  it('refuses a directory that does not exist, a file, and a directory with no report', async () => {
    expect(await codeOf(readReportSet(join(dir, 'missing')))).toBe('REPORT_SET_NOT_FOUND');
    expect(await codeOf(readReportSet(write('file.txt', 'x')))).toBe('REPORT_SET_NOT_FOUND');
    mkdirSync(join(dir, 'empty', 'bench-a'), { recursive: true });
    expect(await codeOf(readReportSet(join(dir, 'empty')))).toBe('REPORT_SET_EMPTY');
  });

  it('gives the comparison its reports with the paths they came from', async () => {
    for (const report of nightlySweep()) {
      write(`bench-${report.environment.vmSize}/result.json`, renderJsonReport(report));
    }
    const set = await readReportSet(dir);
    const comparison = buildAggregateReport({
      reports: set.reports.map(({ file, report }) => ({ report, source: file })),
      slo: sweepSlo(),
    });
    expect(comparison.sizes.map((s) => s.run.source)).toEqual(
      ['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D8s_v5', 'Standard_D16s_v5'].map((size) =>
        join(dir, `bench-${size}`, 'result.json'),
      ),
    );
  });
});
