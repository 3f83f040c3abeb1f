// The action's post step (action.yml); written by scripts/bundle.mjs.
import { run } from './index.js';
await run('post');
