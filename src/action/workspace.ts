/**
 * Where the action finds things on the runner. The step runs in the caller's repository
 * (`GITHUB_WORKSPACE`); the action itself is checked out elsewhere
 * (`_actions/<owner>/<repo>/<ref>`), and ships the products catalogue there, so a product
 * repository with only its config still finds `product: reframe`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowRun } from '../edges/github/action-context.js';
import type { LoadPlanOptions } from '../edges/files/load-plan.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import { inputError } from '../core/errors.js';

/** The caller's checked-out repository: relative paths of inputs are resolved from it. */
export function workspaceOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_WORKSPACE ?? process.cwd();
}

/**
 * The action's own directory: `GITHUB_ACTION_PATH` when set, else the one that holds this
 * bundle. The runner sets `GITHUB_ACTION_PATH` only for composite actions (actions/runner,
 * `Handlers/CompositeActionHandler.cs`); a node action runs `node <action dir>/<main>`, so the
 * bundle's own location is what finds the shipped catalogue in practice.
 */
export function actionRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_ACTION_PATH) return env.GITHUB_ACTION_PATH;
  // dist/action/<chunk>.js in the bundle, src/action/workspace.ts from source: two levels up.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * Where products are looked up: the `products-dir` input first, then `products/` above the
 * config (the workspace's own), then the catalogue shipped with the action.
 */
export function productLookup(
  settings: Pick<ActionSettings, 'productsDir'>,
  env: NodeJS.ProcessEnv = process.env,
): LoadPlanOptions {
  const shipped = path.join(actionRoot(env), 'products');
  return {
    // The runner checks the caller's repository out into the workspace: its paths stay there.
    repositoryRoot: workspaceOf(env),
    ...(settings.productsDir !== undefined && {
      productsDirs: [workspacePath('products-dir', settings.productsDir, env)],
    }),
    ...(existsSync(shipped) && { fallbackProductsDirs: [shipped] }),
  };
}

/** The report directory of a step: under `RUNNER_TEMP`, unique per step, leg and attempt. */
export function actionReportDir(run: WorkflowRun, env: NodeJS.ProcessEnv = process.env): string {
  const name = `bench-${run.runId}-${run.runAttempt}-${run.job}`;
  return path.join(env.RUNNER_TEMP ?? path.join(workspaceOf(env), 'reports'), name);
}

/**
 * A path input resolved against the workspace; a path that leaves it (`../..`, `/etc/passwd`)
 * is refused, so a workflow input never makes the action read and echo a file of the runner.
 */
export function workspacePath(
  input: string,
  value: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const root = path.resolve(workspaceOf(env));
  const resolved = path.resolve(root, value);
  const inside = path.relative(root, resolved);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    throw inputError(
      'PATH_OUTSIDE_WORKSPACE',
      `${input}: ${JSON.stringify(value)} is outside the workspace (${root}).`,
      'Give a path inside the checked-out repository, e.g. configs/reframe-pr.yml.',
    );
  }
  return resolved;
}
