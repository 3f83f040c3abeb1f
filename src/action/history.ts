/**
 * Report history for the main step: compare the run with its base branch's history in Blob and
 * publish it there, when storage is set. History is a convenience on top of the run: every
 * failure is a warning, a cancellation stops the wait, and the run's own result stands.
 */
import * as core from '@actions/core';
import { errorDetails } from '../core/errors.js';
import type { ActionContext } from '../edges/github/action-context.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import { publishHistory } from '../pipeline/publish-history.js';
import type { PipelineResult } from './action-pipeline.js';
import type { ActionServices } from './services.js';
import { unlessAborted } from './signals.js';

/** Compares with and publishes to report history when storage is set; never throws. */
export async function publishToHistory(input: {
  settings: ActionSettings;
  context: ActionContext;
  services: ActionServices;
  result: PipelineResult;
  signal: AbortSignal;
}): Promise<PipelineResult> {
  const { settings, context, result, signal } = input;
  if (!settings.storage) return result;
  let published: Promise<PipelineResult>;
  try {
    const store = input.services.createReportStore(settings);
    // publishHistory warns about its own failures; the catch below is for a bug, not a store error.
    published = publishHistory({
      store,
      result,
      run: {
        branch: context.measured.branch,
        baseBranch: context.measured.baseBranch,
        sha: context.measured.sha,
        runId: context.run.runId,
        attempt: context.run.runAttempt,
      },
      warn: (message) => core.warning(message),
      log: (message) => core.info(message),
      runUrlTemplate: `${context.serverUrl}/${context.run.repository}/actions/runs/{runId}/attempts/{attempt}`,
    });
  } catch (error) {
    core.warning(`Report history in Blob skipped: ${errorDetails(error)}`);
    return result;
  }
  try {
    // A cancellation stops the wait (the runner kills the process 10 s after SIGINT).
    return await unlessAborted(published, signal, () => {
      core.warning(
        'The run was cancelled while publishing to report history; publishing the run without it.',
      );
      return result;
    });
  } catch (error) {
    core.warning(`Report history in Blob skipped: ${errorDetails(error)}`);
    return result;
  }
}
