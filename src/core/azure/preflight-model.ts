/**
 * The preflight's model: what a check reports, what the checks ask Azure (the probes, which
 * `src/edges/azure/preflight-probes.ts` implements), the vCPU arithmetic and the checklist as
 * text. Pure: the checks themselves run in `src/pipeline/azure/preflight.ts`.
 */
import type { PermissionFacts, RoleAssignmentFacts } from './required-roles.js';
import { describeVmSize } from './vm-sizes.js';

/** How a check came out: `warn` does not stop a run, `fail` does, `skip` could not be checked. */
export type PreflightStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** One line of the checklist. */
export interface PreflightCheck {
  /** Stable id, e.g. `providers`, `role:runner-contributor`, `quota`. */
  id: string;
  /** What was checked, e.g. `Contributor for the signed-in identity on the subscription`. */
  title: string;
  /** How it came out. */
  status: PreflightStatus;
  /** What was found. */
  detail: string;
  /** What to do, for `fail` and `warn`. */
  fix?: string;
}

/** The whole checklist. */
export interface PreflightReport {
  /** Subscription checked. */
  subscriptionId: string;
  /** Every check, in order. */
  checks: PreflightCheck[];
  /** True when no check failed. */
  ok: boolean;
}

/** A vCPU usage line of the compute usage API. */
export interface VcpuUsage {
  /** `cores` (all vCPUs of the region) or a family, e.g. `standardDSv5Family`. */
  name: string;
  /** vCPUs in use. */
  currentValue: number;
  /** vCPUs allowed. */
  limit: number;
}

/** What the preflight asks Azure; every call reads, none creates. */
export interface AzurePreflightProbes {
  /** Registration state of a resource provider (`Registered`, `NotRegistered`, `Registering`). */
  providerState(namespace: string): Promise<string>;
  /** Object id of the identity the run signs in with, from its token (undefined when the token names none). */
  callerObjectId(): Promise<string | undefined>;
  /** Resource id of the resource of `type` named `name` in the subscription, or undefined. */
  findResource(type: string, name: string): Promise<string | undefined>;
  /** Object id of a user-assigned identity, or undefined when it does not exist. */
  identityPrincipalId(resourceId: string): Promise<string | undefined>;
  /** Role assignments of `principalId` at, above or below `scope`. */
  roleAssignments(scope: string, principalId: string): Promise<RoleAssignmentFacts[]>;
  /** The caller's effective permissions at a resource or resource group (groups and custom roles included). */
  callerPermissions(scope: string): Promise<PermissionFacts[]>;
  /** The regions (of `regions`) without the pinned Ubuntu image. */
  regionsWithoutOsImage(regions: readonly string[]): Promise<string[]>;
  /** vCPU usage and limits of a region. */
  vcpuUsage(region: string): Promise<VcpuUsage[]>;
  /** Pins an image to its digest (throws IMAGE_NOT_FOUND or AZURE_ACR_UNAUTHORIZED). */
  resolveImage(image: string): Promise<string>;
  /** The run's Blob container and key delegation; absent when the connection offers no probe. */
  blob?: {
    /** Whether the container exists. */
    containerExists(): Promise<boolean>;
    /**
     * Obtains a user delegation key (`obtained`), or says the connection signs with an account
     * key, or that the signed-in identity is not the one that would ask (`bench setup azure
     * --check` signs in as the administrator, runs as the GitHub identity).
     */
    delegationKey(): Promise<'obtained' | 'account-key' | 'other-identity'>;
  };
}

/** vCPUs one run takes on a choice, per quota name (`cores` and the families). */
export function vcpusNeeded(
  size: string,
  loadVmSize: string | undefined,
  loadAgents: number,
): Map<string, number> | undefined {
  const product = describeVmSize(size);
  const load = describeVmSize(loadVmSize ?? size);
  if (product.vCpus === undefined || load.vCpus === undefined) return undefined;
  const needed = new Map<string, number>();
  const add = (name: string | undefined, vcpus: number) => {
    if (name !== undefined) needed.set(name, (needed.get(name) ?? 0) + vcpus);
  };
  add('cores', product.vCpus + loadAgents * load.vCpus);
  add(product.quotaFamily, product.vCpus);
  add(load.quotaFamily, loadAgents * load.vCpus);
  return needed;
}

/** Whether a region's usage leaves room for `needed`; the first quota short of room, when not. */
export function quotaShortfall(
  needed: Map<string, number>,
  usage: readonly VcpuUsage[],
): { name: string; left: number; needed: number } | undefined {
  for (const [name, vcpus] of needed) {
    const line = usage.find((u) => u.name.toLowerCase() === name.toLowerCase());
    if (!line) continue;
    const left = line.limit - line.currentValue;
    if (left < vcpus) return { name, left, needed: vcpus };
  }
  return undefined;
}

/** Marks of each status in the checklist. */
const marks: Record<PreflightStatus, string> = {
  pass: '[ok]  ',
  warn: '[warn]',
  fail: '[FAIL]',
  skip: '[skip]',
};

/** The checklist as text: one line per check, the fix under each failure or warning, a verdict. */
export function renderPreflightChecklist(report: PreflightReport): string {
  const lines = [`Azure preflight for subscription ${report.subscriptionId}`];
  for (const check of report.checks) {
    lines.push(`${marks[check.status]} ${check.title}: ${check.detail}`);
    if (check.fix && (check.status === 'fail' || check.status === 'warn')) {
      lines.push(`         fix: ${check.fix}`);
    }
  }
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  const warned = report.checks.filter((c) => c.status === 'warn').length;
  lines.push(
    failed > 0
      ? `${failed} of ${report.checks.length} checks failed; a run would stop before creating anything.`
      : `All ${report.checks.length} checks passed${warned > 0 ? ` (${warned} with a warning)` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
