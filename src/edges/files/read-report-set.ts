/**
 * Reads a directory of downloaded report artifacts for the size comparison. `actions/download-artifact`
 * without `name` writes one folder per artifact (`<path>/<artifact>/result.json`, or deeper when
 * the artifact holds a report directory), so every `result.json` below the directory is read and
 * validated like `bench compare` reads one. A file that is not a readable report does not stop
 * the others: it is listed by path with the reason, so one broken leg of a matrix is named rather
 * than silently missing from the comparison.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BenchError, inputError } from '../../core/errors.js';
import type { RunReport } from '../../core/report/model.js';
import { readRunReport } from './read-run-report.js';

/** Name of the report file in a report directory. */
export const RESULT_FILE_NAME = 'result.json';

/** Folders below the given directory that are searched (artifact / run directory / …). */
const MAX_DEPTH = 6;

/** One report found and read. */
export interface ReportSetEntry {
  /** Path of the file, the given directory joined with its place below it. */
  file: string;
  /** The validated report. */
  report: RunReport;
}

/** One `result.json` that could not be used. */
export interface UnreadableReport {
  /** Path of the file. */
  file: string;
  /** Error code: `RESULT_INVALID`, `RESULT_UNREADABLE`, … (see `readRunReport`). */
  code: string;
  /** What is wrong with it, naming the file. */
  message: string;
}

/** Everything found below a directory. */
export interface ReportSet {
  /** Reports read, in path order. */
  reports: ReportSetEntry[];
  /** Files named `result.json` that are not readable reports, in path order. */
  unreadable: UnreadableReport[];
}

/** Every `result.json` below `dir`, in path order; symbolic links are not followed. */
async function findResultFiles(dir: string, depth: number): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    // A folder that vanished or cannot be listed holds nothing we could read.
    return [];
  }
  const found: string[] = [];
  for (const entry of [...entries].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name === RESULT_FILE_NAME) found.push(path);
    else if (entry.isDirectory() && depth < MAX_DEPTH)
      found.push(...(await findResultFiles(path, depth + 1)));
  }
  return found;
}

/**
 * Reads every `result.json` below `dir`. Throws an input error when `dir` is missing or not a
 * directory (`REPORT_SET_NOT_FOUND`), or holds no `result.json` at all (`REPORT_SET_EMPTY`);
 * files that are not reports are returned in `unreadable`, never thrown.
 */
export async function readReportSet(dir: string): Promise<ReportSet> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch (error) {
    throw inputError('REPORT_SET_NOT_FOUND', `${dir}: no such directory.`, undefined, error);
  }
  const files = await findResultFiles(dir, 0);
  if (files.length === 0) {
    throw inputError(
      'REPORT_SET_EMPTY',
      `${dir}: no ${RESULT_FILE_NAME} in it or in the ${MAX_DEPTH} folder levels below.`,
    );
  }
  const reports: ReportSetEntry[] = [];
  const unreadable: UnreadableReport[] = [];
  for (const file of files) {
    try {
      reports.push({ file, report: await readRunReport(file, 'Report') });
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      unreadable.push({ file, code: error.code, message: error.message });
    }
  }
  return { reports, unreadable };
}
