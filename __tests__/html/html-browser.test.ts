/**
 * Opens the HTML report in a real headless Chromium from disk: it must render without console
 * errors, without a single network request, and show its charts and verdict table.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/core/report/html.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { buildComparisonFixture } from '../stats/comparison-fixture.js';
import { findChromium, testsNeedingMissingTool } from '../support/test-tools.js';

const CHROMIUM = findChromium();
/** Where the screenshot goes, for a person to look at. */
const SCREENSHOT = join(tmpdir(), 'bench-report-screenshot.png');

let dir = '';

beforeAll(async () => {
  await initHistograms();
  dir = mkdtempSync(join(tmpdir(), 'bench-html-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in a browser', () => {
  if (CHROMIUM === undefined) {
    testsNeedingMissingTool(
      'no Chromium: apt-get install -y chromium, or set BENCH_CHROMIUM to a Chromium or Chrome',
    );
    return;
  }

  it('renders from disk with no console error, no network request, its charts and verdicts', async () => {
    const fixture = buildComparisonFixture();
    const file = join(dir, 'report.html');
    writeFileSync(
      file,
      renderHtmlReport({
        report: fixture.candidate[0]!,
        baseline: fixture.baseline[0]!,
        comparison: fixture.comparison,
        thresholds: fixture.thresholds,
      }),
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith('file:') && !url.startsWith('data:')) requests.push(url);
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.title()).toMatch(/^reframe-pr: benchmark report, /);
      const levels = fixture.candidate[0]!.levels.length;
      expect(await page.locator('figure[data-chart="spectrum"] svg').count()).toBe(levels);
      expect(await page.locator('figure[data-chart="time-series"] svg').count()).toBe(levels);
      expect(await page.locator('figure[data-chart="throughput-by-level"] svg').count()).toBe(2);
      expect(await page.locator('figure[data-chart="latency-by-throughput"] svg').count()).toBe(2);
      const firstChart = page.locator('figure[data-chart="spectrum"] svg').first();
      expect(await firstChart.getAttribute('aria-label')).toBe(
        'transform at 8 connections: latency by percentile',
      );
      const box = await firstChart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
      const verdictRows = page.locator('table[data-table="verdicts"] tbody tr');
      expect(await verdictRows.count()).toBe(fixture.comparison.metrics.length);
      expect(
        await page.locator('table[data-table="verdicts"] td.v-regression').count(),
      ).toBeGreaterThan(0);
      expect(await page.locator('table[data-table="thresholds"] tbody tr').count()).toBe(
        fixture.thresholds.length,
      );
      await page.screenshot({ path: SCREENSHOT, fullPage: false });
      expect(existsSync(SCREENSHOT)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
