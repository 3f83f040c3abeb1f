/**
 * Waits until cloud-init has the product healthy and the load VMs prepared: one managed run
 * command per VM whose outcome is its exit code.
 */
import { loadReadyCommandScript, productReadyCommandScript } from '../../core/azure/cloud-init.js';
import type { ArmContext } from './arm-context.js';
import type { ProvisionedRun } from './fleet.js';
import { expectRunCommandSuccess, runManagedCommand } from './run-command.js';

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
