import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessSample } from '../../src/core/engine/measurement.js';
import {
  clockTicksPerSecondOnce,
  readProcessSample,
  startProcSampler,
} from '../../src/edges/local/proc-sampler.js';

const onLinux = process.platform === 'linux';
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

/** Start a node child that runs `script`, resolved once it has been spawned. */
async function startChild(script: string): Promise<ChildProcess & { pid: number }> {
  const started = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  child = started;
  await new Promise((resolve) => started.once('spawn', resolve));
  return started as ChildProcess & { pid: number };
}

/** Poll `read` until `done` holds for its value (no timing assertion; the test timeout bounds it). */
async function until<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(onLinux)('startProcSampler', () => {
  it('takes a sample at once, with the RSS of the process', async () => {
    const busy = await startChild('setInterval(() => {}, 1000)');
    const sampler = startProcSampler(busy.pid, 60_000);
    const samples = sampler.samples();
    sampler.stop();
    expect(samples).toHaveLength(1);
    expect(samples[0]?.rssBytes).toBeGreaterThan(1024 * 1024);
  });

  it('reports growing CPU time for a busy process', async () => {
    const busy = await startChild('for (;;) {}');
    const sampler = startProcSampler(busy.pid, 20);
    const samples = await until(
      () => sampler.samples(),
      (taken) => taken.length >= 3 && taken.at(-1)!.cpuUs > taken[0]!.cpuUs,
    );
    sampler.stop();
    const cpu = samples.map((sample: ProcessSample) => sample.cpuUs);
    expect(cpu).toEqual([...cpu].sort((a, b) => a - b));
    expect(samples.at(-1)!.epochMs).toBeGreaterThanOrEqual(samples[0]!.epochMs);
  });

  it('stops quietly, keeping its samples, when the process goes away', async () => {
    const idle = await startChild('setInterval(() => {}, 1000)');
    const sampler = startProcSampler(idle.pid, 10);
    const exited = new Promise((resolve) => idle.once('exit', resolve));
    idle.kill('SIGKILL');
    await exited;
    // Reaped: its /proc entry is gone, so the next tick ends sampling.
    await until(
      () => readProcessSample(idle.pid, clockTicksPerSecondOnce()),
      (sample) => sample === undefined,
    );
    const count = sampler.samples().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count).toBeGreaterThanOrEqual(1);
    expect(sampler.samples()).toHaveLength(count);
    sampler.stop();
  });

  it('returns no samples for a pid that does not exist', () => {
    const sampler = startProcSampler(2 ** 22 + 1, 10);
    expect(sampler.samples()).toEqual([]);
    sampler.stop();
  });
});

describe('clockTicksPerSecondOnce', () => {
  it('returns a positive whole number of ticks', () => {
    const ticks = clockTicksPerSecondOnce();
    expect(Number.isInteger(ticks) && ticks > 0).toBe(true);
  });
});
