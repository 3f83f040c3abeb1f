/**
 * CPU time of the calling thread, for the per-worker CPU of a level spread over worker threads
 * (`process.cpuUsage()` is the whole process in every thread). Entry points hand it to
 * `serveLevelWorker`; the engine itself reads no files. Node 23.9 and later have
 * `process.threadCpuUsage()`; on Node 20 and 22 the Linux kernel's `/proc/thread-self/stat`
 * gives the same figure in clock ticks (utime and stime, fields 14 and 15 of proc_pid_stat(5)).
 * A synchronous read runs its system call on the calling thread, so `thread-self` is this
 * thread, not a libuv pool thread. Elsewhere the figure is not available.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of `/proc` times (USER_HZ, 100 on every Linux build Node runs on). */
const USER_HZ = 100;

type ThreadCpuUsage = () => { user: number; system: number };

/** User + system CPU of the calling thread so far, µs; undefined where it cannot be read. */
export function threadCpuUs(): number | undefined {
  const own = (process as { threadCpuUsage?: ThreadCpuUsage }).threadCpuUsage;
  if (typeof own === 'function') {
    const u = own.call(process);
    return u.user + u.system;
  }
  if (process.platform !== 'linux') return undefined;
  try {
    return parseThreadStatCpuUs(readFileSync('/proc/thread-self/stat', 'latin1'));
  } catch {
    return undefined;
  }
}

/** utime + stime of a `/proc/<pid>/task/<tid>/stat` line, µs (the name may hold spaces and parentheses). */
export function parseThreadStatCpuUs(stat: string): number | undefined {
  const close = stat.lastIndexOf(')');
  if (close === -1) return undefined;
  // After "pid (comm) " the fields run from 3 (state): utime is field 14, stime field 15.
  const fields = stat.slice(close + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1_000_000) / USER_HZ;
}
