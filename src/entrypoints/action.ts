/**
 * The action's bundle (`dist/action/index.js`), one for both steps as actions/checkout ships
 * it: `dist/action/main.js` and `dist/action/post.js` (two lines each, written by
 * `scripts/bundle.mjs`) call `run('main')` and `run('post')`. Each step loads only the code it
 * needs (the post step never parses the load engine). Tests and other hosts call `run` with
 * their own services: that is the only seam, nothing is read from the environment for it.
 */
import type { ActionDeps } from '../action/services.js';
import { isLevelWorker } from '../core/engine/level-worker-role.js';

/** Runs one step of the action. Never throws: failures are reported through the runner. */
export async function run(step: 'main' | 'post', deps: ActionDeps = {}): Promise<void> {
  if (isLevelWorker()) {
    // A level spread over worker threads (load.workers) starts this script again in each
    // thread: the thread serves its share of the level, it is not a second step.
    const { serveLevelWorker } = await import('../core/engine/level-workers.js');
    const { threadCpuUs } = await import('../edges/local/thread-cpu.js');
    await serveLevelWorker({ threadCpuUs });
    return;
  }
  if (step === 'post') {
    const { runPost } = await import('../action/post.js');
    await runPost(deps);
    return;
  }
  const { runMain } = await import('../action/main.js');
  await runMain(deps);
}
