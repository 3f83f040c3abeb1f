/**
 * What travels between the action and the load-VM runner, and where it lies in Blob. Only Blob
 * carries it: the plan and the runner bundle go down through read-only SAS URLs, results come
 * back through a write-only SAS, one file per level, plus a heartbeat and the runner's log.
 *
 * Layout under a run's prefix:
 *   inputs/plan.json                         encoded plan (plan-codec.ts)
 *   inputs/runner.mjs                        the runner bundle (ESM)
 *   results/agent-<i>/status.json            heartbeat and outcome (runner-status.ts)
 *   results/agent-<i>/runner.log             the runner's log
 *   results/agent-<i>/levels/NNNN-<scenario>-<level>.json   one level (runner-result-codec.ts)
 *   results/agent-<i>/levels/NNNN-<scenario>-<level>.hlog   its HdrHistogram interval log
 */
import type { BenchPlan } from '../config/plan.js';
import type { LevelMeasurement } from '../engine/measurement.js';
import type { AbRoundPlan } from './plan-codec.js';
import type { RunnerResult } from './runner-result-codec.js';
import type { RunnerState, RunnerStatus } from './runner-status.js';

/** Blob name of the encoded plan, relative to the run prefix. */
export const PLAN_BLOB = 'inputs/plan.json';
/**
 * Blob name of the runner bundle, relative to the run prefix. `.mjs` because the ESM bundle is
 * run on its own, without the `package.json` that marks its folder as ESM.
 */
export const RUNNER_BUNDLE_BLOB = 'inputs/runner.mjs';
/** Folder the runners write to, relative to the run prefix. */
export const RESULTS_FOLDER = 'results';
/** Name of the heartbeat file in an agent's results folder. */
export const STATUS_BLOB = 'status.json';
/** Name of the log file in an agent's results folder. */
export const LOG_BLOB = 'runner.log';

/** An agent's results folder relative to the results URL, e.g. `agent-0`. */
export function agentFolder(agentIndex: number): string {
  return `agent-${agentIndex}`;
}

/** Base name (no extension) of a level's files, e.g. `0003-mt103-standard-32`. */
export function levelFileStem(levelIndex: number, scenario: string, level: number): string {
  return `${String(levelIndex).padStart(4, '0')}-${toPathSegment(`${scenario}-${level}`)}`;
}

/** Keeps letters, digits, `.`, `_` and `-` (others become `-`), never empty, at most 100 chars. */
export function toPathSegment(text: string): string {
  const clean = text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return clean.slice(0, 100) || 'unnamed';
}

/**
 * Scenario × level runs in a plan: the number of level files a finished agent writes (for one
 * round of a same-VM A/B, one per side and step).
 */
export function countPlanLevels(plan: BenchPlan, round?: AbRoundPlan): number {
  return round ? 2 * round.steps.length : plan.scenarios.length * plan.load.levels.length;
}

/** Time the plan's levels take back to back (warm-up, window, cool-down each), ms. */
export function estimatePlanDurationMs(plan: BenchPlan): number {
  const { warmupMs, durationMs, cooldownMs } = plan.load;
  return countPlanLevels(plan) * (warmupMs + durationMs + cooldownMs);
}

/**
 * The plan as a load VM receives it: the same levels and scenarios, without what the load VM
 * does not need and Blob should not keep (the product's environment, which may hold secrets,
 * and the resolved config). The runner takes its target from `BENCH_TARGET_URL`.
 */
export function planForLoadAgent(plan: BenchPlan): BenchPlan {
  const target = plan.target.kind === 'url' ? plan.target : { ...plan.target, env: {} };
  return { ...plan, target, resolvedConfig: null };
}

/** SAS URLs handed to a load VM. Secrets: pass each to the log mask before showing anything. */
export interface RunnerInputUrls {
  /** `plan.json`, read only. */
  planUrl: string;
  /** The runner bundle, read only. */
  bundleUrl: string;
  /** The run's results folder; create and write only (no read, list or delete). */
  resultsUrl: string;
  /** When all three stop working, ISO 8601 UTC. */
  expiresOn: string;
}

/** What `uploadRunnerInputs` needs. */
export interface RunnerInputs {
  /** The run's folder in the exchange container, e.g. `owner-repo/123-1/load`. */
  prefix: string;
  plan: BenchPlan;
  /** One round of a same-VM A/B, run against both sides; absent for a run of one target. */
  abRound?: AbRoundPlan;
  /** Local path of the bundled runner (`dist/runner/index.js`). */
  runnerBundlePath: string;
  /** SAS lifetime; default: the plan's duration plus a margin for provisioning. */
  validForMs?: number;
}

/** A named text file read back from a runner's folder. */
export interface RunnerTextFile {
  /** Path relative to the results folder, e.g. `agent-0/levels/0000-health-8.hlog`. */
  name: string;
  text: string;
}

/** Everything one load agent wrote. */
export interface AgentResults {
  agentIndex: number;
  /** Its last heartbeat; undefined when it never wrote one. */
  status: RunnerStatus | undefined;
  /** Its levels in plan order. */
  levels: RunnerResult[];
  hlogs: RunnerTextFile[];
  /** Its log (empty when it never wrote one). */
  log: string;
}

/** Overall state of a run's agents: the worst of them (`not-started`: no heartbeat yet). */
export type RunnerResultsState = RunnerState | 'not-started';

/** What `readRunnerResults` returns. */
export interface RunnerResults {
  /** Worst state over the agents: failed, interrupted, running, not-started, finished. */
  status: RunnerResultsState;
  /** Every agent's measurements, agent by agent, each in plan order (merge by scenario and level). */
  measurements: LevelMeasurement[];
  /** Every `.hlog` file. */
  hlogs: RunnerTextFile[];
  /** Each agent's log, named `agent-<i>/runner.log`. */
  logs: RunnerTextFile[];
  /** Per-agent detail, by agent index. */
  agents: AgentResults[];
}

/** Folder of the run commands' logs, relative to the run prefix: `logs/<command>/stdout.log`. */
export const COMMAND_LOGS_FOLDER = 'logs';

/** Where one run command's standard output and error go (managed run commands stream them there). */
export interface CommandLogUrls {
  /** The command's `outputBlobUri`: an append blob's SAS URL with read, add, create and write. Secret. */
  outputBlobUri: string;
  /** The command's `errorBlobUri`, likewise. Secret. */
  errorBlobUri: string;
  /** The output blob without a SAS, to link from messages and reports. */
  outputUrl: string;
  /** The error blob without a SAS. */
  errorUrl: string;
}

/** The action's side of the exchange with load VMs. */
export interface RunExchange {
  /**
   * Obtains what signs the run's SAS URLs (a user delegation key, unless the connection holds an
   * account key) for a run of `plan`, before anything is created: a missing role then fails the
   * run in seconds instead of after the VMs are up. `uploadRunnerInputs` reuses it.
   */
  prepareSigning(plan: BenchPlan): Promise<void>;
  /**
   * Signs, for each run command name, two append blobs under `<prefix>/logs/<name>/` that Azure
   * streams the command's output and errors to (a SAS per blob: read, add, create and write, as
   * the run-command handler needs), valid for a run of `plan`.
   */
  createCommandLogs(
    prefix: string,
    plan: BenchPlan,
    commandNames: readonly string[],
  ): Promise<Record<string, CommandLogUrls>>;
  /** Uploads plan and bundle under `prefix` and returns least-privilege, short-lived SAS URLs. */
  uploadRunnerInputs(inputs: RunnerInputs): Promise<RunnerInputUrls>;
  /**
   * Reads what the runners wrote under `prefix` so far (safe to call while they run). With
   * `agentCount`, agents that wrote nothing are listed as not started.
   */
  readRunnerResults(prefix: string, opts?: { agentCount?: number }): Promise<RunnerResults>;
  /** Deletes every blob under `prefix` (inputs and results) once the results are read; returns how many. */
  deleteRunFiles(prefix: string): Promise<number>;
}

const STATE_SEVERITY: Record<RunnerResultsState, number> = {
  failed: 4,
  interrupted: 3,
  running: 2,
  'not-started': 1,
  finished: 0,
};

/** The worst of the agents' states; `not-started` when there are none. */
export function combineRunnerStates(states: RunnerResultsState[]): RunnerResultsState {
  let worst: RunnerResultsState | undefined;
  for (const s of states) {
    if (worst === undefined || STATE_SEVERITY[s] > STATE_SEVERITY[worst]) worst = s;
  }
  return worst ?? 'not-started';
}
