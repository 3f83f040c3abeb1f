/**
 * The action's main step: read the inputs (failing before anything else when they are wrong),
 * save state early, run the pipeline, publish (job summary always, PR comment, outputs,
 * artifact) and decide the step's outcome by `fail-on`. On SIGINT/SIGTERM the pipeline is
 * aborted, what exists is published marked partial, state is saved, and the post step deletes
 * the cloud resources.
 */
import * as core from '@actions/core';
import { BenchError, inputError } from '../../core/errors.js';
import type { ReportStore } from '../../core/remote/report-store.js';
import { historyRunOf, publishHistory } from '../../pipeline/publish-history.js';
import { createBlobReportStore } from '../azure/blob-report-store.js';
import { azureOidcAudience, createAzureCredential } from '../azure/credentials.js';
import { readActionContext, findProvisioningBlock, type ActionContext } from './action-context.js';
import type { PipelineFactory, PipelineResult, RegressionFinding } from './action-pipeline.js';
import type { Verdict } from './constants.js';
import { resolveActionServices } from './default-pipeline.js';
import { getActionSettings, type ActionSettings } from './input-helper.js';
import { writeJobSummary } from './job-summary.js';
import { createGitHubClient, type GitHubClient } from './octokit.js';
import { matrixKey, runIdentityFor } from './matrix-key.js';
import { upsertPrComment } from './pr-comment.js';
import { artifactName, uploadReportArtifact, type ReportUploader } from './report-artifact.js';
import { outputsFromResult, setRunOutputs } from './run-outputs.js';
import { forbidInState, saveActionState, type ActionState } from './state-helper.js';

/** How long the main step waits for an aborted pipeline to hand back its partial result. */
export const ABORT_GRACE_MS = 4_000;
/** Time limit for all the PR comment's API requests together. */
export const COMMENT_TIMEOUT_MS = 60_000;
/** The same while the run is being cancelled (the runner kills the process 10 s after SIGINT). */
export const INTERRUPTED_COMMENT_TIMEOUT_MS = 2_500;

/** What the main step needs from outside; everything has a default. */
export interface MainDeps {
  /** Builds the pipeline (default: `resolveActionServices`). */
  createPipeline?: PipelineFactory;
  /** Uploads the report artifact (default: `resolveActionServices`). */
  uploader?: ReportUploader;
  /** Makes the REST client for the PR comment. */
  createClient?: (token: string, apiUrl: string) => GitHubClient;
  /** Aborts the run; when absent, SIGINT and SIGTERM do. */
  signal?: AbortSignal;
  /** Wait for an aborted pipeline before publishing without it, ms. */
  abortGraceMs?: number;
  /**
   * The report history store, asked for only when `storage-account` and `storage-container` are
   * set (default: Blob at `https://<account>.blob.core.windows.net` with the OIDC credential).
   */
  createReportStore?: (settings: ActionSettings) => ReportStore;
}

/** How the main step ended, for tests and the entry point. */
export interface MainOutcome {
  /** Verdict published in the outputs, or undefined when the inputs were invalid. */
  verdict?: Verdict;
  /** Whether the step was marked failed. */
  failed: boolean;
}

/** Text for `core.setFailed` and logs: message, code and hint. */
export function describeError(error: unknown): string {
  if (error instanceof BenchError) return `${error.message}\n[${error.code}] ${error.hint}`;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** An error in words for the job summary (no stack traces). */
function failureText(error: unknown): string {
  if (error instanceof BenchError) return `${error.message} (${error.code}). ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

/** Whether `verdict` fails the step under `failOn`. Failures to measure always do. */
export function verdictFails(verdict: Verdict, failOn: ActionSettings['failOn']): boolean {
  if (verdict === 'target-failure' || verdict === 'error' || verdict === 'interrupted') return true;
  if (verdict === 'threshold-failed') return failOn !== 'never';
  if (verdict === 'regression') return failOn === 'regression';
  return false;
}

/** Installs SIGINT/SIGTERM handlers that abort; returns the signal and a remover. */
function abortOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      core.info(`${name} received again: still publishing partial results.`);
      return;
    }
    core.warning(
      `${name} received (the run was cancelled): stopping the load and publishing partial results. The post step deletes cloud resources.`,
    );
    controller.abort(new Error(`${name} received`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Waits for `promise`; once `signal` aborts, waits at most `graceMs` more. */
async function settleWithinGrace<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  graceMs: number,
): Promise<{ value: T } | { error: unknown } | { timedOut: true }> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const grace = new Promise<{ timedOut: true }>((resolve) => {
    onAbort = () => {
      timer = setTimeout(() => resolve({ timedOut: true }), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([settled, grace]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function regressionLines(regressions: RegressionFinding[]): string {
  if (regressions.length === 0) return '';
  const shown = regressions
    .slice(0, 20)
    .map((r) => `- ${r.scenario} @ ${r.level}: ${r.metric}: ${r.reason}`);
  const more = regressions.length > 20 ? [`- … and ${regressions.length - 20} more`] : [];
  return ['', `**Regressions (${regressions.length}):**`, ...shown, ...more, ''].join('\n');
}

function footer(context: ActionContext, artifact?: string): string {
  const parts = [`[workflow run](${context.run.runUrl})`];
  if (artifact) parts.push(`artifact \`${artifact}\``);
  return `\n---\n<sub>bench-action · ${parts.join(' · ')}</sub>\n`;
}

/** Markdown for the summary and the comment: a status line, the report, the regressions. */
function resultMarkdown(result: PipelineResult, interrupted: boolean): string {
  const banner =
    interrupted || result.result.partial
      ? '> [!WARNING]\n> The run was interrupted: these are partial results.\n\n'
      : '';
  return `${banner}**Verdict: ${result.verdict}**\n\n${result.summaryMarkdown}\n${regressionLines(result.regressions)}`;
}

/** Runs the main step. Never throws: failures are reported with `core.setFailed`. */
export async function runMain(deps: MainDeps = {}): Promise<MainOutcome> {
  let settings: ActionSettings;
  try {
    settings = getActionSettings();
  } catch (error) {
    core.setFailed(describeError(error));
    return { failed: true };
  }
  forbidInState(settings.githubToken);
  saveActionState({ started: true });

  const context = readActionContext();
  const signals = deps.signal ? undefined : abortOnSignals();
  const signal = deps.signal ?? signals!.signal;
  try {
    return await runMode(settings, context, signal, deps);
  } catch (error) {
    // Failed before or around the pipeline: the summary and outputs still say what happened.
    await writeJobSummary(`### Benchmark not run\n\n${failureText(error)}\n${footer(context)}`);
    setRunOutputs({ verdict: 'error', regressions: [] });
    core.setFailed(describeError(error));
    return { verdict: 'error', failed: true };
  } finally {
    signals?.dispose();
  }
}

async function runMode(
  settings: ActionSettings,
  context: ActionContext,
  signal: AbortSignal,
  deps: MainDeps,
): Promise<MainOutcome> {
  const services = deps.createPipeline && deps.uploader ? undefined : await resolveActionServices();
  const createPipeline = deps.createPipeline ?? services!.createPipeline;
  const uploader = deps.uploader ?? services!.uploader;

  if (settings.provider === 'azure' && settings.mode !== 'plan') {
    const block = findProvisioningBlock(context);
    if (block?.code === 'FORK_PULL_REQUEST') {
      core.warning(`Not benchmarking: ${block.reason} ${block.hint}`);
      await writeJobSummary(
        `### Benchmark skipped\n\n${block.reason}\n\n${block.hint}\n${footer(context)}`,
      );
      setRunOutputs({ verdict: 'skipped', regressions: [] });
      saveActionState({ published: true });
      return { verdict: 'skipped', failed: false };
    }
    if (block) throw new BenchError(block.code, block.reason, block.hint);
  }

  const pipeline = await createPipeline(settings);

  if (settings.mode === 'plan') {
    if (!pipeline.plan) throw unavailable('plan', settings);
    const plan = await pipeline.plan(settings);
    await writeJobSummary(plan.summaryMarkdown);
    setRunOutputs({ verdict: 'skipped', regressions: [] });
    return { verdict: 'skipped', failed: false };
  }
  if (settings.mode === 'janitor') {
    if (!pipeline.janitor) throw unavailable('janitor', settings);
    const swept = await pipeline.janitor(settings, { signal });
    core.info(swept.message);
    const pending =
      swept.pending.length > 0 ? `\n\nNot confirmed: ${swept.pending.join(', ')}` : '';
    await writeJobSummary(
      `### Janitor\n\n${swept.message}\n\nDeleted: ${swept.deleted.join(', ') || 'none'}${pending}\n`,
    );
    if (swept.pending.length > 0) {
      core.warning(
        `Deletion not confirmed for: ${swept.pending.join(', ')}; the next janitor run retries.`,
      );
    }
    setRunOutputs({ verdict: 'skipped', regressions: [] });
    return { verdict: 'skipped', failed: false };
  }
  return runBenchmark(settings, context, signal, pipeline, uploader, deps);
}

function unavailable(mode: string, settings: ActionSettings): BenchError {
  return new BenchError(
    'MODE_UNAVAILABLE',
    `mode: ${mode} is not available for provider '${settings.provider}' in this version.`,
    'Use mode: run, or a released version of the action.',
  );
}

async function runBenchmark(
  settings: ActionSettings,
  context: ActionContext,
  signal: AbortSignal,
  pipeline: Awaited<ReturnType<PipelineFactory>>,
  uploader: ReportUploader,
  deps: MainDeps,
): Promise<MainOutcome> {
  const name = artifactName({
    job: context.run.job,
    matrix: matrixKey(settings),
    runAttempt: context.run.runAttempt,
  });
  saveActionState({ artifactName: name });
  // Whatever the pipeline saved, kept here too so an interrupted run can publish it.
  const saved: Partial<ActionState> = {};
  const saveState = (patch: Partial<ActionState>) => {
    Object.assign(saved, patch);
    saveActionState(patch);
  };

  const outcome = await settleWithinGrace(
    // Through a promise even if `run` throws synchronously, so every failure is published.
    Promise.resolve().then(() =>
      pipeline.run(settings, { signal, saveState, run: runIdentityFor(context.run, settings) }),
    ),
    signal,
    deps.abortGraceMs ?? ABORT_GRACE_MS,
  );
  const interrupted = signal.aborted;
  if (interrupted) saveActionState({ interrupted: true });

  if ('value' in outcome) {
    let result = outcome.value;
    saveActionState({ reportDir: result.reportDir, resourceGroup: result.resourceGroup });
    // Before anything is published, so the summary, comment, outputs and artifact all show the
    // history verdict; an interrupted run is neither judged by history nor kept in it.
    if (!interrupted) result = await publishToHistory(settings, context, deps, result, signal);
    const uploaded = await uploadArtifact(result.reportDir, name, uploader);
    const markdown = resultMarkdown(result, interrupted) + footer(context, uploaded);
    await writeJobSummary(markdown);
    const verdict: Verdict = interrupted ? 'interrupted' : result.verdict;
    setRunOutputs({ ...outputsFromResult(result, uploaded), verdict });
    // The comment is the only step that waits on GitHub's API: it goes last, with a time limit
    // that is short when the runner is about to kill the process.
    await postComment(settings, context, deps, markdown, {
      hasRegression: result.regressions.length > 0 || result.verdict === 'regression',
      timeoutMs: interrupted ? INTERRUPTED_COMMENT_TIMEOUT_MS : COMMENT_TIMEOUT_MS,
    });
    saveActionState({ published: true });
    return finish(verdict, settings, result.regressions);
  }

  // No result: the pipeline failed, or did not come back after the abort.
  const error = 'error' in outcome ? outcome.error : undefined;
  const verdict: Verdict = interrupted
    ? 'interrupted'
    : error instanceof BenchError && (error.kind === 'target' || error.kind === 'infrastructure')
      ? 'target-failure'
      : 'error';
  const uploaded = saved.reportDir
    ? await uploadArtifact(saved.reportDir, name, uploader)
    : undefined;
  const why = interrupted
    ? 'The run was cancelled before it produced a report.'
    : `The run failed: ${failureText(error)}`;
  await writeJobSummary(
    `### Benchmark ${interrupted ? 'interrupted' : 'failed'}\n\n${why}\n${footer(context, uploaded)}`,
  );
  setRunOutputs({
    verdict,
    reportDir: saved.reportDir,
    artifactName: uploaded,
    regressions: [],
    resourceGroup: saved.resourceGroup,
  });
  saveActionState({ published: true });
  if (interrupted) {
    core.setFailed(
      'The run was cancelled; partial results (if any) were published. The post step cleans up.',
    );
    return { verdict, failed: true };
  }
  core.setFailed(describeError(error));
  return { verdict, failed: true };
}

/** The default history store: Blob on the settings' account, signed in with GitHub OIDC. */
function createDefaultReportStore(settings: ActionSettings): ReportStore {
  const storage = settings.storage;
  if (!storage) {
    throw inputError(
      'HISTORY_STORAGE_MISSING',
      'History in Blob needs a storage account and container.',
      'Set storage-account and storage-container.',
    );
  }
  if (!settings.azure) {
    throw inputError(
      'HISTORY_IDENTITY_MISSING',
      'History in Blob needs an Azure identity to sign in to the storage account.',
      'Set azure-tenant-id, azure-client-id and azure-subscription-id (and permissions: id-token: write), or leave storage-account and storage-container empty.',
    );
  }
  const ids = settings.azure;
  const credential = createAzureCredential({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    // Asked afresh on every token request, as for the run itself.
    getIdToken: () => core.getIDToken(azureOidcAudience),
  });
  return createBlobReportStore({
    accountUrl: `https://${storage.account}.blob.core.windows.net`,
    credential,
    container: storage.container,
    log: (line) => core.info(line),
  });
}

/** Compares with and publishes to report history when storage is set; never throws. */
async function publishToHistory(
  settings: ActionSettings,
  context: ActionContext,
  deps: MainDeps,
  result: PipelineResult,
  signal: AbortSignal,
): Promise<PipelineResult> {
  if (!settings.storage) return result;
  if (!deps.createReportStore && !context.hasOidc) {
    core.warning(
      'Report history in Blob skipped: the runner offers no OIDC token to sign in to the storage account. Add `permissions: id-token: write` to the job.',
    );
    return result;
  }
  let store: ReportStore;
  try {
    store = (deps.createReportStore ?? createDefaultReportStore)(settings);
  } catch (error) {
    core.warning(`Report history in Blob skipped: ${describeError(error)}`);
    return result;
  }
  // A cancellation stops the wait (the runner kills the process 10 s after SIGINT): the run's
  // own result is published instead.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<PipelineResult>((resolve) => {
    onAbort = () => {
      core.warning(
        'The run was cancelled while publishing to report history; publishing the run without it.',
      );
      resolve(result);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // publishHistory warns about its own failures; this catch is for a bug, not a store error.
  try {
    const published = publishHistory({
      store,
      result,
      run: historyRunOf({
        headRef: process.env.GITHUB_HEAD_REF,
        refName: process.env.GITHUB_REF_NAME,
        sha: process.env.GITHUB_SHA,
        payload: context.payload,
        runId: context.run.runId,
        runAttempt: context.run.runAttempt,
      }),
      warn: (message) => core.warning(message),
      log: (message) => core.info(message),
    });
    return await Promise.race([published, aborted]);
  } catch (error) {
    core.warning(`Report history in Blob skipped: ${describeError(error)}`);
    return result;
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

async function uploadArtifact(
  dir: string,
  name: string,
  uploader: ReportUploader,
): Promise<string | undefined> {
  try {
    const uploaded = await uploadReportArtifact(dir, name, uploader);
    saveActionState({ artifactUploaded: true });
    core.info(`Uploaded ${uploaded.files} report files as artifact ${name}.`);
    return name;
  } catch (error) {
    core.warning(
      `Could not upload the report artifact ${name}: ${describeError(error)} The post step tries again.`,
    );
    return undefined;
  }
}

async function postComment(
  settings: ActionSettings,
  context: ActionContext,
  deps: MainDeps,
  body: string,
  opts: { hasRegression: boolean; timeoutMs: number },
): Promise<void> {
  if (settings.comment === 'never') return;
  if (context.pullRequestNumber === undefined) {
    core.info('Not a pull request run: no PR comment.');
    return;
  }
  if (settings.githubToken === '') {
    core.warning('No github-token: the PR comment was not posted.');
    return;
  }
  try {
    const octokit = (deps.createClient ?? createGitHubClient)(settings.githubToken, context.apiUrl);
    const posted = await upsertPrComment({
      octokit,
      owner: context.owner,
      repo: context.repo,
      issueNumber: context.pullRequestNumber,
      commentId: settings.commentId,
      body,
      mode: settings.comment,
      hasRegression: opts.hasRegression,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    core.info(`PR comment: ${posted.status}${posted.url ? ` (${posted.url})` : ''}.`);
  } catch (error) {
    // The comment is a convenience: its failure never hides the benchmark's own result.
    core.warning(`Could not post the PR comment: ${describeError(error)}`);
  }
}

function finish(
  verdict: Verdict,
  settings: ActionSettings,
  regressions: RegressionFinding[],
): MainOutcome {
  if (verdict === 'interrupted') {
    core.setFailed(
      'The run was cancelled; partial results were published. The post step cleans up.',
    );
    return { verdict, failed: true };
  }
  if (verdictFails(verdict, settings.failOn)) {
    const what =
      verdict === 'regression'
        ? `${regressions.length} regression${regressions.length === 1 ? '' : 's'} found`
        : verdict === 'threshold-failed'
          ? 'a fail threshold was crossed'
          : 'the target or the infrastructure failed';
    core.setFailed(
      `Benchmark verdict: ${verdict} (${what}; fail-on: ${settings.failOn}). See the job summary.`,
    );
    return { verdict, failed: true };
  }
  if (verdict === 'regression' || verdict === 'threshold-failed') {
    core.warning(
      `Benchmark verdict: ${verdict}; not failing the step because fail-on is ${settings.failOn}.`,
    );
  }
  core.info(`Benchmark verdict: ${verdict}.`);
  return { verdict, failed: false };
}
