/** The action's post step (`dist/post/index.js`). All logic lives in `runPost`. */
import { runPost } from '../edges/github/post-step.js';

void runPost();
