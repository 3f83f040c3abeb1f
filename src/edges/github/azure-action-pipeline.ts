/**
 * `provider: azure` as the action steps run it. The main step's `run` loads the config, builds
 * the Azure settings from the inputs (every missing or unusable one reported at once, before any
 * Azure call), signs in with GitHub OIDC (a fresh token on every token request), and hands the
 * plan to `runAzureBenchmark` with deferred clean-up: the group's name goes to action state
 * before anything is created, and the post step deletes the group. The report directory
 * (report.html included) is written under `RUNNER_TEMP`. The post step's `cleanUp` deletes the
 * group named in state (or found by the run's tag when state was lost); `janitor` sweeps expired
 * groups. A baseline image is not run on Azure yet: the summary says so and the verdict judges
 * the candidate alone (thresholds, target failure, interruption).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import {
  validateAzureSettings,
  withAzureDefaults,
  type AzureSettings,
} from '../../core/azure/azure-settings.js';
import { formatBenchRunId, runTagNames } from '../../core/azure/run-names.js';
import type { BenchPlan } from '../../core/config/plan.js';
import { BenchError, inputError } from '../../core/errors.js';
import type { ThresholdResult } from '../../core/report/comparison-model.js';
import { renderHtmlReport } from '../../core/report/html.js';
import { renderMarkdownReport } from '../../core/report/markdown.js';
import { hasThresholdFailure } from '../../core/stats/thresholds.js';
import {
  createAzureBlobDeps,
  findRunnerBundle,
  type AzureBlobDeps,
  type AzureBlobInput,
} from '../../pipeline/azure-deps.js';
import {
  imageTargetOf,
  qualifyProductImage,
  runAzureBenchmark,
  type AzureRunOptions,
} from '../../pipeline/run-azure.js';
import { createArmContext, type ArmContext } from '../azure/arm-context.js';
import { deleteRunGroup, findRunGroups } from '../azure/cleanup.js';
import { azureOidcAudience, createAzureCredential } from '../azure/credentials.js';
import { runJanitor } from '../azure/janitor.js';
import { loadPlan } from '../files/load-plan.js';
import { writeReportDir } from '../files/write-report-dir.js';
import type {
  ActionPipeline,
  CleanUpResult,
  PipelineResult,
  PipelineRunContext,
  RegressionFinding,
} from './action-pipeline.js';
import { Inputs, type Verdict } from './constants.js';
import type { ActionSettings } from './input-helper.js';

/** How long the post step follows one deletion before calling it pending (Azure carries on). */
export const DELETE_WAIT_MS = 150_000;

/** Options of `createAzureActionPipeline`; every default talks to the public cloud. */
export interface AzureActionPipelineOptions {
  /** Builds the ARM clients (default: OIDC credential, public cloud); tests pass a fake's. */
  createArmContext?: (subscriptionId: string, settings: ActionSettings) => ArmContext;
  /** Credential for Blob and ACR in `run` (default: OIDC federated credential). */
  createCredential?: (settings: AzureSettings) => TokenCredential;
  /** Blob exchange and sample store (default: `https://<account>.blob.core.windows.net`); tests use Azurite. */
  createBlob?: (input: AzureBlobInput) => AzureBlobDeps;
  /** Pins the product image to its digest (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Runner bundle uploaded to the load VMs (default: `dist/runner/index.js` next to this bundle). */
  runnerBundlePath?: string;
  /** Timing of the cloud run (tests shorten the start delay and the result polls). */
  runTiming?: Pick<
    AzureRunOptions,
    'readySeconds' | 'startDelayMs' | 'resultsPollMs' | 'heartbeatStaleMs'
  >;
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
      'Set the three azure-* inputs, usually from repository variables.',
    );
  }
  const credential = oidcCredential(settings.azure);
  return createArmContext({ credential, subscriptionId, log: (line) => core.info(line) });
}

/**
 * The runner bundle shipped with the action: `dist/main/index.js` → `dist/runner/index.js`.
 * Outside the bundle (a TypeScript entry), the package's `dist/runner/index.js` as the CLI finds it.
 */
function actionRunnerBundle(): string {
  const sibling = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    'runner',
    'index.js',
  );
  return existsSync(sibling) ? sibling : findRunnerBundle();
}

/** Which input names each required Azure setting, for messages. */
const requiredInputs = {
  acrName: Inputs.acrName,
  storageAccount: Inputs.storageAccount,
  storageContainer: Inputs.storageContainer,
  vmIdentityResourceId: Inputs.azureVmIdentity,
} as const;

/** Input name of a `validateAzureSettings` field, for messages that match the workflow. */
function inputOfField(field: string): string {
  const names: Record<string, string> = {
    'tenant-id': Inputs.azureTenantId,
    'client-id': Inputs.azureClientId,
    'subscription-id': Inputs.azureSubscriptionId,
    'vm-identity': Inputs.azureVmIdentity,
  };
  return names[field] ?? field;
}

/**
 * The Azure settings of a run from the inputs and the config, or one `AZURE_SETTINGS_INVALID`
 * error listing every missing or unusable input. Nothing has reached Azure when it throws.
 */
export function azureSettingsFromInputs(settings: ActionSettings, plan: BenchPlan): AzureSettings {
  const problems: string[] = [];
  const idInputs: string[] = [
    Inputs.azureTenantId,
    Inputs.azureClientId,
    Inputs.azureSubscriptionId,
  ];
  if (!settings.azure) {
    for (const name of idInputs) {
      problems.push(`${name}: missing (all three Azure ids are needed for a run)`);
    }
  }
  const given = {
    acrName: settings.acrName,
    storageAccount: settings.storage?.account,
    storageContainer: settings.storage?.container,
    vmIdentityResourceId: settings.vmIdentityResourceId,
  };
  const missing = new Set<string>();
  for (const key of Object.keys(requiredInputs) as (keyof typeof requiredInputs)[]) {
    if (given[key] === undefined || given[key] === '') {
      missing.add(requiredInputs[key]);
      problems.push(`${requiredInputs[key]}: missing`);
    }
  }
  const built = withAzureDefaults({
    tenantId: settings.azure?.tenantId ?? '',
    clientId: settings.azure?.clientId ?? '',
    subscriptionId: settings.azure?.subscriptionId ?? '',
    acrName: given.acrName ?? '',
    storageAccount: given.storageAccount ?? '',
    storageContainer: given.storageContainer ?? '',
    vmIdentityResourceId: given.vmIdentityResourceId ?? '',
    vmSizes: settings.vmSizes.length > 0 ? settings.vmSizes : plan.cloud.vmSizes,
    regions: settings.regions.length > 0 ? settings.regions : plan.cloud.regions,
    // The input's default is 1: only a value other than the default overrides the config.
    loadAgents: settings.loadAgents !== 1 ? settings.loadAgents : plan.cloud.loadAgents,
    ...(settings.runnerImage !== undefined && { runnerImage: settings.runnerImage }),
  });
  for (const p of validateAzureSettings(built)) {
    const input = inputOfField(p.field);
    // A missing value was already named; its empty stand-in would only repeat it.
    const missingId = !settings.azure && idInputs.includes(input);
    if (missing.has(input) || missingId) continue;
    problems.push(`${input}: got ${p.shown}, expected ${p.expected}`);
  }
  if (problems.length > 0) {
    throw inputError(
      'AZURE_SETTINGS_INVALID',
      `A run with provider: azure cannot start:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      "Set every input listed in the step's `with:` block (see docs/action.md, Azure runs). Nothing was sent to Azure.",
    );
  }
  return built;
}

/** Failed thresholds as the regressions the outputs and the PR comment list. */
function thresholdRegressions(results: readonly ThresholdResult[]): RegressionFinding[] {
  return results
    .filter((r) => r.status === 'fail')
    .map((r) => ({
      scenario: r.scenario,
      level: r.level,
      metric: r.metric,
      reason: `${r.threshold}: ${r.message}`,
      ...(r.observed !== null && { candidate: r.observed }),
    }));
}

/** Threshold outcomes as a list for the summary (the run's own Markdown does not show them). */
function thresholdLines(results: readonly ThresholdResult[]): string {
  if (results.length === 0) return '';
  const lines = results.map(
    (r) => `- **${r.status}** \`${r.threshold}\` ${r.scenario} @ ${r.level}: ${r.message}`,
  );
  return `\n**Thresholds:**\n\n${lines.join('\n')}\n`;
}

/** Runs the benchmark on Azure for the main step. */
async function runOnAzure(
  settings: ActionSettings,
  context: PipelineRunContext,
  options: AzureActionPipelineOptions,
): Promise<PipelineResult> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  if (settings.configPath === undefined) {
    throw inputError(
      'CONFIG_REQUIRED',
      'provider: azure needs a config file.',
      'Set `config`, e.g. configs/reframe-pr.yml.',
    );
  }
  const loaded = await loadPlan(path.resolve(cwd, settings.configPath), {
    ...(settings.levels ? { levels: settings.levels } : {}),
    ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
    provider: 'azure',
  });
  const azure = azureSettingsFromInputs(settings, loaded);
  const target = imageTargetOf(loaded);
  // The `image` input replaces the product's image; a bare name comes from the run's registry.
  const plan: BenchPlan =
    settings.image === undefined
      ? loaded
      : {
          ...loaded,
          target: { ...target, image: qualifyProductImage(settings.image, azure.acrName) },
        };
  const runnerBundlePath = options.runnerBundlePath ?? actionRunnerBundle();

  const log = (line: string) => core.info(line);
  const maskSecret = (value: string) => core.setSecret(value);
  const credential = (options.createCredential ?? oidcCredential)(azure);
  const arm = options.createArmContext
    ? options.createArmContext(azure.subscriptionId, settings)
    : createArmContext({ credential, subscriptionId: azure.subscriptionId, log });
  const blob = (options.createBlob ?? createAzureBlobDeps)({
    settings: azure,
    credential,
    maskSecret,
  });

  const result = await runAzureBenchmark(
    plan,
    azure,
    {
      arm,
      exchange: blob.exchange,
      samples: blob.samples,
      credential,
      runnerBundlePath,
      // Names only: the post step deletes this group even if the main step dies from here on.
      recordState: (state) =>
        context.saveState({
          resourceGroup: state.resourceGroup,
          subscriptionId: state.subscriptionId,
        }),
      log,
      maskSecret,
      signal: context.signal,
      ...(options.now && { now: options.now }),
      ...(options.resolveImage && { resolveImage: options.resolveImage }),
    },
    {
      run: {
        repository: context.run.repository,
        runId: context.run.runId,
        runAttempt: context.run.runAttempt,
        job: context.run.job,
      },
      runUrl: context.run.runUrl,
      cleanup: 'deferred',
      cwd: plan.configPath ? path.dirname(plan.configPath) : cwd,
      ...options.runTiming,
    },
  );

  const { report } = result;
  const thresholds = report.thresholds ?? [];
  const runDir = `bench-${context.run.runId}-${context.run.runAttempt}-${context.run.job}`;
  const reportDir = path.join(process.env.RUNNER_TEMP ?? path.join(cwd, 'reports'), runDir);
  await writeReportDir(reportDir, report, result.hlogs, {
    overwrite: true,
    extraFiles: [{ name: 'report.html', text: renderHtmlReport({ report, thresholds }) }],
  });
  context.saveState({ reportDir });

  const verdict: Verdict =
    report.outcome === 'interrupted'
      ? 'interrupted'
      : report.outcome === 'target-failure'
        ? 'target-failure'
        : hasThresholdFailure(thresholds)
          ? 'threshold-failed'
          : 'pass';
  const baselineAsked =
    settings.baselineImage ??
    (plan.baseline?.kind === 'image'
      ? plan.baseline.image
      : plan.baseline
        ? "the config's baseline"
        : undefined);
  const baselineNote =
    baselineAsked === undefined
      ? ''
      : `\n> [!NOTE]\n> A baseline (${baselineAsked}) was asked for, but Azure runs measure the candidate image only for now: this verdict judges the candidate alone, with no comparison.\n`;
  return {
    reportDir,
    result: report,
    summaryMarkdown: `${renderMarkdownReport(report)}${thresholdLines(thresholds)}${baselineNote}`,
    verdict,
    regressions: thresholdRegressions(thresholds),
    resourceGroup: result.resourceGroup,
  };
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
