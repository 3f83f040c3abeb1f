/**
 * Where the product VM's sampler file lands in Blob, next to the runners' results: the samples
 * run command writes it through the run's create+write results SAS (so no extra SAS is issued),
 * and the action reads it back with its own credential.
 */
import { RESULTS_FOLDER } from '../../core/remote/run-exchange.js';
import type { BlobConnection } from './blob-service-client.js';
import { createBlobServiceClient, downloadTextIfExists } from './blob-service-client.js';

/** Blob name of the server samples, relative to the run prefix. */
export const SERVER_SAMPLES_BLOB = `${RESULTS_FOLDER}/server/samples.jsonl`;

/** Reads the server samples a run's product VM uploaded. */
export interface ServerSampleStore {
  /** Write URL of the samples blob, derived from the run's results SAS URL (same signature). */
  samplesUrl(resultsUrl: string): string;
  /** The uploaded `samples.jsonl`, or undefined when nothing was uploaded. */
  readSamples(prefix: string): Promise<string | undefined>;
}

/** The results SAS URL with `server/samples.jsonl` appended to its path, query kept. */
export function samplesUrlFromResultsUrl(resultsUrl: string): string {
  const url = new URL(resultsUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/server/samples.jsonl`;
  return url.toString();
}

/** A `ServerSampleStore` on the run exchange's container. */
export function createBlobServerSampleStore(
  options: BlobConnection & { container: string },
): ServerSampleStore {
  const service = createBlobServiceClient(options);
  return {
    samplesUrl: samplesUrlFromResultsUrl,
    async readSamples(prefix) {
      const name = `${prefix.replace(/^\/+|\/+$/g, '')}/${SERVER_SAMPLES_BLOB}`;
      return (await downloadTextIfExists(service, options.container, name))?.text;
    },
  };
}
