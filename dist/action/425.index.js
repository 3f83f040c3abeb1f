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
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32960);
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
    await hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .initWebAssembly */ .L();
    wasmReady = true;
}
/** A new, empty microsecond histogram. Call `destroyHistogram` when done with it. */
function createHistogram() {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq({
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
/** Standard compressed base64 encoding, readable by every HdrHistogram implementation. */
function encodeHistogram(histogram) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH(histogram);
}
/** Decodes the standard compressed base64 encoding. */
function decodeHistogram(encoded) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc(encoded, 32, wasmReady);
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
