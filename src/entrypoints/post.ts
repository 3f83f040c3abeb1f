/**
 * The post step as an untranspiled entry exporting `run()`, for GitHub's local runner (see
 * `main.ts`). The runner itself runs the bundle, `dist/action/post.js`.
 */
import { run as runStep } from './action.js';

/** Runs the post step. */
export async function run(): Promise<void> {
  await runStep('post');
}
