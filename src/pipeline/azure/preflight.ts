/**
 * The preflight of a cloud run (`bench doctor --provider azure`, `bench setup azure --check`, the
 * action's `mode: preflight`, and the first step of every Azure run): checks the subscription's
 * set-up without creating anything and returns a checklist with the fix for each failure.
 * Providers registered; every role of `REQUIRED_ROLES` at its scope; a user delegation key; the
 * storage container; the image tag in ACR; the pinned OS image in each region; vCPU quota per
 * size and region. A `fail` stops a run before its resource group exists.
 */
import type { AzureSettings } from '../../core/azure/azure-settings.js';
import { RUN_PROVIDER_NAMESPACES } from '../../core/azure/classify-arm-error.js';
import {
  quotaShortfall,
  vcpusNeeded,
  type AzurePreflightProbes,
  type PreflightCheck,
  type PreflightReport,
} from '../../core/azure/preflight-model.js';
import {
  REQUIRED_ROLES,
  findSatisfyingAssignment,
  permissionsAllow,
  roleAssignmentCommand,
  type RoleRequirement,
  type RoleScopeKind,
} from '../../core/azure/required-roles.js';
import { osImageVersionsCommand, ubuntuImage } from '../../core/azure/resource-specs.js';
import type { TokenCredential } from '@azure/core-auth';
import { CLOUD_DEFAULTS } from '../../core/config/value-rules.js';
import { BenchError, errorSummary } from '../../core/errors.js';
import { createArmContext } from '../../edges/azure/arm-context.js';
import { createAzurePreflightProbes } from '../../edges/azure/preflight-probes.js';
import { resolveImageDigest } from '../../edges/azure/resolve-image-digest.js';
import { loadPlan, type LoadPlanOptions } from '../../edges/files/load-plan.js';
import { createAzureBlobDeps } from './azure-deps.js';
import type { CloudRunDeps } from './cloud-run.js';
import { resolveAzureSettings, type GivenAzureSettings } from './resolve-azure-settings.js';
import { qualifyProductImage } from './run-azure.js';

/** What the preflight checks. */
export interface AzurePreflightInput {
  /** The run's settings (subscription, registry, storage, VM identity, sizes, regions, agents). */
  settings: AzureSettings;
  /** The product image, qualified (`<acr>.azurecr.io/<repo>:<tag>`); its check is skipped when absent. */
  image?: string;
  /** How the identity runs sign in as is named (default: the signed-in identity). */
  runnerName?: string;
}

/** How each principal is named in the checklist. */
const principalNames = { runner: 'the signed-in identity', vm: 'the VM identity' } as const;
/** How each scope is named in the checklist. */
const scopeNames: Record<RoleScopeKind, string> = {
  subscription: 'the subscription',
  vmIdentity: 'the VM identity',
  storageAccount: 'the storage account',
  registry: 'the registry',
};

/** The hint every set-up failure shares. */
const setupHint = '`bench setup azure` creates and assigns all of it (docs/azure.md)';

/** Runs every check; never throws for a failed check (its error becomes the check's detail). */
export async function runAzurePreflight(
  input: AzurePreflightInput,
  probes: AzurePreflightProbes,
): Promise<PreflightReport> {
  const { settings } = input;
  const subscriptionScope = `/subscriptions/${settings.subscriptionId}`;
  const checks: PreflightCheck[] = [];

  // Providers first: without Compute registered, the image and quota look-ups cannot answer.
  const unregistered: string[] = [];
  const providers = await guard('providers', 'Resource providers registered', async () => {
    const states = await Promise.all(
      RUN_PROVIDER_NAMESPACES.map(async (ns) => [ns, await probes.providerState(ns)] as const),
    );
    for (const [ns, state] of states) if (state !== 'Registered') unregistered.push(ns);
    return unregistered.length === 0
      ? pass(RUN_PROVIDER_NAMESPACES.join(', '))
      : fail(
          `not registered: ${states
            .filter(([, state]) => state !== 'Registered')
            .map(([ns, state]) => `${ns} (${state})`)
            .join(', ')}`,
          `${unregistered.map((ns) => `az provider register --namespace ${ns}`).join('; ')} (or ${setupHint})`,
        );
  });
  checks.push(providers);

  // The scopes and principals the roles are checked at.
  const [callerId, storageAccountId, registryId, vmPrincipalId] = await Promise.all([
    probes.callerObjectId().catch(() => undefined),
    probes
      .findResource('Microsoft.Storage/storageAccounts', settings.storageAccount)
      .catch(() => undefined),
    probes
      .findResource('Microsoft.ContainerRegistry/registries', settings.acrName)
      .catch(() => undefined),
    probes.identityPrincipalId(settings.vmIdentityResourceId).catch(() => undefined),
  ]);
  const scopeIds: Record<RoleScopeKind, string | undefined> = {
    subscription: subscriptionScope,
    vmIdentity: vmPrincipalId !== undefined ? settings.vmIdentityResourceId : undefined,
    storageAccount: storageAccountId,
    registry: registryId,
  };
  const missingScope: Record<RoleScopeKind, string> = {
    subscription: '',
    vmIdentity: `the VM identity ${settings.vmIdentityResourceId} does not exist (or cannot be read)`,
    storageAccount: `no storage account ${settings.storageAccount} in subscription ${settings.subscriptionId}`,
    registry: `no registry ${settings.acrName} in subscription ${settings.subscriptionId}`,
  };
  for (const requirement of REQUIRED_ROLES) {
    checks.push(
      await guard(
        `role:${requirement.id}`,
        `${requirement.role} for ${requirement.principal === 'runner' && input.runnerName !== undefined ? input.runnerName : principalNames[requirement.principal]} on ${scopeNames[requirement.scope]}`,
        () => checkRole(requirement),
      ),
    );
  }

  async function checkRole(
    requirement: RoleRequirement,
  ): Promise<Omit<PreflightCheck, 'id' | 'title'>> {
    const scope = scopeIds[requirement.scope];
    if (scope === undefined) return fail(missingScope[requirement.scope], setupHint);
    const principal = requirement.principal === 'runner' ? callerId : vmPrincipalId;
    if (principal === undefined) {
      return skip('the sign-in token names no object id, so its role assignments cannot be listed');
    }
    const assignments = await probes.roleAssignments(scope, principal);
    const found = findSatisfyingAssignment(assignments, requirement, scope);
    if (found) return pass(`${found.role} at ${found.scope || '/'}`);
    const fix = `${roleAssignmentCommand(requirement.role, principal, scope)} (it ${requirement.why}), or ${setupHint}`;
    if (requirement.principal === 'runner') {
      // A role given through a group, or a custom role, shows in the effective permissions only.
      const permissionScope =
        requirement.scope === 'subscription' ? settings.vmIdentityResourceId : scope;
      const permissions = await probes.callerPermissions(permissionScope).catch(() => []);
      if (permissionsAllow(permissions, requirement.keyAction)) {
        return requirement.scope === 'subscription'
          ? warn(
              `no assignment to this identity at the subscription; its permissions at the shared resource group allow ${requirement.keyAction}, which suggests a role given through a group but does not prove it for the subscription`,
              fix,
            )
          : pass(`${requirement.keyAction} allowed (through a group or an inherited role)`);
      }
    }
    const containerOnly =
      requirement.scope === 'storageAccount' &&
      assignments.some((a) => a.scope.toLowerCase().startsWith(`${scope.toLowerCase()}/`));
    return fail(
      containerOnly
        ? `assigned on a container only; a user delegation key needs the role on the storage account or wider`
        : `not assigned at ${scope} or above`,
      fix,
    );
  }

  checks.push(
    await guard(
      'delegation-key',
      'User delegation key for SAS URLs',
      async () => {
        if (!probes.blob) return skip('the Blob connection offers no probe');
        const key = await probes.blob.delegationKey();
        if (key === 'other-identity') {
          return skip(
            'runs ask for it as their own identity, not this sign-in; its role on the storage account is checked above',
          );
        }
        return key === 'account-key'
          ? skip('the connection signs with an account key; no delegation key is needed')
          : pass(`obtained from ${settings.storageAccount}`);
      },
      (error) =>
        fail(
          errorSummary(error),
          `Assign Storage Blob Data Contributor on the storage account ${settings.storageAccount} (not only on the container) to the signed-in identity, or ${setupHint}`,
        ),
    ),
  );
  checks.push(
    await guard(`container`, `Storage container ${settings.storageContainer}`, async () => {
      if (!probes.blob) return skip('the Blob connection offers no probe');
      return (await probes.blob.containerExists())
        ? pass(`exists in ${settings.storageAccount}`)
        : warn(
            `does not exist in ${settings.storageAccount}; the run creates it, but a misspelt name would keep history apart`,
            `az storage container create --auth-mode login --account-name ${settings.storageAccount} --name ${settings.storageContainer}, or ${setupHint}`,
          );
    }),
  );
  checks.push(
    await guard(
      'image',
      `Image ${input.image ?? '(none)'} in ACR`,
      async () => {
        if (input.image === undefined) return skip('no product image to look up');
        const pinned = await probes.resolveImage(input.image);
        return pass(`resolves to ${pinned.split('@')[1] ?? pinned}`);
      },
      (error) =>
        fail(
          errorSummary(error),
          error instanceof BenchError && error.code === 'IMAGE_NOT_FOUND'
            ? 'Push the image (or fix the tag) before the benchmark runs.'
            : `Assign AcrPull on the registry ${settings.acrName} to the signed-in identity, or ${setupHint}`,
        ),
    ),
  );
  const computeReady = !unregistered.includes('Microsoft.Compute');
  const urn = `${ubuntuImage.publisher}:${ubuntuImage.offer}:${ubuntuImage.sku}:${ubuntuImage.version}`;
  checks.push(
    await guard('os-image', `Ubuntu image ${urn} in every region`, async () => {
      if (!computeReady) return skip('Microsoft.Compute is not registered');
      const missing = await probes.regionsWithoutOsImage(settings.regions);
      return missing.length === 0
        ? pass(settings.regions.join(', '))
        : fail(
            `missing in ${missing.join(', ')}`,
            `List the versions that exist with \`${osImageVersionsCommand(missing[0]!)}\` and pin one in ubuntuImage (src/core/azure/resource-specs.ts), or drop the region.`,
          );
    }),
  );
  checks.push(
    await guard('quota', 'vCPU quota for each size and region', async () => {
      if (!computeReady) return skip('Microsoft.Compute is not registered');
      return checkQuota();
    }),
  );

  async function checkQuota(): Promise<Omit<PreflightCheck, 'id' | 'title'>> {
    const usage = new Map(
      await Promise.all(settings.regions.map(async (r) => [r, await probes.vcpuUsage(r)] as const)),
    );
    const lines: string[] = [];
    let firstFit: string | undefined;
    let firstChoice = true;
    let firstChoiceFits = false;
    for (const size of settings.vmSizes) {
      for (const region of settings.regions) {
        const choice = `${size} in ${region}`;
        const needed = vcpusNeeded(size, settings.loadVmSize, settings.loadAgents);
        if (!needed) {
          lines.push(`${choice}: vCPUs of the size unknown, not checked`);
        } else {
          const short = quotaShortfall(needed, usage.get(region) ?? []);
          lines.push(
            short
              ? `${choice}: ${short.name} has ${short.left} vCPUs left, the run needs ${short.needed}`
              : `${choice}: room for ${needed.get('cores')} vCPUs`,
          );
          if (!short && firstFit === undefined) firstFit = choice;
          if (!short && firstChoice) firstChoiceFits = true;
        }
        firstChoice = false;
      }
    }
    const detail = lines.join('; ');
    const fix = `Ask for more vCPU quota (Azure portal, Quotas) for the family and region named, or add sizes or regions.`;
    if (firstChoiceFits) return pass(detail);
    if (firstFit !== undefined)
      return warn(`${detail}; the run will fall back to ${firstFit}`, fix);
    return lines.every((l) => l.endsWith('not checked')) ? skip(detail) : fail(detail, fix);
  }

  return {
    subscriptionId: settings.subscriptionId,
    checks,
    ok: checks.every((c) => c.status !== 'fail'),
  };
}

/** Runs one check, turning a thrown error into a failed check. */
async function guard(
  id: string,
  title: string,
  run: () => Promise<Omit<PreflightCheck, 'id' | 'title'>>,
  onError: (error: unknown) => Omit<PreflightCheck, 'id' | 'title'> = (error) =>
    fail(errorSummary(error), error instanceof BenchError ? error.hint : setupHint),
): Promise<PreflightCheck> {
  try {
    return { id, title, ...(await run()) };
  } catch (error) {
    return { id, title, ...onError(error) };
  }
}

function pass(detail: string) {
  return { status: 'pass' as const, detail };
}
function warn(detail: string, fix: string) {
  return { status: 'warn' as const, detail, fix };
}
function fail(detail: string, fix: string) {
  return { status: 'fail' as const, detail, fix };
}
function skip(detail: string) {
  return { status: 'skip' as const, detail };
}

/** Throws `AZURE_PREFLIGHT_FAILED` with every failed check and its fix, unless all passed. */
export function assertPreflightPassed(report: PreflightReport): void {
  if (report.ok) return;
  const failed = report.checks.filter((c) => c.status === 'fail');
  throw new BenchError(
    'AZURE_PREFLIGHT_FAILED',
    `The Azure set-up is not ready for a run; nothing was created:\n${failed
      .map((c) => `- ${c.title}: ${c.detail}\n  fix: ${c.fix ?? setupHint}`)
      .join('\n')}`,
    `Fix each item listed (\`bench doctor --provider azure\` shows the whole checklist), or run \`bench setup azure\`.`,
  );
}

/** A preflight as a front end asks for it (`bench doctor`, `bench setup azure --check`, `mode: preflight`). */
export interface PreflightRequest {
  /** Config whose `cloud:` section and product image are checked; defaults and no image without one. */
  configPath?: string;
  /** Where products are looked up. */
  loadOptions?: LoadPlanOptions;
  /** Replaces the product's image (a bare `repository:tag` comes from the registry). */
  image?: string;
  /** The Azure settings with their sources. */
  given: GivenAzureSettings;
}

/** What the preflight talks to (the same factories as a cloud run's). */
export interface PreflightDeps {
  /** Credential once the settings are known. */
  createCredential: (settings: AzureSettings) => TokenCredential;
  /** ARM clients (default: public cloud). */
  createArmContext?: CloudRunDeps['createArmContext'];
  /** Blob side (default: `https://<account>.blob.core.windows.net`). */
  createBlob?: CloudRunDeps['createBlob'];
  /** Pins the image (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Progress lines. */
  log: (line: string) => void;
}

/** Resolves the settings of a request, wires the clients and runs the preflight; creates nothing. */
export async function runPreflightRequest(
  request: PreflightRequest,
  deps: PreflightDeps,
): Promise<PreflightReport> {
  const plan = request.configPath
    ? await loadPlan(request.configPath, { provider: 'azure' }, request.loadOptions)
    : undefined;
  const cloud = plan?.cloud ?? {
    provider: 'azure' as const,
    vmSizes: [...CLOUD_DEFAULTS.vmSizes],
    regions: [...CLOUD_DEFAULTS.regions],
    loadAgents: CLOUD_DEFAULTS.loadAgents,
  };
  const { settings } = resolveAzureSettings(request.given, { cloud }, 'strict');
  const credential = deps.createCredential(settings);
  const arm = (deps.createArmContext ?? createArmContext)({
    credential,
    subscriptionId: settings.subscriptionId,
    log: deps.log,
  });
  const blob = (deps.createBlob ?? createAzureBlobDeps)({
    settings,
    credential,
    maskSecret: () => undefined,
  });
  const configured =
    request.image ?? (plan?.target.kind === 'image' ? plan.target.image : undefined);
  const image =
    configured !== undefined ? qualifyProductImage(configured, settings.acrName) : undefined;
  return runAzurePreflight(
    { settings, ...(image !== undefined && { image }) },
    createAzurePreflightProbes({
      arm,
      credential,
      resolveImage:
        deps.resolveImage ??
        ((ref) =>
          resolveImageDigest(ref, { credential, tenantId: settings.tenantId, log: deps.log })),
      ...(blob.probe && { blob: blob.probe }),
    }),
  );
}
