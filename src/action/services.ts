/**
 * Everything the action's steps talk to, with the defaults in one place: the pipeline for the
 * provider, the artifact uploader, the GitHub client for the PR comment and the report history
 * store. Tests pass their own through the exported `run` (dependency injection); the bundle
 * has no other way in.
 */
import * as core from '@actions/core';
import { inputError } from '../core/errors.js';
import type { ReportStore } from '../core/remote/report-store.js';
import { createBlobReportStore } from '../edges/azure/blob-report-store.js';
import type { RetailPricesClientOptions } from '../edges/azure/retail-prices-client.js';
import { azureOidcAudience, createAzureCredential } from '../edges/azure/credentials.js';
import type { Provider } from '../edges/github/constants.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import { createGitHubClient, type GitHubClient } from '../edges/github/octokit.js';
import { createDefaultUploader, type ReportUploader } from '../edges/github/report-artifact.js';
import type { ActionPipeline, PipelineFactory } from './action-pipeline.js';

/** The settings once the provider is known (given, or taken from the config). */
export type ResolvedSettings = ActionSettings & { provider: Provider };

/** What the steps talk to; every field has a default. */
export interface ActionDeps {
  /** Builds the pipeline for the settings (default: local or Azure by provider). */
  createPipeline?: PipelineFactory;
  /** Uploads the report artifact (default: `@actions/artifact`). */
  uploader?: ReportUploader;
  /** Makes the REST client for the PR comment. */
  createClient?: (token: string, apiUrl: string) => GitHubClient;
  /** The report history store, asked for only when storage is set (default: Blob with OIDC). */
  createReportStore?: (settings: ActionSettings) => ReportStore;
  /** Aborts the run; when absent, SIGINT and SIGTERM do. */
  signal?: AbortSignal;
  /** Wait for an aborted pipeline before publishing without it, ms. */
  abortGraceMs?: number;
  /** The Azure Retail Prices client's base URL, fetch and retries (`mode: aggregate`). */
  retailPrices?: RetailPricesClientOptions;
}

/** The defaults, filled in. */
export type ActionServices = Required<
  Pick<ActionDeps, 'createPipeline' | 'uploader' | 'createClient' | 'createReportStore'>
>;

/** The built-in pipeline for the provider; each is loaded only when used. */
export async function createDefaultPipeline(settings: ActionSettings): Promise<ActionPipeline> {
  if (settings.provider === 'local' || settings.provider === 'url') {
    const { createLocalActionPipeline } = await import('./local-pipeline.js');
    return createLocalActionPipeline();
  }
  const { createAzureActionPipeline } = await import('./azure-pipeline.js');
  return createAzureActionPipeline();
}

/** The default history store: Blob on the settings' account, signed in with GitHub OIDC. */
export function createDefaultReportStore(settings: ActionSettings): ReportStore {
  const storage = settings.storage;
  if (!storage) {
    throw inputError(
      'HISTORY_STORAGE_MISSING',
      'History in Blob needs a storage account and container.',
    );
  }
  if (!settings.azure) {
    throw inputError(
      'HISTORY_IDENTITY_MISSING',
      'History in Blob needs an Azure identity to sign in to the storage account.',
    );
  }
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw inputError(
      'OIDC_UNAVAILABLE',
      'The runner offers no OIDC token to sign in to the storage account.',
      'Add `permissions: id-token: write` to the job.',
    );
  }
  const ids = settings.azure;
  const credential = createAzureCredential({
    tenantId: ids.tenantId,
    clientId: ids.clientId,
    // Asked afresh on every token request, as for the run itself.
    getIdToken: () => core.getIDToken(azureOidcAudience),
  });
  return createBlobReportStore({
    accountUrl: `https://${storage.account}.blob.core.windows.net`,
    credential,
    container: storage.container,
    log: (line) => core.info(line),
  });
}

/** The services for this process: the given ones, the defaults for the rest. */
export function resolveServices(deps: ActionDeps): ActionServices {
  return {
    createPipeline: deps.createPipeline ?? createDefaultPipeline,
    uploader: deps.uploader ?? createDefaultUploader(),
    createClient: deps.createClient ?? createGitHubClient,
    createReportStore: deps.createReportStore ?? createDefaultReportStore,
  };
}
