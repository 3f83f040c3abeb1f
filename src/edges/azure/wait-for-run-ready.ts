/**
 * Waits until cloud-init has the product healthy and the load VMs prepared: one managed run
 * command per VM whose outcome is its exit code.
 */
import { runCommandNames } from '../../core/azure/run-names.js';
import { loadReadyCommandScript, productReadyCommandScript } from '../../core/azure/cloud-init.js';
import type { CommandLogUrls } from '../../core/remote/run-exchange.js';
import type { ArmContext } from './arm-context.js';
import type { ProvisionedRun } from './fleet.js';
import { expectRunCommandSuccess, runManagedCommand } from './run-command.js';

/** Options of `waitForRunReady`. */
export interface RunReadyOptions {
  /** How long each VM may take to become ready (cloud-init, image pull, health). */
  readySeconds: number;
  /** Append blobs of each readiness command, by command name (output streamed there, linked on failure). */
  logs?: Record<string, CommandLogUrls>;
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
      name: runCommandNames.productReady,
      script: productReadyCommandScript,
      what: 'The product VM',
    },
    ...run.loadVms.map((vm, i) => ({
      vm,
      name: runCommandNames.loadReady(i),
      script: loadReadyCommandScript,
      what: `Load VM ${vm.name}`,
    })),
  ];
  const outcomes = await Promise.allSettled(
    checks.map(async (check) => {
      const logs = opts.logs?.[check.name];
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
          ...(logs && { outputBlobUri: logs.outputBlobUri, errorBlobUri: logs.errorBlobUri }),
        },
        { waitMs: (waitSeconds + 300) * 1000 },
      );
      expectRunCommandSuccess(outcome, `${check.what} becoming ready`, logs);
    }),
  );
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
