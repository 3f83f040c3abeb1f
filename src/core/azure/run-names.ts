/**
 * Names and tags of a run's resource group. Deterministic from the GitHub run so that the post
 * step, a re-run and the janitor all agree on them without shared state.
 */
import { createHash } from 'node:crypto';

/** What identifies one cloud run: a job attempt of a workflow run. */
export interface RunIdentity {
  /** `owner/name` of the repository. */
  repository: string;
  /** `GITHUB_RUN_ID`. */
  runId: string;
  /** `GITHUB_RUN_ATTEMPT`; a re-run gets a new group, so it never collides with one still being deleted. */
  runAttempt: number;
  /** Job id (plus matrix suffix), so matrix jobs of one run get separate groups. */
  job: string;
}

/** Azure's limit on resource group names. */
export const maxGroupNameLength = 90;

/** Tag that marks everything this project created; the janitor deletes nothing without it. */
export const managedByTag = { name: 'managed-by', value: 'bench-action' } as const;

/** Tag names set on every run group. */
export const runTagNames = {
  /** Always `bench-action`. */
  managedBy: 'managed-by',
  /** Link back to the workflow run, for a human finding the group in the portal. */
  runUrl: 'run-url',
  /** ISO time of creation. */
  createdAt: 'created-at',
  /** ISO time after which the janitor may delete the group. */
  expiresAt: 'expires-at',
  /** `<repository>/<runId>/<attempt>/<job>`: finds the group when the recorded state was lost. */
  benchRunId: 'bench-run-id',
} as const;

/** Keeps lower-case letters, digits and single hyphens (a subset of what Azure allows everywhere). */
function sanitize(part: string): string {
  return part
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short stable digest so that names shortened or merged by sanitizing stay distinct. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The `bench-run-id` tag value of a run. */
export function formatBenchRunId(run: RunIdentity): string {
  return `${run.repository}/${run.runId}/${run.runAttempt}/${run.job}`;
}

/**
 * Resource group name `bench-<repo>-<runId>-<attempt>-<job>`, sanitized; when longer than 90
 * characters the repository and job parts are cut and a hash of the full identity is appended.
 */
export function buildRunGroupName(run: RunIdentity): string {
  const repo = sanitize(run.repository.split('/').pop() ?? run.repository) || 'repo';
  const runPart = `${sanitize(run.runId) || '0'}-${Math.max(1, Math.trunc(run.runAttempt))}`;
  const job = sanitize(run.job) || 'job';
  const full = `bench-${repo}-${runPart}-${job}`;
  if (full.length <= maxGroupNameLength) return full;
  const hash = shortHash(formatBenchRunId(run));
  // Fixed parts: "bench-" + "-" + runPart + "-" + "-" + hash.
  const budget = maxGroupNameLength - 'bench-'.length - runPart.length - hash.length - 3;
  const repoBudget = Math.max(1, Math.floor(budget / 2));
  const jobBudget = Math.max(1, budget - repoBudget);
  const cut = (s: string, n: number) => s.slice(0, n).replace(/-+$/, '') || 'x';
  return `bench-${cut(repo, repoBudget)}-${runPart}-${cut(job, jobBudget)}-${hash}`.slice(
    0,
    maxGroupNameLength,
  );
}

/** Inputs of `buildRunTags`. */
export interface RunTagInput {
  /** The run the group belongs to. */
  run: RunIdentity;
  /** Workflow run URL (or a local description for CLI runs). */
  runUrl: string;
  /** Creation time. */
  now: Date;
  /** Lifetime before the janitor may delete the group. */
  ttlHours: number;
}

/** Tags set on the run's resource group at creation. */
export function buildRunTags(input: RunTagInput): Record<string, string> {
  const expires = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
  return {
    [runTagNames.managedBy]: managedByTag.value,
    // Azure caps tag values at 256 characters.
    [runTagNames.runUrl]: input.runUrl.slice(0, 256),
    [runTagNames.createdAt]: input.now.toISOString(),
    [runTagNames.expiresAt]: expires.toISOString(),
    [runTagNames.benchRunId]: formatBenchRunId(input.run).slice(0, 256),
  };
}

/** Whether a group's tags say it is ours and past its `expires-at` (unparsable dates never expire). */
export function isExpiredRunGroup(tags: Record<string, string> | undefined, now: Date): boolean {
  if (!tags || tags[runTagNames.managedBy] !== managedByTag.value) return false;
  const expiresAt = tags[runTagNames.expiresAt];
  if (expiresAt === undefined) return false;
  const expiresMs = Date.parse(expiresAt);
  return Number.isFinite(expiresMs) && expiresMs <= now.getTime();
}

/**
 * Names of the resources inside a run group. Network resources carry their region so that a
 * fallback to the next region can build its own network next to the first one (both go with
 * the group). VM names are fixed because a failed VM is deleted before the next try; NICs are
 * not: Azure keeps the NIC of a failed VM create reserved for that VM for 180 s
 * (NicReservedForAnotherVm), so each attempt gets its own (`attemptNic`) and the failed one is
 * left to the group's deletion.
 */
export const runResourceNames = {
  /** Virtual network in `region`. */
  vnet: (region: string) => `bench-vnet-${region}`,
  /** The one subnet of each VNet. */
  subnet: 'bench-subnet',
  /** Network security group on the subnet in `region`. */
  nsg: (region: string) => `bench-nsg-${region}`,
  /** NAT gateway giving the subnet in `region` outbound access. */
  natGateway: (region: string) => `bench-nat-${region}`,
  /** Public IP of the NAT gateway in `region` (outbound only). */
  natPublicIp: (region: string) => `bench-nat-ip-${region}`,
  /** Proximity placement group in `region`, keeping product and load VMs close. */
  placementGroup: (region: string) => `bench-ppg-${region}`,
  /** The product VM. */
  productVm: 'bench-product',
  /** NIC of the product VM. */
  productNic: 'bench-product-nic',
  /** Load VM number `index` (0-based). */
  loadVm: (index: number) => `bench-load-${index + 1}`,
  /** NIC of load VM number `index` (0-based). */
  loadNic: (index: number) => `bench-load-${index + 1}-nic`,
} as const;

/** The NIC of attempt `attempt` (from 1) of a VM whose first NIC is `base`: `base`, `base-2`, ... */
export function attemptNic(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}

/** Names of the managed run commands of a run, one place for the edges, the plan and the logs. */
export const runCommandNames = {
  /** Waits for the product VM's cloud-init to report healthy. */
  productReady: 'bench-product-ready',
  /** Waits for load VM number `index` (0-based) to be prepared. */
  loadReady: (index: number) => `bench-load-ready-${index + 1}`,
  /** The runner on load VM number `index` (0-based). */
  runner: (index: number) => `bench-runner-${index + 1}`,
  /** Uploads the product VM's samples. */
  samplesUpload: 'bench-samples-upload',
} as const;

/** Every run command a run with `loadAgents` load VMs starts, in order. */
export function allRunCommandNames(loadAgents: number): string[] {
  const agents = Array.from({ length: loadAgents }, (_, i) => i);
  return [
    runCommandNames.productReady,
    ...agents.map(runCommandNames.loadReady),
    ...agents.map(runCommandNames.runner),
    runCommandNames.samplesUpload,
  ];
}
