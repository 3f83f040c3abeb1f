/** `bench doctor --provider azure` against the cloud simulation: the checklist and its exit codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { memoryIo, startCloudSim, testIds, type CloudSim } from './cloud-sim.js';

let sim: CloudSim;
beforeAll(async () => {
  sim = await startCloudSim();
}, 60_000);
afterAll(async () => {
  await sim?.close();
});

const ids = [
  '--subscription',
  testIds.subscriptionId,
  '--tenant',
  testIds.tenantId,
  '--client',
  testIds.clientId,
  '--acr',
  testIds.acrName,
  '--storage-account',
  testIds.storageAccount,
  '--vm-identity',
  testIds.vmIdentityResourceId,
];

describe('bench doctor --provider azure', () => {
  it('prints a passing checklist for a ready subscription, creates nothing and exits 0', async () => {
    const { io, stdout } = memoryIo(sim.workDir);
    const before = sim.fake.requests.length;

    const code = await runCli(
      ['doctor', '--provider', 'azure', sim.configPath, ...ids, '--storage-container', 'bench'],
      io,
      sim.cliDeps('bench'),
    );

    expect(code, stdout()).toBe(0);
    expect(stdout()).toContain(`Azure preflight for subscription ${testIds.subscriptionId}`);
    expect(stdout()).toContain('[ok]   Resource providers registered');
    expect(stdout()).toContain('[ok]   AcrPull for the VM identity on the registry');
    expect(stdout()).toMatch(
      /\[ok\] {3}Image benchacr\.azurecr\.io\/shop:1\.0 in ACR: resolves to sha256:d+/,
    );
    expect(sim.fake.requests.slice(before).filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('exits 3 with the fix under each failure when a provider is not registered', async () => {
    sim.fake.unregisteredProviders.add('Microsoft.Network');
    const { io, stdout } = memoryIo(sim.workDir);
    try {
      const code = await runCli(['doctor', ...ids], io, sim.cliDeps('bench'));

      expect(code).toBe(3);
      expect(stdout()).toContain(
        '[FAIL] Resource providers registered: not registered: Microsoft.Network (NotRegistered)',
      );
      expect(stdout()).toContain('fix: az provider register --namespace Microsoft.Network');
      expect(stdout()).toMatch(/1 of \d+ checks failed/);
    } finally {
      sim.fake.unregisteredProviders.clear();
    }
  });

  it('prints the report as JSON with --json', async () => {
    const { io, stdout } = memoryIo(sim.workDir);
    await runCli(['doctor', ...ids, '--json'], io, sim.cliDeps('bench'));
    const report = JSON.parse(stdout()) as { ok: boolean; checks: { id: string }[] };
    expect(report.checks.map((c) => c.id)).toContain('role:vm-acr-pull');
  });

  it('lists every missing setting at once before calling Azure', async () => {
    const { io, stderr } = memoryIo(sim.workDir);
    const before = sim.fake.requests.length;
    const code = await runCli(['doctor'], io, { ...sim.cliDeps('bench'), env: {} });
    expect(code).toBe(2);
    expect(stderr()).toContain('--subscription or AZURE_SUBSCRIPTION_ID: missing');
    expect(sim.fake.requests.length).toBe(before);
  });
});
