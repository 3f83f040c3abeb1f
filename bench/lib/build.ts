/** Makes sure `bin/bench.js` runs the current sources: it imports the compiled `lib/`. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from './processes.js';

function newestMtimeMs(dir: string, suffix: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtimeMs(file, suffix));
    else if (entry.name.endsWith(suffix)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` unless `lib/` is newer than every file in `src/`; throws when it fails. */
export async function ensureBuilt(repoDir: string, log: (line: string) => void): Promise<void> {
  const src = newestMtimeMs(path.join(repoDir, 'src'), '.ts');
  let lib = 0;
  try {
    lib = newestMtimeMs(path.join(repoDir, 'lib'), '.js');
  } catch {
    // no lib/ yet
  }
  if (lib > src) {
    log('lib/ is newer than src/: not rebuilding');
    return;
  }
  log('npm run build (bin/bench.js runs the compiled lib/)…');
  const result = await runProcess(['npm', 'run', 'build', '--silent'], { cwd: repoDir });
  if (result.code !== 0) {
    throw new Error(`npm run build failed (${result.code}):\n${result.stdout}${result.stderr}`);
  }
}
