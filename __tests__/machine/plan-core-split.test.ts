import { describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import {
  formatCpuList,
  parseCpuList,
  planCoreSplit,
} from '../../src/core/machine/plan-core-split.js';

describe('CPU lists', () => {
  it.each([
    { text: '0', cpus: [0] },
    { text: '0-1', cpus: [0, 1] },
    { text: '0-3,6,8-9', cpus: [0, 1, 2, 3, 6, 8, 9] },
    { text: ' 2,0 \n', cpus: [0, 2] },
  ])('reads $text', ({ text, cpus }) => {
    expect(parseCpuList(text)).toEqual(cpus);
  });

  it.each(['', 'a', '3-1', '1,,2'])('refuses %j', (text) => {
    expect(parseCpuList(text)).toBeUndefined();
  });

  it('writes ranges back', () => {
    expect(formatCpuList([0, 1, 2, 3, 6, 8, 9])).toBe('0-3,6,8-9');
  });
});

describe('planCoreSplit', () => {
  it.each([
    {
      name: 'two CPUs give one each, the generator sharing both',
      cpus: [0, 1],
      first: [0],
      second: [1],
      generator: /sharing CPUs 0-1/,
    },
    {
      name: 'four CPUs give two each',
      cpus: [0, 1, 2, 3],
      first: [0, 1],
      second: [2, 3],
      generator: /sharing/,
    },
    {
      name: 'three CPUs leave the spare one to the generator',
      cpus: [0, 1, 2],
      first: [0],
      second: [1],
      generator: /CPU 2 is left to it/,
    },
    {
      name: 'the CPUs of the affinity are used, whatever their numbers',
      cpus: [4, 6, 5, 7],
      first: [4, 5],
      second: [6, 7],
      generator: /sharing/,
    },
  ])('$name', ({ cpus, first, second, generator }) => {
    const split = planCoreSplit({ cpus });
    expect(split).toMatchObject({ cpus: cpus.length, pinned: true, first, second });
    expect(split.generator).toMatch(generator);
    expect(split.note).toMatch(/^Duet on \d CPUs/);
  });

  it('says plainly when it cannot pin', () => {
    const split = planCoreSplit({ cpus: [0, 1], cannotPin: 'taskset is not installed' });
    expect(split.pinned).toBe(false);
    expect(split.note).toBe(
      "Duet without pinning: taskset is not installed; both sides share CPUs 0-1, so one side can take the other's cycles.",
    );
  });

  it('names where a remote generator runs', () => {
    const split = planCoreSplit({ cpus: [0, 1, 2, 3], generatorElsewhere: 'on the load VM' });
    expect(split.generator).toBe('on the load VM');
  });

  it('refuses a duet with one CPU, with the code and what to do', () => {
    let error: unknown;
    try {
      planCoreSplit({ cpus: [0] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('DUET_NEEDS_TWO_CPUS');
    expect((error as BenchError).message).toMatch(/only CPU 0/);
    expect((error as BenchError).hint).toMatch(/interleaved/);
  });
});
