/**
 * What one invocation of `bench` works with: its streams, directory and abort signal, and the
 * services cloud commands talk to (tests replace them with the fakes).
 */
import type { TokenCredential } from '@azure/core-auth';
import type { ArmContext } from '../edges/azure/arm-context.js';
import type { RetailPricesClientOptions } from '../edges/azure/retail-prices-client.js';
import type { AzureBlobDeps, AzureBlobInput } from '../pipeline/azure/azure-deps.js';
import type { CloudRunDeps } from '../pipeline/azure/cloud-run.js';

/** Streams and environment of one CLI invocation. */
export interface CliIo {
  /** Results and reports. */
  stdout: { write(text: string): void; isTTY?: boolean };
  /** Progress, warnings and errors. */
  stderr: { write(text: string): void; isTTY?: boolean };
  /** Base of relative paths. */
  cwd: string;
  /** Aborted on SIGINT/SIGTERM by the process wrapper. */
  signal?: AbortSignal;
  /** Use colours in the results table. */
  color?: boolean;
}

/** What the cloud commands build their clients with; every field has a default. */
export interface CliDeps {
  /** Environment variables read for defaults (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Credential for ARM, ACR and Blob (default `DefaultAzureCredential`, e.g. `az login`). */
  createCredential?: (ids: { tenantId?: string; clientId?: string }) => TokenCredential;
  /** ARM clients (default: public cloud). */
  createArmContext?: (input: {
    credential: TokenCredential;
    subscriptionId: string;
    log: (line: string) => void;
  }) => ArmContext;
  /** Blob exchange and sample store (default: `https://<account>.blob.core.windows.net`). */
  createBlob?: (input: AzureBlobInput) => AzureBlobDeps;
  /** Pins the product image (default: ACR token exchange with the credential). */
  resolveImage?: (image: string) => Promise<string>;
  /** Runner bundle (default `dist/runner/index.js` of this package). */
  runnerBundlePath?: string;
  /** Clock. */
  now?: () => Date;
  /** Timing overrides for the cloud run (tests shorten them). */
  runTiming?: CloudRunDeps['runTiming'];
  /** The Azure Retail Prices client's base URL, fetch and retries (tests use a loopback fake). */
  retailPrices?: RetailPricesClientOptions;
}
