import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliDeps, type CliIo } from '../../src/cli/program.js';
import { memoryIo, startCloudSim, testIds, type CloudSim } from './cloud-sim.js';

let sim: CloudSim;

beforeAll(async () => {
  sim = await startCloudSim();
}, 60_000);

afterAll(async () => {
  await sim?.close();
});

/** Runs `bench <argv>` with the cloud services of the simulation. */
function bench(argv: string[], io: CliIo, deps: CliDeps): Promise<number> {
  return runCli(argv, io, deps);
}

describe('bench plan, janitor and run --provider azure', () => {
  it('prints the plan with placeholders and no secrets when no ids are given', async () => {
    const { io, stdout } = memoryIo(sim.workDir);
    const before = sim.fake.requests.length;

    const code = await bench(['plan', sim.configPath], io, { env: {} });

    expect(code).toBe(0);
    expect(stdout()).toMatch(
      /Placeholders stand in for settings not given \(--tenant or AZURE_TENANT_ID, --client or AZURE_CLIENT_ID, --subscription or AZURE_SUBSCRIPTION_ID, --acr or BENCH_ACR_NAME, --storage-account or BENCH_STORAGE_ACCOUNT, --vm-identity or BENCH_VM_IDENTITY\)/,
    );
    expect(stdout()).toContain('Azure plan (dry run: nothing was created)');
    expect(stdout()).toContain('yourregistry.azurecr.io/shop:1.0@sha256:');
    // The product's env names appear, their values do not.
    expect(stdout()).toContain('SHOP_SECRET');
    expect(stdout()).not.toContain('not-for-blob-or-logs');
    expect(sim.fake.requests.length).toBe(before);
  });

  it('refuses unsafe values and missing ids with exit 2, every problem listed, before any Azure call', async () => {
    const { io, stderr } = memoryIo(sim.workDir);
    const before = sim.fake.requests.length;

    const code = await bench(
      [
        'run',
        sim.configPath,
        '--provider',
        'azure',
        '--region',
        'west europe;rm -rf /',
        '--acr',
        'x',
      ],
      io,
      sim.cliDeps('never-used'),
    );

    expect(code).toBe(2);
    for (const expected of [
      '--tenant or AZURE_TENANT_ID: missing',
      '--client or AZURE_CLIENT_ID: missing',
      '--subscription or AZURE_SUBSCRIPTION_ID: missing',
      '--storage-account or BENCH_STORAGE_ACCOUNT: missing',
      '--vm-identity or BENCH_VM_IDENTITY: missing',
      '--acr or BENCH_ACR_NAME: got "x"',
      '--region (item 1): got "west europe;rm -rf /"',
    ]) {
      expect(stderr()).toContain(expected);
    }
    expect(sim.fake.requests.length).toBe(before);
  });

  it('lists expired groups with --dry-run and deletes only those without it', async () => {
    const expired = { 'managed-by': 'bench-action', 'expires-at': '2020-01-01T00:00:00.000Z' };
    sim.fake.seedGroup('bench-old-1-1-job', 'westeurope', expired);
    sim.fake.seedGroup('bench-new-2-1-job', 'westeurope', {
      'managed-by': 'bench-action',
      'expires-at': '2999-01-01T00:00:00.000Z',
    });
    sim.fake.seedGroup('someone-elses', 'westeurope', { 'expires-at': '2020-01-01T00:00:00.000Z' });
    const deps = {
      ...sim.cliDeps('unused'),
      env: { AZURE_SUBSCRIPTION_ID: testIds.subscriptionId },
    };

    const dry = memoryIo(sim.workDir);
    expect(await bench(['janitor', '--dry-run'], dry.io, deps)).toBe(0);
    expect(dry.stdout()).toContain('Would delete 1 expired group(s): bench-old-1-1-job.');
    expect(sim.fake.groupNames()).toContain('bench-old-1-1-job');

    const real = memoryIo(sim.workDir);
    expect(await bench(['janitor'], real.io, deps)).toBe(0);
    expect(real.stdout()).toContain('Deleting 1 expired group(s): bench-old-1-1-job.');
    expect(real.stdout()).toContain('Kept 1 unexpired group(s): bench-new-2-1-job.');
    // Deletion was started; the fake finishes it after its polls. Then the other two go too.
    for (const name of ['bench-old-1-1-job', 'bench-new-2-1-job', 'someone-elses']) {
      await sim.armContext().resources.resourceGroups.beginDeleteAndWait(name, {
        updateIntervalInMs: 10,
      });
    }
    expect(sim.fake.groupNames()).toEqual([]);
  });

  it('cleans up from azure-state.json after the run process was killed with SIGKILL', async () => {
    const out = path.join(sim.workDir, 'reports', 'killed');
    const caFile = path.join(sim.workDir, 'arm-ca.pem');
    await writeFile(caFile, sim.fake.ca);
    const original = sim.behaviour.productReady;
    let readinessAsked!: () => void;
    const asked = new Promise<void>((resolve) => (readinessAsked = resolve));
    // The product never becomes healthy: the run waits there until it is killed.
    sim.behaviour.productReady = () => {
      readinessAsked();
      return new Promise(() => undefined);
    };
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'run-child.ts'),
        JSON.stringify({
          endpoint: sim.fake.endpoint,
          caFile,
          connectionString: sim.azurite.connectionString,
          container: 'e2e-killed',
          configPath: sim.configPath,
          out,
          bundlePath: sim.bundlePath,
          cwd: sim.workDir,
        }),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let childOutput = '';
    child.stderr.on('data', (c: Buffer) => (childOutput += c.toString('utf8')));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    try {
      await Promise.race([
        asked,
        exited.then(() => {
          throw new Error(`run process ended early:\n${childOutput}`);
        }),
      ]);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
    } finally {
      sim.behaviour.productReady = original;
    }
    const stateFile = path.join(out, 'azure-state.json');
    expect(existsSync(stateFile)).toBe(true);
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { resourceGroup: string };
    expect(sim.fake.inventory(state.resourceGroup)?.length).toBeGreaterThan(0);

    const { io, stdout } = memoryIo(sim.workDir);
    const code = await bench(['janitor', '--state', stateFile], io, sim.cliDeps('unused'));

    expect(code).toBe(0);
    expect(stdout()).toContain(`Deleted resource group ${state.resourceGroup}.`);
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);
});
