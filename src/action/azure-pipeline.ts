/**
 * `provider: azure` as the action steps run it. The main step's `run` maps the inputs to a
 * cloud-run request (each setting named by its input, for messages) and runs it with deferred
 * clean-up: the group's name goes to action state before anything is created, and the post step
 * deletes the group. The post step's `cleanUp` deletes the group named in state (or found by the
 * step's tag when state was lost); `janitor` sweeps expired groups.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureSettings } from '../core/azure/azure-settings.js';
import { formatBenchRunId, runTagNames } from '../core/azure/run-names.js';
import { errorDetails, inputError } from '../core/errors.js';
import { createArmContext, type ArmContext } from '../edges/azure/arm-context.js';
import { deleteRunGroup, findRunGroups } from '../edges/azure/cleanup.js';
import { azureOidcAudience, createAzureCredential } from '../edges/azure/credentials.js';
import { runJanitor } from '../edges/azure/janitor.js';
import { Inputs } from '../edges/github/constants.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import type { AzureBlobDeps, AzureBlobInput } from '../pipeline/azure/azure-deps.js';
import type { CloudRunDeps } from '../pipeline/azure/cloud-run.js';
import type { GivenAzureSettings } from '../pipeline/azure/resolve-azure-settings.js';
import type {
  ActionPipeline,
  CleanUpResult,
  PlanResult,
  PipelineResult,
  PreflightResult,
  PipelineRunContext,
} from './action-pipeline.js';
import { actionReportDir, actionRoot, productLookup, workspacePath } from './workspace.js';

/** How long the post step follows one deletion before calling it pending (Azure carries on). */
export const DELETE_WAIT_MS = 150_000;

/** Options of `createAzureActionPipeline`; every default talks to the public cloud. */
export interface AzureActionPipelineOptions {
  /** Builds the ARM clients of the run, the clean-up and the janitor (default: OIDC credential, public cloud). */
  createArmContext?: (subscriptionId: string, settings: ActionSettings) => ArmContext;
  /** Credential for ARM, Blob and ACR in `run` (default: OIDC federated credential). */
  createCredential?: (settings: AzureSettings) => TokenCredential;
  /** Blob exchange and sample store (default: `https://<account>.blob.core.windows.net`). */
  createBlob?: (input: AzureBlobInput) => AzureBlobDeps;
  /** Pins the product image to its digest (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Runner bundle uploaded to the load VMs (default: `dist/runner/index.js` of the action). */
  runnerBundlePath?: string;
  /** Timing of the cloud run (tests shorten the start delay and the result polls). */
  runTiming?: CloudRunDeps['runTiming'];
  /** How long to follow each deletion. */
  deleteWaitMs?: number;
  /** Clock for the janitor's `expires-at` comparison and the run's tags. */
  now?: () => Date;
}

/** The federated credential: a fresh GitHub OIDC token on every token request. */
function oidcCredential(ids: { tenantId: string; clientId: string }): TokenCredential {
  return createAzureCredential({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    // Asked afresh on every token request: a cached assertion expires during long runs.
    getIdToken: () => core.getIDToken(azureOidcAudience),
  });
}

function defaultArmContext(subscriptionId: string, settings: ActionSettings): ArmContext {
  if (!settings.azure) {
    throw inputError(
      'AZURE_IDENTITY_MISSING',
      'No Azure identity: azure-tenant-id, azure-client-id and azure-subscription-id are needed.',
    );
  }
  const credential = oidcCredential(settings.azure);
  return createArmContext({ credential, subscriptionId, log: (line) => core.info(line) });
}

/** The runner bundle shipped with the action, else this package's (running from source). */
async function actionRunnerBundle(): Promise<string> {
  const shipped = path.join(actionRoot(), 'dist', 'runner', 'index.js');
  if (existsSync(shipped)) return shipped;
  const { findRunnerBundle } = await import('../pipeline/azure/azure-deps.js');
  return findRunnerBundle();
}

/** The Azure settings as the inputs give them, each named by its input. */
export function givenFromInputs(settings: ActionSettings): GivenAzureSettings {
  return {
    tenantId: { value: settings.azure?.tenantId, source: Inputs.azureTenantId },
    clientId: { value: settings.azure?.clientId, source: Inputs.azureClientId },
    subscriptionId: { value: settings.azure?.subscriptionId, source: Inputs.azureSubscriptionId },
    acrName: { value: settings.acrName, source: Inputs.acrName },
    storageAccount: { value: settings.storage?.account, source: Inputs.storageAccount },
    storageContainer: { value: settings.storage?.container, source: Inputs.storageContainer },
    vmIdentityResourceId: { value: settings.vmIdentityResourceId, source: Inputs.azureVmIdentity },
    vmSizes: { value: settings.vmSizes, source: Inputs.vmSizes },
    regions: { value: settings.regions, source: Inputs.regions },
    ...(settings.loadAgents !== undefined && {
      loadAgents: { value: settings.loadAgents, source: Inputs.loadAgents },
    }),
    ...(settings.runnerImage !== undefined && {
      runnerImage: { value: settings.runnerImage, source: Inputs.runnerImage },
    }),
  };
}

/** Runs the benchmark on Azure for the main step. */
async function runOnAzure(
  settings: ActionSettings,
  context: PipelineRunContext,
  options: AzureActionPipelineOptions,
): Promise<PipelineResult> {
  if (settings.configPath === undefined) {
    throw inputError(
      'CONFIG_REQUIRED',
      'provider: azure needs a config file.',
      'Set `config`, e.g. configs/reframe-pr.yml.',
    );
  }
  const reportDir = actionReportDir(context.run);
  // Loaded here: the post step builds this pipeline for its clean-up, which needs ARM only.
  const { runCloudBenchmark } = await import('../pipeline/azure/cloud-run.js');
  const result = await runCloudBenchmark(
    {
      configPath: workspacePath('config', settings.configPath),
      overrides: {
        ...(settings.levels ? { levels: settings.levels } : {}),
        ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
      },
      loadOptions: productLookup(settings),
      ...(settings.image !== undefined && { image: settings.image }),
      ...(settings.baselineImage !== undefined && { baselineImage: settings.baselineImage }),
      given: givenFromInputs(settings),
      run: () => context.run,
      runUrl: context.run.runUrl,
      cleanup: 'deferred',
      reportDir,
      overwrite: true,
    },
    {
      createCredential: options.createCredential ?? oidcCredential,
      ...(options.createArmContext && {
        createArmContext: ({ subscriptionId }: { subscriptionId: string }) =>
          options.createArmContext!(subscriptionId, settings),
      }),
      ...(options.createBlob && { createBlob: options.createBlob }),
      ...(options.resolveImage && { resolveImage: options.resolveImage }),
      runnerBundlePath: options.runnerBundlePath ?? (await actionRunnerBundle()),
      // Names only: the post step deletes this group even if the main step dies from here on.
      recordState: (state) =>
        context.saveState({
          resourceGroup: state.resourceGroup,
          subscriptionId: state.subscriptionId,
        }),
      log: (line) => core.info(line),
      maskSecret: (value) => core.setSecret(value),
      signal: context.signal,
      ...(options.now && { now: options.now }),
      ...(options.runTiming && { runTiming: options.runTiming }),
    },
  );
  context.saveState({ reportDir });
  return result;
}

/** Builds the Azure pipeline: `run` on Azure VMs, `cleanUp` for the post step, `janitor`. */
export function createAzureActionPipeline(
  options: AzureActionPipelineOptions = {},
): ActionPipeline {
  const armContext = options.createArmContext ?? defaultArmContext;
  const waitMs = options.deleteWaitMs ?? DELETE_WAIT_MS;
  return {
    run(settings, context) {
      return runOnAzure(settings, context, options);
    },

    async plan(settings, { run }): Promise<PlanResult> {
      if (settings.configPath === undefined) {
        throw inputError('CONFIG_REQUIRED', 'mode: plan needs a config file.', 'Set `config`.');
      }
      const { describeCloudPlan } = await import('../pipeline/azure/cloud-plan.js');
      const described = await describeCloudPlan({
        configPath: workspacePath('config', settings.configPath),
        overrides: {
          ...(settings.levels ? { levels: settings.levels } : {}),
          ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
        },
        loadOptions: productLookup(settings),
        ...(settings.image !== undefined && { image: settings.image }),
        ...(settings.baselineImage !== undefined && { baselineImage: settings.baselineImage }),
        given: givenFromInputs(settings),
        run: () => run,
        runUrl: run.runUrl,
        now: (options.now ?? (() => new Date()))(),
      });
      const notes = described.notes.map((note) => `> [!NOTE]\n> ${note}\n`).join('\n');
      return {
        summaryMarkdown: `### Azure plan (nothing was created)\n\n${notes}\n\`\`\`text\n${described.text}\n\`\`\`\n`,
      };
    },

    async preflight(settings): Promise<PreflightResult> {
      const [{ runPreflightRequest }, { renderPreflightChecklist }] = await Promise.all([
        import('../pipeline/azure/preflight.js'),
        import('../core/azure/preflight-model.js'),
      ]);
      const report = await runPreflightRequest(
        {
          ...(settings.configPath !== undefined && {
            configPath: workspacePath('config', settings.configPath),
          }),
          loadOptions: productLookup(settings),
          ...(settings.image !== undefined && { image: settings.image }),
          given: givenFromInputs(settings),
        },
        {
          createCredential: options.createCredential ?? oidcCredential,
          ...(options.createArmContext && {
            createArmContext: ({ subscriptionId }: { subscriptionId: string }) =>
              options.createArmContext!(subscriptionId, settings),
          }),
          ...(options.createBlob && { createBlob: options.createBlob }),
          ...(options.resolveImage && { resolveImage: options.resolveImage }),
          log: (line) => core.info(line),
        },
      );
      return { ok: report.ok, checklist: renderPreflightChecklist(report) };
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
          core.warning(errorDetails(error));
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
