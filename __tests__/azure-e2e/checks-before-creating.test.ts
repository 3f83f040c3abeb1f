/**
 * What a cloud run checks before it creates anything: the pinned Ubuntu image in every region
 * and the user delegation key that signs its SAS URLs. Each failure must stop the run with no
 * resource group created, instead of after the VMs are up.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ubuntuImage } from '../../src/core/azure/resource-specs.js';
import { BenchError } from '../../src/core/errors.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import { runAzureBenchmark, type AzureRunDeps } from '../../src/pipeline/azure/run-azure.js';
import { fakeBlobConnection } from '../support/arm-fake/fake-arm-context.js';
import type { SeededSetup } from '../support/arm-fake/shared-setup.js';
import path from 'node:path';
import { runOnAzure as runAzureFromCli } from '../../src/cli/commands/run-azure.js';
import { memoryIo, startCloudSim, testIds, type CloudSim } from './cloud-sim.js';

let sim: CloudSim;
let shared: SeededSetup;
const caller = 'cccccccc-0000-4000-8000-000000000002';

beforeAll(async () => {
  sim = await startCloudSim();
  // A storage account of its own on the fake's Blob endpoint (the sim's is Azurite's).
  const storageAccountId = sim.fake.seedResource({
    group: sim.shared.group,
    type: 'Microsoft.Storage/storageAccounts',
    name: 'benchkeys',
    location: 'westeurope',
    extra: { sku: { name: 'Standard_LRS' }, kind: 'StorageV2' },
  });
  const containerId = sim.fake.seedResource({
    group: sim.shared.group,
    type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
    name: 'benchkeys/default/bench-runs',
  });
  shared = {
    ...sim.shared,
    storageAccount: 'benchkeys',
    storageAccountId,
    container: 'bench-runs',
    containerId,
  };
}, 60_000);
afterAll(async () => {
  await sim?.close();
});
beforeEach(() => {
  sim.fake.missingImageVersions.clear();
  sim.fake.roleAssignments.splice(0, sim.fake.roleAssignments.length);
  sim.fake.assignRole(shared.identityPrincipalId, 'AcrPull', shared.registryId);
  sim.fake.assignRole(
    caller,
    'Contributor',
    `/subscriptions/${sim.settings('x').subscriptionId}/resourceGroups/bench-never`,
  );
});

/** A run whose exchange talks to the fake's Blob endpoint as `caller`. */
async function attempt(regions: string[]) {
  const connection = fakeBlobConnection(sim.fake, shared.storageAccount, caller);
  const logs: string[] = [];
  const deps: AzureRunDeps = {
    arm: sim.armContext((line) => logs.push(line)),
    exchange: createRunExchange({ ...connection, container: shared.container }),
    samples: createBlobServerSampleStore({ ...connection, container: shared.container }),
    credential: sim.credential,
    runnerBundlePath: sim.bundlePath,
    recordState: () => undefined,
    log: (line) => logs.push(line),
    maskSecret: () => undefined,
    resolveImage: (image) => sim.resolveImage(image),
  };
  const plan = await loadPlan(sim.configPath);
  const before = sim.fake.requests.length;
  const error = await runAzureBenchmark(plan, sim.settings(shared.container, { regions }), deps, {
    run: { repository: 'plasmatic/shop', runId: '77', runAttempt: 1, job: 'checks' },
    runUrl: 'https://github.com/plasmatic/shop/actions/runs/77',
    cleanup: 'inline',
    cwd: sim.workDir,
  }).catch((e: unknown) => e);
  const writes = sim.fake.requests.slice(before).filter((r) => r.method === 'PUT');
  return { error: error as BenchError, writes };
}

describe('a cloud run, before it creates anything', () => {
  it('stops when a Blob role covers only the container, since a user delegation key needs the account (item 8)', async () => {
    sim.fake.assignRole(caller, 'Storage Blob Data Contributor', shared.containerId);

    const { error, writes } = await attempt(['westeurope']);

    expect(error).toBeInstanceOf(BenchError);
    expect(error.code).toBe('BLOB_SAS_UNAVAILABLE');
    expect(error.message).toContain('AuthorizationPermissionMismatch');
    expect(error.hint).toContain('on the storage account');
    expect(writes).toEqual([]);
    expect(sim.fake.groupNames()).toEqual([]);
  });

  it('gets the key when the Blob role is on the storage account', async () => {
    sim.fake.assignRole(caller, 'Storage Blob Data Contributor', shared.storageAccountId);
    const exchange = createRunExchange({
      ...fakeBlobConnection(sim.fake, shared.storageAccount, caller),
      container: shared.container,
    });
    await expect(exchange.prepareSigning(await loadPlan(sim.configPath))).resolves.toBeUndefined();
  });

  it('stops when the pinned Ubuntu image is missing in a region, naming the command that lists versions (item 13)', async () => {
    sim.fake.assignRole(caller, 'Storage Blob Data Contributor', shared.storageAccountId);
    sim.fake.missingImageVersions.add(`northeurope/${ubuntuImage.version}`);

    const { error, writes } = await attempt(['westeurope', 'northeurope']);

    expect(error.code).toBe('AZURE_OS_IMAGE_MISSING');
    expect(error.message).toContain('northeurope');
    expect(error.message).not.toContain('westeurope');
    expect(error.hint).toContain(
      'az vm image list --location northeurope --publisher Canonical --offer ubuntu-24_04-lts --sku server --all',
    );
    expect(writes).toEqual([]);
    const lookups = sim.fake.requests.filter((r) => /\/artifacttypes\/vmimage\//.test(r.path));
    expect(lookups.map((r) => r.path.split('/')[6])).toEqual(
      expect.arrayContaining(['westeurope', 'northeurope']),
    );
  });

  it('stops `bench run --provider azure` at the preflight, with the checklist and no resource group, when the VM identity cannot pull', async () => {
    const pull = sim.fake.roleAssignments.findIndex(
      (a) => a.principalId === shared.identityPrincipalId,
    );
    sim.fake.roleAssignments.splice(pull, 1);
    const { io, stderr } = memoryIo(sim.workDir);
    const before = sim.fake.requests.length;

    const error = await runAzureFromCli(
      sim.configPath,
      {
        provider: 'azure',
        subscription: testIds.subscriptionId,
        tenant: testIds.tenantId,
        client: testIds.clientId,
        acr: testIds.acrName,
        storageAccount: testIds.storageAccount,
        storageContainer: 'e2e-preflight',
        vmIdentity: testIds.vmIdentityResourceId,
        out: path.join(sim.workDir, 'reports', 'preflight'),
      },
      io,
      sim.cliDeps('e2e-preflight'),
    ).catch((e: unknown) => e);

    expect((error as BenchError).code).toBe('AZURE_PREFLIGHT_FAILED');
    expect((error as BenchError).message).toContain('AcrPull for the VM identity on the registry');
    expect(stderr()).toContain('[FAIL] AcrPull for the VM identity on the registry');
    expect(sim.fake.requests.slice(before).filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
