import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpectrumPoints,
  ninesToPercentile,
  percentileToNines,
} from '../../src/core/report/charts/percentile-spectrum.js';
import { escapeHtml, renderHtmlReport } from '../../src/core/report/html.js';
import {
  createHistogram,
  destroyHistogram,
  encodeHistogram,
  initHistograms,
  recordUs,
} from '../../src/core/stats/histogram.js';
import type { ComparisonFixture } from '../stats/comparison-fixture.js';
import { buildComparisonFixture } from '../stats/comparison-fixture.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

let fixture: ComparisonFixture;
/** The fixture rendered with everything, and with the run alone (rendered once: charts cost). */
let full = '';
let alone = '';

beforeAll(async () => {
  await initHistograms();
  fixture = buildComparisonFixture();
  full = renderHtmlReport({
    report: fixture.candidate[0]!,
    baseline: fixture.baseline[0]!,
    comparison: fixture.comparison,
    thresholds: fixture.thresholds,
  });
  alone = renderHtmlReport({ report: fixture.candidate[0]! });
});

describe('percentile spectrum maths', () => {
  it.each([
    [0, 0],
    [90, 1],
    [99, 2],
    [99.9, 3],
    [99.999, 5],
    [100, 5],
  ])('percentile %d sits at %d nines', (p, nines) => {
    expect(percentileToNines(p)).toBeCloseTo(nines, 9);
  });

  it('nines and percentiles convert back and forth', () => {
    for (const p of [10, 50, 75, 99.5])
      expect(ninesToPercentile(percentileToNines(p))).toBeCloseTo(p, 9);
  });

  it('the spectrum of 1..10,000 µs reads the known percentiles', () => {
    const h = createHistogram();
    for (let v = 1; v <= 10_000; v++) recordUs(h, v);
    const points = buildSpectrumPoints(encodeHistogram(h));
    destroyHistogram(h);
    const at = (nines: number) => points.find(([x]) => Math.abs(x - nines) < 1e-9)![1];
    expect(points[0]).toEqual([0, expect.any(Number)]);
    // Three significant digits: values are exact to within 0.1%.
    expect(Math.abs(at(1) - 9000)).toBeLessThanOrEqual(10);
    expect(Math.abs(at(2) - 9900)).toBeLessThanOrEqual(10);
    expect(Math.abs(at(3) - 9990)).toBeLessThanOrEqual(10);
    expect(points[points.length - 1]![0]).toBe(5);
  });

  it('an empty histogram has no spectrum', () => {
    const h = createHistogram();
    const encoded = encodeHistogram(h);
    destroyHistogram(h);
    expect(buildSpectrumPoints(encoded)).toEqual([]);
  });
});

describe('renderHtmlReport', () => {
  it('is one self-contained page: no script, no external link, no remote resource', () => {
    const html = full;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    // SVG clip paths refer to fragments of the page itself (url(#…)); nothing else may load.
    expect(html).not.toMatch(/@import|url\((?!#)/i);
  });

  it('has a spectrum and a time-series chart per level and scaling charts per scenario', () => {
    const report = fixture.candidate[0]!;
    const html = full;
    const count = (kind: string) => html.split(`data-chart="${kind}"`).length - 1;
    expect(count('spectrum')).toBe(report.levels.length);
    expect(count('time-series')).toBe(report.levels.length);
    expect(count('throughput-by-level')).toBe(2);
    expect(count('latency-by-throughput')).toBe(2);
    expect(html.match(/<svg[^>]*role="img" aria-label="[^"]+"[^>]*><title>/g)).toHaveLength(
      2 * 2 + 2 * report.levels.length,
    );
  });

  it('escapes everything that comes from data', () => {
    const evil = '<script>alert("x")</script>';
    const report = buildRound({
      seed: 1,
      name: `run ${evil}`,
      levels: [
        { scenario: evil, level: 8, medianUs: 1000, successRps: 1000 },
        { scenario: evil, level: 16, medianUs: 1500, successRps: 1800 },
      ],
    });
    report.notes.push(`note ${evil}`);
    report.config.resolved = { header: evil };
    const html = renderHtmlReport({ report });
    expect(html).not.toContain(evil);
    expect(html).toContain(escapeHtml(evil));
    expect(html).toContain(`<title>run ${escapeHtml(evil)}: benchmark report`);
  });

  it('shows verdicts, thresholds, the environment and the resolved config', () => {
    const html = full;
    expect(html).toContain('<table data-table="verdicts">');
    expect(html).toContain('<td class="v-regression">regression</td>');
    expect(html).toContain('<table data-table="thresholds">');
    expect(html).toContain('<td class="s-fail">fail</td>');
    expect(html).toContain('<table data-table="environment">');
    expect(html).toContain('<pre data-block="config">');
    expect(html).toContain(
      `<p class="headline regression">${escapeHtml(fixture.comparison.headline)}</p>`,
    );
  });

  it('flags a generator-bound level in words next to its charts', () => {
    const html = alone;
    expect(html).toContain('The load generator saturated at this level');
    expect(html).toContain('generator-bound</span>');
  });

  it('a report without comparison has no verdict section', () => {
    const html = alone;
    expect(html).not.toContain('data-table="verdicts"');
    expect(html).not.toContain('id="comparison"');
  });
});
