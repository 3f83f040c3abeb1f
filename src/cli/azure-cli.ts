/**
 * The Azure flags and commands of `bench` (`run --provider azure`, `plan`, `janitor`). Only the
 * flags live here: the Azure SDKs load when a cloud command actually runs, so `bench run` on
 * this machine (and `bench --help`) start without them.
 */
import type { Command } from 'commander';
import type { AzureCliDeps, AzureCliOptions } from './azure-commands.js';
import type { CliIo } from './run-cli.js';

export type { AzureCliDeps, AzureCliOptions };

/** The flags shared by `run --provider azure` and `plan`. */
function addAzureFlags(command: Command): Command {
  return command
    .option('--subscription <id>', 'azure: subscription id (default AZURE_SUBSCRIPTION_ID)')
    .option('--tenant <id>', 'azure: tenant id (default AZURE_TENANT_ID)')
    .option('--client <id>', 'azure: client id of the identity (default AZURE_CLIENT_ID)')
    .option('--acr <name>', 'azure: registry name without .azurecr.io (default BENCH_ACR_NAME)')
    .option('--storage-account <name>', 'azure: storage account (default BENCH_STORAGE_ACCOUNT)')
    .option('--storage-container <name>', 'azure: blob container (default bench)')
    .option(
      '--vm-identity <id>',
      'azure: resource id of the VM identity with AcrPull (default BENCH_VM_IDENTITY)',
    )
    .option('--vm-size <sizes>', "azure: VM sizes to try, comma-separated (default: config's)")
    .option('--region <regions>', "azure: regions to try, comma-separated (default: config's)");
}

/** Adds `--provider` and the Azure flags to the `run` command. */
export function addAzureRunOptions(command: Command): Command {
  return addAzureFlags(command)
    .option('--provider <name>', "where to run: 'local' (default) or 'azure'")
    .option('--load-agents <n>', 'azure: number of load VMs (default: config cloud.loadAgents)')
    .option('--runner-image <image>', 'azure: image running the load-VM runner (Node 24)');
}

/** `bench run <config> --provider azure …`: returns the exit code. */
export async function runAzureFromCli(
  config: string | undefined,
  options: AzureCliOptions,
  io: CliIo,
  deps: AzureCliDeps = {},
): Promise<number> {
  const commands = await import('./azure-commands.js');
  return commands.runAzureFromCli(config, options, io, deps);
}

/** Registers `bench plan` and `bench janitor` on the program. */
export function registerAzureCommands(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
  deps: AzureCliDeps = {},
): void {
  addAzureFlags(
    program
      .command('plan')
      .description(
        'Show what a cloud run would create (request bodies, cloud-init, scripts) without calling Azure.',
      )
      .argument('<config>', 'config file (YAML or JSON)')
      .option('--provider <name>', "cloud provider (only 'azure')", 'azure')
      .option('--load-agents <n>', 'number of load VMs (default: config cloud.loadAgents)')
      .option('--runner-image <image>', 'image running the load-VM runner (Node 24)'),
  ).action(async (config: string, options: AzureCliOptions) => {
    const commands = await import('./azure-commands.js');
    setExitCode(await commands.commandPlan(config, options, io, deps));
  });

  program
    .command('janitor')
    .description(
      'Delete expired resource groups tagged managed-by=bench-action, or the group recorded in --state.',
    )
    .option('--dry-run', 'list what would be deleted, delete nothing')
    .option('--subscription <id>', 'subscription (default AZURE_SUBSCRIPTION_ID)')
    .option('--tenant <id>', 'tenant (default AZURE_TENANT_ID)')
    .option('--state <file>', "delete the group recorded in a run's azure-state.json")
    .option('--wait <seconds>', 'with --state: how long to follow the deletion', '120')
    .action(async (options: AzureCliOptions) => {
      const commands = await import('./azure-commands.js');
      setExitCode(await commands.commandJanitor(options, io, deps));
    });
}
