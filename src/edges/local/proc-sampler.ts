/**
 * CPU and memory of a local process, read from Linux `/proc` at a fixed interval. Elsewhere, or
 * once the process is gone, sampling stops quietly with what it has: resource figures are
 * context for a report, never a reason to fail a run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { ProcessSample } from '../../core/engine/measurement.js';

/** The fields of `/proc/<pid>/stat` the sampler uses. */
export interface ProcStat {
  pid: number;
  /** Executable name as the kernel reports it (may contain spaces and parentheses). */
  comm: string;
  /** One-letter state, e.g. `R`, `S`, `Z`. */
  state: string;
  /** Parent process id. */
  ppid: number;
  /** Process group id. */
  pgrp: number;
  /** CPU time in user mode, clock ticks. */
  utimeTicks: number;
  /** CPU time in kernel mode, clock ticks. */
  stimeTicks: number;
}

/**
 * Parse one `/proc/<pid>/stat` line. `comm` sits in parentheses and may itself contain spaces
 * and `)`, so the fields after it are found from the *last* `)`.
 * Returns undefined when the line does not have the expected shape.
 */
export function parseProcStat(line: string): ProcStat | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(line.slice(0, open).trim());
  // After `comm`: field 3 (state) is rest[0], so field n is rest[n - 3].
  const rest = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const state = rest[0];
  const utimeTicks = Number(rest[11]);
  const stimeTicks = Number(rest[12]);
  if (!Number.isInteger(pid) || state === undefined || state === '') return undefined;
  if (!Number.isFinite(utimeTicks) || !Number.isFinite(stimeTicks) || rest.length < 13) {
    return undefined;
  }
  const ppid = Number(rest[1]);
  const pgrp = Number(rest[2]);
  return { pid, comm: line.slice(open + 1, close), state, ppid, pgrp, utimeTicks, stimeTicks };
}

/** Resident set size in bytes from the text of `/proc/<pid>/status` (`VmRSS:  1234 kB`). */
export function parseVmRssBytes(statusText: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB\s*$/m.exec(statusText);
  return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}

let clockTicksPerSecond: number | undefined;

/** `CLK_TCK` of this machine, asked once; 100 (the Linux default) when `getconf` fails. */
export function clockTicksPerSecondOnce(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      const text = execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2000 });
      const ticks = Number(text.trim());
      clockTicksPerSecond = Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/** Read one sample of `pid`, or undefined when it cannot be read (gone, zombie, not Linux). */
export function readProcessSample(pid: number, ticksPerSecond: number): ProcessSample | undefined {
  try {
    const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    // A zombie has released its memory and will not run again: treat it as gone.
    if (stat === undefined || stat.state === 'Z' || stat.state === 'X') return undefined;
    const rssBytes = parseVmRssBytes(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (rssBytes === undefined) return undefined;
    const cpuUs = Math.round(((stat.utimeTicks + stat.stimeTicks) * 1_000_000) / ticksPerSecond);
    return { epochMs: Date.now(), cpuUs, rssBytes };
  } catch {
    return undefined;
  }
}

/**
 * Pids of the processes in group `pgrp` that have not exited yet (zombies excluded: where the
 * init process reaps slowly, a dead child can linger as a zombie for seconds). Undefined when
 * `/proc` cannot be listed.
 */
export function liveGroupMembers(pgrp: number): number[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat?.pgrp === pgrp && stat.state !== 'Z' && stat.state !== 'X') members.push(stat.pid);
    } catch {
      // Exited while we were listing.
    }
  }
  return members;
}

/** A running sampler. */
export interface ProcSampler {
  /** Samples taken so far, oldest first (a copy). */
  samples(): ProcessSample[];
  /** Stop sampling; idempotent. */
  stop(): void;
}

/**
 * Sample `pid` now and then every `intervalMs` until `stop()` or until the process vanishes.
 * Reads are synchronous: `/proc` files are generated in memory and read in microseconds.
 */
export function startProcSampler(pid: number, intervalMs = 1000): ProcSampler {
  const taken: ProcessSample[] = [];
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  if (process.platform !== 'linux') return { samples: () => [], stop };
  const ticksPerSecond = clockTicksPerSecondOnce();
  const sample = (): boolean => {
    const reading = readProcessSample(pid, ticksPerSecond);
    if (reading === undefined) return false;
    taken.push(reading);
    return true;
  };
  if (sample()) {
    timer = setInterval(() => {
      if (!sample()) stop();
    }, intervalMs);
    // The sampler must never be what keeps the bench process alive.
    timer.unref();
  }
  return { samples: () => taken.slice(), stop };
}
