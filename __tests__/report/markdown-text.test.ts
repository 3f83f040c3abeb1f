/**
 * Text from a run (notes, failure messages, a target's answer) lands in Markdown that GitHub
 * renders: it must not open inline HTML or break the table it sits in, in every renderer.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdownReport } from '../../src/core/report/markdown.js';
import { escapeMarkdown, safeMarkdownLink } from '../../src/core/report/markdown-text.js';
import { sampleRunReport } from '../support/reports/sample-report.js';

const HOSTILE = '<img src=x onerror=alert(1)> | cell\nbreak \\ end';

describe('free text in rendered Markdown', () => {
  it('escapes inline HTML, table pipes, line breaks and backslashes, and cuts long text', () => {
    expect(escapeMarkdown(HOSTILE, 500)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\| cell break \\\\ end',
    );
    expect(escapeMarkdown('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('encodes what would end or break a link target', () => {
    expect(safeMarkdownLink('https://h/a b(c)<d>')).toBe('https://h/a%20b%28c%29%3Cd%3E');
  });

  it('keeps a run note from opening HTML in summary.md', () => {
    const report = sampleRunReport(
      [{ level: 8, successRps: 1000, p50Us: 1000, p99Us: 5000, errorRate: 0 }],
      { patch: { notes: [HOSTILE] } },
    );
    const md = renderMarkdownReport(report);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
