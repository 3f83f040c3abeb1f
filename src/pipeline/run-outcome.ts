/**
 * What a finished (or interrupted) run hands its front end for publishing, the same for every
 * provider: the report and where it was written, its summary, and its verdict with the findings
 * behind it, both decided by `judgeRun`.
 */
import type { RunReport } from '../core/report/model.js';
import type { ChangePoint } from '../core/stats/change-points.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import { judgeRun, type Finding, type Verdict } from '../core/stats/verdict.js';

/** A run's result, ready to publish. */
export interface RunOutcome {
  /** Local directory holding `result.json`, `summary.md`, CSV, HTML and `.hlog` files. */
  reportDir: string;
  /** The run report (`partial: true` when interrupted). */
  report: RunReport;
  /** Markdown for the job summary and the PR comment (comparison and thresholds included). */
  summaryMarkdown: string;
  /** Overall verdict. */
  verdict: Verdict;
  /** Regressions and failed thresholds; empty when none. */
  findings: Finding[];
  /** Azure resource group used by the run. */
  resourceGroup?: string;
  /** URL of the report in Blob storage, once published there. */
  reportUrl?: string;
  /** The branch's trends after the run joined its history (`history.html`, level shifts). */
  history?: {
    /** URL of the branch's `history.html` in the store. */
    url: string;
    /** Level shifts found in the branch's recent runs. */
    changePoints: ChangePoint[];
  };
}

/** The outcome of `report`, written to `reportDir`: verdict, findings and summary from the report. */
export function runOutcomeOf(
  report: RunReport,
  reportDir: string,
  extra: { resourceGroup?: string; reportUrl?: string; summaryMarkdown?: string } = {},
): RunOutcome {
  const { verdict, findings } = judgeRun(report);
  return {
    reportDir,
    report,
    summaryMarkdown: extra.summaryMarkdown ?? renderRunSummaryMarkdown(report),
    verdict,
    findings,
    ...(extra.resourceGroup !== undefined && { resourceGroup: extra.resourceGroup }),
    ...(extra.reportUrl !== undefined && { reportUrl: extra.reportUrl }),
  };
}
