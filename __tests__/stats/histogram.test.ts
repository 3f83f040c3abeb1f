/**
 * The project's HDR histogram rules (`core/stats/histogram.ts`): integer microseconds from 1 µs
 * to 60 s, values outside clamped and still counted, the empty histogram summarised as zeros,
 * and the standard encoding read back as it was written.
 */
import { WasmHistogram } from 'hdr-histogram-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HISTOGRAM_MAX_US,
  createHistogram,
  decodeHistogram,
  destroyHistogram,
  encodeHistogram,
  initHistograms,
  mergeEncodedHistograms,
  recordUs,
  summarizeEncoded,
  summarizeHistogram,
} from '../../src/core/stats/histogram.js';

beforeAll(async () => {
  await initHistograms();
  // A second call is harmless.
  await initHistograms();
});

function histogramOf(values: number[]) {
  const h = createHistogram();
  for (const v of values) recordUs(h, v);
  return h;
}

describe('the WebAssembly build', () => {
  it('is what histograms use once initHistograms ran, created or decoded', () => {
    const h = createHistogram();
    expect(h).toBeInstanceOf(WasmHistogram);
    const back = decodeHistogram(encodeHistogram(h));
    expect(back).toBeInstanceOf(WasmHistogram);
    destroyHistogram(back);
    destroyHistogram(h);
  });

  it('frees a destroyed histogram, which cannot be used again', () => {
    const h = histogramOf([5]);
    destroyHistogram(h);
    expect(() => h.totalCount).toThrow('Cannot use a destroyed histogram');
  });
});

describe('recordUs', () => {
  it('records values below 1 µs as 1 µs', () => {
    const h = histogramOf([0, 0.4, 1]);
    expect(h.totalCount).toBe(3);
    expect(h.minNonZeroValue).toBe(1);
    expect(h.maxValue).toBe(1);
    destroyHistogram(h);
  });

  it('rounds to whole microseconds', () => {
    const h = histogramOf([1.4, 2.6]);
    expect([h.minNonZeroValue, h.maxValue]).toEqual([1, 3]);
    destroyHistogram(h);
  });

  it('clamps values past 60 s to 60 s and still counts them', () => {
    const h = histogramOf([HISTOGRAM_MAX_US, HISTOGRAM_MAX_US + 0.6, 10 * HISTOGRAM_MAX_US]);
    expect(h.totalCount).toBe(3);
    // Three significant digits: 60 s lands in its bucket's upper bound.
    expect(h.maxValue).toBeGreaterThanOrEqual(HISTOGRAM_MAX_US);
    expect(h.maxValue).toBeLessThan(HISTOGRAM_MAX_US * 1.001);
    destroyHistogram(h);
  });
});

describe('summaries', () => {
  it('summarises an empty histogram as zeros', () => {
    const h = createHistogram();
    expect(summarizeHistogram(h)).toEqual({
      count: 0,
      min: 0,
      mean: 0,
      stdev: 0,
      p50: 0,
      p75: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      p999: 0,
      p9999: 0,
      max: 0,
    });
    destroyHistogram(h);
  });

  it('summarises recorded values with percentiles, mean and deviation to one decimal', () => {
    const h = histogramOf([100, 200, 300, 400]);
    expect(summarizeHistogram(h)).toEqual({
      count: 4,
      min: 100,
      mean: 250,
      stdev: 111.8,
      p50: 200,
      p75: 300,
      p90: 400,
      p95: 400,
      p99: 400,
      p999: 400,
      p9999: 400,
      max: 400,
    });
    destroyHistogram(h);
  });

  it('summarises an encoded histogram like the histogram it came from', () => {
    const h = histogramOf([5, 50, 500, 5000]);
    const encoded = encodeHistogram(h);
    const back = decodeHistogram(encoded);
    expect(back.totalCount).toBe(4);
    expect(summarizeEncoded(encoded)).toEqual(summarizeHistogram(back));
    expect(summarizeEncoded(encoded)).toMatchObject({ count: 4, min: 5, p50: 50, p75: 500 });
    destroyHistogram(back);
    destroyHistogram(h);
  });

  it('merges encoded histograms by adding their counts', () => {
    const a = histogramOf([10, 20]);
    const b = histogramOf([30]);
    const merged = mergeEncodedHistograms([encodeHistogram(a), encodeHistogram(b)]);
    expect(summarizeHistogram(merged)).toMatchObject({ count: 3, min: 10, max: 30 });
    for (const h of [a, b, merged]) destroyHistogram(h);
  });
});

describe('decodeHistogram on text that is not an encoding', () => {
  it('refuses text too short to hold the V2 cookie with the cookie message', async () => {
    await initHistograms();
    for (const text of ['', 'AAAA', Buffer.alloc(7).toString('base64')]) {
      expect(() => decodeHistogram(text)).toThrow(
        'not a compressed HdrHistogram (V2 encoding cookie missing)',
      );
    }
  });
});
