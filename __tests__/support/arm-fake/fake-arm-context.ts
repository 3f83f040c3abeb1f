/**
 * An `ArmContext` wired to a running ARM fake, with a credential stub, a recorded (instant)
 * sleep and a captured log, plus a valid run spec to vary in tests.
 */
import type { AzureRunSpec } from '../../../src/core/azure/resource-specs.js';
import { createArmContext, type ArmContext } from '../../../src/edges/azure/arm-context.js';
import type { ArmFake } from './arm-fake.js';

/** Subscription id the tests use. */
export const testSubscriptionId = '11111111-2222-3333-4444-555555555555';

/** A context plus what it recorded. */
export interface FakeArmContext {
  /** The context to pass to the code under test. */
  ctx: ArmContext;
  /** Every delay asked of `sleep`, in order (none is actually waited). */
  sleeps: number[];
  /** Every log line. */
  logs: string[];
}

/** Builds a context against `fake` that never waits. */
export function createFakeArmContext(
  fake: ArmFake,
  options: { maxRetries?: number } = {},
): FakeArmContext {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const ctx = createArmContext({
    credential: {
      getToken: () => Promise.resolve({ token: 'x', expiresOnTimestamp: Date.now() + 3600e3 }),
    },
    subscriptionId: testSubscriptionId,
    endpoint: fake.endpoint,
    ca: fake.ca,
    log: (line) => logs.push(line),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    pollIntervalMs: 1,
    ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
  });
  return { ctx, sleeps, logs };
}

/** A spec that passes validation; override what a test varies. */
export function sampleRunSpec(overrides: Partial<AzureRunSpec> = {}): AzureRunSpec {
  return {
    groupName: 'bench-reframe-123-1-bench',
    tags: {
      'managed-by': 'bench-action',
      'run-url': 'https://github.com/plasmatic/reframe/actions/runs/123',
      'created-at': '2026-11-29T04:00:00.000Z',
      'expires-at': '2026-11-29T10:00:00.000Z',
      'bench-run-id': 'plasmatic/reframe/123/1/bench',
    },
    product: {
      image: `benchacr.azurecr.io/reframe:3.1.0@sha256:${'a'.repeat(64)}`,
      port: 3000,
      env: { RUST_LOG: 'error', TOKIO_WORKER_THREADS: '4' },
      healthPath: '/health',
      healthTimeoutSeconds: 300,
    },
    acrLoginServer: 'benchacr.azurecr.io',
    identityResourceId: `/subscriptions/${testSubscriptionId}/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm`,
    vmSizes: ['Standard_D4s_v5', 'Standard_F4s_v2'],
    regions: ['westeurope', 'northeurope'],
    loadAgents: 1,
    runnerImage: 'node:24-bookworm-slim',
    allowBurstable: false,
    sshPublicKey: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 bench-throwaway',
    ...overrides,
  };
}
