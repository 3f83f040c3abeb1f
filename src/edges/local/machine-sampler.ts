/**
 * The machine's CPU counters, read from Linux `/proc/stat` at a fixed interval for the length
 * of a run, so every level can say how busy the machine was and how much the hypervisor stole.
 * Elsewhere it records nothing: machine figures are context, never a reason to fail a run.
 */
import { readFileSync } from 'node:fs';
import { parseProcStatCpu, type MachineCpuSample } from '../../core/machine/parse-proc-stat-cpu.js';

/** A running machine sampler. */
export interface MachineSampler {
  /** Readings so far, oldest first (a copy). */
  samples(): MachineCpuSample[];
  /** Stops sampling; idempotent. */
  stop(): void;
}

/** Reads `/proc/stat` once; undefined when it cannot be read or parsed. */
export function readMachineSample(): MachineCpuSample | undefined {
  try {
    return parseProcStatCpu(readFileSync('/proc/stat', 'utf8'), Date.now());
  } catch {
    return undefined;
  }
}

/** Samples now and every `intervalMs` until `stop()`. */
export function startMachineSampler(intervalMs = 1000): MachineSampler {
  const taken: MachineCpuSample[] = [];
  const first = process.platform === 'linux' ? readMachineSample() : undefined;
  if (!first) return { samples: () => [], stop: () => undefined };
  taken.push(first);
  let timer: NodeJS.Timeout | undefined = setInterval(() => {
    const reading = readMachineSample();
    if (reading) taken.push(reading);
  }, intervalMs);
  // The sampler must never be what keeps the bench process alive.
  timer.unref();
  return {
    samples: () => taken.slice(),
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    },
  };
}
