/**
 * The rounds of a same-VM A/B on Azure, driven by the one A/B sequence (`ab-sequence.ts`) the
 * local A/B uses: ask it for the next round's order, hand that round to the load VMs through
 * Blob (one run command per load VM and round, all agents from one start time), merge each
 * side's levels over the agents, give the round back to the sequence and stop when it says so.
 * Both containers stay up on the product VM for the whole run; the runner loads them one at a
 * time in the scheduled order (interleaved) or both at once at half the load each (duet).
 */
import type { BenchPlan } from '../../core/config/plan.js';
import type { LevelMeasurement, ProcessSample } from '../../core/engine/measurement.js';
import { runCommandNames } from '../../core/azure/run-names.js';
import type { CommandLogUrls, RunnerResults } from '../../core/remote/run-exchange.js';
import type { LevelReport } from '../../core/report/model.js';
import type { AbSequence } from '../../core/stats/ab-sequence.js';
import type { AbSide } from '../../core/stats/ab-schedule.js';
import type { ProvisionedRun } from '../../edges/azure/fleet.js';
import { mergeAgentLevels } from './assemble-azure-report.js';
import { runAgentsAndWatch } from './run-agents.js';
import type { AzureRunDeps } from './run-azure.js';

/** What each round's load VMs wrote, as read back from Blob. */
export interface AzureAbRound {
  /** Round number, from 1. */
  round: number;
  /** The agents' results of the round (both sides). */
  results: RunnerResults;
  /** The common start time the agents were given, epoch ms. */
  startAtMs: number;
}

/** What `runAzureAbRounds` needs. */
export interface AzureAbRoundsInput {
  deps: AzureRunDeps;
  plan: BenchPlan;
  sequence: AbSequence;
  mode: 'interleaved' | 'duet';
  provisioned: ProvisionedRun;
  /** The run's Blob prefix; round `n` lives under `<prefix>/round-<n>`. */
  prefix: string;
  timing: { resultsPollMs: number; heartbeatStaleMs: number; startDelayMs: number };
  /** Room on top of a round's duration before Azure stops a runner, s. */
  runnerMarginSeconds: number;
  /** The candidate's and the baseline's URL on the product VM's private address. */
  urls: Record<AbSide, string>;
  /** Append blobs of each run command, by name. */
  commandLogs: Record<string, CommandLogUrls>;
  /** Every round read back so far (kept by the caller, so an abort keeps them too). */
  rounds: AzureAbRound[];
}

/** The part of a round's results that loaded one side. */
export function resultsOfSide(results: RunnerResults, side: AbSide): RunnerResults {
  const agents = results.agents.map((a) => ({
    ...a,
    levels: a.levels.filter((l) => l.side === side),
  }));
  return {
    ...results,
    agents,
    measurements: agents.flatMap((a) => a.levels.map((l) => l.measurement)),
  };
}

/** One side's levels of one round, merged over the agents, with that container's samples. */
export function sideLevels(
  plan: BenchPlan,
  round: AzureAbRound,
  side: AbSide,
  agentCount: number,
  serverSamples: ProcessSample[],
  notes: string[] = [],
): { levels: LevelReport[]; measurements: LevelMeasurement[] } {
  return mergeAgentLevels({
    plan,
    results: resultsOfSide(round.results, side),
    agentCount,
    serverSamples,
    notes,
  });
}

/** Wall time of one round's load (both sides), ms. */
function roundDurationMs(plan: BenchPlan, steps: number, mode: 'interleaved' | 'duet'): number {
  const { warmupMs, durationMs, cooldownMs } = plan.load;
  return steps * (mode === 'duet' ? 1 : 2) * (warmupMs + durationMs + cooldownMs);
}

/** Runs rounds until the sequence stops; the rounds land in `input.rounds` as they end. */
export async function runAzureAbRounds(input: AzureAbRoundsInput): Promise<void> {
  const { deps, plan, sequence, provisioned, timing } = input;
  const now = deps.now ?? (() => new Date());
  const agentCount = provisioned.loadVms.length;
  const began = now().getTime();
  for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
    const roundPrefix = `${input.prefix}/round-${scheduled.round}`;
    deps.log(
      `A/B round ${scheduled.round} (${input.mode}): ${scheduled.steps
        .map(
          (s) =>
            `${s.scenario}@${s.level}: ${s.order.join(input.mode === 'duet' ? ' with ' : ' then ')}`,
        )
        .join('; ')}`,
    );
    const urls = await deps.exchange.uploadRunnerInputs({
      prefix: roundPrefix,
      plan,
      abRound: { ...scheduled, mode: input.mode },
      runnerBundlePath: deps.runnerBundlePath,
    });
    for (const secret of [urls.planUrl, urls.bundleUrl, urls.resultsUrl]) deps.maskSecret(secret);
    const startAtMs = now().getTime() + timing.startDelayMs;
    const results = await runAgentsAndWatch({
      deps,
      provisioned,
      prefix: roundPrefix,
      timing,
      bundleUrl: urls.bundleUrl,
      runnerTimeoutSeconds: Math.ceil(
        (roundDurationMs(plan, scheduled.steps.length, input.mode) + timing.startDelayMs) / 1000 +
          input.runnerMarginSeconds,
      ),
      logs: (index) => input.commandLogs[runCommandNames.runner(index)],
      agent: (index) => {
        const logs = input.commandLogs[runCommandNames.runner(index)];
        return {
          ...(logs && { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri }),
          parameters: {
            BENCH_TARGET_URL: input.urls.candidate,
            BENCH_BASELINE_URL: input.urls.baseline,
            BENCH_AGENT_INDEX: String(index),
            BENCH_AGENT_COUNT: String(agentCount),
            BENCH_START_AT: String(startAtMs),
          },
          protectedParameters: { BENCH_PLAN_URL: urls.planUrl, BENCH_RESULTS_URL: urls.resultsUrl },
        };
      },
    });
    const round: AzureAbRound = { round: scheduled.round, results, startAtMs };
    input.rounds.push(round);
    const decision = sequence.recordRound(
      {
        round: scheduled.round,
        baseline: sideLevels(plan, round, 'baseline', agentCount, []).levels,
        candidate: sideLevels(plan, round, 'candidate', agentCount, []).levels,
      },
      now().getTime() - began,
    );
    deps.log(decision.note);
    if (decision.stop) break;
  }
}
