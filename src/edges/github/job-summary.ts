/**
 * Writes the job summary. GitHub rejects a step's summary above 1 MiB, so long Markdown is
 * shortened (on a line boundary) with a pointer to the artifact instead of being lost.
 */
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { truncateMarkdown } from './truncate-markdown.js';

/** Step summary limit set by GitHub, bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What we allow ourselves: room for the runner's own bookkeeping and other writes. */
export const SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 48 * 1024;

/**
 * Appends `markdown` to the step summary. Returns false (with a note in the log) when the runner
 * offers no summary file, e.g. on a local runner, or it cannot be written.
 */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the summary was not written.');
    return false;
  }
  const text = truncateMarkdown(markdown, {
    max: SUMMARY_MAX_BYTES,
    unit: 'utf8-bytes',
    note: 'The summary was cut to fit the 1 MiB job summary limit; the full report is in the workflow artifact.',
  });
  // Appended directly rather than through core.summary, which remembers the first file path it
  // saw for the life of the process.
  try {
    await appendFile(file, text.endsWith('\n') ? text : `${text}\n`);
    return true;
  } catch (error) {
    // The summary is one of several places results go; losing it must not lose the others.
    core.warning(`Could not write the job summary: ${String(error)}`);
    return false;
  }
}
