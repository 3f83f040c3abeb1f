/**
 * What tells matrix entries of one job apart. Actions cannot read the `matrix` context, but
 * matrix values reach the action through its inputs, so the inputs that usually vary between
 * entries stand in for it. Main and post read the same inputs, so both compute the same key.
 */
import { createHash } from 'node:crypto';
import type { RunIdentity } from './action-pipeline.js';
import type { ActionSettings } from './input-helper.js';

/** Inputs that usually differ between matrix entries, joined; undefined when all are default. */
export function matrixKey(settings: ActionSettings): string | undefined {
  const parts = [
    settings.commentId === 'default' ? '' : settings.commentId,
    settings.product ?? '',
    settings.vmSizes.join('+'),
    settings.regions.join('+'),
    settings.levels?.join('+') ?? '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join('-') : undefined;
}

/**
 * The run identity with the job made unique per matrix entry (`<job>-<8 hex>`), so matrix jobs
 * of one run get separate resource groups and the post step finds its own by tag.
 */
export function runIdentityFor(run: RunIdentity, settings: ActionSettings): RunIdentity {
  const key = matrixKey(settings);
  if (key === undefined) return run;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return { ...run, job: `${run.job}-${hash}` };
}
