/**
 * `bench setup azure --repo owner/name`: day one in one command. Registers the resource
 * providers, creates or reuses the shared resource group, storage account and container,
 * registry, VM identity and GitHub identity (a user-assigned identity with one federated
 * credential per trigger), assigns every role of `REQUIRED_ROLES`, and prints the repository
 * variables and a workflow (or sets the variables through the GitHub API when given a token).
 * `--dry-run` prints every request and sends nothing; `--check` runs the preflight against the
 * names it uses. A second run changes nothing and says so.
 */
import type { Command } from 'commander';
import {
  describeSetupRequests,
  planAzureSetup,
  type AzureSetupPlan,
} from '../../core/azure/setup-plan.js';
import { ExitCode, inputError } from '../../core/errors.js';
import type { SetRepositoryVariables } from '../../pipeline/azure/setup-azure.js';
import type { CliDeps, CliIo } from '../io.js';

/** Flags of `bench setup azure`. */
interface SetupAzureFlags {
  /** `--repo owner/name`. */
  repo: string;
  /** `--subscription`. */
  subscription?: string;
  /** `--location`. */
  location: string;
  /** `--name-prefix`. */
  namePrefix: string;
  /** `--acr`. */
  acr?: string;
  /** `--storage-account`. */
  storageAccount?: string;
  /** `--storage-container`. */
  storageContainer?: string;
  /** `--triggers`, comma-separated. */
  triggers: string;
  /** `--github-token`. */
  githubToken?: string;
  /** `--dry-run`. */
  dryRun?: boolean;
  /** `--check`. */
  check?: boolean;
  /** `--json`. */
  json?: boolean;
}

/** Registers `bench setup azure`; the Azure modules load only when it runs. */
export function registerSetup(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  const setup = program
    .command('setup')
    .description('Create what cloud runs need, once per team (idempotent).');
  setup
    .command('azure')
    .description(
      'Register providers, create or reuse the shared group, storage, registry and identities, trust the workflow triggers and assign every role the runs need.',
    )
    .requiredOption('--repo <owner/name>', 'GitHub repository whose workflows run benchmarks')
    .option('--subscription <id>', 'subscription to set up (default AZURE_SUBSCRIPTION_ID)')
    .option('--location <region>', 'region of the shared resources', 'westeurope')
    .option('--name-prefix <prefix>', 'start of every name', 'bench')
    .option(
      '--acr <name>',
      'registry to use if it exists, else to create (default from the prefix)',
    )
    .option(
      '--storage-account <name>',
      'storage account to use or create (default from the prefix)',
    )
    .option('--storage-container <name>', 'blob container of run exchanges and history', 'bench')
    .option(
      '--triggers <list>',
      'workflow triggers to trust: pull_request, a branch, environment:<name>, tag:<name>',
      'pull_request,main',
    )
    .option(
      '--github-token <token>',
      'set the repository variables through the GitHub API (default GITHUB_TOKEN)',
    )
    .option('--dry-run', 'print every request and send nothing')
    .option('--check', 'run the preflight against the set-up (creates nothing)')
    .option('--json', 'print the outcome as JSON')
    .action(async (flags: SetupAzureFlags) => {
      setExitCode(await setupAzure(flags, io, deps));
    });
}

async function setupAzure(flags: SetupAzureFlags, io: CliIo, deps: CliDeps): Promise<number> {
  const env = deps.env ?? process.env;
  if (flags.dryRun && flags.check) {
    throw inputError(
      'ARGUMENT_INVALID',
      '--dry-run and --check cannot be combined.',
      'Use --dry-run to see the requests, --check to check what exists.',
    );
  }
  const subscriptionId = flags.subscription ?? env.AZURE_SUBSCRIPTION_ID;
  if (subscriptionId === undefined || subscriptionId === '') {
    throw inputError(
      'ARGUMENT_INVALID',
      '--subscription or AZURE_SUBSCRIPTION_ID: missing.',
      'Give the subscription to set up (`az account show --query id -o tsv` prints the current one).',
    );
  }
  const plan = planAzureSetup({
    repository: flags.repo,
    subscriptionId,
    location: flags.location,
    namePrefix: flags.namePrefix,
    triggers: flags.triggers
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    ...(flags.acr !== undefined && { acrName: flags.acr }),
    ...(flags.storageAccount !== undefined && { storageAccount: flags.storageAccount }),
    ...(flags.storageContainer !== undefined && { container: flags.storageContainer }),
  });

  if (flags.dryRun) {
    const requests = describeSetupRequests(plan);
    io.stdout.write(
      flags.json ? `${JSON.stringify({ plan, requests }, null, 2)}\n` : renderDryRun(plan),
    );
    return ExitCode.ok;
  }

  const [
    { runAzureSetup, checkAzureSetup, outcomeText },
    { createArmContext },
    { defaultCliCredential },
  ] = await Promise.all([
    import('../../pipeline/azure/setup-azure.js'),
    import('../../edges/azure/arm-context.js'),
    import('./run-azure.js'),
  ]);
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const credential = (deps.createCredential ?? defaultCliCredential)({});
  const ctx = (deps.createArmContext ?? createArmContext)({ credential, subscriptionId, log });

  if (flags.check) {
    const [{ renderPreflightChecklist }] = await Promise.all([
      import('../../core/azure/preflight-model.js'),
    ]);
    const report = await checkAzureSetup(plan, ctx, credential);
    io.stdout.write(
      flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderPreflightChecklist(report),
    );
    return report.ok ? ExitCode.ok : ExitCode.targetFailure;
  }

  const token = flags.githubToken ?? env.GITHUB_TOKEN;
  let setVariables: SetRepositoryVariables | undefined;
  if (token !== undefined && token !== '') {
    const [{ createGitHubClient }, { setRepositoryVariables }] = await Promise.all([
      import('../../edges/github/octokit.js'),
      import('../../edges/github/repository-variables.js'),
    ]);
    const client = createGitHubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
    setVariables = (repository, variables) => setRepositoryVariables(client, repository, variables);
  }
  const result = await runAzureSetup(plan, ctx, setVariables ? { setVariables } : {});
  if (flags.json) {
    io.stdout.write(`${JSON.stringify({ plan, ...result }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const lines = [
    `bench setup azure: ${plan.input.repository} in subscription ${plan.input.subscriptionId} (${plan.input.location})`,
    ...result.steps.map(
      (s) => `  ${s.what}: ${outcomeText[s.outcome]}${s.detail ? ` (${s.detail})` : ''}`,
    ),
  ];
  const count = (o: string) => result.steps.filter((s) => s.outcome === o).length;
  const changed = count('created') + count('updated');
  lines.push(
    changed === 0
      ? 'Nothing changed: everything was already as wanted.'
      : `${count('created')} created, ${count('updated')} updated, ${count('exists')} already as wanted.`,
    '',
  );
  if (setVariables) {
    lines.push(`Repository variables of ${plan.input.repository} (set through the GitHub API):`);
  } else {
    lines.push(
      `Repository variables for ${plan.input.repository} (Settings → Secrets and variables → Actions → Variables; or give --github-token), e.g. with the GitHub CLI:`,
    );
  }
  for (const [name, value] of Object.entries(result.variables)) {
    lines.push(
      setVariables
        ? `  ${name}=${value}`
        : `  gh variable set ${name} --repo ${plan.input.repository} --body '${value}'`,
    );
  }
  lines.push('', 'A workflow that uses them:', '', result.workflow);
  io.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}

/** The dry run: every request, as `bench plan` shows a run's. */
function renderDryRun(plan: AzureSetupPlan): string {
  const lines = [
    `bench setup azure --dry-run: ${plan.input.repository} in subscription ${plan.input.subscriptionId} (${plan.input.location}); nothing is sent.`,
    'Each resource is read first (GET) and written only when it is missing or differs; role assignments already held at the scope or above are kept.',
    '',
  ];
  for (const request of describeSetupRequests(plan)) {
    lines.push(`${request.method} ${request.path}`, `  # ${request.why}`);
    if (request.body !== undefined) {
      lines.push(
        ...JSON.stringify(request.body, null, 2)
          .split('\n')
          .map((l) => `  ${l}`),
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
