/**
 * The one definition of every named value a user gives bench-action (VM sizes, regions, ids,
 * names of Azure resources, image references …): its pattern, what it must look like, how it is
 * normalized, and the defaults and limits that go with it. The config schema, the action's
 * input reader, the CLI's flags and the shell-safety guard all check values here, so a value
 * `bench validate` accepts is never refused later by `--provider azure`, and the other way
 * round. The patterns are deliberately narrower than what Azure or Docker accept: no character
 * with a meaning to a shell (`$`, backtick, quotes, `;`, `|`, `&`, spaces, newlines) can pass.
 */

/** Kinds of value with a rule. */
export type ValueKind =
  | 'guid'
  | 'imageByDigest'
  | 'image'
  | 'acrName'
  | 'storageAccount'
  | 'storageContainer'
  | 'vmSize'
  | 'region'
  | 'envName'
  | 'urlPath'
  | 'identityResourceId'
  | 'resourceGroupName'
  | 'commentId'
  | 'githubRepository'
  | 'namePrefix';

/** A value's rule: the pattern it must match and what to tell the user otherwise. */
export interface ValueRule {
  /** Anchored, without multi-line mode, so a newline never matches. */
  readonly pattern: RegExp;
  /** What the value must look like, for messages. */
  readonly expected: string;
}

const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const host =
  '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?';
const repository = `(?:${host}/)?${component}(?:/${component})*`;
const tag = ':[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const digest = '@sha256:[a-f0-9]{64}';

/** The rule of each kind. */
export const valueRules: Record<ValueKind, ValueRule> = {
  guid: {
    pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    expected: 'a GUID like 00000000-0000-0000-0000-000000000000',
  },
  imageByDigest: {
    pattern: new RegExp(`^${repository}(?:${tag})?${digest}$`),
    expected: 'an image reference pinned by digest: registry/name[:tag]@sha256:<64 hex>',
  },
  image: {
    pattern: new RegExp(`^${repository}(?:(?:${tag})?${digest}|${tag})$`),
    expected: 'an image reference with a tag or digest: registry/name:tag',
  },
  acrName: {
    pattern: /^[a-zA-Z0-9]{5,50}$/,
    expected: '5-50 letters or digits (the registry name without .azurecr.io)',
  },
  storageAccount: {
    pattern: /^[a-z0-9]{3,24}$/,
    expected: '3-24 lower-case letters or digits (the account name, not its URL)',
  },
  storageContainer: {
    pattern: /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
    expected: '3-63 lower-case letters, digits and single hyphens',
  },
  // Azure's own spelling: `Standard_` and the family, size and version parts, with the hyphen of
  // constrained-vCPU sizes (Standard_M8-2ms). Basic-tier sizes are retired and never offered.
  vmSize: {
    pattern: /^Standard_[A-Za-z0-9]{1,30}(?:[_-][A-Za-z0-9]{1,30}){0,4}$/,
    expected: 'an Azure VM size in its exact spelling, like Standard_D4s_v5 or Standard_M8-2ms',
  },
  region: {
    pattern: /^[a-z][a-z0-9]{1,39}$/,
    expected: 'a programmatic Azure region name like westeurope',
  },
  envName: {
    pattern: /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
    expected: 'letters, digits and underscores, not starting with a digit',
  },
  // One character per repetition: `(?:[…]+\/?)*` matched the same paths but backtracked
  // exponentially on a long segment followed by a refused character.
  urlPath: {
    pattern: /^\/(?:[A-Za-z0-9._~!*+,=:@%-]\/?)*$/,
    expected: 'a URL path starting with / without spaces, quotes or shell characters',
  },
  identityResourceId: {
    pattern:
      /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[A-Za-z0-9._()-]{1,90}\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[A-Za-z0-9_-]{3,128}$/,
    expected:
      'a user-assigned identity resource id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>',
  },
  // 1-90 characters, not ending in a period ("Naming rules and restrictions for Azure
  // resources", Microsoft.Resources/resourcegroups, on Microsoft Learn); one character is a name.
  resourceGroupName: {
    pattern: /^[A-Za-z0-9._()-]{0,89}[A-Za-z0-9_()-]$/,
    expected: 'letters, digits, . _ ( ) - up to 90 characters, not ending in .',
  },
  githubRepository: {
    pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/,
    expected: 'a GitHub repository as owner/name, e.g. plasmatic/reframe',
  },
  namePrefix: {
    pattern: /^[a-z][a-z0-9]{1,11}$/,
    expected:
      '2-12 lower-case letters or digits, starting with a letter (it starts Azure resource names)',
  },
  commentId: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    expected: 'up to 64 letters, digits, dots, underscores or hyphens, e.g. reframe-pr',
  },
};

/**
 * The value as the rules see it: surrounding spaces removed, and region names lower-cased
 * (Azure spells them in lower case; `WestEurope` is the same region).
 */
export function normalizeValue(kind: ValueKind, value: string): string {
  const trimmed = value.trim();
  return kind === 'region' ? trimmed.toLowerCase() : trimmed;
}

/** Whether `value` (as given, not normalized) follows the rule of `kind`. */
export function matchesRule(kind: ValueKind, value: unknown): boolean {
  return typeof value === 'string' && valueRules[kind].pattern.test(value);
}

/** Most load VMs one run may start (each is a VM billed for the whole run). */
export const MAX_LOAD_AGENTS = 50;

/**
 * Cloud choices when neither the config nor a flag or input names any: general purpose sizes of
 * one family (a proximity placement group's intent must be servable by one datacenter), with
 * accelerated networking and no burstable B-series, in two regions for capacity fallback.
 */
export const CLOUD_DEFAULTS = {
  /** VM sizes to try, in order. */
  vmSizes: ['Standard_D4s_v5', 'Standard_D4ds_v5'],
  /** Regions to try, in order. */
  regions: ['westeurope', 'northeurope'],
  /** Load VMs. */
  loadAgents: 1,
} as const;
