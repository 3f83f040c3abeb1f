export const id = 425;
export const ids = [425];
export const modules = {

/***/ 49425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ summarizeEncoded),
/* harmony export */   YP: () => (/* binding */ recordUs),
/* harmony export */   ay: () => (/* binding */ initHistograms),
/* harmony export */   ll: () => (/* binding */ encodeHistogram),
/* harmony export */   pr: () => (/* binding */ decodeHistogram),
/* harmony export */   rl: () => (/* binding */ destroyHistogram),
/* harmony export */   uE: () => (/* binding */ mergeEncodedHistograms),
/* harmony export */   v5: () => (/* binding */ createHistogram)
/* harmony export */ });
/* unused harmony exports HISTOGRAM_MAX_US, summarizeHistogram */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32960);
/**
 * HDR histograms as the whole project uses them: integer microseconds from 1 µs to 60 s with
 * three significant digits. Histograms cross worker, agent and round boundaries only in the
 * standard compressed base64 encoding and are combined with `add`.
 */


/** Highest value tracked: 60 s in µs. Larger values are clamped to it (and still counted). */
const HISTOGRAM_MAX_US = 60_000_000;
let wasmReady = false;
/**
 * Loads the WebAssembly build once (recording then costs tens of nanoseconds). Safe to call
 * many times; histograms created before it fall back to the JavaScript implementation.
 */
async function initHistograms() {
    if (wasmReady)
        return;
    await hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .initWebAssembly */ .L();
    wasmReady = true;
}
/** A new, empty microsecond histogram. Call `destroyHistogram` when done with it. */
function createHistogram() {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .build */ .jq({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HISTOGRAM_MAX_US,
        numberOfSignificantValueDigits: 3,
        // Stryker disable next-line BooleanLiteral: equivalent, recordUs clamps every value into range
        autoResize: false,
        useWebAssembly: wasmReady,
    });
}
/** Records one value in µs, rounded to an integer and clamped to the tracked range. */
function recordUs(histogram, valueUs) {
    // Stryker disable next-line EqualityOperator: equivalent, 1 and the maximum clamp to themselves
    const v = valueUs < 1 ? 1 : valueUs > HISTOGRAM_MAX_US ? HISTOGRAM_MAX_US : Math.round(valueUs);
    histogram.recordValue(v);
}
/** Frees a histogram's WebAssembly memory (a no-op for the JavaScript build). */
function destroyHistogram(histogram) {
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
function encodeHistogram(histogram) {
    if (!(histogram instanceof hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .WasmHistogram */ .jJ))
        return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeIntoCompressedBase64 */ .dH(histogram);
    const compressed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateSync)(histogram.encode());
    const out = Buffer.allocUnsafe(8 + compressed.length);
    out.writeInt32BE(V2_COMPRESSED_COOKIE, 0);
    out.writeInt32BE(compressed.length, 4);
    compressed.copy(out, 8);
    return out.toString('base64');
}
/** Decodes the standard compressed base64 encoding. */
function decodeHistogram(encoded) {
    const data = Buffer.from(encoded.trim(), 'base64');
    if (data.length < 8 || (data.readInt32BE(0) & ~0xf0) !== V2_COMPRESSED_COOKIE_BASE) {
        throw new Error('not a compressed HdrHistogram (V2 encoding cookie missing)');
    }
    const counts = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateSync)(data.subarray(8, 8 + data.readInt32BE(4)));
    return wasmReady
        ? hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .WasmHistogram */ .jJ.decode(counts, 32)
        : hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .JsHistogram */ .Sw.decode(counts, 32);
}
/** Adds encoded histograms into one new histogram (the caller destroys it). */
function mergeEncodedHistograms(encoded) {
    const total = createHistogram();
    for (const e of encoded) {
        const h = decodeHistogram(e);
        total.add(h);
        h.destroy();
    }
    return total;
}
/** Percentile summary of a histogram in µs; all zeros for an empty one. */
function summarizeHistogram(histogram) {
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
    const at = (p) => histogram.getValueAtPercentile(p);
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
function summarizeEncoded(encoded) {
    const h = decodeHistogram(encoded);
    try {
        return summarizeHistogram(h);
    }
    finally {
        h.destroy();
    }
}
function round1(x) {
    return Math.round(x * 10) / 10;
}
//# sourceMappingURL=histogram.js.map

/***/ })

};
