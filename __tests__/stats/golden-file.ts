/**
 * Golden files for the comparison renderers: `UPDATE_GOLDEN=1 npx vitest run __tests__/stats`
 * rewrites them; otherwise the rendering must match byte for byte.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden', 'comparison');

/** Compares `actual` with `__tests__/golden/comparison/<name>`, or rewrites it. */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
