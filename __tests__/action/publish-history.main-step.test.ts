/**
 * The main step with report history: a pull request run, an injected pipeline and an
 * Azurite-backed report store holding the base branch's history. The verdict against history
 * reaches the summary and the outputs, and `report-url` names the published folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReportStore } from '../../src/core/remote/report-store.js';
import type { RunReport } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { createBlobReportStore } from '../../src/edges/azure/blob-report-store.js';
import { writeReportDir } from '../../src/edges/files/write-report-dir.js';
import type { ActionPipeline } from '../../src/action/action-pipeline.js';
import { runMain } from '../../src/action/main.js';
import type { ReportUploader } from '../../src/edges/github/report-artifact.js';
import { publishHistory } from '../../src/pipeline/publish-history.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { createRunnerFiles, parseFileCommands } from '../support/action/action-process.js';
import { withEnv } from '../support/action/env.js';
import { azureInputs, pullRequestEvent } from '../support/action/scenario.js';

let azurite: AzuriteHandle;
let workDir: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  await initHistograms();
  azurite = await startAzurite();
  workDir = mkdtempSync(path.join(tmpdir(), 'bench-history-main-'));
}, 30_000);

afterAll(async () => {
  await azurite?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const noUpload: ReportUploader = { uploadArtifact: () => Promise.resolve({}) };

function report(seed: number, medianUs: number, createdAt: string): RunReport {
  const built = buildRound({
    seed,
    roundNoise: 0,
    levels: [{ scenario: 'mt103', level: 32, medianUs, successRps: 2000, seconds: 8 }],
  });
  return { ...built, createdAt };
}

async function reportDirOf(r: RunReport): Promise<string> {
  const dir = mkdtempSync(path.join(workDir, 'run-'));
  await writeReportDir(dir, r, [], { overwrite: true });
  return dir;
}

describe('runMain with report history', () => {
  it('judges a pull request by its base branch history and publishes the verdict and report-url', async () => {
    const store: ReportStore = createBlobReportStore({
      connectionString: azurite.connectionString,
      container: `main-step-${Date.now().toString(36)}`,
    });
    const mainReport = report(1, 2000, '2026-11-28T02:00:00.000Z');
    await publishHistory({
      store,
      result: {
        reportDir: await reportDirOf(mainReport),
        report: mainReport,
        summaryMarkdown: '',
        verdict: 'pass',
        findings: [],
      },
      run: { branch: 'main', baseBranch: 'main', sha: 'abcdef0123456', runId: '1', attempt: 1 },
      warn: (message) => {
        throw new Error(message);
      },
    });

    const files = createRunnerFiles(pullRequestEvent());
    cleanups.push(() => files.remove());
    const exitCode = process.exitCode;
    cleanups.push(() => {
      process.exitCode = exitCode;
    });
    cleanups.push(
      withEnv(
        azureInputs({
          comment: 'never',
          'storage-account': 'benchhistory',
          'storage-container': 'reports',
        }),
        {
          GITHUB_OUTPUT: files.output,
          GITHUB_STATE: files.state,
          GITHUB_STEP_SUMMARY: files.summary,
          GITHUB_EVENT_PATH: files.event,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_REF_NAME: '7/merge',
          GITHUB_SHA: 'fedcba9876543',
          GITHUB_REPOSITORY: 'plasmatic/reframe',
          GITHUB_RUN_ID: '88',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_JOB: 'bench',
          RUNNER_TEMP: files.runnerTemp,
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        },
      ),
    );
    const slower = report(2, 2600, '2026-11-29T02:00:00.000Z');
    const reportDir = await reportDirOf(slower);
    const pipeline: ActionPipeline = {
      run: () =>
        Promise.resolve({
          reportDir,
          report: slower,
          summaryMarkdown: 'the run alone',
          verdict: 'pass',
          findings: [],
        }),
      cleanUp: () => Promise.resolve({ deleted: [], pending: [], message: 'nothing' }),
    };
    const asked: string[] = [];

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(pipeline),
      uploader: noUpload,
      createReportStore: (settings) => {
        asked.push(`${settings.storage?.account}/${settings.storage?.container}`);
        return store;
      },
    });

    expect(asked).toEqual(['benchhistory/reports']);
    expect(outcome).toEqual({ verdict: 'regression', failed: true });
    const outputs = parseFileCommands(files.output);
    expect(outputs.verdict).toBe('regression');
    expect(outputs['report-url']).toMatch(/\/reframe\/feature\/2026\/11\/29\/88-1\/$/);
    expect(JSON.parse(outputs.regressions ?? '[]')).toContainEqual(
      expect.objectContaining({ scenario: 'mt103', level: 32, metric: 'p99' }),
    );
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('**Verdict: regression**');
    expect(summary).toContain('main@abcdef0');
    const entries = (await store.readIndex('reframe')).entries;
    expect(entries.map((e) => [e.branch, e.sha])).toEqual([
      ['main', 'abcdef0123456'],
      ['feature', 'fedcba9876543'],
    ]);
  });
});
