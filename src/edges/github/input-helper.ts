/**
 * Reads every input once and turns them into one `ActionSettings` object, or fails with every
 * problem at once so a user fixes a workflow in one edit instead of one run per typo. Values are
 * checked by the shared value rules (`core/config/value-rules.ts`) and durations by the shared
 * duration rules, before anything is logged: a raw input never reaches the log, where a line
 * starting with `::` would be a workflow command.
 */
import * as core from '@actions/core';
import { checkDuration } from '../../core/config/duration.js';
import {
  MAX_LOAD_AGENTS,
  matchesRule,
  normalizeValue,
  valueRules,
} from '../../core/config/value-rules.js';
import { BenchError } from '../../core/errors.js';
import { FailOnModes, type FailOn } from '../../core/stats/verdict.js';
import {
  CommentModes,
  Inputs,
  Modes,
  Providers,
  type CommentMode,
  type InputName,
  type Mode,
  type Provider,
} from './constants.js';

/**
 * Defaults applied when an input is empty. `action.yml` declares the same defaults (a test
 * compares them); repeating them here keeps a run without the runner's defaults (tests, local
 * runners) behaving the same. Inputs whose value may come from the config (`provider`,
 * `load-agents`) have none: empty means "the config's".
 */
export const InputDefaults: Partial<Record<InputName, string>> = {
  [Inputs.comment]: 'always',
  [Inputs.commentId]: 'default',
  [Inputs.failOn]: 'regression',
  [Inputs.mode]: 'run',
};

/** Azure identity and subscription, from the `azure-*` inputs. */
export interface AzureIdentityInputs {
  /** Entra ID tenant (GUID). */
  tenantId: string;
  /** Client id of the app registration or managed identity with a federated credential (GUID). */
  clientId: string;
  /** Subscription that receives the run's resource group (GUID). */
  subscriptionId: string;
}

/** Blob storage for the VM exchange and report history. */
export interface StorageSettings {
  /** Storage account name. */
  account: string;
  /** Blob container name. */
  container: string;
}

/** Everything the action was asked to do, validated. */
export interface ActionSettings {
  /** `run`, `plan` or `janitor`. */
  mode: Mode;
  /** Where the target runs; undefined: the config's `cloud.provider` (see `resolveProvider`). */
  provider?: Provider;
  /** Config file path, as given (relative to the workspace). */
  configPath?: string;
  /** Products catalogue searched first, as given (relative to the workspace). */
  productsDir?: string;
  /** Product name from the catalogue. */
  product?: string;
  /** Candidate image. */
  image?: string;
  /** Baseline image for a same-session A/B comparison. */
  baselineImage?: string;
  /** VM sizes in order of preference; empty means the config's choice. */
  vmSizes: string[];
  /** Regions in order of preference; empty means the config's choice. */
  regions: string[];
  /** Load VMs to start; undefined means the config's `cloud.loadAgents`. */
  loadAgents?: number;
  /** Load levels overriding the config. */
  levels?: number[];
  /** Measured duration per level overriding the config, ms. */
  durationMs?: number;
  /** Azure identity; set when all three ids were given. */
  azure?: AzureIdentityInputs;
  /** Azure Container Registry name. */
  acrName?: string;
  /** Resource id of the user-assigned identity the VMs run as (needed by Azure runs). */
  vmIdentityResourceId?: string;
  /** Image running the load-VM runner; the Azure default when absent. */
  runnerImage?: string;
  /** Blob storage; set when both account and container were given. */
  storage?: StorageSettings;
  /** When the PR comment is posted. */
  comment: CommentMode;
  /** Identifies the sticky comment on a PR. */
  commentId: string;
  /** Pull request to comment on, when the event names none. */
  prNumber?: number;
  /** mode aggregate: directory of the reports to compare, as given. */
  reportsDir?: string;
  /** mode aggregate: SLO limits. */
  slo?: string[];
  /** What fails the step. */
  failOn: FailOn;
  /** Token for the PR comment. A secret: never logged, never saved in state. */
  githubToken: string;
}

/** One thing wrong with one input. */
export interface InputProblem {
  /** Input name as written in the workflow. */
  input: InputName;
  /** What is wrong, quoting the value (JSON-quoted, so control characters show). */
  message: string;
  /** What to write instead. */
  hint: string;
}

/** The inputs were invalid; `problems` lists each one. */
export class InputProblemsError extends BenchError {
  /** Every problem found. */
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    const lines = problems.map((p) => `- ${p.input}: ${p.message} ${p.hint}`);
    super(
      'INPUT_INVALID',
      `${problems.length} problem${problems.length === 1 ? '' : 's'} with the action's inputs:\n${lines.join('\n')}`,
    );
    this.name = 'InputProblemsError';
    this.problems = problems;
  }
}

/** A value as it may be shown in a message: JSON-quoted and cut, never raw. */
export function quoteInput(value: string): string {
  const quoted = JSON.stringify(value);
  return quoted.length > 82 ? `${quoted.slice(0, 80)}…"` : quoted;
}

/** Product names, as in the config (`products/<name>`): never a path. */
const PRODUCT_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Reads one input with its default, trimmed. */
function read(name: InputName): string {
  const value = core.getInput(name);
  return value === '' ? (InputDefaults[name] ?? '') : value;
}

/** Splits a list input on commas and newlines. */
function readList(name: InputName): string[] {
  return read(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * Reads and validates every input. Throws an `InputProblemsError` (code `INPUT_INVALID`)
 * listing every problem when any input is wrong.
 */
export function getActionSettings(): ActionSettings {
  const problems: InputProblem[] = [];
  const problem = (input: InputName, message: string, hint: string) =>
    problems.push({ input, message, hint });

  /** The value when allowed (or empty and optional); otherwise records a problem. */
  function oneOf<T extends string>(
    name: InputName,
    allowed: readonly T[],
    opts: { optional?: boolean } = {},
  ): T | undefined {
    const value = read(name);
    if (value === '' && opts.optional) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problem(name, `${quoteInput(value)} is not allowed.`, `Use one of: ${allowed.join(', ')}.`);
    return undefined;
  }

  /** An optional input that must follow a value rule; undefined when empty or wrong. */
  function ruled(name: InputName, kind: Parameters<typeof matchesRule>[0], what: string) {
    const value = optional(read(name).trim());
    if (value === undefined) return undefined;
    if (matchesRule(kind, value)) return value;
    problem(name, `${quoteInput(value)} is not ${what}.`, `Give ${valueRules[kind].expected}.`);
    return undefined;
  }

  // Checks that depend on mode or provider only run when those are valid, so one typo does
  // not cascade into a list of unrelated complaints.
  const mode = oneOf(Inputs.mode, Modes);
  const providerGiven = read(Inputs.provider) !== '';
  const provider = oneOf(Inputs.provider, Providers, { optional: true });
  const comment = oneOf(Inputs.comment, CommentModes);
  const failOn = oneOf(Inputs.failOn, FailOnModes);

  const configPath = optional(read(Inputs.config).trim());
  if (configPath !== undefined && /[\r\n\0]/.test(configPath)) {
    problem(Inputs.config, `${quoteInput(configPath)} is not a path.`, 'Give one file path.');
  }
  const productsDir = optional(read(Inputs.productsDir).trim());
  if (productsDir !== undefined && /[\r\n\0]/.test(productsDir)) {
    problem(Inputs.productsDir, `${quoteInput(productsDir)} is not a path.`, 'Give one path.');
  }
  const productText = optional(read(Inputs.product).trim());
  let product: string | undefined;
  if (productText !== undefined) {
    if (PRODUCT_NAME.test(productText)) product = productText;
    else {
      problem(
        Inputs.product,
        `${quoteInput(productText)} is not a product name.`,
        'Give a product name from the catalogue (lower-case letters, digits and hyphens, e.g. reframe), not a path.',
      );
    }
  }
  const reportsDir = optional(read(Inputs.reportsDir).trim());
  if (reportsDir !== undefined && /[\r\n\0]/.test(reportsDir)) {
    problem(Inputs.reportsDir, `${quoteInput(reportsDir)} is not a path.`, 'Give one path.');
  }
  if (mode === 'aggregate' && reportsDir === undefined) {
    problem(
      Inputs.reportsDir,
      'is required with mode aggregate.',
      'Give the directory where actions/download-artifact put the reports, e.g. reports.',
    );
  }
  const sloText = optional(read(Inputs.slo).trim());
  const slo = sloText
    ?.split(/\n|\band\b/)
    .map((limit) => limit.trim())
    .filter((l) => l !== '');
  if (
    mode !== 'janitor' &&
    mode !== 'preflight' &&
    mode !== 'aggregate' &&
    configPath === undefined &&
    productText === undefined
  ) {
    problem(
      Inputs.config,
      'is empty and no product was given.',
      'Set `config` to a config file (e.g. configs/reframe-pr.yml) or `product` to a product name.',
    );
  }

  const image = ruled(Inputs.image, 'image', 'an image reference');
  const baselineImage = ruled(Inputs.baselineImage, 'image', 'an image reference');

  const vmSizes = readList(Inputs.vmSizes);
  for (const size of vmSizes) {
    if (!matchesRule('vmSize', size)) {
      problem(
        Inputs.vmSizes,
        `${quoteInput(size)} is not a VM size name.`,
        `Give ${valueRules.vmSize.expected}, separated by commas.`,
      );
    }
  }
  const regions = readList(Inputs.regions).map((region) => normalizeValue('region', region));
  for (const region of regions) {
    if (!matchesRule('region', region)) {
      problem(
        Inputs.regions,
        `${quoteInput(region)} is not a region name.`,
        `Give ${valueRules.region.expected}, separated by commas (e.g. westeurope,northeurope).`,
      );
    }
  }

  const loadAgentsText = read(Inputs.loadAgents).trim();
  let loadAgents: number | undefined;
  if (loadAgentsText !== '') {
    loadAgents = Number(loadAgentsText);
    if (!/^\d+$/.test(loadAgentsText) || loadAgents < 1 || loadAgents > MAX_LOAD_AGENTS) {
      problem(
        Inputs.loadAgents,
        `${quoteInput(loadAgentsText)} is not a whole number from 1 to ${MAX_LOAD_AGENTS}.`,
        "Give the number of load VMs, e.g. 1 or 2, or leave it empty for the config's.",
      );
      loadAgents = undefined;
    }
  }

  let levels: number[] | undefined;
  const levelItems = readList(Inputs.levels);
  if (levelItems.length > 0) {
    levels = [];
    for (const item of levelItems) {
      const level = Number(item);
      if (!/^\d+(\.\d+)?$/.test(item) || !(level > 0)) {
        problem(
          Inputs.levels,
          `${quoteInput(item)} is not a positive number.`,
          'Give connections (closed model) or req/s (open model) separated by commas, e.g. 8,32,128.',
        );
      } else {
        levels.push(level);
      }
    }
  }

  let durationMs: number | undefined;
  const durationText = read(Inputs.duration).trim();
  if (durationText !== '') {
    const checked = checkDuration(durationText, 'measured');
    if (checked.ok) durationMs = checked.ms;
    else {
      problem(
        Inputs.duration,
        `${quoteInput(durationText)}: ${checked.message}.`,
        `Give ${checked.expected}.`,
      );
    }
  }

  const tenantId = read(Inputs.azureTenantId).trim();
  const clientId = read(Inputs.azureClientId).trim();
  const subscriptionId = read(Inputs.azureSubscriptionId).trim();
  // An explicit azure provider needs the ids; a provider taken from the config is checked
  // when the config is read (see the Azure pipeline's settings).
  const needsAzure =
    mode !== undefined &&
    mode !== 'plan' &&
    (provider === 'azure' || ((mode === 'janitor' || mode === 'preflight') && !providerGiven));
  const ids: [InputName, string, string][] = [
    [Inputs.azureTenantId, tenantId, 'the Entra ID tenant id'],
    [Inputs.azureClientId, clientId, 'the client id of the identity with a federated credential'],
    [Inputs.azureSubscriptionId, subscriptionId, 'the subscription id for the run resource group'],
  ];
  for (const [name, value, what] of ids) {
    if (value === '') {
      if (needsAzure) {
        problem(
          name,
          `is required when provider is azure and mode is ${mode ?? 'run'}.`,
          `Set it to ${what}, usually from a repository variable: \${{ vars.AZURE_${name.slice(6).replace(/-/g, '_').toUpperCase()} }}.`,
        );
      }
    } else if (!matchesRule('guid', value)) {
      problem(
        name,
        `${quoteInput(value)} is not a GUID.`,
        `Set it to ${what} (${valueRules.guid.expected}).`,
      );
    }
  }
  if (mode === 'janitor' && providerGiven && provider !== undefined && provider !== 'azure') {
    problem(
      Inputs.mode,
      `janitor cleans Azure resource groups, but provider is ${provider}.`,
      'Use provider: azure (or leave it empty) with mode: janitor.',
    );
  }
  if (mode === 'preflight' && providerGiven && provider !== undefined && provider !== 'azure') {
    problem(
      Inputs.mode,
      `preflight checks an Azure subscription's set-up, but provider is ${provider}.`,
      'Use provider: azure (or leave it empty) with mode: preflight; local runs need no set-up.',
    );
  }

  const acrName = ruled(Inputs.acrName, 'acrName', 'a registry name');
  const vmIdentityResourceId = ruled(
    Inputs.azureVmIdentity,
    'identityResourceId',
    'a user-assigned identity resource id',
  );
  const runnerImage = ruled(Inputs.runnerImage, 'image', 'an image reference');

  const account = read(Inputs.storageAccount).trim();
  const container = read(Inputs.storageContainer).trim();
  if (account !== '' && !matchesRule('storageAccount', account)) {
    problem(
      Inputs.storageAccount,
      `${quoteInput(account)} is not a storage account name.`,
      `Give ${valueRules.storageAccount.expected}.`,
    );
  }
  if (container !== '' && !matchesRule('storageContainer', container)) {
    problem(
      Inputs.storageContainer,
      `${quoteInput(container)} is not a container name.`,
      `Give ${valueRules.storageContainer.expected}.`,
    );
  }
  if ((account === '') !== (container === '')) {
    problem(
      account === '' ? Inputs.storageAccount : Inputs.storageContainer,
      'is empty while its partner is set.',
      'Set both storage-account and storage-container, or neither.',
    );
  }

  const prNumberText = read(Inputs.prNumber).trim();
  let prNumber: number | undefined;
  if (prNumberText !== '') {
    if (/^[1-9]\d{0,9}$/.test(prNumberText)) prNumber = Number(prNumberText);
    else {
      problem(
        Inputs.prNumber,
        `${quoteInput(prNumberText)} is not a pull request number.`,
        'Give the number of the pull request, e.g. 42, or leave it empty.',
      );
    }
  }

  const commentId = read(Inputs.commentId).trim();
  if (!matchesRule('commentId', commentId)) {
    problem(
      Inputs.commentId,
      `${quoteInput(commentId)} cannot be used in the comment marker.`,
      `Give ${valueRules.commentId.expected}.`,
    );
  }

  const githubToken = core.getInput(Inputs.githubToken);
  if (githubToken !== '') core.setSecret(githubToken);

  if (problems.length > 0 || !mode || !comment || !failOn || (providerGiven && !provider)) {
    throw new InputProblemsError(problems);
  }

  return {
    mode,
    ...(provider !== undefined && { provider }),
    ...(configPath !== undefined && { configPath }),
    ...(productsDir !== undefined && { productsDir }),
    ...(product !== undefined && { product }),
    ...(image !== undefined && { image }),
    ...(baselineImage !== undefined && { baselineImage }),
    vmSizes,
    regions,
    ...(loadAgents !== undefined && { loadAgents }),
    ...(levels !== undefined && { levels }),
    ...(durationMs !== undefined && { durationMs }),
    ...(tenantId !== '' &&
      clientId !== '' &&
      subscriptionId !== '' && { azure: { tenantId, clientId, subscriptionId } }),
    ...(acrName !== undefined && { acrName }),
    ...(vmIdentityResourceId !== undefined && { vmIdentityResourceId }),
    ...(runnerImage !== undefined && { runnerImage }),
    ...(account !== '' && container !== '' && { storage: { account, container } }),
    comment,
    commentId,
    ...(prNumber !== undefined && { prNumber }),
    ...(reportsDir !== undefined && { reportsDir }),
    ...(slo !== undefined && slo.length > 0 && { slo }),
    failOn,
    githubToken,
  };
}
