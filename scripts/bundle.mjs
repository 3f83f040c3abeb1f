// Bundles the entry points (compiled to lib/ by `npm run build`) with @vercel/ncc, plus the
// licenses of what each bundle contains: one action bundle for both steps (dist/action/index.js
// with lazily loaded chunks, and the two-line step files main.js and post.js that action.yml
// names), the CLI (dist/cli) and the load-VM runner (dist/runner). dist/ is committed: the
// action runs from it, and CI fails when it differs from a fresh bundle.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPackageDirs, renderLicenses } from './bundle-licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = ['action', 'cli', 'runner'];
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

// Bundles of earlier layouts, so a rebuild never leaves them behind.
for (const stale of ['main', 'post']) {
  rmSync(path.join(root, 'dist', stale), { recursive: true, force: true });
}

for (const name of entries) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  const statsPath = path.join(out, 'stats.json');
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join(root, 'lib', 'entrypoints', `${name}.js`),
      '-o',
      out,
      '--stats-out',
      statsPath,
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  // The licenses of every chunk's packages (see bundle-licenses.mjs for why not ncc's own).
  const stats = JSON.parse(readFileSync(statsPath, 'utf8'));
  rmSync(statsPath);
  writeFileSync(path.join(out, 'licenses.txt'), renderLicenses(bundledPackageDirs(stats)));
  console.log(`bundled dist/${name}/index.js`);
}

for (const step of ['main', 'post']) {
  writeFileSync(
    path.join(root, 'dist', 'action', `${step}.js`),
    `// The action's ${step} step (action.yml); written by scripts/bundle.mjs.\nimport { run } from './index.js';\nawait run('${step}');\n`,
  );
}
