/**
 * The seam between the action's steps and the code that benchmarks. The main step calls `run`
 * and publishes what it returns; the post step calls `cleanUp`. Anything that provisions,
 * deploys, measures, compares or stores lives behind this interface, so the GitHub-facing code
 * can be tested with a small in-test implementation passed to the exported `run`.
 */
import type { WorkflowRun } from '../edges/github/action-context.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import type { ActionState } from '../edges/github/state-helper.js';
import type { RunOutcome } from '../pipeline/run-outcome.js';

/** What a finished (or interrupted) run hands back for publishing. */
export type PipelineResult = RunOutcome;

/** Services the main step lends the pipeline while it runs. */
export interface PipelineRunContext {
  /** Aborted on SIGINT/SIGTERM: stop the load, return what was measured with `partial: true`. */
  signal: AbortSignal;
  /**
   * Records state for the post step at once. Call it with the resource group name *before*
   * the first Azure call that creates anything, and with the report directory once known.
   */
  saveState: (patch: Partial<ActionState>) => void;
  /** This step's workflow run, made unique per step and matrix leg (see `runIdentityFor`). */
  run: WorkflowRun;
}

/** What the post step learns from `cleanUp`. */
export interface CleanUpResult {
  /** Resource groups whose deletion was confirmed (or that no longer existed). */
  deleted: string[];
  /** Resource groups whose deletion could not be confirmed; the janitor will retry. */
  pending: string[];
  /** One line for the log. */
  message: string;
}

/** Services the post step lends the pipeline while it cleans up. */
export interface PipelineCleanUpContext {
  /** Settings from the inputs (the post step sees the same inputs as the main step). */
  settings: ActionSettings;
  /** This step's workflow run: with no resource group in state, find groups by its tags. */
  run: WorkflowRun;
}

/** Output of `mode: plan`. */
export interface PlanResult {
  /** The plan in Markdown for the job summary. */
  summaryMarkdown: string;
}

/** Output of `mode: preflight`. */
export interface PreflightResult {
  /** True when no check failed: a run could start. */
  ok: boolean;
  /** The checklist, one line per check with the fix under each failure. */
  checklist: string;
}

/** The benchmark pipeline as the action steps see it. */
export interface ActionPipeline {
  /** Runs the benchmark (`mode: run`). Rejects with a `BenchError` on input or infrastructure errors. */
  run(settings: ActionSettings, context: PipelineRunContext): Promise<PipelineResult>;
  /** Deletes what the run created. Must be safe to call twice and with empty state. */
  cleanUp(state: ActionState, context: PipelineCleanUpContext): Promise<CleanUpResult>;
  /** Shows what would be provisioned without calling Azure (`mode: plan`). */
  plan?(settings: ActionSettings, context: { run: WorkflowRun }): Promise<PlanResult>;
  /** Checks the subscription's set-up without creating anything (`mode: preflight`). */
  preflight?(settings: ActionSettings): Promise<PreflightResult>;
  /** Deletes tagged resource groups past their expiry (`mode: janitor`). */
  janitor?(settings: ActionSettings, context: { signal: AbortSignal }): Promise<CleanUpResult>;
}

/** Builds the pipeline for a set of settings. */
export type PipelineFactory = (
  settings: ActionSettings,
) => ActionPipeline | Promise<ActionPipeline>;
