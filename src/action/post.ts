/**
 * The action's post step: runs after the job (also after failure or cancellation) to delete the
 * run's cloud resources and upload the report artifact if the main step could not. It never
 * fails the job: a clean-up it cannot confirm is a loud warning naming the resource group and
 * how to delete it. Running it twice is harmless.
 */
import * as core from '@actions/core';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorDetails } from '../core/errors.js';
import {
  findProvisioningBlock,
  readActionContext,
  type ActionContext,
} from '../edges/github/action-context.js';
import { getActionSettings } from '../edges/github/input-helper.js';
import {
  artifactName,
  uploadReportArtifact,
  type ReportUploader,
} from '../edges/github/report-artifact.js';
import { readActionState, type ActionState } from '../edges/github/state-helper.js';
import { resolveProvider } from './provider.js';
import { runIdentityFor } from './run-identity.js';
import { resolveServices, type ActionDeps, type ResolvedSettings } from './services.js';

/** What the post step did, for tests. */
export interface PostOutcome {
  /** Groups confirmed deleted. */
  deleted: string[];
  /** Groups whose deletion was not confirmed (a warning was printed). */
  pending: string[];
  /** Whether the post step uploaded the artifact. */
  artifactUploaded: boolean;
}

/** How to delete a group by hand, for warnings. */
export function manualDeletionHint(group: string, subscriptionId?: string): string {
  const sub = subscriptionId ? ` --subscription ${subscriptionId}` : '';
  return (
    `Delete it with \`az group delete --name ${group}${sub} --yes --no-wait\`, ` +
    'or run this action with `mode: janitor` (it deletes every bench-action group past its expires-at tag).'
  );
}

function warnLoudly(
  groups: string[],
  state: ActionState,
  context: ActionContext,
  why: string,
): void {
  const what =
    groups.length > 0
      ? `resource group${groups.length === 1 ? '' : 's'} ${groups.join(', ')}`
      : `the resource groups tagged with run ${context.run.runId} attempt ${context.run.runAttempt}`;
  const how =
    groups.length > 0
      ? groups.map((group) => manualDeletionHint(group, state.subscriptionId)).join('\n')
      : 'Run this action with `mode: janitor`, or list them with `az group list --tag managed-by=bench-action`.';
  core.warning(`CLEAN-UP NOT CONFIRMED: ${what} may still exist and cost money. ${why}\n${how}`, {
    title: 'bench-action: Azure resources may be left behind',
  });
}

/** A marker under `RUNNER_TEMP` so a second post run does not upload the artifact again. */
function uploadMarker(name: string): string | undefined {
  const temp = process.env.RUNNER_TEMP;
  return temp ? join(temp, 'bench-action', `${name}.uploaded`) : undefined;
}

async function uploadIfMissing(
  state: ActionState,
  run: ActionContext['run'],
  uploader: ReportUploader,
): Promise<boolean> {
  if (state.artifactUploaded || state.reportDir === undefined) return false;
  if (!existsSync(state.reportDir)) {
    core.info(`Report directory ${state.reportDir} is gone: no artifact to upload.`);
    return false;
  }
  const name = state.artifactName ?? artifactName({ job: run.job, runAttempt: run.runAttempt });
  const marker = uploadMarker(name);
  if (marker !== undefined && existsSync(marker)) return false;
  try {
    const uploaded = await uploadReportArtifact(state.reportDir, name, uploader);
    core.info(`Uploaded ${uploaded.files} report files as artifact ${name}.`);
    if (marker !== undefined) {
      mkdirSync(join(marker, '..'), { recursive: true });
      writeFileSync(marker, new Date().toISOString());
    }
    return true;
  } catch (error) {
    core.warning(`Could not upload the report artifact ${name}: ${errorDetails(error)}`);
    return false;
  }
}

/** Runs the post step. Never throws and never fails the job. */
export async function runPost(deps: ActionDeps = {}): Promise<PostOutcome> {
  const outcome: PostOutcome = { deleted: [], pending: [], artifactUploaded: false };
  const state = readActionState();
  const context = readActionContext();

  let settings: ResolvedSettings;
  try {
    const given = getActionSettings();
    // A group in state was created on Azure, whatever the inputs say now.
    const provider = state.resourceGroup !== undefined ? 'azure' : await resolveProvider(given);
    settings = { ...given, provider };
  } catch (error) {
    // The main step failed on the same inputs before creating anything.
    if (state.resourceGroup) {
      warnLoudly(
        [state.resourceGroup],
        state,
        context,
        `The inputs are invalid now: ${errorDetails(error)}`,
      );
      outcome.pending.push(state.resourceGroup);
    } else {
      core.info('The inputs are invalid, so the main step created nothing: nothing to clean up.');
    }
    return outcome;
  }
  if (settings.mode !== 'run') {
    core.info(`mode: ${settings.mode} creates no resources: nothing to clean up.`);
    return outcome;
  }

  const block = settings.provider === 'azure' ? findProvisioningBlock(context) : undefined;
  if (block !== undefined && state.resourceGroup === undefined) {
    // Without OIDC the main step provisioned nothing, and no Azure call could succeed anyway.
    core.info(`The main step did not provision (${block.code}): nothing to clean up.`);
    return outcome;
  }

  try {
    const services = resolveServices(deps);
    const run = runIdentityFor(context.run, settings, context.stepId);
    outcome.artifactUploaded = await uploadIfMissing(state, run, services.uploader);

    if (!state.started) {
      core.info(
        `No state from the main step: looking for resource groups tagged with run ${context.run.runId} attempt ${context.run.runAttempt}.`,
      );
    }
    const pipeline = await services.createPipeline(settings);
    const cleaned = await pipeline.cleanUp(state, { settings, run });
    outcome.deleted = cleaned.deleted;
    outcome.pending = cleaned.pending;
    core.info(cleaned.message);
    if (cleaned.deleted.length > 0) core.info(`Deleted: ${cleaned.deleted.join(', ')}.`);
    if (cleaned.pending.length > 0) {
      warnLoudly(
        cleaned.pending,
        state,
        context,
        'Deletion was requested but not confirmed in time.',
      );
    }
  } catch (error) {
    const groups = state.resourceGroup ? [state.resourceGroup] : [];
    outcome.pending = groups;
    // Only cloud runs leave something behind; a local run's failure here is worth a plain warning.
    if (settings.provider === 'azure') {
      warnLoudly(groups, state, context, `Clean-up failed: ${errorDetails(error)}`);
    } else {
      core.warning(`Clean-up failed: ${errorDetails(error)}`);
    }
  }
  return outcome;
}
