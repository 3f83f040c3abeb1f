/**
 * Makes sure the harnesses measure the current sources. They run ours as the bundled CLI,
 * `dist/cli/index.js`: one file, as the action runs `dist/action` and load VMs run
 * `dist/runner`, and it starts in about half the CPU of the compiled `lib/` (hundreds of ES
 * modules to resolve and load). Start-up counts in every client's rusage, so measuring `lib/`
 * would charge ours for a layout no user runs.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from './processes.js';

/** The entry point the harnesses run for ours, relative to the repository. */
export const OURS_ENTRY = 'dist/cli/index.js';

function newestMtimeMs(dir: string, suffix: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtimeMs(file, suffix));
    else if (entry.name.endsWith(suffix)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Runs `npm run bundle` unless the CLI bundle is newer than every file in `src/`; throws when it fails. */
export async function ensureBuilt(repoDir: string, log: (line: string) => void): Promise<void> {
  const src = newestMtimeMs(path.join(repoDir, 'src'), '.ts');
  let bundle = 0;
  try {
    bundle = statSync(path.join(repoDir, OURS_ENTRY)).mtimeMs;
  } catch {
    // not bundled yet
  }
  if (bundle > src) {
    log(`${OURS_ENTRY} is newer than src/: not rebuilding`);
    return;
  }
  log(`npm run bundle (the harness runs ${OURS_ENTRY})…`);
  const result = await runProcess(['npm', 'run', 'bundle', '--silent'], { cwd: repoDir });
  if (result.code !== 0) {
    throw new Error(`npm run bundle failed (${result.code}):\n${result.stdout}${result.stderr}`);
  }
}
