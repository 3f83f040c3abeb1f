/**
 * The Markdown the action publishes (job summary and PR comment) as pure renderings, checked
 * against golden files: a run with findings of both kinds, an interrupted run, the pages of runs
 * without a report, and the janitor.
 */
import { describe, expect, it } from 'vitest';
import {
  renderFindings,
  renderFooter,
  renderJanitorSummary,
  renderNoReportSummary,
  renderResultSummary,
} from '../../src/core/report/action-summary.js';
import type { Finding } from '../../src/core/stats/verdict.js';
import { expectGolden } from '../support/golden.js';

const footer = {
  runUrl: 'https://github.example/plasmatic/reframe/actions/runs/4242/attempts/1',
  artifactName: 'bench-bench-1a2b3c4d-attempt-1',
  artifactUrl: 'https://github.example/plasmatic/reframe/actions/runs/4242/artifacts/99',
  reportUrl: 'https://bench.blob.example/bench/reframe/main/2026/12/01/4242-1/',
  headSha: 'fedcba9876543210',
};

const findings: Finding[] = [
  {
    source: 'comparison',
    scenario: 'mt-to-mx',
    level: 32,
    metric: 'p99',
    reason: 'p99 +31% (95% CI +22% to +40%)',
    baseline: 19_000,
    candidate: 25_000,
    change: 0.31,
  },
  {
    source: 'threshold',
    scenario: 'mt-to-mx',
    level: 32,
    metric: 'p99',
    threshold: 'p99 < 20ms',
    reason: 'p99 25 ms is above 20 ms',
    candidate: 25_000,
  },
];

describe('the action summary', () => {
  it('shows the verdict, the run summary, every finding in one shape and the links', () => {
    expectGolden(
      'action-summary.md',
      renderResultSummary({
        summaryMarkdown: '## reframe-pr\n\n| level | req/s |\n|---:|---:|\n| 32 | 1500 |\n',
        verdict: 'regression',
        findings,
        partial: false,
        footer,
      }),
      'action',
    );
  });

  it('warns that an interrupted run shows partial results', () => {
    const text = renderResultSummary({
      summaryMarkdown: 'tables',
      verdict: 'interrupted',
      findings: [],
      partial: true,
      footer: { runUrl: footer.runUrl },
    });
    expect(
      text.startsWith('> [!WARNING]\n> The run was interrupted: these are partial results.'),
    ).toBe(true);
    expect(text).not.toContain('Findings');
  });

  it('lists twenty findings and counts the rest', () => {
    const many = Array.from({ length: 23 }, (_, i) => ({ ...findings[0]!, level: i + 1 }));
    const text = renderFindings(many);
    expect(text).toContain('**Findings (23):**');
    expect(text.split('\n').filter((l) => l.startsWith('- ')).length).toBe(21);
    expect(text).toContain('- … and 3 more');
  });

  it('links what is known and leaves out what is not', () => {
    expect(renderFooter({ runUrl: 'https://x/run' })).toBe(
      '\n---\n<sub>bench-action · [workflow run](https://x/run)</sub>\n',
    );
    expect(renderFooter({ runUrl: 'https://x/run', artifactName: 'a' })).toContain('artifact `a`');
  });

  it('renders the pages of runs that produced no report and of the janitor', () => {
    expectGolden(
      'no-report.md',
      [
        renderNoReportSummary({
          kind: 'not-run',
          text: 'Bad input (INPUT_INVALID). Fix it.',
          footer,
        }),
        renderNoReportSummary({
          kind: 'failed',
          text: 'The run failed: no capacity.',
          footer: { runUrl: footer.runUrl },
        }),
        renderNoReportSummary({
          kind: 'interrupted',
          text: 'Cancelled.',
          footer: { runUrl: footer.runUrl },
        }),
        renderNoReportSummary({
          kind: 'skipped',
          text: 'A fork.',
          footer: { runUrl: footer.runUrl },
        }),
        renderJanitorSummary({ message: 'swept 2', deleted: ['rg-1'], pending: ['rg-2'] }),
        renderJanitorSummary({ message: 'swept 0', deleted: [], pending: [] }),
      ].join('\n====\n'),
      'action',
    );
  });
});
