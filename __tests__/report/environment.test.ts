import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EnvironmentSchema } from '../../src/core/report/model.js';
import { collectEnvironment } from '../../src/edges/local/environment.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;

describe('collectEnvironment', () => {
  it('describes this machine, the Node and undici versions and the tool version', async () => {
    const env = await collectEnvironment({ cwd: repoRoot });
    expect(EnvironmentSchema.safeParse(env).success).toBe(true);
    expect(env.nodeVersion).toBe(process.version);
    expect(env.undiciVersion).toBe(
      version(join(repoRoot, 'node_modules', 'undici', 'package.json')),
    );
    expect(env.toolVersion).toBe(version(join(repoRoot, 'package.json')));
    expect(env.cpus).toBeGreaterThan(0);
    expect(env.memoryBytes).toBeGreaterThan(0);
  });

  it('records the commit and dirty flag of the repository holding cwd', async () => {
    const head = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: repoRoot }).catch(
      () => undefined,
    );
    const env = await collectEnvironment({ cwd: repoRoot });
    if (!head) {
      expect(env.gitSha).toBeUndefined();
      return;
    }
    expect(env.gitSha).toBe(head.stdout.trim());
    expect(typeof env.gitDirty).toBe('boolean');
  });

  it('leaves git fields out outside a repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-env-'));
    try {
      const env = await collectEnvironment({ cwd: dir });
      expect(env.gitSha).toBeUndefined();
      expect(env.gitDirty).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
