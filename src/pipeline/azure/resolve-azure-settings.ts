/**
 * The Azure settings of a cloud run, built once from what a front end received (CLI flags and
 * environment variables, or the action's inputs) and the config's `cloud:` section. Each value
 * carries where it came from, so every missing or unusable one is named the way the user wrote
 * it (`--tenant or AZURE_TENANT_ID`, or `azure-tenant-id`), all at once, before anything reaches
 * Azure.
 */
import {
  validateAzureSettings,
  withAzureDefaults,
  type AzureSettings,
} from '../../core/azure/azure-settings.js';
import type { BenchPlan } from '../../core/config/plan.js';
import { inputError } from '../../core/errors.js';

/** A value as a front end received it, and where it came from (for messages). */
export interface GivenSetting<T = string> {
  /** The value; undefined or empty when not given. */
  value: T | undefined;
  /** Where it is set, e.g. `--tenant or AZURE_TENANT_ID`, or `azure-tenant-id`. */
  source: string;
}

/** The required Azure ids and names of a run. */
export const REQUIRED_AZURE_SETTINGS = [
  'tenantId',
  'clientId',
  'subscriptionId',
  'acrName',
  'storageAccount',
  'storageContainer',
  'vmIdentityResourceId',
] as const;
/** One required setting. */
export type RequiredAzureSetting = (typeof REQUIRED_AZURE_SETTINGS)[number];

/** Everything a front end gives towards the Azure settings. */
export type GivenAzureSettings = Record<RequiredAzureSetting, GivenSetting> & {
  /** VM sizes in order of preference; the config's when empty. */
  vmSizes?: GivenSetting<string[]>;
  /** Regions in order of preference; the config's when empty. */
  regions?: GivenSetting<string[]>;
  /** Load VMs; the config's when undefined. */
  loadAgents?: GivenSetting<number>;
  /** Image running the load-VM runner; the default when undefined. */
  runnerImage?: GivenSetting;
};

/**
 * Obviously fake stand-ins for missing ids, each passing its pattern, for `bench plan` and
 * `mode: plan` (which show a run without calling Azure).
 */
export const PLACEHOLDER_SETTINGS: Record<RequiredAzureSetting, string> = {
  tenantId: '00000000-0000-0000-0000-000000000000',
  clientId: '00000000-0000-0000-0000-000000000000',
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  acrName: 'yourregistry',
  storageAccount: 'yourstorage',
  storageContainer: 'bench',
  vmIdentityResourceId:
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm',
};

/** Which setting a `validateAzureSettings` field belongs to. */
function settingOfField(field: string): keyof AzureSettings | undefined {
  const base = field.replace(/\[\d+\]$/, '');
  const names: Record<string, keyof AzureSettings> = {
    'tenant-id': 'tenantId',
    'client-id': 'clientId',
    'subscription-id': 'subscriptionId',
    'acr-name': 'acrName',
    'storage-account': 'storageAccount',
    'storage-container': 'storageContainer',
    'vm-identity': 'vmIdentityResourceId',
    'runner-image': 'runnerImage',
    'load-agents': 'loadAgents',
    'vm-sizes': 'vmSizes',
    regions: 'regions',
  };
  return names[base];
}

/** The resolved settings and the placeholders used for missing ids. */
export interface ResolvedAzureSettings {
  /** Settings with defaults filled, every value checked. */
  settings: AzureSettings;
  /** Sources of the settings replaced by placeholders (`placeholders` mode only). */
  placeholders: string[];
}

/**
 * Builds the settings. `strict`: a missing or unusable value is an `AZURE_SETTINGS_INVALID`
 * input error listing every problem with its source. `placeholders`: missing ids are replaced by
 * `PLACEHOLDER_SETTINGS` (and named), but a value that was given and is unusable is still an
 * error. Lists and counts not given come from the config's `cloud:` section.
 */
export function resolveAzureSettings(
  given: GivenAzureSettings,
  plan: Pick<BenchPlan, 'cloud'>,
  mode: 'strict' | 'placeholders',
): ResolvedAzureSettings {
  const problems: string[] = [];
  const missing = new Set<keyof AzureSettings>();
  const placeholders: string[] = [];
  const ids = {} as Record<RequiredAzureSetting, string>;
  for (const key of REQUIRED_AZURE_SETTINGS) {
    const value = given[key].value?.trim() ?? '';
    if (value !== '') {
      ids[key] = value;
      continue;
    }
    ids[key] = PLACEHOLDER_SETTINGS[key];
    if (mode === 'strict') {
      missing.add(key);
      problems.push(`${given[key].source}: missing`);
    } else {
      placeholders.push(given[key].source);
    }
  }
  const sources: Partial<Record<keyof AzureSettings, string>> = {
    ...Object.fromEntries(REQUIRED_AZURE_SETTINGS.map((key) => [key, given[key].source])),
    vmSizes: given.vmSizes?.source ?? 'cloud.vmSizes',
    regions: given.regions?.source ?? 'cloud.regions',
    loadAgents: given.loadAgents?.source ?? 'cloud.loadAgents',
    runnerImage: given.runnerImage?.source ?? 'runner-image',
  };
  const listOr = (list: GivenSetting<string[]> | undefined, fallback: string[]) =>
    list?.value !== undefined && list.value.length > 0 ? list.value : fallback;
  const runnerImage = given.runnerImage?.value?.trim();
  const settings = withAzureDefaults({
    ...ids,
    vmSizes: listOr(given.vmSizes, plan.cloud.vmSizes),
    regions: listOr(given.regions, plan.cloud.regions),
    loadAgents: given.loadAgents?.value ?? plan.cloud.loadAgents,
    ...(runnerImage !== undefined && runnerImage !== '' && { runnerImage }),
  });
  for (const problem of validateAzureSettings(settings)) {
    const key = settingOfField(problem.field);
    // A missing value was already named; its stand-in would only repeat it.
    if (key !== undefined && missing.has(key)) continue;
    const index = /\[(\d+)\]$/.exec(problem.field)?.[1];
    const where = key !== undefined ? (sources[key] ?? problem.field) : problem.field;
    problems.push(
      `${where}${index !== undefined ? ` (item ${Number(index) + 1})` : ''}: got ${problem.shown}, expected ${problem.expected}`,
    );
  }
  if (problems.length > 0) {
    throw inputError(
      'AZURE_SETTINGS_INVALID',
      `Azure settings are missing or not usable:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  return { settings, placeholders };
}
