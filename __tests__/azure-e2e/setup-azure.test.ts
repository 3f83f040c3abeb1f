/**
 * `bench setup azure` against the ARM fake through the real SDK clients: a fresh subscription,
 * a second run that changes nothing, a half-done set-up, a principal that may not assign roles,
 * the dry run, `--check`, and the repository variables through the loopback GitHub API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REQUIRED_ROLES,
  builtInRoleIds,
  findSatisfyingAssignment,
} from '../../src/core/azure/required-roles.js';
import { planAzureSetup } from '../../src/core/azure/setup-plan.js';
import { runCli, type CliDeps } from '../../src/cli/program.js';
import { startArmFake, type ArmFake } from '../support/arm-fake/arm-fake.js';
import {
  createFakeArmContext,
  fakeCredential,
  testSubscriptionId,
} from '../support/arm-fake/fake-arm-context.js';
import { startGitHubApiFake, type GitHubApiFake } from '../support/github-api-fake.js';
import { memoryIo } from './cloud-sim.js';

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake({ freshSubscription: true });
});
afterEach(async () => {
  await fake.close();
});

const repo = 'plasmatic/reframe';
const args = [
  'setup',
  'azure',
  '--repo',
  repo,
  '--subscription',
  testSubscriptionId,
  '--triggers',
  'pull_request,main,environment:benchmarks',
];
const plan = planAzureSetup({
  repository: repo,
  subscriptionId: testSubscriptionId,
  location: 'westeurope',
  namePrefix: 'bench',
  triggers: ['pull_request', 'main', 'environment:benchmarks'],
});

/** The CLI's services wired to the fake, signed in as `principalId` (the fake's Owner by default). */
function deps(principalId?: string, env: Record<string, string> = {}): CliDeps {
  return {
    env,
    createCredential: () => fakeCredential(principalId),
    createArmContext: ({ log }) => {
      const { ctx } = createFakeArmContext(fake, {
        ...(principalId !== undefined && { principalId }),
      });
      return { ...ctx, log };
    },
  };
}

async function setup(extra: string[] = [], d: CliDeps = deps()) {
  const { io, stdout, stderr } = memoryIo(process.cwd());
  const code = await runCli([...args, ...extra], io, d);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Writes the fake received (GETs and the role-assignment and permission lists excluded). */
const writes = (from = 0) =>
  fake.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !r.path.includes('fake-operations'));

function resource(type: string, name: string) {
  return [...fake.groups.values()]
    .flatMap((g) => [...g.resources.values()])
    .find((r) => r.type === type && r.name === name);
}

describe('bench setup azure on a fresh subscription', () => {
  it('registers the providers, creates every resource, trusts each trigger and assigns every role', async () => {
    const { code, stdout, stderr } = await setup();
    expect(code, stderr).toBe(0);

    expect([...fake.unregisteredProviders]).toEqual([]);
    expect(
      fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/register')).length,
    ).toBe(5);
    expect(fake.groups.get('bench-shared')?.tags).toEqual({ 'bench-setup': repo });

    const account = resource('Microsoft.Storage/storageAccounts', plan.storageAccount);
    expect(account?.properties).toMatchObject({
      allowSharedKeyAccess: false,
      allowBlobPublicAccess: false,
      minimumTlsVersion: 'TLS1_2',
    });
    expect(
      resource('Microsoft.Storage/storageAccounts/blobServices/containers', 'bench'),
    ).toBeDefined();
    expect(
      resource('Microsoft.ContainerRegistry/registries', plan.acrName)?.properties,
    ).toMatchObject({ adminUserEnabled: false });

    const vm = resource('Microsoft.ManagedIdentity/userAssignedIdentities', 'bench-vm')!;
    const github = resource('Microsoft.ManagedIdentity/userAssignedIdentities', 'bench-github')!;
    const credentials = [...fake.groups.get('bench-shared')!.resources.values()]
      .filter(
        (r) =>
          r.type ===
          'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
      )
      .map((r) => r.properties);
    expect(credentials.map((c) => c.subject).sort()).toEqual([
      'repo:plasmatic/reframe:environment:benchmarks',
      'repo:plasmatic/reframe:pull_request',
      'repo:plasmatic/reframe:ref:refs/heads/main',
    ]);
    for (const c of credentials) {
      expect(c.issuer).toBe('https://token.actions.githubusercontent.com');
      expect(c.audiences).toEqual(['api://AzureADTokenExchange']);
    }

    // Every row of the one table, for the right principal, at its narrowest scope.
    const principal = { runner: github.properties.principalId, vm: vm.properties.principalId };
    const scopes = {
      subscription: `/subscriptions/${testSubscriptionId}`,
      vmIdentity: vm.id,
      storageAccount: account!.id,
      registry: resource('Microsoft.ContainerRegistry/registries', plan.acrName)!.id,
    };
    for (const row of REQUIRED_ROLES) {
      const held = fake.roleAssignments
        .filter((a) => a.principalId === principal[row.principal])
        .map((a) => ({ scope: a.scope, roleDefinitionId: a.roleDefinitionId }));
      expect(findSatisfyingAssignment(held, row, scopes[row.scope]), row.id).toBeDefined();
    }
    // The role each row names is made at its own scope, unless a role made before covers it
    // (Contributor on the subscription includes Managed Identity Operator and AcrPull).
    const made = fake.roleAssignments.filter((a) => a.principalId !== fake.defaultCallerId);
    expect(made.every((a) => a.principalType === 'ServicePrincipal')).toBe(true);
    expect(
      made
        .map(
          (a) =>
            `${a.principalId === principal.vm ? 'vm' : 'runner'} ${a.roleDefinitionId.split('/').pop()} ${a.scope}`,
        )
        .sort(),
    ).toEqual(
      [
        `runner ${builtInRoleIds.Contributor} ${scopes.subscription}`,
        `runner ${builtInRoleIds['Storage Blob Data Contributor']} ${scopes.storageAccount}`,
        `vm ${builtInRoleIds.AcrPull} ${scopes.registry}`,
      ].sort(),
    );
    expect(stdout).toMatch(
      /role Managed Identity Operator for bench-github on \S+: already as wanted \(Contributor at \/subscriptions\//,
    );

    // What the workflows read, with the values Azure gave.
    expect(stdout).toContain(
      `gh variable set AZURE_CLIENT_ID --repo ${repo} --body '${String(github.properties.clientId)}'`,
    );
    expect(stdout).toContain(`--body '${String(github.properties.tenantId)}'`);
    expect(stdout).toContain(`gh variable set BENCH_VM_IDENTITY --repo ${repo} --body '${vm.id}'`);
    expect(stdout).toContain(`gh variable set ACR_NAME --repo ${repo} --body '${plan.acrName}'`);
    expect(stdout).toContain('azure-client-id: ${{ vars.AZURE_CLIENT_ID }}');
    expect(stdout).toContain('storage-container: bench');
    expect(stdout).toMatch(/provider Microsoft\.Compute: created/);
    expect(stdout).toContain('17 created, 0 updated, 2 already as wanted.');
  });

  it('changes nothing on a second run and says so per resource', async () => {
    expect((await setup()).code).toBe(0);
    const before = fake.requests.length;

    const second = await setup();

    expect(second.code, second.stderr).toBe(0);
    expect(writes(before)).toEqual([]);
    expect(second.stdout).toContain('Nothing changed: everything was already as wanted.');
    expect(second.stdout).toContain(`storage account ${plan.storageAccount}: already as wanted`);
    expect(second.stdout).toMatch(
      /role Contributor for bench-github on \/subscriptions\/[^:]+: already as wanted/,
    );
    expect(second.stdout).not.toMatch(/: created/);
  });

  it('--check fails on a fresh subscription with a fix per item and passes once the set-up ran', async () => {
    const before = await setup(['--check']);
    expect(before.code, before.stderr).toBe(3);
    expect(before.stdout).toContain('[FAIL] Resource providers registered');
    expect(before.stdout).toContain(
      '[FAIL] Contributor for the GitHub identity bench-github on the subscription',
    );
    expect(writes()).toEqual([]);

    expect((await setup()).code).toBe(0);
    const after = await setup(['--check']);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain(
      '[ok]   Storage Blob Data Contributor for the GitHub identity bench-github on the storage account',
    );
    expect(after.stdout).toContain('[ok]   Storage container bench');
  });
});

describe('bench setup azure on a half-done set-up', () => {
  it('keeps what is as wanted, updates what differs and creates the rest', async () => {
    fake.unregisteredProviders.clear();
    fake.seedGroup('bench-shared', 'westeurope', { 'bench-setup': repo });
    const accountId = fake.seedResource({
      group: 'bench-shared',
      type: 'Microsoft.Storage/storageAccounts',
      name: plan.storageAccount,
      location: 'westeurope',
      properties: { allowSharedKeyAccess: true },
      extra: { sku: { name: 'Standard_LRS' }, kind: 'StorageV2' },
    });
    fake.groups.get('bench-shared')!.resources.get(accountId.toLowerCase())!.tags = {
      'bench-setup': repo,
    };
    const vmId = fake.seedResource({
      group: 'bench-shared',
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      name: 'bench-vm',
      location: 'westeurope',
    });
    fake.seedResource({
      group: 'bench-shared',
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      name: 'bench-github',
      location: 'westeurope',
    });
    // A credential for pull requests that trusts another repository.
    fake.seedResource({
      group: 'bench-shared',
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
      name: `bench-github/${plan.federatedCredentials[0]!.name}`,
      properties: {
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:plasmatic/other:pull_request',
        audiences: ['api://AzureADTokenExchange'],
      },
    });
    // The VM identity already holds AcrPush on the subscription: it satisfies AcrPull.
    const vmPrincipal = String(
      resource('Microsoft.ManagedIdentity/userAssignedIdentities', 'bench-vm')!.properties
        .principalId,
    );
    fake.assignRole(vmPrincipal, 'AcrPush', `/subscriptions/${testSubscriptionId}`);

    const { code, stdout, stderr } = await setup();

    expect(code, stderr).toBe(0);
    expect(stdout).toContain('resource group bench-shared: already as wanted');
    expect(stdout).toContain(`storage account ${plan.storageAccount}: updated`);
    expect(
      resource('Microsoft.Storage/storageAccounts', plan.storageAccount)?.properties
        .allowSharedKeyAccess,
    ).toBe(false);
    expect(stdout).toContain('VM identity bench-vm: already as wanted');
    expect(stdout).toContain(
      `federated credential ${plan.federatedCredentials[0]!.name} (repo:plasmatic/reframe:pull_request): updated`,
    );
    expect(stdout).toContain('repo:plasmatic/reframe:ref:refs/heads/main): created');
    expect(stdout).toMatch(
      /role AcrPull for bench-vm on \S+: already as wanted \(AcrPush at \/subscriptions\//,
    );
    expect(stdout).toContain(`registry ${plan.acrName}: created`);
    expect(fake.roleAssignments.filter((a) => a.principalId === vmPrincipal)).toHaveLength(1);
    expect(stdout).toContain(`--body '${vmId}'`);
  });

  it('leaves a storage account made elsewhere as it is, with a note, when it allows shared keys', async () => {
    fake.unregisteredProviders.clear();
    fake.seedGroup('data', 'westeurope', {});
    fake.seedResource({
      group: 'data',
      type: 'Microsoft.Storage/storageAccounts',
      name: 'teamdata',
      location: 'westeurope',
      properties: { allowSharedKeyAccess: true },
      extra: { sku: { name: 'Standard_LRS' }, kind: 'StorageV2' },
    });

    const { code, stdout, stderr } = await setup(['--storage-account', 'teamdata']);

    expect(code, stderr).toBe(0);
    expect(stdout).toContain(
      'storage account teamdata: already as wanted (allows shared-key access; left as it is',
    );
    expect(
      resource('Microsoft.Storage/storageAccounts', 'teamdata')?.properties.allowSharedKeyAccess,
    ).toBe(true);
    // Its container and role go where the account is.
    expect(
      resource('Microsoft.Storage/storageAccounts/blobServices/containers', 'bench')?.id,
    ).toMatch(/resourceGroups\/data\//);
  });
});

describe('bench setup azure without the right to assign roles', () => {
  it('names the roles that grant it at the scope, and an Owner finishes the set-up from there', async () => {
    const contributor = 'cccccccc-0000-4000-8000-00000000000c';
    fake.assignRole(contributor, 'Contributor', `/subscriptions/${testSubscriptionId}`);

    const denied = await setup([], deps(contributor));

    expect(denied.code).toBe(3);
    expect(denied.stderr).toContain(
      'error [AZURE_SETUP_FORBIDDEN]: You may not assign Contributor on /subscriptions/',
    );
    expect(denied.stderr).toContain('Microsoft.Authorization/roleAssignments/write');
    expect(denied.stderr).toMatch(
      /hint: Assigning roles needs Owner or User Access Administrator \(or Role Based Access Control Administrator\) on \/subscriptions\/\S+ or above/,
    );
    expect(denied.stderr).toContain('az role assignment create --assignee-object-id');

    const owner = await setup();
    expect(owner.code, owner.stderr).toBe(0);
    expect(owner.stdout).toContain('GitHub identity bench-github: already as wanted');
    expect(owner.stdout).toMatch(/role Contributor for bench-github on \S+: created/);
  });
});

describe('bench setup azure --dry-run', () => {
  it('prints every request with its body and sends nothing', async () => {
    const { code, stdout } = await setup(['--dry-run']);

    expect(code).toBe(0);
    expect(fake.requests).toEqual([]);
    expect(stdout).toContain(
      `POST /subscriptions/${testSubscriptionId}/providers/Microsoft.Compute/register`,
    );
    expect(stdout).toContain(
      `PUT /subscriptions/${testSubscriptionId}/resourceGroups/bench-shared/providers/Microsoft.Storage/storageAccounts/${plan.storageAccount}`,
    );
    expect(stdout).toContain('"allowSharedKeyAccess": false');
    expect(stdout).toContain('"subject": "repo:plasmatic/reframe:environment:benchmarks"');
    expect(stdout.match(/\/providers\/Microsoft\.Authorization\/roleAssignments\//g)).toHaveLength(
      REQUIRED_ROLES.length,
    );
  });

  it('refuses a malformed repository before anything is sent', async () => {
    const { io, stderr } = memoryIo(process.cwd());
    const code = await runCli(
      [
        'setup',
        'azure',
        '--repo',
        'plasmatic/reframe;rm -rf',
        '--subscription',
        testSubscriptionId,
      ],
      io,
      deps(),
    );
    expect(code).toBe(2);
    expect(stderr()).toContain(
      '--repo: got "plasmatic/reframe;rm -rf", expected a GitHub repository as owner/name',
    );
    expect(fake.requests).toEqual([]);
  });
});

describe('bench setup azure with a GitHub token', () => {
  let github: GitHubApiFake;
  beforeEach(async () => {
    github = await startGitHubApiFake();
  });
  afterEach(async () => {
    await github.close();
  });

  it('sets the repository variables, and a second run finds them as wanted', async () => {
    const env = { GITHUB_API_URL: github.url };
    const first = await setup(['--github-token', 'ghp_test'], deps(undefined, env));
    expect(first.code, first.stderr).toBe(0);
    const stored = github.variables.get(repo)!;
    const identity = resource('Microsoft.ManagedIdentity/userAssignedIdentities', 'bench-github')!;
    expect(stored.get('AZURE_CLIENT_ID')?.value).toBe(identity.properties.clientId);
    expect(stored.get('AZURE_SUBSCRIPTION_ID')?.value).toBe(testSubscriptionId);
    expect([...stored.keys()].sort()).toEqual([
      'ACR_NAME',
      'AZURE_CLIENT_ID',
      'AZURE_SUBSCRIPTION_ID',
      'AZURE_TENANT_ID',
      'BENCH_STORAGE_ACCOUNT',
      'BENCH_VM_IDENTITY',
    ]);
    expect(first.stdout).toContain('repository variable AZURE_CLIENT_ID: created');
    expect(first.stdout + first.stderr).not.toContain('ghp_test');

    stored.get('ACR_NAME')!.value = 'oldacr';
    const second = await setup([], deps(undefined, { ...env, GITHUB_TOKEN: 'ghp_test' }));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('repository variable AZURE_CLIENT_ID: already as wanted');
    expect(second.stdout).toContain('repository variable ACR_NAME: updated');
    expect(stored.get('ACR_NAME')?.value).toBe(plan.acrName);
  });

  it('says which permission the token lacks when GitHub refuses', async () => {
    github.options.forbidden = ['variables'];
    const { code, stderr } = await setup(
      ['--github-token', 'ghp_test'],
      deps(undefined, { GITHUB_API_URL: github.url }),
    );
    expect(code).toBe(3);
    expect(stderr).toContain('error [GITHUB_VARIABLES_FAILED]');
    expect(stderr).toContain('Variables: read and write');
  });
});

describe('bench setup azure when Azure pushes back', () => {
  it('asks for another storage account name when another subscription holds it', async () => {
    fake.takenStorageAccountNames.add(plan.storageAccount);
    const { code, stderr } = await setup();
    expect(code).toBe(2);
    expect(stderr).toContain(
      `error [ARGUMENT_INVALID]: --storage-account: the name ${plan.storageAccount} is taken by another subscription`,
    );
    expect(stderr).toContain('hint: Give another name with --storage-account');
  });

  it('retries a role assignment whose new principal Entra has not replicated yet', async () => {
    fake.injectFault({
      method: 'PUT',
      path: /roleAssignments/,
      status: 400,
      code: 'PrincipalNotFound',
      message: 'Principal abc does not exist in the directory.',
      times: 2,
    });
    const { code, stderr } = await setup();
    expect(code, stderr).toBe(0);
    expect(stderr.match(/is not visible yet; retrying in 10 s/g)).toHaveLength(2);
  });
});
