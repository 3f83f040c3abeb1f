import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJanitor } from '../../src/edges/azure/janitor.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake();
  fake.seedGroup('bench-expired', 'westeurope', {
    'managed-by': 'bench-action',
    'expires-at': '2026-11-29T03:00:00.000Z',
  });
  fake.seedGroup('bench-fresh', 'westeurope', {
    'managed-by': 'bench-action',
    'expires-at': '2026-11-29T09:00:00.000Z',
  });
  fake.seedGroup('bench-no-expiry', 'westeurope', { 'managed-by': 'bench-action' });
  fake.seedGroup('benchmark-by-hand', 'westeurope', { 'expires-at': '2020-01-01T00:00:00.000Z' });
  fake.seedGroup('other-tool', 'westeurope', {
    'managed-by': 'terraform',
    'expires-at': '2020-01-01T00:00:00.000Z',
  });
});
afterEach(async () => {
  await fake.close();
});

const now = new Date('2026-11-29T04:00:00.000Z');

describe('runJanitor', () => {
  it('deletes only groups tagged managed-by=bench-action whose expires-at has passed', async () => {
    const { ctx, logs } = createFakeArmContext(fake);
    const result = await runJanitor(ctx, { dryRun: false, now, waitMs: 1_000 });
    expect(logs).toContain('Janitor: deleting bench-expired (expired 2026-11-29T03:00:00.000Z)');

    expect(result).toEqual({
      deleted: ['bench-expired'],
      kept: ['bench-fresh', 'bench-no-expiry'],
      failed: [],
    });
    expect(fake.groupNames()).toEqual([
      'bench-fresh',
      'bench-no-expiry',
      'benchmark-by-hand',
      'other-tool',
    ]);
  });

  it('deletes nothing in a dry run but says what it would delete', async () => {
    const { ctx, logs } = createFakeArmContext(fake);
    const result = await runJanitor(ctx, { dryRun: true, now });

    expect(result.deleted).toEqual(['bench-expired']);
    expect(fake.groupNames()).toHaveLength(5);
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(logs).toContain(
      'Janitor (dry run): would delete bench-expired (expired 2026-11-29T03:00:00.000Z)',
    );
  });

  it('carries on with the other groups when one cannot be deleted', async () => {
    fake.seedGroup('bench-expired-too', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2026-11-29T01:00:00.000Z',
    });
    fake.injectFault({
      method: 'DELETE',
      path: /bench-expired$/,
      status: 409,
      code: 'ScopeLocked',
      message: 'The scope is locked.',
    });
    const { ctx, logs } = createFakeArmContext(fake);
    const result = await runJanitor(ctx, { dryRun: false, now, waitMs: 1_000 });

    expect(result.failed).toEqual(['bench-expired']);
    expect(logs).toContain(
      'Janitor: could not delete bench-expired: Could not delete resource group bench-expired: ScopeLocked: The scope is locked.',
    );
    expect(result.deleted).toEqual(['bench-expired-too']);
    expect(fake.groupNames()).toContain('bench-expired');
    expect(fake.groupNames()).not.toContain('bench-expired-too');
  });

  it('starts every deletion without waiting for it by default, and lists groups by name', async () => {
    fake.seedGroup('bench-a-expired', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2026-11-29T02:00:00.000Z',
    });
    fake.seedGroup('bench-0-fresh', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2026-11-30T00:00:00.000Z',
    });
    const { ctx } = createFakeArmContext(fake);
    const result = await runJanitor(ctx, { dryRun: false, now });

    expect(result).toEqual({
      deleted: ['bench-a-expired', 'bench-expired'],
      kept: ['bench-0-fresh', 'bench-fresh', 'bench-no-expiry'],
      failed: [],
    });
    // Accepted and left to Azure: nobody polled them to the end.
    expect(fake.groups.get('bench-expired')?.provisioningState).toBe('Deleting');
    expect(fake.groups.get('bench-a-expired')?.provisioningState).toBe('Deleting');
  });
});
