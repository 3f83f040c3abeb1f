/**
 * The load agents of a cloud run: start every runner command, follow their progress in Blob
 * while they work, notice an agent whose heartbeat stopped, ask the runners to stop when the run
 * is aborted, and read their results back.
 */
import { runCommandNames } from '../../core/azure/run-names.js';
import { BenchError, errorSummary } from '../../core/errors.js';
import type { RunExchange, RunnerResults } from '../../core/remote/run-exchange.js';
import { isHeartbeatStale } from '../../core/remote/runner-status.js';
import type { ArmContext } from '../../edges/azure/arm-context.js';
import type { ProvisionedRun, ProvisionedVm } from '../../edges/azure/fleet.js';
import { runLoadAgents, type LoadAgentCommand } from '../../edges/azure/run-load-agents.js';
import { describeCommandLogs, type CommandLogLinks } from '../../edges/azure/run-command.js';
import type { AzureRunDeps } from './run-azure.js';

/** Sleeps, or rejects at once when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new Error('stopped'));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('stopped'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads results without throwing (partial report after an abort). */
export async function readQuietly(
  exchange: RunExchange,
  prefix: string,
  agentCount: number,
  log: (line: string) => void,
): Promise<RunnerResults | undefined> {
  try {
    return await exchange.readRunnerResults(prefix, { agentCount });
  } catch (error) {
    log(`Warning: could not read the runners' results: ${errorSummary(error)}`);
    return undefined;
  }
}

/** What `runAgentsAndWatch` needs. */
export interface WatchInput {
  /** The run's dependencies (ARM, exchange, log, signal, clock). */
  deps: AzureRunDeps;
  /** The VMs. */
  provisioned: ProvisionedRun;
  /** Blob prefix of the run's exchange. */
  prefix: string;
  /** Poll interval and heartbeat staleness. */
  timing: { resultsPollMs: number; heartbeatStaleMs: number };
  /** SAS URL of the runner bundle. */
  bundleUrl: string;
  /** Azure's limit on each runner command. */
  runnerTimeoutSeconds: number;
  /** Parameters of agent `index` (and the append blobs its command writes to). */
  agent: (index: number) => LoadAgentCommand;
  /** Links to agent `index`'s run-command logs, named when it fails. */
  logs?: (index: number) => CommandLogLinks | undefined;
}

/**
 * Starts the runners and waits for their commands, reading progress from Blob meanwhile. Stops
 * waiting when the caller aborts or an agent's heartbeat goes stale; then asks the runners to
 * stop by deleting their run commands. Returns the results once every agent finished.
 */
export async function runAgentsAndWatch(input: WatchInput): Promise<RunnerResults> {
  const { deps, provisioned, prefix, timing } = input;
  const agentCount = provisioned.loadVms.length;
  const stop = new AbortController();
  const onAbort = () => stop.abort(deps.signal?.reason);
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  // The run-command polls sleep on this context: stopping ends them at their next wait.
  const arm: ArmContext = {
    ...deps.arm,
    sleep: (ms) => abortableSleep(ms, stop.signal),
  };
  const agents = runLoadAgents(arm, provisioned, {
    bundleUrl: input.bundleUrl,
    timeoutSeconds: input.runnerTimeoutSeconds,
    agent: (index) => input.agent(index),
  });
  agents.catch(() => undefined);

  const watch = (async (): Promise<never> => {
    let lastDone = -1;
    for (;;) {
      await abortableSleep(timing.resultsPollMs, stop.signal);
      let progress: RunnerResults;
      try {
        progress = await deps.exchange.readRunnerResults(prefix, { agentCount });
      } catch (error) {
        deps.log(`Warning: progress read failed (will retry): ${errorSummary(error)}`);
        continue;
      }
      const done = progress.agents.reduce((n, a) => n + (a.status?.levelsDone ?? 0), 0);
      const total = progress.agents.reduce((n, a) => n + (a.status?.levelsTotal ?? 0), 0);
      if (done !== lastDone) {
        deps.log(`Runners: ${progress.status}, ${done} of ${total || '?'} agent-level(s) done`);
        lastDone = done;
      }
      const nowMs = (deps.now ?? (() => new Date()))().getTime();
      const stale = progress.agents.filter(
        (a) =>
          a.status?.state === 'running' &&
          isHeartbeatStale(a.status, nowMs, timing.heartbeatStaleMs),
      );
      if (stale.length > 0) {
        throw new BenchError(
          'AZURE_RUNNER_STALLED',
          `Load agent(s) ${stale.map((a) => a.agentIndex).join(', ')} stopped sending heartbeats (none for ${timing.heartbeatStaleMs} ms).`,
          'The load VM or its runner died; see the runner log in the exchange container and retry the run.',
        );
      }
    }
  })();
  watch.catch(() => undefined);

  let commandsEnded = false;
  try {
    const outcomes = await Promise.race([agents, watch]);
    commandsEnded = true;
    const results = await deps.exchange.readRunnerResults(prefix, { agentCount });
    const failed = outcomes
      .map((outcome, index) => ({ outcome, index, agent: results.agents[index] }))
      .filter(
        ({ outcome, agent }) =>
          !outcome.finished ||
          outcome.executionState !== 'Succeeded' ||
          (outcome.exitCode ?? 0) !== 0 ||
          agent?.status?.state !== 'finished',
      );
    if (failed.length > 0) {
      const lines = failed.map(({ outcome, index, agent }) => {
        const status = agent?.status;
        const why = status?.error
          ? `${status.error.code}: ${status.error.message}`
          : `runner state ${status?.state ?? 'never reported'}`;
        const logTail = (agent?.log ?? '').trim().split('\n').slice(-5).join('\n    ');
        const commandLogs = input.logs?.(index);
        return (
          `- agent ${index} on ${provisioned.loadVms[index]?.name ?? '?'}: run command ${outcome.executionState}, exit code ${outcome.exitCode ?? '?'}; ${why}` +
          (outcome.errorTail
            ? `\n    stderr: ${outcome.errorTail.trim().split('\n').slice(-3).join('\n    ')}`
            : '') +
          (logTail ? `\n    log: ${logTail}` : '') +
          (commandLogs ? `\n    ${describeCommandLogs(commandLogs)}` : '')
        );
      });
      throw new BenchError(
        'AZURE_RUNNER_FAILED',
        `The load runner failed on ${failed.length} of ${agentCount} load VM(s):\n${lines.join('\n')}`,
        'Read the runner log and status under the run prefix in the exchange container; the resource group is deleted all the same.',
      );
    }
    return results;
  } catch (error) {
    if (!stop.signal.aborted) stop.abort(error);
    if (!commandsEnded) await stopRunners(deps.arm, provisioned, deps.log);
    throw error;
  } finally {
    stop.abort(new Error('done'));
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Asks the runners to stop by deleting their run commands (the deletion is started, not
 * followed); the group's deletion ends them for certain.
 */
async function stopRunners(
  arm: ArmContext,
  provisioned: { resourceGroup: string; loadVms: ProvisionedVm[] },
  log: (line: string) => void,
): Promise<void> {
  await Promise.all(
    provisioned.loadVms.map(async (vm, index) => {
      const name = runCommandNames.runner(index);
      try {
        await arm.compute.virtualMachineRunCommands.beginDelete(
          provisioned.resourceGroup,
          vm.name,
          name,
        );
        log(`Asked ${vm.name} to stop its runner (deleting run command ${name})`);
      } catch (error) {
        log(`Could not stop the runner on ${vm.name}: ${errorSummary(error)}`);
      }
    }),
  );
}
