/**
 * The main and post steps as the runner runs them (child processes, real `INPUT_*` variables and
 * runner files) with `provider: azure`: the built-in Azure pipeline, pointed at the cloud
 * simulation through the pipeline module seam, benchmarks, saves the group to state, and the
 * post step deletes the group from that state.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDigest, startCloudSim, testIds, type CloudSim } from '../azure-e2e/cloud-sim.js';
import {
  AGAINST_BUNDLE,
  createRunnerFiles,
  runStep,
  type RunnerFiles,
} from '../support/action/action-process.js';

let sim: CloudSim;
let files: RunnerFiles;
let moduleDir: string;
let modulePath: string;

const source = (file: string) =>
  pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'src', file)).href;

beforeAll(async () => {
  sim = await startCloudSim();
  files = createRunnerFiles({});
  moduleDir = mkdtempSync(path.join(tmpdir(), 'bench-azure-module-'));
  writeFileSync(path.join(moduleDir, 'arm-ca.pem'), sim.fake.ca);
  modulePath = path.join(moduleDir, 'azure-pipeline.mjs');
  // The built-in Azure pipeline with every cloud endpoint replaced by the simulation's.
  writeFileSync(
    modulePath,
    `
import { readFileSync } from 'node:fs';
import { createAzureActionPipeline } from '${source('action/azure-pipeline.ts')}';
import { createArmContext } from '${source('edges/azure/arm-context.ts')}';
import { createRunExchange } from '${source('edges/azure/blob-run-exchange.ts')}';
import { createBlobServerSampleStore } from '${source('edges/azure/blob-server-samples.ts')}';

const sim = JSON.parse(process.env.BENCH_TEST_SIM);
const credential = {
  getToken: async () => ({ token: 'x', expiresOnTimestamp: Date.now() + 3600e3 }),
};

export function createPipeline() {
  return createAzureActionPipeline({
    createArmContext: (subscriptionId) =>
      createArmContext({
        credential,
        subscriptionId,
        endpoint: sim.endpoint,
        ca: readFileSync(sim.caFile, 'utf8'),
        log: () => undefined,
        pollIntervalMs: 25,
        maxRetries: 2,
        retryBaseDelayMs: 10,
      }),
    createCredential: () => credential,
    createBlob: ({ settings, maskSecret }) => ({
      exchange: createRunExchange({
        connectionString: sim.connectionString,
        container: settings.storageContainer,
        maskSecret,
      }),
      samples: createBlobServerSampleStore({
        connectionString: sim.connectionString,
        container: settings.storageContainer,
      }),
    }),
    resolveImage: async (image) => image + '@' + sim.digest,
    runnerBundlePath: sim.bundlePath,
    runTiming: { readySeconds: 30, startDelayMs: 300, resultsPollMs: 250, heartbeatStaleMs: 60000 },
    deleteWaitMs: 10000,
  });
}

export function createUploader() {
  return { uploadArtifact: async () => ({ id: 1, size: 1 }) };
}
`,
  );
}, 60_000);

afterAll(async () => {
  files?.remove();
  if (moduleDir) rmSync(moduleDir, { recursive: true, force: true });
  await sim?.close();
});

const inputs = {
  config: 'configs/e2e.yml',
  provider: 'azure',
  mode: 'run',
  'azure-tenant-id': testIds.tenantId,
  'azure-client-id': testIds.clientId,
  'azure-subscription-id': testIds.subscriptionId,
  'azure-vm-identity': testIds.vmIdentityResourceId,
  'acr-name': testIds.acrName,
  'storage-account': testIds.storageAccount,
  'storage-container': 'action-process',
  comment: 'never',
};

describe('provider azure through the main and post steps', () => {
  // The module imports TypeScript sources, which only the tsx entry point (not a bundle) can load.
  it.skipIf(AGAINST_BUNDLE)(
    'benchmarks, publishes the group in outputs and state without a SAS, and the post step deletes it',
    async () => {
      const env = {
        NODE_ENV: 'test',
        BENCH_TEST_PIPELINE_MODULE: modulePath,
        GITHUB_WORKSPACE: sim.workDir,
        // The runner offers OIDC; the simulation's credential never asks for a token.
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-used',
        BENCH_TEST_SIM: JSON.stringify({
          endpoint: sim.fake.endpoint,
          caFile: path.join(moduleDir, 'arm-ca.pem'),
          connectionString: sim.azurite.connectionString,
          bundlePath: sim.bundlePath,
          digest: fakeDigest,
        }),
      };

      const main = await runStep('main', files, { inputs, env });

      expect(main.code, `${main.stdout}\n${main.stderr}`).toBe(0);
      expect(main.outputs.verdict).toBe('pass');
      const group = main.state['bench-resource-group'];
      expect(group).toMatch(/^bench-/);
      expect(main.outputs['resource-group']).toBe(group);
      expect(main.state['bench-subscription-id']).toBe(testIds.subscriptionId);
      expect(Number(main.outputs.rps)).toBeGreaterThan(0);
      expect(main.summary).toContain('**Verdict: pass**');
      // SAS URLs appear only in the mask commands, never in state, outputs or the summary.
      expect(main.stateText).not.toMatch(/sig=/);
      expect(JSON.stringify(main.outputs)).not.toMatch(/sig=/);
      expect(main.summary).not.toMatch(/sig=/);
      const sasLines = main.stdout.split('\n').filter((line) => line.includes('sig='));
      expect(sasLines.length).toBeGreaterThan(0);
      expect(sasLines.every((line) => line.startsWith('::add-mask::'))).toBe(true);
      expect(sim.fake.inventory(group ?? '')?.length).toBeGreaterThan(0);

      const post = await runStep('post', files, { inputs, env, state: main.state });

      expect(post.code, `${post.stdout}\n${post.stderr}`).toBe(0);
      expect(post.stdout).toContain(group);
      expect(sim.fake.groupNames()).toEqual([]);
    },
    120_000,
  );
});
