/**
 * The report store on Azure Blob: report folders under `reportPath(...)`, one index per product
 * updated with conditional writes (ETag) so matrix jobs publishing at the same time never lose
 * each other's entries. Layout and formats: docs/storage.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import { BenchError } from '../../core/errors.js';
import { describeIssues } from '../../core/remote/plan-codec.js';
import type { BaselineQuery, IndexEntry, ReportIndex } from '../../core/remote/report-index.js';
import {
  addIndexEntry,
  archiveBlobName,
  decodeReportIndex,
  emptyReportIndex,
  findBaselineEntry,
  groupByMonth,
  indexBlobName,
  MAX_INDEX_ENTRIES,
  mergeArchiveEntries,
} from '../../core/remote/report-index.js';
import type { ReportStore, UploadedReport } from '../../core/remote/report-store.js';
import type { RunReport } from '../../core/report/model.js';
import { RunReportSchema } from '../../core/report/model.js';
import type { BlobConnection } from './blob-service-client.js';
import {
  blobErrorStatus,
  createBlobServiceClient,
  downloadTextIfExists,
  sleepMs,
} from './blob-service-client.js';

/** Options of `createBlobReportStore`. */
export type BlobReportStoreOptions = BlobConnection & {
  /** Container holding reports and indexes; created when missing. */
  container: string;
  /** Live index size per product (default `MAX_INDEX_ENTRIES`). */
  maxIndexEntries?: number;
  /** Conditional index writes tried at most this many times (default 8). */
  maxIndexAttempts?: number;
  /** Pause before retry `attempt` (from 1) after a conflicting write. */
  retryDelayMs?: (attempt: number) => number;
  /** How to wait (tests pass a fast one). */
  delay?: (ms: number) => Promise<void>;
  /** Where retries and archive moves are reported. */
  log?: (message: string) => void;
  /** Clock for `updatedAt`. */
  now?: () => Date;
};

/** Uploads at most this many files at once. */
const UPLOAD_CONCURRENCY = 4;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.hlog': 'text/plain; charset=utf-8',
  '.log': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Jittered exponential back-off: about 200 ms, 400 ms, 800 ms … capped at 5 s. */
function defaultRetryDelayMs(attempt: number): number {
  const base = Math.min(5_000, 100 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

/** A `ReportStore` on a Blob container. */
export function createBlobReportStore(options: BlobReportStoreOptions): ReportStore {
  const service: BlobServiceClient = createBlobServiceClient(options);
  const container: ContainerClient = service.getContainerClient(options.container);
  const maxEntries = options.maxIndexEntries ?? MAX_INDEX_ENTRIES;
  const maxAttempts = options.maxIndexAttempts ?? 8;
  const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
  const delay = options.delay ?? sleepMs;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());

  let containerReady: Promise<unknown> | undefined;
  const ensureContainer = () =>
    (containerReady ??= container.createIfNotExists().catch((error: unknown) => {
      // Forget a failed attempt so the next call tries again instead of failing forever.
      containerReady = undefined;
      throw error;
    }));

  async function readIndexWithEtag(
    blobName: string,
    product: string,
  ): Promise<{ index: ReportIndex; etag: string | undefined }> {
    const found = await downloadTextIfExists(service, options.container, blobName);
    if (!found) return { index: emptyReportIndex(product, now()), etag: undefined };
    return { index: decodeReportIndex(found.text, blobName), etag: found.etag };
  }

  /** Writes only if the blob is still at `etag` (or still absent); false on a lost race. */
  async function writeIfUnchanged(blobName: string, index: ReportIndex, etag: string | undefined) {
    const body = JSON.stringify(index, null, 1);
    try {
      await container.getBlockBlobClient(blobName).upload(body, Buffer.byteLength(body), {
        blobHTTPHeaders: { blobContentType: CONTENT_TYPES['.json'] },
        conditions: etag === undefined ? { ifNoneMatch: '*' } : { ifMatch: etag },
      });
      return true;
    } catch (error) {
      const status = blobErrorStatus(error);
      // 412: someone wrote since we read. 409: someone created it since we saw it absent.
      if (status === 412 || status === 409) return false;
      throw error;
    }
  }

  /** Read, change, conditional write; repeated (bounded) while other writers get there first. */
  async function updateConditionally(
    blobName: string,
    product: string,
    change: (index: ReportIndex) => Promise<ReportIndex>,
  ): Promise<ReportIndex> {
    for (let attempt = 1; ; attempt++) {
      const { index, etag } = await readIndexWithEtag(blobName, product);
      const next = await change(index);
      if (await writeIfUnchanged(blobName, next, etag)) return next;
      if (attempt >= maxAttempts) {
        throw new BenchError(
          'REPORT_INDEX_CONFLICT',
          `${blobName} changed under every one of ${maxAttempts} attempts to update it`,
          'Another job keeps writing the same index; publish again later (the report itself ' +
            'was uploaded and only its index entry is missing).',
        );
      }
      const waitMs = retryDelayMs(attempt);
      log(
        `${blobName} was changed by another writer; retrying the update ` +
          `(attempt ${attempt + 1} of ${maxAttempts}) in ${Math.round(waitMs)} ms`,
      );
      await delay(waitMs);
    }
  }

  async function archiveEntries(product: string, evicted: IndexEntry[]): Promise<void> {
    for (const [month, entries] of groupByMonth(evicted)) {
      const blobName = archiveBlobName(product, month);
      await updateConditionally(blobName, product, (archive) =>
        Promise.resolve(mergeArchiveEntries(archive, entries, now())),
      );
      log(`moved ${entries.length} older index entries of ${product} to ${blobName}`);
    }
  }

  return {
    async uploadReportDir(localDir: string, remotePrefix: string): Promise<UploadedReport> {
      await ensureContainer();
      const prefix = remotePrefix.replace(/^\/+|\/+$/g, '');
      const files = (await listFilesRecursive(localDir)).sort();
      if (files.length === 0) {
        throw new BenchError(
          'REPORT_DIR_EMPTY',
          `${localDir} holds no files to upload`,
          'Write the report (result.json and its renderings) before publishing it.',
        );
      }
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const data = await readFile(join(localDir, ...file.split('/')));
          const contentType =
            CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
          await container.getBlockBlobClient(`${prefix}/${file}`).uploadData(data, {
            blobHTTPHeaders: { blobContentType: contentType },
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, files.length) }, worker));
      return { url: `${container.url}/${prefix}/`, files };
    },

    async uploadFile(remotePath: string, text: string): Promise<string> {
      await ensureContainer();
      const name = remotePath.replace(/^\/+/, '');
      const blob = container.getBlockBlobClient(name);
      await blob.uploadData(Buffer.from(text, 'utf8'), {
        blobHTTPHeaders: {
          blobContentType:
            CONTENT_TYPES[extname(name).toLowerCase()] ?? 'text/plain; charset=utf-8',
        },
      });
      return `${container.url}/${name}`;
    },

    async readIndex(product: string): Promise<ReportIndex> {
      return (await readIndexWithEtag(indexBlobName(product), product)).index;
    },

    async updateIndex(entry: IndexEntry): Promise<ReportIndex> {
      await ensureContainer();
      // Archives are written before the live index: if the index write then loses a race, the
      // retry archives the same entries again, which merging by path makes harmless.
      return updateConditionally(indexBlobName(entry.product), entry.product, async (index) => {
        const { index: next, evicted } = addIndexEntry(index, entry, now(), maxEntries);
        if (evicted.length > 0) await archiveEntries(entry.product, evicted);
        return next;
      });
    },

    async findBaseline(query: BaselineQuery): Promise<IndexEntry | undefined> {
      const { index } = await readIndexWithEtag(indexBlobName(query.product), query.product);
      return findBaselineEntry(index, query);
    },

    async downloadResult(entryPath: string): Promise<RunReport> {
      const blobName = `${entryPath.replace(/^\/+|\/+$/g, '')}/result.json`;
      const found = await downloadTextIfExists(service, options.container, blobName);
      if (!found) {
        throw new BenchError(
          'REPORT_NOT_FOUND',
          `No report at ${blobName} in container ${options.container}`,
          'The index names a report that was deleted or never fully uploaded; remove its entry ' +
            'from the index or publish that run again.',
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(found.text);
      } catch (error) {
        throw reportInvalid(blobName, `is not JSON (${(error as Error).message})`, error);
      }
      const parsed = RunReportSchema.safeParse(json);
      if (!parsed.success) {
        throw reportInvalid(
          blobName,
          `is not a valid report: ${describeIssues(parsed.error)}`,
          parsed.error,
        );
      }
      return parsed.data;
    },
  };
}

function reportInvalid(blobName: string, what: string, cause: unknown): BenchError {
  return new BenchError(
    'STORED_REPORT_INVALID',
    `${blobName} ${what}`,
    'The stored report is corrupt or from a release with another result schema; compare ' +
      'against a newer baseline or re-run the base branch.',
    { cause },
  );
}

/** Files under `dir`, relative, `/`-separated. */
async function listFilesRecursive(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new BenchError(
      'REPORT_DIR_MISSING',
      `Cannot read the report folder ${dir}: ${(error as Error).message}`,
      'Pass the folder the report was written to (the `report-dir` output of the run).',
      { cause: error },
    );
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}
