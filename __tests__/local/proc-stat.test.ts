import { describe, expect, it } from 'vitest';
import { parseProcStat, parseVmRssBytes } from '../../src/edges/local/proc-sampler.js';

// Fields after comm: state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
// utime stime cutime cstime ...
const tail = 'S 1 100 100 0 -1 4194560 500 0 0 0 1234 567 0 0 20 0 7 0 12345 1000000 2500';

describe('parseProcStat', () => {
  it.each([
    { name: 'a plain comm', line: `42 (node) ${tail}`, comm: 'node', pid: 42 },
    { name: 'a comm with spaces', line: `7 (my server) ${tail}`, comm: 'my server', pid: 7 },
    { name: 'a comm with parentheses', line: `9 (a) (b)) ${tail}`, comm: 'a) (b)', pid: 9 },
    {
      name: 'a comm that looks like fields',
      line: `3 (1 2 3) R ${tail.slice(2)}`,
      comm: '1 2 3',
      pid: 3,
    },
  ])('reads pid, comm, utime and stime from $name', ({ line, comm, pid }) => {
    const stat = parseProcStat(line);
    expect(stat).toMatchObject({
      pid,
      comm,
      ppid: 1,
      pgrp: 100,
      utimeTicks: 1234,
      stimeTicks: 567,
    });
  });

  it.each([
    { name: 'an empty line', line: '' },
    { name: 'a line without parentheses', line: `42 node ${tail}` },
    { name: 'a line cut short after comm', line: '42 (node) S 1 100' },
    { name: 'a line with a non-numeric pid', line: `x (node) ${tail}` },
  ])('returns undefined for $name', ({ line }) => {
    expect(parseProcStat(line)).toBeUndefined();
  });
});

describe('parseVmRssBytes', () => {
  it.each([
    {
      status: 'Name:\tnode\nVmPeak:\t  9 kB\nVmRSS:\t   51200 kB\nThreads:\t7\n',
      bytes: 51200 * 1024,
    },
    { status: 'VmRSS: 0 kB', bytes: 0 },
    { status: 'Name:\tkthreadd\nThreads:\t1\n', bytes: undefined },
  ])('reads $bytes bytes from a status text', ({ status, bytes }) => {
    expect(parseVmRssBytes(status)).toBe(bytes);
  });
});
