/**
 * The Markdown summary of a run, the same in `summary.md`, the job summary and the PR comment:
 * the verdict table and thresholds first when the run was compared or has thresholds (a run
 * without a baseline shows the neutral "no baseline yet" comparison), then the results tables.
 */
import { compareReports } from '../stats/compare.js';
import { renderComparisonMarkdown } from './comparison-markdown.js';
import { renderMarkdownReport } from './markdown.js';
import type { RunReport } from './model.js';

/** Renders the summary of `report` (comparison and thresholds as attached to it). */
export function renderRunSummaryMarkdown(report: RunReport): string {
  const thresholds = report.thresholds ?? [];
  if (report.comparison === undefined && thresholds.length === 0) {
    return renderMarkdownReport(report);
  }
  const comparison = report.comparison ?? compareReports([], [report]);
  const verdicts = renderComparisonMarkdown(comparison, thresholds, { reportLink: 'report.html' });
  return `${verdicts}\n${renderMarkdownReport(report)}`;
}
