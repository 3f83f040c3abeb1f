/**
 * Steps between provisioning and load: wait until cloud-init has the product healthy and the
 * load VMs prepared, and at the end fetch the product VM's per-second samples into Blob. Each is
 * a managed run command whose outcome is its exit code; files travel through Blob SAS URLs
 * passed as protected parameters.
 */
import {
  loadReadyCommandScript,
  productReadyCommandScript,
  runnerCommandScript,
  samplesUploadCommandScript,
} from '../../core/azure/cloud-init.js';
import { inputError } from '../../core/errors.js';
import type { ArmContext } from './arm-context.js';
import type { ProvisionedRun, ProvisionedVm } from './fleet.js';
import {
  expectRunCommandSuccess,
  runManagedCommand,
  type RunCommandOutcome,
} from './run-command.js';

/** Options of `waitForRunReady`. */
export interface RunReadyOptions {
  /** How long each VM may take to become ready (cloud-init, image pull, health). */
  readySeconds: number;
}

/** Waits until the product is healthy and every load VM is prepared; throws an actionable error otherwise. */
export async function waitForRunReady(
  ctx: ArmContext,
  run: ProvisionedRun,
  opts: RunReadyOptions,
): Promise<void> {
  const waitSeconds = Math.max(1, Math.trunc(opts.readySeconds));
  const checks = [
    {
      vm: run.productVm,
      name: 'bench-product-ready',
      script: productReadyCommandScript,
      what: 'The product VM',
    },
    ...run.loadVms.map((vm, i) => ({
      vm,
      name: `bench-load-ready-${i + 1}`,
      script: loadReadyCommandScript,
      what: `Load VM ${vm.name}`,
    })),
  ];
  const outcomes = await Promise.allSettled(
    checks.map(async (check) => {
      const outcome = await runManagedCommand(
        ctx,
        {
          groupName: run.resourceGroup,
          vmName: check.vm.name,
          location: check.vm.region,
          commandName: check.name,
          script: check.script,
          parameters: { BENCH_WAIT_SECONDS: String(waitSeconds) },
          // Azure's own limit sits a little above the script's, so the script reports first.
          timeoutSeconds: waitSeconds + 120,
        },
        { waitMs: (waitSeconds + 300) * 1000 },
      );
      expectRunCommandSuccess(outcome, `${check.what} becoming ready`);
    }),
  );
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Options of `collectServerSamples`. */
export interface CollectSamplesOptions {
  /** Write SAS URL of the blob receiving `samples.jsonl`. */
  samplesUrl: string;
  /** How long the upload may take. */
  timeoutSeconds?: number;
}

/** Uploads the product VM's sampler file to Blob. */
export async function collectServerSamples(
  ctx: ArmContext,
  run: ProvisionedRun,
  opts: CollectSamplesOptions,
): Promise<void> {
  const timeoutSeconds = opts.timeoutSeconds ?? 300;
  const outcome = await runManagedCommand(
    ctx,
    {
      groupName: run.resourceGroup,
      vmName: run.productVm.name,
      location: run.productVm.region,
      commandName: 'bench-samples-upload',
      script: samplesUploadCommandScript,
      protectedParameters: { BENCH_SAMPLES_URL: opts.samplesUrl },
      timeoutSeconds,
    },
    { waitMs: (timeoutSeconds + 120) * 1000 },
  );
  expectRunCommandSuccess(outcome, 'Uploading the server samples');
}

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
          commandName: `bench-runner-${index + 1}`,
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
