/**
 * The ARM fake refuses what ARM refuses, so code that forgets a token, an api-version or a body
 * field fails here and not only against Azure.
 */
import { Agent, request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVmBody } from '../../src/core/azure/resource-specs.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
let agent: Agent;
beforeEach(async () => {
  fake = await startArmFake();
  agent = new Agent({ connect: { ca: fake.ca } });
});
afterEach(async () => {
  await agent.close();
  await fake.close();
});

const groupUrl = () =>
  `${fake.endpoint}/subscriptions/${testSubscriptionId}/resourcegroups/bench-fake-test`;

async function raw(url: string, headers: Record<string, string>) {
  const response = await request(url, { method: 'GET', headers, dispatcher: agent });
  const body = (await response.body.json()) as { error?: { code?: string } };
  return { status: response.statusCode, code: body.error?.code };
}

describe('the ARM fake', () => {
  it('answers 401 to a request without a bearer token, as ARM does', async () => {
    expect(await raw(`${groupUrl()}?api-version=2025-04-01`, {})).toEqual({
      status: 401,
      code: 'AuthenticationFailed',
    });
  });

  it('answers 400 to a request without an api-version, or with a malformed one', async () => {
    const auth = { authorization: 'Bearer x' };
    expect(await raw(groupUrl(), auth)).toEqual({
      status: 400,
      code: 'MissingApiVersionParameter',
    });
    expect(await raw(`${groupUrl()}?api-version=latest`, auth)).toEqual({
      status: 400,
      code: 'InvalidApiVersionParameter',
    });
  });

  it('refuses a group without a location and a VM without the fields a create needs', async () => {
    const { ctx } = createFakeArmContext(fake);
    const noLocation = await ctx.resources.resourceGroups
      .createOrUpdate('bench-fake-test', { location: '' })
      .catch((e: unknown) => e);
    expect((noLocation as { code?: string }).code).toBe('LocationRequired');

    await ctx.resources.resourceGroups.createOrUpdate('bench-fake-test', {
      location: 'westeurope',
    });
    const body = buildVmBody({
      location: 'westeurope',
      tags: {},
      vmSize: '',
      computerName: 'vm',
      nicId: 'x',
      placementGroupId: 'x',
      identityResourceId: 'x',
      cloudInit: '',
      sshPublicKey: 'ssh-rsa AAAA',
    });
    const noSize = await ctx.compute.virtualMachines
      .createOrUpdate('bench-fake-test', 'vm', body, { updateIntervalInMs: 1 })
      .catch((e: unknown) => e);
    expect((noSize as { code?: string }).code).toBe('InvalidParameter');
    expect((noSize as Error).message).toContain('hardwareProfile.vmSize');
  });
});
