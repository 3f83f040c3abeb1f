/**
 * Writes the job summary. GitHub rejects a step's summary above 1 MiB, so long Markdown is
 * shortened (on a line boundary) with a pointer to the artifact instead of being lost.
 */
import * as core from '@actions/core';
import { truncateMarkdown } from './truncate-markdown.js';

/** Step summary limit set by GitHub, bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What we allow ourselves: room for the runner's own bookkeeping and other writes. */
export const SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 48 * 1024;

/**
 * Appends `markdown` to the step summary. Returns false (with a note in the log) when the runner
 * offers no summary file, e.g. on a local runner.
 */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary file (GITHUB_STEP_SUMMARY is not set); the summary was not written.');
    return false;
  }
  const text = truncateMarkdown(markdown, {
    max: SUMMARY_MAX_BYTES,
    unit: 'utf8-bytes',
    note: 'The summary was cut to fit the 1 MiB job summary limit; the full report is in the workflow artifact.',
  });
  await core.summary.addRaw(text, true).write();
  core.summary.emptyBuffer();
  return true;
}
