/**
 * Deletes a run's resource group: idempotent (an absent group is a success), with VMs
 * force-deleted, and a bounded wait so the post step finishes inside GitHub's limits even when
 * Azure takes its time (the deletion carries on in Azure; the janitor is the backstop).
 */
import { BenchError } from '../../core/errors.js';
import { classifyArmError, deniedHint, readArmError } from '../../core/azure/classify-arm-error.js';
import { managedByTag, runTagNames } from '../../core/azure/run-names.js';
import type { ArmContext } from './arm-context.js';

/** Options of `deleteRunGroup`. */
export interface DeleteRunGroupOptions {
  /** How long to follow the deletion before returning with `pending: true` (0 = start it only). */
  waitMs: number;
}

/** Outcome of `deleteRunGroup`. */
export interface DeleteRunGroupResult {
  /** The group is gone (or never existed). */
  deleted: boolean;
  /** Azure accepted the deletion but it had not finished within `waitMs`. */
  pending: boolean;
}

/** ARM asks that resource groups with VMs be force-deleted this way (faster, no VM shutdown). */
export const forceDeletionTypes = 'Microsoft.Compute/virtualMachines';

/** Turns a deletion error into an actionable BenchError. */
function deletionError(error: unknown, name: string): BenchError {
  const facts = readArmError(error);
  const denied = classifyArmError(error) === 'denied';
  return new BenchError(
    denied ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_CLEANUP_FAILED',
    `Could not delete resource group ${name}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
    denied
      ? deniedHint(facts.code, facts.message)
      : `Delete it by hand (az group delete -n ${name} --force-deletion-types ${forceDeletionTypes}) or let the janitor remove it after its expires-at tag.`,
    { cause: error },
  );
}

/** Starts deleting a run group and follows it for up to `waitMs`. */
export async function deleteRunGroup(
  ctx: ArmContext,
  name: string,
  opts: DeleteRunGroupOptions,
): Promise<DeleteRunGroupResult> {
  ctx.log(`Deleting resource group ${name} (force-deleting VMs)`);
  let poller;
  try {
    poller = await ctx.resources.resourceGroups.beginDelete(name, {
      forceDeletionTypes,
      updateIntervalInMs: ctx.pollIntervalMs,
    });
  } catch (error) {
    if (classifyArmError(error) === 'not-found') {
      ctx.log(`Resource group ${name} does not exist: nothing to delete`);
      return { deleted: true, pending: false };
    }
    throw deletionError(error, name);
  }
  // Waits are counted in poll intervals of the injected sleep, so tests need no clock.
  let waitedMs = 0;
  try {
    while (!poller.isDone()) {
      if (waitedMs >= opts.waitMs) {
        ctx.log(
          `Resource group ${name} is still being deleted after ${waitedMs} ms; Azure carries on`,
        );
        return { deleted: false, pending: true };
      }
      await ctx.sleep(ctx.pollIntervalMs);
      waitedMs += ctx.pollIntervalMs;
      await poller.poll();
    }
  } catch (error) {
    if (classifyArmError(error) === 'not-found') return { deleted: true, pending: false };
    throw deletionError(error, name);
  }
  const state = poller.getOperationState();
  // A failed or cancelled operation makes poll() throw (@azure/core-lro 3.x), so this only
  // guards against a poller that stops otherwise; no ARM answer reaches it.
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (state.status !== 'succeeded')
    throw deletionError(state.error ?? new Error(state.status), name);
  ctx.log(`Resource group ${name} deleted`);
  return { deleted: true, pending: false };
}

/** Quotes a value inside an OData string literal. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A group found by tags. */
export interface FoundRunGroup {
  /** Group name. */
  name: string;
  /** Its tags. */
  tags: Record<string, string>;
  /** `Succeeded`, `Deleting`, ... */
  provisioningState?: string;
}

/**
 * Groups carrying `managed-by=bench-action` and every tag given (e.g. `bench-run-id`), for when
 * the recorded state was lost. ARM filters on one tag; the rest is checked here.
 */
export async function findRunGroups(
  ctx: ArmContext,
  tags: Record<string, string>,
): Promise<FoundRunGroup[]> {
  const wanted: Record<string, string> = { [runTagNames.managedBy]: managedByTag.value, ...tags };
  const [firstName, firstValue] = Object.entries(tags)[0] ?? [
    managedByTag.name,
    managedByTag.value,
  ];
  const filter = `tagName eq ${odataString(firstName)} and tagValue eq ${odataString(firstValue)}`;
  const found: FoundRunGroup[] = [];
  try {
    for await (const group of ctx.resources.resourceGroups.list({ filter })) {
      const groupTags = group.tags ?? {};
      if (!group.name) continue;
      if (Object.entries(wanted).every(([k, v]) => groupTags[k] === v)) {
        found.push({
          name: group.name,
          tags: groupTags,
          ...(group.properties?.provisioningState && {
            provisioningState: group.properties.provisioningState,
          }),
        });
      }
    }
  } catch (error) {
    const facts = readArmError(error);
    throw new BenchError(
      classifyArmError(error) === 'denied' ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_REQUEST_FAILED',
      `Could not list resource groups: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
      deniedHint(facts.code, facts.message),
      { cause: error },
    );
  }
  return found;
}
