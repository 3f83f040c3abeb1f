/**
 * The preflight's questions to Azure (`AzurePreflightProbes`), answered with the run's own ARM
 * clients and credential: provider registration, role assignments and effective permissions,
 * resources by name, the pinned OS image, vCPU usage, the image digest and the Blob side. Every
 * call reads; none creates anything.
 */
import type { TokenCredential } from '@azure/core-auth';
import { objectIdOfAccessToken } from '../../core/azure/access-token.js';
import { classifyArmError } from '../../core/azure/classify-arm-error.js';
import type { AzurePreflightProbes } from '../../core/azure/preflight-model.js';
import type { ArmContext } from './arm-context.js';
import { createBlobProbe, type BlobProbeInput } from './blob-probe.js';
import { findRegionsWithoutOsImage } from './os-image.js';

/** Audience of ARM tokens, whose `oid` names the caller. */
const armScope = 'https://management.azure.com/.default';

/** API version of user-assigned identities read by id (any subscription). */
const identityApiVersion = '2023-01-31';

/** Inputs of `createAzurePreflightProbes`. */
export interface PreflightProbeInput {
  /** The run's ARM clients. */
  arm: ArmContext;
  /** The run's credential (its token names the caller). */
  credential: TokenCredential;
  /** Pins an image to its digest. */
  resolveImage: (image: string) => Promise<string>;
  /** The run's Blob container, when the connection can be probed. */
  blob?: BlobProbeInput;
}

/**
 * A scope or resource id as the clients' `/{scope}` and `/{resourceId}` path templates want it:
 * without its leading slash (they add their own; two would make the URL's path a host).
 */
export function scopePathOf(id: string): string {
  return id.replace(/^\/+/, '');
}

/** The resource group named in a resource id. */
function groupOf(resourceId: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(resourceId)?.[1];
}

/** Probes on the run's clients. */
export function createAzurePreflightProbes(input: PreflightProbeInput): AzurePreflightProbes {
  const { arm } = input;
  return {
    async providerState(namespace) {
      const provider = await arm.resources.providers.get(namespace);
      return provider.registrationState ?? 'Unknown';
    },
    async callerObjectId() {
      const token = await input.credential.getToken(armScope);
      return token ? objectIdOfAccessToken(token.token) : undefined;
    },
    async findResource(type, name) {
      const filter = `resourceType eq '${type}' and name eq '${name.replace(/'/g, "''")}'`;
      for await (const resource of arm.resources.resources.list({ filter })) {
        if (resource.id && resource.name?.toLowerCase() === name.toLowerCase()) return resource.id;
      }
      return undefined;
    },
    async identityPrincipalId(resourceId) {
      try {
        const identity = await arm.resources.resources.getById(
          scopePathOf(resourceId),
          identityApiVersion,
        );
        const principalId = (identity.properties as { principalId?: unknown } | undefined)
          ?.principalId;
        return typeof principalId === 'string' ? principalId : undefined;
      } catch (error) {
        if (classifyArmError(error) === 'not-found') return undefined;
        throw error;
      }
    },
    async roleAssignments(scope, principalId) {
      const out = [];
      const filter = `principalId eq '${principalId}'`;
      for await (const a of arm.authorization.roleAssignments.listForScope(scopePathOf(scope), {
        filter,
      })) {
        if (a.scope && a.roleDefinitionId) {
          out.push({ scope: a.scope, roleDefinitionId: a.roleDefinitionId });
        }
      }
      return out;
    },
    async callerPermissions(scope) {
      // At the resource's group: covers roles given through groups and inherited from above.
      const group = groupOf(scope);
      if (!group) return [];
      const out = [];
      for await (const p of arm.authorization.permissions.listForResourceGroup(group)) {
        out.push({ actions: p.actions ?? [], notActions: p.notActions ?? [] });
      }
      return out;
    },
    regionsWithoutOsImage: (regions) => findRegionsWithoutOsImage(arm, regions),
    async vcpuUsage(region) {
      const out = [];
      for await (const usage of arm.compute.usage.list(region)) {
        out.push({
          name: usage.name.value ?? '',
          currentValue: usage.currentValue,
          limit: usage.limit,
        });
      }
      return out;
    },
    resolveImage: input.resolveImage,
    ...(input.blob && { blob: createBlobProbe(input.blob) }),
  };
}
