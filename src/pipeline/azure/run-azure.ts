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
import { azureCoreSplit, planAzureAb, type AzureAbLayout } from '../../core/azure/plan-azure-ab.js';
import {
  validateAzureRunSpec,
  type AzureBaselineSpec,
  type AzureRunSpec,
} from '../../core/azure/resource-specs.js';
import { describeVmSize } from '../../core/azure/vm-sizes.js';
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
import type { Comparison } from '../../core/report/comparison-model.js';
import { createAbSequence } from '../../core/stats/ab-sequence.js';
import { drawScheduleSeed, listAbSteps } from '../../core/stats/ab-schedule.js';
import { selectMedianRound } from '../../core/stats/select-median-round.js';
import { DEFAULT_COMPARE_PLAN } from '../run-comparison.js';
import { runAzureAbRounds, sideLevels, type AzureAbRound } from './run-azure-ab.js';
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
  /** Same-VM A/B: the baseline's median round (`baseline.json`). */
  baseline?: RunReport;
  /** Same-VM A/B: the paired verdicts, with the schedule, the core split and the stopping. */
  comparison?: Comparison;
  /** Same-VM A/B: every round of each side, in the order they ran. */
  rounds?: { baseline: RunReport[]; candidate: RunReport[] };
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
  /** Same-VM A/B: the baseline container (image pinned by digest). */
  baseline?: AzureBaselineSpec;
}): AzureRunSpec {
  const target = imageTargetOf(input.plan);
  const spec = buildAzureRunSpec({
    settings: input.settings,
    run: input.run,
    runUrl: input.runUrl,
    now: input.now,
    product: productFromImageTarget({ ...target, image: input.pinnedImage }),
    sshPublicKey: input.sshPublicKey,
  });
  return input.baseline ? { ...spec, baseline: input.baseline } : spec;
}

/** The baseline image target of a plan's A/B, or an input error saying why Azure needs one. */
export function baselineImageOf(plan: BenchPlan): ImageTargetPlan | undefined {
  if (!plan.baseline) return undefined;
  if (plan.baseline.kind !== 'image') {
    throw inputError(
      'AZURE_BASELINE_NOT_IMAGE',
      `A same-VM A/B on Azure runs two container images, but the config's baseline is a ${plan.baseline.kind} target.`,
      'Give `baseline-image` (action), or a config `baseline:` that names an image or a product with one.',
    );
  }
  return plan.baseline;
}

/** The A/B layout of a plan on the given sizes (before anything is created), if it has a baseline. */
export function abLayoutOf(plan: BenchPlan, vmSizes: readonly string[]): AzureAbLayout | undefined {
  if (!baselineImageOf(plan)) return undefined;
  return planAzureAb({
    compare: plan.compare ?? DEFAULT_COMPARE_PLAN,
    vmSizes,
    productPort: imageTargetOf(plan).port,
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
  let baselineSamples: ProcessSample[] = [];
  /** The A/B sequence and its rounds, once the VMs are up (same-VM A/B only). */
  let abRun: StartedAbRun | undefined;
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
    if (prepared.ab) {
      const { ab } = prepared;
      abRun = startAbSequence(plan, prepared, provisioned.productVm.size);
      if (ab.layout.modeNote) log(ab.layout.modeNote);
      if (abRun.cores) log(abRun.cores.note);
      await runAzureAbRounds({
        deps,
        plan,
        sequence: abRun.sequence,
        mode: ab.layout.mode,
        provisioned,
        prefix,
        timing,
        runnerMarginSeconds: DEFAULTS.runnerMarginSeconds,
        urls: {
          candidate: targetUrl,
          baseline: `http://${provisioned.productVm.privateIp}:${ab.layout.baselinePort}`,
        },
        commandLogs: prepared.commandLogs,
        rounds: abRun.rounds,
      });
    } else {
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
          (estimatePlanDurationMs(plan) + timing.startDelayMs) / 1000 +
            DEFAULTS.runnerMarginSeconds,
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
    }

    // Phase 4: the product VM's samples (their absence costs server CPU, not the measurements).
    ({ product: serverSamples, baseline: baselineSamples } = await readServerSamples(
      deps,
      provisioned,
      {
        samplesUrl,
        prefix,
        notes,
        logs: prepared.commandLogs[runCommandNames.samplesUpload],
        baseline: prepared.ab !== undefined,
      },
    ));
  } catch (error) {
    if (!signal?.aborted) throw error;
    log(`Stopped: ${errorSummary(signal.reason)}`);
    if (abRun) {
      abRun.sequence.abort('interrupted', `interrupted during round ${abRun.rounds.length + 1}`);
    } else if (uploaded) {
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
  const environment = cloudEnvironment(await environmentPromise, productVm, loadVms, settings);
  const finishedAt = now();
  const candidateTarget = {
    kind: 'image' as const,
    url: productVm ? `http://${productVm.privateIp}:${prepared.target.port}` : '',
    ...(prepared.target.product !== undefined && { product: prepared.target.product }),
    image: prepared.pinnedImage,
    ...(prepared.imageDigest !== undefined && { imageDigest: prepared.imageDigest }),
  };
  const sideReport = (
    id: string,
    levels: LevelReport[],
    target: RunReport['target'],
    extraNotes: string[],
  ): RunReport =>
    buildRunReport({
      id,
      plan,
      startedAt: prepared.startedAt,
      finishedAt,
      levels,
      environment,
      target,
      interrupted,
      notes: extraNotes,
    });

  const groupNotes: string[] = [];
  if (interrupted) groupNotes.push(`Resource group ${group} is left for the caller to delete.`);
  if (cleanup?.pending) {
    groupNotes.push(`Resource group ${group} was still being deleted when the report was written.`);
  }
  if (cleanupError !== undefined) groupNotes.push(`Clean-up of ${group} failed: ${cleanupError}`);
  const loadSizes = [...new Set(loadVms.map((vm) => vm.size))];
  if (productVm && loadSizes.some((size) => size !== productVm.size)) {
    groupNotes.push(
      `Load VMs ran as ${loadSizes.join(', ')}; the product VM as ${productVm.size}.`,
    );
  }

  const common = {
    resourceGroup: group,
    ...(productVm && { productVm }),
    loadVms,
    ...(cleanup && { cleanup }),
    ...(cleanupError !== undefined && { cleanupError }),
  };

  if (abRun && prepared.ab) {
    const ab = prepared.ab;
    const baselineTarget: RunReport['target'] = {
      kind: 'image',
      url: productVm ? `http://${productVm.privateIp}:${ab.layout.baselinePort}` : '',
      ...(ab.target.product !== undefined && { product: ab.target.product }),
      image: ab.pinnedImage,
      ...(ab.imageDigest !== undefined && { imageDigest: ab.imageDigest }),
    };
    // Every round of each side, rebuilt with its own container's samples now that they are in.
    const built = abRun.rounds.map((round) => ({
      round,
      baseline: sideLevels(plan, round, 'baseline', loadVms.length, baselineSamples),
      candidate: sideLevels(plan, round, 'candidate', loadVms.length, serverSamples),
    }));
    const rounds = {
      baseline: built.map((b) =>
        sideReport(
          `${prepared.id}-baseline-${b.round.round}`,
          b.baseline.levels,
          baselineTarget,
          [],
        ),
      ),
      candidate: built.map((b) =>
        sideReport(
          `${prepared.id}-candidate-${b.round.round}`,
          b.candidate.levels,
          candidateTarget,
          [],
        ),
      ),
    };
    const comparison = abRun.sequence.rounds().length > 0 ? abRun.sequence.result() : undefined;
    const candidateIndex = medianIndex(rounds.candidate);
    const baselineIndex = medianIndex(rounds.baseline);
    const first = built[0];
    const startNotes = first ? agentStartNotes(first.round.results, first.round.startAtMs) : [];
    const design = `Same-VM A/B on Azure (${ab.layout.mode}): the baseline ${ab.pinnedImage} and the candidate ${prepared.pinnedImage} ran side by side on ${productVm?.name ?? 'the product VM'} (ports ${ab.layout.baselinePort} and ${ab.layout.candidatePort}), driven by the same ${loadVms.length} load VM(s); ${built.length} round(s) per side (${comparison?.stopping?.note ?? 'no round finished'}).`;
    const median = (side: 'baseline' | 'candidate', index: number) =>
      `This report is the ${side}'s median round (round ${index + 1} of ${built.length}); see rounds/ for all of them.`;
    const candidateLevels = built[candidateIndex]?.candidate ?? { levels: [], measurements: [] };
    const baselineLevels = built[baselineIndex]?.baseline ?? { levels: [], measurements: [] };
    const candidateReport = sideReport(prepared.id, candidateLevels.levels, candidateTarget, [
      design,
      ...(ab.layout.modeNote ? [ab.layout.modeNote] : []),
      median('candidate', candidateIndex),
      ...startNotes,
      ...notes,
      ...groupNotes,
    ]);
    const baseline = sideReport(`${prepared.id}-baseline`, baselineLevels.levels, baselineTarget, [
      design,
      median('baseline', baselineIndex),
      ...notes,
    ]);
    const report = comparison
      ? attachThresholds(plan, { ...candidateReport, comparison }, comparison)
      : attachThresholds(plan, candidateReport);
    return {
      report,
      levels: candidateLevels.levels,
      measurements: candidateLevels.measurements,
      hlogs: renderHlogFiles(candidateLevels.measurements, environment.toolVersion),
      baseline,
      ...(comparison && { comparison }),
      rounds,
      ...common,
    };
  }

  const { levels, measurements } = mergeAgentLevels({
    plan,
    results,
    agentCount: loadVms.length,
    serverSamples,
    notes,
  });
  if (startAt !== undefined) notes.push(...agentStartNotes(results, startAt));
  const report = attachThresholds(
    plan,
    sideReport(prepared.id, levels, candidateTarget, [...notes, ...groupNotes]),
  );
  return {
    report,
    levels,
    measurements,
    hlogs: renderHlogFiles(measurements, environment.toolVersion),
    ...common,
  };
}

/** Index of the median round (see `selectMedianRound`); 0 for no rounds. */
function medianIndex(rounds: readonly RunReport[]): number {
  const chosen = selectMedianRound(rounds);
  return chosen ? Math.max(0, rounds.indexOf(chosen)) : 0;
}

/** The A/B sequence of a run whose VMs are up, and the rounds read back so far. */
interface StartedAbRun {
  sequence: ReturnType<typeof createAbSequence>;
  cores?: Comparison['cores'];
  rounds: AzureAbRound[];
}

/** Starts the A/B sequence once the product VM's size (and so its vCPUs) is known. */
function startAbSequence(
  plan: BenchPlan,
  prepared: PreparedRun,
  productSize: string,
): StartedAbRun {
  const ab = prepared.ab!;
  const compare = plan.compare ?? DEFAULT_COMPARE_PLAN;
  const vCpus = describeVmSize(productSize).vCpus;
  const cores =
    ab.layout.mode === 'duet' && vCpus !== undefined
      ? azureCoreSplit(vCpus, productSize)
      : undefined;
  const sequence = createAbSequence({
    mode: ab.layout.mode,
    seed: ab.seed,
    budget: {
      minRounds: compare.minRounds,
      maxRounds: compare.maxRounds,
      ...(compare.timeBudgetMs !== undefined ? { timeBudgetMs: compare.timeBudgetMs } : {}),
    },
    steps: listAbSteps(plan.scenarios, plan.load.model, plan.load.levels),
    threshold: compare.thresholdFraction,
    ...(compare.metrics ? { metrics: compare.metrics } : {}),
    baselineLabel: `baseline (${ab.pinnedImage})`,
    candidateLabel: `candidate (${prepared.pinnedImage})`,
    ...(cores ? { cores } : {}),
  });
  return { sequence, ...(cores && { cores }), rounds: [] };
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
  /** Same-VM A/B: the baseline pinned by digest, the layout on the product VM and the seed. */
  ab?: {
    target: ImageTargetPlan;
    pinnedImage: string;
    imageDigest?: string;
    layout: AzureAbLayout;
    seed: number;
  };
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
  // A/B: decided before anything is looked up, so a duet the sizes cannot run fails at once.
  const baselineTarget = baselineImageOf(plan);
  const layout = abLayoutOf(plan, settings.vmSizes);
  const startedAt = now();
  const id = newRunId(startedAt);

  // Each tag is resolved to its digest once; both VMs' pulls and the report use the digest.
  const pin = async (what: string, reference: string): Promise<string> => {
    deps.log(`Pinning ${reference} to its digest`);
    const pinned = await (deps.resolveImage
      ? deps.resolveImage(reference)
      : resolveImageDigest(reference, {
          credential: deps.credential,
          tenantId: settings.tenantId,
          log: deps.log,
        }));
    deps.log(`${what}: ${pinned}`);
    return pinned;
  };
  const digestOf = (pinned: string) => /@(sha256:[a-f0-9]{64})$/.exec(pinned)?.[1];
  const pinnedImage = await pin('Product image', image);
  const imageDigest = digestOf(pinnedImage);
  let ab: PreparedRun['ab'];
  if (baselineTarget && layout) {
    const pinnedBaseline = await pin(
      'Baseline image',
      qualifyProductImage(baselineTarget.image, settings.acrName),
    );
    const baselineDigest = digestOf(pinnedBaseline);
    ab = {
      target: baselineTarget,
      pinnedImage: pinnedBaseline,
      ...(baselineDigest !== undefined && { imageDigest: baselineDigest }),
      layout,
      seed: plan.compare?.seed ?? drawScheduleSeed(),
    };
  }

  const spec = buildSpecForPlan({
    plan,
    settings,
    run: options.run,
    runUrl: options.runUrl,
    now: startedAt,
    pinnedImage,
    sshPublicKey: (deps.sshPublicKey ?? generateThrowawaySshPublicKey)(),
    ...(ab && {
      baseline: { image: ab.pinnedImage, hostPort: ab.layout.baselinePort, mode: ab.layout.mode },
    }),
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
    ...(ab && { ab }),
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
  input: {
    samplesUrl: string;
    prefix: string;
    notes: string[];
    logs?: CommandLogUrls;
    /** Same-VM A/B: read the baseline container's counters too. */
    baseline?: boolean;
  },
): Promise<{ product: ProcessSample[]; baseline: ProcessSample[] }> {
  try {
    await collectServerSamples(deps.arm, provisioned, {
      samplesUrl: input.samplesUrl,
      timeoutSeconds: DEFAULTS.samplesTimeoutSeconds,
      ...(input.logs && { logs: input.logs }),
    });
    const text = (await deps.samples.readSamples(input.prefix)) ?? '';
    const parsed = parseServerSamples(text);
    if (parsed.samples.length === 0) {
      input.notes.push('The product VM uploaded no usable server samples: server CPU is missing.');
    }
    const baseline = input.baseline ? parseServerSamples(text, 'baseline').samples : [];
    if (input.baseline && baseline.length === 0) {
      input.notes.push(
        "The product VM uploaded no usable samples of the baseline container: the baseline's server CPU is missing.",
      );
    }
    return { product: parsed.samples, baseline };
  } catch (error) {
    input.notes.push(
      `Server samples could not be collected: ${errorSummary(error)}${input.logs ? ` ${describeCommandLogs(input.logs)}` : ''}`,
    );
    deps.log(`Warning: server samples could not be collected: ${errorSummary(error)}`);
    return { product: [], baseline: [] };
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
