import { beforeAll, describe, expect, it } from 'vitest';
import type {
  Comparison,
  MetricComparison,
  ThresholdResult,
} from '../../src/core/report/comparison-model.js';
import { COMPARED_METRICS } from '../../src/core/report/comparison-model.js';
import {
  renderComparisonCsv,
  COMPARISON_CSV_COLUMNS,
} from '../../src/core/report/comparison-csv.js';
import {
  COMPARISON_MARKDOWN_MAX_CHARS,
  renderComparisonMarkdown,
} from '../../src/core/report/comparison-markdown.js';
import { compareReports } from '../../src/core/stats/compare.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { ComparisonFixture } from './comparison-fixture.js';
import { buildComparisonFixture } from './comparison-fixture.js';
import { expectGolden } from '../support/golden.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

let fixture: ComparisonFixture;

beforeAll(async () => {
  await initHistograms();
  fixture = buildComparisonFixture();
});

/** A comparison of `levels` levels built directly, to test sizes without measuring anything. */
function hugeComparison(levels: number): { comparison: Comparison; thresholds: ThresholdResult[] } {
  const verdicts = ['regression', 'improvement', 'no-change', 'inconclusive', 'invalid'] as const;
  const metrics: MetricComparison[] = [];
  const thresholds: ThresholdResult[] = [];
  for (let i = 0; i < levels; i++) {
    for (const metric of COMPARED_METRICS) {
      metrics.push({
        scenario: `scenario-with-a-long-name-${i % 7}`,
        model: 'closed',
        level: i + 1,
        metric,
        baseline: 1000 + i,
        candidate: 1100 + i,
        changeKind: metric === 'errorRate' ? 'difference' : 'ratio',
        change: 0.1,
        ci: { low: -0.12, high: 0.09, confidence: 0.95 },
        samples: { source: 'rounds', baseline: 3, candidate: 3 },
        verdict: verdicts[(i + metrics.length) % verdicts.length]!,
        reason:
          'interval −12.0%…+9.0% is wider than the ±5% threshold; run more rounds or longer levels',
      });
    }
    thresholds.push({
      threshold: 'p99 < 50ms',
      kind: 'absolute',
      metric: 'p99',
      scenario: `scenario-with-a-long-name-${i % 7}`,
      model: 'closed',
      level: i + 1,
      status: i % 3 === 0 ? 'fail' : 'pass',
      observed: 60_000,
      limit: 50_000,
      message: 'p99 60 ms, breaks < 50 ms',
    });
  }
  return {
    comparison: {
      baselineLabel: 'main',
      candidateLabel: 'PR #1',
      rounds: { baseline: 3, candidate: 3 },
      mode: 'ab',
      settings: {
        threshold: 0.05,
        errorRateThreshold: 0.001,
        confidence: 0.95,
        iterations: 2000,
        seed: 1,
      },
      metrics,
      headline: 'many verdicts',
      verdict: 'regression',
      notes: Array.from(
        { length: 300 },
        (_, i) => `level ${i} was only in the baseline; not compared.`,
      ),
    },
    thresholds,
  };
}

describe('renderComparisonMarkdown', () => {
  it('renders the fixture comparison as in the golden file', () => {
    const md = renderComparisonMarkdown(fixture.comparison, fixture.thresholds, {
      reportLink: 'https://example.invalid/run/1/report.html',
    });
    expectGolden('comparison.md', md, 'comparison');
  });

  it('shows the headline, a verdict table, a p99 chart and folded thresholds', () => {
    const md = renderComparisonMarkdown(fixture.comparison, fixture.thresholds);
    expect(md).toContain(`**${fixture.comparison.headline}**`);
    expect(md).toContain(
      '| Scenario | Level | Metric | Baseline | Candidate | Change (95% interval) | Verdict |',
    );
    expect(md).toMatch(
      /```mermaid\nxychart-beta\n {2}title "transform: p99 latency \(ms\) by level"/,
    );
    expect(md).toMatch(/<details open><summary>Thresholds: \d+ failed/);
    expect(md).toContain('PR #42 (feature\\|fast) vs main@1a2b3c4');
    expect(md).toContain('mt940 &lt;stmt&gt;');
    expect(md).not.toContain('<stmt>');
  });

  it('says that a run without baseline becomes the reference', () => {
    const report = buildRound({
      seed: 1,
      levels: [{ level: 8, medianUs: 1000, successRps: 1000 }],
    });
    const md = renderComparisonMarkdown(compareReports([], [report]), []);
    expect(md).toBe(
      '### candidate vs baseline\n\n**No baseline yet: this run becomes the reference**\n',
    );
  });

  it('stays under 60,000 characters with 400 levels and points to the full report', () => {
    const { comparison, thresholds } = hugeComparison(400);
    const md = renderComparisonMarkdown(comparison, thresholds, {
      reportLink: 'https://example.invalid/r (1).html',
    });
    expect(md.length).toBeLessThanOrEqual(COMPARISON_MARKDOWN_MAX_CHARS);
    expect(md).toMatch(
      /_\d+ more rows not shown \(the most important are kept\); see \[the full report\]\(https:\/\/example\.invalid\/r%20%281%29\.html\)\._/,
    );
    // Regressions are kept first when rows must be cut.
    const shown = md.split('\n').filter((l) => l.startsWith('| scenario-with'));
    expect(shown.some((l) => l.endsWith('| **regression** |'))).toBe(true);
    expect(shown.some((l) => l.endsWith('| no change |'))).toBe(false);
  });
});

describe('renderComparisonCsv', () => {
  it('renders the fixture comparison as in the golden file', () => {
    expectGolden('comparison.csv', renderComparisonCsv(fixture.comparison), 'comparison');
  });

  it('has one row per metric under the documented header, with quoted free text', () => {
    const csv = renderComparisonCsv(fixture.comparison);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(fixture.comparison.metrics.length + 1);
    const first = fixture.comparison.metrics[0]!;
    const odd = renderComparisonCsv({
      ...fixture.comparison,
      metrics: [{ ...first, scenario: 'mt940, "v2"', reason: 'line one\nline two' }],
    });
    expect(odd).toMatch(/\n"mt940, ""v2""",8,successRps,[^\n]*,"line one\nline two"\n$/);
  });
});
