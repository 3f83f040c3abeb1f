/**
 * What both front ends of a cloud run (the `bench` CLI and the action's main step) build the
 * same way before calling `runAzureBenchmark`: the Blob side of the run (exchange with the load
 * VMs and the product VM's sample store, on one container) and the path of the runner bundle.
 * Kept here so the two cannot drift apart.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenCredential } from '@azure/core-auth';
import type { AzureSettings } from '../../core/azure/azure-settings.js';
import { inputError } from '../../core/errors.js';
import type { RunExchange } from '../../core/remote/run-exchange.js';
import type { BlobProbeInput } from '../../edges/azure/blob-probe.js';
import type { BlobConnection } from '../../edges/azure/blob-service-client.js';
import { createRunExchange } from '../../edges/azure/blob-run-exchange.js';
import {
  createBlobServerSampleStore,
  type ServerSampleStore,
} from '../../edges/azure/blob-server-samples.js';

/** The Blob side of a cloud run. */
export interface AzureBlobDeps {
  /** Plan and runner bundle down to the load VMs, results back. */
  exchange: RunExchange;
  /** The product VM's per-second samples. */
  samples: ServerSampleStore;
  /** Where the preflight checks the container and key delegation; not checked when absent. */
  probe?: BlobProbeInput;
}

/** Input of `createAzureBlobDeps`. */
export interface AzureBlobInput {
  /** Names the storage account and container. */
  settings: AzureSettings;
  /** Credential for `https://<account>.blob.core.windows.net` (the run's Azure identity). */
  credential: TokenCredential;
  /** Hides every SAS URL the exchange hands out. */
  maskSecret: (value: string) => void;
  /** Another connection (e.g. an Azurite connection string); default: the account URL with `credential`. */
  connection?: BlobConnection;
}

/** Exchange and sample store on the settings' container, authenticated with the run's credential. */
export function createAzureBlobDeps(input: AzureBlobInput): AzureBlobDeps {
  const connection: BlobConnection = input.connection ?? {
    accountUrl: `https://${input.settings.storageAccount}.blob.core.windows.net`,
    credential: input.credential,
  };
  return {
    exchange: createRunExchange({
      ...connection,
      container: input.settings.storageContainer,
      maskSecret: input.maskSecret,
    }),
    samples: createBlobServerSampleStore({
      ...connection,
      container: input.settings.storageContainer,
    }),
    probe: { ...connection, container: input.settings.storageContainer },
  };
}

/** The runner bundle of this package: `dist/runner/index.js`, found by walking up from here. */
export function findRunnerBundle(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'dist', 'runner', 'index.js');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw inputError(
    'RUNNER_BUNDLE_MISSING',
    'The runner bundle dist/runner/index.js was not found.',
    'Build it with `npm run bundle` in the bench-action checkout.',
  );
}
