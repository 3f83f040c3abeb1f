/**
 * The ARM side of `bench setup azure`: each function looks its resource up first and creates it
 * only when it is missing, so a second run changes nothing and says so. Errors are translated
 * once: a missing right to assign roles names the roles that grant it at the scope.
 */
import { classifyArmError, deniedHint, readArmError } from '../../core/azure/classify-arm-error.js';
import {
  ROLE_ASSIGNER_ROLES,
  findSatisfyingAssignment,
  roleAssignmentCommand,
} from '../../core/azure/required-roles.js';
import {
  federatedCredentialBody,
  registryApiVersion,
  setupIdentityBody,
  setupRegistryBody,
  setupStorageAccountBody,
  type AzureSetupPlan,
  type SetupRoleAssignment,
} from '../../core/azure/setup-plan.js';
import { BenchError, inputError } from '../../core/errors.js';
import type { ArmContext } from './arm-context.js';
import { scopePathOf } from './preflight-probes.js';

/** What an ensure step did. */
export type SetupOutcome = 'created' | 'exists' | 'updated';

/** Polls of a provider registration before giving up. */
const REGISTRATION_POLLS = 120;
/** Attempts of a role assignment whose new principal Entra has not replicated yet. */
const PRINCIPAL_ATTEMPTS = 10;
/** Wait between those attempts. */
const PRINCIPAL_RETRY_MS = 10_000;

/** Translates a failed set-up request. */
function setupError(error: unknown, what: string): BenchError {
  if (error instanceof BenchError) return error;
  const facts = readArmError(error);
  const denied = classifyArmError(error) === 'denied';
  return new BenchError(
    denied
      ? facts.code === 'MissingSubscriptionRegistration'
        ? 'AZURE_PROVIDER_UNREGISTERED'
        : 'AZURE_AUTHORIZATION_FAILED'
      : 'AZURE_REQUEST_FAILED',
    `Could not ${what}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
    denied
      ? deniedHint(facts.code, facts.message)
      : 'Run `bench setup azure` again: it skips what exists. If it keeps failing, check the activity log of the subscription.',
    { cause: error },
  );
}

/** Looks a resource up; undefined when it does not exist. */
async function lookUp<T>(what: string, get: () => Promise<T>): Promise<T | undefined> {
  try {
    return await get();
  } catch (error) {
    if (classifyArmError(error) === 'not-found') return undefined;
    throw setupError(error, `look up ${what}`);
  }
}

/** Runs a create call, translating its failure. */
async function create<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw setupError(error, what);
  }
}

/** Registers a resource provider and waits until Azure says it is registered. */
export async function ensureProviderRegistered(
  ctx: ArmContext,
  namespace: string,
): Promise<SetupOutcome> {
  const state = async () =>
    (await create(`read provider ${namespace}`, () => ctx.resources.providers.get(namespace)))
      .registrationState;
  if ((await state()) === 'Registered') return 'exists';
  ctx.log(`Registering resource provider ${namespace}`);
  await create(`register ${namespace}`, () => ctx.resources.providers.register(namespace));
  for (let poll = 0; poll < REGISTRATION_POLLS; poll++) {
    if ((await state()) === 'Registered') return 'created';
    await ctx.sleep(ctx.pollIntervalMs);
  }
  throw new BenchError(
    'AZURE_PROVIDER_UNREGISTERED',
    `${namespace} is still registering after ${REGISTRATION_POLLS} polls.`,
    'Registration can take minutes; run `bench setup azure` again later (it skips what exists).',
  );
}

/** The shared resource group. */
export async function ensureResourceGroup(
  ctx: ArmContext,
  name: string,
  body: { location: string; tags: Record<string, string> },
): Promise<SetupOutcome> {
  if (await lookUp(`resource group ${name}`, () => ctx.resources.resourceGroups.get(name))) {
    return 'exists';
  }
  await create(`create resource group ${name}`, () =>
    ctx.resources.resourceGroups.createOrUpdate(name, body),
  );
  return 'created';
}

/** A resource of `type` named `name` anywhere in the subscription (a registry or account made elsewhere). */
export async function findResourceId(
  ctx: ArmContext,
  type: string,
  name: string,
): Promise<string | undefined> {
  try {
    const filter = `resourceType eq '${type}' and name eq '${name.replace(/'/g, "''")}'`;
    for await (const r of ctx.resources.resources.list({ filter })) {
      if (r.id && r.name?.toLowerCase() === name.toLowerCase()) return r.id;
    }
    return undefined;
  } catch (error) {
    throw setupError(error, `look for ${name}`);
  }
}

/**
 * The storage account (found anywhere in the subscription, else created in the shared group).
 * One the set-up created that allows shared-key access again is updated; one made elsewhere is
 * left as it is, with a note, since other users of it may rely on its keys.
 */
export async function ensureStorageAccount(
  ctx: ArmContext,
  plan: AzureSetupPlan,
): Promise<{ outcome: SetupOutcome; id: string; resourceGroup: string; note?: string }> {
  const found = await findResourceId(ctx, 'Microsoft.Storage/storageAccounts', plan.storageAccount);
  if (found) {
    const resourceGroup = groupOf(found) ?? plan.resourceGroup;
    const account = await create(`read storage account ${plan.storageAccount}`, () =>
      ctx.storage.storageAccounts.getProperties(resourceGroup, plan.storageAccount),
    );
    if (account.allowSharedKeyAccess === false)
      return { outcome: 'exists', id: found, resourceGroup };
    const ours = account.tags?.['bench-setup'] === plan.tags['bench-setup'];
    if (!ours) {
      return {
        outcome: 'exists',
        id: found,
        resourceGroup,
        note: 'allows shared-key access; left as it is (bench signs in with identities only; `az storage account update --allow-shared-key-access false` turns keys off)',
      };
    }
    ctx.log(`Turning off shared-key access on ${plan.storageAccount}`);
    await create(`update storage account ${plan.storageAccount}`, () =>
      ctx.storage.storageAccounts.update(resourceGroup, plan.storageAccount, {
        allowSharedKeyAccess: false,
      }),
    );
    return { outcome: 'updated', id: found, resourceGroup };
  }
  ctx.log(`Creating storage account ${plan.storageAccount} (no shared-key access)`);
  const account = await create(`create storage account ${plan.storageAccount}`, async () => {
    try {
      return await ctx.storage.storageAccounts.create(
        plan.resourceGroup,
        plan.storageAccount,
        setupStorageAccountBody(plan),
        { updateIntervalInMs: ctx.pollIntervalMs },
      );
    } catch (error) {
      // Account names are global: another subscription may hold this one.
      if (readArmError(error).code === 'StorageAccountAlreadyTaken') {
        throw inputError(
          'ARGUMENT_INVALID',
          `--storage-account: the name ${plan.storageAccount} is taken by another subscription (storage account names are global).`,
          'Give another name with --storage-account (3-24 lower-case letters and digits), or another --name-prefix; what was created so far is kept.',
        );
      }
      throw error;
    }
  });
  return {
    outcome: 'created',
    id: account.id ?? plan.ids.storageAccount,
    resourceGroup: plan.resourceGroup,
  };
}

/** A blob container of the account. */
export async function ensureBlobContainer(
  ctx: ArmContext,
  resourceGroup: string,
  account: string,
  container: string,
): Promise<SetupOutcome> {
  const existing = await lookUp(`container ${container}`, () =>
    ctx.storage.blobContainers.get(resourceGroup, account, container),
  );
  if (existing) return 'exists';
  await create(`create container ${container}`, () =>
    ctx.storage.blobContainers.create(resourceGroup, account, container, {}),
  );
  return 'created';
}

/** The registry (found anywhere in the subscription, else created in the shared group). */
export async function ensureRegistry(
  ctx: ArmContext,
  plan: AzureSetupPlan,
): Promise<{ outcome: SetupOutcome; id: string }> {
  const found = await findResourceId(ctx, 'Microsoft.ContainerRegistry/registries', plan.acrName);
  if (found) return { outcome: 'exists', id: found };
  ctx.log(`Creating registry ${plan.acrName} (Basic, no admin user)`);
  const registry = await create(`create registry ${plan.acrName}`, () =>
    ctx.resources.resources.beginCreateOrUpdateByIdAndWait(
      scopePathOf(plan.ids.registry),
      registryApiVersion,
      setupRegistryBody(plan),
      { updateIntervalInMs: ctx.pollIntervalMs },
    ),
  );
  return { outcome: 'created', id: registry.id ?? plan.ids.registry };
}

/** Ids Azure gave a user-assigned identity. */
export interface IdentityIds {
  /** Resource id. */
  id: string;
  /** Object id of its service principal (what roles name). */
  principalId: string;
  /** Client id (what a workflow signs in with). */
  clientId: string;
  /** Tenant. */
  tenantId: string;
}

/** A user-assigned identity in the shared group. */
export async function ensureIdentity(
  ctx: ArmContext,
  plan: AzureSetupPlan,
  name: string,
): Promise<{ outcome: SetupOutcome; ids: IdentityIds }> {
  let outcome: SetupOutcome = 'exists';
  let identity = await lookUp(`identity ${name}`, () =>
    ctx.msi.userAssignedIdentities.get(plan.resourceGroup, name),
  );
  if (!identity) {
    identity = await create(`create identity ${name}`, () =>
      ctx.msi.userAssignedIdentities.createOrUpdate(
        plan.resourceGroup,
        name,
        setupIdentityBody(plan),
      ),
    );
    outcome = 'created';
  }
  if (!identity.id || !identity.principalId || !identity.clientId || !identity.tenantId) {
    throw new BenchError(
      'AZURE_REQUEST_FAILED',
      `Identity ${name} came back without its ids.`,
      'Run `bench setup azure` again: it skips what exists.',
    );
  }
  return {
    outcome,
    ids: {
      id: identity.id,
      principalId: identity.principalId,
      clientId: identity.clientId,
      tenantId: identity.tenantId,
    },
  };
}

/** A federated credential of the GitHub identity (ARM's, so no directory permission is needed). */
export async function ensureFederatedCredential(
  ctx: ArmContext,
  plan: AzureSetupPlan,
  credential: { name: string; subject: string },
): Promise<SetupOutcome> {
  const wanted = federatedCredentialBody(credential.subject);
  const existing = await lookUp(`federated credential ${credential.name}`, () =>
    ctx.msi.federatedIdentityCredentials.get(
      plan.resourceGroup,
      plan.githubIdentity,
      credential.name,
    ),
  );
  const same =
    existing?.issuer === wanted.issuer &&
    existing.subject === wanted.subject &&
    JSON.stringify(existing.audiences) === JSON.stringify(wanted.audiences);
  if (same) return 'exists';
  await create(`create federated credential ${credential.name}`, () =>
    ctx.msi.federatedIdentityCredentials.createOrUpdate(
      plan.resourceGroup,
      plan.githubIdentity,
      credential.name,
      wanted,
    ),
  );
  return existing ? 'updated' : 'created';
}

/**
 * A role assignment of REQUIRED_ROLES: an assignment of the principal at or above the scope with
 * a role that satisfies the row counts as made; otherwise it is made under its deterministic
 * name, and Azure's RoleAssignmentExists (the same role, principal and scope under another name)
 * counts as made too.
 */
export async function ensureRoleAssignment(
  ctx: ArmContext,
  assignment: SetupRoleAssignment,
): Promise<{ outcome: SetupOutcome; detail?: string }> {
  const existing = [];
  try {
    for await (const a of ctx.authorization.roleAssignments.listForScope(
      scopePathOf(assignment.scope),
      { filter: `principalId eq '${assignment.body.principalId}'` },
    )) {
      if (a.scope && a.roleDefinitionId) {
        existing.push({ scope: a.scope, roleDefinitionId: a.roleDefinitionId });
      }
    }
  } catch (error) {
    throw setupError(error, `list the role assignments on ${assignment.scope}`);
  }
  const found = findSatisfyingAssignment(existing, assignment.requirement, assignment.scope);
  if (found) return { outcome: 'exists', detail: `${found.role} at ${found.scope || '/'}` };
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.authorization.roleAssignments.create(
        scopePathOf(assignment.scope),
        assignment.name,
        assignment.body,
      );
      return { outcome: 'created' };
    } catch (error) {
      const facts = readArmError(error);
      if (facts.code === 'RoleAssignmentExists') return { outcome: 'exists' };
      // A just-created identity's service principal takes a while to replicate in Entra ID.
      if (facts.code === 'PrincipalNotFound' && attempt < PRINCIPAL_ATTEMPTS) {
        ctx.log(
          `The principal of ${assignment.requirement.role} on ${assignment.scope} is not visible yet; retrying in 10 s (${attempt} of ${PRINCIPAL_ATTEMPTS - 1})`,
        );
        await ctx.sleep(PRINCIPAL_RETRY_MS);
        continue;
      }
      if (facts.code === 'AuthorizationFailed') {
        throw new BenchError(
          'AZURE_SETUP_FORBIDDEN',
          `You may not assign ${assignment.requirement.role} on ${assignment.scope} (Azure: ${facts.message})`,
          `Assigning roles needs ${ROLE_ASSIGNER_ROLES[0]} or ${ROLE_ASSIGNER_ROLES[1]} (or ${ROLE_ASSIGNER_ROLES[2]}) on ${assignment.scope} or above. Ask someone who holds one to run \`bench setup azure\` again (it keeps what exists), or to run: ${roleAssignmentCommand(assignment.requirement.role, assignment.body.principalId, assignment.scope)}`,
          { cause: error },
        );
      }
      throw setupError(error, `assign ${assignment.requirement.role} on ${assignment.scope}`);
    }
  }
}

/** The resource group named in a resource id. */
function groupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
