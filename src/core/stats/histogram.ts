/**
 * HDR histograms as the whole project uses them: integer microseconds from 1 µs to 60 s with
 * three significant digits. Histograms cross worker, agent and round boundaries only in the
 * standard compressed base64 encoding and are combined with `add`.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import * as hdr from 'hdr-histogram-js';
import type { LatencySummary } from '../report/model.js';

/** A histogram of microsecond values. */
export type Histogram = hdr.Histogram;

/** Highest value tracked: 60 s in µs. Larger values are clamped to it (and still counted). */
export const HISTOGRAM_MAX_US = 60_000_000;

let wasmReady = false;

/**
 * Loads the WebAssembly build once (recording then costs tens of nanoseconds). Safe to call
 * many times; histograms created before it fall back to the JavaScript implementation.
 */
export async function initHistograms(): Promise<void> {
  if (wasmReady) return;
  await hdr.initWebAssembly();
  wasmReady = true;
}

/** A new, empty microsecond histogram. Call `destroyHistogram` when done with it. */
export function createHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HISTOGRAM_MAX_US,
    numberOfSignificantValueDigits: 3,
    // Stryker disable next-line BooleanLiteral: equivalent, recordUs clamps every value into range
    autoResize: false,
    useWebAssembly: wasmReady,
  });
}

/** Records one value in µs, rounded to an integer and clamped to the tracked range. */
export function recordUs(histogram: Histogram, valueUs: number): void {
  // Stryker disable next-line EqualityOperator: equivalent, 1 and the maximum clamp to themselves
  const v = valueUs < 1 ? 1 : valueUs > HISTOGRAM_MAX_US ? HISTOGRAM_MAX_US : Math.round(valueUs);
  histogram.recordValue(v);
}

/** Frees a histogram's WebAssembly memory (a no-op for the JavaScript build). */
export function destroyHistogram(histogram: Histogram): void {
  histogram.destroy();
}

/**
 * HdrHistogram's V2 compressed encoding: a cookie, the length of what follows, and the V2
 * encoding of the counts compressed as a zlib stream (RFC 1950), in base64. Every HdrHistogram
 * implementation reads it (the Java one inflates with java.util.zip). hdr-histogram-js does
 * the same but compresses with zlib only when it can `require` it, which a bundled ES module
 * cannot: there it falls back to pako, a JavaScript port about four times slower to deflate
 * and twenty times slower to inflate, and the engine encodes a histogram every second.
 */
const V2_COMPRESSED_COOKIE_BASE = 0x1c849304;
/** The cookie's word-size bits: 0x10 marks the V2 (LEB128 zig-zag) counts. */
const V2_COMPRESSED_COOKIE = V2_COMPRESSED_COOKIE_BASE | 0x10;

/** Standard compressed base64 encoding, readable by every HdrHistogram implementation. */
export function encodeHistogram(histogram: Histogram): string {
  if (!(histogram instanceof hdr.WasmHistogram)) return hdr.encodeIntoCompressedBase64(histogram);
  const compressed = deflateSync(histogram.encode());
  const out = Buffer.allocUnsafe(8 + compressed.length);
  out.writeInt32BE(V2_COMPRESSED_COOKIE, 0);
  out.writeInt32BE(compressed.length, 4);
  compressed.copy(out, 8);
  return out.toString('base64');
}

/** Decodes the standard compressed base64 encoding. */
export function decodeHistogram(encoded: string): Histogram {
  const data = Buffer.from(encoded.trim(), 'base64');
  if (data.length < 8 || (data.readInt32BE(0) & ~0xf0) !== V2_COMPRESSED_COOKIE_BASE) {
    throw new Error('not a compressed HdrHistogram (V2 encoding cookie missing)');
  }
  const counts = inflateSync(data.subarray(8, 8 + data.readInt32BE(4)));
  return wasmReady
    ? hdr.WasmHistogram.decode(counts, 32)
    : (hdr.JsHistogram as unknown as { decode(data: Uint8Array, bits: number): Histogram }).decode(
        counts,
        32,
      );
}

/** Adds encoded histograms into one new histogram (the caller destroys it). */
export function mergeEncodedHistograms(encoded: Iterable<string>): Histogram {
  const total = createHistogram();
  for (const e of encoded) {
    const h = decodeHistogram(e);
    total.add(h);
    h.destroy();
  }
  return total;
}

/** Percentile summary of a histogram in µs; all zeros for an empty one. */
export function summarizeHistogram(histogram: Histogram): LatencySummary {
  const count = histogram.totalCount;
  if (count === 0) {
    return {
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
    };
  }
  const at = (p: number) => histogram.getValueAtPercentile(p);
  return {
    count,
    min: histogram.minNonZeroValue,
    mean: round1(histogram.mean),
    stdev: round1(histogram.stdDeviation),
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    p9999: at(99.99),
    max: histogram.maxValue,
  };
}

/** Summary of an encoded histogram. */
export function summarizeEncoded(encoded: string): LatencySummary {
  const h = decodeHistogram(encoded);
  try {
    return summarizeHistogram(h);
  } finally {
    h.destroy();
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
