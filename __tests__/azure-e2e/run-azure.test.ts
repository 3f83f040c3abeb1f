import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnAzure as runAzureFromCli } from '../../src/cli/commands/run-azure.js';
import { BenchError } from '../../src/core/errors.js';
import { RunReportSchema } from '../../src/core/report/model.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import type { AzureRunState } from '../../src/pipeline/azure/azure-state.js';
import { runAzureBenchmark, type AzureRunDeps } from '../../src/pipeline/azure/run-azure.js';
import {
  fakeDigest,
  memoryIo,
  startCloudSim,
  startRunner,
  testIds,
  type CloudSim,
} from './cloud-sim.js';

let sim: CloudSim;
let runNumber = 0;

beforeAll(async () => {
  sim = await startCloudSim();
}, 60_000);

afterAll(async () => {
  await sim?.close();
});

/** Pipeline dependencies against the simulation, with a fresh container and job per test. */
function pipelineDeps(container: string) {
  const masked: string[] = [];
  const states: AzureRunState[] = [];
  const logs: string[] = [];
  const deps: AzureRunDeps = {
    arm: sim.armContext((line) => logs.push(line)),
    exchange: createRunExchange({
      connectionString: sim.azurite.connectionString,
      container,
      maskSecret: (s) => masked.push(s),
    }),
    samples: createBlobServerSampleStore({
      connectionString: sim.azurite.connectionString,
      container,
    }),
    credential: sim.credential,
    runnerBundlePath: sim.bundlePath,
    recordState: (state) => void states.push(state),
    log: (line) => logs.push(line),
    maskSecret: (s) => masked.push(s),
    resolveImage: (image) => sim.resolveImage(image),
  };
  return { deps, masked, states, logs };
}

function runOptions() {
  runNumber += 1;
  return {
    run: { repository: 'plasmatic/shop', runId: `${runNumber}`, runAttempt: 1, job: 'e2e' },
    runUrl: 'https://github.com/plasmatic/shop/actions/runs/1',
    cleanup: 'inline' as const,
    cwd: sim.workDir,
    readySeconds: 30,
    startDelayMs: 300,
    resultsPollMs: 250,
    heartbeatStaleMs: 60_000,
    deleteWaitMs: 10_000,
  };
}

describe('a cloud run against the ARM fake, Azurite and the real runner', () => {
  it('measures through two load agents, merges them, aligns server samples and deletes the group', async () => {
    const plan = await loadPlan(sim.configPath);
    const { deps, masked, states } = pipelineDeps('e2e-two-agents');
    const settings = sim.settings('e2e-two-agents', { loadAgents: 2 });

    const result = await runAzureBenchmark(plan, settings, deps, runOptions());

    const level = result.report.levels[0];
    expect(result.report.levels).toHaveLength(1);
    expect(level?.counts.success).toBeGreaterThan(0);
    // Both agents' connections are in the merged level.
    expect(level?.connections).toBe(2);
    expect(level?.server?.cpuPercentMean).toBeGreaterThan(0);
    expect(result.report.target.imageDigest).toBe(fakeDigest);
    expect(result.report.target.image).toBe(`benchacr.azurecr.io/shop:1.0@${fakeDigest}`);
    expect(result.report.environment.vmSize).toBe('Standard_D4s_v5');
    expect(result.report.environment.region).toBe('westeurope');
    expect(result.report.outcome).toBe('ok');
    // Each agent's real start is recorded against the common start time.
    expect(result.report.notes.join('\n')).toMatch(
      /Load agents began their first level at [+-]\d+\.\d s \(agent \d\), [+-]\d+\.\d s \(agent \d\)/,
    );
    expect(sim.runnerExits.slice(-2)).toEqual([0, 0]);

    // Each runner got its own index, the same count and start time.
    const runners = sim.commands.filter((c) => c.name.startsWith('bench-runner-')).slice(-2);
    expect(runners.map((c) => c.parameters.BENCH_AGENT_INDEX).sort()).toEqual(['0', '1']);
    expect(new Set(runners.map((c) => c.parameters.BENCH_START_AT)).size).toBe(1);
    expect(runners.every((c) => c.protectedNames.includes('BENCH_RESULTS_URL'))).toBe(true);

    // The state was recorded before anything was created and never holds a SAS.
    expect(states[0]?.resourceGroup).toBe(result.resourceGroup);
    expect(JSON.stringify(states)).not.toMatch(/sig=/);
    expect(masked.some((s) => s.includes('sig='))).toBe(true);
    expect(JSON.stringify(result.report)).not.toMatch(/sig=/);

    expect(result.cleanup).toEqual({ deleted: true, pending: false });
    expect(sim.fake.inventory(result.resourceGroup)).toBeUndefined();
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);

  it('writes the report directory and azure-state.json from `bench run --provider azure`', async () => {
    const out = path.join(sim.workDir, 'reports', 'cli-run');
    const { io, stdout, stderr } = memoryIo(sim.workDir);

    const code = await runAzureFromCli(
      sim.configPath,
      {
        provider: 'azure',
        subscription: testIds.subscriptionId,
        tenant: testIds.tenantId,
        client: testIds.clientId,
        acr: testIds.acrName,
        storageAccount: testIds.storageAccount,
        storageContainer: 'e2e-cli',
        vmIdentity: testIds.vmIdentityResourceId,
        out,
      },
      io,
      sim.cliDeps('e2e-cli'),
    );

    expect(code).toBe(0);
    const files = await readdir(out);
    expect(files).toEqual(
      expect.arrayContaining(['result.json', 'azure-state.json', 'report.html']),
    );
    const report = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      levels: { counts: { success: number } }[];
      target: { imageDigest?: string };
    };
    expect(report.levels[0]?.counts.success).toBeGreaterThan(0);
    expect(report.target.imageDigest).toBe(fakeDigest);
    expect(RunReportSchema.safeParse(report).success).toBe(true);
    const state = JSON.parse(
      await readFile(path.join(out, 'azure-state.json'), 'utf8'),
    ) as AzureRunState;
    expect(state.cleanup).toBe('deleted');
    expect(stderr()).toContain(`Deleted resource group ${state.resourceGroup}`);
    expect(stdout()).toContain('Report: reports/cli-run');
    for (const file of files) {
      expect(await readFile(path.join(out, file), 'utf8')).not.toMatch(/sig=/);
    }
    expect(stderr()).not.toMatch(/sig=[^*]/);
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);

  it('fails with the runner error and still deletes the group when the runner cannot read its plan', async () => {
    const plan = await loadPlan(sim.configPath);
    const { deps } = pipelineDeps('e2e-runner-fails');
    const original = sim.behaviour.runnerEnv;
    sim.behaviour.runnerEnv = (env) => ({
      ...env,
      BENCH_PLAN_URL: (env.BENCH_PLAN_URL ?? '').replace('plan.json', 'missing.json'),
    });
    let caught: unknown;
    try {
      await runAzureBenchmark(plan, sim.settings('e2e-runner-fails'), deps, runOptions());
    } catch (error) {
      caught = error;
    } finally {
      sim.behaviour.runnerEnv = original;
    }

    expect(caught).toBeInstanceOf(BenchError);
    const error = caught as BenchError;
    expect(error.code).toBe('AZURE_RUNNER_FAILED');
    expect(error.message).toMatch(/agent 0 on bench-load-1: run command Failed, exit code 2/);
    expect(error.message).toMatch(/Full logs: \S+\/logs\/bench-runner-1\/stdout\.log \(output\)/);
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);

  it('says what the readiness check reported when the product never became healthy, and deletes the group', async () => {
    const plan = await loadPlan(sim.configPath);
    const { deps } = pipelineDeps('e2e-not-ready');
    const original = sim.behaviour.productReady;
    sim.behaviour.productReady = () =>
      Promise.resolve({ exitCode: 2, output: 'product start failed in phase pull-failed' });
    let caught: unknown;
    try {
      await runAzureBenchmark(plan, sim.settings('e2e-not-ready'), deps, runOptions());
    } catch (error) {
      caught = error;
    } finally {
      sim.behaviour.productReady = original;
    }

    expect((caught as BenchError).code).toBe('AZURE_RUN_COMMAND_FAILED');
    expect((caught as BenchError).message).toContain('product start failed in phase pull-failed');
    expect(sim.fake.groupNames()).toEqual([]);

    // The command streamed to its own append blobs, through a per-blob SAS of read, add, create
    // and write, and the error links them (without the SAS).
    const ready = sim.commands.filter((c) => c.name === 'bench-product-ready').at(-1)!;
    for (const uri of [ready.outputBlobUri!, ready.errorBlobUri!]) {
      const query = new URL(uri).searchParams;
      expect(query.get('sp')).toBe('racw');
      expect(query.get('sr')).toBe('b');
    }
    const outputUrl = ready.outputBlobUri!.split('?')[0]!;
    expect(outputUrl).toMatch(/\/e2e-not-ready\/.+\/logs\/bench-product-ready\/stdout\.log$/);
    expect((caught as BenchError).hint).toContain(outputUrl);
    expect((caught as BenchError).hint).not.toContain('sig=');
    const blob = BlobServiceClient.fromConnectionString(sim.azurite.connectionString)
      .getContainerClient('e2e-not-ready')
      .getBlobClient(outputUrl.split('/e2e-not-ready/')[1]!);
    expect((await blob.downloadToBuffer()).toString('utf8')).toBe(
      'product start failed in phase pull-failed',
    );
    expect((await blob.getProperties()).blobType).toBe('AppendBlob');
  }, 60_000);

  it('stops waiting when aborted, asks the runner to stop, returns a partial report and leaves the group to the caller', async () => {
    const plan = await loadPlan(sim.configPath);
    const { deps } = pipelineDeps('e2e-aborted');
    const controller = new AbortController();
    deps.signal = controller.signal;
    const original = sim.behaviour.runnerEnv;
    // Ctrl-C arrives as the runner starts on the load VM.
    sim.behaviour.runnerEnv = (env) => {
      controller.abort(new Error('SIGINT'));
      return env;
    };
    let result;
    try {
      result = await runAzureBenchmark(plan, sim.settings('e2e-aborted'), deps, runOptions());
    } finally {
      sim.behaviour.runnerEnv = original;
    }

    expect(result.report.partial).toBe(true);
    expect(result.report.outcome).toBe('interrupted');
    expect(result.cleanup).toBeUndefined();
    expect(sim.fake.inventory(result.resourceGroup)).toBeDefined();
    const stopRequested = sim.fake.requests.some(
      (r) => r.method === 'DELETE' && /runCommands\/bench-runner-1$/i.test(r.path),
    );
    expect(stopRequested).toBe(true);

    // The caller's clean-up (post step, CLI, janitor --state) removes it.
    const { deleteRunGroup } = await import('../../src/edges/azure/cleanup.js');
    await deleteRunGroup(deps.arm, result.resourceGroup, { waitMs: 10_000 });
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);

  it('gives up on a runner whose heartbeat stopped, and deletes the group', async () => {
    const plan = await loadPlan(sim.configPath);
    const container = 'e2e-stalled';
    const { deps } = pipelineDeps(container);
    const blob = BlobServiceClient.fromConnectionString(sim.azurite.connectionString);
    sim.behaviour.runner = async (env) => {
      const runner = startRunner(env);
      // Once the runner has said it is running, its VM "dies": no heartbeat, no command end.
      for (;;) {
        const names: string[] = [];
        for await (const b of blob.getContainerClient(container).listBlobsFlat())
          names.push(b.name);
        if (names.some((n) => n.endsWith('/status.json'))) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      runner.child.kill('SIGKILL');
      return new Promise(() => undefined);
    };
    let caught: unknown;
    try {
      await runAzureBenchmark(plan, sim.settings(container), deps, {
        ...runOptions(),
        heartbeatStaleMs: 1_000,
      });
    } catch (error) {
      caught = error;
    } finally {
      delete sim.behaviour.runner;
    }

    expect((caught as BenchError).code).toBe('AZURE_RUNNER_STALLED');
    expect((caught as BenchError).message).toContain('Load agent(s) 0 stopped sending heartbeats');
    expect(sim.fake.groupNames()).toEqual([]);
  }, 60_000);
});
