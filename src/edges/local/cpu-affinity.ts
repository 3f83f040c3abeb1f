/**
 * CPU affinity on this machine: which CPUs the bench process may use (its own affinity, so a
 * run started under `taskset` or in a cgroup-limited container sees only its share), and
 * pinning a target's whole process group to a set of CPUs with `taskset` for a duet.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import { targetError } from '../../core/errors.js';
import { formatCpuList, parseCpuList } from '../../core/machine/plan-core-split.js';
import { liveGroupMembers } from './proc-sampler.js';

const run = promisify(execFile);

/** CPUs this process may run on: `Cpus_allowed_list` on Linux, else 0 … n − 1. */
export function allowedCpus(): number[] {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
    const cpus = line !== undefined ? parseCpuList(line) : undefined;
    if (cpus && cpus.length > 0) return cpus;
  } catch {
    // Not Linux: fall through.
  }
  return Array.from({ length: os.availableParallelism() }, (_, i) => i);
}

/** Why targets cannot be pinned on this machine, or `undefined` when `taskset` works. */
export async function whyCannotPin(): Promise<string | undefined> {
  if (process.platform !== 'linux') return `CPU pinning needs Linux (this is ${process.platform})`;
  try {
    await run('taskset', ['-p', String(process.pid)], { timeout: 5000 });
    return undefined;
  } catch {
    return '`taskset` is not available (Debian: apt-get install util-linux)';
  }
}

/**
 * Pins every live process of group `pgid` (all their threads) to `cpus`. Throws
 * `TARGET_PIN_FAILED` when a member cannot be pinned; a member that exits meanwhile is skipped.
 */
export async function pinProcessGroup(pgid: number, cpus: readonly number[]): Promise<void> {
  const list = formatCpuList(cpus);
  const members = liveGroupMembers(pgid) ?? [pgid];
  for (const pid of members) {
    try {
      await run('taskset', ['-a', '-p', '-c', list, String(pid)], { timeout: 5000 });
    } catch (error) {
      // Gone since the listing: nothing to pin.
      if (liveGroupMembers(pgid)?.includes(pid) === false) continue;
      throw targetError(
        'TARGET_PIN_FAILED',
        `Cannot pin process ${pid} of the target to CPUs ${list}: ${(error as Error).message.split('\n')[0]}`,
        undefined,
        error,
      );
    }
  }
}

/** The CPUs process `pid` may run on now (for checks and logs); undefined when unreadable. */
export function processCpus(pid: number): number[] | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
    return line !== undefined ? parseCpuList(line) : undefined;
  } catch {
    return undefined;
  }
}
