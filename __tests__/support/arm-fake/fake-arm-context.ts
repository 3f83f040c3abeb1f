/**
 * An `ArmContext` wired to a running ARM fake, with a credential stub, a recorded (instant)
 * sleep and a captured log, plus a valid run spec to vary in tests.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { StoragePipelineOptions } from '@azure/storage-blob';
import type { AzureRunSpec } from '../../../src/core/azure/resource-specs.js';
import { createArmContext, type ArmContext } from '../../../src/edges/azure/arm-context.js';
import type { BlobConnection } from '../../../src/edges/azure/blob-service-client.js';
import { fakeAccessToken, type ArmFake } from './arm-fake.js';

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

/**
 * A credential stub: a JWT-shaped token naming `principalId` (so the fake and the code under
 * test see who calls), or the plain `'x'` the fake takes for its default caller.
 */
export function fakeCredential(principalId?: string): TokenCredential {
  const token = principalId === undefined ? 'x' : fakeAccessToken({ oid: principalId });
  return { getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600e3 }) };
}

/** A Blob connection to `account` on the fake's data plane, as `principalId` (default caller when absent). */
export function fakeBlobConnection(
  fake: ArmFake,
  account: string,
  principalId?: string,
): BlobConnection {
  // The storage pipeline hands unknown options to core-client, whose tlsOptions trust the fake.
  const clientOptions = { tlsOptions: { ca: fake.ca } } as StoragePipelineOptions;
  return {
    accountUrl: fake.blobUrl(account),
    credential: fakeCredential(principalId),
    clientOptions,
  };
}

/** Builds a context against `fake` that never waits. */
export function createFakeArmContext(
  fake: ArmFake,
  options: { maxRetries?: number; principalId?: string } = {},
): FakeArmContext {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const ctx = createArmContext({
    credential: fakeCredential(options.principalId),
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
