import { describe, expect, it } from 'vitest';
import { parseProcStatCpu } from '../../src/core/machine/parse-proc-stat-cpu.js';
import { summarizeMachineWindow } from '../../src/core/machine/summarize-machine-window.js';

const STAT = [
  'cpu  838108 10966 124201 184413 2082 0 7184 24127 0 0',
  'cpu0 419352 5508 60968 93794 742 0 3092 12306 0 0',
  'cpu1 418756 5458 63233 90619 1339 0 4091 11820 0 0',
  'intr 6620795 0 0 0',
  'ctxt 123456',
  'procs_running 3',
  'procs_blocked 0',
  '',
].join('\n');

describe('parseProcStatCpu', () => {
  it('reads the totals, idle, steal, CPUs and runnable threads of /proc/stat', () => {
    expect(parseProcStatCpu(STAT, 1000)).toEqual({
      epochMs: 1000,
      cpus: 2,
      totalTicks: 838108 + 10966 + 124201 + 184413 + 2082 + 0 + 7184 + 24127,
      idleTicks: 184413 + 2082,
      stealTicks: 24127,
      runnable: 3,
    });
  });

  it.each([
    { name: 'an empty text', text: '' },
    { name: 'no aggregate cpu line', text: 'cpu0 1 2 3 4\nprocs_running 1\n' },
    { name: 'a malformed cpu line', text: 'cpu  1 x 3 4\n' },
    { name: 'a cpu line cut short', text: 'cpu  1 2\n' },
  ])('returns undefined for $name', ({ text }) => {
    expect(parseProcStatCpu(text, 0)).toBeUndefined();
  });

  it('takes an old kernel without steal as no steal', () => {
    expect(parseProcStatCpu('cpu  10 0 10 80\ncpu0 10 0 10 80\n', 0)?.stealTicks).toBe(0);
  });
});

describe('summarizeMachineWindow', () => {
  // Two CPUs at 100 ticks/s each; per second 40 idle and 20 stolen ticks.
  const samples = Array.from({ length: 5 }, (_, i) => ({
    epochMs: i * 1000,
    cpus: 2,
    totalTicks: 200 * i,
    idleTicks: 40 * i,
    stealTicks: 20 * i,
    runnable: i + 1,
  }));

  it('gives busy and stolen time as shares of all CPUs, interpolated at the edges', () => {
    const w = summarizeMachineWindow(samples, 500, 2500)!;
    expect(w.coveredMs).toBe(2000);
    expect(w.cpuPercent).toBeCloseTo(70, 10);
    expect(w.stealPercent).toBeCloseTo(10, 10);
    // Readings inside the window: those at 1 s and 2 s.
    expect(w.runnableMean).toBe(2.5);
  });

  it('needs two readings around the window', () => {
    expect(summarizeMachineWindow(samples.slice(0, 1), 0, 1000)).toBeUndefined();
    expect(summarizeMachineWindow(samples, 5000, 6000)).toBeUndefined();
  });
});
