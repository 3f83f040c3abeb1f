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
    const { ctx } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });

  it('returns pending when the deletion outlasts the wait, and the deletion still completes in Azure', async () => {
    await fake.close();
    fake = await startArmFake({ lroPolls: 5 });
    const { ctx } = createFakeArmContext(fake);
    await provisionRun(ctx, sampleRunSpec(), { recordState: () => undefined });

    const result = await deleteRunGroup(ctx, group, { waitMs: 2 });
    expect(result).toEqual({ deleted: false, pending: true });
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
    expect(found.map((g) => g.name)).toEqual(['bench-a']);
    expect(fake.requests.at(-1)?.query.$filter).toBe(
      "tagName eq 'bench-run-id' and tagValue eq 'o/r/1/1/j'",
    );
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
