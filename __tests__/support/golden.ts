/**
 * Golden-file comparison for every renderer: `UPDATE_GOLDEN=1 npx vitest run <tests>` rewrites
 * the files under `__tests__/golden/<folder>/` instead of comparing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/**
 * Compares `actual` with the golden file `folder/name` (folder `report` unless given), or
 * rewrites it when UPDATE_GOLDEN=1.
 */
export function expectGolden(name: string, actual: string, folder = 'report'): void {
  const dir = join(GOLDEN_ROOT, folder);
  const path = join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
