/**
 * A benchmark on Azure VMs, from plan to report, phase by phase: pin the product image to its
 * digest and describe the run (nothing created yet), provision the group and VMs (the group is
 * recorded before anything is created) and wait until the product is healthy, hand the plan to
 * the load VMs through Blob and run the agents from one start time (`run-agents.ts`), fetch the
 * product VM's per-second samples, and assemble the report from the merged levels
 * (`assemble-azure-report.ts`). The group is deleted at the end unless the caller's post step
 * does it. It talks to Azure only through the edge functions of `src/edges/azure/` and the
 * `RunExchange`/`ServerSampleStore` interfaces.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { AzureSettings } from '../../core/azure/azure-settings.js';
import { validateAzureSettings } from '../../core/azure/azure-settings.js';
import { buildAzureRunSpec, productFromImageTarget } from '../../core/azure/build-run-spec.js';
import { parseImageReference } from '../../core/azure/image-reference.js';
import { parseServerSamples } from '../../core/azure/parse-server-samples.js';
import { validateAzureRunSpec, type AzureRunSpec } from '../../core/azure/resource-specs.js';
import {
  allRunCommandNames,
  runCommandNames,
  type RunIdentity,
} from '../../core/azure/run-names.js';
import type { BenchPlan, ImageTargetPlan } from '../../core/config/plan.js';
import type { LevelMeasurement, ProcessSample } from '../../core/engine/measurement.js';
import { errorSummary, inputError } from '../../core/errors.js';
import type { CommandLogUrls, RunExchange, RunnerResults } from '../../core/remote/run-exchange.js';
import { estimatePlanDurationMs } from '../../core/remote/run-exchange.js';
import { buildRunReport } from '../../core/report/build-run-report.js';
import { renderHlogFiles, type HlogFile } from '../../core/report/hlog.js';
import type { LevelReport, RunReport } from '../../core/report/model.js';
import { newRunId } from '../../core/report/run-ids.js';
import { attachThresholds } from '../../core/stats/thresholds.js';
import type { ArmContext } from '../../edges/azure/arm-context.js';
import type { ServerSampleStore } from '../../edges/azure/blob-server-samples.js';
import { deleteRunGroup, type DeleteRunGroupResult } from '../../edges/azure/cleanup.js';
import { collectServerSamples } from '../../edges/azure/collect-server-samples.js';
import { provisionRun, type ProvisionedRun, type ProvisionedVm } from '../../edges/azure/fleet.js';
import { assertOsImageAvailable } from '../../edges/azure/os-image.js';
import { describeCommandLogs } from '../../edges/azure/run-command.js';
import { resolveImageDigest } from '../../edges/azure/resolve-image-digest.js';
import { generateThrowawaySshPublicKey } from '../../edges/azure/ssh-key.js';
import { collectEnvironment } from '../../edges/local/environment.js';
import { agentStartNotes, cloudEnvironment, mergeAgentLevels } from './assemble-azure-report.js';
import { AZURE_STATE_VERSION, type AzureRunState } from './azure-state.js';
import { waitUntilReady } from './readiness.js';
import { readQuietly, runAgentsAndWatch } from './run-agents.js';

/** What `runAzureBenchmark` talks to. */
export interface AzureRunDeps {
  /** ARM clients of the subscription. */
  arm: ArmContext;
  /** Blob exchange with the load VMs (plan down, results up). */
  exchange: RunExchange;
  /** Where the product VM's samples land and how to read them back. */
  samples: ServerSampleStore;
  /** Azure credential, used to pin the image tag to its digest in ACR. */
  credential: TokenCredential;
  /** Local path of the runner bundle (`dist/runner/index.js`). */
  runnerBundlePath: string;
  /** Persists what was created (state file, action state) before the first create call. */
  recordState: (state: AzureRunState) => void | Promise<void>;
  /** Progress lines. */
  log: (line: string) => void;
  /** Hides a secret (SAS URL) from every log (the action: `core.setSecret`). */
  maskSecret: (value: string) => void;
  /** Aborting stops waiting, asks the runners to stop and returns a partial report. */
  signal?: AbortSignal;
  /** Clock for tags, run id and the common start time. */
  now?: () => Date;
  /** Pins the product image; default `resolveImageDigest` against `https://<registry>`. */
  resolveImage?: (image: string) => Promise<string>;
  /** Throwaway SSH public key; default a fresh RSA key. */
  sshPublicKey?: () => string;
}

/** How the run is identified, timed and cleaned up. */
export interface AzureRunOptions {
  /** The workflow run (or a CLI stand-in) the group is named and tagged after. */
  run: RunIdentity;
  /** Value of the `run-url` tag. */
  runUrl: string;
  /** `inline`: delete the group before returning; `deferred`: the caller's post step deletes it. */
  cleanup: 'inline' | 'deferred';
  /** Directory whose git commit the report names (the config's directory). */
  cwd: string;
  /** Storage account of the exchange, recorded in state (names only). */
  storageAccount?: string;
  /** How long an inline deletion is followed before it is reported pending (default 150 s). */
  deleteWaitMs?: number;
  /** How long each VM may take to become ready (default 900 s). */
  readySeconds?: number;
  /** Delay between starting the runner commands and the common first level (default 60 s). */
  startDelayMs?: number;
  /** Interval of progress reads from Blob while the runners work (default 15 s). */
  resultsPollMs?: number;
  /** A running agent whose heartbeat is older than this is taken for dead (default 90 s). */
  heartbeatStaleMs?: number;
}

/** What a cloud run produced. */
export interface AzureRunResult {
  /** The run report (partial when aborted). */
  report: RunReport;
  /** Its levels, agents merged. */
  levels: LevelReport[];
  /** Merged measurements, one per scenario × level measured. */
  measurements: LevelMeasurement[];
  /** One `.hlog` per level, from the merged histograms. */
  hlogs: HlogFile[];
  /** The run's resource group. */
  resourceGroup: string;
  /** The product VM, once created. */
  productVm?: ProvisionedVm;
  /** The load VMs, once created. */
  loadVms: ProvisionedVm[];
  /** Outcome of the inline deletion; absent when deferred, aborted, or it failed (see `cleanupError`). */
  cleanup?: DeleteRunGroupResult;
  /** Why the inline deletion failed, when it did. */
  cleanupError?: string;
}

const DEFAULTS = {
  deleteWaitMs: 150_000,
  readySeconds: 900,
  startDelayMs: 60_000,
  resultsPollMs: 15_000,
  heartbeatStaleMs: 90_000,
  samplesTimeoutSeconds: 300,
  /** Room on top of the plan's duration before Azure stops a runner. */
  runnerMarginSeconds: 900,
} as const;

/**
 * The image as the VM pulls it: a bare `repository:tag` is taken from the run's registry. A
 * reference that names a registry already is kept as it is, even when it is not valid (say, an
 * upper-case repository): prefixing it again gave `myacr.azurecr.io/myacr.azurecr.io/…` in
 * every later message, and the digest lookup reports what is wrong with it.
 */
export function qualifyProductImage(image: string, acrName: string): string {
  if (parseImageReference(image) || namesRegistry(image)) return image;
  return `${acrName.toLowerCase()}.azurecr.io/${image.replace(/^\/+/, '')}`;
}

/** Whether the first part of `image` is a registry host (a dot, a port, or `localhost`). */
function namesRegistry(image: string): boolean {
  const slash = image.indexOf('/');
  if (slash <= 0) return false;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first.toLowerCase() === 'localhost';
}

/** The image target of a plan, or an input error saying why a cloud run needs one. */
export function imageTargetOf(plan: BenchPlan): ImageTargetPlan {
  if (plan.target.kind !== 'image') {
    throw inputError(
      'AZURE_TARGET_NOT_IMAGE',
      `A cloud run deploys a container image, but the config's target is a ${plan.target.kind} target.`,
      'Use a product with `image:` in its product.yml (e.g. target: { product: reframe }), or run it locally.',
    );
  }
  return plan.target;
}

/** Throws one input error listing every unsafe setting (nothing has reached Azure yet). */
export function assertAzureSettingsValid(settings: AzureSettings): void {
  const problems = validateAzureSettings(settings);
  if (problems.length === 0) return;
  throw inputError(
    'AZURE_SETTINGS_INVALID',
    `Azure settings are not usable:\n${problems.map((p) => `- ${p.field}: got ${p.shown}, expected ${p.expected}`).join('\n')}`,
    'Fix every setting listed (flags or environment variables; see docs/azure.md, Settings).',
  );
}

/** Builds the run spec for a plan with its image already pinned; throws when a value is unsafe. */
export function buildSpecForPlan(input: {
  plan: BenchPlan;
  settings: AzureSettings;
  run: RunIdentity;
  runUrl: string;
  now: Date;
  pinnedImage: string;
  sshPublicKey: string;
}): AzureRunSpec {
  const target = imageTargetOf(input.plan);
  return buildAzureRunSpec({
    settings: input.settings,
    run: input.run,
    runUrl: input.runUrl,
    now: input.now,
    product: productFromImageTarget({ ...target, image: input.pinnedImage }),
    sshPublicKey: input.sshPublicKey,
  });
}

/** Runs the plan on Azure VMs and returns its report; see `AzureRunOptions.cleanup`. */
export async function runAzureBenchmark(
  plan: BenchPlan,
  settings: AzureSettings,
  deps: AzureRunDeps,
  options: AzureRunOptions,
): Promise<AzureRunResult> {
  const now = deps.now ?? (() => new Date());
  const { log, signal } = deps;
  const timing = { ...DEFAULTS, ...definedOnly(options) };
  const environmentPromise = collectEnvironment({ cwd: options.cwd });

  // Phase 1: everything that can be checked or looked up without creating anything.
  const prepared = await prepareRun(plan, settings, deps, options, now);
  const { spec, state, prefix } = prepared;
  const group = spec.groupName;

  let provisioned: ProvisionedRun | undefined;
  let results: RunnerResults | undefined;
  let serverSamples: ProcessSample[] = [];
  const notes: string[] = [];
  let uploaded = false;
  /** The common start time the agents were given, once they were started. */
  let startAt: number | undefined;
  let cleanup: DeleteRunGroupResult | undefined;
  let cleanupError: string | undefined;

  try {
    // Ctrl-C while the digest was looked up: nothing was created yet.
    if (signal?.aborted) throw signal.reason;
    // Phase 2: provision and wait until the product is healthy.
    provisioned = await provisionRun(deps.arm, spec, {
      recordState: () => deps.recordState(state),
      ...(signal && { signal }),
    });
    notes.push(...provisioned.warnings);
    await waitUntilReady(deps.arm, provisioned, timing.readySeconds, prepared.commandLogs);

    // Phase 3: the load agents, from one start time.
    const urls = await deps.exchange.uploadRunnerInputs({
      prefix,
      plan,
      runnerBundlePath: deps.runnerBundlePath,
    });
    uploaded = true;
    const samplesUrl = deps.samples.samplesUrl(urls.resultsUrl);
    for (const secret of [urls.planUrl, urls.bundleUrl, urls.resultsUrl, samplesUrl]) {
      deps.maskSecret(secret);
    }
    const targetUrl = `http://${provisioned.productVm.privateIp}:${prepared.target.port}`;
    startAt = now().getTime() + timing.startDelayMs;
    const agentCount = provisioned.loadVms.length;
    log(
      `Starting ${agentCount} runner(s) against ${targetUrl}; first level at ${new Date(startAt).toISOString()}`,
    );
    results = await runAgentsAndWatch({
      deps,
      provisioned,
      prefix,
      timing,
      bundleUrl: urls.bundleUrl,
      runnerTimeoutSeconds: Math.ceil(
        (estimatePlanDurationMs(plan) + timing.startDelayMs) / 1000 + DEFAULTS.runnerMarginSeconds,
      ),
      logs: (index) => prepared.commandLogs[runCommandNames.runner(index)],
      agent: (index) => ({
        ...commandLogUris(prepared.commandLogs[runCommandNames.runner(index)]),
        parameters: {
          BENCH_TARGET_URL: targetUrl,
          BENCH_AGENT_INDEX: String(index),
          BENCH_AGENT_COUNT: String(agentCount),
          BENCH_START_AT: String(startAt),
        },
        protectedParameters: { BENCH_PLAN_URL: urls.planUrl, BENCH_RESULTS_URL: urls.resultsUrl },
      }),
    });

    // Phase 4: the product VM's samples (their absence costs server CPU, not the measurements).
    serverSamples = await readServerSamples(deps, provisioned, {
      samplesUrl,
      prefix,
      notes,
      logs: prepared.commandLogs[runCommandNames.samplesUpload],
    });
  } catch (error) {
    if (!signal?.aborted) throw error;
    log(`Stopped: ${errorSummary(signal.reason)}`);
    if (uploaded) {
      results = await readQuietly(deps.exchange, prefix, provisioned?.loadVms.length ?? 0, log);
    }
  } finally {
    if (options.cleanup === 'inline' && !signal?.aborted) {
      try {
        if (uploaded) await deps.exchange.deleteRunFiles(prefix).catch(() => 0);
        cleanup = await deleteRunGroup(deps.arm, group, { waitMs: timing.deleteWaitMs });
        await deps.recordState({ ...state, cleanup: cleanup.deleted ? 'deleted' : 'pending' });
      } catch (error) {
        // Reported, never thrown over the run's own outcome; the janitor is the backstop.
        cleanupError = errorSummary(error);
        log(`Warning: clean-up of ${group} failed: ${cleanupError}`);
      }
    }
  }

  // Phase 5: the report.
  const interrupted = signal?.aborted === true;
  const productVm = provisioned?.productVm;
  const loadVms = provisioned?.loadVms ?? [];
  const { levels, measurements } = mergeAgentLevels({
    plan,
    results,
    agentCount: loadVms.length,
    serverSamples,
    notes,
  });
  if (startAt !== undefined) notes.push(...agentStartNotes(results, startAt));
  if (plan.baseline) {
    // Said in the report so a single-image result is never read as an A/B verdict.
    notes.push(
      'The config names a baseline, but this cloud run measured the candidate image only (A/B rounds on Azure are not implemented yet).',
    );
  }
  if (interrupted) {
    notes.push(`Resource group ${group} is left for the caller to delete.`);
  }
  if (cleanup?.pending) {
    notes.push(`Resource group ${group} was still being deleted when the report was written.`);
  }
  if (cleanupError !== undefined) notes.push(`Clean-up of ${group} failed: ${cleanupError}`);
  const loadSizes = [...new Set(loadVms.map((vm) => vm.size))];
  if (productVm && loadSizes.some((size) => size !== productVm.size)) {
    notes.push(`Load VMs ran as ${loadSizes.join(', ')}; the product VM as ${productVm.size}.`);
  }

  const environment = cloudEnvironment(await environmentPromise, productVm, loadVms, settings);
  const report = attachThresholds(
    plan,
    buildRunReport({
      id: prepared.id,
      plan,
      startedAt: prepared.startedAt,
      finishedAt: now(),
      levels,
      environment,
      target: {
        kind: 'image',
        url: productVm ? `http://${productVm.privateIp}:${prepared.target.port}` : '',
        ...(prepared.target.product !== undefined && { product: prepared.target.product }),
        image: prepared.pinnedImage,
        ...(prepared.imageDigest !== undefined && { imageDigest: prepared.imageDigest }),
      },
      interrupted,
      notes,
    }),
  );
  return {
    report,
    levels,
    measurements,
    hlogs: renderHlogFiles(measurements, environment.toolVersion),
    resourceGroup: group,
    ...(productVm && { productVm }),
    loadVms,
    ...(cleanup && { cleanup }),
    ...(cleanupError !== undefined && { cleanupError }),
  };
}

/** What phase 1 settles before anything is created. */
interface PreparedRun {
  /** Run id. */
  id: string;
  /** When the run started. */
  startedAt: Date;
  /** The plan's image target. */
  target: ImageTargetPlan;
  /** The product image pinned by digest. */
  pinnedImage: string;
  /** Its digest, when the reference names one. */
  imageDigest?: string;
  /** Every resource and request of the run. */
  spec: AzureRunSpec;
  /** What the post step or janitor needs to delete it all. */
  state: AzureRunState;
  /** Blob prefix of the run's exchange. */
  prefix: string;
  /** Append blobs of each run command, by name. */
  commandLogs: Record<string, CommandLogUrls>;
}

/**
 * Phase 1: checks the settings, pins the image, describes the run, checks that the pinned OS
 * image exists in every region and obtains the key that signs the run's SAS URLs; creates nothing.
 */
async function prepareRun(
  plan: BenchPlan,
  settings: AzureSettings,
  deps: AzureRunDeps,
  options: AzureRunOptions,
  now: () => Date,
): Promise<PreparedRun> {
  // Everything that can be checked without Azure is checked first, all problems at once.
  assertAzureSettingsValid(settings);
  const target = imageTargetOf(plan);
  const image = qualifyProductImage(target.image, settings.acrName);
  const startedAt = now();
  const id = newRunId(startedAt);

  deps.log(`Pinning ${image} to its digest`);
  const pinnedImage = await (deps.resolveImage
    ? deps.resolveImage(image)
    : resolveImageDigest(image, {
        credential: deps.credential,
        tenantId: settings.tenantId,
        log: deps.log,
      }));
  const imageDigest = /@(sha256:[a-f0-9]{64})$/.exec(pinnedImage)?.[1];
  deps.log(`Product image: ${pinnedImage}`);

  const spec = buildSpecForPlan({
    plan,
    settings,
    run: options.run,
    runUrl: options.runUrl,
    now: startedAt,
    pinnedImage,
    sshPublicKey: (deps.sshPublicKey ?? generateThrowawaySshPublicKey)(),
  });
  const specProblems = validateAzureRunSpec(spec);
  if (specProblems.length > 0) {
    throw inputError(
      'AZURE_RUN_SPEC_INVALID',
      `The run cannot be described safely:\n${specProblems.map((p) => `- ${p.field}: got ${p.shown}, expected ${p.expected}`).join('\n')}`,
      'Fix the values listed (config, product.yml or Azure settings).',
    );
  }
  // Looked up before anything is created: a missing image or Blob role would otherwise show only
  // once the group and VMs exist (VM create refused, SAS signing refused with the VMs up).
  deps.log(`Checking the Ubuntu image in ${spec.regions.join(', ')} and the Blob key delegation`);
  await assertOsImageAvailable(deps.arm, spec.regions);
  await deps.exchange.prepareSigning(plan);
  const prefix = `${spec.groupName}/${id}`;
  // Every run command streams its output and errors to append blobs, linked when a step fails.
  const commandLogs = await deps.exchange.createCommandLogs(
    prefix,
    plan,
    allRunCommandNames(spec.loadAgents),
  );
  for (const logs of Object.values(commandLogs)) {
    deps.maskSecret(logs.outputBlobUri);
    deps.maskSecret(logs.errorBlobUri);
  }
  return {
    commandLogs,
    id,
    startedAt,
    target,
    pinnedImage,
    ...(imageDigest !== undefined && { imageDigest }),
    spec,
    prefix,
    state: {
      stateVersion: AZURE_STATE_VERSION,
      subscriptionId: settings.subscriptionId,
      resourceGroup: spec.groupName,
      recordedAt: startedAt.toISOString(),
      exchange: {
        storageAccount: options.storageAccount ?? settings.storageAccount,
        container: settings.storageContainer,
        prefix,
      },
    },
  };
}

/** Phase 4: the product VM's samples; a failure is a note, never an exception. */
async function readServerSamples(
  deps: AzureRunDeps,
  provisioned: ProvisionedRun,
  input: { samplesUrl: string; prefix: string; notes: string[]; logs?: CommandLogUrls },
): Promise<ProcessSample[]> {
  try {
    await collectServerSamples(deps.arm, provisioned, {
      samplesUrl: input.samplesUrl,
      timeoutSeconds: DEFAULTS.samplesTimeoutSeconds,
      ...(input.logs && { logs: input.logs }),
    });
    const parsed = parseServerSamples((await deps.samples.readSamples(input.prefix)) ?? '');
    if (parsed.samples.length === 0) {
      input.notes.push('The product VM uploaded no usable server samples: server CPU is missing.');
    }
    return parsed.samples;
  } catch (error) {
    input.notes.push(
      `Server samples could not be collected: ${errorSummary(error)}${input.logs ? ` ${describeCommandLogs(input.logs)}` : ''}`,
    );
    deps.log(`Warning: server samples could not be collected: ${errorSummary(error)}`);
    return [];
  }
}

/** A run command's `outputBlobUri`/`errorBlobUri`, when its logs were signed. */
function commandLogUris(logs: CommandLogUrls | undefined): {
  outputBlobUri?: string;
  errorBlobUri?: string;
} {
  return logs ? { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri } : {};
}

/** Keeps only the options that were given, so defaults fill the rest. */
function definedOnly(options: AzureRunOptions): Partial<typeof DEFAULTS> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(DEFAULTS)) {
    const value = (options as unknown as Record<string, unknown>)[key];
    if (typeof value === 'number') out[key] = value;
  }
  return out;
}
