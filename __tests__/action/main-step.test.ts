/**
 * The main and post steps in process, with the pipeline injected: the paths a child process
 * makes awkward (a pipeline that ignores the abort, plan and janitor modes) and the fail-on table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionPipeline, PipelineResult } from '../../src/action/action-pipeline.js';
import { runMain } from '../../src/action/main.js';
import { createDefaultPipeline } from '../../src/action/services.js';
import { runPost } from '../../src/action/post.js';
import type { ReportUploader } from '../../src/edges/github/report-artifact.js';
import {
  createRunnerFiles,
  parseFileCommands,
  type RunnerFiles,
} from '../support/action/action-process.js';
import { withEnv } from '../support/action/env.js';
import { azureInputs, pullRequestEvent } from '../support/action/scenario.js';
import { readFileSync } from 'node:fs';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** Runner files plus INPUT_* and GITHUB_* variables for an in-process step. */
function runner(inputs: Record<string, string>): RunnerFiles {
  const files = createRunnerFiles(pullRequestEvent());
  cleanups.push(() => files.remove());
  const exitCode = process.exitCode;
  cleanups.push(() => {
    // core.setFailed sets the exit code of this (test) process: put it back.
    process.exitCode = exitCode;
  });
  cleanups.push(
    withEnv(inputs, {
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: 'plasmatic/reframe',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'bench',
      RUNNER_TEMP: files.runnerTemp,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    }),
  );
  return files;
}

const noUpload: ReportUploader = { uploadArtifact: () => Promise.resolve({}) };

function pipeline(overrides: Partial<ActionPipeline>): ActionPipeline {
  return {
    run: () => Promise.reject(new Error('run was not expected')),
    cleanUp: () => Promise.resolve({ deleted: [], pending: [], message: 'nothing' }),
    ...overrides,
  };
}

describe('runMain with an injected pipeline', () => {
  it('publishes without a result when the pipeline ignores the abort', async () => {
    const files = runner(azureInputs());
    const controller = new AbortController();
    const stuck = pipeline({
      run: (_settings, context) => {
        context.saveState({ resourceGroup: 'rg-stuck' });
        controller.abort();
        return new Promise<PipelineResult>(() => undefined);
      },
    });

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(stuck),
      uploader: noUpload,
      signal: controller.signal,
      abortGraceMs: 20,
    });

    expect(outcome).toEqual({ verdict: 'interrupted', failed: true });
    expect(parseFileCommands(files.output)).toMatchObject({
      verdict: 'interrupted',
      'resource-group': 'rg-stuck',
    });
    expect(parseFileCommands(files.state)).toMatchObject({
      'bench-resource-group': 'rg-stuck',
      'bench-interrupted': 'true',
      'bench-published': 'true',
    });
    expect(readFileSync(files.summary, 'utf8')).toContain('cancelled before it produced a report');
  });

  it('shows the plan in plan mode without running anything', async () => {
    const files = runner({ config: 'configs/reframe-pr.yml', mode: 'plan' });
    const planned = pipeline({
      plan: () =>
        Promise.resolve({ summaryMarkdown: '### Plan: 1 × Standard_D4s_v5 in westeurope' }),
    });

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(planned),
      uploader: noUpload,
    });

    expect(outcome).toEqual({ verdict: 'skipped', failed: false });
    expect(readFileSync(files.summary, 'utf8')).toContain('Standard_D4s_v5 in westeurope');
  });

  it('shows the built-in Azure plan in plan mode: every request, placeholders named, nothing sent', async () => {
    const files = runner({ config: 'configs/reframe-pr.yml', mode: 'plan', provider: 'azure' });

    const outcome = await runMain({ createPipeline: createDefaultPipeline, uploader: noUpload });

    expect(outcome).toEqual({ verdict: 'skipped', failed: false });
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('### Azure plan (nothing was created)');
    expect(summary).toContain('Placeholders stand in for settings not given (azure-tenant-id');
    expect(summary).toContain('PUT Microsoft.Resources/resourceGroups/bench-reframe-77-1-bench-');
  });

  it('reports unconfirmed deletions in janitor mode as a warning, not a failure', async () => {
    const files = runner(azureInputs({ mode: 'janitor', config: '' }));
    const janitor = pipeline({
      janitor: () =>
        Promise.resolve({
          deleted: ['rg-old-1'],
          pending: ['rg-old-2'],
          message: 'swept 2 groups',
        }),
    });

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(janitor),
      uploader: noUpload,
    });

    expect(outcome.failed).toBe(false);
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('Deleted: rg-old-1');
    expect(summary).toContain('Not confirmed: rg-old-2');
  });

  it('runs the preflight in mode preflight: the checklist in the summary, the step failed on a failed check', async () => {
    const files = runner(azureInputs({ mode: 'preflight', config: '' }));
    const checklist = [
      'Azure preflight for subscription 00000000-0000-0000-0000-000000000003',
      '[FAIL] Resource providers registered: not registered: Microsoft.Network',
      '         fix: az provider register --namespace Microsoft.Network',
      '',
    ].join('\n');
    const checked = pipeline({ preflight: () => Promise.resolve({ ok: false, checklist }) });

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(checked),
      uploader: noUpload,
    });

    expect(outcome).toEqual({ verdict: 'error', failed: true });
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('Azure preflight (nothing was created)');
    expect(summary).toContain('fix: az provider register --namespace Microsoft.Network');
    expect(parseFileCommands(files.output).verdict).toBe('error');
  });

  it('passes in mode preflight when every check passed, with verdict skipped', async () => {
    runner(azureInputs({ mode: 'preflight', config: '' }));
    const checked = pipeline({
      preflight: () => Promise.resolve({ ok: true, checklist: 'All 9 checks passed.\n' }),
    });

    const outcome = await runMain({
      createPipeline: () => Promise.resolve(checked),
      uploader: noUpload,
    });

    expect(outcome).toEqual({ verdict: 'skipped', failed: false });
  });

  it('fails with AZURE_SETTINGS_INVALID, summary and verdict error, when the built-in Azure run lacks the inputs it needs', async () => {
    const files = runner(azureInputs());

    const outcome = await runMain({ createPipeline: createDefaultPipeline, uploader: noUpload });

    expect(outcome).toEqual({ verdict: 'error', failed: true });
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('AZURE_SETTINGS_INVALID');
    expect(summary).toContain('azure-vm-identity: missing');
    expect(parseFileCommands(files.output).verdict).toBe('error');
  });
});

describe('runPost with an injected pipeline', () => {
  it('does nothing for plan mode, which creates nothing', async () => {
    runner({ config: 'configs/reframe-pr.yml', mode: 'plan' });
    let called = false;
    const spy = pipeline({
      cleanUp: () => {
        called = true;
        return Promise.resolve({ deleted: [], pending: [], message: '' });
      },
    });

    const outcome = await runPost({
      createPipeline: () => Promise.resolve(spy),
      uploader: noUpload,
    });

    expect(called).toBe(false);
    expect(outcome).toEqual({ deleted: [], pending: [], artifactUploaded: false });
  });
});
