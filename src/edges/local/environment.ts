/**
 * Describes the machine and software a run used, for the report: results from different
 * machines, Node versions or commits are not comparable, and the report must say which is which.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Environment } from '../../core/report/model.js';
// A static import, so bundles carry the version of the undici they contain.
import undiciPackage from 'undici/package.json' with { type: 'json' };

/** Options of `collectEnvironment`. */
export interface CollectEnvironmentOptions {
  /** Directory whose git repository is described (usually the config file's directory). */
  cwd: string;
}

/** Reads `version` from a package.json, or `unknown` when it cannot be read. */
function packageVersion(resolve: () => string): string {
  try {
    const json = JSON.parse(readFileSync(resolve(), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * This tool's own package.json: found by walking up from this file, which works from `src/`,
 * `lib/` and the bundled `dist/<entry>/` alike.
 */
function toolPackageJsonPath(): string {
  // path.dirname rather than `new URL('.', import.meta.url)`, which bundlers turn into an asset.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'package.json');
    try {
      const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
      if (json.name === 'bench-action') return candidate;
    } catch {
      // Not here: keep walking up.
    }
    dir = path.dirname(dir);
  }
  throw new Error('bench-action package.json not found');
}

/** Runs git in `cwd`; resolves to stdout, or `undefined` when git is missing or fails. */
function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 5_000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

/** Collects the environment of a local run. Never fails: unknown values say so. */
export async function collectEnvironment(opts: CollectEnvironmentOptions): Promise<Environment> {
  const cpus = os.cpus();
  const env: Environment = {
    hostname: os.hostname(),
    cpuModel: cpus[0]?.model.trim() || 'unknown',
    cpus: Math.max(1, os.availableParallelism()),
    memoryBytes: os.totalmem(),
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.version,
    undiciVersion: undiciPackage.version,
    toolVersion: packageVersion(toolPackageJsonPath),
  };
  const sha = await git(opts.cwd, ['rev-parse', 'HEAD']);
  if (sha !== undefined && /^[0-9a-f]{40,64}$/.test(sha.trim())) {
    env.gitSha = sha.trim();
    const status = await git(opts.cwd, ['status', '--porcelain', '--untracked-files=no']);
    if (status !== undefined) env.gitDirty = status.trim().length > 0;
  }
  return env;
}
