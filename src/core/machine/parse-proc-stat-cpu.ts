/**
 * The machine's CPU counters from Linux `/proc/stat`: the aggregate `cpu` line (cumulative clock
 * ticks by state, over all CPUs), the number of CPUs and the threads runnable right now. Steal
 * is time a virtual CPU wanted to run while the hypervisor ran someone else: on a cloud VM, the
 * noisy neighbour made visible.
 */

/** One reading of `/proc/stat`. */
export interface MachineCpuSample {
  /** When the reading was taken, epoch ms. */
  epochMs: number;
  /** CPUs listed (`cpuN` lines). */
  cpus: number;
  /** All ticks of all CPUs since boot (user … steal; guest time is inside user). */
  totalTicks: number;
  /** Idle and I/O-wait ticks. */
  idleTicks: number;
  /** Steal ticks. */
  stealTicks: number;
  /** Threads runnable at the moment of the reading (`procs_running`), the reader included. */
  runnable: number;
}

/** Parses the text of `/proc/stat`; `undefined` when the `cpu` line is missing or malformed. */
export function parseProcStatCpu(text: string, epochMs: number): MachineCpuSample | undefined {
  let line: string | undefined;
  let cpus = 0;
  let runnable = 0;
  for (const l of text.split('\n')) {
    if (l.startsWith('cpu ')) line = l;
    else if (/^cpu\d+\s/.test(l)) cpus++;
    else if (l.startsWith('procs_running ')) runnable = Number(l.slice(14).trim()) || 0;
  }
  if (line === undefined) return undefined;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 4 || fields.some((f) => !Number.isFinite(f) || f < 0)) return undefined;
  // user nice system idle iowait irq softirq steal (guest and guest_nice are counted in user).
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    fields;
  return {
    epochMs,
    cpus: Math.max(1, cpus),
    totalTicks: user + nice + system + idle + iowait + irq + softirq + steal,
    idleTicks: idle + iowait,
    stealTicks: steal,
    runnable,
  };
}
