import { rejection } from '../support/rejection.js';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImageTargetPlan } from '../../src/core/config/plan.js';
import { startImageTarget } from '../../src/edges/local/image-target.js';

const plan: ImageTargetPlan = {
  kind: 'image',
  image: 'example.azurecr.io/reframe:1.0.0',
  port: 3000,
  env: { RUST_LOG: 'error' },
  health: { path: '/health', timeoutMs: 1000, intervalMs: 50 },
};

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('startImageTarget', () => {
  it('fails with DOCKER_UNAVAILABLE when there is no docker command', async () => {
    const error = await rejection(
      startImageTarget(plan, { dockerPath: '/nonexistent/bin/docker' }),
    );
    expect(error.code).toBe('DOCKER_UNAVAILABLE');
    expect(error.kind).toBe('target');
    expect(error.message).toContain('need a Docker engine');
    expect(error.message).toContain('not found');
    expect(error.hint).toContain('target.url');
    expect(error.hint).toContain('target.command');
    expect(error.hint).toContain('--provider azure');
  });

  it.runIf(process.platform !== 'win32')(
    'fails with DOCKER_UNAVAILABLE and the engine error when docker cannot reach an engine',
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'bench-docker-'));
      const fakeDocker = join(dir, 'docker');
      await writeFile(
        fakeDocker,
        '#!/bin/sh\necho "Cannot connect to the Docker daemon at unix:///var/run/docker.sock." >&2\nexit 1\n',
      );
      await chmod(fakeDocker, 0o755);
      const error = await rejection(startImageTarget(plan, { dockerPath: fakeDocker }));
      expect(error.code).toBe('DOCKER_UNAVAILABLE');
      expect(error.message).toContain('Cannot connect to the Docker daemon');
    },
  );
});
