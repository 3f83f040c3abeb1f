import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs } from '../../scripts/bundle-licenses.mjs';

const repo = path.resolve(import.meta.dirname, '../..');

/** Packages named by the module paths webpack leaves in a bundle's files (every chunk). */
function packagesIn(bundleDir: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(bundleDir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(path.join(bundleDir, file), 'utf8');
    for (const m of text.matchAll(/\.\/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)) {
      names.add(m[1]!);
    }
  }
  return names;
}

describe('licenses of the committed bundles', () => {
  it.each(['action', 'cli', 'runner'])(
    'dist/%s/licenses.txt names every package its chunks contain',
    (bundle) => {
      const dir = path.join(repo, 'dist', bundle);
      const listed = new Set(
        readFileSync(path.join(dir, 'licenses.txt'), 'utf8')
          .split(/\n{2,}/)
          .map((entry) => entry.split('\n')[0]!.trim()),
      );
      const contained = packagesIn(dir);
      expect(contained.size).toBeGreaterThan(0);
      expect([...contained].filter((p) => !listed.has(p)).sort()).toEqual([]);
    },
  );
});

describe('bundledPackageDirs', () => {
  it('takes the innermost package of each module, after any loader, scoped names whole', () => {
    const dirs = bundledPackageDirs({
      modules: [
        { identifier: '/r/node_modules/@vercel/ncc/loaders/shebang.js!/r/lib/a.js|1a2b' },
        { identifier: '/r/node_modules/zod/v4/core/util.js' },
        {
          identifier: '/r/lib/b.js + 3 modules',
          modules: [
            { identifier: '/r/node_modules/@azure/core-util/dist/x.js' },
            { identifier: '/r/node_modules/a/node_modules/b/index.js' },
          ],
        },
      ],
    });
    expect(dirs.sort()).toEqual([
      '/r/node_modules/@azure/core-util',
      '/r/node_modules/a/node_modules/b',
      '/r/node_modules/zod',
    ]);
  });
});
