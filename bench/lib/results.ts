/** Writes a sitting's results under `bench/results/` (git-ignored). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTimestamp } from './args.js';

/** Writes `data` as `bench/results/<prefix>-<UTC timestamp>.json` and returns the path. */
export async function writeResults(
  repoDir: string,
  prefix: string,
  data: unknown,
): Promise<string> {
  const dir = path.join(repoDir, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${fileTimestamp()}.json`);
  // NaN is not JSON: write null so readers see "not measured" rather than a parse error.
  const text = JSON.stringify(
    data,
    (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v),
    2,
  );
  await writeFile(file, `${text}\n`);
  return file;
}
