/**
 * Fetches the product VM's per-second samples at the end of a run: a managed run command
 * uploads the sampler's file to Blob through a write SAS passed as a protected parameter.
 */
import { runCommandNames } from '../../core/azure/run-names.js';
import { samplesUploadCommandScript } from '../../core/azure/cloud-init.js';
import type { CommandLogUrls } from '../../core/remote/run-exchange.js';
import type { ArmContext } from './arm-context.js';
import type { ProvisionedRun } from './fleet.js';
import { expectRunCommandSuccess, runManagedCommand } from './run-command.js';

/** Options of `collectServerSamples`. */
export interface CollectSamplesOptions {
  /** Write SAS URL of the blob receiving `samples.jsonl`. */
  samplesUrl: string;
  /** How long the upload may take. */
  timeoutSeconds?: number;
  /** Append blobs for the command's output and errors (linked on failure). */
  logs?: CommandLogUrls;
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
      commandName: runCommandNames.samplesUpload,
      script: samplesUploadCommandScript,
      protectedParameters: { BENCH_SAMPLES_URL: opts.samplesUrl },
      timeoutSeconds,
      ...(opts.logs && {
        outputBlobUri: opts.logs.outputBlobUri,
        errorBlobUri: opts.logs.errorBlobUri,
      }),
    },
    { waitMs: (timeoutSeconds + 120) * 1000 },
  );
  expectRunCommandSuccess(outcome, 'Uploading the server samples', opts.logs);
}
