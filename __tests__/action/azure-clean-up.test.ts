/**
 * The Azure clean-up the post step runs and the janitor mode, through the real ARM clients
 * against the loopback ARM fake.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkflowRun as RunIdentity } from '../../src/edges/github/action-context.js';
import { createAzureActionPipeline } from '../../src/action/azure-pipeline.js';
import type { ActionSettings } from '../../src/edges/github/input-helper.js';
import { EMPTY_STATE } from '../../src/edges/github/state-helper.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';

const run: RunIdentity = {
  repository: 'plasmatic/reframe',
  runId: '4242',
  runAttempt: 1,
  job: 'bench',
  runUrl: 'https://github.example/plasmatic/reframe/actions/runs/4242/attempts/1',
};
const settings: ActionSettings = {
  mode: 'run',
  provider: 'azure',
  configPath: 'configs/reframe-pr.yml',
  vmSizes: [],
  regions: [],
  loadAgents: 1,
  azure: {
    tenantId: '11111111-1111-1111-1111-111111111111',
    clientId: '22222222-2222-2222-2222-222222222222',
    subscriptionId: testSubscriptionId,
  },
  comment: 'always',
  commentId: 'default',
  failOn: 'regression',
  githubToken: '',
};
const ours = { 'managed-by': 'bench-action', 'bench-run-id': 'plasmatic/reframe/4242/1/bench' };

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake();
});
afterEach(async () => {
  await fake.close();
});

function pipeline(deleteWaitMs = 1_000) {
  return createAzureActionPipeline({
    createArmContext: () => createFakeArmContext(fake).ctx,
    deleteWaitMs,
    now: () => new Date('2026-11-29T04:00:00.000Z'),
  });
}

describe('Azure clean-up from the post step', () => {
  it('deletes the group named in state, and a second run finds it gone and is content', async () => {
    fake.seedGroup('bench-reframe-4242-1-bench', 'westeurope', ours);
    const state = { ...EMPTY_STATE, started: true, resourceGroup: 'bench-reframe-4242-1-bench' };

    const first = await pipeline().cleanUp(state, { settings, run });
    const second = await pipeline().cleanUp(state, { settings, run });

    expect(first).toMatchObject({ deleted: ['bench-reframe-4242-1-bench'], pending: [] });
    expect(second).toMatchObject({ deleted: ['bench-reframe-4242-1-bench'], pending: [] });
    expect(fake.groupNames()).toEqual([]);
  });

  it("finds the run's group by its tag when state was lost, and leaves other runs' groups alone", async () => {
    fake.seedGroup('bench-reframe-4242-1-bench', 'westeurope', ours);
    fake.seedGroup('bench-reframe-4243-1-bench', 'westeurope', {
      ...ours,
      'bench-run-id': 'plasmatic/reframe/4243/1/bench',
    });

    const result = await pipeline().cleanUp(EMPTY_STATE, { settings, run });

    expect(result.deleted).toEqual(['bench-reframe-4242-1-bench']);
    expect(fake.groupNames()).toEqual(['bench-reframe-4243-1-bench']);
  });

  it('reports nothing to do when no group carries the run tag', async () => {
    const result = await pipeline().cleanUp(EMPTY_STATE, { settings, run });

    expect(result).toMatchObject({ deleted: [], pending: [] });
    expect(result.message).toContain('nothing to clean up');
  });

  it('calls a deletion that has not finished in time pending', async () => {
    fake.seedGroup('bench-reframe-4242-1-bench', 'westeurope', ours);
    const state = { ...EMPTY_STATE, started: true, resourceGroup: 'bench-reframe-4242-1-bench' };

    const result = await pipeline(0).cleanUp(state, { settings, run });

    expect(result).toMatchObject({ deleted: [], pending: ['bench-reframe-4242-1-bench'] });
  });
});

describe('janitor mode', () => {
  it('deletes expired bench-action groups and keeps the rest', async () => {
    fake.seedGroup('bench-expired', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2026-11-29T03:00:00.000Z',
    });
    fake.seedGroup('bench-fresh', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2026-11-29T09:00:00.000Z',
    });

    const azure = pipeline();
    const result = await azure.janitor?.(settings, { signal: new AbortController().signal });

    expect(result?.deleted).toEqual(['bench-expired']);
    expect(result?.message).toContain('kept 1 unexpired');
  });
});
