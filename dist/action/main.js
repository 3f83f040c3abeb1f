// The action's main step (action.yml); written by scripts/bundle.mjs.
import { run } from './index.js';
await run('main');
