/**
 * The ARM fake refuses what ARM refuses, so a test against it cannot pass with a request Azure
 * would turn down: no bearer token or a wrong one, no `api-version`, a resource group or VM
 * without a location, a VM without a size, a run command without a script. The requests go
 * through the real SDK clients of `createArmContext`, except the one without `api-version`,
 * which no SDK client can send.
 */
import { request } from 'node:https';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualMachine } from '@azure/arm-compute';
import { createArmContext } from '../../src/edges/azure/arm-context.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake();
});
afterEach(async () => {
  await fake.close();
});

/** The ARM error code of a rejected call. */
async function armCode(call: Promise<unknown>): Promise<string | undefined> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string; statusCode?: number } | undefined;
  return error ? `${error.statusCode} ${error.code}` : undefined;
}

/** A request sent by hand, as no SDK client would send it. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${fake.endpoint}${path}`, { method, ca: fake.ca, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('the ARM fake', () => {
  it('accepts a resource group created by the SDK with the test token and a location', async () => {
    const { ctx } = createFakeArmContext(fake);
    await ctx.resources.resourceGroups.createOrUpdate('rg-ok', { location: 'westeurope' });
    expect(fake.groupNames()).toEqual(['rg-ok']);
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.query['api-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 401 to a token it did not issue', async () => {
    const ctx = createArmContext({
      credential: {
        getToken: () =>
          Promise.resolve({ token: 'stolen', expiresOnTimestamp: Date.now() + 3600e3 }),
      },
      subscriptionId: testSubscriptionId,
      endpoint: fake.endpoint,
      ca: fake.ca,
      log: () => undefined,
      sleep: () => Promise.resolve(),
      maxRetries: 0,
    });
    expect(
      await armCode(
        ctx.resources.resourceGroups.createOrUpdate('rg-x', { location: 'westeurope' }),
      ),
    ).toBe('401 InvalidAuthenticationToken');
    expect(fake.groupNames()).toEqual([]);
  });

  it('answers 401 without an Authorization header and 400 without an api-version', async () => {
    const path = `/subscriptions/${testSubscriptionId}/resourcegroups/rg-x`;
    const noAuth = await raw('GET', `${path}?api-version=2021-04-01`, {});
    expect(noAuth.status).toBe(401);
    expect(noAuth.body).toContain('AuthenticationFailed');
    const noVersion = await raw('GET', path, { authorization: 'Bearer x' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body).toContain('MissingApiVersionParameter');
    const badVersion = await raw('GET', `${path}?api-version=latest`, {
      authorization: 'Bearer x',
    });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body).toContain('InvalidApiVersionParameter');
  });

  it('refuses a resource group without a location (the SDK refuses to send one, so by hand)', async () => {
    const put = await raw(
      'PUT',
      `/subscriptions/${testSubscriptionId}/resourcegroups/rg-x?api-version=2021-04-01`,
      { authorization: 'Bearer x', 'content-type': 'application/json' },
      { tags: {} },
    );
    expect(put.status).toBe(400);
    expect(put.body).toContain('LocationRequired');
    expect(fake.groupNames()).toEqual([]);
  });

  it('refuses a VM without a location, without a size or without a network interface', async () => {
    const { ctx } = createFakeArmContext(fake, { maxRetries: 0 });
    fake.seedGroup('rg', 'westeurope', {});
    const nic = `/subscriptions/${testSubscriptionId}/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n`;
    const vm = (body: Partial<VirtualMachine>) =>
      armCode(
        ctx.compute.virtualMachines.beginCreateOrUpdateAndWait('rg', 'vm', body as VirtualMachine),
      );
    expect(
      await vm({
        hardwareProfile: { vmSize: 'Standard_D4s_v5' },
        networkProfile: { networkInterfaces: [{ id: nic }] },
      }),
    ).toBe('400 LocationRequired');
    expect(
      await vm({ location: 'westeurope', networkProfile: { networkInterfaces: [{ id: nic }] } }),
    ).toBe('400 InvalidParameter');
    expect(
      await vm({ location: 'westeurope', hardwareProfile: { vmSize: 'Standard_D4s_v5' } }),
    ).toBe('400 InvalidParameter');
    expect(fake.inventory('rg')).toEqual([]);
  });

  it('refuses a run command without a script', async () => {
    const { ctx } = createFakeArmContext(fake, { maxRetries: 0 });
    fake.seedGroup('rg', 'westeurope', {});
    const call = ctx.compute.virtualMachineRunCommands.beginCreateOrUpdateAndWait(
      'rg',
      'vm',
      'rc',
      {
        location: 'westeurope',
        source: {},
      },
    );
    expect(await armCode(call)).toBe('400 InvalidParameter');
  });
});
