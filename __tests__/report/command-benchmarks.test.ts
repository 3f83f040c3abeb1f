import { describe, expect, it } from 'vitest';
import type { CommandBenchmark } from '../../src/core/ingest/command-result.js';
import {
  commandVerdict,
  compareCommandBenchmark,
  compareCommandRounds,
  countDecidedBenchmarks,
  renderBenchmarksCsv,
  type CommandAbRound,
} from '../../src/core/report/command-benchmarks.js';
import { median } from '../../src/core/stats/bootstrap.js';
import { analysePairs } from '../../src/core/stats/paired-analysis.js';

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

describe('compareCommandRounds', () => {
  /** Rounds of one scenario whose baseline and candidate benchmark come from `make(round)`. */
  function rounds(
    count: number,
    make: (round: number) => { baseline: CommandBenchmark[]; candidate: CommandBenchmark[] },
  ): CommandAbRound[] {
    return Array.from({ length: count }, (_, i) => {
      const { baseline, candidate } = make(i + 1);
      return {
        round: i + 1,
        results: [
          {
            scenario: 'parse',
            baseline: { format: 'generic', benchmarks: baseline },
            candidate: { format: 'generic', benchmarks: candidate },
          },
        ],
      };
    });
  }
  // Round-to-round drift moves both sides of a round alike; pairing cancels it.
  const drift = [1, 1.3, 0.8, 1.15, 0.9];

  it('pairs the rounds: a 10% slowdown under a 30% drift between rounds is a regression, with the paired t interval of the rounds', () => {
    const r = rounds(5, (n) => ({
      baseline: [bench(1000 * drift[n - 1]!)],
      candidate: [bench(1100 * drift[n - 1]! * (n % 2 === 0 ? 1.01 : 0.99))],
    }));
    const [entry] = compareCommandRounds(r, { threshold: 0.05, lookConfidence: 0.95 });
    const c = entry!.comparison!;
    expect(c.method).toBe('paired-t');
    expect(c.verdict).toBe('regression');
    expect(c.pairs!.map((p) => p.round)).toEqual([1, 2, 3, 4, 5]);
    // Each pair is the round's median per-iteration sample on each side.
    expect(c.pairs![1]!.baseline).toBeCloseTo(median(bench(1300).samples!), 9);
    const expected = analysePairs(c.pairs!, 'ratio', 0.95)!;
    expect(c.ci).toEqual({ low: expected.low, high: expected.high, confidence: 0.95 });
    expect(c.change).toBeCloseTo(expected.estimate, 12);
    expect(c.ci!.low).toBeGreaterThan(0.05);
  });

  it('the same drift judged unpaired would not be decided: the rounds spread wider than the change', () => {
    const r = rounds(5, (n) => ({
      baseline: [bench(1000 * drift[n - 1]!)],
      candidate: [bench(1100 * drift[(n + 2) % 5]!)],
    }));
    const [entry] = compareCommandRounds(r, { threshold: 0.05, lookConfidence: 0.95 });
    expect(entry!.comparison!.verdict).toBe('inconclusive');
  });

  it('gives a benchmark without samples (DataFlow) an interval from its estimates over the rounds', () => {
    const r = rounds(4, (n) => ({
      baseline: [bench(1000 + n, { samples: undefined })],
      candidate: [bench(1000 - n, { samples: undefined })],
    }));
    const [entry] = compareCommandRounds(r, { threshold: 0.05, lookConfidence: 0.95 });
    expect(entry!.comparison!.ci).not.toBeNull();
    expect(entry!.comparison!.verdict).toBe('no-change');
  });

  it('falls back to the bootstrap of the samples with one round, at the look confidence', () => {
    const r = rounds(1, () => ({ baseline: [bench(1000)], candidate: [bench(1200)] }));
    const [entry] = compareCommandRounds(r, { threshold: 0.05, lookConfidence: 0.99, seed: 3 });
    const c = entry!.comparison!;
    expect(c.method).toBe('bootstrap');
    expect(c.ci!.confidence).toBe(0.99);
    expect(c.verdict).toBe('regression');
  });

  it("reports the candidate's median round, and leaves a benchmark the baseline lacks uncompared", () => {
    const r = rounds(3, (n) => ({
      baseline: [bench(1000)],
      candidate: [bench([900, 1200, 1000][n - 1]!), bench(50, { name: 'only/candidate' })],
    }));
    const entries = compareCommandRounds(r, { threshold: 0.05, lookConfidence: 0.95 });
    expect(entries.map((e) => e.name)).toEqual(['only/candidate', 'parse/MT103']);
    expect(entries[0]!.comparison).toBeUndefined();
    expect(entries[1]!.estimate).toBe(1000);
    // −10%, +20%, 0% over three rounds: too spread to call, so the stopping rule waits.
    expect(entries[1]!.comparison!.verdict).toBe('inconclusive');
    expect(countDecidedBenchmarks(entries)).toEqual({ decided: 0, undecided: 1 });
  });
});
