/**
 * The one table of the roles a cloud run needs, who holds each, and at which scope: the
 * preflight (`bench doctor`, the first step of every Azure run) checks it, and `bench setup
 * azure` assigns it. Role ids are Azure's built-in role definition GUIDs (Microsoft Learn,
 * "Azure built-in roles"); they are the same in every tenant.
 */
import { createHash } from 'node:crypto';

/** Built-in roles bench-action names, by display name. */
export const builtInRoleIds = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'Role Based Access Control Administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  'Managed Identity Operator': 'f1a07417-d97a-45cb-824c-7a7467783830',
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  AcrPush: '8311e382-0749-4cb8-b61a-304f252e45ec',
} as const;

/** A built-in role's display name. */
export type BuiltInRole = keyof typeof builtInRoleIds;

/** Who holds a role: the identity runs sign in with (GitHub OIDC, or `az login`), or the VMs' identity. */
export type RolePrincipal = 'runner' | 'vm';

/** Where a role is assigned. */
export type RoleScopeKind = 'subscription' | 'vmIdentity' | 'storageAccount' | 'registry';

/** One role a run needs. */
export interface RoleRequirement {
  /** Stable id of the row, e.g. `runner-contributor`. */
  id: string;
  /** Who must hold it. */
  principal: RolePrincipal;
  /** The role `bench setup azure` assigns. */
  role: BuiltInRole;
  /** Where: the narrowest scope that works. */
  scope: RoleScopeKind;
  /** Roles at that scope or above that grant what is needed as well. */
  satisfiedBy: readonly BuiltInRole[];
  /** The action that matters, checked against the caller's effective permissions when no assignment is seen (a role given through a group). */
  keyAction: string;
  /** Why the run needs it, in a few words. */
  why: string;
}

/** The roles of a cloud run. */
export const REQUIRED_ROLES: readonly RoleRequirement[] = [
  {
    id: 'runner-contributor',
    principal: 'runner',
    role: 'Contributor',
    scope: 'subscription',
    satisfiedBy: ['Owner', 'Contributor'],
    keyAction: 'Microsoft.Resources/subscriptions/resourceGroups/write',
    why: 'creates and deletes one resource group per run (groups are created at subscription scope)',
  },
  {
    id: 'runner-identity-operator',
    principal: 'runner',
    role: 'Managed Identity Operator',
    scope: 'vmIdentity',
    satisfiedBy: ['Owner', 'Contributor', 'Managed Identity Operator'],
    keyAction: 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action',
    why: 'attaches the VM identity to the VMs it creates',
  },
  {
    id: 'runner-blob-data',
    principal: 'runner',
    role: 'Storage Blob Data Contributor',
    scope: 'storageAccount',
    satisfiedBy: ['Storage Blob Data Contributor', 'Storage Blob Data Owner'],
    keyAction: 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
    why: 'uploads plans, reads results and gets the user delegation key that signs SAS URLs (only granted at account scope or wider)',
  },
  {
    id: 'runner-acr-pull',
    principal: 'runner',
    role: 'AcrPull',
    scope: 'registry',
    satisfiedBy: ['Owner', 'Contributor', 'AcrPush', 'AcrPull'],
    keyAction: 'Microsoft.ContainerRegistry/registries/pull/read',
    why: 'pins the image tag to its digest before anything is created',
  },
  {
    id: 'vm-acr-pull',
    principal: 'vm',
    role: 'AcrPull',
    scope: 'registry',
    satisfiedBy: ['Owner', 'Contributor', 'AcrPush', 'AcrPull'],
    keyAction: 'Microsoft.ContainerRegistry/registries/pull/read',
    why: 'the product VM pulls the image with its identity (no registry password anywhere)',
  },
];

/** Roles that may assign roles at a scope (what `bench setup azure` needs there). */
export const ROLE_ASSIGNER_ROLES: readonly BuiltInRole[] = [
  'Owner',
  'User Access Administrator',
  'Role Based Access Control Administrator',
];

/** A role's definition id in a subscription, as role assignments name it. */
export function roleDefinitionId(subscriptionId: string, role: BuiltInRole): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${builtInRoleIds[role]}`;
}

/** The built-in role a definition id names, if it is one of ours. */
export function builtInRoleOf(definitionId: string): BuiltInRole | undefined {
  const guid = definitionId.split('/').pop()?.toLowerCase();
  return (Object.keys(builtInRoleIds) as BuiltInRole[]).find((r) => builtInRoleIds[r] === guid);
}

/** Whether an assignment at `assignmentScope` applies at `scope` (same scope or above it). */
export function isScopeAtOrAbove(assignmentScope: string, scope: string): boolean {
  const a = assignmentScope.toLowerCase().replace(/\/+$/, '');
  const s = scope.toLowerCase();
  return a === '' || s === a || s.startsWith(`${a}/`);
}

/** A role assignment as listed by ARM (the fields we look at). */
export interface RoleAssignmentFacts {
  /** Scope it was made at. */
  scope: string;
  /** Its role definition id. */
  roleDefinitionId: string;
}

/** The first assignment that meets a requirement at `scope`, if any. */
export function findSatisfyingAssignment(
  assignments: readonly RoleAssignmentFacts[],
  requirement: RoleRequirement,
  scope: string,
): (RoleAssignmentFacts & { role: BuiltInRole }) | undefined {
  for (const assignment of assignments) {
    const role = builtInRoleOf(assignment.roleDefinitionId);
    if (
      role &&
      requirement.satisfiedBy.includes(role) &&
      isScopeAtOrAbove(assignment.scope, scope)
    ) {
      return { ...assignment, role };
    }
  }
  return undefined;
}

/**
 * A deterministic role assignment name (a GUID made from scope, role and principal), so running
 * the set-up twice asks for the same assignment and Azure answers "exists" rather than adding a
 * second one.
 */
export function roleAssignmentName(scope: string, role: BuiltInRole, principalId: string): string {
  const hex = createHash('sha256')
    .update(`${scope.toLowerCase()}|${builtInRoleIds[role]}|${principalId.toLowerCase()}`)
    .digest('hex');
  // Shaped like a version-5 UUID (version and variant bits set).
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The `az` command that makes an assignment by hand. */
export function roleAssignmentCommand(
  role: BuiltInRole,
  principalId: string,
  scope: string,
): string {
  return `az role assignment create --assignee-object-id ${principalId} --assignee-principal-type ServicePrincipal --role "${role}" --scope ${scope}`;
}

/** Effective permissions of a caller at a scope (Microsoft.Authorization/permissions). */
export interface PermissionFacts {
  /** Control-plane actions granted (wildcards allowed). */
  actions: readonly string[];
  /** Control-plane actions taken away. */
  notActions: readonly string[];
}

/** Whether effective permissions allow `action` (Azure's wildcard rules, case-insensitive). */
export function permissionsAllow(permissions: readonly PermissionFacts[], action: string): boolean {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    ).test(action);
  return permissions.some((p) => p.actions.some(matches) && !p.notActions.some(matches));
}
