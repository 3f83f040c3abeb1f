import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  HISTOGRAM_MAX_US,
  createHistogram,
  decodeHistogram,
  encodeHistogram,
  initHistograms,
  mergeEncodedHistograms,
  recordUs,
  summarizeHistogram,
} from '../../src/core/stats/histogram.js';
import { LevelRecorder } from '../../src/core/engine/level-recorder.js';
import * as hdr from 'hdr-histogram-js';

/** Summaries equal within HDR's three significant digits (a decoded max is its bucket's top). */
function expectSameSummary(
  a: ReturnType<typeof summarizeHistogram>,
  b: ReturnType<typeof summarizeHistogram>,
) {
  expect(a.count).toBe(b.count);
  for (const key of [
    'min',
    'mean',
    'p50',
    'p75',
    'p90',
    'p95',
    'p99',
    'p999',
    'p9999',
    'max',
  ] as const) {
    expect(Math.abs(a[key] - b[key])).toBeLessThanOrEqual(Math.max(1, b[key] * 0.001));
  }
}

beforeAll(async () => {
  await initHistograms();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('microsecond HDR histograms', () => {
  it('reports the percentiles of a known uniform distribution within three significant digits', () => {
    const h = createHistogram();
    for (let v = 1; v <= 100_000; v++) recordUs(h, v);
    const s = summarizeHistogram(h);
    const cases: [number, number][] = [
      [s.p50, 50_000],
      [s.p90, 90_000],
      [s.p99, 99_000],
      [s.p999, 99_900],
      [s.max, 100_000],
    ];
    for (const [got, truth] of cases) expect(Math.abs(got - truth) / truth).toBeLessThan(0.001);
    expect(s.min).toBe(1);
    expect(s.mean).toBeCloseTo(50_000.5, -1);
    expect(s.count).toBe(100_000);
    h.destroy();
  });

  it('clamps values outside 1 µs…60 s instead of throwing, and still counts them', () => {
    const h = createHistogram();
    recordUs(h, 0.2);
    recordUs(h, 10 * HISTOGRAM_MAX_US);
    expect(h.totalCount).toBe(2);
    expect(h.minNonZeroValue).toBe(1);
    expect(Math.abs(h.maxValue - HISTOGRAM_MAX_US) / HISTOGRAM_MAX_US).toBeLessThan(0.001);
    h.destroy();
  });

  it('survives the compressed encoding unchanged', () => {
    const h = createHistogram();
    for (let i = 0; i < 10_000; i++) recordUs(h, 100 + ((i * 7919) % 50_000));
    const back = decodeHistogram(encodeHistogram(h));
    expectSameSummary(summarizeHistogram(back), summarizeHistogram(h));
    h.destroy();
    back.destroy();
  });

  it('merges encoded histograms into the histogram of all values', () => {
    const a = createHistogram();
    const b = createHistogram();
    const all = createHistogram();
    for (let v = 1; v <= 5000; v++) {
      recordUs(v % 2 ? a : b, v * 3);
      recordUs(all, v * 3);
    }
    const merged = mergeEncodedHistograms([encodeHistogram(a), encodeHistogram(b)]);
    expectSameSummary(summarizeHistogram(merged), summarizeHistogram(all));
    for (const h of [a, b, all, merged]) h.destroy();
  });
});

describe('level recorder', () => {
  it('closes one interval per second, and the intervals add up to the whole window', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const start = performance.now();
    const rec = new LevelRecorder(start, start + 3500, false);
    rec.begin();
    for (let t = 0; t < 3500; t += 5) {
      rec.record(t % 50 === 0 ? 'httpStatus' : 'success', 1000 + t, start + t, 100);
    }
    const r = rec.finish();
    expect(r.intervals.map((i) => i.endEpochMs - i.startEpochMs)).toEqual([1000, 1000, 1000, 500]);
    expect(r.intervals.reduce((n, i) => n + i.success, 0)).toBe(r.success);
    expect(r.intervals.reduce((n, i) => n + i.failures, 0)).toBe(r.failures.httpStatus);
    expect(r.success).toBe(630);
    expect(r.failures.httpStatus).toBe(70);
    expect(r.bytesReceived).toBe(70_000);
    const merged = mergeEncodedHistograms(r.intervals.map((i) => i.latency));
    expectSameSummary(summarizeHistogram(merged), summarizeHistogram(decodeHistogram(r.latency)));
    merged.destroy();
  });

  it('ends the window early when truncated, keeping what was measured', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const start = performance.now();
    const rec = new LevelRecorder(start, start + 10_000, false);
    rec.record('success', 500, start + 100, 10);
    rec.record('success', 500, start + 1200, 10);
    rec.truncate(start + 1500);
    const r = rec.finish();
    expect(r.durationMs).toBe(1500);
    expect(r.intervals).toHaveLength(2);
    expect(r.success).toBe(2);
  });
});

describe('the compressed encoding (zlib, not the library fallback)', () => {
  it("is read by hdr-histogram-js's own decoder, and reads its encoding, with the same counts", async () => {
    await initHistograms();
    const h = createHistogram();
    for (let i = 1; i <= 5000; i++) recordUs(h, (i * 7919) % 250_000);
    const ours = encodeHistogram(h);
    const theirs = hdr.encodeIntoCompressedBase64(h);
    const viaLibrary = hdr.decodeFromCompressedBase64(ours, 32, true);
    const viaOurs = decodeHistogram(theirs);
    for (const p of [0, 50, 90, 99, 99.9, 100]) {
      expect(viaLibrary.getValueAtPercentile(p), `p${p}`).toBe(h.getValueAtPercentile(p));
      expect(viaOurs.getValueAtPercentile(p), `p${p}`).toBe(h.getValueAtPercentile(p));
    }
    expect(viaLibrary.totalCount).toBe(5000);
    expect(viaOurs.totalCount).toBe(5000);
    for (const x of [h, viaLibrary, viaOurs]) x.destroy();
  });

  it('refuses text that is not a compressed histogram', () => {
    expect(() => decodeHistogram(Buffer.from('not a histogram').toString('base64'))).toThrow(
      /V2 encoding cookie/,
    );
  });
});
