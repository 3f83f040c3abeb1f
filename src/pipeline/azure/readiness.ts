/**
 * Readiness of a cloud run's VMs: wait for the product and load VMs to report ready, and when
 * they do not, add what their readiness scripts printed to the error (diagnosis only, never
 * parsed).
 */
import { runCommandNames } from '../../core/azure/run-names.js';
import { BenchError } from '../../core/errors.js';
import type { CommandLogUrls } from '../../core/remote/run-exchange.js';
import type { ArmContext } from '../../edges/azure/arm-context.js';
import type { ProvisionedRun } from '../../edges/azure/fleet.js';
import { waitForRunReady } from '../../edges/azure/wait-for-run-ready.js';

/** Waits for readiness; on failure adds what the readiness scripts printed to the error. */
export async function waitUntilReady(
  arm: ArmContext,
  provisioned: ProvisionedRun,
  readySeconds: number,
  logs?: Record<string, CommandLogUrls>,
): Promise<void> {
  try {
    await waitForRunReady(arm, provisioned, { readySeconds, ...(logs && { logs }) });
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    const reports = await Promise.all([
      readCommandOutput(
        arm,
        provisioned.resourceGroup,
        provisioned.productVm.name,
        runCommandNames.productReady,
      ),
      ...provisioned.loadVms.map((vm, i) =>
        readCommandOutput(arm, provisioned.resourceGroup, vm.name, runCommandNames.loadReady(i)),
      ),
    ]);
    const reported = reports.filter((r) => r !== '').join('\n');
    throw new BenchError(
      error.code,
      reported ? `${error.message}\nThe readiness check reported:\n${reported}` : error.message,
      error.hint,
      { cause: error },
    );
  }
}

/** The last lines a run command printed (diagnosis only, never parsed), or '' when unavailable. */
async function readCommandOutput(
  arm: ArmContext,
  group: string,
  vmName: string,
  commandName: string,
): Promise<string> {
  try {
    const command = await arm.compute.virtualMachineRunCommands.getByVirtualMachine(
      group,
      vmName,
      commandName,
      { expand: 'instanceView' },
    );
    const view = command.instanceView;
    const text = [view?.output, view?.error].filter((t): t is string => !!t && t.trim() !== '');
    if (text.length === 0) return '';
    return `${vmName}: ${text.join('\n').trim().split('\n').slice(-20).join('\n')}`;
  } catch {
    return '';
  }
}
