// Bundles each entry point (compiled to lib/ by `npm run build`) into dist/<name>/index.js with
// @vercel/ncc, plus the licenses of what each bundle contains. dist/ is committed: the action
// runs from it, and CI fails when it differs from a fresh bundle.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = ['main', 'post', 'cli', 'runner'];
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

for (const name of entries) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join(root, 'lib', 'entrypoints', `${name}.js`),
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  console.log(`bundled dist/${name}/index.js`);
}
