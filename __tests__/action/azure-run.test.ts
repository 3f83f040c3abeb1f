/**
 * `provider: azure`, `mode: run` as the main step drives it: the action's Azure pipeline against
 * the cloud simulation (ARM fake, Azurite, loopback registry and product, the real runner started
 * by the fake's run-command hook), then the post step's clean-up of what it left behind.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import type { PipelineRunContext } from '../../src/action/action-pipeline.js';
import type { WorkflowRun as RunIdentity } from '../../src/edges/github/action-context.js';
import { createAzureActionPipeline } from '../../src/action/azure-pipeline.js';
import type { ActionSettings } from '../../src/edges/github/input-helper.js';
import { EMPTY_STATE, type ActionState } from '../../src/edges/github/state-helper.js';
import { fakeDigest, startCloudSim, testIds, type CloudSim } from '../azure-e2e/cloud-sim.js';
import { withEnv } from '../support/action/env.js';

let sim: CloudSim;
let restoreEnv: (() => void) | undefined;

beforeAll(async () => {
  sim = await startCloudSim();
}, 60_000);

afterAll(async () => {
  await sim?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  restoreEnv?.();
  restoreEnv = undefined;
});

const run: RunIdentity = {
  repository: 'plasmatic/shop',
  runId: '7001',
  runAttempt: 1,
  job: 'bench',
  runUrl: 'https://github.example/plasmatic/shop/actions/runs/7001/attempts/1',
};

/** Settings as `getActionSettings` returns them for a complete Azure run. */
function azureSettings(container: string, overrides: Partial<ActionSettings> = {}): ActionSettings {
  return {
    mode: 'run',
    provider: 'azure',
    configPath: sim.configPath,
    vmSizes: [],
    regions: [],
    loadAgents: 1,
    azure: {
      tenantId: testIds.tenantId,
      clientId: testIds.clientId,
      subscriptionId: testIds.subscriptionId,
    },
    acrName: testIds.acrName,
    vmIdentityResourceId: testIds.vmIdentityResourceId,
    storage: { account: testIds.storageAccount, container },
    comment: 'never',
    commentId: 'default',
    failOn: 'regression',
    githubToken: '',
    ...overrides,
  };
}

/** The pipeline wired to the simulation, with a short start delay and fast result polls. */
function pipeline() {
  return createAzureActionPipeline({
    createArmContext: () => sim.armContext(),
    createCredential: () => sim.credential,
    createBlob: ({ settings, maskSecret }) => ({
      exchange: createRunExchange({
        connectionString: sim.azurite.connectionString,
        container: settings.storageContainer,
        maskSecret,
      }),
      samples: createBlobServerSampleStore({
        connectionString: sim.azurite.connectionString,
        container: settings.storageContainer,
      }),
    }),
    resolveImage: (image) => sim.resolveImage(image),
    runnerBundlePath: sim.bundlePath,
    runTiming: {
      readySeconds: 30,
      startDelayMs: 300,
      resultsPollMs: 250,
      heartbeatStaleMs: 60_000,
    },
    deleteWaitMs: 10_000,
  });
}

/** A run context whose `saveState` records each patch with the ARM creates seen before it. */
function recordingContext(): {
  context: PipelineRunContext;
  saves: { patch: Partial<ActionState>; createsBefore: number }[];
} {
  const saves: { patch: Partial<ActionState>; createsBefore: number }[] = [];
  const requestsAtStart = sim.fake.requests.length;
  const creates = () =>
    sim.fake.requests.slice(requestsAtStart).filter((r) => r.method === 'PUT').length;
  return {
    context: {
      signal: new AbortController().signal,
      saveState: (patch) => saves.push({ patch, createsBefore: creates() }),
      run,
    },
    saves,
  };
}

describe('provider azure, mode run, from the main step', () => {
  it('records the group before creating anything, reports what the runner measured, and leaves the group to the post step', async () => {
    restoreEnv = withEnv(
      {},
      { RUNNER_TEMP: path.join(sim.workDir, 'runner-temp'), GITHUB_WORKSPACE: sim.workDir },
    );
    const { context, saves } = recordingContext();
    const settings = azureSettings('action-run', { image: 'shop:pr-7', durationMs: 1_000 });
    // `core.setSecret` speaks to the runner through stdout; the masks are read from there.
    const stdout: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
      stdout.push(String(chunk));
      return write(chunk, ...(rest as []));
    });

    const result = await pipeline().run(settings, context);

    // The group and subscription reached state before the first PUT, i.e. before any create.
    const groupSave = saves.find((s) => s.patch.resourceGroup !== undefined);
    expect(groupSave?.patch).toEqual({
      resourceGroup: result.resourceGroup,
      subscriptionId: testIds.subscriptionId,
    });
    expect(groupSave?.createsBefore).toBe(0);
    expect(JSON.stringify(saves)).not.toMatch(/sig=/);
    expect(stdout.join('')).toMatch(/::add-mask::\S*sig=/);

    expect(result.verdict).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.report.levels[0]?.counts.success).toBeGreaterThan(0);
    // The image input replaced the product's image and was taken from the run's registry.
    expect(result.report.target.image).toBe(`benchacr.azurecr.io/shop:pr-7@${fakeDigest}`);
    expect(result.summaryMarkdown).toContain('shop');

    // The report directory is under RUNNER_TEMP, holds the HTML report and no SAS.
    expect(result.reportDir).toBe(path.join(sim.workDir, 'runner-temp', 'bench-7001-1-bench'));
    const files = await readdir(result.reportDir);
    expect(files).toEqual(expect.arrayContaining(['result.json', 'summary.md', 'report.html']));
    for (const file of files) {
      expect(await readFile(path.join(result.reportDir, file), 'utf8')).not.toMatch(/sig=/);
    }
    expect(saves.at(-1)?.patch).toEqual({ reportDir: result.reportDir });

    // Deferred clean-up: the group is still there until the post step deletes it.
    expect(sim.fake.inventory(result.resourceGroup ?? '')?.length).toBeGreaterThan(0);
    const cleaned = await pipeline().cleanUp(
      {
        ...EMPTY_STATE,
        started: true,
        resourceGroup: saves.find((s) => s.patch.resourceGroup)?.patch.resourceGroup,
        subscriptionId: testIds.subscriptionId,
      },
      { settings, run },
    );
    expect(cleaned.deleted).toEqual([result.resourceGroup]);
    expect(sim.fake.groupNames()).toEqual([]);
  }, 90_000);

  it('fails the verdict on a crossed fail threshold and lists it as a regression', async () => {
    restoreEnv = withEnv(
      {},
      { RUNNER_TEMP: path.join(sim.workDir, 'runner-temp'), GITHUB_WORKSPACE: sim.workDir },
    );
    const configPath = path.join(sim.workDir, 'configs', 'e2e-threshold.yml');
    const config = await readFile(sim.configPath, 'utf8');
    // No loopback server answers a billion requests a second: this threshold must fail. The
    // baseline image makes it a same-VM A/B of two fixed rounds.
    await writeFile(
      configPath,
      `${config}thresholds:\n  - rps > 1000000000\ncompare:\n  mode: interleaved\n  rounds: 2\n`,
    );
    const { context } = recordingContext();
    const settings = azureSettings('action-threshold', {
      configPath,
      baselineImage: 'shop:main',
    });

    const result = await pipeline().run(settings, context);

    expect(result.verdict).toBe('threshold-failed');
    // One threshold finding. The A/B compares one image with itself over two rounds, so on a
    // busy machine a comparison finding can come with it (the A/A noise the stopping rule is for);
    // what this test checks is that the crossed threshold decides the verdict and is listed.
    const thresholdFindings = result.findings.filter((f) => f.source === 'threshold');
    expect(thresholdFindings).toHaveLength(1);
    expect(thresholdFindings[0]).toMatchObject({
      scenario: 'health',
      level: 2,
      metric: 'successRps',
    });
    expect(
      result.findings.every((f) => f.source === 'threshold' || f.source === 'comparison'),
    ).toBe(true);
    expect(result.summaryMarkdown).toContain('Thresholds: 1 failed');
    // The A/B ran: paired verdicts of the two images in the summary, no "baseline ignored" note.
    expect(result.summaryMarkdown).not.toMatch(/A baseline was asked for/);
    const report = JSON.parse(
      await readFile(path.join(result.reportDir, 'result.json'), 'utf8'),
    ) as {
      comparison?: { abMode?: string; stopping?: { roundsUsed?: number }; baselineLabel?: string };
    };
    expect(report.comparison?.abMode).toBe('interleaved');
    expect(report.comparison?.stopping?.roundsUsed).toBe(2);
    expect(report.comparison?.baselineLabel).toContain('shop:main@sha256:');
    expect(result.summaryMarkdown).toContain('Interleaved A/B, per-round pairs');
    const files = await readdir(result.reportDir, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining([
        'baseline.json',
        'comparison.csv',
        path.join('rounds', 'baseline-2.json'),
      ]),
    );
    await pipeline().cleanUp(
      { ...EMPTY_STATE, started: true, resourceGroup: result.resourceGroup },
      { settings, run },
    );
    expect(sim.fake.groupNames()).toEqual([]);
  }, 90_000);

  it('lists every missing Azure input in one error and sends nothing to Azure', async () => {
    restoreEnv = withEnv({}, { GITHUB_WORKSPACE: sim.workDir });
    const before = sim.fake.requests.length;
    const { context, saves } = recordingContext();
    const settings = azureSettings('never-used', {
      azure: undefined,
      acrName: undefined,
      vmIdentityResourceId: undefined,
      regions: ['west europe;rm -rf /'],
    });

    let caught: unknown;
    try {
      await pipeline().run(settings, context);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(BenchError);
    const error = caught as BenchError;
    expect(error.code).toBe('AZURE_SETTINGS_INVALID');
    for (const expected of [
      'azure-tenant-id: missing',
      'azure-client-id: missing',
      'azure-subscription-id: missing',
      'acr-name: missing',
      'azure-vm-identity: missing',
      'regions (item 1): got "west europe;rm -rf /"',
    ]) {
      expect(error.message).toContain(expected);
    }
    expect(sim.fake.requests.length).toBe(before);
    expect(saves).toEqual([]);
  });
});

describe('provider azure, mode preflight, from the main step', () => {
  it('checks the set-up through the same clients as a run, creates nothing, and names the fix of a failure', async () => {
    restoreEnv = withEnv({}, { GITHUB_WORKSPACE: sim.workDir });
    const before = sim.fake.requests.length;
    const ready = await pipeline().preflight!(azureSettings('bench', { mode: 'preflight' }));
    expect(ready.ok, ready.checklist).toBe(true);
    expect(ready.checklist).toContain(`Azure preflight for subscription ${testIds.subscriptionId}`);

    sim.fake.unregisteredProviders.add('Microsoft.Network');
    try {
      const blocked = await pipeline().preflight!(azureSettings('bench', { mode: 'preflight' }));
      expect(blocked.ok).toBe(false);
      expect(blocked.checklist).toContain(
        'fix: az provider register --namespace Microsoft.Network',
      );
    } finally {
      sim.fake.unregisteredProviders.delete('Microsoft.Network');
    }
    const writes = sim.fake.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.filter((r) => r.method === 'PUT' || r.method === 'DELETE')).toEqual([]);
  });
});
