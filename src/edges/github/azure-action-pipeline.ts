/**
 * The parts of `provider: azure` that the action steps own: deleting the run's resource group in
 * the post step (found by name from state, or by the run's tag when state was lost) and the
 * janitor. Benchmarking on Azure (provision, deploy, run, collect) is wired in by the pipeline
 * that composes `src/edges/azure/`; until then `run` fails with `PIPELINE_UNAVAILABLE`.
 */
import * as core from '@actions/core';
import { formatBenchRunId, runTagNames } from '../../core/azure/run-names.js';
import { BenchError, inputError } from '../../core/errors.js';
import { createArmContext, type ArmContext } from '../azure/arm-context.js';
import { deleteRunGroup, findRunGroups } from '../azure/cleanup.js';
import { azureOidcAudience, createAzureCredential } from '../azure/credentials.js';
import { runJanitor } from '../azure/janitor.js';
import type { ActionPipeline, CleanUpResult } from './action-pipeline.js';
import type { ActionSettings } from './input-helper.js';

/** How long the post step follows one deletion before calling it pending (Azure carries on). */
export const DELETE_WAIT_MS = 150_000;

/** Options of `createAzureActionPipeline`. */
export interface AzureActionPipelineOptions {
  /** Builds the ARM clients (default: OIDC credential, public cloud); tests pass a fake's. */
  createArmContext?: (subscriptionId: string, settings: ActionSettings) => ArmContext;
  /** How long to follow each deletion. */
  deleteWaitMs?: number;
  /** Clock for the janitor's `expires-at` comparison. */
  now?: () => Date;
}

function defaultArmContext(subscriptionId: string, settings: ActionSettings): ArmContext {
  if (!settings.azure) {
    throw inputError(
      'AZURE_IDENTITY_MISSING',
      'No Azure identity: azure-tenant-id, azure-client-id and azure-subscription-id are needed.',
      'Set the three azure-* inputs, usually from repository variables.',
    );
  }
  const credential = createAzureCredential({
    tenantId: settings.azure.tenantId,
    clientId: settings.azure.clientId,
    // Asked afresh on every token request: a cached assertion expires during long runs.
    getIdToken: () => core.getIDToken(azureOidcAudience),
  });
  return createArmContext({ credential, subscriptionId, log: (line) => core.info(line) });
}

/** Builds the Azure pipeline as far as the action steps need it today. */
export function createAzureActionPipeline(
  options: AzureActionPipelineOptions = {},
): ActionPipeline {
  const armContext = options.createArmContext ?? defaultArmContext;
  const waitMs = options.deleteWaitMs ?? DELETE_WAIT_MS;
  return {
    run(settings) {
      return Promise.reject(
        new BenchError(
          'internal',
          'PIPELINE_UNAVAILABLE',
          `This version of bench-action cannot benchmark on Azure from a workflow yet (provider '${settings.provider}').`,
          'Use a released version of plasmatic/bench-action (e.g. @v1), or provider: local for a smoke run.',
        ),
      );
    },

    async cleanUp(state, context): Promise<CleanUpResult> {
      const subscriptionId = state.subscriptionId ?? context.settings.azure?.subscriptionId;
      if (subscriptionId === undefined) {
        return { deleted: [], pending: [], message: 'No Azure subscription: nothing to clean up.' };
      }
      const ctx = armContext(subscriptionId, context.settings);
      let groups: string[];
      if (state.resourceGroup !== undefined) {
        groups = [state.resourceGroup];
      } else {
        const runId = formatBenchRunId(context.run);
        const found = await findRunGroups(ctx, { [runTagNames.benchRunId]: runId });
        groups = found.map((group) => group.name);
        if (groups.length === 0) {
          return {
            deleted: [],
            pending: [],
            message: `No resource group is tagged ${runTagNames.benchRunId}=${runId}: nothing to clean up.`,
          };
        }
      }
      const result: CleanUpResult = { deleted: [], pending: [], message: '' };
      for (const group of groups) {
        try {
          const outcome = await deleteRunGroup(ctx, group, { waitMs });
          (outcome.deleted ? result.deleted : result.pending).push(group);
        } catch (error) {
          // One failure must not stop the other deletions; the post step warns about it.
          core.warning(
            error instanceof BenchError ? `${error.message} ${error.hint}` : String(error),
          );
          result.pending.push(group);
        }
      }
      result.message =
        result.pending.length === 0
          ? `Deleted ${result.deleted.join(', ')}.`
          : `Deleted ${result.deleted.join(', ') || 'nothing'}; not confirmed: ${result.pending.join(', ')}.`;
      return result;
    },

    async janitor(settings): Promise<CleanUpResult> {
      const subscriptionId = settings.azure?.subscriptionId ?? '';
      const ctx = armContext(subscriptionId, settings);
      const swept = await runJanitor(ctx, {
        dryRun: false,
        now: (options.now ?? (() => new Date()))(),
      });
      return {
        deleted: swept.deleted,
        pending: swept.failed,
        message: `Janitor: started deleting ${swept.deleted.length} expired group(s), kept ${swept.kept.length} unexpired, ${swept.failed.length} refused.`,
      };
    },
  };
}
