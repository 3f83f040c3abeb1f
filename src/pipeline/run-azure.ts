/**
 * A benchmark on Azure VMs, from plan to report: pin the product image to its digest, create the
 * run's group and VMs (the group is recorded before anything is created), wait until the product
 * is healthy, hand the plan to the load VMs through Blob, start every runner at one common time,
 * read their levels back from Blob, fetch the product VM's per-second samples, merge the agents'
 * histograms level by level and build the report. The group is deleted at the end unless the
 * caller's post step does it. It talks to Azure only through the edge functions of
 * `src/edges/azure/` and the `RunExchange`/`ServerSampleStore` interfaces.
 */
import os from 'node:os';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureSettings } from '../core/azure/azure-settings.js';
import { validateAzureSettings } from '../core/azure/azure-settings.js';
import { buildAzureRunSpec, productFromImageTarget } from '../core/azure/build-run-spec.js';
import { parseImageReference } from '../core/azure/image-reference.js';
import { parseServerSamples } from '../core/azure/parse-server-samples.js';
import { validateAzureRunSpec, type AzureRunSpec } from '../core/azure/resource-specs.js';
import type { RunIdentity } from '../core/azure/run-names.js';
import { describeVmSize } from '../core/azure/vm-sizes.js';
import type { BenchPlan, ImageTargetPlan } from '../core/config/plan.js';
import { mergeLevelMeasurements } from '../core/engine/merge-measurements.js';
import type { LevelMeasurement, ProcessSample } from '../core/engine/measurement.js';
import { BenchError, inputError } from '../core/errors.js';
import type { RunExchange, RunnerResults } from '../core/remote/run-exchange.js';
import { estimatePlanDurationMs } from '../core/remote/run-exchange.js';
import { isHeartbeatStale } from '../core/remote/runner-status.js';
import {
  DEFAULT_GENERATOR_BOUND_CPU_PERCENT,
  buildLevelReport,
} from '../core/report/build-level-report.js';
import { buildRunReport, newRunId } from '../core/report/build-run-report.js';
import { renderHlog } from '../core/report/hlog.js';
import type { Environment, LevelReport, RunReport } from '../core/report/model.js';
import { evaluateThresholds } from '../core/stats/thresholds.js';
import type { ArmContext } from '../edges/azure/arm-context.js';
import type { ServerSampleStore } from '../edges/azure/blob-server-samples.js';
import { deleteRunGroup, type DeleteRunGroupResult } from '../edges/azure/cleanup.js';
import { provisionRun, type ProvisionedRun, type ProvisionedVm } from '../edges/azure/fleet.js';
import { resolveImageDigest } from '../edges/azure/resolve-image-digest.js';
import {
  collectServerSamples,
  runLoadAgents,
  waitForRunReady,
} from '../edges/azure/run-readiness.js';
import { generateThrowawaySshPublicKey } from '../edges/azure/ssh-key.js';
import { hlogFileName, type HlogFile } from '../edges/files/write-report-dir.js';
import { collectEnvironment } from '../edges/local/environment.js';
import { AZURE_STATE_VERSION, type AzureRunState } from './azure-state.js';

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

/** The image as the VM pulls it: a bare `repository:tag` is taken from the run's registry. */
export function qualifyProductImage(image: string, acrName: string): string {
  if (parseImageReference(image)) return image;
  return `${acrName.toLowerCase()}.azurecr.io/${image.replace(/^\/+/, '')}`;
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

/** Sleeps, or rejects at once when `signal` aborts. */
function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new Error('stopped'));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('stopped'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
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
  const log = deps.log;
  const signal = deps.signal;
  const timing = { ...DEFAULTS, ...definedOnly(options) };

  // Everything that can be checked without Azure is checked first, all problems at once.
  assertAzureSettingsValid(settings);
  const target = imageTargetOf(plan);
  const image = qualifyProductImage(target.image, settings.acrName);

  const startedAt = now();
  const id = newRunId(startedAt);
  const environmentPromise = collectEnvironment({ cwd: options.cwd });

  log(`Pinning ${image} to its digest`);
  const pinnedImage = await (deps.resolveImage
    ? deps.resolveImage(image)
    : resolveImageDigest(image, {
        credential: deps.credential,
        tenantId: settings.tenantId,
        log,
      }));
  const imageDigest = /@(sha256:[a-f0-9]{64})$/.exec(pinnedImage)?.[1];
  log(`Product image: ${pinnedImage}`);

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
  const group = spec.groupName;
  const prefix = `${group}/${id}`;
  const state: AzureRunState = {
    stateVersion: AZURE_STATE_VERSION,
    subscriptionId: settings.subscriptionId,
    resourceGroup: group,
    recordedAt: startedAt.toISOString(),
    exchange: {
      storageAccount: options.storageAccount ?? settings.storageAccount,
      container: settings.storageContainer,
      prefix,
    },
  };

  let productVm: ProvisionedVm | undefined;
  let loadVms: ProvisionedVm[] = [];
  let warnings: string[] = [];
  let results: RunnerResults | undefined;
  let serverSamples: ProcessSample[] = [];
  const notes: string[] = [];
  let uploaded = false;
  let cleanup: DeleteRunGroupResult | undefined;
  let cleanupError: string | undefined;

  try {
    // Ctrl-C while the digest was looked up: nothing was created yet.
    if (signal?.aborted) throw signal.reason;
    const provisioned = await provisionRun(deps.arm, spec, {
      recordState: () => deps.recordState(state),
      ...(signal && { signal }),
    });
    productVm = provisioned.productVm;
    loadVms = provisioned.loadVms;
    warnings = provisioned.warnings;

    await waitUntilReady(deps.arm, provisioned, timing.readySeconds);

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

    const targetUrl = `http://${productVm.privateIp}:${target.port}`;
    const startAt = now().getTime() + timing.startDelayMs;
    const agentCount = loadVms.length;
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
      agent: (index) => ({
        parameters: {
          BENCH_TARGET_URL: targetUrl,
          BENCH_AGENT_INDEX: String(index),
          BENCH_AGENT_COUNT: String(agentCount),
          BENCH_START_AT: String(startAt),
        },
        protectedParameters: { BENCH_PLAN_URL: urls.planUrl, BENCH_RESULTS_URL: urls.resultsUrl },
      }),
    });

    try {
      await collectServerSamples(deps.arm, provisioned, {
        samplesUrl,
        timeoutSeconds: DEFAULTS.samplesTimeoutSeconds,
      });
      const parsed = parseServerSamples((await deps.samples.readSamples(prefix)) ?? '');
      serverSamples = parsed.samples;
      if (serverSamples.length === 0) {
        notes.push('The product VM uploaded no usable server samples: server CPU is missing.');
      }
    } catch (error) {
      // Server figures complete the report; their absence must not throw away the measurements.
      notes.push(`Server samples could not be collected: ${describe(error)}`);
      log(`Warning: server samples could not be collected: ${describe(error)}`);
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
    log(`Stopped: ${describe(signal.reason)}`);
    if (uploaded) results = await readQuietly(deps.exchange, prefix, loadVms.length, log);
  } finally {
    if (options.cleanup === 'inline' && !signal?.aborted) {
      try {
        if (uploaded) await deps.exchange.deleteRunFiles(prefix).catch(() => 0);
        cleanup = await deleteRunGroup(deps.arm, group, { waitMs: timing.deleteWaitMs });
        await deps.recordState({ ...state, cleanup: cleanup.deleted ? 'deleted' : 'pending' });
      } catch (error) {
        // Reported, never thrown over the run's own outcome; the janitor is the backstop.
        cleanupError = describe(error);
        log(`Warning: clean-up of ${group} failed: ${cleanupError}`);
      }
    }
  }

  const interrupted = signal?.aborted === true;
  const merged = mergeAgents(plan, results, loadVms.length, notes);
  const workers = plan.load.workers;
  const levels = merged.map(({ measurement, parts }) => {
    const level = buildLevelReport(measurement, {
      serverSamples,
      hlogFile: hlogFileName(measurement.scenario, measurement.level),
      // CPU of the agents adds up: each can use a core per worker before it saturates.
      generatorBoundCpuPercent:
        DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers * Math.max(1, parts.length),
    });
    // One saturated agent is enough to make the merged level suspect.
    const boundPart = parts.some(
      (p) =>
        buildLevelReport(p, {
          hlogFile: level.hlogFile,
          generatorBoundCpuPercent: DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers,
        }).generator.generatorBound,
    );
    if (boundPart && !level.generator.generatorBound) {
      level.generator = {
        ...level.generator,
        generatorBound: true,
        note: `${level.generator.note} At least one load agent was saturated on its own.`,
      };
    }
    return level;
  });
  const measurements = merged.map((m) => m.measurement);

  const deadTarget =
    levels.length > 0 &&
    levels.every(
      (l) =>
        l.counts.success === 0 &&
        l.counts.total > 0 &&
        l.counts.failures.connect + l.counts.failures.reset === l.counts.total,
    );
  const allNotes = [...warnings, ...notes];
  if (plan.baseline) {
    // Said in the report so a single-image result is never read as an A/B verdict.
    allNotes.push(
      'The config names a baseline, but this cloud run measured the candidate image only (A/B rounds on Azure are not implemented yet).',
    );
  }
  if (deadTarget)
    allNotes.push('No request succeeded: the product refused or dropped every connection.');
  if (interrupted) {
    allNotes.push(
      `The run was interrupted: levels hold what was measured until then; resource group ${group} is left for the caller to delete.`,
    );
  }
  if (cleanup?.pending) {
    allNotes.push(`Resource group ${group} was still being deleted when the report was written.`);
  }
  if (cleanupError !== undefined) allNotes.push(`Clean-up of ${group} failed: ${cleanupError}`);
  const loadSizes = [...new Set(loadVms.map((vm) => vm.size))];
  if (productVm && loadSizes.some((size) => size !== productVm?.size)) {
    allNotes.push(`Load VMs ran as ${loadSizes.join(', ')}; the product VM as ${productVm.size}.`);
  }

  const environment = cloudEnvironment(await environmentPromise, productVm, loadVms, settings);
  const built = buildRunReport({
    id,
    plan,
    startedAt,
    finishedAt: now(),
    levels,
    environment,
    target: {
      kind: 'image',
      url: productVm ? `http://${productVm.privateIp}:${target.port}` : '',
      ...(target.product !== undefined && { product: target.product }),
      image: pinnedImage,
      ...(imageDigest !== undefined && { imageDigest }),
    },
    partial: interrupted,
    outcome: interrupted ? 'interrupted' : deadTarget ? 'target-failure' : 'ok',
    notes: allNotes,
  });
  const thresholds = evaluateThresholds(plan.thresholds ?? [], built);
  const report: RunReport = thresholds.length > 0 ? { ...built, thresholds } : built;
  const hlogs = measurements.map((m) => ({
    file: hlogFileName(m.scenario, m.level),
    text: renderHlog(m, { startTimeEpochMs: m.startEpochMs, toolVersion: environment.toolVersion }),
  }));
  return {
    report,
    levels,
    measurements,
    hlogs,
    resourceGroup: group,
    ...(productVm && { productVm }),
    loadVms,
    ...(cleanup && { cleanup }),
    ...(cleanupError !== undefined && { cleanupError }),
  };
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

/** Text of an error for a log line or a note. */
function describe(error: unknown): string {
  if (error instanceof BenchError) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}

/** Waits for readiness; on failure adds what the readiness scripts printed to the error. */
async function waitUntilReady(
  arm: ArmContext,
  provisioned: ProvisionedRun,
  readySeconds: number,
): Promise<void> {
  try {
    await waitForRunReady(arm, provisioned, { readySeconds });
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    const reports = await Promise.all([
      readCommandOutput(
        arm,
        provisioned.resourceGroup,
        provisioned.productVm.name,
        'bench-product-ready',
      ),
      ...provisioned.loadVms.map((vm, i) =>
        readCommandOutput(arm, provisioned.resourceGroup, vm.name, `bench-load-ready-${i + 1}`),
      ),
    ]);
    const reported = reports.filter((r) => r !== '').join('\n');
    throw new BenchError(
      error.code,
      reported ? `${error.message}\nThe readiness check reported:\n${reported}` : error.message,
      error.hint,
      { cause: error },
    );
  }
}

/** The last lines a run command printed (diagnosis only, never parsed), or '' when unavailable. */
async function readCommandOutput(
  arm: ArmContext,
  group: string,
  vmName: string,
  commandName: string,
): Promise<string> {
  try {
    const command = await arm.compute.virtualMachineRunCommands.getByVirtualMachine(
      group,
      vmName,
      commandName,
      { expand: 'instanceView' },
    );
    const view = command.instanceView;
    const text = [view?.output, view?.error].filter((t): t is string => !!t && t.trim() !== '');
    if (text.length === 0) return '';
    return `${vmName}: ${text.join('\n').trim().split('\n').slice(-20).join('\n')}`;
  } catch {
    return '';
  }
}

/** Reads results without throwing (partial report after an abort). */
async function readQuietly(
  exchange: RunExchange,
  prefix: string,
  agentCount: number,
  log: (line: string) => void,
): Promise<RunnerResults | undefined> {
  try {
    return await exchange.readRunnerResults(prefix, { agentCount });
  } catch (error) {
    log(`Warning: could not read the runners' results: ${describe(error)}`);
    return undefined;
  }
}

interface WatchInput {
  deps: AzureRunDeps;
  provisioned: ProvisionedRun;
  prefix: string;
  timing: typeof DEFAULTS;
  bundleUrl: string;
  runnerTimeoutSeconds: number;
  agent: (index: number) => {
    parameters: Record<string, string>;
    protectedParameters: Record<string, string>;
  };
}

/**
 * Starts the runners and waits for their commands, reading progress from Blob meanwhile. Stops
 * waiting when the caller aborts or an agent's heartbeat goes stale; then asks the runners to
 * stop by deleting their run commands. Returns the results once every agent finished.
 */
async function runAgentsAndWatch(input: WatchInput): Promise<RunnerResults> {
  const { deps, provisioned, prefix, timing } = input;
  const agentCount = provisioned.loadVms.length;
  const stop = new AbortController();
  const onAbort = () => stop.abort(deps.signal?.reason);
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  // The run-command polls sleep on this context: stopping ends them at their next wait.
  const arm: ArmContext = {
    ...deps.arm,
    sleep: (ms) => abortableSleep(ms, stop.signal),
  };
  const agents = runLoadAgents(arm, provisioned, {
    bundleUrl: input.bundleUrl,
    timeoutSeconds: input.runnerTimeoutSeconds,
    agent: (index) => input.agent(index),
  });
  agents.catch(() => undefined);

  const watch = (async (): Promise<never> => {
    let lastDone = -1;
    for (;;) {
      await abortableSleep(timing.resultsPollMs, stop.signal);
      let progress: RunnerResults;
      try {
        progress = await deps.exchange.readRunnerResults(prefix, { agentCount });
      } catch (error) {
        deps.log(`Warning: progress read failed (will retry): ${describe(error)}`);
        continue;
      }
      const done = progress.agents.reduce((n, a) => n + (a.status?.levelsDone ?? 0), 0);
      const total = progress.agents.reduce((n, a) => n + (a.status?.levelsTotal ?? 0), 0);
      if (done !== lastDone) {
        deps.log(`Runners: ${progress.status}, ${done} of ${total || '?'} agent-level(s) done`);
        lastDone = done;
      }
      const nowMs = (deps.now ?? (() => new Date()))().getTime();
      const stale = progress.agents.filter(
        (a) =>
          a.status?.state === 'running' &&
          isHeartbeatStale(a.status, nowMs, timing.heartbeatStaleMs),
      );
      if (stale.length > 0) {
        throw new BenchError(
          'AZURE_RUNNER_STALLED',
          `Load agent(s) ${stale.map((a) => a.agentIndex).join(', ')} stopped sending heartbeats (none for ${timing.heartbeatStaleMs} ms).`,
          'The load VM or its runner died; see the runner log in the exchange container and retry the run.',
        );
      }
    }
  })();
  watch.catch(() => undefined);

  let commandsEnded = false;
  try {
    const outcomes = await Promise.race([agents, watch]);
    commandsEnded = true;
    const results = await deps.exchange.readRunnerResults(prefix, { agentCount });
    const failed = outcomes
      .map((outcome, index) => ({ outcome, index, agent: results.agents[index] }))
      .filter(
        ({ outcome, agent }) =>
          !outcome.finished ||
          outcome.executionState !== 'Succeeded' ||
          (outcome.exitCode ?? 0) !== 0 ||
          agent?.status?.state !== 'finished',
      );
    if (failed.length > 0) {
      const lines = failed.map(({ outcome, index, agent }) => {
        const status = agent?.status;
        const why = status?.error
          ? `${status.error.code}: ${status.error.message}`
          : `runner state ${status?.state ?? 'never reported'}`;
        const logTail = (agent?.log ?? '').trim().split('\n').slice(-5).join('\n    ');
        return (
          `- agent ${index} on ${provisioned.loadVms[index]?.name ?? '?'}: run command ${outcome.executionState}, exit code ${outcome.exitCode ?? '?'}; ${why}` +
          (outcome.errorTail
            ? `\n    stderr: ${outcome.errorTail.trim().split('\n').slice(-3).join('\n    ')}`
            : '') +
          (logTail ? `\n    log: ${logTail}` : '')
        );
      });
      throw new BenchError(
        'AZURE_RUNNER_FAILED',
        `The load runner failed on ${failed.length} of ${agentCount} load VM(s):\n${lines.join('\n')}`,
        'Read the runner log and status under the run prefix in the exchange container; the resource group is deleted all the same.',
      );
    }
    return results;
  } catch (error) {
    if (!stop.signal.aborted) stop.abort(error);
    if (!commandsEnded) await stopRunners(deps.arm, provisioned, deps.log);
    throw error;
  } finally {
    stop.abort(new Error('done'));
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Asks the runners to stop by deleting their run commands (the deletion is started, not
 * followed); the group's deletion ends them for certain.
 */
async function stopRunners(
  arm: ArmContext,
  provisioned: { resourceGroup: string; loadVms: ProvisionedVm[] },
  log: (line: string) => void,
): Promise<void> {
  await Promise.all(
    provisioned.loadVms.map(async (vm, index) => {
      const name = `bench-runner-${index + 1}`;
      try {
        await arm.compute.virtualMachineRunCommands.beginDelete(
          provisioned.resourceGroup,
          vm.name,
          name,
        );
        log(`Asked ${vm.name} to stop its runner (deleting run command ${name})`);
      } catch (error) {
        log(`Could not stop the runner on ${vm.name}: ${describe(error)}`);
      }
    }),
  );
}

/** Agents' measurements merged per scenario × level, in plan order. */
function mergeAgents(
  plan: BenchPlan,
  results: RunnerResults | undefined,
  agentCount: number,
  notes: string[],
): { measurement: LevelMeasurement; parts: LevelMeasurement[] }[] {
  if (!results) return [];
  const out: { measurement: LevelMeasurement; parts: LevelMeasurement[] }[] = [];
  for (const scenario of plan.scenarios) {
    for (const level of plan.load.levels) {
      const parts = results.measurements.filter(
        (m) => m.scenario === scenario.name && m.level === level,
      );
      if (parts.length === 0) continue;
      if (parts.length < agentCount) {
        notes.push(
          `${scenario.name} @ ${level}: measured by ${parts.length} of ${agentCount} load agents; its load was lower than planned.`,
        );
      }
      out.push({ measurement: mergeLevelMeasurements(parts, 'sum'), parts });
    }
  }
  return out;
}

/** The environment of a cloud run: the VMs' size and region, the tool and commit from here. */
function cloudEnvironment(
  local: Environment,
  productVm: ProvisionedVm | undefined,
  loadVms: ProvisionedVm[],
  settings: AzureSettings,
): Environment {
  const loadSize = loadVms[0]?.size ?? productVm?.size ?? settings.vmSizes[0] ?? 'unknown';
  return {
    ...local,
    hostname: loadVms.map((vm) => vm.name).join(',') || os.hostname(),
    cpuModel: `Azure ${loadSize} (load VM; model not reported)`,
    cpus: describeVmSize(loadSize).vCpus ?? 1,
    memoryBytes: 0,
    os: 'Ubuntu 24.04 LTS (Azure VM), runner in a container',
    nodeVersion: `runner image ${settings.runnerImage}`,
    ...(productVm && { vmSize: productVm.size, region: productVm.region }),
  };
}
