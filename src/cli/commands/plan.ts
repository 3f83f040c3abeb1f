/** `bench plan <config>`: what a cloud run would create, printed without calling Azure. */
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, inputError } from '../../core/errors.js';
import type { CliDeps, CliIo } from '../io.js';
import {
  addAzureFlags,
  addLoadFlags,
  givenFromFlags,
  loadOptionsFrom,
  planOverridesFrom,
  type AzureFlags,
  type LoadFlags,
} from '../options.js';

/** Flags of `bench plan`. */
interface PlanFlags extends LoadFlags, AzureFlags {
  /** `--provider`: only `azure`. */
  provider?: string;
}

/** Registers `bench plan`; the Azure modules load only when it runs. */
export function registerPlan(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  const command = program
    .command('plan')
    .description(
      'Show what a cloud run would create (request bodies, cloud-init, scripts) without calling Azure.',
    )
    .argument('<config>', 'config file (YAML or JSON)')
    .option('--provider <name>', "cloud provider (only 'azure')", 'azure');
  addAzureFlags(addLoadFlags(command)).action(async (config: string, flags: PlanFlags) => {
    if ((flags.provider ?? 'azure') !== 'azure') {
      throw inputError(
        'ARGUMENT_INVALID',
        `--provider ${flags.provider}: only 'azure' has a plan to show.`,
        'Use --provider azure (local runs create nothing).',
      );
    }
    const { describeCloudPlan } = await import('../../pipeline/azure/cloud-plan.js');
    const { cliRunIdentity } = await import('./run-azure.js');
    const env = deps.env ?? process.env;
    const now = (deps.now ?? (() => new Date()))();
    const described = await describeCloudPlan({
      configPath: path.resolve(io.cwd, config),
      overrides: planOverridesFrom(flags),
      loadOptions: loadOptionsFrom(flags, io.cwd),
      given: givenFromFlags(flags, env),
      run: (plan) => cliRunIdentity(plan.name, env, now),
      runUrl: `bench CLI on ${os.hostname()}`,
      now,
    });
    for (const note of described.notes) io.stdout.write(`Note: ${note}\n`);
    io.stdout.write(`${described.text}\n`);
    setExitCode(ExitCode.ok);
  });
}
