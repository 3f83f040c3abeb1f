/**
 * The pipeline behind `provider: local` and `provider: url`: the same local run the `bench`
 * CLI does (`runLocalPlan`: an A/B in interleaved rounds when the config names a baseline), on
 * the runner itself. It creates no cloud resources, so clean-up has nothing to do.
 */
import * as core from '@actions/core';
import { inputError } from '../core/errors.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import type { ActionPipeline } from './action-pipeline.js';
import { actionReportDir, productLookup, workspaceOf, workspacePath } from './workspace.js';

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
      // Loaded here, not at the top: the post step builds this pipeline only to learn that a
      // local run has nothing to clean up, and should not parse the load engine to do so.
      const [{ loadPlan }, { runLocalPlan }, { runOutcomeOf }] = await Promise.all([
        import('../edges/files/load-plan.js'),
        import('../pipeline/run-local.js'),
        import('../pipeline/run-outcome.js'),
      ]);
      const cwd = workspaceOf();
      const plan = await loadPlan(
        workspacePath('config', settings.configPath),
        {
          ...(settings.levels ? { levels: settings.levels } : {}),
          ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
          provider: 'local',
        },
        productLookup(settings),
      );
      if (settings.provider === 'url' && plan.target.kind !== 'url') {
        throw inputError(
          'TARGET_NOT_URL',
          `provider: url needs a config whose target is a url, but ${settings.configPath} names a ${plan.target.kind} target.`,
        );
      }
      const reportDir = actionReportDir(context.run);
      // The report directory goes to state before the run, so a cancelled run's files are found.
      context.saveState({ reportDir });
      const result = await runLocalPlan({
        plan,
        cwd,
        outDir: reportDir,
        overwrite: true,
        signal: context.signal,
        log: (line: string) => core.info(line),
      });
      return runOutcomeOf(result.report, result.dir);
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
