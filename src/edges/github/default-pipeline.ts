/**
 * Chooses the pipeline and artifact uploader the action steps use: the local pipeline for
 * `local` and `url`, the Azure pipeline for `azure`, or a test module's where tests allow it.
 */
import { pathToFileURL } from 'node:url';
import { BenchError } from '../../core/errors.js';
import type { ActionPipeline, PipelineFactory } from './action-pipeline.js';
import { PIPELINE_MODULE_ENV } from './constants.js';
import type { ActionSettings } from './input-helper.js';
import { createAzureActionPipeline } from './azure-action-pipeline.js';
import { createLocalActionPipeline } from './local-action-pipeline.js';
import { createDefaultUploader, type ReportUploader } from './report-artifact.js';

/** Shape of a module named by `BENCH_ACTION_PIPELINE_MODULE` (tests only). */
export interface PipelineModule {
  /** Builds the pipeline for the settings. */
  createPipeline(settings: ActionSettings): ActionPipeline | Promise<ActionPipeline>;
  /** Optional uploader replacing `@actions/artifact` (which needs a real runner). */
  createUploader?(): ReportUploader;
}

/** The pipeline factory and uploader the steps use. */
export interface ActionServices {
  /** Builds the pipeline once the settings are known. */
  createPipeline: PipelineFactory;
  /** Uploads the report artifact. */
  uploader: ReportUploader;
}

/** Builds the built-in pipeline for `settings.provider`. */
export function createDefaultPipeline(settings: ActionSettings): Promise<ActionPipeline> {
  if (settings.provider === 'local' || settings.provider === 'url') {
    return Promise.resolve(createLocalActionPipeline());
  }
  // Azure: the run on VMs, the post step's clean-up and the janitor.
  return Promise.resolve(createAzureActionPipeline());
}

/**
 * Loads the module named by `BENCH_ACTION_PIPELINE_MODULE`. Only when `NODE_ENV=test`: a
 * workflow must never be able to replace the code that holds its Azure identity.
 */
export async function loadPipelineModule(
  env: NodeJS.ProcessEnv = process.env,
): Promise<PipelineModule | undefined> {
  const path = env[PIPELINE_MODULE_ENV];
  if (!path || env.NODE_ENV !== 'test') return undefined;
  const specifier = pathToFileURL(path).href;
  // webpackIgnore keeps ncc from turning this into a require of a bundled module: the bundle
  // must load the file from disk, as the TypeScript entry point does.
  const loaded = (await import(/* webpackIgnore: true */ specifier)) as Partial<PipelineModule>;
  if (typeof loaded.createPipeline !== 'function') {
    throw new BenchError(
      'INTERNAL_ERROR',
      `${path} does not export createPipeline(settings).`,
      `Export createPipeline from the module named by ${PIPELINE_MODULE_ENV}.`,
    );
  }
  return loaded as PipelineModule;
}

/** The services for this process: the test module's when allowed and set, else the built-ins. */
export async function resolveActionServices(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionServices> {
  const module = await loadPipelineModule(env);
  if (module === undefined) {
    return { createPipeline: createDefaultPipeline, uploader: createDefaultUploader() };
  }
  return {
    createPipeline: async (settings) => module.createPipeline(settings),
    uploader: module.createUploader?.() ?? createDefaultUploader(),
  };
}
