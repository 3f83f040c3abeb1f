/**
 * The Azure Resource Manager clients a cloud run uses, built once with our retry policy (the
 * SDK's own retries are off so that retries happen in one visible place), an optional endpoint
 * and CA (the loopback fake in tests; sovereign clouds), and the log and delay functions.
 */
import type { TokenCredential } from '@azure/core-auth';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { StorageManagementClient } from '@azure/arm-storage';
import { createArmRetryPolicy } from './arm-retry-policy.js';

/** What every Azure edge function takes. */
export interface ArmContext {
  /** Subscription the run's groups live in. */
  subscriptionId: string;
  /** Resource groups. */
  resources: ResourceManagementClient;
  /** VNets, NSGs, NAT gateways, public IPs, NICs. */
  network: NetworkManagementClient;
  /** VMs, placement groups, run commands, image versions, vCPU usage. */
  compute: ComputeManagementClient;
  /** Role assignments and the caller's permissions (preflight, set-up). */
  authorization: AuthorizationManagementClient;
  /** User-assigned identities and their federated credentials (preflight, set-up). */
  msi: ManagedServiceIdentityClient;
  /** Storage accounts and blob containers (set-up). */
  storage: StorageManagementClient;
  /** One line per step, retry and fallback. */
  log: (line: string) => void;
  /** Waits between polls; injectable so tests never wait. */
  sleep: (ms: number) => Promise<void>;
  /** Interval of long-running-operation polls when Azure sends no `Retry-After`. */
  pollIntervalMs: number;
}

/** Options of `createArmContext`. */
export interface ArmContextOptions {
  /** Token source (see `createAzureCredential`). */
  credential: TokenCredential;
  /** Subscription id. */
  subscriptionId: string;
  /** ARM endpoint; `https://management.azure.com` when absent. */
  endpoint?: string;
  /** Extra CA (PEM) to trust, for a loopback fake. */
  ca?: string;
  /** Log sink (default: nothing). */
  log?: (line: string) => void;
  /** Delay function (default: a timer). */
  sleep?: (ms: number) => Promise<void>;
  /** Retries of throttled or failed requests (default 6). */
  maxRetries?: number;
  /** Back-off without `Retry-After` (default 2,000 ms, doubled per retry). */
  retryBaseDelayMs?: number;
  /** Long-running-operation poll interval (default 5,000 ms). */
  pollIntervalMs?: number;
}

/** Waits `ms` milliseconds. */
export function sleepMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Builds the clients, sharing one retry policy. */
export function createArmContext(options: ArmContextOptions): ArmContext {
  const log = options.log ?? (() => undefined);
  const sleep = options.sleep ?? sleepMs;
  const retryPolicy = createArmRetryPolicy({
    log,
    sleep,
    ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
    ...(options.retryBaseDelayMs !== undefined && { baseDelayMs: options.retryBaseDelayMs }),
  });
  const common = {
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    ...(options.ca !== undefined && { tlsOptions: { ca: options.ca } }),
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [{ policy: retryPolicy, position: 'perCall' as const }],
    userAgentOptions: { userAgentPrefix: 'bench-action' },
  };
  return {
    subscriptionId: options.subscriptionId,
    resources: new ResourceManagementClient(options.credential, options.subscriptionId, common),
    network: new NetworkManagementClient(options.credential, options.subscriptionId, common),
    compute: new ComputeManagementClient(options.credential, options.subscriptionId, common),
    authorization: new AuthorizationManagementClient(
      options.credential,
      options.subscriptionId,
      common,
    ),
    msi: new ManagedServiceIdentityClient(options.credential, options.subscriptionId, common),
    storage: new StorageManagementClient(options.credential, options.subscriptionId, common),
    log,
    sleep,
    pollIntervalMs: options.pollIntervalMs ?? 5_000,
  };
}
