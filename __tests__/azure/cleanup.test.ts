import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BenchError } from '../../src/core/errors.js';
import { deleteRunGroup, findRunGroups } from '../../src/edges/azure/cleanup.js';
import { provisionRun } from '../../src/edges/azure/fleet.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
let dir: string;
beforeEach(async () => {
  fake = await startArmFake();
  dir = mkdtempSync(join(tmpdir(), 'bench-cleanup-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const group = 'bench-reframe-123-1-bench';
const childScript = fileURLToPath(
  new URL('../support/arm-fake/provision-child.ts', import.meta.url),
);

describe('deleteRunGroup', () => {
  it('treats a group that does not exist as deleted, so running it twice is harmless', async () => {
    const { ctx, logs } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    // VMs are force-deleted (faster, no shutdown): ARM's forceDeletionTypes parameter.
    const deletion = fake.requests.find((r) => r.method === 'DELETE');
    expect(deletion?.query.forceDeletionTypes).toBe('Microsoft.Compute/virtualMachines');
    expect(logs).toContain(`Deleting resource group ${group} (force-deleting VMs)`);
    expect(logs).toContain(`Resource group ${group} deleted`);
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(logs).toContain(`Resource group ${group} does not exist: nothing to delete`);
    expect(fake.groupNames()).toEqual([]);
  });

  it('treats a group that disappears while its deletion is polled as deleted', async () => {
    const { ctx } = createFakeArmContext(fake);
    fake.seedGroup(group, 'westeurope', {});
    // The status poll answers 404: someone else deleted the group meanwhile.
    fake.injectFault({
      method: 'GET',
      path: /fake-operations/,
      status: 404,
      code: 'ResourceGroupNotFound',
    });
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
  });

  it('returns pending when the deletion outlasts the wait, and the deletion still completes in Azure', async () => {
    await fake.close();
    fake = await startArmFake({ lroPolls: 5 });
    const { ctx, logs } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    const result = await deleteRunGroup(ctx, group, { waitMs: 2 });
    expect(result).toEqual({ deleted: false, pending: true });
    expect(logs).toContain(
      `Resource group ${group} is still being deleted after 2 ms; Azure carries on`,
    );
    expect(fake.groups.get(group)?.provisioningState).toBe('Deleting');

    // A second call (the janitor, a re-run of the post step) follows it to the end.
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });

  it('retries a throttled deletion and says why a denied one failed', async () => {
    const { ctx, sleeps } = createFakeArmContext(fake);
    fake.seedGroup(group, 'westeurope', { 'managed-by': 'bench-action' });
    fake.injectFault({
      method: 'DELETE',
      status: 429,
      code: 'TooManyRequests',
      headers: { 'retry-after': '3' },
    });
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(sleeps).toContain(3_000);

    fake.seedGroup('other', 'westeurope', {});
    fake.injectFault({
      method: 'DELETE',
      status: 403,
      code: 'AuthorizationFailed',
      message:
        "The client 'x' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/delete' over scope '/subscriptions/s/resourcegroups/other'.",
    });
    const error = await deleteRunGroup(ctx, 'other', { waitMs: 1_000 }).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('AZURE_AUTHORIZATION_FAILED');
    expect((error as BenchError).hint).toContain('resourcegroups/delete');
  });

  it('reports a deletion Azure accepted but failed while it was polled, and leaves the group to the janitor', async () => {
    const { ctx, logs } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });
    const before = fake.inventory(group);
    fake.failDeletion({
      path: /bench-reframe-123-1-bench$/,
      code: 'ResourceGroupDeletionFailed',
      message:
        "Deletion of resource group 'bench-reframe-123-1-bench' failed: a VM could not be deleted.",
    });

    const error = await deleteRunGroup(ctx, group, { waitMs: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as BenchError).code).toBe('AZURE_CLEANUP_FAILED');
    expect((error as BenchError).message).toContain(
      `Could not delete resource group ${group}: ResourceGroupDeletionFailed: Deletion of resource group`,
    );
    expect((error as BenchError).hint).toContain(
      `az group delete -n ${group} --force-deletion-types Microsoft.Compute/virtualMachines`,
    );
    expect((error as BenchError).cause).toBeDefined();
    expect(logs).not.toContain(`Resource group ${group} deleted`);
    // Nothing was removed: the group and its resources are still there for a retry.
    expect(fake.inventory(group)).toEqual(before);
    expect(fake.groups.get(group)?.provisioningState).toBe('Failed');

    // A later attempt (the janitor, a re-run) deletes it.
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });
});

describe('a deletion Azure fails while it is polled', () => {
  it('is reported with Azure’s code and a manual command, and the group stays for a retry', async () => {
    fake.seedGroup(group, 'westeurope', { 'managed-by': 'bench-action' });
    fake.failDeletion({
      path: /bench-reframe-123-1-bench$/,
      code: 'ResourceGroupDeletionBlocked',
      message: 'Deletion of resource group was blocked by a lock on one of its resources.',
    });
    const { ctx } = createFakeArmContext(fake);
    const error = await deleteRunGroup(ctx, group, { waitMs: 1_000 }).catch((e: unknown) => e);

    expect((error as BenchError).code).toBe('AZURE_CLEANUP_FAILED');
    expect((error as BenchError).message).toContain('ResourceGroupDeletionBlocked');
    expect((error as BenchError).hint).toContain(`az group delete -n ${group}`);
    expect(fake.groupNames()).toEqual([group]);
    // A second attempt (the janitor) deletes it.
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
  });
});

describe('findRunGroups', () => {
  it('finds only groups with the managed-by tag and every tag asked for', async () => {
    const { ctx } = createFakeArmContext(fake);
    fake.seedGroup('bench-a', 'westeurope', {
      'managed-by': 'bench-action',
      'bench-run-id': 'o/r/1/1/j',
    });
    fake.seedGroup('bench-b', 'westeurope', {
      'managed-by': 'bench-action',
      'bench-run-id': 'o/r/2/1/j',
    });
    fake.seedGroup('someone-elses', 'westeurope', { 'bench-run-id': 'o/r/1/1/j' });

    const found = await findRunGroups(ctx, { 'bench-run-id': 'o/r/1/1/j' });
    expect(found).toEqual([
      {
        name: 'bench-a',
        tags: { 'managed-by': 'bench-action', 'bench-run-id': 'o/r/1/1/j' },
        provisioningState: 'Succeeded',
      },
    ]);
    expect(fake.requests.at(-1)?.query.$filter).toBe(
      "tagName eq 'bench-run-id' and tagValue eq 'o/r/1/1/j'",
    );
  });

  it('filters on the managed-by tag when no other tag is asked for, and quotes values for OData', async () => {
    const { ctx } = createFakeArmContext(fake);
    fake.seedGroup('bench-a', 'westeurope', { 'managed-by': 'bench-action' });
    expect((await findRunGroups(ctx, {})).map((g) => g.name)).toEqual(['bench-a']);
    expect(fake.requests.at(-1)?.query.$filter).toBe(
      "tagName eq 'managed-by' and tagValue eq 'bench-action'",
    );
    await findRunGroups(ctx, { owner: "o'brien" });
    expect(fake.requests.at(-1)?.query.$filter).toBe(
      "tagName eq 'owner' and tagValue eq 'o''brien'",
    );
  });

  it('says why listing failed: denied, or any other ARM error', async () => {
    const { ctx } = createFakeArmContext(fake, { maxRetries: 0 });
    fake.injectFault({
      method: 'GET',
      path: /resourcegroups$/i,
      status: 403,
      code: 'AuthorizationFailed',
      message:
        "The client 'x' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/read'.",
    });
    const denied = (await findRunGroups(ctx, {}).catch((e: unknown) => e)) as BenchError;
    expect(denied.code).toBe('AZURE_AUTHORIZATION_FAILED');
    expect(denied.message).toContain('Could not list resource groups: AuthorizationFailed: ');
    expect(denied.cause).toBeDefined();
    fake.injectFault({ method: 'GET', path: /resourcegroups$/i, status: 400, code: 'BadRequest' });
    const other = (await findRunGroups(ctx, {}).catch((e: unknown) => e)) as BenchError;
    expect(other.code).toBe('AZURE_REQUEST_FAILED');
    expect(other.message).toBe('Could not list resource groups: BadRequest: BadRequest');
  });
});

describe('a provisioning process killed after creating the group', () => {
  it('leaves nothing once clean-up runs from the recorded state', async () => {
    const caFile = join(dir, 'ca.pem');
    const stateFile = join(dir, 'state');
    writeFileSync(caFile, fake.ca);
    const held = fake.hold('PUT', /virtualMachines\/bench-product$/);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, fake.endpoint, caFile, stateFile],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );

    await Promise.race([
      held.arrived,
      exited.then(() => {
        throw new Error(`child exited early: ${stderr}`);
      }),
    ]);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Azure finishes the VM create although nobody waits for it any more.
    held.release();
    await vi.waitFor(() =>
      expect(fake.inventory(group)).toContain('Microsoft.Compute/virtualMachines/bench-product'),
    );

    const recorded = readFileSync(stateFile, 'utf8');
    expect(recorded).toBe(group);
    const { ctx } = createFakeArmContext(fake);
    expect(await deleteRunGroup(ctx, recorded, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });
});
