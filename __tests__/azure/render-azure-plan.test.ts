import { CLOUD_DEFAULTS } from '../../src/core/config/value-rules.js';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  azureSettingDefaults,
  validateAzureSettings,
  withAzureDefaults,
  type AzureSettings,
} from '../../src/core/azure/azure-settings.js';
import { buildAzureRunSpec } from '../../src/core/azure/build-run-spec.js';
import {
  loadReadyCommandScript,
  productReadyCommandScript,
  runnerCommandScript,
  samplesUploadCommandScript,
} from '../../src/core/azure/cloud-init.js';
import { renderAzurePlan } from '../../src/core/azure/render-azure-plan.js';
import { validateAzureRunSpec } from '../../src/core/azure/resource-specs.js';
import { sampleRunSpec, testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';

const settings: AzureSettings = {
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  clientId: '0b9a3d44-5a5e-4c57-9c4f-2f1f0d6c1e11',
  subscriptionId: testSubscriptionId,
  acrName: 'benchacr',
  storageAccount: 'benchstore',
  storageContainer: 'bench-runs',
  vmIdentityResourceId: sampleRunSpec().identityResourceId,
  ...azureSettingDefaults,
  vmSizes: ['Standard_D4s_v5', 'Standard_F4s_v2'],
  regions: ['westeurope', 'northeurope'],
  loadAgents: 2,
};

const secretValue = 'Sup3r-Secret-DB-Password';
const spec = buildAzureRunSpec({
  settings,
  run: { repository: 'plasmatic/reframe', runId: '123', runAttempt: 1, job: 'bench' },
  runUrl: 'https://github.com/plasmatic/reframe/actions/runs/123?sig=notasecret',
  now: new Date('2026-11-29T04:00:00.000Z'),
  product: {
    image: `benchacr.azurecr.io/reframe:3.1.0@sha256:${'b'.repeat(64)}`,
    port: 3000,
    env: { RUST_LOG: 'error', DB_PASSWORD: secretValue },
    healthPath: '/health',
    healthTimeoutSeconds: 300,
  },
  sshPublicKey: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDsecretkeymaterial bench-throwaway',
});

describe('renderAzurePlan', () => {
  const text = renderAzurePlan({
    spec,
    subscriptionId: testSubscriptionId,
    identity: { tenantId: settings.tenantId, clientId: settings.clientId },
    storage: { account: settings.storageAccount, container: settings.storageContainer },
  });

  it('builds a valid spec from settings', () => {
    expect(validateAzureRunSpec(spec)).toEqual([]);
    expect(spec.groupName).toBe('bench-reframe-123-1-bench');
    expect(spec.acrLoginServer).toBe('benchacr.azurecr.io');
  });

  it('lists every resource it would create with its body, the cloud-init and the run-command scripts', () => {
    for (const line of [
      'PUT Microsoft.Resources/resourceGroups/bench-reframe-123-1-bench',
      'PUT Microsoft.Network/publicIPAddresses/bench-nat-ip-westeurope',
      'PUT Microsoft.Network/natGateways/bench-nat-westeurope',
      'PUT Microsoft.Network/networkSecurityGroups/bench-nsg-westeurope',
      'PUT Microsoft.Network/virtualNetworks/bench-vnet-westeurope',
      'PUT Microsoft.Compute/proximityPlacementGroups/bench-ppg-westeurope',
      'PUT Microsoft.Network/networkInterfaces/bench-product-nic',
      'PUT Microsoft.Compute/virtualMachines/bench-product',
      'PUT Microsoft.Compute/virtualMachines/bench-load-1',
      'PUT Microsoft.Compute/virtualMachines/bench-load-2',
      '-- bench-runner-2 on bench-load-2',
      '"deny-internet-inbound"',
      'docker pull "$BENCH_IMAGE"',
      'RUST_LOG=<value hidden>',
      'forceDeletionTypes=Microsoft.Compute/virtualMachines',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('contains no secrets: env values, custom data, keys and SAS signatures are placeholders', () => {
    expect(text).not.toContain(secretValue);
    expect(text).not.toContain('secretkeymaterial');
    expect(text).not.toContain('notasecret');
    expect(text).toContain('DB_PASSWORD=<value hidden>');
    expect(text).toMatch(/"customData": "<base64 of the product cloud-init below>"/);
    // No long base64 blob (which could hide anything) survives.
    expect(text).not.toMatch(/[A-Za-z0-9+/]{80,}/);
  });

  it('reports problems instead of hiding them', () => {
    const bad = renderAzurePlan({
      spec: { ...spec, vmSizes: ['Standard_B2s'] },
      subscriptionId: testSubscriptionId,
    });
    expect(bad).toContain('Problems (the run would refuse to start)');
    expect(bad).toContain('vmSizes[0]');
  });
});

describe('run-command scripts', () => {
  it.each([
    ['product ready', productReadyCommandScript],
    ['load ready', loadReadyCommandScript],
    ['runner', runnerCommandScript],
    ['samples upload', samplesUploadCommandScript],
  ])('%s passes bash -n and takes its URLs from parameters', (_name, script) => {
    expect(() => execFileSync('bash', ['-n'], { input: script })).not.toThrow();
    expect(script).not.toMatch(/https:\/\/[^\s"]*blob/);
  });
});

describe('Azure settings', () => {
  it('fills defaults and accepts good settings', () => {
    const filled = withAzureDefaults({
      tenantId: settings.tenantId,
      clientId: settings.clientId,
      subscriptionId: settings.subscriptionId,
      acrName: 'benchacr',
      storageAccount: 'benchstore',
      storageContainer: 'bench-runs',
      vmIdentityResourceId: settings.vmIdentityResourceId,
      vmSizes: [],
    });
    expect(filled.vmSizes).toEqual([...CLOUD_DEFAULTS.vmSizes]);
    expect(filled.ttlHours).toBe(6);
    expect(validateAzureSettings(filled)).toEqual([]);
  });

  it('names every bad setting at once', () => {
    const problems = validateAzureSettings({
      ...settings,
      tenantId: 'contoso.onmicrosoft.com',
      storageAccount: 'Bench_Store',
      regions: ['west europe'],
      loadAgents: 0,
    });
    expect(problems.map((p) => p.field)).toEqual([
      'tenant-id',
      'storage-account',
      'load-agents',
      'regions[0]',
    ]);
  });
});
