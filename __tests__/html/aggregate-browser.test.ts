/**
 * Opens the size comparison page in a real headless Chromium from disk: it must render without
 * console errors, without a single network request, and show its recommendation, tables and
 * charts at a readable size.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAggregateHtml } from '../../src/core/report/aggregate-html.js';
import { goldenComparison } from '../support/reports/size-reports.js';
import { findChromium, testsNeedingMissingTool } from '../support/test-tools.js';

const CHROMIUM = findChromium();
/** Where the screenshot goes, for a person to look at. */
const SCREENSHOT = join(tmpdir(), 'bench-aggregate-screenshot.png');

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-aggregate-html-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the size comparison page in a browser', () => {
  if (CHROMIUM === undefined) {
    testsNeedingMissingTool(
      'no Chromium: apt-get install -y chromium, or set BENCH_CHROMIUM to a Chromium or Chrome',
    );
    return;
  }

  it('renders from disk with no console error, no network request, its recommendation and charts', async () => {
    const comparison = goldenComparison();
    const file = join(dir, 'aggregate.html');
    writeFileSync(file, renderAggregateHtml(comparison));
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
      expect(await page.title()).toBe('reframe: VM-size comparison, 2026-11-29 05:00:00 UTC');
      const recommendations = page.locator('[data-recommendation]');
      expect(await recommendations.allTextContents()).toEqual(
        comparison.scenarios.map((c) => c.recommendation.sentence),
      );
      const sizeRows = page.locator('table[data-table="sizes"] tbody tr');
      expect(await sizeRows.count()).toBe(2 * comparison.sizes.length);
      expect(await page.locator('table[data-table="sizes"] tr.recommended').count()).toBe(2);
      expect(await page.locator('table[data-table="prices"] tbody tr').count()).toBe(3);
      for (const kind of [
        'throughput-by-size',
        'per-vcpu-by-size',
        'cost-by-size',
        'latency-by-size',
      ]) {
        expect(await page.locator(`figure[data-chart="${kind}"] svg`).count(), kind).toBe(2);
      }
      const chart = page.locator('figure[data-chart="cost-by-size"] svg').first();
      expect(await chart.getAttribute('aria-label')).toBe('mt-to-mx: cost per million requests');
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
      // Every level is one click away, folded by default.
      const levels = page.locator('table[data-table="levels"]').first();
      expect(await levels.isVisible()).toBe(false);
      await page.locator('details > summary').first().click();
      expect(await levels.isVisible()).toBe(true);
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(existsSync(SCREENSHOT)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
