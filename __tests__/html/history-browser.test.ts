/**
 * Opens history.html in a real headless Chromium from disk: it must render without console
 * errors and without a single network request, chart every series with a link on every point,
 * and show the planted shift as a marked, worded change.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHistorySeries } from '../../src/core/report/history-series.js';
import { renderHistoryHtml } from '../../src/core/report/history-html.js';
import {
  detectHistoryChangePoints,
  resolveChangePointSettings,
} from '../../src/core/stats/change-points.js';
import { PLANTED_NIGHTS, PLANTED_SHIFT_NIGHT, plantedIndex } from '../report/history-fixture.js';
import { findChromium, testsNeedingMissingTool } from '../support/test-tools.js';

const CHROMIUM = findChromium();
/** Where the screenshot goes, for a person to look at. */
const SCREENSHOT = join(tmpdir(), 'bench-history-screenshot.png');

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('history.html in a browser', () => {
  if (CHROMIUM === undefined) {
    testsNeedingMissingTool(
      'no Chromium: apt-get install -y chromium, or set BENCH_CHROMIUM to a Chromium or Chrome',
    );
    return;
  }

  it('renders from disk with no console error, no network request, linked points and the planted change', async () => {
    const series = buildHistorySeries(plantedIndex(), { branch: 'main' });
    const settings = resolveChangePointSettings();
    const changePoints = detectHistoryChangePoints(series, settings);
    const file = join(dir, 'history.html');
    writeFileSync(
      file,
      renderHistoryHtml({
        product: 'reframe',
        branch: 'main',
        series,
        changePoints,
        settings,
        generatedAt: '2026-11-21T04:00:00.000Z',
        toolVersion: '0.1.0',
        links: {
          reportBase: '../',
          runUrlTemplate:
            'https://github.com/plasmatic/reframe/actions/runs/{runId}/attempts/{attempt}',
        },
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
      expect(await page.title()).toBe('reframe on main: benchmark history');
      expect(await page.locator('figure[data-chart="throughput"] svg').count()).toBe(2);
      expect(await page.locator('figure[data-chart="latency"] svg').count()).toBe(2);

      // Every drawn point is a link to its report with the commit and run in its tooltip:
      // throughput has a point per night, p50 lacks the two nights before the index had it.
      const shifted = page.locator('section.series').first();
      const throughputLinks = shifted.locator('figure[data-chart="throughput"] svg a');
      expect(await throughputLinks.count()).toBe(PLANTED_NIGHTS);
      const latencyLinks = shifted.locator('figure[data-chart="latency"] svg a');
      expect(await latencyLinks.count()).toBe(2 * PLANTED_NIGHTS - 2);
      const first = throughputLinks.first();
      expect(await first.getAttribute('href')).toBe(
        '../reframe/main/2026/11/01/5000-1/report.html',
      );
      expect(await first.locator('title').textContent()).toMatch(
        /^run 5000 \(00c0ffe\), 2026-11-01 03:00:00 UTC: [\d,]+ req\/s$/,
      );
      const box = await first.boundingBox();
      expect(box!.width).toBeGreaterThan(3);

      // The planted shift: listed in words with links, and marked on the shifted series' charts.
      const changes = page.locator('ul[data-list="changes"] li');
      expect(await changes.count()).toBe(changePoints.length);
      const p99 = changes.filter({ hasText: /^regression p99 of mt-to-mx/ });
      expect(await p99.count()).toBe(1);
      expect(await p99.textContent()).toContain(`between run ${5000 + PLANTED_SHIFT_NIGHT - 1} (`);
      expect(await p99.locator('a').allTextContents()).toEqual([
        'report before',
        'report after',
        'chart',
      ]);
      const marks = shifted.locator('figure[data-chart="latency"] svg text', {
        hasText: /^p50 \+1\d\.\d% · p99 \+1\d\.\d%$/,
      });
      expect(await marks.count()).toBe(1);
      const flat = page.locator('section.series').nth(1);
      expect(await flat.locator('ul.changes').count()).toBe(0);
      expect(await flat.textContent()).toContain('No change detected.');

      // The run table links GitHub runs.
      const runLink = shifted
        .locator('table[data-table="runs"] tbody tr')
        .first()
        .locator('a')
        .first();
      expect(await runLink.getAttribute('href')).toBe(
        `https://github.com/plasmatic/reframe/actions/runs/${5000 + PLANTED_NIGHTS - 1}/attempts/1`,
      );
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(existsSync(SCREENSHOT)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
