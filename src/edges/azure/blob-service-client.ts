/**
 * One way to say which storage account to use, shared by the report store and the run
 * exchange: an existing client, a connection string (Azurite, local tools), or an account URL
 * with a credential (the action: a token credential from OIDC).
 */
import type { TokenCredential } from '@azure/identity';
import type { StoragePipelineOptions, StorageSharedKeyCredential } from '@azure/storage-blob';
import { BlobServiceClient, RestError } from '@azure/storage-blob';

/** Which storage account to talk to, and how to authenticate. */
export type BlobConnection =
  | {
      /** A client built elsewhere. */
      serviceClient: BlobServiceClient;
    }
  | {
      /** `DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;BlobEndpoint=…`. */
      connectionString: string;
      /** Pipeline options (retries, TLS) for the client built here. */
      clientOptions?: StoragePipelineOptions;
    }
  | {
      /** `https://<account>.blob.core.windows.net`. */
      accountUrl: string;
      credential: TokenCredential | StorageSharedKeyCredential;
      /** Pipeline options (retries, TLS) for the client built here. */
      clientOptions?: StoragePipelineOptions;
    };

/** The service client for a connection. */
export function createBlobServiceClient(connection: BlobConnection): BlobServiceClient {
  if ('serviceClient' in connection) return connection.serviceClient;
  if ('connectionString' in connection) {
    return BlobServiceClient.fromConnectionString(
      connection.connectionString,
      connection.clientOptions,
    );
  }
  return new BlobServiceClient(
    connection.accountUrl,
    connection.credential,
    connection.clientOptions,
  );
}

/** HTTP status of a failed Blob call, if it was one. */
export function blobErrorStatus(error: unknown): number | undefined {
  if (error instanceof RestError) return error.statusCode;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Waits `ms` milliseconds (the default delay of bounded retries; tests inject their own). */
export function sleepMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads a whole blob as UTF-8 text with its ETag; undefined when the blob does not exist. */
export async function downloadTextIfExists(
  service: BlobServiceClient,
  container: string,
  blobName: string,
): Promise<{ text: string; etag: string | undefined } | undefined> {
  const blob = service.getContainerClient(container).getBlobClient(blobName);
  try {
    const response = await blob.download();
    const text = await readBodyText(response.readableStreamBody);
    return { text, etag: response.etag };
  } catch (error) {
    const status = blobErrorStatus(error);
    if (status === 404) return undefined;
    throw error;
  }
}

/** Collects a Node readable stream into UTF-8 text. */
export async function readBodyText(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
