/**
 * The pipeline behind `provider: local` and `provider: url`: the same local run the `bench`
 * CLI does, on the runner itself (an A/B in interleaved rounds when the config names a
 * baseline), with the same verdicts and thresholds. It creates no cloud resources, so clean-up
 * has nothing to do.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { inputError } from '../../core/errors.js';
import { renderMarkdownReport } from '../../core/report/markdown.js';
import { loadPlan } from '../files/load-plan.js';
import { runLocalBenchmark } from '../../pipeline/run-local.js';
import { runComparison } from '../../pipeline/run-comparison.js';
import { renderComparisonMarkdown } from '../../core/report/comparison-markdown.js';
import type { Comparison, ThresholdResult } from '../../core/report/comparison-model.js';
import type { RunReport } from '../../core/report/model.js';
import type { RegressionFinding } from './action-pipeline.js';
import { compareReports } from '../../core/stats/compare.js';
import { hasThresholdFailure } from '../../core/stats/thresholds.js';
import type { ActionPipeline } from './action-pipeline.js';
import type { Verdict } from './constants.js';
import type { ActionSettings } from './input-helper.js';

/** Where relative paths and the report directory are resolved: the checked-out workspace. */
function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

/** Builds the local pipeline. */
export function createLocalActionPipeline(): ActionPipeline {
  return {
    async run(settings: ActionSettings, context) {
      if (settings.configPath === undefined) {
        throw inputError(
          'CONFIG_REQUIRED',
          `provider: ${settings.provider} needs a config file.`,
          'Set `config`, e.g. configs/demo.yml; `product` alone is only enough for Azure runs.',
        );
      }
      const cwd = workspace();
      const plan = await loadPlan(path.resolve(cwd, settings.configPath), {
        ...(settings.levels ? { levels: settings.levels } : {}),
        ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
        provider: 'local',
      });
      if (settings.provider === 'url' && plan.target.kind !== 'url') {
        throw inputError(
          'TARGET_NOT_URL',
          `provider: url needs a config whose target is a url, but ${settings.configPath} names a ${plan.target.kind} target.`,
          'Use provider: local to start that target on the runner, or give the config `target: { url: … }`.',
        );
      }
      const runDir = `bench-${context.run.runId}-${context.run.runAttempt}-${context.run.job}`;
      const outDir = path.join(process.env.RUNNER_TEMP ?? path.join(cwd, 'reports'), runDir);
      // The report directory goes to state before the run, so a cancelled run's files are found.
      context.saveState({ reportDir: outDir });
      const options = {
        plan,
        cwd,
        outDir,
        overwrite: true,
        signal: context.signal,
        log: (line: string) => core.info(line),
      };
      const result = plan.baseline
        ? await runComparison(options)
        : await runLocalBenchmark(options);
      const report = result.report;
      const thresholds = report.thresholds ?? [];
      const summaryMarkdown =
        report.comparison !== undefined || thresholds.length > 0
          ? `${renderComparisonMarkdown(noBaselineIfMissing(report), thresholds, { reportLink: 'report.html' })}\n${renderMarkdownReport(report)}`
          : renderMarkdownReport(report);
      return {
        reportDir: result.dir,
        result: report,
        summaryMarkdown,
        verdict: verdictOf(report),
        regressions: regressionsOf(report.comparison, thresholds),
      };
    },
    cleanUp() {
      return Promise.resolve({
        deleted: [],
        pending: [],
        message: 'Local run: no cloud resources to clean up.',
      });
    },
  };
}

/** The comparison to show: the run's own, or the neutral "no baseline yet" one. */
function noBaselineIfMissing(report: RunReport): Comparison {
  return report.comparison ?? compareReports([], [report]);
}

/** The action's verdict for a finished local run. */
export function verdictOf(report: RunReport): Verdict {
  if (report.outcome === 'interrupted') return 'interrupted';
  if (report.outcome === 'target-failure') return 'target-failure';
  if (hasThresholdFailure(report.thresholds ?? [])) return 'threshold-failed';
  switch (report.comparison?.verdict) {
    case 'regression':
      return 'regression';
    case 'improvement':
      return 'improvement';
    case 'no-change':
      return 'no-change';
    case 'inconclusive':
      return 'inconclusive';
    case 'no-baseline':
      return 'no-baseline';
    default:
      return 'pass';
  }
}

/** Regressions and failed thresholds, as listed in the `regressions` output and the comment. */
export function regressionsOf(
  comparison: Comparison | undefined,
  thresholds: readonly ThresholdResult[],
): RegressionFinding[] {
  const found: RegressionFinding[] = (comparison?.metrics ?? [])
    .filter((m) => m.verdict === 'regression')
    .map((m) => ({
      scenario: m.scenario,
      level: m.level,
      metric: m.metric,
      reason: m.reason,
      baseline: m.baseline,
      candidate: m.candidate,
      change: m.change,
    }));
  for (const t of thresholds) {
    if (t.status !== 'fail') continue;
    found.push({ scenario: t.scenario, level: t.level, metric: t.threshold, reason: t.message });
  }
  return found;
}
