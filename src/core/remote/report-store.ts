/**
 * Where published reports live and how history is found: the pipeline talks to this interface,
 * the Blob implementation is `createBlobReportStore` (edges/azure/blob-report-store.ts).
 */
import type { RunReport } from '../report/model.js';
import type { BaselineQuery, IndexEntry, ReportIndex } from './report-index.js';

/** What `uploadReportDir` did. */
export interface UploadedReport {
  /** URL of the report folder (no SAS), ending in `/`. */
  url: string;
  /** Uploaded files, relative to the folder, `/`-separated, sorted. */
  files: string[];
}

/** Published reports and their index. */
export interface ReportStore {
  /** Uploads every file of a local report folder under `remotePrefix` (see `reportPath`). */
  uploadReportDir(localDir: string, remotePrefix: string): Promise<UploadedReport>;
  /** A product's live index (empty when nothing was published yet). */
  readIndex(product: string): Promise<ReportIndex>;
  /**
   * Adds an entry to its product's index. Safe against concurrent writers (conditional writes,
   * retried a bounded number of times); older entries move to monthly archives.
   */
  updateIndex(entry: IndexEntry): Promise<ReportIndex>;
  /** The latest comparable report on the query's branch, if any (see `findBaselineEntry`). */
  findBaseline(query: BaselineQuery): Promise<IndexEntry | undefined>;
  /** Downloads and validates `result.json` of the report at `entryPath`. */
  downloadResult(entryPath: string): Promise<RunReport>;
  /**
   * Writes one text file at `remotePath` (replacing it), e.g. a product's `history.html`;
   * returns its URL (no SAS).
   */
  uploadFile(remotePath: string, text: string): Promise<string>;
}
