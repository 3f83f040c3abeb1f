/**
 * The seam between the action's steps and the code that actually benchmarks. The main step
 * calls `run` and publishes what it returns; the post step calls `cleanUp`. Anything that
 * provisions, deploys, measures, compares or stores lives behind this interface, so the
 * GitHub-facing code can be tested with a small in-test implementation.
 */
import type { RunReport } from '../../core/report/model.js';
import type { Verdict } from './constants.js';
import type { ActionSettings } from './input-helper.js';
import type { ActionState } from './state-helper.js';

/** One regression, as listed in the `regressions` output and the PR comment. */
export interface RegressionFinding {
  /** Scenario name. */
  scenario: string;
  /** Connections (closed model) or offered req/s (open model). */
  level: number;
  /** Metric that got worse, e.g. `p99` or `successRps`. */
  metric: string;
  /** The finding in words. */
  reason: string;
  /** Baseline value (µs, req/s or fraction), when known. */
  baseline?: number;
  /** Candidate value, same unit as `baseline`. */
  candidate?: number;
  /** Relative or absolute change, as the comparison computed it. */
  change?: number;
}

/** What a finished (or interrupted) run hands back for publishing. */
export interface PipelineResult {
  /** Local directory holding `result.json`, `summary.md`, CSV and `.hlog` files. */
  reportDir: string;
  /** The run report (`partial: true` when interrupted). */
  result: RunReport;
  /** Markdown for the job summary and the PR comment (comparison included, if any). */
  summaryMarkdown: string;
  /** Overall verdict. */
  verdict: Verdict;
  /** Regressions found; empty when none. */
  regressions: RegressionFinding[];
  /** Azure resource group used by the run. */
  resourceGroup?: string;
  /** URL of the report in Blob storage. */
  reportUrl?: string;
}

/** Services the main step lends the pipeline while it runs. */
export interface PipelineRunContext {
  /** Aborted on SIGINT/SIGTERM: stop the load, return what was measured with `partial: true`. */
  signal: AbortSignal;
  /**
   * Records state for the post step at once. Call it with the resource group name *before*
   * the first Azure call that creates anything, and with the report directory once written.
   */
  saveState: (patch: Partial<ActionState>) => void;
  /** Identity of this workflow run, for resource names and tags. */
  run: RunIdentity;
}

/** Identity of the workflow run, used for resource group names and tags. */
export interface RunIdentity {
  /** `owner/name`. */
  repository: string;
  /** `GITHUB_RUN_ID`. */
  runId: string;
  /** `GITHUB_RUN_ATTEMPT`. */
  runAttempt: number;
  /** `GITHUB_JOB`, plus `-<hash>` of the inputs that tell matrix entries apart (see `runIdentityFor`). */
  job: string;
  /** Link to the run, for tags and reports. */
  runUrl: string;
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
  /** Identity of this run: with no resource group in state, find groups by these tags. */
  run: RunIdentity;
}

/** Output of `mode: plan`. */
export interface PlanResult {
  /** The plan in Markdown for the job summary. */
  summaryMarkdown: string;
}

/** The benchmark pipeline as the action steps see it. */
export interface ActionPipeline {
  /** Runs the benchmark (`mode: run`). Rejects with a `BenchError` on input or infrastructure errors. */
  run(settings: ActionSettings, context: PipelineRunContext): Promise<PipelineResult>;
  /** Deletes what the run created. Must be safe to call twice and with empty state. */
  cleanUp(state: ActionState, context: PipelineCleanUpContext): Promise<CleanUpResult>;
  /** Shows what would be provisioned without calling Azure (`mode: plan`). */
  plan?(settings: ActionSettings): Promise<PlanResult>;
  /** Deletes tagged resource groups past their expiry (`mode: janitor`). */
  janitor?(settings: ActionSettings, context: { signal: AbortSignal }): Promise<CleanUpResult>;
}

/** Builds the pipeline for a set of settings. */
export type PipelineFactory = (settings: ActionSettings) => Promise<ActionPipeline>;
