// @ts-check
// The third-party licenses of one bundle, from the modules webpack put in it (ncc's
// --stats-out). ncc's own --license wrote the file once per chunk under one name, so a bundle
// split into lazily loaded chunks kept only the licenses of the chunk written last (the CLI's
// listed none of echarts, zod, commander or yaml). Every chunk's modules count here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Package directories (innermost node_modules) of every module in webpack stats.
 * @param {{ modules?: Array<{ identifier?: string, name?: string, modules?: unknown[] }> }} stats
 * @returns {string[]}
 */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  /** @param {Array<{ identifier?: string, name?: string, modules?: unknown[] }>} modules */
  const visit = (modules) => {
    for (const m of modules) {
      // "loader!loader!/abs/path/file.js|hash": the resource is after the last "!".
      const resource = (m.identifier ?? '').split('!').pop()?.split('|')[0] ?? '';
      const at = resource.lastIndexOf(`${path.sep}node_modules${path.sep}`);
      if (at !== -1) {
        const rest = resource.slice(at + '/node_modules/'.length).split(path.sep);
        const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
        if (name) dirs.add(resource.slice(0, at + '/node_modules/'.length) + name);
      }
      if (Array.isArray(m.modules)) visit(/** @type {any[]} */ (m.modules));
    }
  };
  visit(stats.modules ?? []);
  return [...dirs];
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * licenses.txt: for each package, its name, its license field and the text of its license
 * (and NOTICE) files, sorted by name; the format ncc's --license used.
 * @param {string[]} packageDirs
 * @returns {string}
 */
export function renderLicenses(packageDirs) {
  /** @type {Map<string, string>} */
  const entries = new Map();
  for (const dir of packageDirs) {
    const pkgPath = path.join(dir, 'package.json');
    if (!existsSync(pkgPath)) continue;
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const name = String(pkg.name ?? path.basename(dir));
    if (entries.has(name)) continue;
    const license =
      typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
    const texts = readdirSync(dir)
      .filter((f) => LICENSE_FILE.test(f))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8').trim());
    entries.set(name, [name, license, ...texts].join('\n'));
  }
  return [...entries.keys()]
    .sort()
    .map((k) => entries.get(k))
    .join('\n\n')
    .concat('\n');
}
