/**
 * Managed run commands: the way we execute scripts on the VMs. Asynchronous (the create call
 * returns once Azure accepted it), with Azure's own timeout, output and error streamed to append
 * blobs, values passed as parameters (environment variables on the VM; SAS URLs as protected
 * parameters, which Azure never returns). We follow the instance view until the command ends
 * and return its state and exit code; results travel through Blob, never through output tails.
 */
import { BenchError } from '../../core/errors.js';
import { classifyArmError, deniedHint, readArmError } from '../../core/azure/classify-arm-error.js';
import { assertNoUnsafeValues, checkSafeValue } from '../../core/azure/shell-safety.js';
import type { ArmContext } from './arm-context.js';

/** A script to run on a VM. */
export interface ManagedRunCommandInput {
  /** Resource group of the VM. */
  groupName: string;
  /** VM name. */
  vmName: string;
  /** Region of the VM (run commands are regional resources). */
  location: string;
  /** Name of the run-command resource, e.g. `bench-runner-1`. */
  commandName: string;
  /** Fixed script text (values go in parameters). */
  script: string;
  /** Plain parameters, visible in the resource (environment variables on the VM). */
  parameters?: Record<string, string>;
  /** Secret parameters such as SAS URLs; Azure never returns them. */
  protectedParameters?: Record<string, string>;
  /** Azure stops the script after this long. */
  timeoutSeconds: number;
  /** Append blob (SAS URL) receiving standard output. */
  outputBlobUri?: string;
  /** Append blob (SAS URL) receiving standard error. */
  errorBlobUri?: string;
}

/** Options of `runManagedCommand`. */
export interface RunCommandWaitOptions {
  /** Stop following after this long (give it more than `timeoutSeconds`). */
  waitMs: number;
}

/** How a run command ended (or that it had not ended). */
export interface RunCommandOutcome {
  /** `Succeeded`, `Failed`, `TimedOut`, `Canceled`, or `Running`/`Pending` when the wait ran out. */
  executionState: string;
  /** Whether the command reached a final state within the wait. */
  finished: boolean;
  /** Script exit code, when it ended. */
  exitCode?: number;
  /** Azure's message about the execution. */
  executionMessage?: string;
  /** Last part of standard error, for diagnosis only (never parsed for results). */
  errorTail?: string;
}

const finalStates = new Set(['Succeeded', 'Failed', 'TimedOut', 'Canceled']);

/** Parameters as Azure wants them. */
function toParameters(values: Record<string, string> | undefined) {
  return Object.entries(values ?? {}).map(([name, value]) => ({ name, value }));
}

/** Translates an SDK error of a run-command call. */
function runCommandError(error: unknown, input: ManagedRunCommandInput): BenchError {
  const facts = readArmError(error);
  const denied = classifyArmError(error) === 'denied';
  return new BenchError(
    denied ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_RUN_COMMAND_FAILED',
    `Run command ${input.commandName} on ${input.vmName}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
    denied
      ? deniedHint(facts.code, facts.message)
      : 'Retry the run; if it repeats, check the VM agent status in the portal (boot diagnostics).',
    { cause: error },
  );
}

/** Creates a managed run command and follows it until it ends or `waitMs` passes. */
export async function runManagedCommand(
  ctx: ArmContext,
  input: ManagedRunCommandInput,
  opts: RunCommandWaitOptions,
): Promise<RunCommandOutcome> {
  assertNoUnsafeValues([
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(input.commandName)
      ? undefined
      : {
          field: 'commandName',
          shown: JSON.stringify(input.commandName),
          expected: 'letters, digits, - and _',
        },
    ...Object.keys({ ...input.parameters, ...input.protectedParameters }).map((name) =>
      checkSafeValue('envName', `run-command parameter ${JSON.stringify(name)}`, name),
    ),
  ]);
  ctx.log(`Starting run command ${input.commandName} on ${input.vmName}`);
  try {
    await ctx.compute.virtualMachineRunCommands.createOrUpdate(
      input.groupName,
      input.vmName,
      input.commandName,
      {
        location: input.location,
        source: { script: input.script },
        parameters: toParameters(input.parameters),
        protectedParameters: toParameters(input.protectedParameters),
        asyncExecution: true,
        timeoutInSeconds: input.timeoutSeconds,
        treatFailureAsDeploymentFailure: false,
        ...(input.outputBlobUri !== undefined && { outputBlobUri: input.outputBlobUri }),
        ...(input.errorBlobUri !== undefined && { errorBlobUri: input.errorBlobUri }),
      },
      { updateIntervalInMs: ctx.pollIntervalMs },
    );
  } catch (error) {
    throw runCommandError(error, input);
  }
  // Counted in poll intervals of the injected sleep, so tests need no clock.
  let waitedMs = 0;
  for (;;) {
    let view;
    try {
      const command = await ctx.compute.virtualMachineRunCommands.getByVirtualMachine(
        input.groupName,
        input.vmName,
        input.commandName,
        { expand: 'instanceView' },
      );
      view = command.instanceView;
    } catch (error) {
      throw runCommandError(error, input);
    }
    const state = view?.executionState ?? 'Unknown';
    if (finalStates.has(state) || waitedMs >= opts.waitMs) {
      const finished = finalStates.has(state);
      ctx.log(
        finished
          ? `Run command ${input.commandName} on ${input.vmName}: ${state}, exit code ${view?.exitCode ?? '?'}`
          : `Run command ${input.commandName} on ${input.vmName} still ${state} after ${waitedMs} ms; no longer waiting`,
      );
      return {
        executionState: state,
        finished,
        ...(view?.exitCode !== undefined && { exitCode: view.exitCode }),
        ...(view?.executionMessage && { executionMessage: view.executionMessage }),
        ...(view?.error && { errorTail: view.error.slice(-1000) }),
      };
    }
    await ctx.sleep(ctx.pollIntervalMs);
    waitedMs += ctx.pollIntervalMs;
  }
}

/** Links (no SAS) to a run command's output and error blobs. */
export interface CommandLogLinks {
  /** Standard output blob. */
  outputUrl: string;
  /** Standard error blob. */
  errorUrl: string;
}

/** One sentence linking a command's logs, for messages and report notes. */
export function describeCommandLogs(logs: CommandLogLinks): string {
  return `Full logs: ${logs.outputUrl} (output) and ${logs.errorUrl} (errors).`;
}

/** Throws an actionable error unless the command succeeded with exit code 0 (naming its logs when given). */
export function expectRunCommandSuccess(
  outcome: RunCommandOutcome,
  what: string,
  logs?: CommandLogLinks,
): void {
  if (outcome.finished && outcome.executionState === 'Succeeded' && (outcome.exitCode ?? 0) === 0) {
    return;
  }
  const where = logs ? ` ${describeCommandLogs(logs)}` : '';
  if (!outcome.finished) {
    throw new BenchError(
      'AZURE_RUN_COMMAND_TIMEOUT',
      `${what} did not finish in time (still ${outcome.executionState}).`,
      `Raise the wait or the run command timeout, or look at what the VM is doing.${where}`,
    );
  }
  const tail = outcome.errorTail ? `\nLast standard error lines:\n${outcome.errorTail}` : '';
  throw new BenchError(
    'AZURE_RUN_COMMAND_FAILED',
    `${what} ended ${outcome.executionState} with exit code ${outcome.exitCode ?? '?'}${outcome.executionMessage ? ` (${outcome.executionMessage})` : ''}.${tail}`,
    `See the run command's error output.${where} Clean-up still deletes the run's resource group.`,
  );
}
