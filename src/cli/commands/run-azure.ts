/**
 * `bench run <config> --provider azure …`: a cloud run from this machine. Settings come from
 * flags, then environment variables, then the config's `cloud:` section (every problem reported
 * at once, exit 2, before any Azure call); credentials from `DefaultAzureCredential` (the Azure
 * CLI login). The resource group is deleted before the command returns; after Ctrl-C one
 * bounded deletion is attempted, and `azure-state.json` in the report directory lets
 * `bench janitor --state` finish the job.
 */
import os from 'node:os';
import path from 'node:path';
import { compactUtcStamp, defaultReportDir, newRunId } from '../../core/report/run-ids.js';
import { ExitCode, inputError } from '../../core/errors.js';
import { loadPlan } from '../../edges/files/load-plan.js';
import { renderTerminalSummary } from '../../core/report/terminal-summary.js';
import type { RunIdentity } from '../../core/azure/run-names.js';
import { exitCodeOfVerdict } from '../../core/stats/verdict.js';
import { deleteRunGroup } from '../../edges/azure/cleanup.js';
import { createAzureCredential } from '../../edges/azure/credentials.js';
import {
  AZURE_STATE_FILE,
  writeAzureState,
  type AzureRunState,
} from '../../pipeline/azure/azure-state.js';
import { runCloudBenchmark } from '../../pipeline/azure/cloud-run.js';
import type { CliDeps, CliIo } from '../io.js';
import { givenFromFlags, loadOptionsFrom, planOverridesFrom } from '../options.js';
import type { RunFlags } from './run.js';

/** How long the CLI follows a deletion after Ctrl-C (seconds). */
export const CLI_DELETE_WAIT_SECONDS = 120;

/** Identity of a CLI run: the GitHub run when inside Actions, else this config at this second. */
export function cliRunIdentity(
  name: string,
  env: Record<string, string | undefined>,
  now: Date,
): RunIdentity {
  return {
    repository: env.GITHUB_REPOSITORY ?? `local/${name}`,
    runId: env.GITHUB_RUN_ID ?? compactUtcStamp(now).toLowerCase(),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    job: env.GITHUB_JOB ?? 'cli',
  };
}

/** The Azure CLI login, environment variables or a managed identity (`DefaultAzureCredential`). */
export function defaultCliCredential(ids: { tenantId?: string; clientId?: string }) {
  return createAzureCredential({ tenantId: ids.tenantId ?? '', clientId: ids.clientId ?? '' });
}

/**
 * `--sweep`: one cloud run per size of the config's `cloud.sweep.vmSizes`, in sequence, each
 * into `<out>/<size>/`, then the VM-size comparison of them all into `<out>/aggregate/`.
 * Returns the worst exit code of the runs (an interruption stops the sweep).
 */
async function runSweep(
  config: string,
  flags: RunFlags,
  io: CliIo,
  deps: CliDeps,
): Promise<number> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const plan = await loadPlan(
    path.resolve(io.cwd, config),
    planOverridesFrom(flags),
    loadOptionsFrom(flags, io.cwd),
  );
  const sizes = plan.cloud.sweep?.vmSizes;
  if (sizes === undefined) {
    throw inputError(
      'ARGUMENT_INVALID',
      `--sweep: ${config} names no sizes to compare (cloud.sweep.vmSizes).`,
      'Add cloud: { sweep: { vmSizes: [Standard_D4s_v5, Standard_D8s_v5] } } to the config, or leave --sweep out for one run.',
    );
  }
  if (flags.vmSize !== undefined) {
    throw inputError(
      'ARGUMENT_INVALID',
      '--sweep and --vm-size cannot be combined.',
      'The sweep runs each size of cloud.sweep.vmSizes.',
    );
  }
  const dir = path.resolve(io.cwd, flags.out ?? defaultReportDir(startedAt, newRunId(startedAt)));
  const codes: number[] = [];
  for (const [i, size] of sizes.entries()) {
    if (io.signal?.aborted) break;
    io.stderr.write(`Sweep: ${size} (${i + 1} of ${sizes.length})\n`);
    codes.push(
      await runOnAzure(
        config,
        { ...flags, sweep: false, vmSize: size, out: path.join(dir, size) },
        io,
        deps,
      ),
    );
  }
  if (codes.includes(ExitCode.interrupted)) return ExitCode.interrupted;
  const { aggregateReports } = await import('../../pipeline/aggregate-reports.js');
  const outcome = await aggregateReports(
    { reportsDir: dir, outDir: path.join(dir, 'aggregate'), overwrite: flags.overwrite === true },
    {
      log: (line) => io.stderr.write(`${line}\n`),
      ...(deps.retailPrices && { prices: deps.retailPrices }),
    },
  );
  for (const scenario of outcome.report.scenarios) {
    io.stdout.write(`${scenario.scenario}: ${scenario.recommendation.sentence}\n`);
  }
  io.stdout.write(`\nComparison: ${path.relative(io.cwd, path.join(dir, 'aggregate')) || '.'}\n`);
  return Math.max(...codes, ExitCode.ok);
}

/** Runs the cloud benchmark (or, with `--sweep`, one per size) and returns the exit code. */
export async function runOnAzure(
  config: string | undefined,
  flags: RunFlags,
  io: CliIo,
  deps: CliDeps,
): Promise<number> {
  if (flags.provider !== 'azure') {
    throw inputError(
      'ARGUMENT_INVALID',
      `--provider ${flags.provider}: expected 'local' or 'azure'.`,
      'Use --provider azure for a cloud run, or leave --provider out to run on this machine.',
    );
  }
  if (config === undefined) {
    throw inputError(
      'ARGUMENT_INVALID',
      'A cloud run needs a config file.',
      'Run `bench run configs/reframe-pr.yml --provider azure …`.',
    );
  }
  if (flags.sweep === true) return runSweep(config, flags, io, deps);
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const configPath = path.resolve(io.cwd, config);
  const dir = path.resolve(io.cwd, flags.out ?? defaultReportDir(startedAt, newRunId(startedAt)));
  const stateFile = path.join(dir, AZURE_STATE_FILE);

  // Secrets are replaced in every line this command prints.
  const secrets = new Set<string>();
  const maskSecret = (value: string) => {
    if (value.length >= 8) secrets.add(value);
  };
  const redact = (line: string) => {
    let out = line;
    for (const secret of secrets) out = out.split(secret).join('***');
    return out;
  };
  const log = flags.quiet
    ? () => undefined
    : (line: string) => io.stderr.write(`${redact(line)}\n`);
  let recorded: AzureRunState | undefined;
  let stateAnnounced = false;
  const createCredential = deps.createCredential ?? defaultCliCredential;

  const result = await runCloudBenchmark(
    {
      configPath,
      overrides: planOverridesFrom(flags),
      loadOptions: loadOptionsFrom(flags, io.cwd),
      given: givenFromFlags(flags, env),
      run: (plan) => cliRunIdentity(plan.name, env, startedAt),
      runUrl: `bench CLI on ${os.hostname()}`,
      cleanup: 'inline',
      reportDir: dir,
      overwrite: flags.overwrite === true,
    },
    {
      createCredential: (settings) =>
        createCredential({ tenantId: settings.tenantId, clientId: settings.clientId }),
      ...(deps.createArmContext && { createArmContext: deps.createArmContext }),
      ...(deps.createBlob && { createBlob: deps.createBlob }),
      ...(deps.resolveImage && { resolveImage: deps.resolveImage }),
      ...(deps.runnerBundlePath !== undefined && { runnerBundlePath: deps.runnerBundlePath }),
      recordState: async (state) => {
        recorded = state;
        if (!stateAnnounced) {
          log(
            `State of this run (for clean-up after a crash): ${path.relative(io.cwd, stateFile) || stateFile}`,
          );
          stateAnnounced = true;
        }
        await writeAzureState(stateFile, state);
      },
      log,
      maskSecret,
      ...(io.signal && { signal: io.signal }),
      now,
      ...(deps.runTiming && { runTiming: deps.runTiming }),
    },
  );

  // After Ctrl-C the pipeline leaves the group to us: one bounded deletion attempt.
  if (io.signal?.aborted && recorded) {
    const waitMs = deps.runTiming?.deleteWaitMs ?? CLI_DELETE_WAIT_SECONDS * 1000;
    try {
      const outcome = await deleteRunGroup(result.arm, result.resourceGroup, { waitMs });
      await writeAzureState(stateFile, {
        ...recorded,
        cleanup: outcome.deleted ? 'deleted' : 'pending',
      });
      io.stderr.write(
        outcome.deleted
          ? `Deleted resource group ${result.resourceGroup}.\n`
          : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`,
      );
    } catch (error) {
      io.stderr.write(
        `Could not delete ${result.resourceGroup}: ${(error as Error).message}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`,
      );
    }
  } else if (result.cleanup) {
    io.stderr.write(
      result.cleanup.deleted
        ? `Deleted resource group ${result.resourceGroup}.\n`
        : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`,
    );
  } else if (result.cleanupError !== undefined) {
    io.stderr.write(
      `Could not delete ${result.resourceGroup}: ${result.cleanupError}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`,
    );
  }

  io.stdout.write(renderTerminalSummary(result.report, { color: io.color === true }));
  io.stdout.write(`\nReport: ${path.relative(io.cwd, dir) || '.'}\n`);
  return exitCodeOfVerdict(result.verdict);
}
