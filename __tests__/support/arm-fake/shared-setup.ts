/**
 * The shared set-up a team makes once (docs/azure.md, `bench setup azure`), seeded straight into
 * the ARM fake: group `bench-shared` with a storage account and its container, a registry and
 * the VM identity, which holds AcrPull on the registry.
 */
import type { ArmFake } from './arm-fake.js';

/** What `seedSharedSetup` created. */
export interface SeededSetup {
  /** The shared group's name. */
  group: string;
  /** Storage account name. */
  storageAccount: string;
  /** Its resource id. */
  storageAccountId: string;
  /** Blob container name. */
  container: string;
  /** The container's resource id. */
  containerId: string;
  /** Registry name. */
  acrName: string;
  /** Its resource id. */
  registryId: string;
  /** The VM identity's resource id. */
  identityId: string;
  /** The VM identity's object id. */
  identityPrincipalId: string;
}

/** Seeds the shared set-up; names default to the ones the tests use elsewhere. */
export function seedSharedSetup(
  fake: ArmFake,
  names: { storageAccount?: string; container?: string; acrName?: string; identity?: string } = {},
): SeededSetup {
  const group = 'bench-shared';
  const storageAccount = names.storageAccount ?? 'benchstore';
  const container = names.container ?? 'bench';
  const acrName = names.acrName ?? 'benchacr';
  if (!fake.groups.has(group)) fake.seedGroup(group, 'westeurope', {}, { shared: true });
  const storageAccountId = fake.seedResource({
    group,
    type: 'Microsoft.Storage/storageAccounts',
    name: storageAccount,
    location: 'westeurope',
    extra: { sku: { name: 'Standard_LRS' }, kind: 'StorageV2' },
  });
  const containerId = fake.seedResource({
    group,
    type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
    name: `${storageAccount}/default/${container}`,
  });
  const registryId = fake.seedResource({
    group,
    type: 'Microsoft.ContainerRegistry/registries',
    name: acrName,
    location: 'westeurope',
    extra: { sku: { name: 'Basic' } },
  });
  const identityId = fake.seedResource({
    group,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    name: names.identity ?? 'bench-vm',
    location: 'westeurope',
  });
  const identity = [...fake.groups.get(group)!.resources.values()].find(
    (r) => r.id === identityId,
  )!;
  const identityPrincipalId = String(identity.properties.principalId);
  fake.assignRole(identityPrincipalId, 'AcrPull', registryId);
  return {
    group,
    storageAccount,
    storageAccountId,
    container,
    containerId,
    acrName,
    registryId,
    identityId,
    identityPrincipalId,
  };
}
