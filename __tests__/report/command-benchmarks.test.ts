import { describe, expect, it } from 'vitest';
import type { CommandBenchmark } from '../../src/core/ingest/command-result.js';
import {
  commandVerdict,
  compareCommandBenchmark,
  renderBenchmarksCsv,
} from '../../src/core/report/command-benchmarks.js';

/** A benchmark whose samples spread ±2% around `center`. */
function bench(center: number, over: Partial<CommandBenchmark> = {}): CommandBenchmark {
  const samples = Array.from({ length: 40 }, (_, i) => center * (1 + ((i % 9) - 4) / 200));
  return {
    name: 'parse/MT103',
    unit: 'ns/iter',
    direction: 'lower-is-better',
    estimate: center,
    statistic: 'mean',
    samples,
    ...over,
  };
}

describe('compareCommandBenchmark', () => {
  it.each([
    ['20% more ns/iter is a regression', bench(1000), bench(1200), 'regression'],
    ['20% fewer ns/iter is an improvement', bench(1000), bench(800), 'improvement'],
    ['the same samples are no change', bench(1000), bench(1000), 'no-change'],
    [
      '20% more msg/s is an improvement',
      bench(1000, { unit: 'msg/s', direction: 'higher-is-better' }),
      bench(1200, { unit: 'msg/s', direction: 'higher-is-better' }),
      'improvement',
    ],
  ] as const)('%s', (_name, baseline, candidate, verdict) => {
    const c = compareCommandBenchmark(baseline, candidate, 0.05, 7);
    expect(c.verdict).toBe(verdict);
    expect(c.ci!.low).toBeLessThanOrEqual(c.change);
    expect(c.ci!.high).toBeGreaterThanOrEqual(c.change);
  });

  it('without samples there is no interval, and the verdict is inconclusive', () => {
    const c = compareCommandBenchmark(
      bench(1000, { samples: undefined }),
      bench(1500, { samples: undefined }),
      0.05,
    );
    expect(c.ci).toBeNull();
    expect(c.verdict).toBe('inconclusive');
    expect(c.change).toBeCloseTo(0.5, 12);
  });

  it('the overall verdict follows the HTTP order: a regression wins over an improvement', () => {
    const reg = compareCommandBenchmark(bench(1000), bench(1200), 0.05, 7);
    const imp = compareCommandBenchmark(bench(1000), bench(800), 0.05, 7);
    const row = {
      scenario: 's',
      name: 'n',
      unit: 'ns/iter',
      direction: 'lower-is-better' as const,
      estimate: 1,
      statistic: 'mean',
      samples: 40,
    };
    expect(
      commandVerdict([
        { ...row, comparison: imp },
        { ...row, comparison: reg },
      ]),
    ).toBe('regression');
    expect(renderBenchmarksCsv([{ ...row, name: 'a,b', comparison: reg }])).toContain(
      's,"a,b",ns/iter,lower-is-better,mean,1,,,,40,,1000,',
    );
  });
});
