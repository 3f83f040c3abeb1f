/**
 * The main step as an untranspiled entry exporting `run()`, for GitHub's local runner
 * (`npx @github/local-action run . src/entrypoints/main.ts .env`, see docs/action.md). The
 * runner itself runs the bundle, `dist/action/main.js`.
 */
import { run as runStep } from './action.js';

/** Runs the main step. */
export async function run(): Promise<void> {
  await runStep('main');
}
