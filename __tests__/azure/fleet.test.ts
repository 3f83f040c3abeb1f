import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { deleteRunGroup } from '../../src/edges/azure/cleanup.js';
import { provisionRun } from '../../src/edges/azure/fleet.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake();
});
afterEach(async () => {
  await fake.close();
});

const group = 'bench-reframe-123-1-bench';

describe('provisionRun', () => {
  it('records the group name before the first create call, creates a private network and both VMs, and clean-up leaves nothing', async () => {
    const { ctx } = createFakeArmContext(fake);
    const recorded: { name: string; methodsBefore: string[] }[] = [];
    const run = await provisionRun(ctx, sampleRunSpec({ loadAgents: 2 }), {
      recordState: (name) => {
        recorded.push({ name, methodsBefore: fake.requests.map((r) => r.method) });
      },
    });

    // Only the look-up of a group of the same name comes first; nothing is created before.
    expect(recorded).toEqual([{ name: group, methodsBefore: ['GET'] }]);
    expect(run.resourceGroup).toBe(group);
    expect(run.productVm).toMatchObject({
      name: 'bench-product',
      size: 'Standard_D4s_v5',
      region: 'westeurope',
    });
    expect(run.productVm.privateIp).toMatch(/^10\.42\.1\.\d+$/);
    expect(run.loadVms.map((vm) => vm.name).sort()).toEqual(['bench-load-1', 'bench-load-2']);
    expect(fake.inventory(group)).toEqual([
      'Microsoft.Compute/proximityPlacementGroups/bench-ppg-westeurope',
      'Microsoft.Compute/virtualMachines/bench-load-1',
      'Microsoft.Compute/virtualMachines/bench-load-2',
      'Microsoft.Compute/virtualMachines/bench-product',
      'Microsoft.Network/natGateways/bench-nat-westeurope',
      'Microsoft.Network/networkInterfaces/bench-load-1-nic',
      'Microsoft.Network/networkInterfaces/bench-load-2-nic',
      'Microsoft.Network/networkInterfaces/bench-product-nic',
      'Microsoft.Network/networkSecurityGroups/bench-nsg-westeurope',
      'Microsoft.Network/publicIPAddresses/bench-nat-ip-westeurope',
      'Microsoft.Network/virtualNetworks/bench-vnet-westeurope',
    ]);
    const stored = fake.groups.get(group)!;
    expect(stored.tags['managed-by']).toBe('bench-action');
    for (const resource of stored.resources.values()) {
      expect(resource.tags, resource.id).toEqual(stored.tags);
    }
    // The only public IP belongs to the NAT gateway; no NIC carries one.
    for (const resource of stored.resources.values()) {
      if (resource.type === 'Microsoft.Network/networkInterfaces') {
        expect(JSON.stringify(resource.properties)).not.toContain('publicIPAddress"');
      }
    }

    const result = await deleteRunGroup(ctx, group, { waitMs: 1_000 });
    expect(result).toEqual({ deleted: true, pending: false });
    expect(fake.inventory(group)).toBeUndefined();
    const deletion = fake.requests.find((r) => r.method === 'DELETE');
    expect(deletion?.query.forceDeletionTypes).toBe('Microsoft.Compute/virtualMachines');
  });

  it('moves to the next size when the first is not available, and reports the size it got', async () => {
    fake.capacity.unavailableSizes.add('Standard_D4s_v5');
    const { ctx, logs } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(run.productVm).toMatchObject({ size: 'Standard_F4s_v2', region: 'westeurope' });
    expect(
      logs.some((l) => l.includes('Standard_D4s_v5 in westeurope unavailable (SkuNotAvailable)')),
    ).toBe(true);
    expect(run.warnings.join('\n')).toContain('Standard_D4s_v5 in westeurope: SkuNotAvailable');
  });

  it('moves to the next region when allocation fails in the first, deleting the failed VM first', async () => {
    fake.capacity.allocationFailedRegions.add('westeurope');
    const { ctx, logs } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(run.productVm).toMatchObject({ size: 'Standard_D4s_v5', region: 'northeurope' });
    expect(run.loadVms[0]).toMatchObject({ region: 'northeurope' });
    const vmRequests = fake.requests
      .filter((r) => r.path.endsWith('/virtualMachines/bench-product') && r.method !== 'GET')
      .map((r) => r.method);
    expect(vmRequests).toEqual(['PUT', 'DELETE', 'PUT']);
    expect(logs.some((l) => l.includes('AllocationFailed') && l.includes('northeurope'))).toBe(
      true,
    );
    const vm = fake.groups
      .get(group)!
      .resources.get(
        `/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/${group}/providers/microsoft.compute/virtualmachines/bench-product`,
      );
    expect(vm?.location).toBe('northeurope');
  });

  it('treats a cores quota error as a capacity problem and tries the next size', async () => {
    fake.capacity.quotaExceededSizes.add('Standard_D4s_v5');
    const { ctx } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec({ regions: ['westeurope'] }), {
      recordState: () => undefined,
    });
    expect(run.productVm.size).toBe('Standard_F4s_v2');
  });

  it('fails with AZURE_NO_CAPACITY naming every choice tried when none has room', async () => {
    fake.capacity.unavailableSizes.add('Standard_D4s_v5');
    fake.capacity.allocationFailedRegions.add('westeurope');
    const { ctx } = createFakeArmContext(fake);
    const error = await provisionRun(
      ctx,
      sampleRunSpec({ vmSizes: ['Standard_D4s_v5'], regions: ['westeurope'] }),
      {
        recordState: () => undefined,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('AZURE_NO_CAPACITY');
    expect((error as BenchError).message).toContain(
      'Standard_D4s_v5 in westeurope: SkuNotAvailable',
    );
    expect((error as BenchError).hint).toContain('vm-sizes');
  });

  it('retries a throttled request after the Retry-After the server asked for', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /virtualMachines\/bench-product$/,
      status: 429,
      code: 'TooManyRequests',
      headers: { 'retry-after': '17' },
    });
    const { ctx, sleeps, logs } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(run.productVm.size).toBe('Standard_D4s_v5');
    expect(sleeps).toContain(17_000);
    expect(
      logs.some((l) =>
        /PUT .*bench-product answered 429 with Retry-After 17 s; retrying in 17000 ms \(retry 1 of 6\)/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  it('retries server errors with growing back-off, then succeeds', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /networkSecurityGroups/,
      status: 500,
      code: 'InternalServerError',
      times: 2,
    });
    const { ctx, sleeps } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(sleeps.filter((ms) => ms >= 1_000)).toEqual([2_000, 4_000]);
    expect(
      fake.requests.filter((r) => r.method === 'PUT' && r.path.includes('networkSecurityGroups')),
    ).toHaveLength(3);
  });

  it('gives up after the bounded number of retries', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /resourcegroups/i,
      status: 503,
      code: 'ServiceUnavailable',
      times: 10,
    });
    const { ctx } = createFakeArmContext(fake, { maxRetries: 2 });
    const error = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined }).catch(
      (e: unknown) => e,
    );
    expect((error as BenchError).code).toBe('AZURE_REQUEST_FAILED');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(3);
  });

  it('fails fast on AuthorizationFailed with a message naming the missing permission', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /resourcegroups/i,
      status: 403,
      code: 'AuthorizationFailed',
      message:
        "The client 'abc' with object id 'abc' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write' over scope '/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/bench-reframe-123-1-bench' or the scope is invalid.",
    });
    const { ctx, sleeps } = createFakeArmContext(fake);
    const error = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(BenchError);
    const bench = error as BenchError;
    expect(bench.kind).toBe('infrastructure');
    expect(bench.code).toBe('AZURE_AUTHORIZATION_FAILED');
    expect(bench.hint).toContain('Microsoft.Resources/subscriptions/resourcegroups/write');
    expect(bench.hint).toContain('Contributor');
    expect(sleeps).toEqual([]);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('fails fast on RequestDisallowedByPolicy with a policy hint', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /publicIPAddresses/,
      status: 403,
      code: 'RequestDisallowedByPolicy',
      message:
        "Resource 'bench-nat-ip-westeurope' was disallowed by policy. Policy identifiers: '[{\"policyAssignment\":{\"name\":'no-public-ip'}}]'.",
    });
    const { ctx } = createFakeArmContext(fake);
    const error = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined }).catch(
      (e: unknown) => e,
    );
    expect((error as BenchError).code).toBe('AZURE_POLICY_DENIED');
    expect((error as BenchError).hint).toContain('Azure Policy');
  });

  it('refuses an unsafe spec before any request reaches Azure', async () => {
    const { ctx } = createFakeArmContext(fake);
    const recorded: string[] = [];
    const error = await provisionRun(ctx, sampleRunSpec({ vmSizes: ['Standard_D4s_v5; reboot'] }), {
      recordState: (name) => {
        recorded.push(name);
      },
    }).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('AZURE_UNSAFE_VALUE');
    expect(recorded).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('a group of the same name still being deleted', () => {
  it('fails with a hint to re-run rather than a generic error', async () => {
    fake.seedGroup(group, 'westeurope', {});
    fake.groups.get(group)!.provisioningState = 'Deleting';
    const { ctx } = createFakeArmContext(fake);
    const error = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined }).catch(
      (e: unknown) => e,
    );
    expect((error as BenchError).code).toBe('AZURE_GROUP_BEING_DELETED');
  });
});

describe('the proximity placement group', () => {
  const ppgPuts = () =>
    fake.requests.filter((r) => r.method === 'PUT' && /proximityPlacementGroups/.test(r.path));

  it('names only the sizes in use in its intent, so fallback sizes of another family never make Azure refuse it', async () => {
    const { ctx } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(run.productVm.size).toBe('Standard_D4s_v5');
    expect(ppgPuts().map((r) => (r.body as { properties: unknown }).properties)).toEqual([
      expect.objectContaining({ intent: { vmSizes: ['Standard_D4s_v5'] } }),
    ]);
  });

  it('is created again without an intent when Azure refuses the intent, and the run goes on', async () => {
    const { ctx, logs } = createFakeArmContext(fake);
    // Product and load sizes of two families: no datacenter promises both.
    const run = await provisionRun(ctx, sampleRunSpec({ loadVmSize: 'Standard_F4s_v2' }), {
      recordState: () => undefined,
    });

    expect(run.productVm).toMatchObject({ size: 'Standard_D4s_v5', region: 'westeurope' });
    expect(run.loadVms[0]?.size).toBe('Standard_F4s_v2');
    const intents = ppgPuts().map(
      (r) => (r.body as { properties: { intent?: unknown } }).properties.intent,
    );
    expect(intents).toEqual([{ vmSizes: ['Standard_D4s_v5', 'Standard_F4s_v2'] }, undefined]);
    expect(
      logs.some((l) => /without an intent/.test(l) && /OverconstrainedAllocationRequest/.test(l)),
    ).toBe(true);
  });

  it('is tried again for the next size in the same region after Azure refused it, never reusing the refusal', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /proximityPlacementGroups/,
      status: 409,
      code: 'OverconstrainedAllocationRequest',
      message: 'Allocation failed. VM(s) with the following constraints cannot be allocated.',
      times: 2,
    });
    const { ctx } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec({ regions: ['westeurope'] }), {
      recordState: () => undefined,
    });

    expect(run.productVm).toMatchObject({ size: 'Standard_F4s_v2', region: 'westeurope' });
    expect(run.warnings.join('\n')).toContain(
      'Standard_D4s_v5 in westeurope: OverconstrainedAllocationRequest',
    );
  });
});

describe('a NIC Azure keeps reserved after a failed VM create', () => {
  it('gives each fallback attempt its own NIC and leaves the reserved one to the group deletion', async () => {
    await fake.close();
    let nowMs = Date.parse('2026-11-29T04:00:00.000Z');
    fake = await startArmFake({ now: () => nowMs });
    fake.capacity.unavailableSizes.add('Standard_D4s_v5');
    const { ctx } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec({ regions: ['westeurope'] }), {
      recordState: () => undefined,
    });

    expect(run.productVm.size).toBe('Standard_F4s_v2');
    expect(
      fake.requests.filter((r) => r.method === 'DELETE' && /networkInterfaces/.test(r.path)),
    ).toEqual([]);
    expect(fake.inventory(group)).toEqual(
      expect.arrayContaining([
        'Microsoft.Network/networkInterfaces/bench-product-nic',
        'Microsoft.Network/networkInterfaces/bench-product-nic-2',
      ]),
    );
    const nicOf = (name: string) =>
      [...fake.groups.get(group)!.resources.values()].find((r) => r.name === name)!.id;
    const vm = [...fake.groups.get(group)!.resources.values()].find(
      (r) => r.name === 'bench-product',
    );
    expect(JSON.stringify(vm?.properties.networkProfile)).toContain(nicOf('bench-product-nic-2'));

    // The reservation holds for 180 s of the fake's clock, then the NIC can go.
    const reserved = await ctx.network.networkInterfaces
      .beginDeleteAndWait(group, 'bench-product-nic', { updateIntervalInMs: 1 })
      .catch((e: unknown) => e);
    expect((reserved as { code?: string }).code).toBe('NicReservedForAnotherVm');
    nowMs += 180_000;
    await ctx.network.networkInterfaces.beginDeleteAndWait(group, 'bench-product-nic', {
      updateIntervalInMs: 1,
    });

    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });
});

describe('an existing group of the same name', () => {
  it('is refused when its bench-run-id tag belongs to another run, before anything is recorded or changed', async () => {
    const otherTags = {
      'managed-by': 'bench-action',
      'bench-run-id': 'plasmatic/reframe/123/1/other-leg',
    };
    fake.seedGroup(group, 'westeurope', { ...otherTags });
    const { ctx } = createFakeArmContext(fake);
    const recorded: string[] = [];
    const error = await provisionRun(ctx, sampleRunSpec(), {
      recordState: (name) => void recorded.push(name),
    }).catch((e: unknown) => e);

    expect((error as BenchError).code).toBe('AZURE_GROUP_TAKEN');
    expect((error as BenchError).message).toContain('plasmatic/reframe/123/1/other-leg');
    // Recording it would let this run's clean-up delete the other run's VMs.
    expect(recorded).toEqual([]);
    expect(fake.groups.get(group)?.tags).toEqual(otherTags);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('is reused when it is this run’s own group (a retried step)', async () => {
    fake.seedGroup(group, 'westeurope', sampleRunSpec().tags);
    const { ctx } = createFakeArmContext(fake);
    const run = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });
    expect(run.resourceGroup).toBe(group);
  });
});

describe('a subscription that is not set up', () => {
  it('stops at once when a resource provider is not registered, naming the az provider register command', async () => {
    fake.unregisteredProviders.add('Microsoft.Network');
    const { ctx, sleeps } = createFakeArmContext(fake);
    const error = await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined }).catch(
      (e: unknown) => e,
    );

    expect((error as BenchError).code).toBe('AZURE_PROVIDER_UNREGISTERED');
    expect((error as BenchError).hint).toContain(
      'az provider register --namespace Microsoft.Network',
    );
    expect((error as BenchError).hint).toContain('bench setup azure');
    expect(sleeps).toEqual([]);
    // Classed as denied: no size or region fallback is attempted.
    expect(fake.requests.filter((r) => /virtualMachines/.test(r.path))).toEqual([]);
  });

  it('names the missing assign permission and Managed Identity Operator when the VM identity cannot be attached', async () => {
    // The caller is Contributor on this subscription only; the VM identity lives in another one.
    fake.roleAssignments.length = 0;
    fake.assignRole(
      fake.defaultCallerId,
      'Contributor',
      '/subscriptions/11111111-2222-3333-4444-555555555555',
    );
    const identity =
      '/subscriptions/99999999-2222-3333-4444-555555555555/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm';
    const { ctx } = createFakeArmContext(fake);
    const error = await provisionRun(ctx, sampleRunSpec({ identityResourceId: identity }), {
      recordState: () => undefined,
    }).catch((e: unknown) => e);

    const bench = error as BenchError;
    expect(bench.code).toBe('AZURE_AUTHORIZATION_FAILED');
    expect(bench.hint).toContain('Microsoft.ManagedIdentity/userAssignedIdentities/assign/action');
    expect(bench.hint).toContain('Managed Identity Operator');
    expect(bench.hint).toContain(identity);
    expect(bench.hint).not.toContain('for Microsoft.Compute/virtualMachines/write');
  });
});
