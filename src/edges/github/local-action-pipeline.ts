/**
 * The pipeline behind `provider: local` and `provider: url`: the same local run the `bench`
 * CLI does, on the runner itself. It creates no cloud resources, so clean-up has nothing to do.
 * Comparisons and thresholds are not judged here yet: a finished run's verdict is `pass`.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { inputError } from '../../core/errors.js';
import { renderMarkdownReport } from '../../core/report/markdown.js';
import { loadPlan } from '../files/load-plan.js';
import { runLocalBenchmark } from '../../pipeline/run-local.js';
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
      const result = await runLocalBenchmark({
        plan,
        cwd,
        outDir,
        overwrite: true,
        signal: context.signal,
        log: (line) => core.info(line),
      });
      const verdict: Verdict =
        result.report.outcome === 'interrupted'
          ? 'interrupted'
          : result.report.outcome === 'target-failure'
            ? 'target-failure'
            : 'pass';
      return {
        reportDir: result.dir,
        result: result.report,
        summaryMarkdown: renderMarkdownReport(result.report),
        verdict,
        regressions: [],
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
