/**
 * The Blob side of the preflight: does the run's container exist, and can a user delegation key
 * be had (the key that signs the VMs' SAS URLs)? With an account key (Azurite, a connection
 * string) no key is needed.
 */
import { StorageSharedKeyCredential } from '@azure/storage-blob';
import { BenchError } from '../../core/errors.js';
import type { BlobConnection } from './blob-service-client.js';
import { createBlobServiceClient } from './blob-service-client.js';

/** Where to probe. */
export type BlobProbeInput = BlobConnection & {
  /** The run's container. */
  container: string;
};

/** The probe of `AzurePreflightProbes.blob`. */
export function createBlobProbe(input: BlobProbeInput): {
  containerExists(): Promise<boolean>;
  delegationKey(): Promise<'obtained' | 'account-key'>;
} {
  const service = createBlobServiceClient(input);
  return {
    containerExists: () => service.getContainerClient(input.container).exists(),
    async delegationKey() {
      if (service.credential instanceof StorageSharedKeyCredential) return 'account-key';
      const now = Date.now();
      try {
        await service.getUserDelegationKey(new Date(now - 5 * 60_000), new Date(now + 3_600_000));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new BenchError(
          'BLOB_SAS_UNAVAILABLE',
          `Could not get a user delegation key from ${service.url}: ${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message.split('\n')[0]}`,
          undefined,
          { cause: error },
        );
      }
      return 'obtained';
    },
  };
}
