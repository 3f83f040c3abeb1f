/**
 * `bench setup azure`, for any front end: registers the providers, creates or reuses the shared
 * resources, trusts the workflow triggers, assigns every role of `REQUIRED_ROLES`, and returns
 * what each step did (created, already as wanted, updated) with the repository variables the
 * workflows read. `--check` runs the preflight of a cloud run against the names the set-up uses.
 * Every step looks before it writes, so a second run changes nothing.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { PreflightReport } from '../../core/azure/preflight-model.js';
import {
  setupRoleAssignments,
  setupVariables,
  setupWorkflowSnippet,
  type AzureSetupPlan,
} from '../../core/azure/setup-plan.js';
import { classifyArmError, readArmError } from '../../core/azure/classify-arm-error.js';
import { azureSettingDefaults } from '../../core/azure/azure-settings.js';
import type { ArmContext } from '../../edges/azure/arm-context.js';
import { createAzurePreflightProbes } from '../../edges/azure/preflight-probes.js';
import {
  ensureBlobContainer,
  ensureFederatedCredential,
  ensureIdentity,
  ensureProviderRegistered,
  ensureRegistry,
  ensureResourceGroup,
  ensureRoleAssignment,
  ensureStorageAccount,
  type SetupOutcome,
} from '../../edges/azure/setup-resources.js';
import { runAzurePreflight } from './preflight.js';

/** One line of the set-up's account. */
export interface SetupStep {
  /** What, e.g. `storage account benchreframe1a2b3c`. */
  what: string;
  /** What the step did. */
  outcome: SetupOutcome;
  /** More, when there is more to say (where an existing role was found, why something was left). */
  detail?: string;
}

/** What a set-up did. */
export interface AzureSetupResult {
  /** Every step, in order. */
  steps: SetupStep[];
  /** Repository variables the workflows read. */
  variables: Record<string, string>;
  /** A workflow using them. */
  workflow: string;
}

/** Sets repository variables (the GitHub API); returns what it did per name. */
export type SetRepositoryVariables = (
  repository: string,
  variables: Record<string, string>,
) => Promise<Record<string, SetupOutcome>>;

/** Runs the set-up against the subscription of `ctx`. */
export async function runAzureSetup(
  plan: AzureSetupPlan,
  ctx: ArmContext,
  options: { setVariables?: SetRepositoryVariables } = {},
): Promise<AzureSetupResult> {
  const steps: SetupStep[] = [];
  const record = (what: string, outcome: SetupOutcome, detail?: string) => {
    steps.push({ what, outcome, ...(detail !== undefined && { detail }) });
    ctx.log(`${what}: ${outcomeText[outcome]}${detail ? ` (${detail})` : ''}`);
  };

  // One provider at a time: a registration is polled until Azure says Registered.
  for (const namespace of plan.providers) {
    record(`provider ${namespace}`, await ensureProviderRegistered(ctx, namespace));
  }
  record(
    `resource group ${plan.resourceGroup}`,
    await ensureResourceGroup(ctx, plan.resourceGroup, {
      location: plan.input.location,
      tags: plan.tags,
    }),
  );
  const account = await ensureStorageAccount(ctx, plan);
  record(`storage account ${plan.storageAccount}`, account.outcome, account.note);
  record(
    `blob container ${plan.container}`,
    await ensureBlobContainer(ctx, account.resourceGroup, plan.storageAccount, plan.container),
  );
  const registry = await ensureRegistry(ctx, plan);
  record(`registry ${plan.acrName}`, registry.outcome);
  const vm = await ensureIdentity(ctx, plan, plan.vmIdentity);
  record(`VM identity ${plan.vmIdentity}`, vm.outcome);
  const github = await ensureIdentity(ctx, plan, plan.githubIdentity);
  record(`GitHub identity ${plan.githubIdentity}`, github.outcome);
  // Sequentially: Azure refuses concurrent federated-credential writes on one identity.
  for (const credential of plan.federatedCredentials) {
    record(
      `federated credential ${credential.name} (${credential.subject})`,
      await ensureFederatedCredential(ctx, plan, credential),
    );
  }
  const assignments = setupRoleAssignments(
    plan,
    { runner: github.ids.principalId, vm: vm.ids.principalId },
    {
      subscription: plan.ids.subscription,
      vmIdentity: vm.ids.id,
      storageAccount: account.id,
      registry: registry.id,
    },
  );
  for (const assignment of assignments) {
    const holder =
      assignment.requirement.principal === 'runner' ? plan.githubIdentity : plan.vmIdentity;
    const { outcome, detail } = await ensureRoleAssignment(ctx, assignment);
    record(
      `role ${assignment.requirement.role} for ${holder} on ${assignment.scope}`,
      outcome,
      detail,
    );
  }

  const variables = setupVariables(plan, {
    tenantId: github.ids.tenantId,
    clientId: github.ids.clientId,
    vmIdentityId: vm.ids.id,
  });
  if (options.setVariables) {
    const done = await options.setVariables(plan.input.repository, variables);
    for (const [name, outcome] of Object.entries(done)) {
      record(`repository variable ${name}`, outcome);
    }
  }
  return { steps, variables, workflow: setupWorkflowSnippet(plan) };
}

/** How each outcome reads. */
export const outcomeText: Record<SetupOutcome, string> = {
  created: 'created',
  exists: 'already as wanted',
  updated: 'updated',
};

/**
 * The preflight of a cloud run against the set-up's names, as the GitHub identity will meet it:
 * its roles are checked (not the signed-in administrator's), and the user delegation key, which
 * the runs ask for as that identity, is left to its role on the storage account. Creates nothing.
 */
export async function checkAzureSetup(
  plan: AzureSetupPlan,
  ctx: ArmContext,
  credential: TokenCredential,
): Promise<PreflightReport> {
  // An identity that does not exist, or whose provider is not registered yet, is not there.
  const identity = async (name: string) => {
    try {
      return await ctx.msi.userAssignedIdentities.get(plan.resourceGroup, name);
    } catch (error) {
      if (classifyArmError(error) === 'not-found') return undefined;
      if (readArmError(error).code === 'MissingSubscriptionRegistration') return undefined;
      throw error;
    }
  };
  const githubPrincipal = (await identity(plan.githubIdentity))?.principalId;
  const vmIdentityId = (await identity(plan.vmIdentity))?.id ?? plan.ids.vmIdentity;
  const probes = createAzurePreflightProbes({
    arm: ctx,
    credential,
    resolveImage: () => Promise.reject(new Error('no image is checked by the set-up')),
  });
  const containerId = `${plan.ids.storageAccount}/blobServices/default/containers/${plan.container}`;
  const report = await runAzurePreflight(
    {
      runnerName: `the GitHub identity ${plan.githubIdentity}`,
      settings: {
        subscriptionId: plan.input.subscriptionId,
        tenantId: '',
        clientId: '',
        acrName: plan.acrName,
        storageAccount: plan.storageAccount,
        storageContainer: plan.container,
        vmIdentityResourceId: vmIdentityId,
        vmSizes: [...azureSettingDefaults.vmSizes],
        regions: [...azureSettingDefaults.regions],
        loadAgents: azureSettingDefaults.loadAgents,
        runnerImage: azureSettingDefaults.runnerImage,
        ttlHours: azureSettingDefaults.ttlHours,
        allowBurstable: azureSettingDefaults.allowBurstable,
      },
    },
    {
      ...probes,
      // The identity the runs sign in as; a placeholder when it does not exist yet, so that
      // each of its roles shows as missing rather than as unknown.
      callerObjectId: () =>
        Promise.resolve(githubPrincipal ?? `<object id of ${plan.githubIdentity}>`),
      // The administrator's own permissions say nothing about the GitHub identity's.
      callerPermissions: () => Promise.resolve([]),
      blob: {
        containerExists: async () => {
          const accountId = await probes.findResource(
            'Microsoft.Storage/storageAccounts',
            plan.storageAccount,
          );
          if (!accountId) return false;
          const group = /\/resourceGroups\/([^/]+)/i.exec(accountId)?.[1] ?? plan.resourceGroup;
          try {
            await ctx.storage.blobContainers.get(group, plan.storageAccount, plan.container);
            return true;
          } catch (error) {
            if (classifyArmError(error) === 'not-found') return false;
            throw new Error(`could not read ${containerId}`, { cause: error });
          }
        },
        delegationKey: () => Promise.resolve('other-identity'),
      },
    },
  );
  return report;
}
