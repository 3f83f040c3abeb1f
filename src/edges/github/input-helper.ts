/**
 * Reads every input once and turns them into one `ActionSettings` object, or fails with every
 * problem at once so a user fixes a workflow in one edit instead of one run per typo.
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
import {
  CommentModes,
  FailOnModes,
  Inputs,
  Modes,
  Providers,
  type CommentMode,
  type FailOn,
  type InputName,
  type Mode,
  type Provider,
} from './constants.js';

/**
 * Defaults applied when an input is empty. `action.yml` declares the same defaults (a test
 * compares them); repeating them here keeps a run without the runner's defaults (tests, local
 * runners) behaving the same.
 */
export const InputDefaults: Partial<Record<InputName, string>> = {
  [Inputs.provider]: 'azure',
  [Inputs.loadAgents]: '1',
  [Inputs.comment]: 'always',
  [Inputs.commentId]: 'default',
  [Inputs.failOn]: 'regression',
  [Inputs.mode]: 'run',
};

/** Azure identity and subscription, from the `azure-*` inputs. */
export interface AzureSettings {
  /** Entra ID tenant (GUID). */
  tenantId: string;
  /** Client id of the app registration or managed identity with a federated credential (GUID). */
  clientId: string;
  /** Subscription that receives the run's resource group (GUID). */
  subscriptionId: string;
}

/** Blob storage for report history. */
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
  /** Where the target runs. */
  provider: Provider;
  /** Config file path, as given (relative to the workspace). */
  configPath?: string;
  /** Product name under `products/`. */
  product?: string;
  /** Candidate image. */
  image?: string;
  /** Baseline image for a same-session A/B comparison. */
  baselineImage?: string;
  /** VM sizes in order of preference; empty means the config's choice. */
  vmSizes: string[];
  /** Regions in order of preference; empty means the config's choice. */
  regions: string[];
  /** Load VMs to start. */
  loadAgents: number;
  /** Load levels overriding the config. */
  levels?: number[];
  /** Measured duration per level overriding the config, ms. */
  durationMs?: number;
  /** Azure identity; set when the provider is `azure` and the mode needs Azure. */
  azure?: AzureSettings;
  /** Azure Container Registry name. */
  acrName?: string;
  /** Resource id of the user-assigned identity the VMs run as (needed by Azure runs). */
  vmIdentityResourceId?: string;
  /** Image running the load-VM runner; the Azure default when absent. */
  runnerImage?: string;
  /** Blob storage for history; set when both account and container were given. */
  storage?: StorageSettings;
  /** When the PR comment is posted. */
  comment: CommentMode;
  /** Identifies the sticky comment on a PR. */
  commentId: string;
  /** What fails the step. */
  failOn: FailOn;
  /** Token for the PR comment. A secret: never logged, never saved in state. */
  githubToken: string;
}

/** One thing wrong with one input. */
export interface InputProblem {
  /** Input name as written in the workflow. */
  input: InputName;
  /** What is wrong, quoting the value. */
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
      "Fix the step's `with:` block; docs/action.md lists every input and its values.",
    );
    this.name = 'InputProblemsError';
    this.problems = problems;
  }
}

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

  /** The value when allowed; otherwise records a problem and returns undefined. */
  function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T | undefined {
    const value = read(name);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problem(name, `'${value}' is not allowed.`, `Use one of: ${allowed.join(', ')}.`);
    return undefined;
  }

  // Checks that depend on mode or provider only run when those are valid, so one typo does
  // not cascade into a list of unrelated complaints.
  const mode = oneOf(Inputs.mode, Modes);
  const provider = oneOf(Inputs.provider, Providers);
  const comment = oneOf(Inputs.comment, CommentModes);
  const failOn = oneOf(Inputs.failOn, FailOnModes);

  const configPath = optional(read(Inputs.config));
  const product = optional(read(Inputs.product));
  if (mode !== 'janitor' && configPath === undefined && product === undefined) {
    problem(
      Inputs.config,
      'is empty and no product was given.',
      'Set `config` to a config file (e.g. configs/reframe-pr.yml) or `product` to a folder under products/.',
    );
  }

  const vmSizes = readList(Inputs.vmSizes);
  for (const size of vmSizes) {
    if (!matchesRule('vmSize', size)) {
      problem(
        Inputs.vmSizes,
        `'${size}' is not a VM size name.`,
        `Give ${valueRules.vmSize.expected}, separated by commas.`,
      );
    }
  }
  const regions = readList(Inputs.regions).map((region) => normalizeValue('region', region));
  for (const region of regions) {
    if (!matchesRule('region', region)) {
      problem(
        Inputs.regions,
        `'${region}' is not a region name.`,
        `Give ${valueRules.region.expected}, separated by commas (e.g. westeurope,northeurope).`,
      );
    }
  }

  const loadAgentsText = read(Inputs.loadAgents);
  const loadAgents = Number(loadAgentsText);
  if (!/^\d+$/.test(loadAgentsText) || loadAgents < 1 || loadAgents > MAX_LOAD_AGENTS) {
    problem(
      Inputs.loadAgents,
      `'${loadAgentsText}' is not a whole number from 1 to ${MAX_LOAD_AGENTS}.`,
      'Give the number of load VMs, e.g. 1 or 2.',
    );
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
          `'${item}' is not a positive number.`,
          'Give connections (closed model) or req/s (open model) separated by commas, e.g. 8,32,128.',
        );
      } else {
        levels.push(level);
      }
    }
  }

  let durationMs: number | undefined;
  const durationText = read(Inputs.duration);
  if (durationText !== '') {
    const checked = checkDuration(durationText, 'measured');
    if (checked.ok) durationMs = checked.ms;
    else
      problem(
        Inputs.duration,
        `'${durationText}': ${checked.message}.`,
        `Give ${checked.expected}.`,
      );
  }

  const tenantId = read(Inputs.azureTenantId);
  const clientId = read(Inputs.azureClientId);
  const subscriptionId = read(Inputs.azureSubscriptionId);
  const needsAzure = provider === 'azure' && mode !== undefined && mode !== 'plan';
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
        `'${value}' is not a GUID.`,
        `Set it to ${what} (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`,
      );
    }
  }
  if (mode === 'janitor' && provider !== undefined && provider !== 'azure') {
    problem(
      Inputs.mode,
      `janitor cleans Azure resource groups, but provider is ${provider}.`,
      'Use provider: azure with mode: janitor.',
    );
  }

  const acrName = optional(read(Inputs.acrName));
  if (acrName !== undefined && !matchesRule('acrName', acrName)) {
    problem(
      Inputs.acrName,
      `'${acrName}' is not a registry name.`,
      `Give ${valueRules.acrName.expected}, not its login server.`,
    );
  }

  const account = read(Inputs.storageAccount);
  const container = read(Inputs.storageContainer);
  if (account !== '' && !matchesRule('storageAccount', account)) {
    problem(
      Inputs.storageAccount,
      `'${account}' is not a storage account name.`,
      `Give ${valueRules.storageAccount.expected}.`,
    );
  }
  if (container !== '' && !matchesRule('storageContainer', container)) {
    problem(
      Inputs.storageContainer,
      `'${container}' is not a container name.`,
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

  const commentId = read(Inputs.commentId);
  if (!matchesRule('commentId', commentId)) {
    problem(
      Inputs.commentId,
      `'${commentId}' cannot be used in the comment marker.`,
      `Give ${valueRules.commentId.expected}.`,
    );
  }

  const githubToken = core.getInput(Inputs.githubToken);
  if (githubToken !== '') core.setSecret(githubToken);

  if (problems.length > 0 || !mode || !provider || !comment || !failOn) {
    throw new InputProblemsError(problems);
  }

  return {
    mode,
    provider,
    configPath,
    product,
    image: optional(read(Inputs.image)),
    baselineImage: optional(read(Inputs.baselineImage)),
    vmSizes,
    regions,
    loadAgents,
    levels,
    durationMs,
    azure:
      tenantId !== '' && clientId !== '' && subscriptionId !== ''
        ? { tenantId, clientId, subscriptionId }
        : undefined,
    acrName,
    vmIdentityResourceId: optional(read(Inputs.azureVmIdentity)),
    runnerImage: optional(read(Inputs.runnerImage)),
    storage: account !== '' && container !== '' ? { account, container } : undefined,
    comment,
    commentId,
    failOn,
    githubToken,
  };
}
