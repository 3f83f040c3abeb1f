/**
 * What makes a step's resource group and artifact its own. Actions cannot read the `matrix`
 * context, and two bench steps of one job share `GITHUB_JOB`; but every input reaches the
 * action, and `GITHUB_ACTION` (the step's id) differs between steps and is the same in the main
 * and post runs of one step (actions/runner `StepsRunner.cs` sets it from the action for both).
 * So a hash of every input (the token excepted) and the step id tells steps and matrix legs
 * apart, and the post step computes the same one from the same inputs.
 */
import { createHash } from 'node:crypto';
import type { WorkflowRun } from '../edges/github/action-context.js';
import type { ActionSettings } from '../edges/github/input-helper.js';

/** The key of a step: every setting but the token, and the step id; stable across main and post. */
export function stepKey(settings: ActionSettings, stepId: string): string {
  const { githubToken: _secret, ...inputs } = settings;
  const sorted = Object.fromEntries(
    Object.entries(inputs)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return JSON.stringify({ step: stepId, inputs: sorted });
}

/**
 * The workflow run with the job made unique per step and matrix leg (`<job>-<8 hex>`), so every
 * step gets its own resource group and artifact, and its post step finds its own group by tag.
 */
export function runIdentityFor(
  run: WorkflowRun,
  settings: ActionSettings,
  stepId: string,
): WorkflowRun {
  const hash = createHash('sha256').update(stepKey(settings, stepId)).digest('hex').slice(0, 8);
  return { ...run, job: `${run.job}-${hash}` };
}
