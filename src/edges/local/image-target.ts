/**
 * Run a product image locally when this machine has a Docker engine: publish its port on a
 * free loopback port, wait for health, stop it with `docker rm -f`. Every Docker call is an
 * argv array, never a shell string.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import type { ImageTargetPlan } from '../../core/config/plan.js';
import { BenchError, targetError } from '../../core/errors.js';
import { startProcSampler } from './proc-sampler.js';
import type { RunningTarget, StartTargetOptions, TargetExit } from './running-target.js';
import { waitHealthy } from './wait-healthy.js';

/** Options of `startImageTarget`. */
export interface ImageTargetOptions extends StartTargetOptions {
  /** Docker CLI to call (default `docker` from PATH). */
  dockerPath?: string;
  /** Deadline of `docker info`, ms (default 10000). */
  dockerInfoTimeoutMs?: number;
}

/** Output of a finished command. */
interface ExecResult {
  stdout: string;
  stderr: string;
}

/** Run `file args` without a shell; rejects with the error, stdout and stderr attached. */
function run(file: string, args: string[], timeoutMs: number): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr });
          return;
        }
        const failure: Error & { stderr?: string } = error;
        failure.stderr = stderr;
        reject(failure);
      },
    );
  });
}

/** First non-empty line of a command's error output, for messages. */
function firstLine(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
  if (err.code === 'ENOENT') return 'the docker command was not found';
  if (err.killed) return 'docker did not answer in time';
  const line = (err.stderr ?? '')
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '');
  return line ?? err.message;
}

/** Throw `DOCKER_UNAVAILABLE` unless `docker info` reaches an engine; returns its version. */
export async function detectDocker(dockerPath = 'docker', timeoutMs = 10_000): Promise<string> {
  try {
    const { stdout } = await run(dockerPath, ['info', '--format', '{{.ServerVersion}}'], timeoutMs);
    return stdout.trim();
  } catch (error) {
    throw targetError(
      'DOCKER_UNAVAILABLE',
      `Image-based products need a Docker engine to run locally, and none is available (${firstLine(error)}).`,
      'Point the run at a service you started yourself with target.url, run it as a process with ' +
        'target.command, or benchmark the image on cloud machines with --provider azure.',
      error,
    );
  }
}

/** A port that is free on 127.0.0.1 right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start `plan.image` with `docker run -d --rm`, publishing `plan.port` on a free loopback port,
 * and wait for health. Throws `DOCKER_UNAVAILABLE`, `TARGET_START_FAILED`, `TARGET_EXITED` or
 * `TARGET_UNHEALTHY` (with the container's last log lines).
 */
export async function startImageTarget(
  plan: ImageTargetPlan,
  opts: ImageTargetOptions = {},
): Promise<RunningTarget> {
  const docker = opts.dockerPath ?? 'docker';
  await detectDocker(docker, opts.dockerInfoTimeoutMs);
  opts.signal?.throwIfAborted();
  const hostPort = await findFreePort();
  const envArgs = Object.entries(plan.env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
  const runArgs = ['run', '-d', '--rm', '-p', `127.0.0.1:${hostPort}:${plan.port}`, ...envArgs];
  let containerId: string;
  try {
    containerId = (await run(docker, [...runArgs, plan.image], 10 * 60_000)).stdout.trim();
  } catch (error) {
    throw targetError(
      'TARGET_START_FAILED',
      `docker run ${plan.image} failed: ${firstLine(error)}.`,
      'Check the image reference and that this machine can pull it (docker login for private registries).',
      error,
    );
  }
  opts.log?.(
    `started container ${containerId.slice(0, 12)} from ${plan.image} on 127.0.0.1:${hostPort}`,
  );

  // `docker wait` prints the exit code when the container ends; it also ends if docker does.
  let alive = true;
  const exited = new Promise<TargetExit>((resolve) => {
    const waiter = spawn(docker, ['wait', containerId], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    waiter.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const done = () => {
      alive = false;
      const code = Number(out.trim());
      resolve({ code: out.trim() !== '' && Number.isInteger(code) ? code : null, signal: null });
    };
    waiter.once('close', done);
    waiter.once('error', done);
    waiter.unref();
  });

  const pid = await run(docker, ['inspect', '--format', '{{.State.Pid}}', containerId], 30_000)
    .then(({ stdout }) => Number(stdout.trim()) || 0)
    .catch(() => 0);
  // With a remote or VM-backed engine the pid is not on this machine: the sampler finds nothing.
  const sampler = startProcSampler(pid, opts.sampleIntervalMs ?? 1000);

  // Last resort for paths that skip stop(): only synchronous work runs in an 'exit' listener.
  const removeOnExit = () => {
    spawnSync(docker, ['rm', '-f', containerId], { stdio: 'ignore', timeout: 10_000 });
  };
  process.once('exit', removeOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    process.off('exit', removeOnExit);
    stopping ??= run(docker, ['rm', '-f', containerId], 30_000)
      .then(() => undefined)
      .catch((error: unknown) =>
        opts.log?.(`docker rm -f ${containerId} failed: ${firstLine(error)}`),
      )
      .finally(() => sampler.stop());
    return stopping;
  };

  const baseUrl = `http://127.0.0.1:${hostPort}`;
  try {
    await waitHealthy(baseUrl, plan.health, { signal: opts.signal, isAlive: () => alive });
  } catch (error) {
    const logs = await run(docker, ['logs', '--tail', '50', containerId], 30_000)
      .then(({ stdout, stderr }) => `${stdout}${stderr}`.trim())
      .catch(() => '');
    await stop();
    const tail = logs === '' ? '(no container logs)' : `container logs:\n${logs}`;
    if (error instanceof BenchError && error.code === 'TARGET_EXITED') {
      throw targetError(
        'TARGET_EXITED',
        `The container from ${plan.image} stopped before it was healthy; ${tail}`,
        'Run the image by hand (docker run) to see why it stops; check the product env.',
        error,
      );
    }
    if (error instanceof BenchError && error.code === 'TARGET_UNHEALTHY') {
      throw targetError('TARGET_UNHEALTHY', `${error.message} ${tail}`, error.hint, error);
    }
    throw error;
  }
  return { baseUrl, pid, samples: () => sampler.samples(), stop, exited };
}
