/**
 * The janitor: deletes run groups whose runner died before its post step could. It touches only
 * groups tagged `managed-by=bench-action` whose `expires-at` has passed, never anything by name.
 */
import { isExpiredRunGroup, managedByTag, runTagNames } from '../../core/azure/run-names.js';
import type { ArmContext } from './arm-context.js';
import { deleteRunGroup, findRunGroups } from './cleanup.js';

/** Options of `runJanitor`. */
export interface JanitorOptions {
  /** List what would be deleted without deleting. */
  dryRun: boolean;
  /** The time `expires-at` is compared with. */
  now: Date;
  /** How long to follow each deletion (default 0: start them all, Azure finishes them). */
  waitMs?: number;
}

/** What the janitor did. */
export interface JanitorResult {
  /** Groups whose deletion was started (or would be, in a dry run). */
  deleted: string[];
  /** Our groups that have not expired yet. */
  kept: string[];
  /** Expired groups whose deletion Azure refused (logged; the next janitor run tries again). */
  failed: string[];
}

/** Deletes expired bench-action groups in the subscription. */
export async function runJanitor(ctx: ArmContext, opts: JanitorOptions): Promise<JanitorResult> {
  // Stryker disable next-line ObjectLiteral: equivalent, findRunGroups always requires the managed-by tag too
  const groups = await findRunGroups(ctx, { [managedByTag.name]: managedByTag.value });
  const result: JanitorResult = { deleted: [], kept: [], failed: [] };
  // Stryker disable next-line EqualityOperator: equivalent, group names are unique, never equal
  for (const group of groups.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!isExpiredRunGroup(group.tags, opts.now)) {
      result.kept.push(group.name);
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, an expired group always has expires-at
    const expiresAt = group.tags[runTagNames.expiresAt] ?? '?';
    if (opts.dryRun) {
      ctx.log(`Janitor (dry run): would delete ${group.name} (expired ${expiresAt})`);
    } else {
      ctx.log(`Janitor: deleting ${group.name} (expired ${expiresAt})`);
      try {
        await deleteRunGroup(ctx, group.name, { waitMs: opts.waitMs ?? 0 });
      } catch (error) {
        // One stuck group (a lock, a policy) must not keep the janitor from the others.
        ctx.log(`Janitor: could not delete ${group.name}: ${(error as Error).message}`);
        result.failed.push(group.name);
        continue;
      }
    }
    result.deleted.push(group.name);
  }
  return result;
}
