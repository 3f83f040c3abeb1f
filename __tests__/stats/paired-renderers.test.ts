import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/report/comparison-model.js';
import { ComparisonSchema } from '../../src/core/report/comparison-model.js';
import { renderComparisonMarkdown } from '../../src/core/report/comparison-markdown.js';
import { renderComparisonTerminal } from '../../src/core/report/comparison-terminal.js';
import { renderHtmlReport } from '../../src/core/report/html.js';
import { planCoreSplit } from '../../src/core/machine/plan-core-split.js';
import { createAbSequence } from '../../src/core/stats/ab-sequence.js';
import { listAbSteps } from '../../src/core/stats/ab-schedule.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { buildAbRounds } from '../support/reports/ab-rounds.js';
import { expectGolden } from '../support/golden.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

let duet: Comparison;

/** A duet of a candidate 12% slower than its baseline, stopped by the rule. */
function buildDuet(): Comparison {
  const measured = buildAbRounds({ rounds: 8, drift: 0.1, latency: 1.12, throughput: 0.88 });
  const seq = createAbSequence({
    mode: 'duet',
    seed: 42,
    budget: { minRounds: 2, maxRounds: 8 },
    steps: listAbSteps([{ name: 'ping' }], 'closed', [8]),
    threshold: 0.03,
    metrics: ['successRps', 'p50', 'p99', 'errorRate'],
    baselineLabel: 'main@1a2b3c4',
    candidateLabel: 'PR #42',
    cores: planCoreSplit({ cpus: [0, 1] }),
  });
  let elapsed = 0;
  for (let round = seq.nextRound(); round; round = seq.nextRound()) {
    elapsed += 3500;
    if (seq.recordRound(measured[round.round - 1]!, elapsed).stop) break;
  }
  return seq.result();
}

beforeAll(async () => {
  await initHistograms();
  duet = buildDuet();
});

describe('the renderings of a paired A/B', () => {
  it('is a valid comparison that stopped on its own', () => {
    expect(ComparisonSchema.safeParse(duet).success).toBe(true);
    expect(duet.stopping?.reason).toBe('decided');
  });

  it('says in the PR comment which mode ran, how the CPUs were split and why it stopped', () => {
    const md = renderComparisonMarkdown(duet, []);
    expect(md).toMatch(
      /^Duet A\/B \(both sides loaded at once, the load split between them; CPUs 0 and 1/m,
    );
    expect(md).toMatch(/every judged metric has a verdict/);
    expectGolden('paired-duet.md', md, 'comparison');
  });

  it('says the same in the terminal', () => {
    const text = renderComparisonTerminal(duet, [], { color: false });
    expect(text).toMatch(/Duet A\/B/);
    expectGolden('paired-duet.txt', text, 'comparison');
  });

  it('says the same in the HTML report', () => {
    const report = buildRound({
      seed: 1,
      levels: [{ scenario: 'ping', level: 8, medianUs: 1000, successRps: 2000 }],
    });
    const html = renderHtmlReport({ report, comparison: duet, thresholds: [] });
    expect(html).toMatch(/Duet A\/B \(both sides loaded at once/);
  });
});
