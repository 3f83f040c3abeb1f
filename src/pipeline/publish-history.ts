/**
 * Report history in Blob for the action (DESIGN.md section 6): a run with no same-session
 * baseline is compared with the latest comparable report of its base branch, and every
 * complete run's report directory is published under its versioned path and indexed. History
 * is a convenience on top of the run: every failure here is a warning, and the run's own result
 * and local report are never lost.
 */
import { storedThresholds } from '../core/stats/stored-thresholds.js';
import { BenchError } from '../core/errors.js';
import {
  resolveChangePointSettings,
  detectBenchmarkChangePoints,
  detectHistoryChangePoints,
} from '../core/stats/change-points.js';
import { buildBenchmarkHistorySeries, buildHistorySeries } from '../core/report/history-series.js';
import { renderHistoryHtml } from '../core/report/history-html.js';
import { renderHistoryMarkdown } from '../core/report/history-markdown.js';
import {
  findBaselineEntry,
  indexEntryFromReport,
  reportPath,
  type IndexEntry,
  type ReportIndex,
} from '../core/remote/report-index.js';
import type { ReportStore } from '../core/remote/report-store.js';
import { renderComparisonCsv } from '../core/report/comparison-csv.js';
import { renderComparisonMarkdown } from '../core/report/comparison-markdown.js';
import type { Comparison, ThresholdResult } from '../core/report/comparison-model.js';
import { renderHtmlReport } from '../core/report/html.js';
import { renderJsonReport } from '../core/report/json.js';
import { renderRunSummaryMarkdown } from '../core/report/run-summary-markdown.js';
import type { RunReport } from '../core/report/model.js';
import { compareReports } from '../core/stats/compare.js';
import { evaluateThresholds } from '../core/stats/thresholds.js';
import { writeRenderedFiles } from '../edges/files/write-report-dir.js';
import { runOutcomeOf, type RunOutcome } from './run-outcome.js';

/** Where this run belongs in history. */
export interface HistoryRun {
  /** Branch the run benchmarked: the PR's head branch, else the pushed or scheduled branch. */
  branch: string;
  /** Branch whose history is the baseline: the PR's base branch, else `branch`. */
  baseBranch: string;
  /** Commit benchmarked (for the index and the labels); may be empty when unknown. */
  sha: string;
  /** `GITHUB_RUN_ID`. */
  runId: string;
  /** `GITHUB_RUN_ATTEMPT`. */
  attempt: number;
}

/** Input of `publishHistory`. */
export interface PublishHistoryInput {
  /** The report store (Blob in the action, Azurite in tests). */
  store: ReportStore;
  /** What the run handed back. */
  result: RunOutcome;
  /** The run's place in history. */
  run: HistoryRun;
  /** Reports a problem that costs history but not the run (`core.warning` in the action). */
  warn: (message: string) => void;
  /** Progress lines (`core.info` in the action). */
  log?: (message: string) => void;
  /** Link to a run on the trend page, with `{runId}` and `{attempt}` placeholders. */
  runUrlTemplate?: string;
}

/** Product name under which a report is filed: the plan's product, else the config name. */
export function historyProductOf(report: RunReport): string {
  return report.target.product ?? report.name;
}

/** Text of a failure for a warning: message, code and hint. */
function describe(error: unknown): string {
  if (error instanceof BenchError) return `${error.message} [${error.code}] ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

/** `branch@sha7`, or the branch alone when the commit is unknown. */
function labelOf(branch: string, sha: string): string {
  return sha === '' ? branch : `${branch}@${sha.slice(0, 7)}`;
}

/**
 * The latest entry comparable with any level of `report`. Entries must come from the same VM
 * size, or also have none when the report has none: a runner's numbers are no baseline for a
 * cloud VM's, and `findBaselineEntry` only filters by a size it is given.
 */
export function pickBaselineEntry(
  index: ReportIndex,
  report: RunReport,
  product: string,
  branch: string,
): IndexEntry | undefined {
  const vmSize = report.environment.vmSize;
  const sameSize: ReportIndex = {
    ...index,
    entries: index.entries.filter((e) => e.vmSize === vmSize),
  };
  let best: IndexEntry | undefined;
  for (const level of report.levels) {
    const found = findBaselineEntry(sameSize, {
      product,
      branch,
      scenario: level.scenario,
      level: level.level,
      model: level.model,
      ...(vmSize !== undefined && { vmSize }),
    });
    if (found && (best === undefined || Date.parse(found.createdAt) > Date.parse(best.createdAt))) {
      best = found;
    }
  }
  return best;
}

/** The config's relative change that counts (`compare.thresholdFraction`), when it set one. */
function storedThresholdFraction(report: RunReport): number | undefined {
  const resolved = report.config.resolved as { compare?: { thresholdFraction?: unknown } } | null;
  const fraction = resolved?.compare?.thresholdFraction;
  return typeof fraction === 'number' && fraction > 0 ? fraction : undefined;
}

/** What the history comparison produced. */
interface HistoryComparison {
  report: RunReport;
  baseline?: RunReport;
  comparison: Comparison;
  thresholds: ThresholdResult[];
  /** `comparison.md`: the verdict table and thresholds. */
  comparisonMarkdown: string;
  /** The job summary and PR comment: the comparison first, then the run's own tables. */
  summaryMarkdown: string;
}

/** Compares `head` with `baseline` (none: the neutral "no baseline yet") and re-judges thresholds. */
function compareWithHistory(
  head: RunReport,
  baseline: { report: RunReport; entry: IndexEntry } | undefined,
  run: HistoryRun,
): HistoryComparison {
  const threshold = storedThresholdFraction(head);
  const comparison = compareReports(baseline ? [baseline.report] : [], [head], {
    mode: 'history',
    baselineLabel: baseline ? labelOf(baseline.entry.branch, baseline.entry.sha) : run.baseBranch,
    candidateLabel: labelOf(run.branch, run.sha),
    ...(threshold !== undefined && { threshold }),
  });
  const parsed = storedThresholds(head);
  // Without the sources (a report built by hand), the run's own judgements stand.
  const thresholds =
    parsed.length > 0 ? evaluateThresholds(parsed, head, comparison) : (head.thresholds ?? []);
  const report: RunReport = {
    ...head,
    comparison,
    ...(thresholds.length > 0 && { thresholds }),
  };
  const comparisonMarkdown = renderComparisonMarkdown(comparison, thresholds, {
    reportLink: 'report.html',
  });
  return {
    report,
    comparison,
    thresholds,
    comparisonMarkdown,
    summaryMarkdown: renderRunSummaryMarkdown(report),
    ...(baseline && { baseline: baseline.report }),
  };
}

/** Finds and downloads the baseline; undefined when history holds none. Throws on store errors. */
async function findHistoryBaseline(
  store: ReportStore,
  head: RunReport,
  product: string,
  branch: string,
): Promise<{ report: RunReport; entry: IndexEntry } | undefined> {
  const index = await store.readIndex(product);
  const entry = pickBaselineEntry(index, head, product, branch);
  if (!entry) return undefined;
  return { report: await store.downloadResult(entry.path), entry };
}

/**
 * Compares the run with its history baseline when it has no same-session one, writes the
 * comparison into the local report directory, then uploads the directory and indexes it. Only
 * complete (`ok`, not partial) runs take part: an interrupted run or a failed target is never a
 * baseline, and judging it against one would blame the code for the infrastructure. Never
 * throws; returns the result with the new verdict and `reportUrl` where those steps succeeded.
 */
export async function publishHistory(input: PublishHistoryInput): Promise<RunOutcome> {
  const { store, run, warn } = input;
  const log = input.log ?? (() => undefined);
  let result = input.result;
  const head = result.report;
  if (head.partial || head.outcome !== 'ok') {
    log(
      `History in Blob: the run ended as "${head.outcome}"${head.partial ? ' (partial)' : ''}; not compared with history and not published.`,
    );
    return result;
  }
  if (run.branch === '') {
    warn(
      'Report history in Blob skipped: the run has no branch (GITHUB_HEAD_REF and GITHUB_REF_NAME are empty). ' +
        'Run the action from a branch, pull request, schedule or dispatch event.',
    );
    return result;
  }
  const product = historyProductOf(head);

  const commandRun = head.levels.length === 0 && (head.benchmarks?.length ?? 0) > 0;
  if (commandRun) {
    // A history comparison reads levels; over none it would stand in for the benchmarks' own
    // verdict (and hide a regressed benchmark behind "no baseline").
    log(
      head.benchmarkComparison
        ? 'History in Blob: the command benchmarks have a same-session baseline; history is not used to judge them.'
        : 'History in Blob: command benchmarks are not compared with history; their trend is charted below.',
    );
  } else if (head.comparison === undefined) {
    let baseline: { report: RunReport; entry: IndexEntry } | undefined;
    let found = true;
    try {
      baseline = await findHistoryBaseline(store, head, product, run.baseBranch);
    } catch (error) {
      found = false;
      warn(
        `Could not read the report history of ${product} on ${run.baseBranch}: ${describe(error)} ` +
          'This run is judged without a history baseline; check storage-account, storage-container ' +
          'and that the Azure identity has Storage Blob Data Contributor on the container.',
      );
    }
    let compared: HistoryComparison | undefined;
    if (found) {
      try {
        compared = compareWithHistory(head, baseline, run);
      } catch (error) {
        warn(
          `Could not compare the run with its history baseline: ${describe(error)} ` +
            'This run is judged without a history baseline.',
        );
      }
    }
    if (compared) {
      log(
        baseline
          ? `History in Blob: compared with ${baseline.entry.path} (${labelOf(baseline.entry.branch, baseline.entry.sha)}): ${compared.comparison.verdict}.`
          : `History in Blob: no comparable report of ${product} on ${run.baseBranch} yet; this run becomes the reference.`,
      );
      const { summaryMarkdown } = compared;
      result = {
        ...runOutcomeOf(compared.report, result.reportDir, {
          summaryMarkdown,
          ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
        }),
      };
      try {
        await writeRenderedFiles(
          result.reportDir,
          [
            { name: 'result.json', text: renderJsonReport(compared.report) },
            { name: 'summary.md', text: summaryMarkdown },
            {
              name: 'comparison.md',
              text: compared.comparisonMarkdown,
            },
            { name: 'comparison.csv', text: renderComparisonCsv(compared.comparison) },
            {
              name: 'report.html',
              text: renderHtmlReport({
                report: compared.report,
                comparison: compared.comparison,
                thresholds: compared.thresholds,
                ...(compared.baseline && { baseline: compared.baseline }),
              }),
            },
          ],
          { overwrite: true, marker: 'comparison.md' },
        );
      } catch (error) {
        warn(
          `Could not write the history comparison into ${result.reportDir}: ${describe(error)} ` +
            'The summary and outputs carry the comparison; the report files hold the run alone.',
        );
      }
    }
  } else {
    log('History in Blob: the run has a same-session baseline; history is not used to judge it.');
  }

  const where = {
    product,
    branch: run.branch,
    runId: run.runId,
    attempt: run.attempt,
    createdAt: new Date(result.report.createdAt),
  };
  const path = reportPath(where);
  let url: string;
  try {
    url = (await store.uploadReportDir(result.reportDir, path)).url;
  } catch (error) {
    warn(
      `Could not publish the report to ${path} in Blob storage: ${describe(error)} ` +
        'The report is still in the artifact; later runs will not find this one as a baseline. ' +
        'Check that the Azure identity has Storage Blob Data Contributor on the container.',
    );
    return result;
  }
  result = { ...result, reportUrl: url };
  let index: ReportIndex;
  try {
    index = await store.updateIndex(
      indexEntryFromReport(result.report, {
        path,
        product,
        branch: run.branch,
        sha: run.sha,
        runId: run.runId,
        attempt: run.attempt,
      }),
    );
    log(`History in Blob: published ${url} and added it to the index of ${product}.`);
  } catch (error) {
    warn(
      `The report was published to ${url} but could not be added to the index of ${product}: ` +
        `${describe(error)} Later runs will not find it as a baseline until it is indexed.`,
    );
    return result;
  }
  return publishTrends({ ...input, result }, index, product);
}

/**
 * The branch's trends after a run joined its history: the series of every scenario, level and
 * VM size of the branch (last runs), the level shifts found in them, `history.html` written into
 * the report directory and beside the branch's reports in the store, and a compact trend with
 * the shifts in words appended to the summary. A failure costs the trend, never the run.
 */
async function publishTrends(
  input: PublishHistoryInput,
  index: ReportIndex,
  product: string,
): Promise<RunOutcome> {
  const { store, run, warn } = input;
  let result = input.result;
  try {
    const settings = resolveChangePointSettings();
    const series = buildHistorySeries(index, {
      branch: run.branch,
      ...(result.report.environment.vmSize !== undefined && {
        vmSize: result.report.environment.vmSize,
      }),
    });
    const changePoints = detectHistoryChangePoints(series, settings);
    const benchmarkSeries = buildBenchmarkHistorySeries(index, {
      branch: run.branch,
      ...(result.report.environment.vmSize !== undefined && {
        vmSize: result.report.environment.vmSize,
      }),
    });
    const benchmarkChangePoints = detectBenchmarkChangePoints(benchmarkSeries, settings);
    const html = renderHistoryHtml({
      product,
      branch: run.branch,
      series,
      changePoints,
      settings,
      generatedAt: new Date(result.report.createdAt).toISOString(),
      toolVersion: result.report.environment.toolVersion,
      links: {
        reportBase: HISTORY_REPORT_BASE,
        ...(input.runUrlTemplate !== undefined && { runUrlTemplate: input.runUrlTemplate }),
      },
    });
    await writeRenderedFiles(result.reportDir, [{ name: 'history.html', text: html }], {
      overwrite: true,
      marker: 'history.html',
    });
    const historyUrl = await store.uploadFile(historyPagePath(product, run.branch), html);
    const trend = renderHistoryMarkdown({
      product,
      branch: run.branch,
      series,
      changePoints,
      settings,
      historyLink: historyUrl,
      ...(benchmarkSeries.length > 0 && {
        benchmarks: { series: benchmarkSeries, changePoints: benchmarkChangePoints },
      }),
    });
    result = {
      ...result,
      summaryMarkdown: `${result.summaryMarkdown}\n${trend}`,
      history: { url: historyUrl, changePoints },
    };
    (input.log ?? (() => undefined))(
      `History in Blob: ${series.length} series of ${product} on ${run.branch}, ${changePoints.length} level shift(s)${benchmarkSeries.length > 0 ? `; ${benchmarkSeries.length} benchmark series, ${benchmarkChangePoints.length} shift(s)` : ''}; ${historyUrl}`,
    );
  } catch (error) {
    warn(`Could not publish the history trends of ${product} on ${run.branch}: ${describe(error)}`);
  }
  return result;
}

/** Where a product branch's `history.html` lives in the store: beside its reports. */
export function historyPagePath(product: string, branch: string): string {
  return `${reportPath({ product, branch, runId: 'x', attempt: 1, createdAt: new Date(0) })
    .split('/')
    .slice(0, 2)
    .join('/')}/history.html`;
}

/**
 * From `<product>/<branch>/history.html` back to the store's root, so report paths
 * (`<product>/<branch>/yyyy/mm/dd/<run>`) resolve from the page.
 */
const HISTORY_REPORT_BASE = '../../';
