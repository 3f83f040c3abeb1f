/**
 * The Azure side of the `bench` command: `bench run <config> --provider azure …` (a cloud run
 * from this machine, credentials from `DefaultAzureCredential`), `bench plan <config>` (what a
 * cloud run would create, without calling Azure) and `bench janitor` (delete expired groups, or
 * the group recorded in a run's `azure-state.json`). Settings come from flags, then environment
 * variables, then the config's `cloud:` section; every problem is reported at once, exit 2,
 * before any Azure call.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import {
  validateAzureSettings,
  withAzureDefaults,
  type AzureSettings,
} from '../core/azure/azure-settings.js';
import { formatPinnedImage, parseImageReference } from '../core/azure/image-reference.js';
import { renderAzurePlan } from '../core/azure/render-azure-plan.js';
import type { RunIdentity } from '../core/azure/run-names.js';
import type { UnsafeValue } from '../core/azure/shell-safety.js';
import { checkDuration } from '../core/config/duration.js';
import type { BenchPlan } from '../core/config/plan.js';
import type { PlanOverrides } from '../core/config/resolve-plan.js';
import { ExitCode, inputError } from '../core/errors.js';
import type { RunExchange } from '../core/remote/run-exchange.js';
import { compactUtcStamp, defaultReportDir, newRunId } from '../core/report/build-run-report.js';
import { renderHtmlReport } from '../core/report/html.js';
import { renderTerminalSummary } from '../core/report/terminal-summary.js';
import { hasThresholdFailure } from '../core/stats/thresholds.js';
import { createArmContext, type ArmContext } from '../edges/azure/arm-context.js';
import type { ServerSampleStore } from '../edges/azure/blob-server-samples.js';
import { deleteRunGroup } from '../edges/azure/cleanup.js';
import { createAzureCredential } from '../edges/azure/credentials.js';
import { runJanitor } from '../edges/azure/janitor.js';
import { generateThrowawaySshPublicKey } from '../edges/azure/ssh-key.js';
import { loadPlan } from '../edges/files/load-plan.js';
import { writeReportDir } from '../edges/files/write-report-dir.js';
import { createAzureBlobDeps, findRunnerBundle } from '../pipeline/azure-deps.js';
import {
  AZURE_STATE_FILE,
  readAzureState,
  writeAzureState,
  type AzureRunState,
} from '../pipeline/azure-state.js';
import {
  buildSpecForPlan,
  imageTargetOf,
  qualifyProductImage,
  runAzureBenchmark,
  type AzureRunOptions,
} from '../pipeline/run-azure.js';
import type { CliIo } from './run-cli.js';

/** Flags of the Azure commands (strings as commander gives them). */
export interface AzureCliOptions {
  /** `local` or `azure` (`run` only). */
  provider?: string;
  /** `--subscription`: subscription id. */
  subscription?: string;
  /** `--tenant`: tenant id. */
  tenant?: string;
  /** `--client`: client id of the identity. */
  client?: string;
  /** `--acr`: registry name. */
  acr?: string;
  /** `--storage-account`. */
  storageAccount?: string;
  /** `--storage-container`. */
  storageContainer?: string;
  /** `--vm-identity`: resource id of the VM identity. */
  vmIdentity?: string;
  /** Comma-separated VM sizes, in order. */
  vmSize?: string;
  /** Comma-separated regions, in order. */
  region?: string;
  /** `--load-agents`. */
  loadAgents?: string;
  /** `--runner-image`. */
  runnerImage?: string;
  /** `--out`: report directory. */
  out?: string;
  /** `--overwrite`: replace a report in `--out`. */
  overwrite?: boolean;
  /** `--duration` per level. */
  duration?: string;
  /** `--warmup` per level. */
  warmup?: string;
  /** `--levels`, comma-separated. */
  levels?: string;
  /** `-q`: no progress lines. */
  quiet?: boolean;
  /** `janitor`: list only. */
  dryRun?: boolean;
  /** `janitor`: delete the group recorded in this state file. */
  state?: string;
  /** `janitor --state`: seconds to follow the deletion. */
  wait?: string;
}

/** What the Azure commands build their clients with; tests replace parts (ARM fake, Azurite). */
export interface AzureCliDeps {
  /** Environment variables read for defaults (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Credential for ARM, ACR and Blob (default `DefaultAzureCredential`). */
  createCredential?: (ids: { tenantId?: string; clientId?: string }) => TokenCredential;
  /** ARM clients (default: public cloud). */
  createArmContext?: (input: {
    credential: TokenCredential;
    subscriptionId: string;
    log: (line: string) => void;
  }) => ArmContext;
  /** Blob exchange and sample store (default: `https://<account>.blob.core.windows.net`). */
  createBlob?: (input: {
    settings: AzureSettings;
    credential: TokenCredential;
    maskSecret: (value: string) => void;
  }) => { exchange: RunExchange; samples: ServerSampleStore };
  /** Pins the product image (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Runner bundle (default `dist/runner/index.js` of this package). */
  runnerBundlePath?: string;
  /** Clock. */
  now?: () => Date;
  /** Timing overrides for the cloud run (tests shorten them). */
  runTiming?: Pick<
    AzureRunOptions,
    'readySeconds' | 'startDelayMs' | 'resultsPollMs' | 'heartbeatStaleMs' | 'deleteWaitMs'
  >;
}

/** How long the CLI follows a deletion after Ctrl-C or from `janitor --state` (seconds). */
const CLI_DELETE_WAIT_SECONDS = 120;

/** `bench run <config> --provider azure …`: returns the exit code. */
export async function runAzureFromCli(
  config: string | undefined,
  options: AzureCliOptions,
  io: CliIo,
  deps: AzureCliDeps = {},
): Promise<number> {
  if (options.provider !== undefined && options.provider !== 'azure') {
    throw inputError(
      'ARGUMENT_INVALID',
      `--provider ${options.provider}: expected 'local' or 'azure'.`,
      'Use --provider azure for a cloud run, or leave --provider out to run on this machine.',
    );
  }
  if (config === undefined) {
    throw inputError(
      'ARGUMENT_INVALID',
      'A cloud run needs a config file.',
      'Run `bench run configs/reframe-pr.yml --provider azure …`.',
    );
  }
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const plan = await loadPlan(path.resolve(io.cwd, config), planOverrides(options));
  const settings = settingsFrom(options, env, plan, 'strict').settings;
  imageTargetOf(plan);

  const startedAt = now();
  const dir = path.resolve(io.cwd, options.out ?? defaultReportDir(startedAt, newRunId(startedAt)));
  const stateFile = path.join(dir, AZURE_STATE_FILE);
  if (!options.overwrite && existsSync(path.join(dir, 'result.json'))) {
    throw inputError(
      'REPORT_DIR_EXISTS',
      `${dir} already holds a report (result.json)`,
      'Choose another output directory, delete the old report, or pass --overwrite to replace it.',
    );
  }
  const runnerBundlePath = deps.runnerBundlePath ?? findRunnerBundle();

  // Secrets are replaced in every line this command prints.
  const secrets = new Set<string>();
  const maskSecret = (value: string) => {
    if (value.length >= 8) secrets.add(value);
  };
  const redact = (line: string) => {
    let out = line;
    for (const secret of secrets) out = out.split(secret).join('***');
    return out;
  };
  const log = options.quiet
    ? () => undefined
    : (line: string) => io.stderr.write(`${redact(line)}\n`);

  const credential = (deps.createCredential ?? defaultCredential)({
    tenantId: settings.tenantId,
    clientId: settings.clientId,
  });
  const arm = (deps.createArmContext ?? defaultArmContext)({
    credential,
    subscriptionId: settings.subscriptionId,
    log,
  });
  const blob = (deps.createBlob ?? createAzureBlobDeps)({ settings, credential, maskSecret });
  let recorded: AzureRunState | undefined;
  log(
    `State of this run (for clean-up after a crash): ${path.relative(io.cwd, stateFile) || stateFile}`,
  );

  const result = await runAzureBenchmark(
    plan,
    settings,
    {
      arm,
      exchange: blob.exchange,
      samples: blob.samples,
      credential,
      runnerBundlePath,
      recordState: async (state) => {
        recorded = state;
        await writeAzureState(stateFile, state);
      },
      log,
      maskSecret,
      ...(io.signal && { signal: io.signal }),
      now,
      ...(deps.resolveImage && { resolveImage: deps.resolveImage }),
    },
    {
      run: cliRunIdentity(plan, env, startedAt),
      runUrl: `bench CLI on ${os.hostname()}`,
      cleanup: 'inline',
      cwd: plan.configPath ? path.dirname(plan.configPath) : io.cwd,
      ...deps.runTiming,
    },
  );

  const { report } = result;
  const thresholds = report.thresholds ?? [];
  await writeReportDir(dir, report, result.hlogs, {
    overwrite: true,
    extraFiles: [{ name: 'report.html', text: renderHtmlReport({ report, thresholds }) }],
  });

  // After Ctrl-C the pipeline leaves the group to us: one bounded deletion attempt.
  if (io.signal?.aborted && recorded) {
    const waitMs = deps.runTiming?.deleteWaitMs ?? CLI_DELETE_WAIT_SECONDS * 1000;
    try {
      const outcome = await deleteRunGroup(arm, result.resourceGroup, { waitMs });
      await writeAzureState(stateFile, {
        ...recorded,
        cleanup: outcome.deleted ? 'deleted' : 'pending',
      });
      io.stderr.write(
        outcome.deleted
          ? `Deleted resource group ${result.resourceGroup}.\n`
          : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`,
      );
    } catch (error) {
      io.stderr.write(
        `Could not delete ${result.resourceGroup}: ${(error as Error).message}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`,
      );
    }
  } else if (result.cleanup) {
    io.stderr.write(
      result.cleanup.deleted
        ? `Deleted resource group ${result.resourceGroup}.\n`
        : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`,
    );
  } else if (result.cleanupError !== undefined) {
    io.stderr.write(
      `Could not delete ${result.resourceGroup}: ${result.cleanupError}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`,
    );
  }

  io.stdout.write(renderTerminalSummary(report, { color: io.color === true }));
  io.stdout.write(`\nReport: ${path.relative(io.cwd, dir) || '.'}\n`);
  if (report.outcome === 'interrupted') return ExitCode.interrupted;
  if (report.outcome === 'target-failure') return ExitCode.targetFailure;
  return hasThresholdFailure(thresholds) ? ExitCode.thresholdFailed : ExitCode.ok;
}

/** `bench plan <config>`: prints the dry run; never calls Azure and needs no credential. */
export async function commandPlan(
  config: string,
  options: AzureCliOptions,
  io: CliIo,
  deps: AzureCliDeps,
): Promise<number> {
  if ((options.provider ?? 'azure') !== 'azure') {
    throw inputError(
      'ARGUMENT_INVALID',
      `--provider ${options.provider}: only 'azure' has a plan to show.`,
      'Use --provider azure (local runs create nothing).',
    );
  }
  const env = deps.env ?? process.env;
  const now = (deps.now ?? (() => new Date()))();
  const plan = await loadPlan(path.resolve(io.cwd, config), planOverrides(options));
  const { settings, placeholders } = settingsFrom(options, env, plan, 'placeholders');
  const target = imageTargetOf(plan);
  const image = qualifyProductImage(target.image, settings.acrName);
  const ref = parseImageReference(image);
  // The digest is looked up at run time; the dry run shows zeros in its place.
  const pinned = ref?.digest
    ? image
    : ref
      ? formatPinnedImage(ref, `sha256:${'0'.repeat(64)}`)
      : image;
  const spec = buildSpecForPlan({
    plan,
    settings,
    run: cliRunIdentity(plan, env, now),
    runUrl: `bench CLI on ${os.hostname()}`,
    now,
    pinnedImage: pinned,
    sshPublicKey: generateThrowawaySshPublicKey(),
  });
  const notes = [
    ...(placeholders.length > 0
      ? [
          `Placeholders stand in for settings not given (${placeholders.join(', ')}); a real run needs them.`,
        ]
      : []),
    ref?.digest
      ? undefined
      : `The image ${image} is pinned to its digest at run time; zeros stand in for it here.`,
  ].filter((n): n is string => n !== undefined);
  for (const note of notes) io.stdout.write(`Note: ${note}\n`);
  io.stdout.write(
    `${renderAzurePlan({
      spec,
      subscriptionId: settings.subscriptionId,
      identity: { tenantId: settings.tenantId, clientId: settings.clientId },
      storage: { account: settings.storageAccount, container: settings.storageContainer },
    })}\n`,
  );
  return ExitCode.ok;
}

/** `bench janitor`: expired groups, or the one group of a state file. */
export async function commandJanitor(
  options: AzureCliOptions,
  io: CliIo,
  deps: AzureCliDeps,
): Promise<number> {
  const env = deps.env ?? process.env;
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const state = options.state
    ? await readAzureState(path.resolve(io.cwd, options.state))
    : undefined;
  const subscriptionId = options.subscription ?? state?.subscriptionId ?? env.AZURE_SUBSCRIPTION_ID;
  const problems = [
    subscriptionId === undefined || subscriptionId === ''
      ? 'subscription: missing (--subscription or AZURE_SUBSCRIPTION_ID)'
      : undefined,
    ...validateIds({ subscriptionId: subscriptionId ?? '' }).map(formatProblem),
  ].filter((p): p is string => p !== undefined);
  const waitSeconds = Number(options.wait ?? CLI_DELETE_WAIT_SECONDS);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
    problems.push(`--wait ${options.wait}: not a number of seconds`);
  if (problems.length > 0) {
    throw inputError(
      'ARGUMENT_INVALID',
      `bench janitor cannot start:\n${[...new Set(problems)].map((p) => `- ${p}`).join('\n')}`,
      'Give the subscription id (flag or AZURE_SUBSCRIPTION_ID); log in with `az login` first.',
    );
  }
  const tenantId = options.tenant ?? env.AZURE_TENANT_ID;
  const credential = (deps.createCredential ?? defaultCredential)({
    ...(tenantId !== undefined && { tenantId }),
  });
  const arm = (deps.createArmContext ?? defaultArmContext)({
    credential,
    subscriptionId: subscriptionId!,
    log,
  });

  if (state) {
    if (options.dryRun) {
      io.stdout.write(
        `Would delete resource group ${state.resourceGroup} (from ${options.state}).\n`,
      );
      return ExitCode.ok;
    }
    const outcome = await deleteRunGroup(arm, state.resourceGroup, { waitMs: waitSeconds * 1000 });
    await writeAzureState(path.resolve(io.cwd, options.state!), {
      ...state,
      cleanup: outcome.deleted ? 'deleted' : 'pending',
    });
    io.stdout.write(
      outcome.deleted
        ? `Deleted resource group ${state.resourceGroup}.\n`
        : `Started deleting resource group ${state.resourceGroup}; Azure is still at it.\n`,
    );
    return ExitCode.ok;
  }

  const result = await runJanitor(arm, {
    dryRun: options.dryRun === true,
    now: (deps.now ?? (() => new Date()))(),
  });
  const verb = options.dryRun ? 'Would delete' : 'Deleting';
  io.stdout.write(
    [
      `${verb} ${result.deleted.length} expired group(s)${result.deleted.length ? `: ${result.deleted.join(', ')}` : ''}.`,
      `Kept ${result.kept.length} unexpired group(s)${result.kept.length ? `: ${result.kept.join(', ')}` : ''}.`,
      ...(result.failed.length > 0
        ? [`Azure refused to delete ${result.failed.length}: ${result.failed.join(', ')}.`]
        : []),
    ].join('\n') + '\n',
  );
  return result.failed.length > 0 ? ExitCode.targetFailure : ExitCode.ok;
}

/** Identity of a CLI run: the GitHub run when inside Actions, else this config at this second. */
function cliRunIdentity(
  plan: BenchPlan,
  env: Record<string, string | undefined>,
  now: Date,
): RunIdentity {
  return {
    repository: env.GITHUB_REPOSITORY ?? `local/${plan.name}`,
    runId: env.GITHUB_RUN_ID ?? compactUtcStamp(now).toLowerCase(),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    job: env.GITHUB_JOB ?? 'cli',
  };
}

/** Placeholders for `bench plan` without ids; each passes its pattern and is obviously fake. */
const placeholderValues = {
  tenantId: '00000000-0000-0000-0000-000000000000',
  clientId: '00000000-0000-0000-0000-000000000000',
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  acrName: 'yourregistry',
  storageAccount: 'yourstorage',
  vmIdentityResourceId:
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm',
} as const;

/** Where each required setting comes from, for messages. */
const requiredSources: Record<keyof typeof placeholderValues, string> = {
  tenantId: '--tenant or AZURE_TENANT_ID',
  clientId: '--client or AZURE_CLIENT_ID',
  subscriptionId: '--subscription or AZURE_SUBSCRIPTION_ID',
  acrName: '--acr or BENCH_ACR_NAME',
  storageAccount: '--storage-account or BENCH_STORAGE_ACCOUNT',
  vmIdentityResourceId: '--vm-identity or BENCH_VM_IDENTITY',
};

/**
 * Settings from flags, environment and the config. `strict`: a missing or unsafe value is an
 * input error listing every problem. `placeholders`: missing ids are replaced (and named), but a
 * value that was given and is unsafe is still an error.
 */
function settingsFrom(
  options: AzureCliOptions,
  env: Record<string, string | undefined>,
  plan: BenchPlan,
  mode: 'strict' | 'placeholders',
): { settings: AzureSettings; placeholders: string[] } {
  const given: Record<keyof typeof placeholderValues, string | undefined> = {
    tenantId: options.tenant ?? env.AZURE_TENANT_ID,
    clientId: options.client ?? env.AZURE_CLIENT_ID,
    subscriptionId: options.subscription ?? env.AZURE_SUBSCRIPTION_ID,
    acrName: options.acr ?? env.BENCH_ACR_NAME,
    storageAccount: options.storageAccount ?? env.BENCH_STORAGE_ACCOUNT,
    vmIdentityResourceId: options.vmIdentity ?? env.BENCH_VM_IDENTITY,
  };
  const problems: string[] = [];
  const missing = new Set<string>();
  const placeholders: string[] = [];
  const ids = {} as Record<keyof typeof placeholderValues, string>;
  for (const key of Object.keys(placeholderValues) as (keyof typeof placeholderValues)[]) {
    const value = given[key];
    if (value === undefined || value.trim() === '') {
      if (mode === 'strict') {
        missing.add(key);
        problems.push(`${requiredSources[key].split(' ')[0]}: missing (${requiredSources[key]})`);
      } else {
        placeholders.push(requiredSources[key].split(' ')[0]!);
      }
      ids[key] = placeholderValues[key];
    } else {
      ids[key] = value.trim();
    }
  }
  const loadAgents =
    options.loadAgents !== undefined ? Number(options.loadAgents) : plan.cloud.loadAgents;
  const settings = withAzureDefaults({
    ...ids,
    storageContainer: options.storageContainer ?? env.BENCH_STORAGE_CONTAINER ?? 'bench',
    vmSizes: splitList(options.vmSize) ?? plan.cloud.vmSizes,
    regions: splitList(options.region) ?? plan.cloud.regions,
    loadAgents,
    ...((options.runnerImage ?? env.BENCH_RUNNER_IMAGE) !== undefined && {
      runnerImage: (options.runnerImage ?? env.BENCH_RUNNER_IMAGE)!,
    }),
  });
  // Missing values were already named; checking their stand-ins would only repeat them.
  for (const p of validateAzureSettings(settings)) {
    const key = fieldKey(p.field);
    if (key !== undefined && missing.has(key)) continue;
    problems.push(formatProblem(p));
  }
  if (problems.length > 0) {
    throw inputError(
      'AZURE_SETTINGS_INVALID',
      `Azure settings are missing or not usable:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      'Give every setting listed as a flag or environment variable (see docs/azure.md, Running from the command line). Nothing was sent to Azure.',
    );
  }
  return { settings, placeholders };
}

/** Settings key of a validation field name (`tenant-id` → `tenantId`). */
function fieldKey(field: string): string | undefined {
  const keys: Record<string, string> = {
    'tenant-id': 'tenantId',
    'client-id': 'clientId',
    'subscription-id': 'subscriptionId',
    'acr-name': 'acrName',
    'storage-account': 'storageAccount',
    'vm-identity': 'vmIdentityResourceId',
  };
  return keys[field];
}

/** Checks the subscription id alone (janitor). */
function validateIds(ids: { subscriptionId: string }): UnsafeValue[] {
  if (ids.subscriptionId === '') return [];
  return validateAzureSettings(
    withAzureDefaults({
      ...placeholderValues,
      subscriptionId: ids.subscriptionId,
      storageContainer: 'bench',
    }),
  );
}

/** One problem line. */
function formatProblem(p: UnsafeValue): string {
  return `${p.field}: got ${p.shown}, expected ${p.expected}`;
}

/** `a, b` → `['a', 'b']`; undefined when absent or empty. */
function splitList(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items && items.length > 0 ? items : undefined;
}

/** `--duration`, `--warmup` and `--levels` as plan overrides. */
function planOverrides(options: AzureCliOptions): PlanOverrides {
  const duration = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const checked = checkDuration(value, name === '--warmup' ? 'phase' : 'measured');
    if (!checked.ok) {
      throw inputError(
        'ARGUMENT_INVALID',
        `${name} ${value}: ${checked.message}.`,
        `Give ${checked.expected}.`,
      );
    }
    return checked.ms;
  };
  const durationMs = duration('--duration', options.duration);
  const warmupMs = duration('--warmup', options.warmup);
  const levels = splitList(options.levels)?.map(Number);
  if (levels?.some((n) => !Number.isFinite(n) || n <= 0)) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--levels ${options.levels}: expected a comma-separated list of positive numbers.`,
      "Give levels such as '8,32,128'.",
    );
  }
  return {
    ...(durationMs !== undefined && { durationMs }),
    ...(warmupMs !== undefined && { warmupMs }),
    ...(levels !== undefined && { levels }),
  };
}

/** Outside GitHub Actions: the Azure CLI login, environment variables or a managed identity. */
function defaultCredential(ids: { tenantId?: string; clientId?: string }): TokenCredential {
  return createAzureCredential({ tenantId: ids.tenantId ?? '', clientId: ids.clientId ?? '' });
}

/** ARM clients of the public cloud. */
function defaultArmContext(input: {
  credential: TokenCredential;
  subscriptionId: string;
  log: (line: string) => void;
}): ArmContext {
  return createArmContext(input);
}
