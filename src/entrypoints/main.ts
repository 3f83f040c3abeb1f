/** The action's main step (`dist/main/index.js`). All logic lives in `runMain`. */
import { runMain } from '../edges/github/main-step.js';

void runMain();
