/**
 * Writes a run's report directory: `result.json`, `results.csv`, `summary.md` and one `.hlog`
 * per level. Refuses to overwrite an earlier run's report unless asked to, so a re-run with the
 * same `--out` never silently destroys results.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from '../../core/errors.js';
import { renderCsvReport } from '../../core/report/csv.js';
import { renderJsonReport } from '../../core/report/json.js';
import { renderMarkdownReport } from '../../core/report/markdown.js';
import type { RunReport } from '../../core/report/model.js';

/** One interval log to write beside `result.json`. */
export interface HlogFile {
  /** File name (sanitized before writing). */
  file: string;
  /** Content from `renderHlog`. */
  text: string;
}

/** Options of `writeReportDir`. */
export interface WriteReportDirOptions {
  /** Replace the files of an earlier report in the same directory. */
  overwrite?: boolean;
}

/**
 * A safe `.hlog` file name from a scenario and level, e.g. `mt103 standard`, 32 →
 * `mt103-standard-32.hlog`.
 */
export function hlogFileName(scenario: string, level: number): string {
  return sanitizeFileName(`${scenario}-${level}.hlog`);
}

/** Keeps letters, digits, `.`, `_` and `-`; never a path separator or a leading dot. */
export function sanitizeFileName(name: string): string {
  const clean = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+/, '');
  return clean.slice(0, 200) || 'unnamed';
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
    { name: 'summary.md', text: renderMarkdownReport(report) },
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
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.text, 'utf8');
    written.push(path);
  }
  return written;
}
