/**
 * Writes a run's report directory: `result.json`, `results.csv`, `summary.md`, one `.hlog`
 * per level and any extra rendered files (`report.html`, comparison files, rounds). Refuses to overwrite an earlier run's report unless asked to, so a re-run with the
 * same `--out` never silently destroys results.
 */
import { sanitizeFileName, type HlogFile } from '../../core/report/hlog.js';
import { constants } from 'node:fs';
import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inputError } from '../../core/errors.js';
import { renderCsvReport } from '../../core/report/csv.js';
import { renderJsonReport } from '../../core/report/json.js';
import { renderMarkdownReport } from '../../core/report/markdown.js';
import type { RunReport } from '../../core/report/model.js';

/** A rendered file to write beside `result.json` (HTML report, comparison, rounds …). */
export type { HlogFile };
export { hlogFileName, sanitizeFileName } from '../../core/report/hlog.js';

export interface ExtraReportFile {
  /** Path relative to the report directory; `/` separates a subdirectory (e.g. `rounds/a-1.json`). */
  name: string;
  /** File content. */
  text: string;
}

/** Options of `writeReportDir`. */
export interface WriteReportDirOptions {
  /** Replace the files of an earlier report in the same directory. */
  overwrite?: boolean;
  /** `summary.md` content instead of the run's own table (an A/B puts its verdicts first). */
  summaryMarkdown?: string;
  /** More files, written after the standard ones. */
  extraFiles?: readonly ExtraReportFile[];
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') {
      throw inputError(
        'REPORT_DIR_INVALID',
        `${dir} exists and is not a directory`,
        'Choose an output path that is a directory or does not exist yet.',
        error,
      );
    }
    throw error;
  }
}

/**
 * Checks and creates a report directory before anything is measured, so a run never loads the
 * target only to find it cannot keep the result: an existing report (unless `overwrite`), a
 * path that is a file or lies under a file, and a directory that cannot be created or written
 * are input errors. `marker` is the file that marks an existing report (`result.json`).
 */
export async function prepareReportDir(
  dir: string,
  opts: { overwrite?: boolean; marker?: string } = {},
): Promise<void> {
  const marker = opts.marker ?? 'result.json';
  const existing = await listDir(dir);
  if (!opts.overwrite && existing.includes(marker)) {
    throw inputError('REPORT_DIR_EXISTS', `${dir} already holds a report (${marker})`);
  }
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw inputError(
      'REPORT_DIR_INVALID',
      `${dir} cannot be used for the report (${code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code === 'EACCES' || code === 'EROFS' ? 'not writable' : code}).`,
      'Choose an output directory that you can write to (--out), then run again: nothing was measured.',
      error,
    );
  }
}

/** Writes the report directory and returns the paths written, `result.json` first. */
export async function writeReportDir(
  dir: string,
  report: RunReport,
  hlogs: readonly HlogFile[],
  opts: WriteReportDirOptions = {},
): Promise<string[]> {
  const existing = await listDir(dir);
  if (!opts.overwrite && existing.includes('result.json')) {
    throw inputError(
      'REPORT_DIR_EXISTS',
      `${dir} already holds a report (result.json)`,
      'Choose another output directory, delete the old report, or pass --overwrite to replace it.',
    );
  }
  await mkdir(dir, { recursive: true });
  const files: { name: string; text: string }[] = [
    { name: 'result.json', text: renderJsonReport(report) },
    { name: 'results.csv', text: renderCsvReport(report) },
    { name: 'summary.md', text: opts.summaryMarkdown ?? renderMarkdownReport(report) },
  ];
  const taken = new Set(files.map((f) => f.name));
  for (const h of hlogs) {
    const name = sanitizeFileName(h.file);
    // Renaming here would break the link from the level's `hlogFile`: refuse instead.
    if (taken.has(name)) {
      throw inputError(
        'REPORT_FILE_CLASH',
        `two report files would both be named ${name}`,
        'Give scenarios names that differ in letters or digits, not only in punctuation.',
      );
    }
    taken.add(name);
    files.push({ name, text: h.text });
  }
  for (const extra of opts.extraFiles ?? []) {
    // Each path segment is sanitized, so a name can never leave the report directory.
    const name = extra.name.split('/').map(sanitizeFileName).join('/');
    if (taken.has(name)) {
      throw inputError(
        'REPORT_FILE_CLASH',
        `two report files would both be named ${name}`,
        'Give scenarios names that differ in letters or digits, not only in punctuation.',
      );
    }
    taken.add(name);
    files.push({ name, text: extra.text });
  }
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    if (f.name.includes('/')) await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text, 'utf8');
    written.push(path);
  }
  return written;
}

/**
 * Writes rendered files into a directory of their own (`bench compare`'s output). Refuses to
 * replace an earlier `marker` file unless asked to, like `writeReportDir`.
 */
export async function writeRenderedFiles(
  dir: string,
  files: readonly ExtraReportFile[],
  opts: WriteReportDirOptions & { marker: string },
): Promise<string[]> {
  const existing = await listDir(dir);
  if (!opts.overwrite && existing.includes(opts.marker)) {
    throw inputError(
      'REPORT_DIR_EXISTS',
      `${dir} already holds a report (${opts.marker})`,
      'Choose another output directory, delete the old report, or pass --overwrite to replace it.',
    );
  }
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, sanitizeFileName(f.name));
    await writeFile(path, f.text, 'utf8');
    written.push(path);
  }
  return written;
}
