/**
 * Starts the load-VM runner on every load VM as an asynchronous managed run command, with its
 * settings as `BENCH_*` parameters (SAS URLs protected), and waits for the commands to end.
 */
import { runCommandNames } from '../../core/azure/run-names.js';
import { runnerCommandScript } from '../../core/azure/cloud-init.js';
import { inputError } from '../../core/errors.js';
import type { ArmContext } from './arm-context.js';
import type { ProvisionedRun, ProvisionedVm } from './fleet.js';
import { runManagedCommand, type RunCommandOutcome } from './run-command.js';

/** What one load agent's run command receives. */
export interface LoadAgentCommand {
  /** Visible `BENCH_*` settings of the runner (target URL, agent index and count, start time). */
  parameters: Record<string, string>;
  /** Secret `BENCH_*` settings (SAS URLs of the plan and results). */
  protectedParameters: Record<string, string>;
  /** Append blob (SAS URL) for standard output. */
  outputBlobUri?: string;
  /** Append blob (SAS URL) for standard error. */
  errorBlobUri?: string;
}

/** Options of `runLoadAgents`. */
export interface RunLoadAgentsOptions {
  /** Read SAS URL of the runner bundle (`dist/runner/index.js`), saved as an ES module on the VM. */
  bundleUrl: string;
  /** Settings of agent `index` running on `vm`. */
  agent: (index: number, vm: ProvisionedVm) => LoadAgentCommand;
  /** Azure stops a runner after this long. */
  timeoutSeconds: number;
}

/**
 * Starts the runner on every load VM at once and waits for all of them. Returns each agent's
 * outcome; the measurements themselves are read from Blob by the caller.
 */
export async function runLoadAgents(
  ctx: ArmContext,
  run: ProvisionedRun,
  opts: RunLoadAgentsOptions,
): Promise<RunCommandOutcome[]> {
  const commands = run.loadVms.map((vm, index) => ({ vm, index, command: opts.agent(index, vm) }));
  for (const { command } of commands) {
    const names = Object.keys({ ...command.parameters, ...command.protectedParameters });
    const stray = names.filter((name) => !name.startsWith('BENCH_'));
    if (stray.length > 0) {
      // The runner script hands only BENCH_* variables to the container.
      throw inputError(
        'AZURE_RUNNER_PARAMETER',
        `Runner parameters must start with BENCH_: ${stray.join(', ')}.`,
        'Rename the parameters; the load-VM runner reads only BENCH_* variables.',
      );
    }
  }
  return Promise.all(
    commands.map(({ vm, index, command }) =>
      runManagedCommand(
        ctx,
        {
          groupName: run.resourceGroup,
          vmName: vm.name,
          location: vm.region,
          commandName: runCommandNames.runner(index),
          script: runnerCommandScript,
          parameters: command.parameters,
          protectedParameters: {
            ...command.protectedParameters,
            BENCH_RUNNER_BUNDLE_URL: opts.bundleUrl,
          },
          timeoutSeconds: opts.timeoutSeconds,
          ...(command.outputBlobUri !== undefined && { outputBlobUri: command.outputBlobUri }),
          ...(command.errorBlobUri !== undefined && { errorBlobUri: command.errorBlobUri }),
        },
        { waitMs: (opts.timeoutSeconds + 300) * 1000 },
      ),
    ),
  );
}
