/**
 * `bench run --provider azure` in a separate process, against the ARM fake and Azurite of the
 * parent test (which plays the VMs). The parent kills it with SIGKILL once the group exists, to
 * show that the recorded `azure-state.json` alone is enough to clean up.
 * Usage: node --import tsx run-child.ts <json settings>
 */
import { readFileSync } from 'node:fs';
import { runOnAzure as runAzureFromCli } from '../../src/cli/commands/run-azure.js';
import { createArmContext } from '../../src/edges/azure/arm-context.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import { testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';
import { fakeDigest, testIds } from './cloud-sim.js';

interface ChildSettings {
  endpoint: string;
  caFile: string;
  connectionString: string;
  container: string;
  configPath: string;
  out: string;
  bundlePath: string;
  cwd: string;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;
const credential = {
  getToken: () => Promise.resolve({ token: 'x', expiresOnTimestamp: Date.now() + 3600e3 }),
};
const ca = readFileSync(settings.caFile, 'utf8');

const code = await runAzureFromCli(
  settings.configPath,
  {
    provider: 'azure',
    subscription: testIds.subscriptionId,
    tenant: testIds.tenantId,
    client: testIds.clientId,
    acr: testIds.acrName,
    storageAccount: testIds.storageAccount,
    storageContainer: settings.container,
    vmIdentity: testIds.vmIdentityResourceId,
    out: settings.out,
  },
  {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: settings.cwd,
  },
  {
    env: {},
    createCredential: () => credential,
    createArmContext: ({ log }) =>
      createArmContext({
        credential,
        subscriptionId: testSubscriptionId,
        endpoint: settings.endpoint,
        ca,
        log,
        pollIntervalMs: 25,
      }),
    createBlob: ({ maskSecret }) => ({
      exchange: createRunExchange({
        connectionString: settings.connectionString,
        container: settings.container,
        maskSecret,
      }),
      samples: createBlobServerSampleStore({
        connectionString: settings.connectionString,
        container: settings.container,
      }),
    }),
    resolveImage: (image) => Promise.resolve(`${image}@${fakeDigest}`),
    runnerBundlePath: settings.bundlePath,
    runTiming: { readySeconds: 600 },
  },
);
process.exitCode = code;
