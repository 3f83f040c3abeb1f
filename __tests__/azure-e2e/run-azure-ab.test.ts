import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { ComparisonSchema } from '../../src/core/report/comparison-model.js';
import { RunReportSchema } from '../../src/core/report/model.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import { cloudPlanOf } from '../../src/pipeline/azure/cloud-run.js';
import { runAzureBenchmark, type AzureRunDeps } from '../../src/pipeline/azure/run-azure.js';
import type { BenchPlan } from '../../src/core/config/plan.js';
import {
  baseDigest,
  fakeDigest,
  simBaselineTag,
  startCloudSim,
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

function pipelineDeps(container: string) {
  const logs: string[] = [];
  const deps: AzureRunDeps = {
    arm: sim.armContext(),
    exchange: createRunExchange({
      connectionString: sim.azurite.connectionString,
      container,
      maskSecret: () => undefined,
    }),
    samples: createBlobServerSampleStore({
      connectionString: sim.azurite.connectionString,
      container,
    }),
    credential: sim.credential,
    runnerBundlePath: sim.bundlePath,
    recordState: () => undefined,
    log: (line) => logs.push(line),
    maskSecret: () => undefined,
    resolveImage: (image) => sim.resolveImage(image),
  };
  return { deps, logs };
}

function runOptions() {
  runNumber += 1;
  return {
    run: { repository: 'plasmatic/shop', runId: `ab-${runNumber}`, runAttempt: 1, job: 'e2e' },
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

/** The e2e plan as an A/B of `shop:pr-7` against `shop:base`, with a fixed budget of rounds. */
async function abPlan(mode: 'interleaved' | 'duet', rounds: number): Promise<BenchPlan> {
  const loaded = await loadPlan(sim.configPath);
  const plan = cloudPlanOf(loaded, 'shop:pr-7', 'benchacr', `shop:${simBaselineTag}`);
  return {
    ...plan,
    compare: {
      ...plan.compare!,
      mode,
      modeDefaulted: false,
      minRounds: rounds,
      maxRounds: rounds,
      seed: 42,
    },
  };
}

/** The product VM's cloud-init settings file, as the fake received it in the VM's custom data. */
function productConf(group: string): string {
  const put = sim.fake.requests.find(
    (r) =>
      r.method === 'PUT' &&
      r.path.toLowerCase().includes(`/resourcegroups/${group.toLowerCase()}/`) &&
      /virtualMachines\/[^/]*product/i.test(r.path),
  );
  const customData = (put?.body as { properties?: { osProfile?: { customData?: string } } })
    ?.properties?.osProfile?.customData;
  const cloudInit = Buffer.from(customData ?? '', 'base64').toString('utf8');
  const conf = /path: \/etc\/bench\/product\.conf\n(?:.*\n){3}\s+content: (\S+)/.exec(cloudInit);
  return Buffer.from(conf?.[1] ?? '', 'base64').toString('utf8');
}

describe('a same-VM A/B on Azure against the ARM fake, Azurite and the real runner', () => {
  it('runs both images by digest on one product VM, samples both containers and judges paired rounds', async () => {
    const plan = await abPlan('interleaved', 2);
    const { deps, logs } = pipelineDeps('e2e-ab-interleaved');
    const result = await runAzureBenchmark(
      plan,
      sim.settings('e2e-ab-interleaved'),
      deps,
      runOptions(),
    );

    // Both images pulled by digest on the one product VM, the baseline on its own port.
    const conf = productConf(result.resourceGroup);
    expect(conf).toContain(`BENCH_IMAGE='benchacr.azurecr.io/shop:pr-7@${fakeDigest}'`);
    expect(conf).toContain(`BENCH_BASELINE_IMAGE='benchacr.azurecr.io/shop:base@${baseDigest}'`);
    expect(conf).toContain("BENCH_BASELINE_PORT='3001'");
    expect(conf).toContain("BENCH_AB_MODE='interleaved'");
    expect(result.report.target.imageDigest).toBe(fakeDigest);
    expect(result.baseline?.target.imageDigest).toBe(baseDigest);

    // Each round's runners got both URLs; both servers were loaded.
    const runners = sim.commands.filter(
      (c) => c.name.startsWith('bench-runner-') && c.parameters.BENCH_BASELINE_URL,
    );
    expect(runners).toHaveLength(2);
    expect(runners[0]?.parameters.BENCH_BASELINE_URL).toMatch(/:3001$/);
    expect(runners[0]?.parameters.BENCH_TARGET_URL).toMatch(/:3000$/);

    // Paired verdicts from the sequence, with its schedule and stopping.
    const comparison = ComparisonSchema.parse(result.comparison);
    expect(comparison.abMode).toBe('interleaved');
    expect(comparison.schedule?.seed).toBe(42);
    expect(comparison.schedule?.rounds).toHaveLength(2);
    expect(comparison.stopping?.roundsUsed).toBe(2);
    // Two identical servers: the rule may decide every metric at its one look, or run out.
    expect(['decided', 'max-rounds']).toContain(comparison.stopping?.reason);
    expect(comparison.stopping?.looks.map((l) => l.round)).toEqual([2]);
    expect(comparison.metrics.length).toBeGreaterThan(0);
    expect(comparison.baselineLabel).toContain(baseDigest);
    expect(RunReportSchema.parse(result.report).comparison?.abMode).toBe('interleaved');
    expect(result.rounds?.baseline).toHaveLength(2);
    expect(result.rounds?.candidate).toHaveLength(2);

    // Both containers sampled: each side's server CPU from its own counters.
    const candidateCpu = result.report.levels[0]?.server?.cpuPercentMean ?? 0;
    const baselineCpu = result.baseline?.levels[0]?.server?.cpuPercentMean ?? 0;
    expect(candidateCpu).toBeGreaterThan(0);
    expect(baselineCpu).toBeGreaterThan(0);
    expect(baselineCpu).not.toBeCloseTo(candidateCpu, 1);

    expect(logs.join('\n')).toMatch(/A\/B round 1 \(interleaved\)/);
    expect(result.cleanup).toEqual({ deleted: true, pending: false });
    expect(sim.fake.groupNames()).toEqual([]);
  }, 90_000);

  it('runs a duet with each container on its own half of the product VM and records the split', async () => {
    const plan = await abPlan('duet', 1);
    const { deps } = pipelineDeps('e2e-ab-duet');
    const result = await runAzureBenchmark(plan, sim.settings('e2e-ab-duet'), deps, runOptions());

    expect(productConf(result.resourceGroup)).toContain("BENCH_AB_MODE='duet'");
    const comparison = result.comparison;
    expect(comparison?.abMode).toBe('duet');
    expect(comparison?.cores).toMatchObject({
      cpus: 4,
      pinned: true,
      first: [0, 1],
      second: [2, 3],
    });
    expect(comparison?.notes.join('\n')).toMatch(/baseline container on CPUs 0-1/);
    // Half the level's connections on each side, both measured.
    expect(result.report.levels[0]?.counts.success).toBeGreaterThan(0);
    expect(result.baseline?.levels[0]?.counts.success).toBeGreaterThan(0);
    expect(sim.fake.groupNames()).toEqual([]);
  }, 90_000);

  it('refuses a duet on a product VM size of 2 vCPUs before anything is created', async () => {
    const plan = await abPlan('duet', 1);
    const { deps } = pipelineDeps('e2e-ab-duet-small');
    const before = sim.fake.requests.length;
    const error = await runAzureBenchmark(
      plan,
      sim.settings('e2e-ab-duet-small', { vmSizes: ['Standard_D2s_v5'] }),
      deps,
      runOptions(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('AZURE_DUET_VCPUS');
    expect((error as BenchError).message).toContain('Standard_D2s_v5 (2 vCPUs)');
    expect(sim.fake.requests.slice(before).some((r) => r.method === 'PUT')).toBe(false);
  }, 30_000);

  it('falls back to interleaved rounds, with a note, when the default duet does not fit the size', async () => {
    const plan = await abPlan('duet', 1);
    plan.compare = { ...plan.compare!, modeDefaulted: true };
    const { deps } = pipelineDeps('e2e-ab-fallback');
    const result = await runAzureBenchmark(
      plan,
      sim.settings('e2e-ab-fallback', { vmSizes: ['Standard_D2s_v5'] }),
      deps,
      runOptions(),
    );
    expect(result.comparison?.abMode).toBe('interleaved');
    expect(result.report.notes.join('\n')).toMatch(
      /interleaved rounds instead of the default duet/,
    );
    expect(sim.fake.groupNames()).toEqual([]);
  }, 90_000);
});
