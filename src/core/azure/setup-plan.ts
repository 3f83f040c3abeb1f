/**
 * What `bench setup azure` creates for a product team, decided once and pure: the names (from a
 * prefix and the repository, overridable), the request bodies, the federated credentials of the
 * GitHub identity per trigger, the role assignments (from `REQUIRED_ROLES`), and what to print at
 * the end (repository variables and a workflow snippet). Bodies are in the shape the `@azure/arm-*`
 * clients take (as `bench plan` shows them). The dry run prints these requests; the set-up sends
 * them.
 */
import { createHash } from 'node:crypto';
import { matchesRule, valueRules } from '../config/value-rules.js';
import { inputError } from '../errors.js';
import { RUN_PROVIDER_NAMESPACES } from './classify-arm-error.js';
import {
  REQUIRED_ROLES,
  roleAssignmentName,
  roleDefinitionId,
  type RoleRequirement,
  type RoleScopeKind,
} from './required-roles.js';

/** Issuer of GitHub Actions OIDC tokens. */
export const githubOidcIssuer = 'https://token.actions.githubusercontent.com';
/** Audience Entra expects of them. */
export const githubOidcAudience = 'api://AzureADTokenExchange';

/** What the set-up is asked for. */
export interface AzureSetupInput {
  /** `owner/name` of the repository whose workflows run the benchmarks. */
  repository: string;
  /** Subscription to set up. */
  subscriptionId: string;
  /** Region of the shared resources. */
  location: string;
  /** Start of every name (default `bench`). */
  namePrefix: string;
  /** Workflow triggers trusted: `pull_request`, a branch name, `environment:<name>`, `tag:<name>`. */
  triggers: string[];
  /** Registry to use or create (default from the prefix and repository). */
  acrName?: string;
  /** Storage account to use or create (default from the prefix and repository). */
  storageAccount?: string;
  /** Blob container of run exchanges and report history (default `bench`, the action's default). */
  container?: string;
}

/** Everything the set-up creates or reuses. */
export interface AzureSetupPlan {
  /** The input, normalized. */
  input: AzureSetupInput;
  /** Providers to register. */
  providers: readonly string[];
  /** Shared resource group. */
  resourceGroup: string;
  /** Storage account name. */
  storageAccount: string;
  /**
   * Container of the run exchanges and the report history: the action reads both from its one
   * `storage-container` input (default `bench`).
   */
  container: string;
  /** Registry name. */
  acrName: string;
  /** The VMs' identity. */
  vmIdentity: string;
  /** The identity GitHub workflows sign in as. */
  githubIdentity: string;
  /** Federated credentials of the GitHub identity: name and subject. */
  federatedCredentials: { name: string; subject: string }[];
  /** Resource ids of what the roles are assigned on. */
  ids: Record<Exclude<RoleScopeKind, 'subscription'>, string> & { subscription: string };
  /** Tags on what the set-up creates (never `managed-by=bench-action`: the janitor must not touch it). */
  tags: Record<string, string>;
}

/** Lower-case letters and digits only. */
function alnum(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Letters, digits and single hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The OIDC subject of a trigger, in GitHub's default `sub` claim formats (docs.github.com,
 * "OpenID Connect reference", example subject claims:
 * https://docs.github.com/en/actions/reference/security/oidc): `repo:<owner>/<name>:pull_request`,
 * `…:ref:refs/heads/<branch>`, `…:ref:refs/tags/<tag>`, `…:environment:<name>`. A job that names
 * an environment gets the environment form, whatever its trigger.
 */
export function oidcSubject(repository: string, trigger: string): string {
  if (trigger === 'pull_request') return `repo:${repository}:pull_request`;
  const [kind, value] = trigger.includes(':')
    ? (trigger.split(/:(.*)/s) as [string, string])
    : ['branch', trigger];
  if (kind === 'environment') return `repo:${repository}:environment:${value}`;
  if (kind === 'tag') return `repo:${repository}:ref:refs/tags/${value}`;
  return `repo:${repository}:ref:refs/heads/${kind === 'branch' ? value : trigger}`;
}

/** Checks the input and decides every name; throws one input error listing every problem. */
export function planAzureSetup(input: AzureSetupInput): AzureSetupPlan {
  const problems: string[] = [];
  const check = (kind: Parameters<typeof matchesRule>[0], flag: string, value: string) => {
    if (!matchesRule(kind, value)) {
      problems.push(`${flag}: got ${JSON.stringify(value)}, expected ${valueRules[kind].expected}`);
    }
  };
  check('githubRepository', '--repo', input.repository);
  check('guid', '--subscription', input.subscriptionId);
  check('region', '--location', input.location);
  check('namePrefix', '--name-prefix', input.namePrefix);
  if (input.triggers.length === 0) problems.push('--triggers: give at least one trigger');
  for (const trigger of input.triggers) {
    if (
      !/^(pull_request|(environment|tag|branch):[A-Za-z0-9._/-]+|[A-Za-z0-9._/-]+)$/.test(trigger)
    ) {
      problems.push(
        `--triggers: ${JSON.stringify(trigger)} is not pull_request, a branch, environment:<name> or tag:<name>`,
      );
    }
  }
  const repoName = input.repository.split('/').pop() ?? '';
  const hash = createHash('sha256')
    .update(`${input.subscriptionId}/${input.repository.toLowerCase()}`)
    .digest('hex')
    .slice(0, 6);
  const base = `${input.namePrefix}${alnum(repoName)}`;
  const storageAccount = input.storageAccount ?? `${base.slice(0, 18)}${hash}`;
  const acrName = input.acrName ?? `${base.slice(0, 44)}${hash}`;
  const container = input.container ?? 'bench';
  check('storageAccount', '--storage-account', storageAccount);
  check('acrName', '--acr', acrName);
  check('storageContainer', '--storage-container', container);
  if (problems.length > 0) {
    throw inputError(
      'ARGUMENT_INVALID',
      `bench setup azure cannot start:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      'Fix the flags listed; nothing was sent to Azure.',
    );
  }
  const prefix = input.namePrefix;
  const resourceGroup = `${prefix}-shared`;
  const sub = `/subscriptions/${input.subscriptionId}`;
  const group = `${sub}/resourceGroups/${resourceGroup}`;
  const vmIdentity = `${prefix}-vm`;
  const githubIdentity = `${prefix}-github`;
  return {
    input,
    providers: RUN_PROVIDER_NAMESPACES,
    resourceGroup,
    storageAccount,
    container,
    acrName,
    vmIdentity,
    githubIdentity,
    federatedCredentials: input.triggers.map((trigger) => ({
      name: slug(`${repoName}-${trigger}`).slice(0, 120),
      subject: oidcSubject(input.repository, trigger),
    })),
    ids: {
      subscription: sub,
      vmIdentity: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${vmIdentity}`,
      storageAccount: `${group}/providers/Microsoft.Storage/storageAccounts/${storageAccount}`,
      registry: `${group}/providers/Microsoft.ContainerRegistry/registries/${acrName}`,
    },
    tags: { 'bench-setup': input.repository.slice(0, 256) },
  };
}

/** Body of the shared resource group. */
export function setupGroupBody(plan: AzureSetupPlan) {
  return { location: plan.input.location, tags: plan.tags };
}

/** Body of the storage account: no shared-key access (identities only), TLS 1.2, no public blobs. */
export function setupStorageAccountBody(plan: AzureSetupPlan) {
  return {
    location: plan.input.location,
    tags: plan.tags,
    sku: { name: 'Standard_LRS' as const },
    kind: 'StorageV2' as const,
    allowSharedKeyAccess: false,
    defaultToOAuthAuthentication: true,
    allowBlobPublicAccess: false,
    minimumTlsVersion: 'TLS1_2' as const,
    enableHttpsTrafficOnly: true,
  };
}

/** API version of registries, created through the generic resources client. */
export const registryApiVersion = '2023-07-01';

/** Body of the registry: Basic, no admin user (identities pull with AcrPull). */
export function setupRegistryBody(plan: AzureSetupPlan) {
  return {
    location: plan.input.location,
    tags: plan.tags,
    sku: { name: 'Basic' },
    properties: { adminUserEnabled: false },
  };
}

/** Body of a user-assigned identity. */
export function setupIdentityBody(plan: AzureSetupPlan) {
  return { location: plan.input.location, tags: plan.tags };
}

/** Body of a federated credential of the GitHub identity. */
export function federatedCredentialBody(subject: string) {
  return { issuer: githubOidcIssuer, subject, audiences: [githubOidcAudience] };
}

/** One role assignment the set-up makes. */
export interface SetupRoleAssignment {
  /** The row of REQUIRED_ROLES it satisfies. */
  requirement: RoleRequirement;
  /** Scope id. */
  scope: string;
  /** Deterministic name, so a second run asks for the same assignment. */
  name: string;
  /** Body. */
  body: { roleDefinitionId: string; principalId: string; principalType: 'ServicePrincipal' };
}

/**
 * The role assignments of REQUIRED_ROLES, once the identities' object ids are known; `scopes`
 * replaces planned ids with those of resources found elsewhere (a registry in another group).
 */
export function setupRoleAssignments(
  plan: AzureSetupPlan,
  principals: { runner: string; vm: string },
  scopes: AzureSetupPlan['ids'] = plan.ids,
): SetupRoleAssignment[] {
  return REQUIRED_ROLES.map((requirement) => {
    const scope = scopes[requirement.scope];
    const principalId = principals[requirement.principal];
    return {
      requirement,
      scope,
      name: roleAssignmentName(scope, requirement.role, principalId),
      body: {
        roleDefinitionId: roleDefinitionId(plan.input.subscriptionId, requirement.role),
        principalId,
        principalType: 'ServicePrincipal',
      },
    };
  });
}

/** One request of the set-up, as the dry run prints it. */
export interface SetupRequest {
  /** HTTP method. */
  method: 'PUT' | 'POST';
  /** ARM path (no host, no api-version). */
  path: string;
  /** Body, if any. */
  body?: unknown;
  /** Why. */
  why: string;
}

/** Every request the set-up sends to a subscription where nothing exists yet (each is first looked up with a GET). */
export function describeSetupRequests(plan: AzureSetupPlan): SetupRequest[] {
  const sub = plan.ids.subscription;
  const group = `${sub}/resourceGroups/${plan.resourceGroup}`;
  const principals = {
    runner: `<object id of ${plan.githubIdentity}>`,
    vm: `<object id of ${plan.vmIdentity}>`,
  };
  return [
    ...plan.providers.map((ns) => ({
      method: 'POST' as const,
      path: `${sub}/providers/${ns}/register`,
      why: `register ${ns} (only when not registered)`,
    })),
    { method: 'PUT', path: group, body: setupGroupBody(plan), why: 'the shared resource group' },
    {
      method: 'PUT',
      path: plan.ids.storageAccount,
      body: setupStorageAccountBody(plan),
      why: 'plans, results, run-command logs, reports',
    },
    {
      method: 'PUT',
      path: `${plan.ids.storageAccount}/blobServices/default/containers/${plan.container}`,
      body: {},
      why: 'run exchanges and report history (the action’s storage-container)',
    },
    {
      method: 'PUT',
      path: plan.ids.registry,
      body: setupRegistryBody(plan),
      why: 'the product images (unless --acr names one that exists)',
    },
    ...[plan.vmIdentity, plan.githubIdentity].map((name) => ({
      method: 'PUT' as const,
      path: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`,
      body: setupIdentityBody(plan),
      why:
        name === plan.vmIdentity
          ? 'the VMs pull images with it'
          : 'GitHub workflows sign in as it (OIDC, no secret)',
    })),
    ...plan.federatedCredentials.map((fic) => ({
      method: 'PUT' as const,
      path: `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${plan.githubIdentity}/federatedIdentityCredentials/${fic.name}`,
      body: { properties: federatedCredentialBody(fic.subject) },
      why: `trust ${fic.subject}`,
    })),
    ...setupRoleAssignments(plan, principals).map((a) => ({
      method: 'PUT' as const,
      path: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${a.name}`,
      body: { properties: a.body },
      why: `${a.requirement.role}: ${a.requirement.why}`,
    })),
  ];
}

/**
 * The repository variables the example workflows read (docs/examples/*.yml), once the GitHub
 * identity's ids are known. The container is not one: the examples name it (`bench`).
 */
export function setupVariables(
  plan: AzureSetupPlan,
  github: { tenantId: string; clientId: string; vmIdentityId: string },
): Record<string, string> {
  return {
    AZURE_TENANT_ID: github.tenantId,
    AZURE_CLIENT_ID: github.clientId,
    AZURE_SUBSCRIPTION_ID: plan.input.subscriptionId,
    ACR_NAME: plan.acrName,
    BENCH_STORAGE_ACCOUNT: plan.storageAccount,
    BENCH_VM_IDENTITY: github.vmIdentityId,
  };
}

/** A pull-request workflow using the variables, ready to commit as `.github/workflows/bench-pr.yml`. */
export function setupWorkflowSnippet(plan: AzureSetupPlan): string {
  const product = plan.input.repository.split('/').pop() ?? 'product';
  return [
    '# .github/workflows/bench-pr.yml (written by `bench setup azure`; docs/examples/pr-comparison.yml',
    '# also builds the PR image first)',
    'name: Benchmark PR',
    'on:',
    '  pull_request:',
    'permissions: {}',
    'jobs:',
    '  bench:',
    '    # The GitHub identity trusts this repository only; forks and Dependabot get no OIDC token.',
    "    if: github.event.pull_request.head.repo.full_name == github.repository && github.actor != 'dependabot[bot]'",
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      id-token: write # OIDC sign-in to Azure, no secret',
    '      contents: read',
    '      pull-requests: write',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '      - uses: plasmatic/bench-action@v1',
    '        with:',
    `          config: configs/${product}-pr.yml`,
    '          provider: azure',
    `          image: \${{ vars.ACR_NAME }}.azurecr.io/${product}:\${{ github.sha }}`,
    '          acr-name: ${{ vars.ACR_NAME }}',
    '          azure-tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    '          azure-client-id: ${{ vars.AZURE_CLIENT_ID }}',
    '          azure-subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}',
    '          azure-vm-identity: ${{ vars.BENCH_VM_IDENTITY }}',
    '          storage-account: ${{ vars.BENCH_STORAGE_ACCOUNT }}',
    `          storage-container: ${plan.container}`,
    '',
  ].join('\n');
}
