/**
 * `bench janitor`: delete expired resource groups tagged `managed-by=bench-action`, or the one
 * group recorded in a run's `azure-state.json` (`--state`).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { matchesRule, valueRules } from '../../core/config/value-rules.js';
import { ExitCode, inputError } from '../../core/errors.js';
import type { CliDeps, CliIo } from '../io.js';

/** Flags of `bench janitor`. */
interface JanitorFlags {
  /** `--dry-run`: list only. */
  dryRun?: boolean;
  /** `--subscription`. */
  subscription?: string;
  /** `--tenant`. */
  tenant?: string;
  /** `--state`: the state file of one run. */
  state?: string;
  /** `--wait`: seconds to follow the deletion. */
  wait?: string;
}

/** How long `janitor --state` follows the deletion by default (seconds). */
const DEFAULT_WAIT_SECONDS = 120;

/** Registers `bench janitor`; the Azure modules load only when it runs. */
export function registerJanitor(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  program
    .command('janitor')
    .description(
      'Delete expired resource groups tagged managed-by=bench-action, or the group recorded in --state.',
    )
    .option('--dry-run', 'list what would be deleted, delete nothing')
    .option('--subscription <id>', 'subscription (default AZURE_SUBSCRIPTION_ID)')
    .option('--tenant <id>', 'tenant (default AZURE_TENANT_ID)')
    .option('--state <file>', "delete the group recorded in a run's azure-state.json")
    .option(
      '--wait <seconds>',
      'with --state: how long to follow the deletion',
      String(DEFAULT_WAIT_SECONDS),
    )
    .action(async (flags: JanitorFlags) => {
      setExitCode(await janitor(flags, io, deps));
    });
}

async function janitor(flags: JanitorFlags, io: CliIo, deps: CliDeps): Promise<number> {
  const [
    { readAzureState, writeAzureState },
    { deleteRunGroup },
    { runJanitor },
    { createArmContext },
    { defaultCliCredential },
  ] = await Promise.all([
    import('../../pipeline/azure/azure-state.js'),
    import('../../edges/azure/cleanup.js'),
    import('../../edges/azure/janitor.js'),
    import('../../edges/azure/arm-context.js'),
    import('./run-azure.js'),
  ]);
  const env = deps.env ?? process.env;
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const state = flags.state ? await readAzureState(path.resolve(io.cwd, flags.state)) : undefined;
  const subscriptionId = flags.subscription ?? state?.subscriptionId ?? env.AZURE_SUBSCRIPTION_ID;
  const problems: string[] = [];
  if (subscriptionId === undefined || subscriptionId === '') {
    problems.push('--subscription or AZURE_SUBSCRIPTION_ID: missing');
  } else if (!matchesRule('guid', subscriptionId)) {
    problems.push(
      `--subscription or AZURE_SUBSCRIPTION_ID: got ${JSON.stringify(subscriptionId)}, expected ${valueRules.guid.expected}`,
    );
  }
  const waitSeconds = Number(flags.wait ?? DEFAULT_WAIT_SECONDS);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
    problems.push(`--wait ${flags.wait}: not a number of seconds`);
  if (problems.length > 0) {
    throw inputError(
      'ARGUMENT_INVALID',
      `bench janitor cannot start:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      'Give the subscription id (flag or AZURE_SUBSCRIPTION_ID); log in with `az login` first.',
    );
  }
  const tenantId = flags.tenant ?? env.AZURE_TENANT_ID;
  const credential = (deps.createCredential ?? defaultCliCredential)({
    ...(tenantId !== undefined && { tenantId }),
  });
  const arm = (deps.createArmContext ?? createArmContext)({
    credential,
    subscriptionId: subscriptionId!,
    log,
  });

  if (state) {
    if (flags.dryRun) {
      io.stdout.write(
        `Would delete resource group ${state.resourceGroup} (from ${flags.state}).\n`,
      );
      return ExitCode.ok;
    }
    const outcome = await deleteRunGroup(arm, state.resourceGroup, { waitMs: waitSeconds * 1000 });
    await writeAzureState(path.resolve(io.cwd, flags.state!), {
      ...state,
      cleanup: outcome.deleted ? 'deleted' : 'pending',
    });
    io.stdout.write(
      outcome.deleted
        ? `Deleted resource group ${state.resourceGroup}.\n`
        : `Started deleting resource group ${state.resourceGroup}; Azure is still at it.\n`,
    );
    return ExitCode.ok;
  }

  const result = await runJanitor(arm, {
    dryRun: flags.dryRun === true,
    now: (deps.now ?? (() => new Date()))(),
  });
  const verb = flags.dryRun ? 'Would delete' : 'Deleting';
  io.stdout.write(
    [
      `${verb} ${result.deleted.length} expired group(s)${result.deleted.length ? `: ${result.deleted.join(', ')}` : ''}.`,
      `Kept ${result.kept.length} unexpired group(s)${result.kept.length ? `: ${result.kept.join(', ')}` : ''}.`,
      ...(result.failed.length > 0
        ? [`Azure refused to delete ${result.failed.length}: ${result.failed.join(', ')}.`]
        : []),
    ].join('\n') + '\n',
  );
  return result.failed.length > 0 ? ExitCode.targetFailure : ExitCode.ok;
}
