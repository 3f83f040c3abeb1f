/**
 * A cloud run as both front ends start it (`bench run --provider azure` and the action's main
 * step): load the plan, build the Azure settings from what the front end received (each with its
 * source, for messages), check the report directory, wire the credential, ARM and Blob, run the
 * preflight (a set-up that is not ready stops the run before its resource group exists), run the
 * benchmark on Azure, write the report directory and judge the result. The front ends only map
 * their flags or inputs to a `CloudRunRequest` and choose the clean-up mode.
 */
import { inputError } from '../../core/errors.js';
import path from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureSettings } from '../../core/azure/azure-settings.js';
import type { RunIdentity } from '../../core/azure/run-names.js';
import type { BenchPlan } from '../../core/config/plan.js';
import type { PlanOverrides } from '../../core/config/resolve-plan.js';
import { renderHtmlReport } from '../../core/report/html.js';
import { renderRunSummaryMarkdown } from '../../core/report/run-summary-markdown.js';
import { renderPreflightChecklist } from '../../core/azure/preflight-model.js';
import { createArmContext, type ArmContext } from '../../edges/azure/arm-context.js';
import { createAzurePreflightProbes } from '../../edges/azure/preflight-probes.js';
import { resolveImageDigest } from '../../edges/azure/resolve-image-digest.js';
import { loadPlan, type LoadPlanOptions } from '../../edges/files/load-plan.js';
import {
  prepareReportDir,
  writeReportDir,
  type ExtraReportFile,
} from '../../edges/files/write-report-dir.js';
import { renderComparisonCsv } from '../../core/report/comparison-csv.js';
import { renderJsonReport } from '../../core/report/json.js';
import { DEFAULT_COMPARE_PLAN } from '../run-comparison.js';
import { runOutcomeOf, type RunOutcome } from '../run-outcome.js';
import {
  createAzureBlobDeps,
  findRunnerBundle,
  type AzureBlobDeps,
  type AzureBlobInput,
} from './azure-deps.js';
import type { AzureRunState } from './azure-state.js';
import { assertPreflightPassed, runAzurePreflight } from './preflight.js';
import { resolveAzureSettings, type GivenAzureSettings } from './resolve-azure-settings.js';
import {
  imageTargetOf,
  qualifyProductImage,
  runAzureBenchmark,
  type AzureRunOptions,
  type AzureRunResult,
} from './run-azure.js';

/** What to run and where, as the front end received it. */
export interface CloudRunRequest {
  /** Config file, absolute. */
  configPath: string;
  /** Duration, warm-up and levels given on top of the config. */
  overrides: PlanOverrides;
  /** Where products are looked up. */
  loadOptions?: LoadPlanOptions;
  /** Replaces the product's image (a bare `repository:tag` comes from the run's registry). */
  image?: string;
  /**
   * Same-VM A/B: the baseline image (a bare `repository:tag` comes from the run's registry), run
   * beside the candidate with the product's port, environment and health check; replaces the
   * config's baseline.
   */
  baselineImage?: string;
  /** The Azure settings with their sources. */
  given: GivenAzureSettings;
  /** The run the resource group is named and tagged after, given the loaded plan. */
  run: (plan: BenchPlan) => RunIdentity;
  /** Value of the group's `run-url` tag. */
  runUrl: string;
  /** `inline`: delete the group before returning; `deferred`: the caller's post step does. */
  cleanup: 'inline' | 'deferred';
  /** Report directory, absolute. */
  reportDir: string;
  /** Replace an earlier report in `reportDir`. */
  overwrite?: boolean;
}

/** What the cloud run talks to; tests replace the defaults with the fakes. */
export interface CloudRunDeps {
  /** Credential for ARM, ACR and Blob, once the settings are known. */
  createCredential: (settings: AzureSettings) => TokenCredential;
  /** ARM clients (default: public cloud with the credential). */
  createArmContext?: (input: {
    credential: TokenCredential;
    subscriptionId: string;
    log: (line: string) => void;
  }) => ArmContext;
  /** Blob exchange and sample store (default: `https://<account>.blob.core.windows.net`). */
  createBlob?: (input: AzureBlobInput) => AzureBlobDeps;
  /** Pins the product image (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Runner bundle uploaded to the load VMs (default: this package's `dist/runner/index.js`). */
  runnerBundlePath?: string;
  /** Persists what was created before the first create call (state file, action state). */
  recordState: (state: AzureRunState) => void | Promise<void>;
  /** Progress lines. */
  log: (line: string) => void;
  /** Hides a secret (SAS URL) from every log. */
  maskSecret: (value: string) => void;
  /** Aborting stops the run and returns a partial report. */
  signal?: AbortSignal;
  /** Clock. */
  now?: () => Date;
  /** Timing overrides (tests shorten them). */
  runTiming?: Pick<
    AzureRunOptions,
    'readySeconds' | 'startDelayMs' | 'resultsPollMs' | 'heartbeatStaleMs' | 'deleteWaitMs'
  >;
}

/** A finished cloud run: the outcome to publish and what became of the resource group. */
export interface CloudRunResult extends RunOutcome {
  /** The run's resource group. */
  resourceGroup: string;
  /** The inline deletion's outcome, when there was one. */
  cleanup?: AzureRunResult['cleanup'];
  /** Why the inline deletion failed, when it did. */
  cleanupError?: string;
  /** The ARM clients the run used (a front end deletes the group with them after an abort). */
  arm: ArmContext;
}

/** The plan of a cloud run, with the `image` and `baselineImage` replacements applied. */
export function cloudPlanOf(
  plan: BenchPlan,
  image: string | undefined,
  acrName: string,
  baselineImage?: string,
): BenchPlan {
  const target = imageTargetOf(plan);
  const withImage =
    image === undefined
      ? plan
      : { ...plan, target: { ...target, image: qualifyProductImage(image, acrName) } };
  if (baselineImage === undefined) return withImage;
  return {
    ...withImage,
    baseline: { ...imageTargetOf(withImage), image: qualifyProductImage(baselineImage, acrName) },
    compare: withImage.compare ?? DEFAULT_COMPARE_PLAN,
  };
}

/** Runs a cloud benchmark from a request and returns its outcome (report directory written). */
export async function runCloudBenchmark(
  request: CloudRunRequest,
  deps: CloudRunDeps,
): Promise<CloudRunResult> {
  const loaded = await loadPlan(
    request.configPath,
    { ...request.overrides, provider: 'azure' },
    request.loadOptions,
  );
  if ((loaded.commands?.length ?? 0) > 0) {
    throw inputError(
      'COMMAND_SCENARIO_CLOUD_UNSUPPORTED',
      `Config "${loaded.name}" has command benchmarks (kind: command); they run on this machine only for now`,
    );
  }
  const { settings } = resolveAzureSettings(request.given, loaded, 'strict');
  const plan = cloudPlanOf(loaded, request.image, settings.acrName, request.baselineImage);
  // Before anything is created: a run must never pay for VMs and then fail to keep the result.
  await prepareReportDir(request.reportDir, { overwrite: request.overwrite ?? false });

  const credential = deps.createCredential(settings);
  const arm = (deps.createArmContext ?? createArmContext)({
    credential,
    subscriptionId: settings.subscriptionId,
    log: deps.log,
  });
  const blob = (deps.createBlob ?? createAzureBlobDeps)({
    settings,
    credential,
    maskSecret: deps.maskSecret,
  });
  // Looked up once: the preflight pins the image, the run reuses the digest.
  const pinned = new Map<string, Promise<string>>();
  const resolveImage = (image: string): Promise<string> => {
    let digest = pinned.get(image);
    if (!digest) {
      digest = deps.resolveImage
        ? deps.resolveImage(image)
        : resolveImageDigest(image, { credential, tenantId: settings.tenantId, log: deps.log });
      pinned.set(image, digest);
    }
    return digest;
  };
  // Before the resource group exists: a set-up that is not ready stops here, in seconds.
  deps.log('Checking the Azure set-up (preflight)');
  const preflight = await runAzurePreflight(
    { settings, image: qualifyProductImage(imageTargetOf(plan).image, settings.acrName) },
    createAzurePreflightProbes({
      arm,
      credential,
      resolveImage,
      ...(blob.probe && { blob: blob.probe }),
    }),
  );
  for (const line of renderPreflightChecklist(preflight).trimEnd().split('\n')) deps.log(line);
  assertPreflightPassed(preflight);

  const result = await runAzureBenchmark(
    plan,
    settings,
    {
      arm,
      exchange: blob.exchange,
      samples: blob.samples,
      credential,
      runnerBundlePath: deps.runnerBundlePath ?? findRunnerBundle(),
      recordState: deps.recordState,
      log: deps.log,
      maskSecret: deps.maskSecret,
      ...(deps.signal && { signal: deps.signal }),
      ...(deps.now && { now: deps.now }),
      resolveImage,
    },
    {
      run: request.run(plan),
      runUrl: request.runUrl,
      cleanup: request.cleanup,
      cwd: plan.configPath ? path.dirname(plan.configPath) : process.cwd(),
      ...deps.runTiming,
    },
  );

  const { report, baseline, comparison } = result;
  const summaryMarkdown = renderRunSummaryMarkdown(report);
  // A same-VM A/B writes what a local A/B writes: the baseline, the comparison and every round.
  const abFiles: ExtraReportFile[] = baseline
    ? [
        { name: 'baseline.json', text: renderJsonReport(baseline) },
        ...(comparison ? [{ name: 'comparison.csv', text: renderComparisonCsv(comparison) }] : []),
        ...(['baseline', 'candidate'] as const).flatMap((side) =>
          (result.rounds?.[side] ?? []).map((r, i) => ({
            name: `rounds/${side}-${i + 1}.json`,
            text: renderJsonReport(r),
          })),
        ),
      ]
    : [];
  await writeReportDir(request.reportDir, report, result.hlogs, {
    overwrite: true,
    summaryMarkdown,
    extraFiles: [
      {
        name: 'report.html',
        text: renderHtmlReport({
          report,
          thresholds: report.thresholds ?? [],
          ...(baseline && { baseline }),
          ...(comparison && { comparison }),
        }),
      },
      ...abFiles,
    ],
  });
  return {
    ...runOutcomeOf(report, request.reportDir, {
      resourceGroup: result.resourceGroup,
      summaryMarkdown,
    }),
    resourceGroup: result.resourceGroup,
    ...(result.cleanup && { cleanup: result.cleanup }),
    ...(result.cleanupError !== undefined && { cleanupError: result.cleanupError }),
    arm,
  };
}
