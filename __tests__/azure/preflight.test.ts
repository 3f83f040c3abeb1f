/**
 * The preflight against the ARM fake (and its Blob endpoint), through the real SDK clients: a
 * set-up that is ready passes, and each check fails in turn with the fix it names.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAzureDefaults, type AzureSettings } from '../../src/core/azure/azure-settings.js';
import { renderPreflightChecklist } from '../../src/core/azure/preflight-model.js';
import { ubuntuImage } from '../../src/core/azure/resource-specs.js';
import { BenchError, inputError } from '../../src/core/errors.js';
import { createAzurePreflightProbes } from '../../src/edges/azure/preflight-probes.js';
import { assertPreflightPassed, runAzurePreflight } from '../../src/pipeline/azure/preflight.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import {
  createFakeArmContext,
  fakeBlobConnection,
  fakeCredential,
  testSubscriptionId,
} from '../support/arm-fake/fake-arm-context.js';
import { seedSharedSetup, type SeededSetup } from '../support/arm-fake/shared-setup.js';

const caller = 'cccccccc-0000-4000-8000-00000000000c';
const subscription = `/subscriptions/${testSubscriptionId}`;
const image = 'benchacr.azurecr.io/reframe:3.1.0';

let fake: ArmFake;
let shared: SeededSetup;
let missingTags: Set<string>;

beforeEach(async () => {
  fake = await startArmFake();
  shared = seedSharedSetup(fake, { container: 'bench-runs' });
  // A ready set-up: the caller holds what REQUIRED_ROLES asks for, and nothing at the root.
  fake.roleAssignments.length = 0;
  fake.assignRole(shared.identityPrincipalId, 'AcrPull', shared.registryId);
  fake.assignRole(caller, 'Contributor', subscription);
  fake.assignRole(caller, 'Storage Blob Data Contributor', shared.storageAccountId);
  missingTags = new Set();
});
afterEach(async () => {
  await fake.close();
});

function settings(overrides: Partial<AzureSettings> = {}): AzureSettings {
  return withAzureDefaults({
    tenantId: '22222222-3333-4444-5555-666666666666',
    clientId: '33333333-4444-5555-6666-777777777777',
    subscriptionId: testSubscriptionId,
    acrName: shared.acrName,
    storageAccount: shared.storageAccount,
    storageContainer: shared.container,
    vmIdentityResourceId: shared.identityId,
    vmSizes: ['Standard_D4s_v5', 'Standard_D4ds_v5'],
    regions: ['westeurope', 'northeurope'],
    ...overrides,
  });
}

async function preflight(overrides: Partial<AzureSettings> = {}) {
  const { ctx } = createFakeArmContext(fake, { principalId: caller });
  const s = settings(overrides);
  const probes = createAzurePreflightProbes({
    arm: ctx,
    credential: fakeCredential(caller),
    resolveImage: (ref) =>
      missingTags.has(ref)
        ? Promise.reject(inputError('IMAGE_NOT_FOUND', `Image ${ref} does not exist.`))
        : Promise.resolve(`${ref}@sha256:${'d'.repeat(64)}`),
    blob: { ...fakeBlobConnection(fake, s.storageAccount, caller), container: s.storageContainer },
  });
  const report = await runAzurePreflight({ settings: s, image }, probes);
  const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
  return {
    report,
    byId,
    writes: fake.requests.filter(
      (r) => (r.method !== 'GET' && r.method !== 'POST') || /\/register$/.test(r.path),
    ),
  };
}

describe('the Azure preflight', () => {
  it('passes a ready set-up, reading only, and prints one line per check', async () => {
    const { report, writes } = await preflight();

    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(writes).toEqual([]);
    const text = renderPreflightChecklist(report);
    expect(text).toContain(
      '[ok]   Contributor for the signed-in identity on the subscription: Contributor at /subscriptions/',
    );
    expect(text).toContain('[ok]   AcrPull for the VM identity on the registry');
    expect(text).toContain(`All ${report.checks.length} checks passed.`);
  });

  it('fails on an unregistered provider with the az provider register command, and skips what needs it', async () => {
    fake.unregisteredProviders.add('Microsoft.Compute');
    const { report, byId } = await preflight();

    expect(report.ok).toBe(false);
    expect(byId.providers).toMatchObject({ status: 'fail' });
    expect(byId.providers?.fix).toContain('az provider register --namespace Microsoft.Compute');
    expect(byId['os-image']?.status).toBe('skip');
    expect(byId.quota?.status).toBe('skip');
    expect(() => assertPreflightPassed(report)).toThrow(BenchError);
  });

  it('fails when the signed-in identity is not Contributor on the subscription, naming the assignment to make', async () => {
    fake.roleAssignments.splice(
      fake.roleAssignments.findIndex((a) => a.scope === subscription && a.principalId === caller),
      1,
    );
    const { byId } = await preflight();

    expect(byId['role:runner-contributor']?.status).toBe('fail');
    expect(byId['role:runner-contributor']?.fix).toContain(
      `az role assignment create --assignee-object-id ${caller} --assignee-principal-type ServicePrincipal --role "Contributor" --scope ${subscription}`,
    );
    // Contributor also covered assigning the VM identity.
    expect(byId['role:runner-identity-operator']?.status).toBe('fail');
  });

  it('fails the Blob role and the delegation key when the role is on the container only', async () => {
    fake.roleAssignments.splice(
      fake.roleAssignments.findIndex((a) => a.scope === shared.storageAccountId),
      1,
    );
    // Contributor at the subscription would allow the key: keep it to the run's scope only.
    fake.roleAssignments.splice(
      fake.roleAssignments.findIndex((a) => a.scope === subscription),
      1,
    );
    fake.assignRole(caller, 'Storage Blob Data Contributor', shared.containerId);
    const { byId } = await preflight();

    expect(byId['role:runner-blob-data']).toMatchObject({ status: 'fail' });
    expect(byId['role:runner-blob-data']?.detail).toContain('on a container only');
    expect(byId['delegation-key']?.status).toBe('fail');
    expect(byId['delegation-key']?.detail).toContain('AuthorizationPermissionMismatch');
    expect(byId['delegation-key']?.fix).toContain('not only on the container');
  });

  it('fails when the VM identity cannot pull from the registry', async () => {
    fake.roleAssignments.splice(
      fake.roleAssignments.findIndex((a) => a.principalId === shared.identityPrincipalId),
      1,
    );
    const { byId } = await preflight();

    expect(byId['role:vm-acr-pull']?.status).toBe('fail');
    expect(byId['role:vm-acr-pull']?.fix).toContain(
      `--assignee-object-id ${shared.identityPrincipalId} --assignee-principal-type ServicePrincipal --role "AcrPull" --scope ${shared.registryId}`,
    );
  });

  it('fails when the registry or the VM identity does not exist in the subscription', async () => {
    const { byId } = await preflight({
      acrName: 'nosuchregistry',
      vmIdentityResourceId: shared.identityId.replace('bench-vm', 'bench-nobody'),
    });

    expect(byId['role:runner-acr-pull']?.detail).toContain('no registry nosuchregistry');
    expect(byId['role:vm-acr-pull']?.status).toBe('fail');
    expect(byId['role:runner-identity-operator']?.detail).toContain('does not exist');
  });

  it('warns when the container does not exist, since the run creates it', async () => {
    const { report, byId } = await preflight({ storageContainer: 'bench-other' });

    expect(byId.container).toMatchObject({ status: 'warn' });
    expect(byId.container?.fix).toContain('az storage container create');
    expect(report.ok).toBe(true);
  });

  it('fails when the image tag does not resolve in ACR', async () => {
    missingTags.add(image);
    const { byId } = await preflight();
    expect(byId.image).toMatchObject({ status: 'fail' });
    expect(byId.image?.detail).toContain('IMAGE_NOT_FOUND');
  });

  it('fails when the pinned Ubuntu image is missing in a region, with the command that lists versions', async () => {
    fake.missingImageVersions.add(`northeurope/${ubuntuImage.version}`);
    const { byId } = await preflight();
    expect(byId['os-image']).toMatchObject({ status: 'fail', detail: 'missing in northeurope' });
    expect(byId['os-image']?.fix).toContain('az vm image list --location northeurope');
  });

  it('warns when the first choice lacks vCPU quota but a fallback has it, and fails when none has', async () => {
    fake.usages.set('westeurope/standardDSv5Family', { currentValue: 98, limit: 100 });
    const fallback = await preflight();
    expect(fallback.byId.quota?.status).toBe('warn');
    expect(fallback.byId.quota?.detail).toContain(
      'Standard_D4s_v5 in westeurope: standardDSv5Family has 2 vCPUs left, the run needs 8',
    );
    expect(fallback.byId.quota?.detail).toContain('fall back to Standard_D4s_v5 in northeurope');

    for (const region of ['westeurope', 'northeurope']) {
      fake.usages.set(`${region}/cores`, { currentValue: 100, limit: 100 });
    }
    const none = await preflight();
    expect(none.byId.quota?.status).toBe('fail');
  });

  it('passes a role given through a group, seen only in the effective permissions', async () => {
    fake.roleAssignments.splice(
      fake.roleAssignments.findIndex((a) => a.scope === shared.storageAccountId),
      1,
    );
    // Stands in for a group's assignment: the caller's own list shows it only as permissions.
    const group = fake.assignRole(
      '99999999-0000-4000-8000-000000000009',
      'Storage Blob Data Owner',
      `${subscription}/resourceGroups/${shared.group}`,
    );
    fake.roleAssignments.push({
      ...group,
      principalId: caller,
      id: `${group.id}-member`,
      name: `${group.name}-member`,
    });
    const { byId } = await preflight();
    expect(byId['role:runner-blob-data']?.status).toBe('pass');
  });
});

describe('the table of required roles', () => {
  it('names every built-in role by the id the ARM fake’s separate copy of Microsoft’s list gives it', async () => {
    const { builtInRoleIds } = await import('../../src/core/azure/required-roles.js');
    const { fakeBuiltInRoles } = await import('../support/arm-fake/built-in-roles.js');
    for (const [name, guid] of Object.entries(builtInRoleIds)) {
      if (name === 'Role Based Access Control Administrator') continue;
      expect(fakeBuiltInRoles[name]?.guid, name).toBe(guid);
    }
  });
});
