/**
 * The action's main step, top to bottom: read the inputs (failing before anything else when
 * they are wrong), resolve the provider, save state early, run the pipeline, then publish (job
 * summary always, outputs, artifact, PR comment) and decide the step's outcome by `fail-on`. On
 * SIGINT/SIGTERM the pipeline is aborted and what exists is published marked partial; the
 * artifact upload is left to the post step, which also deletes the cloud resources.
 */
import path from 'node:path';
import * as core from '@actions/core';
import {
  renderFooter,
  renderJanitorSummary,
  renderNoReportSummary,
  renderResultSummary,
  type SummaryFooter,
} from '../core/report/action-summary.js';
import { BenchError, errorDetails } from '../core/errors.js';
import {
  verdictFailsStep,
  verdictIsBadNews,
  verdictOfError,
  type Finding,
  type Verdict,
} from '../core/stats/verdict.js';
import {
  findProvisioningBlock,
  readActionContext,
  type ActionContext,
} from '../edges/github/action-context.js';
import { getActionSettings } from '../edges/github/input-helper.js';
import { writeJobSummary } from '../edges/github/job-summary.js';
import { upsertPrComment } from '../edges/github/pr-comment.js';
import { artifactName, uploadReportArtifact } from '../edges/github/report-artifact.js';
import { setRunOutputs } from '../edges/github/run-outputs.js';
import { forbidInState, saveActionState, type ActionState } from '../edges/github/state-helper.js';
import type { ActionPipeline, PipelineResult } from './action-pipeline.js';
import { publishToHistory } from './history.js';
import { resolveProvider } from './provider.js';
import { runIdentityFor } from './run-identity.js';
import {
  resolveServices,
  type ActionDeps,
  type ActionServices,
  type ResolvedSettings,
} from './services.js';
import { abortOnSignals, settleWithinGrace } from './signals.js';
import { actionReportDir, workspacePath } from './workspace.js';

/** How long the main step waits for an aborted pipeline to hand back its partial result. */
export const ABORT_GRACE_MS = 4_000;
/** Time limit for all the PR comment's API requests together. */
export const COMMENT_TIMEOUT_MS = 60_000;

/** How the main step ended, for tests and the entry point. */
export interface MainOutcome {
  /** Verdict published in the outputs, or undefined when the inputs were invalid. */
  verdict?: Verdict;
  /** Whether the step was marked failed. */
  failed: boolean;
}

/** An error in words for the job summary (no stack traces). */
function failureText(error: unknown): string {
  if (error instanceof BenchError) return `${error.message} (${error.code}). ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

/** Runs the main step. Never throws: failures are reported with `core.setFailed`. */
export async function runMain(deps: ActionDeps = {}): Promise<MainOutcome> {
  const context = readActionContext();
  let settings: ResolvedSettings;
  try {
    const given = getActionSettings();
    forbidInState(given.githubToken);
    settings = { ...given, provider: await resolveProvider(given) };
  } catch (error) {
    core.setFailed(errorDetails(error));
    return { failed: true };
  }
  saveActionState({ started: true });

  const services = resolveServices(deps);
  const signals = deps.signal ? undefined : abortOnSignals();
  const signal = deps.signal ?? signals!.signal;
  const run = runIdentityFor(context.run, settings, context.stepId);
  const footer: SummaryFooter = { runUrl: context.run.runUrl };
  try {
    // The size comparison reads reports already made: no pipeline, no Azure sign-in.
    if (settings.mode === 'aggregate')
      return await aggregateMode(settings, context, services, deps);
    if (settings.provider === 'azure' && settings.mode !== 'plan') {
      const block = findProvisioningBlock(context);
      if (block?.code === 'FORK_PULL_REQUEST') {
        core.warning(`Not benchmarking: ${block.reason} ${block.hint}`);
        await writeJobSummary(
          renderNoReportSummary({
            kind: 'skipped',
            text: `${block.reason}\n\n${block.hint}`,
            footer,
          }),
        );
        setRunOutputs({ verdict: 'skipped', findings: [] });
        saveActionState({ published: true });
        return { verdict: 'skipped', failed: false };
      }
      if (block) throw new BenchError(block.code, block.reason, block.hint);
    }

    const pipeline = await services.createPipeline(settings);
    if (settings.mode === 'plan') return await planMode(pipeline, settings, run);
    if (settings.mode === 'preflight') return await preflightMode(pipeline, settings);
    if (settings.mode === 'janitor') return await janitorMode(pipeline, settings, signal);
    return await runMode({ pipeline, settings, context, services, signal, deps, run });
  } catch (error) {
    // Failed before or around the pipeline: the summary and outputs still say what happened.
    await writeJobSummary(
      renderNoReportSummary({ kind: 'not-run', text: failureText(error), footer }),
    );
    const verdict = verdictOfError(error);
    setRunOutputs({ verdict, findings: [] });
    core.setFailed(errorDetails(error));
    return { verdict, failed: true };
  } finally {
    signals?.dispose();
  }
}

async function planMode(
  pipeline: ActionPipeline,
  settings: ResolvedSettings,
  run: ActionContext['run'],
): Promise<MainOutcome> {
  if (!pipeline.plan) throw unavailable('plan', settings);
  const plan = await pipeline.plan(settings, { run });
  await writeJobSummary(plan.summaryMarkdown);
  setRunOutputs({ verdict: 'skipped', findings: [] });
  return { verdict: 'skipped', failed: false };
}

async function preflightMode(
  pipeline: ActionPipeline,
  settings: ResolvedSettings,
): Promise<MainOutcome> {
  if (!pipeline.preflight) throw unavailable('preflight', settings);
  const result = await pipeline.preflight(settings);
  core.info(result.checklist);
  await writeJobSummary(
    `### Azure preflight (nothing was created)\n\n\`\`\`text\n${result.checklist}\`\`\`\n`,
  );
  setRunOutputs({ verdict: result.ok ? 'skipped' : 'error', findings: [] });
  if (!result.ok) {
    core.setFailed(
      'The Azure set-up is not ready for a run: see the failed checks and their fixes.',
    );
    return { verdict: 'error', failed: true };
  }
  return { verdict: 'skipped', failed: false };
}

async function janitorMode(
  pipeline: ActionPipeline,
  settings: ResolvedSettings,
  signal: AbortSignal,
): Promise<MainOutcome> {
  if (!pipeline.janitor) throw unavailable('janitor', settings);
  const swept = await pipeline.janitor(settings, { signal });
  core.info(swept.message);
  await writeJobSummary(renderJanitorSummary(swept));
  if (swept.pending.length > 0) {
    core.warning(
      `Deletion not confirmed for: ${swept.pending.join(', ')}; the next janitor run retries.`,
    );
  }
  setRunOutputs({ verdict: 'skipped', findings: [] });
  return { verdict: 'skipped', failed: false };
}

async function aggregateMode(
  settings: ResolvedSettings,
  context: ActionContext,
  services: ActionServices,
  deps: ActionDeps,
): Promise<MainOutcome> {
  const { aggregateReports } = await import('../pipeline/aggregate-reports.js');
  const reportsDir = workspacePath('reports-dir', settings.reportsDir ?? '.');
  const outDir = path.join(
    actionReportDir(runIdentityFor(context.run, settings, context.stepId)),
    'aggregate',
  );
  const outcome = await aggregateReports(
    {
      reportsDir,
      outDir,
      overwrite: true,
      ...(settings.slo !== undefined && { slo: settings.slo, sloSource: 'slo' }),
    },
    { log: (line) => core.info(line), ...(deps.retailPrices && { prices: deps.retailPrices }) },
  );
  const name = artifactName({
    job: `${context.run.job}-aggregate`,
    runAttempt: context.run.runAttempt,
  });
  const uploaded = await uploadArtifact(outDir, name, services, context);
  await writeJobSummary(
    `${outcome.markdown}\n${renderFooter({ runUrl: context.run.runUrl, ...artifactLinks(uploaded) })}`,
  );
  setRunOutputs({
    verdict: 'pass',
    findings: [],
    reportDir: outDir,
    ...artifactLinks(uploaded),
    recommendations: outcome.report.scenarios.map((s) => ({
      scenario: s.scenario,
      vmSize: s.recommendation.vmSize,
      sentence: s.recommendation.sentence,
    })),
  });
  for (const scenario of outcome.report.scenarios) {
    core.info(`${scenario.scenario}: ${scenario.recommendation.sentence}`);
  }
  return { verdict: 'pass', failed: false };
}

function unavailable(mode: string, settings: ResolvedSettings): BenchError {
  return new BenchError(
    'MODE_UNAVAILABLE',
    `mode: ${mode} is not available for provider '${settings.provider}'.`,
  );
}

/** What `runMode` works with. */
interface RunModeInput {
  pipeline: ActionPipeline;
  settings: ResolvedSettings;
  context: ActionContext;
  services: ActionServices;
  signal: AbortSignal;
  deps: ActionDeps;
  run: ActionContext['run'];
}

async function runMode(input: RunModeInput): Promise<MainOutcome> {
  const { pipeline, settings, context, services, signal, deps, run } = input;
  const name = artifactName({ job: run.job, runAttempt: run.runAttempt });
  saveActionState({ artifactName: name });
  // Whatever the pipeline saved, kept here too so an interrupted run can publish it.
  const saved: Partial<ActionState> = {};
  const saveState = (patch: Partial<ActionState>) => {
    Object.assign(saved, patch);
    saveActionState(patch);
  };

  const outcome = await settleWithinGrace(
    // Through a promise even if `run` throws synchronously, so every failure is published.
    Promise.resolve().then(() => pipeline.run(settings, { signal, saveState, run })),
    signal,
    deps.abortGraceMs ?? ABORT_GRACE_MS,
  );
  const interrupted = signal.aborted;
  if (interrupted) saveActionState({ interrupted: true });
  const footer: SummaryFooter = {
    runUrl: context.run.runUrl,
    ...(context.headSha !== undefined && { headSha: context.headSha }),
  };

  if (!('value' in outcome)) {
    // No result: the pipeline failed, or did not come back after the abort.
    const error = 'error' in outcome ? outcome.error : undefined;
    const verdict: Verdict = interrupted ? 'interrupted' : verdictOfError(error);
    // An interrupted run leaves the upload to the post step: the runner kills it in seconds.
    const uploaded =
      saved.reportDir && !interrupted
        ? await uploadArtifact(saved.reportDir, name, services, context)
        : undefined;
    await writeJobSummary(
      renderNoReportSummary({
        kind: interrupted ? 'interrupted' : 'failed',
        text: interrupted
          ? 'The run was cancelled before it produced a report.'
          : `The run failed: ${failureText(error)}`,
        footer: { ...footer, ...artifactLinks(uploaded) },
      }),
    );
    setRunOutputs({
      verdict,
      findings: [],
      ...(saved.reportDir !== undefined && { reportDir: saved.reportDir }),
      ...artifactLinks(uploaded),
      ...(saved.resourceGroup !== undefined && { resourceGroup: saved.resourceGroup }),
    });
    saveActionState({ published: true });
    core.setFailed(
      interrupted
        ? 'The run was cancelled; partial results (if any) were published. The post step cleans up.'
        : errorDetails(error),
    );
    return { verdict, failed: true };
  }

  let result: PipelineResult = outcome.value;
  saveActionState({
    reportDir: result.reportDir,
    ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
  });
  // Before anything is published, so the summary, comment, outputs and artifact all show the
  // history verdict; an interrupted run is neither judged by history nor kept in it.
  if (!interrupted) {
    result = await publishToHistory({ settings, context, services, result, signal });
  }
  const verdict: Verdict = interrupted ? 'interrupted' : result.verdict;
  // Summary and outputs first: when interrupted, the runner kills the process 10 s after
  // SIGINT, and the post step uploads the artifact instead.
  const uploaded = interrupted
    ? undefined
    : await uploadArtifact(result.reportDir, name, services, context);
  const markdown = renderResultSummary({
    summaryMarkdown: result.summaryMarkdown,
    verdict,
    findings: result.findings,
    partial: interrupted || result.report.partial,
    footer: {
      ...footer,
      ...artifactLinks(uploaded),
      ...(result.reportUrl !== undefined && { reportUrl: result.reportUrl }),
    },
  });
  await writeJobSummary(markdown);
  const outputs = {
    verdict,
    report: result.report,
    reportDir: result.reportDir,
    findings: result.findings,
    ...(result.reportUrl !== undefined && { reportUrl: result.reportUrl }),
    ...artifactLinks(uploaded),
    ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
    ...(result.history !== undefined && { history: result.history }),
  };
  setRunOutputs(outputs);
  // A cancelled run never replaces the sticky comment with a partial one.
  if (!interrupted) {
    const commentUrl = await postComment(
      settings,
      context,
      services,
      markdown,
      verdictIsBadNews(verdict),
    );
    if (commentUrl !== undefined) setRunOutputs({ ...outputs, commentUrl });
  }
  saveActionState({ published: true });
  return finish(verdict, settings, result.findings);
}

/** What the upload left behind: the artifact's name and, when the service said its id, a link. */
interface UploadedArtifact {
  /** Artifact name. */
  name: string;
  /** `<server>/<repo>/actions/runs/<id>/artifacts/<artifact id>`, as upload-artifact links it. */
  url?: string;
}

async function uploadArtifact(
  dir: string,
  name: string,
  services: ActionServices,
  context: ActionContext,
): Promise<UploadedArtifact | undefined> {
  try {
    const uploaded = await uploadReportArtifact(dir, name, services.uploader);
    saveActionState({ artifactUploaded: true });
    core.info(`Uploaded ${uploaded.files} report files as artifact ${name}.`);
    return {
      name,
      ...(uploaded.id !== undefined && {
        url: `${context.serverUrl}/${context.run.repository}/actions/runs/${context.run.runId}/artifacts/${uploaded.id}`,
      }),
    };
  } catch (error) {
    core.warning(
      `Could not upload the report artifact ${name}: ${errorDetails(error)} The post step tries again.`,
    );
    return undefined;
  }
}

async function postComment(
  settings: ResolvedSettings,
  context: ActionContext,
  services: ActionServices,
  body: string,
  hasRegression: boolean,
): Promise<string | undefined> {
  if (settings.comment === 'never') return undefined;
  const issueNumber = settings.prNumber ?? context.pullRequestNumber;
  if (issueNumber === undefined) {
    core.info('Not a pull request run: no PR comment.');
    return undefined;
  }
  if (settings.githubToken === '') {
    core.warning('No github-token: the PR comment was not posted.');
    return undefined;
  }
  try {
    const octokit = services.createClient(settings.githubToken, context.apiUrl);
    const posted = await upsertPrComment({
      octokit,
      owner: context.owner,
      repo: context.repo,
      issueNumber,
      commentId: settings.commentId,
      body,
      mode: settings.comment,
      hasRegression,
      signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS),
    });
    core.info(`PR comment: ${posted.status}${posted.url ? ` (${posted.url})` : ''}.`);
    return posted.url;
  } catch (error) {
    // The comment is a convenience: its failure never hides the benchmark's own result.
    core.warning(`Could not post the PR comment: ${errorDetails(error)}`);
    return undefined;
  }
}

/** The artifact's name and link for the footer and the outputs. */
function artifactLinks(uploaded: UploadedArtifact | undefined): {
  artifactName?: string;
  artifactUrl?: string;
} {
  if (uploaded === undefined) return {};
  return {
    artifactName: uploaded.name,
    ...(uploaded.url !== undefined && { artifactUrl: uploaded.url }),
  };
}

function finish(
  verdict: Verdict,
  settings: ResolvedSettings,
  findings: readonly Finding[],
): MainOutcome {
  if (verdict === 'interrupted') {
    core.setFailed(
      'The run was cancelled; partial results were published. The post step cleans up.',
    );
    return { verdict, failed: true };
  }
  if (verdictFailsStep(verdict, settings.failOn)) {
    const regressions = findings.filter((f) => f.source === 'comparison').length;
    const what =
      verdict === 'regression'
        ? `${regressions} regression${regressions === 1 ? '' : 's'} found`
        : verdict === 'threshold-failed'
          ? 'a fail threshold was crossed'
          : 'the target or the infrastructure failed';
    core.setFailed(
      `Benchmark verdict: ${verdict} (${what}; fail-on: ${settings.failOn}). See the job summary.`,
    );
    return { verdict, failed: true };
  }
  if (verdictIsBadNews(verdict)) {
    core.warning(
      `Benchmark verdict: ${verdict}; not failing the step because fail-on is ${settings.failOn}.`,
    );
  }
  core.info(`Benchmark verdict: ${verdict}.`);
  return { verdict, failed: false };
}
