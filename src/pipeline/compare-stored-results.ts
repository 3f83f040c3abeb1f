/**
 * `bench compare`: the history case. Two stored results, one round each, are compared with the
 * same rules as an A/B (intervals from the per-second series, since one round cannot show how
 * much whole runs differ), and the verdicts are written as Markdown, CSV and HTML.
 */
import path from 'node:path';
import { storedThresholds } from '../core/stats/stored-thresholds.js';
import { compactUtcStamp } from '../core/report/run-ids.js';
import { renderComparisonCsv } from '../core/report/comparison-csv.js';
import { renderComparisonMarkdown } from '../core/report/comparison-markdown.js';
import type { Comparison, ThresholdResult } from '../core/report/comparison-model.js';
import { renderHtmlReport } from '../core/report/html.js';
import type { RunReport } from '../core/report/model.js';
import { compareReports } from '../core/stats/compare.js';
import { evaluateThresholds } from '../core/stats/thresholds.js';
import { readRunReport } from '../edges/files/read-run-report.js';
import { writeRenderedFiles } from '../edges/files/write-report-dir.js';

/** Options of `compareStoredResults`. */
export interface CompareStoredOptions {
  /** The baseline's `result.json`, absolute. */
  basePath: string;
  /** The candidate's `result.json`, absolute. */
  headPath: string;
  /** Base of the default output directory. */
  cwd: string;
  /** Output directory; default `reports/compare-<UTC time>` under `cwd`. */
  outDir?: string;
  /** Replace an earlier comparison in `outDir`. */
  overwrite?: boolean;
  /** Relative change that counts, as a fraction; default that of `compareReports` (5%). */
  threshold?: number;
  /** Clock, for the default directory name. */
  now?: Date;
}

/** What `compareStoredResults` produced. */
export interface CompareStoredResult {
  comparison: Comparison;
  /** The candidate's own thresholds (from its resolved config), evaluated against the comparison. */
  thresholds: ThresholdResult[];
  /** Output directory, absolute. */
  dir: string;
  /** Files written. */
  files: string[];
}

/** Compares two stored results and writes `comparison.md`, `comparison.csv` and `report.html`. */
export async function compareStoredResults(
  opts: CompareStoredOptions,
): Promise<CompareStoredResult> {
  const base = await readRunReport(opts.basePath, 'baseline');
  const head = await readRunReport(opts.headPath, 'candidate');
  const comparison = compareReports([base], [head], {
    mode: 'history',
    baselineLabel: labelOf(base),
    candidateLabel: labelOf(head),
    ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
  });
  const thresholds = evaluateThresholds(storedThresholds(head), head, comparison);
  const dir = path.resolve(
    opts.cwd,
    opts.outDir ?? path.join('reports', `compare-${compactUtcStamp(opts.now ?? new Date())}`),
  );
  const files = await writeRenderedFiles(
    dir,
    [
      {
        name: 'comparison.md',
        text: renderComparisonMarkdown(comparison, thresholds, { reportLink: 'report.html' }),
      },
      { name: 'comparison.csv', text: renderComparisonCsv(comparison) },
      {
        name: 'report.html',
        text: renderHtmlReport({ report: head, baseline: base, comparison, thresholds }),
      },
    ],
    { overwrite: opts.overwrite, marker: 'comparison.md' },
  );
  return { comparison, thresholds, dir, files };
}

/** A report's name in labels: config name, start time and commit when known. */
function labelOf(report: RunReport): string {
  const sha = report.environment.gitSha ? ` @ ${report.environment.gitSha.slice(0, 7)}` : '';
  return `${report.name} ${report.startedAt.slice(0, 19)}Z${sha}`;
}
