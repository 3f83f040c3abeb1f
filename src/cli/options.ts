/**
 * Flags shared by the `bench` commands, declared and parsed in one place: durations, levels and
 * numbers with the same rules as the config and the action (`--warmup 0` is a valid warm-up
 * everywhere), and the Azure flags with the environment variables behind them, each named in
 * messages the way the user can set it.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { checkDuration, type DurationKind } from '../core/config/duration.js';
import type { PlanOverrides } from '../core/config/resolve-plan.js';
import { parseThresholdFraction } from '../core/config/resolve-plan.js';
import { MAX_LOAD_AGENTS } from '../core/config/value-rules.js';
import { MAX_WORKERS } from '../core/config/schema.js';
import { inputError } from '../core/errors.js';
import type { LoadPlanOptions } from '../edges/files/load-plan.js';
import type { GivenAzureSettings } from '../pipeline/azure/resolve-azure-settings.js';

/** Flags of the load that every run-like command takes. */
export interface LoadFlags {
  /** `-d, --duration`: measured window per level. */
  duration?: string;
  /** `--warmup`: warm-up per level. */
  warmup?: string;
  /** `--levels`: comma-separated levels. */
  levels?: string;
  /** `--workers`: worker threads per load generator. */
  workers?: string;
  /** `--products-dir`: catalogue searched first. */
  productsDir?: string;
  /** `--allow-outside-repo`: payloads and products may lie outside the config's repository. */
  allowOutsideRepo?: boolean;
}

/** The Azure flags (strings as commander gives them). */
export interface AzureFlags {
  /** `--subscription`. */
  subscription?: string;
  /** `--tenant`. */
  tenant?: string;
  /** `--client`. */
  client?: string;
  /** `--acr`: registry name. */
  acr?: string;
  /** `--storage-account`. */
  storageAccount?: string;
  /** `--storage-container`. */
  storageContainer?: string;
  /** `--vm-identity`: resource id of the VM identity. */
  vmIdentity?: string;
  /** `--vm-size`: comma-separated VM sizes, in order. */
  vmSize?: string;
  /** `--region`: comma-separated regions, in order. */
  region?: string;
  /** `--load-agents`. */
  loadAgents?: string;
  /** `--runner-image`. */
  runnerImage?: string;
}

/** Adds `--duration`, `--warmup`, `--levels`, `--products-dir` and `--allow-outside-repo`. */
export function addLoadFlags(command: Command): Command {
  return command
    .option(
      '-d, --duration <duration>',
      "measured time per level, e.g. '10s' (a bare number is seconds)",
    )
    .option('--warmup <duration>', "warm-up per level, e.g. '1s' (0 for none)")
    .option('--levels <list>', "levels to run instead of the config's, e.g. '8,32'")
    .option(
      '--workers <n>',
      'worker threads sharing each level (load.workers), for machines with more cores than one event loop can use',
    )
    .option('--products-dir <dir>', 'products catalogue searched before products/ above the config')
    .option(
      '--allow-outside-repo',
      "let payload files and products/ lie outside the config's repository",
    );
}

/** How a command's flags say where a config's files may come from. */
export function loadOptionsFrom(
  flags: Pick<LoadFlags, 'productsDir' | 'allowOutsideRepo'>,
  cwd: string,
): LoadPlanOptions {
  return {
    ...(flags.productsDir !== undefined && {
      productsDirs: [path.resolve(cwd, flags.productsDir)],
    }),
    ...(flags.allowOutsideRepo === true && { allowOutsideRepo: true }),
    // A config outside any git repository belongs to the directory bench runs in, if it is there.
    repositoryRoot: cwd,
  };
}

/** Adds the Azure flags shared by `run --provider azure` and `plan`. */
export function addAzureFlags(command: Command): Command {
  return command
    .option('--subscription <id>', 'azure: subscription id (default AZURE_SUBSCRIPTION_ID)')
    .option('--tenant <id>', 'azure: tenant id (default AZURE_TENANT_ID)')
    .option('--client <id>', 'azure: client id of the identity (default AZURE_CLIENT_ID)')
    .option('--acr <name>', 'azure: registry name without .azurecr.io (default BENCH_ACR_NAME)')
    .option('--storage-account <name>', 'azure: storage account (default BENCH_STORAGE_ACCOUNT)')
    .option(
      '--storage-container <name>',
      'azure: blob container (default BENCH_STORAGE_CONTAINER, else bench)',
    )
    .option(
      '--vm-identity <id>',
      'azure: resource id of the VM identity with AcrPull (default BENCH_VM_IDENTITY)',
    )
    .option('--vm-size <sizes>', "azure: VM sizes to try, comma-separated (default: config's)")
    .option('--region <regions>', "azure: regions to try, comma-separated (default: config's)")
    .option('--load-agents <n>', 'azure: number of load VMs (default: config cloud.loadAgents)')
    .option('--runner-image <image>', 'azure: image running the load-VM runner (Node 24)');
}

/** A duration flag checked with the shared rules, in ms. */
export function parseDurationFlag(
  name: string,
  value: string | undefined,
  kind: DurationKind,
): number | undefined {
  if (value === undefined) return undefined;
  const checked = checkDuration(value, kind);
  if (!checked.ok) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${name} ${value}: ${checked.message}.`,
      `Give ${checked.expected}.`,
    );
  }
  return checked.ms;
}

/** A positive number flag. */
export function parsePositiveFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${name} ${value}: expected a positive number.`,
      `Give ${name} a positive number.`,
    );
  }
  return n;
}

/** A whole-number flag from 1 to `max`. */
export function parseCountFlag(
  name: string,
  value: string | undefined,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > max) {
    throw inputError(
      'ARGUMENT_INVALID',
      `${name} ${value}: expected a whole number from 1 to ${max}.`,
    );
  }
  return n;
}

/** `a, b` → `['a', 'b']`; undefined when absent or empty. */
export function splitList(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items && items.length > 0 ? items : undefined;
}

/** `--levels 8,32` as numbers; the config's model decides what they mean. */
export function parseLevelsFlag(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  const levels = parts.map(Number);
  if (
    parts.length === 0 ||
    parts.some((p) => p === '') ||
    levels.some((n) => !Number.isFinite(n) || n <= 0)
  ) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--levels ${value}: expected a comma-separated list of positive numbers.`,
      "Give levels such as '8,32,128' (connections, or req/s for the open model).",
    );
  }
  return levels;
}

/** `--duration`, `--warmup` and `--levels` as plan overrides, with the shared rules. */
export function planOverridesFrom(flags: LoadFlags): PlanOverrides {
  const durationMs = parseDurationFlag('--duration', flags.duration, 'measured');
  const warmupMs = parseDurationFlag('--warmup', flags.warmup, 'phase');
  const levels = parseLevelsFlag(flags.levels);
  const workers = parseWorkersFlag(flags.workers);
  return {
    ...(durationMs !== undefined && { durationMs }),
    ...(warmupMs !== undefined && { warmupMs }),
    ...(levels !== undefined && { levels }),
    ...(workers !== undefined && { workers }),
  };
}

/** `--workers 4`: worker threads, 1 to `MAX_WORKERS` (undefined when not given). */
export function parseWorkersFlag(value: string | undefined): number | undefined {
  return parseCountFlag('--workers', value, MAX_WORKERS);
}

/** `--threshold 5%` (or 0.05) as a fraction. */
export function parseThresholdFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const fraction = /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value)
    ? value.includes('%')
      ? parseThresholdFraction(value)
      : Number(value)
    : Number.NaN;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 10) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--threshold ${value}: not a relative change.`,
      "Give a percentage such as '5%' or a fraction such as 0.05.",
    );
  }
  return fraction;
}

/** The Azure settings as flags and environment variables give them, each named by both. */
export function givenFromFlags(
  flags: AzureFlags,
  env: Record<string, string | undefined>,
): GivenAzureSettings {
  const pick = (flag: string | undefined, variable: string, name: string) => ({
    value: flag ?? env[variable],
    source: `${name} or ${variable}`,
  });
  const vmSizes = splitList(flags.vmSize);
  const regions = splitList(flags.region);
  const loadAgents = parseCountFlag('--load-agents', flags.loadAgents, MAX_LOAD_AGENTS);
  const runnerImage = flags.runnerImage ?? env.BENCH_RUNNER_IMAGE;
  return {
    tenantId: pick(flags.tenant, 'AZURE_TENANT_ID', '--tenant'),
    clientId: pick(flags.client, 'AZURE_CLIENT_ID', '--client'),
    subscriptionId: pick(flags.subscription, 'AZURE_SUBSCRIPTION_ID', '--subscription'),
    acrName: pick(flags.acr, 'BENCH_ACR_NAME', '--acr'),
    storageAccount: pick(flags.storageAccount, 'BENCH_STORAGE_ACCOUNT', '--storage-account'),
    storageContainer: {
      value: flags.storageContainer ?? env.BENCH_STORAGE_CONTAINER ?? 'bench',
      source: '--storage-container or BENCH_STORAGE_CONTAINER',
    },
    vmIdentityResourceId: pick(flags.vmIdentity, 'BENCH_VM_IDENTITY', '--vm-identity'),
    ...(vmSizes !== undefined && { vmSizes: { value: vmSizes, source: '--vm-size' } }),
    ...(regions !== undefined && { regions: { value: regions, source: '--region' } }),
    ...(loadAgents !== undefined && { loadAgents: { value: loadAgents, source: '--load-agents' } }),
    ...(runnerImage !== undefined && {
      runnerImage: { value: runnerImage, source: '--runner-image or BENCH_RUNNER_IMAGE' },
    }),
  };
}
