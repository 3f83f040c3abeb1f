/**
 * Assembles the `AzureRunSpec` of a run from the settings, the GitHub run and the product, so
 * the action, the CLI's dry run and the tests all build it the same way.
 */
import type { ImageTargetPlan } from '../config/plan.js';
import type { AzureSettings } from './azure-settings.js';
import type { AzureRunSpec } from './resource-specs.js';
import { buildRunGroupName, buildRunTags, type RunIdentity } from './run-names.js';

/** Inputs of `buildAzureRunSpec`. */
export interface AzureRunSpecInput {
  /** Azure settings. */
  settings: AzureSettings;
  /** The GitHub run (or a local stand-in) the group belongs to. */
  run: RunIdentity;
  /** Link recorded in the `run-url` tag. */
  runUrl: string;
  /** Creation time for the tags. */
  now: Date;
  /** The product container. */
  product: AzureRunSpec['product'];
  /** Throwaway OpenSSH public key (`generateThrowawaySshPublicKey`). */
  sshPublicKey: string;
}

/** The product part of a spec from an image target of the plan (image must already be pinned by digest). */
export function productFromImageTarget(target: ImageTargetPlan): AzureRunSpec['product'] {
  return {
    image: target.image,
    port: target.port,
    env: { ...target.env },
    healthPath: target.health.path,
    healthTimeoutSeconds: Math.max(1, Math.ceil(target.health.timeoutMs / 1000)),
  };
}

/** Builds the spec; validate it with `validateAzureRunSpec` before use. */
export function buildAzureRunSpec(input: AzureRunSpecInput): AzureRunSpec {
  const { settings } = input;
  return {
    groupName: buildRunGroupName(input.run),
    tags: buildRunTags({
      run: input.run,
      runUrl: input.runUrl,
      now: input.now,
      ttlHours: settings.ttlHours,
    }),
    product: input.product,
    acrLoginServer: `${settings.acrName.toLowerCase()}.azurecr.io`,
    identityResourceId: settings.vmIdentityResourceId,
    vmSizes: [...settings.vmSizes],
    ...(settings.loadVmSize !== undefined && { loadVmSize: settings.loadVmSize }),
    regions: [...settings.regions],
    loadAgents: settings.loadAgents,
    runnerImage: settings.runnerImage,
    allowBurstable: settings.allowBurstable,
    sshPublicKey: input.sshPublicKey,
  };
}
