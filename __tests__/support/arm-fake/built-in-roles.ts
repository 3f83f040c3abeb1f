/**
 * The built-in Azure roles the ARM fake knows, with the actions that decide what a caller may
 * do. Taken from Microsoft Learn, "Azure built-in roles" (General, Containers, Identity and
 * Storage pages: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles),
 * trimmed to the actions bench-action's requests need. Kept apart from `src/` on purpose: the
 * production table (`src/core/azure/required-roles.ts`) is checked against this copy by a test,
 * so a wrong role id in one of them shows.
 */

/** One role definition as the fake evaluates it. */
export interface FakeRoleDefinition {
  /** Display name, e.g. `Contributor`. */
  name: string;
  /** The role definition's GUID (the last segment of its id). */
  guid: string;
  /** Control-plane actions granted (wildcards allowed). */
  actions: string[];
  /** Control-plane actions taken away again. */
  notActions: string[];
  /** Data-plane actions granted. */
  dataActions: string[];
}

/** The roles, by name. */
export const fakeBuiltInRoles: Record<string, FakeRoleDefinition> = {
  Owner: {
    name: 'Owner',
    guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    actions: ['*'],
    notActions: [],
    dataActions: [],
  },
  Contributor: {
    name: 'Contributor',
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    actions: ['*'],
    // Contributor cannot grant access: that is what Owner and User Access Administrator add.
    notActions: [
      'Microsoft.Authorization/*/Delete',
      'Microsoft.Authorization/*/Write',
      'Microsoft.Authorization/elevateAccess/Action',
    ],
    dataActions: [],
  },
  Reader: {
    name: 'Reader',
    guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    actions: ['*/read'],
    notActions: [],
    dataActions: [],
  },
  'User Access Administrator': {
    name: 'User Access Administrator',
    guid: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'],
    notActions: [],
    dataActions: [],
  },
  'Managed Identity Operator': {
    name: 'Managed Identity Operator',
    guid: 'f1a07417-d97a-45cb-824c-7a7467783830',
    actions: [
      'Microsoft.ManagedIdentity/userAssignedIdentities/*/read',
      'Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action',
      'Microsoft.Authorization/*/read',
      'Microsoft.Resources/subscriptions/resourceGroups/read',
    ],
    notActions: [],
    dataActions: [],
  },
  'Storage Blob Data Contributor': {
    name: 'Storage Blob Data Contributor',
    guid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    actions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/delete',
      'Microsoft.Storage/storageAccounts/blobServices/containers/read',
      'Microsoft.Storage/storageAccounts/blobServices/containers/write',
      'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
    ],
    notActions: [],
    dataActions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete',
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read',
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write',
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action',
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action',
    ],
  },
  'Storage Blob Data Owner': {
    name: 'Storage Blob Data Owner',
    guid: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
    actions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/*',
      'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
    ],
    notActions: [],
    dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/*'],
  },
  'Storage Blob Data Reader': {
    name: 'Storage Blob Data Reader',
    guid: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
    actions: [
      'Microsoft.Storage/storageAccounts/blobServices/containers/read',
      'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action',
    ],
    notActions: [],
    dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
  },
  'Storage Blob Delegator': {
    name: 'Storage Blob Delegator',
    guid: 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a',
    actions: ['Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'],
    notActions: [],
    dataActions: [],
  },
  AcrPull: {
    name: 'AcrPull',
    guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
    actions: ['Microsoft.ContainerRegistry/registries/pull/read'],
    notActions: [],
    dataActions: [],
  },
  AcrPush: {
    name: 'AcrPush',
    guid: '8311e382-0749-4cb8-b61a-304f252e45ec',
    actions: [
      'Microsoft.ContainerRegistry/registries/pull/read',
      'Microsoft.ContainerRegistry/registries/push/write',
    ],
    notActions: [],
    dataActions: [],
  },
};

/** The role whose definition id ends with `guid`, if the fake knows it. */
export function fakeRoleByDefinitionId(roleDefinitionId: string): FakeRoleDefinition | undefined {
  const guid = roleDefinitionId.split('/').pop()?.toLowerCase();
  return Object.values(fakeBuiltInRoles).find((r) => r.guid === guid);
}

/** Whether an action matches a pattern of a role (`*` matches any run of characters, case-insensitive). */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return regex.test(action);
}

/** Whether a role allows a control-plane action. */
export function roleAllows(role: FakeRoleDefinition, action: string): boolean {
  return (
    role.actions.some((p) => actionMatches(p, action)) &&
    !role.notActions.some((p) => actionMatches(p, action))
  );
}
