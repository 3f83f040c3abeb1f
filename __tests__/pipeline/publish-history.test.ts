/**
 * Report history in Blob, driven through `publishHistory` against Azurite with the real Blob
 * report store: the first run becomes the reference, a later slower run is a regression against
 * it, a PR is judged by its base branch's history, incomplete runs stay out of the index, and a
 * store that fails costs a warning, never the result.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import type { ReportStore } from '../../src/core/remote/report-store.js';
import type { RunReport } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { createBlobReportStore } from '../../src/edges/azure/blob-report-store.js';
import { writeReportDir } from '../../src/edges/files/write-report-dir.js';
import type { RunOutcome as PipelineResult } from '../../src/pipeline/run-outcome.js';
import { publishHistory, type HistoryRun } from '../../src/pipeline/publish-history.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';

let azurite: AzuriteHandle;
let workDir: string;
let containerCount = 0;

beforeAll(async () => {
  await initHistograms();
  azurite = await startAzurite();
  workDir = mkdtempSync(path.join(tmpdir(), 'bench-publish-history-'));
}, 30_000);

afterAll(async () => {
  await azurite?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A store on a fresh container, so tests never see each other's history. */
function newStore(): ReportStore {
  containerCount += 1;
  return createBlobReportStore({
    connectionString: azurite.connectionString,
    container: `history-${containerCount}-${Date.now().toString(36)}`,
  });
}

/** A complete run whose p99 scales with `medianUs`, written at `createdAt`. */
function runReport(opts: {
  seed: number;
  medianUs: number;
  createdAt: string;
  patch?: Partial<RunReport>;
}): RunReport {
  const report = buildRound({
    seed: opts.seed,
    roundNoise: 0,
    levels: [
      { scenario: 'mt103', level: 32, medianUs: opts.medianUs, successRps: 2000, seconds: 8 },
    ],
  });
  return { ...report, createdAt: opts.createdAt, ...opts.patch };
}

/** The report written to its own directory and wrapped as the pipeline hands it back. */
async function pipelineResult(report: RunReport): Promise<PipelineResult> {
  const reportDir = mkdtempSync(path.join(workDir, 'run-'));
  await writeReportDir(reportDir, report, [], { overwrite: true });
  return {
    reportDir,
    report: report,
    summaryMarkdown: 'the run alone',
    verdict: 'pass',
    findings: [],
  };
}

function mainRun(runId: string, sha: string): HistoryRun {
  return { branch: 'main', baseBranch: 'main', sha, runId, attempt: 1 };
}

/** Publishes and returns the result with the warnings it printed. */
async function publish(store: ReportStore, result: PipelineResult, run: HistoryRun) {
  const warnings: string[] = [];
  const published = await publishHistory({
    store,
    result,
    run,
    warn: (message) => warnings.push(message),
  });
  return { published, warnings };
}

/** A command-benchmark run (no levels) whose one benchmark measured `estimate` ns/iter. */
function commandReport(estimate: number, createdAt: string, regressed = false): RunReport {
  const base = runReport({ seed: 1, medianUs: 2000, createdAt });
  return {
    ...base,
    name: 'fixture-lib',
    target: { kind: 'command', url: '', product: 'fixture-lib' },
    levels: [],
    benchmarks: [
      {
        scenario: 'parse',
        name: 'parse_mt/fields/MT103',
        unit: 'ns/iter',
        direction: 'lower-is-better',
        estimate,
        statistic: 'slope',
        samples: 50,
        ...(regressed && {
          comparison: {
            baseline: estimate / 1.3,
            change: 0.3,
            ci: { low: 0.25, high: 0.35, confidence: 0.95 },
            method: 'paired-t' as const,
            verdict: 'regression' as const,
            reason: 'ns/iter changed +30% over 4 paired rounds',
          },
        }),
      },
    ],
  };
}

describe('command benchmarks in the report history', () => {
  it("index each night's benchmark estimates, chart them by name and unit, and name the run where the time rose", async () => {
    const store = newStore();
    let last: PipelineResult | undefined;
    // Ten nights at 1,800 ns/iter (±1%), then six at 2,300: a 28% rise at night 11.
    for (let night = 1; night <= 16; night++) {
      const estimate = (night <= 10 ? 1800 : 2300) * (1 + ((night % 3) - 1) / 100);
      const day = String(night).padStart(2, '0');
      const head = await pipelineResult(commandReport(estimate, `2026-11-${day}T02:00:00.000Z`));
      const { published, warnings } = await publish(
        store,
        head,
        mainRun(String(700 + night), `${day}00000bbbbb`),
      );
      expect(warnings).toEqual([]);
      // Never judged against history over no levels: the run keeps its own verdict.
      expect(published.report.comparison).toBeUndefined();
      last = published;
    }
    const index = await store.readIndex('fixture-lib');
    expect(index.entries.at(-1)?.benchmarks).toEqual([
      {
        scenario: 'parse',
        name: 'parse_mt/fields/MT103',
        unit: 'ns/iter',
        direction: 'lower-is-better',
        estimate: 2300 * (1 + ((16 % 3) - 1) / 100),
      },
    ]);
    const summary = last?.summaryMarkdown ?? '';
    expect(summary).toContain('#### Command benchmarks');
    expect(summary).toContain(
      '- parse parse_mt/fields/MT103 rose 28% between run 710 (1000000) and run 711 (1100000): regression, median 1800 ns/iter → 2300 ns/iter',
    );
    expect(summary).toContain('| parse parse_mt/fields/MT103 (changed) | 16 |');
  }, 120_000);

  it('keeps a command A/B\'s regression as its verdict instead of calling it "no baseline"', async () => {
    const store = newStore();
    const report = commandReport(2300, '2026-11-20T02:00:00.000Z', true);
    const head = { ...(await pipelineResult(report)), verdict: 'regression' as const };
    const { published, warnings } = await publish(store, head, mainRun('900', 'cccccccccc'));
    expect(warnings).toEqual([]);
    expect(published.verdict).toBe('regression');
    expect(published.report.comparison).toBeUndefined();
    expect(published.reportUrl).toBeDefined();
  }, 60_000);
});

describe('report history in Blob', () => {
  it('charts the branch after each night and names the run where p99 rose, in history.html and the summary', async () => {
    const store = newStore();
    let last: PipelineResult | undefined;
    // Twelve nights at 2 ms, then eight at 2.6 ms: a 30% rise at night 13.
    for (let night = 1; night <= 20; night++) {
      const medianUs = night <= 12 ? 2000 : 2600;
      const day = String(night).padStart(2, '0');
      const head = await pipelineResult(
        runReport({ seed: night, medianUs, createdAt: `2026-11-${day}T02:00:00.000Z` }),
      );
      const { published, warnings } = await publish(
        store,
        head,
        mainRun(String(500 + night), `${day}00000aaaaa`),
      );
      expect(warnings).toEqual([]);
      last = published;
    }

    const shifts = last?.history?.changePoints ?? [];
    const rise = shifts.find((c) => c.metric === 'p99');
    expect(rise?.direction).toBe('up');
    expect(rise?.verdict).toBe('regression');
    expect(rise?.before.runId).toBe('512');
    expect(rise?.after.runId).toBe('513');
    expect(last?.summaryMarkdown).toContain(rise?.sentence ?? 'missing');
    expect(last?.history?.url).toMatch(/\/reframe\/main\/history\.html$/);
    const local = readFileSync(path.join(last?.reportDir ?? '', 'history.html'), 'utf8');
    expect(local).toContain('<!doctype html>');
    expect(local).toContain('run 513');
    const url = new URL(last?.history?.url ?? 'http://x/');
    const [container, ...blob] = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .slice(1);
    const stored = await BlobServiceClient.fromConnectionString(azurite.connectionString)
      .getContainerClient(container ?? '')
      .getBlobClient(blob.join('/'))
      .downloadToBuffer();
    expect(stored.toString('utf8')).toBe(local);
  }, 120_000);

  it('a first run has no baseline yet, is uploaded and becomes the one index entry', async () => {
    const store = newStore();
    const head = await pipelineResult(
      runReport({ seed: 1, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
    );

    const { published, warnings } = await publish(store, head, mainRun('101', 'aaaaaaa1111'));

    expect(warnings).toEqual([]);
    expect(published.verdict).toBe('no-baseline');
    expect(published.report.comparison).toMatchObject({ mode: 'history', verdict: 'no-baseline' });
    expect(published.findings).toEqual([]);
    expect(published.summaryMarkdown).toContain('No baseline yet');
    expect(published.reportUrl).toMatch(/\/reframe\/main\/2026\/11\/27\/101-1\/$/);
    const index = await store.readIndex('reframe');
    expect(index.entries.map((e) => [e.path, e.branch, e.sha])).toEqual([
      ['reframe/main/2026/11/27/101-1', 'main', 'aaaaaaa1111'],
    ]);
    const stored = await store.downloadResult('reframe/main/2026/11/27/101-1');
    expect(stored.comparison?.verdict).toBe('no-baseline');
  });

  it('a later run on the same branch with a 30% worse p99 is a regression against history', async () => {
    const store = newStore();
    const first = await pipelineResult(
      runReport({ seed: 1, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
    );
    await publish(store, first, mainRun('101', 'aaaaaaa1111'));
    const second = await pipelineResult(
      runReport({ seed: 2, medianUs: 2600, createdAt: '2026-11-28T02:00:00.000Z' }),
    );

    const { published, warnings } = await publish(store, second, mainRun('102', 'bbbbbbb2222'));

    expect(warnings).toEqual([]);
    expect(published.verdict).toBe('regression');
    const comparison = published.report.comparison;
    expect(comparison).toMatchObject({
      mode: 'history',
      verdict: 'regression',
      baselineLabel: 'main@aaaaaaa',
      candidateLabel: 'main@bbbbbbb',
    });
    expect(published.findings).toContainEqual(
      expect.objectContaining({ scenario: 'mt103', level: 32, metric: 'p99' }),
    );
    expect(published.summaryMarkdown).toContain('main@aaaaaaa');
    // The local report directory carries the comparison too, and so does the uploaded copy.
    const local = JSON.parse(readFileSync(path.join(second.reportDir, 'result.json'), 'utf8')) as {
      comparison?: { verdict: string };
    };
    expect(local.comparison?.verdict).toBe('regression');
    expect(readFileSync(path.join(second.reportDir, 'comparison.md'), 'utf8')).toContain(
      'main@aaaaaaa',
    );
    expect(readFileSync(path.join(second.reportDir, 'comparison.csv'), 'utf8')).toContain('p99');
    expect(readFileSync(path.join(second.reportDir, 'report.html'), 'utf8')).toContain(
      'main@aaaaaaa',
    );
    const stored = await store.downloadResult('reframe/main/2026/11/28/102-1');
    expect(stored.comparison?.verdict).toBe('regression');
    expect((await store.readIndex('reframe')).entries).toHaveLength(2);
  });

  it("a pull request is judged against its base branch's latest report, not its own branch's", async () => {
    const store = newStore();
    // main is slow; an earlier push of the PR branch was fast. Judged against its own branch
    // the PR would be a regression; against main it is unchanged.
    await publish(
      store,
      await pipelineResult(
        runReport({ seed: 1, medianUs: 2600, createdAt: '2026-11-26T02:00:00.000Z' }),
      ),
      mainRun('201', 'ccccccc3333'),
    );
    await publish(
      store,
      await pipelineResult(
        runReport({ seed: 2, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
      ),
      {
        branch: 'feature/x',
        baseBranch: 'feature/x',
        sha: 'ddddddd4444',
        runId: '202',
        attempt: 1,
      },
    );
    const pr = await pipelineResult(
      runReport({ seed: 3, medianUs: 2600, createdAt: '2026-11-28T02:00:00.000Z' }),
    );

    const { published, warnings } = await publish(store, pr, {
      branch: 'feature/x',
      baseBranch: 'main',
      sha: 'eeeeeee5555',
      runId: '203',
      attempt: 2,
    });

    expect(warnings).toEqual([]);
    expect(published.report.comparison?.baselineLabel).toBe('main@ccccccc');
    expect(published.verdict).not.toBe('regression');
    expect(published.findings).toEqual([]);
    // Filed under its own branch, so the next PR run finds it but main's runs never do.
    const entries = (await store.readIndex('reframe')).entries;
    expect(entries.at(-1)).toMatchObject({
      path: 'reframe/feature-x/2026/11/28/203-2',
      branch: 'feature/x',
      sha: 'eeeeeee5555',
      attempt: 2,
    });
  });

  it.each([
    {
      name: 'an interrupted (partial) run',
      patch: { partial: true, outcome: 'interrupted' } as const,
    },
    { name: 'a run whose target failed', patch: { outcome: 'target-failure' } as const },
  ])('$name is neither judged by history nor published nor indexed', async ({ patch }) => {
    const store = newStore();
    await publish(
      store,
      await pipelineResult(
        runReport({ seed: 1, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
      ),
      mainRun('301', 'fffffff6666'),
    );
    const failed = await pipelineResult(
      runReport({ seed: 2, medianUs: 9000, createdAt: '2026-11-28T02:00:00.000Z', patch }),
    );

    const { published, warnings } = await publish(store, failed, mainRun('302', '1111111aaaa'));

    expect(warnings).toEqual([]);
    expect(published).toEqual(failed);
    expect(published.reportUrl).toBeUndefined();
    const entries = (await store.readIndex('reframe')).entries;
    expect(entries.map((e) => e.runId)).toEqual(['301']);
  });

  it('a store that throws gives warnings saying what to do and leaves the result as it was', async () => {
    const denied = () =>
      Promise.reject(
        new BenchError(
          'AZURE_AUTHORIZATION_FAILED',
          'This request is not authorized to perform this operation (403).',
          'Grant Storage Blob Data Contributor.',
        ),
      );
    const store: ReportStore = {
      uploadReportDir: denied,
      readIndex: denied,
      updateIndex: denied,
      findBaseline: denied,
      downloadResult: denied,
      uploadFile: denied,
    };
    const head = await pipelineResult(
      runReport({ seed: 1, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
    );
    const before = readFileSync(path.join(head.reportDir, 'result.json'), 'utf8');

    const { published, warnings } = await publish(store, head, mainRun('401', '2222222bbbb'));

    expect(published).toEqual(head);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('AZURE_AUTHORIZATION_FAILED');
    expect(warnings[0]).toContain('Storage Blob Data Contributor');
    expect(warnings[1]).toContain('Could not publish the report');
    expect(readFileSync(path.join(head.reportDir, 'result.json'), 'utf8')).toBe(before);
  });

  it('a corrupt index is a warning: the report is still uploaded and the run keeps its result', async () => {
    containerCount += 1;
    const container = `history-${containerCount}-${Date.now().toString(36)}`;
    const store = createBlobReportStore({ connectionString: azurite.connectionString, container });
    const { BlobServiceClient } = await import('@azure/storage-blob');
    const blobs = BlobServiceClient.fromConnectionString(azurite.connectionString);
    await blobs.getContainerClient(container).createIfNotExists();
    await blobs
      .getContainerClient(container)
      .getBlockBlobClient('reframe/index.json')
      .upload('{ not json', 10);
    const head = await pipelineResult(
      runReport({ seed: 1, medianUs: 2000, createdAt: '2026-11-27T02:00:00.000Z' }),
    );

    const { published, warnings } = await publish(store, head, mainRun('501', '3333333cccc'));

    expect(published.verdict).toBe('pass');
    expect(published.report).toEqual(head.report);
    expect(published.reportUrl).toMatch(/\/reframe\/main\/2026\/11\/27\/501-1\/$/);
    expect(warnings).toHaveLength(2);
    expect(warnings.every((w) => w.includes('REPORT_INDEX_INVALID'))).toBe(true);
    expect(warnings[1]).toContain('could not be added to the index');
  });
});
