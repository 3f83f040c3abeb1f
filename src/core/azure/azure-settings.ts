/**
 * Settings of the Azure side of a cloud run: who we are, where the image and the reports live,
 * which machines to ask for. Built once from action inputs or CLI flags; validated by
 * `validateAzureSettings` before anything reaches Azure or a VM.
 */
import { CLOUD_DEFAULTS } from '../config/value-rules.js';
import { checkPositiveNumber, checkSafeValue, type UnsafeValue } from './shell-safety.js';

/** Azure settings of a cloud run. */
export interface AzureSettings {
  /** Microsoft Entra tenant id (GUID). */
  tenantId: string;
  /** Client id (GUID) of the app registration or user-assigned identity trusted for GitHub OIDC. */
  clientId: string;
  /** Subscription (GUID) the per-run resource group is created in. */
  subscriptionId: string;
  /** Azure Container Registry name (without `.azurecr.io`) the product image is pulled from. */
  acrName: string;
  /** Storage account holding plans, results and run-command logs. */
  storageAccount: string;
  /** Blob container inside `storageAccount`. */
  storageContainer: string;
  /** Resource id of the pre-created user-assigned identity the VMs run as (AcrPull + Storage Blob Data Contributor). */
  vmIdentityResourceId: string;
  /** VM sizes to try, in order of preference. */
  vmSizes: string[];
  /** Regions to try, in order of preference. */
  regions: string[];
  /** Number of load VMs (each drives 1/N of the load). */
  loadAgents: number;
  /** VM size for the load VMs; the product's size when absent. */
  loadVmSize?: string;
  /** Image that runs the load-VM runner bundle with Node 24 (tag or digest). */
  runnerImage: string;
  /** Hours after creation at which the janitor may delete a run's group. */
  ttlHours: number;
  /** Allow burstable B-series sizes (their CPU credits make numbers unstable). */
  allowBurstable: boolean;
}

/** Defaults for the optional parts of `AzureSettings`. */
export const azureSettingDefaults = {
  /** First choices when the config names none (the one default, shared with the config schema). */
  vmSizes: CLOUD_DEFAULTS.vmSizes,
  /** First choices when the config names none. */
  regions: CLOUD_DEFAULTS.regions,
  /** One load VM unless the config asks for more. */
  loadAgents: CLOUD_DEFAULTS.loadAgents,
  /** Public Node 24 image; point it at an ACR mirror to avoid Docker Hub pull limits. */
  runnerImage: 'node:24-bookworm-slim',
  /** Long enough for a nightly sweep, short enough that a leaked group does not cost a day. */
  ttlHours: 6,
  /** Burstable sizes are refused unless asked for. */
  allowBurstable: false,
} as const;

/** Settings as read from inputs, before defaults. */
export type AzureSettingsInput = Omit<AzureSettings, keyof typeof azureSettingDefaults> &
  Partial<Pick<AzureSettings, keyof typeof azureSettingDefaults>>;

/** Fills the optional settings with their defaults (empty lists count as absent). */
export function withAzureDefaults(input: AzureSettingsInput): AzureSettings {
  return {
    ...input,
    vmSizes: input.vmSizes?.length ? [...input.vmSizes] : [...azureSettingDefaults.vmSizes],
    regions: input.regions?.length ? [...input.regions] : [...azureSettingDefaults.regions],
    loadAgents: input.loadAgents ?? azureSettingDefaults.loadAgents,
    runnerImage: input.runnerImage ?? azureSettingDefaults.runnerImage,
    ttlHours: input.ttlHours ?? azureSettingDefaults.ttlHours,
    allowBurstable: input.allowBurstable ?? azureSettingDefaults.allowBurstable,
  };
}

/** Checks every setting; returns all problems (empty when usable). */
export function validateAzureSettings(settings: AzureSettings): UnsafeValue[] {
  const problems: (UnsafeValue | undefined)[] = [
    checkSafeValue('guid', 'tenant-id', settings.tenantId),
    checkSafeValue('guid', 'client-id', settings.clientId),
    checkSafeValue('guid', 'subscription-id', settings.subscriptionId),
    checkSafeValue('acrName', 'acr-name', settings.acrName),
    checkSafeValue('storageAccount', 'storage-account', settings.storageAccount),
    checkSafeValue('storageContainer', 'storage-container', settings.storageContainer),
    checkSafeValue('identityResourceId', 'vm-identity', settings.vmIdentityResourceId),
    checkSafeValue('image', 'runner-image', settings.runnerImage),
    checkPositiveNumber('load-agents', settings.loadAgents),
    checkPositiveNumber('ttl-hours', settings.ttlHours),
    ...settings.vmSizes.map((s, i) => checkSafeValue('vmSize', `vm-sizes[${i}]`, s)),
    ...settings.regions.map((r, i) => checkSafeValue('region', `regions[${i}]`, r)),
    settings.loadVmSize === undefined
      ? undefined
      : checkSafeValue('vmSize', 'load-vm-size', settings.loadVmSize),
  ];
  return problems.filter((p): p is UnsafeValue => p !== undefined);
}
