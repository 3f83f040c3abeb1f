/**
 * The history renderers: golden files for the planted history (`UPDATE_GOLDEN=1 npx vitest run
 * __tests__/report` rewrites them), and the behaviours a golden file cannot show on its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { historyAxisExtent } from '../../src/core/report/charts/history-trend-chart.js';
import {
  renderHistoryHtml,
  HISTORY_HTML_MAX_CHARTED_SERIES,
} from '../../src/core/report/history-html.js';
import type { HistoryHtmlInput } from '../../src/core/report/history-html.js';
import {
  HISTORY_MARKDOWN_MAX_CHANGES,
  HISTORY_MARKDOWN_MAX_ROWS,
  renderHistoryMarkdown,
  renderSparkline,
} from '../../src/core/report/history-markdown.js';
import { buildHistorySeries } from '../../src/core/report/history-series.js';
import type { HistorySeries } from '../../src/core/report/history-series.js';
import type { ChangePoint } from '../../src/core/stats/change-points.js';
import {
  detectHistoryChangePoints,
  resolveChangePointSettings,
} from '../../src/core/stats/change-points.js';
import { expectGolden } from '../support/golden.js';
import { noisy, plantedIndex, seriesOf, step } from './history-fixture.js';

const settings = resolveChangePointSettings();
let series: HistorySeries[] = [];
let changePoints: ChangePoint[] = [];
let page: HistoryHtmlInput;

beforeAll(() => {
  series = buildHistorySeries(plantedIndex(), { branch: 'main' });
  changePoints = detectHistoryChangePoints(series, settings);
  page = {
    product: 'reframe',
    branch: 'main',
    series,
    changePoints,
    settings,
    generatedAt: '2026-11-21T04:00:00.000Z',
    toolVersion: '0.1.0',
    links: {
      reportBase: 'https://example.blob.core.windows.net/reports/',
      runUrlTemplate:
        'https://github.com/plasmatic/reframe/actions/runs/{runId}/attempts/{attempt}',
    },
  };
});

describe('the planted history', () => {
  it('detects the planted shift in every metric of mt-to-mx and nothing in mx-to-mt', () => {
    expect(changePoints.map((c) => [c.scenario, c.metric, c.index, c.verdict])).toEqual([
      ['mt-to-mx', 'successRps', 12, 'regression'],
      ['mt-to-mx', 'p50', 12, 'regression'],
      ['mt-to-mx', 'p99', 12, 'regression'],
      ['mt-to-mx', 'p999', 12, 'regression'],
    ]);
  });

  it('renders history.md as its golden file', () => {
    expectGolden(
      'history.md',
      renderHistoryMarkdown({ ...page, historyLink: 'https://example.test/history.html' }),
    );
  });

  it('renders history.html as its golden file, whatever was drawn before in the process', () => {
    renderHistoryHtml(page);
    expectGolden('history.html', renderHistoryHtml(page));
  });
});

describe('renderSparkline', () => {
  it.each([
    { name: 'no values', values: [], expected: '' },
    { name: 'a flat series', values: [100, 100, 100], expected: '▅▅▅' },
    { name: '±1% noise', values: [99, 100, 101, 100], expected: '▄▅▅▅' },
    { name: 'a 50% step', values: [100, 100, 150, 150], expected: '▁▁██' },
    { name: 'a missing value', values: [100, undefined, 150], expected: '▁·█' },
  ])('draws $name as "$expected"', ({ values, expected }) => {
    expect(renderSparkline(values)).toBe(expected);
  });
});

describe('historyAxisExtent', () => {
  it.each([
    { name: 'a flat series', values: [100, 100], expected: { min: 90, max: 110 } },
    { name: '2% noise around 5,200', values: [5150, 5250], expected: { min: 4500, max: 6000 } },
    { name: 'a 50% step', values: [100, 150], expected: { min: 100, max: 150 } },
    { name: 'values from zero', values: [0, 20], expected: { min: 0, max: 20 } },
    { name: 'no values', values: [], expected: { min: 0, max: 1 } },
  ])('spans $name over $expected', ({ values, expected }) => {
    expect(historyAxisExtent(values)).toEqual(expected);
  });
});

describe('renderHistoryMarkdown', () => {
  const base = () => ({ product: 'reframe', branch: 'main', settings });

  it('says so when no series changed', () => {
    const flat = [seriesOf(noisy(20, 8000, 0.02, 1))];
    const md = renderHistoryMarkdown({ ...base(), series: flat, changePoints: [] });
    expect(md).toContain('No level shift detected in 1 series.');
    expect(md).not.toContain('```mermaid');
  });

  it('says so when the branch has no runs yet', () => {
    expect(renderHistoryMarkdown({ ...base(), series: [], changePoints: [] })).toBe(
      '### reframe on main: benchmark history\n\nNo completed runs of this branch are in the index yet.\n',
    );
  });

  it('lists regressions before improvements', () => {
    const up = seriesOf(step(10, 8000, 10, 6000), 'p99', { id: 'faster', scenario: 'faster' });
    const down = seriesOf(step(10, 8000, 10, 9600), 'p99', { id: 'slower', scenario: 'slower' });
    const cps = detectHistoryChangePoints([up, down], settings, ['p99']);
    const md = renderHistoryMarkdown({ ...base(), series: [up, down], changePoints: cps });
    expect(md).toContain('**Detected changes**: 1 regression, 1 improvement.');
    expect(md.indexOf('p99 of slower')).toBeLessThan(md.indexOf('p99 of faster'));
  });

  it('cuts long lists, counts what it cut and points to history.html', () => {
    const many = Array.from({ length: HISTORY_MARKDOWN_MAX_ROWS + 5 }, (_, i) =>
      seriesOf(step(10, 8000, 10, 9600), 'p99', { id: `s${i}`, scenario: `s${i}` }),
    );
    const cps = detectHistoryChangePoints(many, settings, ['p99']);
    const md = renderHistoryMarkdown({
      ...base(),
      series: many,
      changePoints: cps,
      historyLink: 'h.html',
    });
    expect(md).toContain(
      `_${cps.length - HISTORY_MARKDOWN_MAX_CHANGES} more changes in [history.html](h.html)._`,
    );
    expect(md).toContain('_5 more series in [history.html](h.html)._');
    expect(md.match(/```mermaid/g)).toHaveLength(3);
    expect(md.length).toBeLessThan(30_000);
  });

  it('escapes names that would break the table or inject HTML', () => {
    const odd = seriesOf(noisy(20, 8000, 0.02, 1), 'p99', { scenario: 'a|b <script>' });
    const md = renderHistoryMarkdown({ ...base(), series: [odd], changePoints: [] });
    expect(md).toContain('| a\\|b &lt;script&gt; @ 64 |');
    expect(md).not.toContain('<script>');
  });
});

describe('renderHistoryHtml', () => {
  it('is one self-contained page: no script, nothing loaded from elsewhere', () => {
    const html = renderHistoryHtml(page);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\((?!#)/i);
  });

  it('links each point to its report and each GitHub run to its run page', () => {
    const html = renderHistoryHtml(page);
    expect(html).toContain(
      '<a href="https://example.blob.core.windows.net/reports/reframe/main/2026/11/13/5012-1/report.html"><title>run 5012 (0cc0ffe), 2026-11-13 03:00:00 UTC: ',
    );
    expect(html).toContain(
      '<a href="https://github.com/plasmatic/reframe/actions/runs/5007/attempts/2">5007 (attempt 2)</a>',
    );
  });

  it('links no run when the id is not a GitHub run id, and keeps report links relative by default', () => {
    const local = seriesOf(noisy(8, 8000, 0.02, 1));
    local.points = local.points.map((p) => ({ ...p, runId: `local-${p.runId}` }));
    const html = renderHistoryHtml({
      ...page,
      series: [local],
      changePoints: [],
      links: { runUrlTemplate: 'https://x/{runId}' },
    });
    expect(html).not.toContain('https://x/');
    expect(html).toContain('<a href="reframe/main/2026/11/01/1000-1/report.html">report</a>');
    expect(html).toContain('No level shift detected in 1 series over the last 8 runs.');
  });

  it('flags a generator-bound run in the table and on the chart', () => {
    const s = seriesOf(noisy(8, 8000, 0.02, 1));
    s.points[3] = { ...s.points[3]!, generatorBound: true };
    const html = renderHistoryHtml({ ...page, series: [s], changePoints: [] });
    expect(html.match(/>generator-bound</g)).toHaveLength(1);
    expect(html).toContain('; the load generator was the limit</title>');
  });

  it('escapes names from the data', () => {
    const s = seriesOf(noisy(8, 8000, 0.02, 1), 'p99', { scenario: '<img onerror=x>' });
    const html = renderHistoryHtml({ ...page, series: [s], changePoints: [] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img onerror=x&gt;');
  });

  it('charts at most the first series it can keep light and names the others', () => {
    const many = Array.from({ length: HISTORY_HTML_MAX_CHARTED_SERIES + 2 }, (_, i) =>
      seriesOf([8000, 8100, 8050], 'p99', { id: `s${i}`, scenario: `s${i}` }),
    );
    const html = renderHistoryHtml({ ...page, series: many, changePoints: [] });
    expect(html.match(/<figure class="chart"/g)).toHaveLength(2 * HISTORY_HTML_MAX_CHARTED_SERIES);
    expect(html).toContain(
      `2 more series are not charted, to keep this page light: s${HISTORY_HTML_MAX_CHARTED_SERIES} @ 64, s${HISTORY_HTML_MAX_CHARTED_SERIES + 1} @ 64.`,
    );
  }, 60_000);

  it('gives each chart its own renderer ids, so their styles never mix', () => {
    const html = renderHistoryHtml(page);
    const prefixes = new Set(html.match(/\bzr\d+-/g));
    expect([...prefixes].sort()).toEqual(['zr0-', 'zr1-', 'zr2-', 'zr3-']);
  });
});
