export const id = 422;
export const ids = [422];
export const modules = {

/***/ 82798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ CHART_COLORS),
/* harmony export */   ZN: () => (/* binding */ renderSvgChart)
/* harmony export */ });
/* unused harmony export CHART_FONT_FAMILY */
/* harmony import */ var echarts_charts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74704);
/* harmony import */ var echarts_charts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40023);
/* harmony import */ var echarts_components__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27737);
/* harmony import */ var echarts_components__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84640);
/* harmony import */ var echarts_components__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3472);
/* harmony import */ var echarts_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90354);
/* harmony import */ var echarts_core__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70323);
/* harmony import */ var echarts_renderers__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9833);
/**
 * Renders an ECharts option to a static, accessible SVG string at report time, so the HTML
 * report needs no script and no network to show its charts. Only the pieces the report uses
 * are registered, which keeps bundles smaller than the full ECharts build.
 */




echarts_core__WEBPACK_IMPORTED_MODULE_0__/* .use */ .Y([
    echarts_charts__WEBPACK_IMPORTED_MODULE_1__/* .install */ .a,
    echarts_charts__WEBPACK_IMPORTED_MODULE_2__/* .install */ .a,
    echarts_components__WEBPACK_IMPORTED_MODULE_3__/* .install */ .a,
    echarts_components__WEBPACK_IMPORTED_MODULE_4__/* .install */ .a,
    echarts_components__WEBPACK_IMPORTED_MODULE_5__/* .install */ .a,
    echarts_renderers__WEBPACK_IMPORTED_MODULE_6__/* .install */ .a,
]);
/** Fonts of the page, without quotes (they would end up inside an SVG style attribute). */
const CHART_FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
/** Colours shared by every chart: the candidate stands out, the baseline stays grey. */
const CHART_COLORS = {
    candidate: '#2563eb',
    candidateSecondary: '#ea580c',
    baseline: '#6b7280',
    baselineSecondary: '#d6a77a',
    grid: '#e5e7eb',
    text: '#374151',
};
function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * Renders `option` to an SVG string with `role="img"`, an `aria-label`, a `<title>` and a
 * `<desc>`. Animation is off: server-side rendering captures the first frame.
 */
function renderSvgChart(option, frame) {
    const chart = echarts_core__WEBPACK_IMPORTED_MODULE_7__/* .init */ .Ts(null, null, {
        renderer: 'svg',
        ssr: true,
        width: frame.widthPx,
        height: frame.heightPx,
    });
    let svg;
    try {
        chart.setOption({
            animation: false,
            textStyle: { fontFamily: CHART_FONT_FAMILY, color: CHART_COLORS.text },
            ...option,
        });
        svg = chart.renderToSVGString();
    }
    finally {
        chart.dispose();
    }
    const title = escapeXml(frame.title);
    const desc = escapeXml(frame.description);
    return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs) => `<svg${attrs} role="img" aria-label="${title}" focusable="false"><title>${title}</title><desc>${desc}</desc>`);
}
//# sourceMappingURL=render-svg-chart.js.map

/***/ }),

/***/ 82706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ renderHlogFiles),
/* harmony export */   Qc: () => (/* binding */ hlogFileName),
/* harmony export */   xH: () => (/* binding */ sanitizeFileName)
/* harmony export */ });
/* unused harmony export renderHlog */
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32960);
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49425);
/**
 * HdrHistogram interval logs (`.hlog`): one line per second of a level, in the format every
 * HdrHistogram implementation reads (Java `HistogramLogReader`, `HistogramLogProcessor`,
 * HdrHistogramVisualizer), so latency over time can be replotted with standard tools.
 */


/**
 * Values are µs; HdrHistogram tools show the interval max in ms by convention, so the max column
 * is divided by 1000.
 */
const MAX_VALUE_UNIT_RATIO = 1000;
function seconds(epochMs) {
    return (epochMs / 1000).toFixed(3);
}
/** Renders the interval log of one level (successes' latency, one histogram per interval). */
function renderHlog(m, opts) {
    const chunks = [];
    const writer = new hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .HistogramLogWriter */ ._B((text) => chunks.push(text));
    const start = opts.startTimeEpochMs;
    const version = opts.toolVersion ? ` ${opts.toolVersion}` : '';
    writer.outputComment(`[Logged with bench-action${version}]`);
    writer.outputComment(`[Scenario ${m.scenario}, ${m.model} model, level ${m.level}; values in microseconds]`);
    // Written by hand instead of outputStartTime, which prints the date in the local time zone
    // and adds a blank line.
    writer.outputComment(`[StartTime: ${seconds(start)} (seconds since epoch), ${new Date(start).toISOString()}]`);
    writer.outputComment(`[BaseTime: ${seconds(start)} (seconds since epoch)]`);
    writer.baseTime = start;
    writer.outputLogFormatVersion();
    writer.outputLegend();
    for (const iv of m.intervals) {
        const histogram = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHistogram */ .pr)(iv.latency);
        try {
            writer.outputIntervalHistogram(histogram, (iv.startEpochMs - start) / 1000, (iv.endEpochMs - start) / 1000, MAX_VALUE_UNIT_RATIO);
        }
        finally {
            histogram.destroy();
        }
    }
    return chunks.join('');
}
/**
 * A safe `.hlog` file name from a scenario and level, e.g. `mt103 standard`, 32 →
 * `mt103-standard-32.hlog`.
 */
function hlogFileName(scenario, level) {
    return sanitizeFileName(`${scenario}-${level}.hlog`);
}
/** Keeps letters, digits, `.`, `_` and `-`; never a path separator or a leading dot. */
function sanitizeFileName(name) {
    const clean = name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[-.]+/, '');
    return clean.slice(0, 200) || 'unnamed';
}
/** The `.hlog` file of every measured level, named by `hlogFileName`. */
function renderHlogFiles(measurements, toolVersion) {
    return measurements.map((m) => ({
        file: hlogFileName(m.scenario, m.level),
        text: renderHlog(m, {
            startTimeEpochMs: m.startEpochMs,
            ...(toolVersion !== undefined && { toolVersion }),
        }),
    }));
}
//# sourceMappingURL=hlog.js.map

/***/ }),

/***/ 45801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ HTML_REPORT_STYLE),
  ZD: () => (/* binding */ escapeHtml),
  w4: () => (/* binding */ renderHtmlReport)
});

// UNUSED EXPORTS: HTML_MAX_LEVEL_CHARTS

// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
// EXTERNAL MODULE: ./lib/core/report/level-health.js
var level_health = __webpack_require__(28307);
// EXTERNAL MODULE: ./lib/core/report/setup-steps.js
var setup_steps = __webpack_require__(52877);
// EXTERNAL MODULE: ./lib/core/report/command-benchmarks.js
var command_benchmarks = __webpack_require__(18176);
// EXTERNAL MODULE: ./lib/core/stats/histogram.js
var histogram = __webpack_require__(49425);
// EXTERNAL MODULE: ./lib/core/report/charts/render-svg-chart.js
var render_svg_chart = __webpack_require__(82798);
;// CONCATENATED MODULE: ./lib/core/report/charts/percentile-spectrum.js
/**
 * The latency percentile spectrum: latency against percentile on a "nines" axis, where 90%,
 * 99%, 99.9% … are evenly spaced (x = −log10(1 − p)). Tails that a linear axis squeezes into
 * its last pixel become readable, and a baseline drawn on the same axes shows where two builds
 * part ways.
 */


/** Highest number of nines drawn: 99.999%. */
const SPECTRUM_MAX_NINES = 5;
/** Points per nine. */
const STEPS_PER_NINE = 20;
/** Axis labels: position in nines → label. */
const NINES_LABELS = new Map([
    [0, '0%'],
    [Math.log10(2), '50%'],
    [1, '90%'],
    [2, '99%'],
    [3, '99.9%'],
    [4, '99.99%'],
    [5, '99.999%'],
]);
/** Position of a percentile (0–100) on the nines axis. */
function percentileToNines(percentile) {
    const tail = 1 - percentile / 100;
    return tail <= 0 ? SPECTRUM_MAX_NINES : Math.min(SPECTRUM_MAX_NINES, -Math.log10(tail));
}
/** Percentile (0–100) at a position of the nines axis. */
function ninesToPercentile(nines) {
    return 100 * (1 - 10 ** -nines);
}
/**
 * `[nines, latency µs]` points of an encoded histogram, from 0% to 99.999%; empty when the
 * histogram holds no values.
 */
function buildSpectrumPoints(encodedHistogram) {
    const h = (0,histogram/* decodeHistogram */.pr)(encodedHistogram);
    try {
        if (h.totalCount === 0)
            return [];
        const points = [];
        for (let i = 0; i <= SPECTRUM_MAX_NINES * STEPS_PER_NINE; i++) {
            const nines = i / STEPS_PER_NINE;
            points.push([nines, h.getValueAtPercentile(ninesToPercentile(nines))]);
        }
        return points;
    }
    finally {
        h.destroy();
    }
}
function toMs(points) {
    return points.map(([x, us]) => [x, us / 1000]);
}
/** Renders the spectrum of a level, with the baseline's level overlaid when given. */
function renderSpectrumChart(input) {
    const candidate = toMs(buildSpectrumPoints(input.candidate.histograms.latency));
    const baseline = input.baseline
        ? toMs(buildSpectrumPoints(input.baseline.histograms.latency))
        : [];
    const ticks = [...NINES_LABELS.keys()];
    const option = {
        grid: { left: 64, right: 24, top: 36, bottom: 44 },
        legend: {
            top: 4,
            right: 8,
            data: baseline.length > 0 ? ['candidate', 'baseline'] : ['candidate'],
        },
        xAxis: {
            type: 'value',
            min: 0,
            max: SPECTRUM_MAX_NINES,
            name: 'percentile',
            nameLocation: 'middle',
            nameGap: 28,
            axisLabel: {
                customValues: ticks,
                formatter: (value) => NINES_LABELS.get(value) ?? '',
            },
            axisTick: { customValues: ticks },
            splitLine: { show: true, lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        yAxis: {
            type: 'value',
            name: 'latency (ms)',
            nameLocation: 'middle',
            nameGap: 48,
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series: [
            {
                name: 'candidate',
                type: 'line',
                showSymbol: false,
                data: candidate,
                lineStyle: { width: 2, color: render_svg_chart/* CHART_COLORS */.OK.candidate },
                itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.candidate },
            },
            ...(baseline.length > 0
                ? [
                    {
                        name: 'baseline',
                        type: 'line',
                        showSymbol: false,
                        data: baseline,
                        lineStyle: { width: 2, type: 'dashed', color: render_svg_chart/* CHART_COLORS */.OK.baseline },
                        itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.baseline },
                    },
                ]
                : []),
        ],
    };
    const last = (pts) => pts[pts.length - 1]?.[1];
    const p = (pts, nines) => pts.find(([x]) => x >= nines)?.[1];
    const describe = (name, pts) => pts.length === 0
        ? `${name}: no successful responses`
        : `${name}: p50 ${fmt(p(pts, Math.log10(2)))} ms, p99 ${fmt(p(pts, 2))} ms, p99.999 ${fmt(last(pts))} ms`;
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 320,
        title: input.title,
        description: [
            'Latency by percentile on a nines axis.',
            describe('Candidate', candidate),
            ...(input.baseline ? [describe('Baseline', baseline)] : []),
        ].join(' '),
    });
}
function fmt(ms) {
    return ms === undefined ? '-' : String(Number(ms.toPrecision(3)));
}
//# sourceMappingURL=percentile-spectrum.js.map
;// CONCATENATED MODULE: ./lib/core/report/charts/level-time-series.js

function lines(level, who) {
    const base = who === 'baseline';
    const at = (startMs) => Number((startMs / 1000).toFixed(3));
    return [
        {
            name: base ? 'baseline req/s' : 'req/s',
            type: 'line',
            yAxisIndex: 0,
            showSymbol: false,
            data: level.series.map((s) => [at(s.startMs), s.successRps]),
            lineStyle: {
                width: 2,
                type: base ? 'dashed' : 'solid',
                color: base ? render_svg_chart/* CHART_COLORS */.OK.baseline : render_svg_chart/* CHART_COLORS */.OK.candidate,
            },
            itemStyle: { color: base ? render_svg_chart/* CHART_COLORS */.OK.baseline : render_svg_chart/* CHART_COLORS */.OK.candidate },
        },
        {
            name: base ? 'baseline p99 (ms)' : 'p99 (ms)',
            type: 'line',
            yAxisIndex: 1,
            showSymbol: false,
            data: level.series.filter((s) => s.success > 0).map((s) => [at(s.startMs), s.p99Us / 1000]),
            lineStyle: {
                width: 2,
                type: base ? 'dashed' : 'solid',
                color: base ? render_svg_chart/* CHART_COLORS */.OK.baselineSecondary : render_svg_chart/* CHART_COLORS */.OK.candidateSecondary,
            },
            itemStyle: { color: base ? render_svg_chart/* CHART_COLORS */.OK.baselineSecondary : render_svg_chart/* CHART_COLORS */.OK.candidateSecondary },
        },
    ];
}
/** Renders successful req/s (left axis) and p99 (right axis) per second of a level. */
function renderTimeSeriesChart(input) {
    const series = [
        ...lines(input.candidate, 'candidate'),
        ...(input.baseline ? lines(input.baseline, 'baseline') : []),
    ];
    const option = {
        grid: { left: 64, right: 64, top: 36, bottom: 44 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: 'value',
            name: 'seconds into the measured window',
            nameLocation: 'middle',
            nameGap: 28,
            min: 0,
            splitLine: { show: false },
        },
        yAxis: [
            {
                type: 'value',
                name: 'req/s',
                nameLocation: 'middle',
                nameGap: 48,
                min: 0,
                splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
            },
            {
                type: 'value',
                name: 'p99 (ms)',
                nameLocation: 'middle',
                nameGap: 44,
                min: 0,
                splitLine: { show: false },
            },
        ],
        series,
    };
    const rps = input.candidate.series.map((s) => s.successRps);
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 280,
        title: input.title,
        description: `Successful requests per second and p99 latency for each of ${rps.length} seconds${rps.length > 0
            ? `; req/s between ${Math.round(Math.min(...rps))} and ${Math.round(Math.max(...rps))}`
            : ''}${input.baseline ? '; the baseline is dashed' : ''}.`,
    });
}
//# sourceMappingURL=level-time-series.js.map
;// CONCATENATED MODULE: ./lib/core/report/charts/scaling-charts.js

function sortedByLevel(levels) {
    return [...levels].sort((a, b) => a.level - b.level);
}
/** A log axis when the levels span a decade or more (8, 32, 128, 512 connections). */
function levelAxisType(levels) {
    const values = levels.map((l) => l.level);
    return values.length > 1 && Math.max(...values) / Math.min(...values) >= 10 ? 'log' : 'value';
}
/** Renders successful req/s against the level (connections or offered req/s). */
function renderThroughputByLevelChart(input) {
    const cand = sortedByLevel(input.candidate);
    const base = sortedByLevel(input.baseline ?? []);
    const open = cand[0]?.model === 'open';
    const series = [
        {
            name: 'candidate',
            type: 'line',
            data: cand.map((l) => [l.level, l.throughput.successRps]),
            lineStyle: { width: 2, color: render_svg_chart/* CHART_COLORS */.OK.candidate },
            itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.candidate },
            symbolSize: 7,
        },
    ];
    if (base.length > 0) {
        series.push({
            name: 'baseline',
            type: 'line',
            data: base.map((l) => [l.level, l.throughput.successRps]),
            lineStyle: { width: 2, type: 'dashed', color: render_svg_chart/* CHART_COLORS */.OK.baseline },
            itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.baseline },
            symbolSize: 7,
        });
    }
    if (open) {
        // In the open model the offered rate is the ceiling: the gap to it is what the target dropped.
        series.push({
            name: 'offered',
            type: 'line',
            data: cand.map((l) => [l.level, l.offeredRps ?? l.level]),
            showSymbol: false,
            lineStyle: { width: 1, type: 'dotted', color: render_svg_chart/* CHART_COLORS */.OK.text },
            itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.text },
        });
    }
    const option = {
        grid: { left: 72, right: 24, top: 36, bottom: 44 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: levelAxisType(cand),
            name: open ? 'offered req/s' : 'connections',
            nameLocation: 'middle',
            nameGap: 28,
            splitLine: { show: false },
        },
        yAxis: {
            type: 'value',
            name: 'successful req/s',
            nameLocation: 'middle',
            nameGap: 56,
            min: 0,
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series,
    };
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 300,
        title: input.title,
        description: `Successful requests per second at each level: ${cand
            .map((l) => `${l.level} → ${Math.round(l.throughput.successRps)}`)
            .join(', ')}.`,
    });
}
function latencyLine(levels, pick, name, color, dashed) {
    return {
        name,
        type: 'line',
        data: levels
            .filter((l) => l.latencyUs.count > 0)
            .map((l) => [l.throughput.successRps, l.latencyUs[pick] / 1000]),
        lineStyle: { width: 2, color, type: dashed ? 'dashed' : 'solid' },
        itemStyle: { color },
        symbolSize: 7,
    };
}
/** Renders p50 and p99 against successful req/s, one point per level (the knee). */
function renderLatencyByThroughputChart(input) {
    const cand = sortedByLevel(input.candidate);
    const base = sortedByLevel(input.baseline ?? []);
    const series = [
        latencyLine(cand, 'p50', 'p50', render_svg_chart/* CHART_COLORS */.OK.candidate, false),
        latencyLine(cand, 'p99', 'p99', render_svg_chart/* CHART_COLORS */.OK.candidateSecondary, false),
    ];
    if (base.length > 0) {
        series.push(latencyLine(base, 'p50', 'baseline p50', render_svg_chart/* CHART_COLORS */.OK.baseline, true));
        series.push(latencyLine(base, 'p99', 'baseline p99', render_svg_chart/* CHART_COLORS */.OK.baselineSecondary, true));
    }
    const option = {
        grid: { left: 64, right: 24, top: 36, bottom: 44 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: 'value',
            name: 'successful req/s',
            nameLocation: 'middle',
            nameGap: 28,
            min: 0,
            splitLine: { show: false },
        },
        yAxis: {
            type: 'value',
            name: 'latency (ms)',
            nameLocation: 'middle',
            nameGap: 48,
            min: 0,
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series,
    };
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 300,
        title: input.title,
        description: `p50 and p99 latency against throughput, one point per level: ${cand
            .map((l) => `${Math.round(l.throughput.successRps)} req/s → p99 ${(l.latencyUs.p99 / 1000).toFixed(2)} ms`)
            .join(', ')}.`,
    });
}
//# sourceMappingURL=scaling-charts.js.map
// EXTERNAL MODULE: ./lib/core/stats/metric-format.js
var metric_format = __webpack_require__(19335);
// EXTERNAL MODULE: ./lib/core/report/build-level-report.js + 2 modules
var build_level_report = __webpack_require__(4358);
// EXTERNAL MODULE: ./lib/core/report/describe-ab-design.js
var describe_ab_design = __webpack_require__(62924);
// EXTERNAL MODULE: ./lib/core/stats/metric-samples.js
var metric_samples = __webpack_require__(36365);
// EXTERNAL MODULE: ./lib/core/report/units.js
var units = __webpack_require__(88845);
;// CONCATENATED MODULE: ./lib/core/report/html.js












/** Levels that get their own spectrum and time-series charts; the rest are in the tables. */
const HTML_MAX_LEVEL_CHARTS = 40;
/** Longest resolved config shown, in characters. */
const MAX_CONFIG_CHARS = 200_000;
/** Escapes text for HTML content and attribute values. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const VERDICT_WORDS = {
    regression: 'regression',
    improvement: 'improvement',
    'no-change': 'no change',
    inconclusive: 'inconclusive',
    invalid: 'not judged',
};
const STATUS_WORDS = {
    fail: 'fail',
    warn: 'warn',
    pass: 'pass',
    'no-baseline': 'no baseline',
    invalid: 'not judged',
};
/** The report pages' stylesheet, shared by every self-contained HTML page bench-action writes. */
const HTML_REPORT_STYLE = `
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --panel: #f9fafb;
  --bad: #b91c1c; --good: #15803d; --warn: #a16207; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 20px 64px; }
header h1 { font-size: 1.6rem; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 12px; }
.headline { font-size: 1.15rem; font-weight: 600; padding: 10px 14px; border-radius: 6px;
  background: var(--panel); border-left: 4px solid var(--accent); }
.headline.regression { border-left-color: var(--bad); }
.headline.improvement, .headline.no-change { border-left-color: var(--good); }
.headline.inconclusive { border-left-color: var(--warn); }
nav { margin: 16px 0 8px; font-size: .9rem; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; }
h2 { font-size: 1.25rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 24px 0 6px; }
h4 { font-size: .95rem; margin: 0 0 4px; font-weight: 600; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
.v-regression, .s-fail { color: var(--bad); font-weight: 600; }
.v-improvement, .s-pass { color: var(--good); }
.v-inconclusive, .s-warn { color: var(--warn); font-weight: 600; }
.v-invalid, .v-no-change, .s-no-baseline, .s-invalid { color: var(--muted); }
.flag { color: var(--bad); font-weight: 600; }
.badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; }
caption { caption-side: bottom; text-align: left; padding-top: 6px; font-size: .82rem; }
td.why { min-width: 260px; }
td.name { word-break: break-word; }
.diff td { background: #fff7ed; }
figure.chart { margin: 12px 0 20px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
.charts-row { display: grid; grid-template-columns: 1fr; gap: 0; }
@media (min-width: 1000px) { .charts-row.two { grid-template-columns: 1fr 1fr; gap: 16px; } }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px;
  overflow: auto; font-size: .82rem; max-height: 480px; }
.muted { color: var(--muted); }
footer { margin-top: 48px; color: var(--muted); font-size: .85rem; }
`;
function levelHeading(l) {
    return `${l.scenario} at ${(0,metric_format/* levelLabel */.v3)(l.model, l.level)}`;
}
/** Ids unique within one page, for aria references; restarted for every page. */
let idCounter = 0;
function nextId(prefix) {
    idCounter += 1;
    return `${prefix}-${idCounter}`;
}
function chartFigure(kind, heading, svg) {
    const id = nextId('chart');
    return `<figure class="chart" data-chart="${kind}" aria-labelledby="${id}"><h4 id="${id}">${escapeHtml(heading)}</h4>${svg}</figure>`;
}
function headerSection(input) {
    const r = input.report;
    const target = r.target.product ?? r.target.image ?? r.target.url;
    const status = r.outcome === 'ok'
        ? r.partial
            ? 'partial run'
            : 'completed'
        : r.outcome === 'interrupted'
            ? 'interrupted (partial results)'
            : 'the target failed';
    const sub = `${target} · ${r.target.url} · started ${(0,units/* formatUtc */.ay)(r.startedAt)} · ${r.levels.length} level${r.levels.length === 1 ? '' : 's'} · ${status}`;
    const c = input.comparison;
    const headline = c
        ? `<p class="headline ${escapeHtml(c.verdict)}">${escapeHtml(c.headline)}</p>`
        : '';
    return `<header><h1>${escapeHtml(r.name)}</h1><p class="sub">${escapeHtml(sub)}</p>${headline}</header>`;
}
function nav(sections) {
    return `<nav aria-label="Sections">${sections
        .map(([id, label]) => `<a href="#${id}">${escapeHtml(label)}</a>`)
        .join('')}</nav>`;
}
function levelsTable(report) {
    // Refusals (503, 429) are not errors: their own column, only when a level had any.
    const refusals = (0,level_health/* hasRefusals */.q5)(report.levels);
    const rows = report.levels.map((l) => {
        const noise = (0,build_level_report/* describeMachineNoise */.t8)(l);
        const bound = l.generator.generatorBound
            ? `<br><span class="flag badge" title="${escapeHtml(l.generator.note)}">generator-bound</span>`
            : noise
                ? `<br><span class="flag badge" title="${escapeHtml(noise)}">noisy machine</span>`
                : '';
        return `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(l.model, l.level))}${bound}</td><td class="num">${(0,units/* formatRps */.N2)(l.throughput.successRps)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p50)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p99)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p999)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.max)}</td><td class="num">${(0,units/* formatRatioPercent */.Qq)(l.errorRate)}</td>${refusals ? `<td class="num">${(0,units/* formatRatioPercent */.Qq)((0,level_health/* refusedRate */.j7)(l))}</td>` : ''}<td class="num">${(0,units/* formatCount */.B4)(l.counts.total)}</td><td class="num">${(0,units/* formatCpuPercent */.$Z)(l.generator.cpuPercentMean)}</td><td class="num">${l.server ? (0,units/* formatCpuUsPerRequest */.ms)(l.server.cpuUsPerRequest) : '-'}</td></tr>`;
    });
    return `<div class="table-wrap"><table data-table="levels"><caption class="muted">Latency of successful responses; generator CPU is the load generator's own, % of one core.</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th><th class="num">max</th><th class="num">errors</th>${refusals ? '<th class="num" title="503 back-pressure and 429 rate limit: not errors">refused</th>' : ''}<th class="num">requests</th><th class="num">generator CPU</th><th class="num">server CPU/req</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
/** The error picture: failures by class, dropped arrivals and why, for levels that had any. */
function failuresTable(report) {
    const failing = report.levels.filter((l) => (0,model/* totalFailures */.o6)(l.counts.failures) > 0 || (l.counts.droppedSends ?? 0) > 0);
    if (failing.length === 0)
        return '';
    const rows = failing.map((l) => {
        const f = l.counts.failures;
        const classCells = model/* FAILURE_CLASSES */.CJ.map((k) => `<td class="num">${(0,units/* formatCount */.B4)(f[k] ?? 0)}</td>`).join('');
        const dropped = l.model === 'open' ? (0,units/* formatCount */.B4)(l.counts.droppedSends ?? 0) : '-';
        return `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(l.model, l.level))}</td><td class="num">${(0,units/* formatCount */.B4)(l.counts.total)}</td>${classCells}<td class="num">${dropped}</td><td class="why">${escapeHtml((0,level_health/* describeFailureDetails */.SI)(l.counts))}</td></tr>`;
    });
    const heads = model/* FAILURE_CLASSES */.CJ.map((k) => `<th class="num">${level_health/* FAILURE_LABELS */.nD[k]}</th>`).join('');
    return `<h3>Failures</h3><div class="table-wrap"><table data-table="failures"><caption class="muted">Requests of the window by failure class; unfinished: still unanswered when the level stopped waiting; dropped: open-model arrivals never sent because no connection was free in time (not part of requests).</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">requests</th>${heads}<th class="num">dropped</th><th>details</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
/** Command benchmarks with their units, intervals and A/B verdicts. */
function benchmarksTable(report) {
    const benchmarks = report.benchmarks ?? [];
    if (benchmarks.length === 0)
        return '';
    const rows = benchmarks.map((b) => {
        const ci = b.interval
            ? `${b.interval.lower.toPrecision(4)} … ${b.interval.upper.toPrecision(4)}`
            : '-';
        const verdict = b.comparison
            ? `<span title="${escapeHtml(b.comparison.reason)}">${escapeHtml(b.comparison.verdict)}</span>`
            : '-';
        return `<tr><td>${escapeHtml(b.scenario)}</td><td>${escapeHtml(b.name)}</td><td class="num">${escapeHtml(b.estimate.toPrecision(4))}</td><td>${escapeHtml(b.unit)}</td><td class="num">${escapeHtml(ci)}</td><td class="num">${b.samples}</td><td>${verdict}</td></tr>`;
    });
    const limits = report.benchmarkThresholds ?? [];
    const limitRows = limits.map((t) => `<tr><td>${escapeHtml(t.status)}</td><td>${escapeHtml(t.threshold)}</td><td>${escapeHtml(t.scenario)}</td><td>${escapeHtml(t.benchmark)}</td><td>${escapeHtml(t.message)}</td></tr>`);
    const limitTable = limits.length > 0
        ? `<h3>Benchmark thresholds</h3><div class="table-wrap"><table data-table="benchmark-thresholds"><thead><tr><th>status</th><th>threshold</th><th>Scenario</th><th>Benchmark</th><th>outcome</th></tr></thead><tbody>${limitRows.join('')}</tbody></table></div>`
        : '';
    const rounds = report.benchmarkComparison
        ? `<p class="muted" data-benchmark-rounds>${escapeHtml((0,command_benchmarks/* describeBenchmarkRounds */.yf)(report.benchmarkComparison))}</p>`
        : '';
    return `<h3>Command benchmarks</h3><div class="table-wrap"><table data-table="benchmarks"><caption class="muted">Results ingested from the benchmark commands, each in its own unit; the interval is the tool's own.</caption><thead><tr><th>Scenario</th><th>Benchmark</th><th class="num">estimate</th><th>unit</th><th class="num">interval</th><th class="num">samples</th><th>A/B</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${rounds}${limitTable}`;
}
/** The setup and teardown requests as they ran: status and time. */
function setupTable(report) {
    const steps = report.setup ?? [];
    if (steps.length === 0)
        return '';
    const rows = steps.map((s) => `<tr><td>${escapeHtml(s.phase)}</td><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.method)} ${escapeHtml(s.path)}</td><td class="num">${s.status ?? '-'}</td><td class="num">${escapeHtml((0,setup_steps/* formatStepMs */.m)(s.durationMs))}</td><td>${s.ok ? 'ok' : escapeHtml(s.problem ?? 'failed')}</td></tr>`);
    return `<h3>Setup and teardown</h3><div class="table-wrap"><table data-table="setup"><caption class="muted">Requests run once before the first level (setup) and after the last (teardown), each with its own checks.</caption><thead><tr><th>Phase</th><th>Step</th><th>Request</th><th class="num">status</th><th class="num">time</th><th>result</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
/** Refusals (503 back-pressure, 429 rate limit) by level, apart from the failures. */
function refusalsTable(report) {
    if (!(0,level_health/* hasRefusals */.q5)(report.levels))
        return '';
    const rows = report.levels
        .filter((l) => (l.counts.backPressure ?? 0) + (l.counts.rateLimited ?? 0) > 0)
        .map((l) => `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(l.model, l.level))}</td><td class="num">${(0,units/* formatCount */.B4)(l.counts.total)}</td><td class="num">${(0,units/* formatCount */.B4)(l.counts.backPressure ?? 0)}</td><td class="num">${(0,units/* formatRatioPercent */.Qq)(l.backPressureRate ?? 0)}</td><td class="num">${(0,units/* formatCount */.B4)(l.counts.rateLimited ?? 0)}</td><td class="num">${(0,units/* formatRatioPercent */.Qq)(l.rateLimitedRate ?? 0)}</td></tr>`);
    return `<h3>Back-pressure and rate limits</h3><div class="table-wrap"><table data-table="refusals"><caption class="muted">Answers in which the target declined the work: 503 (back-pressure, e.g. a channel at its max_concurrent) and 429 (a rate limit). They are not failures and not part of the error rate.</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">requests</th><th class="num">back-pressure (503)</th><th class="num">rate</th><th class="num">rate-limited (429)</th><th class="num">rate</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
function comparisonSection(c) {
    if (c.verdict === 'no-baseline') {
        return `<p>${escapeHtml(c.headline)}.</p>`;
    }
    const s = c.settings;
    const design = (0,describe_ab_design/* describeAbDesign */.X)(c);
    const intro = design
        ? `${escapeHtml(c.candidateLabel)} (candidate) against ${escapeHtml(c.baselineLabel)} (baseline). ${escapeHtml(design)}`
        : `${escapeHtml(c.candidateLabel)} (candidate) against ${escapeHtml(c.baselineLabel)} (baseline); ${c.rounds.baseline} baseline and ${c.rounds.candidate} candidate round${c.rounds.candidate === 1 ? '' : 's'}; ${Math.round(s.confidence * 100)}% bootstrap intervals (${s.iterations} resamples, seed ${s.seed}); no change means the whole interval lies within ±${escapeHtml((0,metric_format/* formatLimit */.tW)(s.threshold, 'ratio').slice(1))} (error rate ±${escapeHtml((0,metric_format/* formatLimit */.tW)(s.errorRateThreshold, 'difference').slice(1))}).`;
    const rows = c.metrics.map((m) => `<tr class="row-${m.verdict}"><td>${escapeHtml(m.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(m.model, m.level))}</td><td>${escapeHtml((0,metric_format/* metricLabel */.B)(m.metric))}</td><td class="num">${escapeHtml((0,metric_format/* formatMetricValue */.dd)(m.metric, m.baseline))}</td><td class="num">${escapeHtml((0,metric_format/* formatMetricValue */.dd)(m.metric, m.candidate))}</td><td class="num">${escapeHtml((0,metric_format/* formatChange */.eD)(m.change, m.changeKind))}</td><td class="num">${m.ci ? escapeHtml((0,metric_format/* formatInterval */.vy)(m.ci, m.changeKind)) : '-'}</td><td class="v-${m.verdict}">${VERDICT_WORDS[m.verdict]}</td><td class="why">${escapeHtml(m.reason)}</td></tr>`);
    const noise = c.noise && c.noise.length > 0
        ? `<details><summary>A/A noise: smallest detectable change per level</summary><div class="table-wrap"><table data-table="noise"><thead><tr><th>Scenario</th><th class="num">Level</th><th>Metric</th><th class="num">Smallest detectable change</th><th>Method</th></tr></thead><tbody>${c.noise
            .map((n) => `<tr><td>${escapeHtml(n.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(n.model, n.level))}</td><td>${escapeHtml((0,metric_format/* metricLabel */.B)(n.metric))}</td><td class="num">±${escapeHtml((0,metric_format/* formatChange */.eD)(n.minDetectableChange, n.metric === 'errorRate' ? 'difference' : 'ratio').slice(1))}</td><td>${n.method === 'halves' ? 'even vs odd rounds' : 'resampled'} (${n.samples} values)</td></tr>`)
            .join('')}</tbody></table></div></details>`
        : '';
    const notes = c.notes.length > 0
        ? `<ul class="muted">${c.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
        : '';
    return `<p>${intro}</p><div class="table-wrap"><table data-table="verdicts"><thead><tr><th>Scenario</th><th class="num">Level</th><th>Metric</th><th class="num">Baseline</th><th class="num">Candidate</th><th class="num">Change</th><th class="num">${Math.round(s.confidence * 100)}% interval</th><th>Verdict</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>${noise}${notes}`;
}
function thresholdsSection(results) {
    const rows = results.map((r) => `<tr><td class="s-${r.status}">${STATUS_WORDS[r.status]}</td><td><code>${escapeHtml(r.threshold)}</code></td><td>${escapeHtml(r.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(r.model, r.level))}</td><td>${escapeHtml(r.message)}</td></tr>`);
    return `<div class="table-wrap"><table data-table="thresholds"><thead><tr><th>Status</th><th>Threshold</th><th>Scenario</th><th class="num">Level</th><th>Result</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
/** Levels grouped by scenario and load model, in report order. */
function groupByScenario(levels) {
    const groups = new Map();
    for (const l of levels) {
        const key = `${l.scenario}\u0000${l.model}`;
        const list = groups.get(key) ?? [];
        list.push(l);
        groups.set(key, list);
    }
    return groups;
}
function scalingSection(report, baseline) {
    const baseGroups = baseline ? groupByScenario(baseline.levels) : new Map();
    const parts = [];
    for (const [key, levels] of groupByScenario(report.levels)) {
        const scenario = levels[0].scenario;
        const base = baseGroups.get(key);
        if (levels.length < 2) {
            parts.push(`<h3>${escapeHtml(scenario)}</h3><p class="muted">One level only: the scaling charts need two or more.</p>`);
            continue;
        }
        const tput = renderThroughputByLevelChart({
            candidate: levels,
            ...(base ? { baseline: base } : {}),
            title: `${scenario}: throughput by level`,
        });
        const knee = renderLatencyByThroughputChart({
            candidate: levels,
            ...(base ? { baseline: base } : {}),
            title: `${scenario}: latency against throughput`,
        });
        parts.push(`<h3>${escapeHtml(scenario)}</h3>`, chartFigure('throughput-by-level', `${scenario}: throughput by level`, tput), chartFigure('latency-by-throughput', `${scenario}: p50 and p99 against throughput (the knee)`, knee));
    }
    return parts.join('');
}
function levelChartsSection(report, baseline) {
    const baseByKey = new Map((baseline?.levels ?? []).map((l) => [(0,metric_samples/* levelKey */.Ev)(l), l]));
    const parts = [];
    const shown = report.levels.slice(0, HTML_MAX_LEVEL_CHARTS);
    for (const level of shown) {
        const base = baseByKey.get((0,metric_samples/* levelKey */.Ev)(level));
        const heading = levelHeading(level);
        const bound = level.generator.generatorBound
            ? `<p class="flag">The load generator saturated at this level: ${escapeHtml(level.generator.note)}. These numbers describe the generator, not the target.</p>`
            : '';
        parts.push(`<section class="level" aria-label="${escapeHtml(heading)}"><h3>${escapeHtml(heading)}</h3>${bound}`, chartFigure('spectrum', `${heading}: latency by percentile`, renderSpectrumChart({
            candidate: level,
            ...(base ? { baseline: base } : {}),
            title: `${heading}: latency by percentile`,
        })), chartFigure('time-series', `${heading}: throughput and p99 over time`, renderTimeSeriesChart({
            candidate: level,
            ...(base ? { baseline: base } : {}),
            title: `${heading}: throughput and p99 over time`,
        })), '</section>');
    }
    if (report.levels.length > shown.length) {
        parts.push(`<p class="muted">${report.levels.length - shown.length} more levels are in the tables above and in result.json; their charts are left out to keep this page light.</p>`);
    }
    return parts.join('');
}
function environmentRows(r) {
    const e = r.environment;
    const rows = [
        ['Target', r.target.product ? `${r.target.product} (${r.target.url})` : r.target.url],
        ['Image', r.target.image],
        ['Image digest', r.target.imageDigest],
        ['Command', r.target.command?.join(' ')],
        ['Host', e.hostname],
        ['CPU', `${e.cpuModel}, ${e.cpus} logical`],
        ['Memory', (0,units/* formatBytes */.z3)(e.memoryBytes)],
        ['OS', e.os],
        ['VM size', e.vmSize],
        ['Region', e.region],
        ['Node.js', e.nodeVersion],
        ['undici', e.undiciVersion],
        ['bench-action', e.toolVersion],
        [
            'Git commit',
            e.gitSha ? `${e.gitSha}${e.gitDirty ? ' (uncommitted changes)' : ''}` : undefined,
        ],
        ['Config hash', r.config.hash],
        ['Run id', r.id],
        ['Window', `${(0,units/* formatUtc */.ay)(r.startedAt)} to ${(0,units/* formatUtc */.ay)(r.finishedAt)}`],
        ['Measured per level', r.levels[0] ? (0,units/* formatDurationMs */.uH)(r.levels[0].durationMs) : undefined],
    ];
    return rows.filter((row) => row[1] !== undefined);
}
function environmentSection(report, baseline) {
    const cand = environmentRows(report);
    if (!baseline) {
        return `<div class="table-wrap"><table data-table="environment"><tbody>${cand
            .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
            .join('')}</tbody></table></div>`;
    }
    const base = new Map(environmentRows(baseline));
    const keys = [...new Set([...cand.map(([k]) => k), ...base.keys()])];
    const candMap = new Map(cand);
    // Differences that change performance (CPU, VM size, versions) must be visible at a glance.
    const neutral = new Set([
        'Run id',
        'Window',
        'Git commit',
        'Config hash',
        'Image',
        'Image digest',
    ]);
    let differences = 0;
    const rows = keys.map((k) => {
        const a = candMap.get(k) ?? '-';
        const b = base.get(k) ?? '-';
        const differs = a !== b && !neutral.has(k);
        if (differs)
            differences++;
        return `<tr${differs ? ' class="diff"' : ''}><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(a)}</td><td>${escapeHtml(b)}</td></tr>`;
    });
    const remark = differences > 0
        ? `Highlighted rows (${differences}) differ in a way that can change performance: compare with care.`
        : 'Both runs had the same machine, system and tool versions.';
    return `<div class="table-wrap"><table data-table="environment"><thead><tr><th></th><th>Candidate</th><th>Baseline</th></tr></thead><tbody>${rows.join('')}</tbody></table></div><p class="muted">${remark}</p>`;
}
function configSection(report) {
    let text;
    try {
        text = JSON.stringify(report.config.resolved, null, 2) ?? 'null';
    }
    catch {
        text = String(report.config.resolved);
    }
    if (text.length > MAX_CONFIG_CHARS) {
        text = `${text.slice(0, MAX_CONFIG_CHARS)}\n… (cut; the full config is in result.json)`;
    }
    const path = report.config.path
        ? `<p class="muted">From ${escapeHtml(report.config.path)}</p>`
        : '';
    return `${path}<pre data-block="config">${escapeHtml(text)}</pre>`;
}
function notesSection(report) {
    const warnings = report.levels
        .filter((l) => l.generator.generatorBound)
        .map((l) => `${levelHeading(l)}: ${l.generator.note}`);
    const all = [...warnings, ...report.notes];
    if (all.length === 0)
        return '';
    return `<ul>${all.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`;
}
/** Renders the whole report as one HTML document with inline CSS and SVG, and no script. */
function renderHtmlReport(input) {
    const { report, baseline, comparison, thresholds } = input;
    idCounter = 0;
    const sections = [
        [
            'levels',
            'Levels',
            levelsTable(report) +
                failuresTable(report) +
                refusalsTable(report) +
                setupTable(report) +
                benchmarksTable(report),
        ],
    ];
    if (comparison)
        sections.push(['comparison', 'Comparison', comparisonSection(comparison)]);
    if (thresholds && thresholds.length > 0) {
        sections.push(['thresholds', 'Thresholds', thresholdsSection(thresholds)]);
    }
    sections.push(['scaling', 'Scaling', scalingSection(report, baseline)]);
    sections.push(['per-level', 'Per level', levelChartsSection(report, baseline)]);
    const notes = notesSection(report);
    if (notes)
        sections.push(['notes', 'Notes', notes]);
    sections.push(['environment', 'Environment', environmentSection(report, baseline)]);
    sections.push(['config', 'Resolved config', configSection(report)]);
    const title = `${report.name}: benchmark report, ${(0,units/* formatUtc */.ay)(report.startedAt)}`;
    const body = sections
        .map(([id, label, html]) => `<section id="${id}"><h2>${escapeHtml(label)}</h2>${html}</section>`)
        .join('\n');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action ${escapeHtml(report.environment.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>${HTML_REPORT_STYLE}</style>
</head>
<body>
<main>
${headerSection(input)}
${nav(sections.map(([id, label]) => [id, label]))}
${body}
<footer>Written by bench-action ${escapeHtml(report.environment.toolVersion)} at ${escapeHtml((0,units/* formatUtc */.ay)(report.createdAt))}. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
//# sourceMappingURL=html.js.map

/***/ }),

/***/ 24622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ renderJsonReport)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18563);
/** `result.json`: the report as pretty JSON, keys in the order the schema declares them. */


/**
 * Renders `result.json`. Parsing through the schema both checks the report and rebuilds every
 * object in schema order, so two runs produce byte-comparable files whatever order the fields
 * were assigned in.
 */
function renderJsonReport(report) {
    const parsed = _model_js__WEBPACK_IMPORTED_MODULE_1__/* .RunReportSchema */ .bq.safeParse(report);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
        // Writing a report the schema rejects would poison history and comparisons: stop instead.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR('REPORT_INVALID', `the run report does not match its schema (${issues})`, 'This is a bug in bench-action: please report it with the command line and config used.');
    }
    return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
//# sourceMappingURL=json.js.map

/***/ }),

/***/ 33542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rD: () => (/* binding */ prepareReportDir),
/* harmony export */   s5: () => (/* binding */ writeRenderedFiles),
/* harmony export */   xK: () => (/* binding */ writeReportDir)
/* harmony export */ });
/* harmony import */ var _core_report_hlog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82706);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_report_csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64818);
/* harmony import */ var _core_report_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24622);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76893);
/**
 * Writes a run's report directory: `result.json`, `results.csv`, `summary.md`, one `.hlog`
 * per level and any extra rendered files (`report.html`, comparison files, rounds). Refuses to overwrite an earlier run's report unless asked to, so a re-run with the
 * same `--out` never silently destroys results.
 */









async function listDir(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return [];
        if (code === 'ENOTDIR') {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_DIR_INVALID', `${dir} exists and is not a directory`, 'Choose an output path that is a directory or does not exist yet.', error);
        }
        throw error;
    }
}
/**
 * Checks and creates a report directory before anything is measured, so a run never loads the
 * target only to find it cannot keep the result: an existing report (unless `overwrite`), a
 * path that is a file or lies under a file, and a directory that cannot be created or written
 * are input errors. `marker` is the file that marks an existing report (`result.json`).
 */
async function prepareReportDir(dir, opts = {}) {
    const marker = opts.marker ?? 'result.json';
    const existing = await listDir(dir);
    if (!opts.overwrite && existing.includes(marker)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (${marker})`);
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_DIR_INVALID', `${dir} cannot be used for the report (${code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code === 'EACCES' || code === 'EROFS' ? 'not writable' : code}).`, 'Choose an output directory that you can write to (--out), then run again: nothing was measured.', error);
    }
}
/** Writes the report directory and returns the paths written, `result.json` first. */
async function writeReportDir(dir, report, hlogs, opts = {}) {
    const existing = await listDir(dir);
    if (!opts.overwrite && existing.includes('result.json')) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (result.json)`, 'Choose another output directory, delete the old report, or pass --overwrite to replace it.');
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const files = [
        { name: 'result.json', text: (0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_6__/* .renderJsonReport */ .n)(report) },
        { name: 'results.csv', text: (0,_core_report_csv_js__WEBPACK_IMPORTED_MODULE_5__/* .renderCsvReport */ .du)(report) },
        { name: 'summary.md', text: opts.summaryMarkdown ?? (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .renderMarkdownReport */ ._)(report) },
    ];
    const taken = new Set(files.map((f) => f.name));
    for (const h of hlogs) {
        const name = (0,_core_report_hlog_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeFileName */ .xH)(h.file);
        // Renaming here would break the link from the level's `hlogFile`: refuse instead.
        if (taken.has(name)) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_FILE_CLASH', `two report files would both be named ${name}`, 'Give scenarios names that differ in letters or digits, not only in punctuation.');
        }
        taken.add(name);
        files.push({ name, text: h.text });
    }
    for (const extra of opts.extraFiles ?? []) {
        // Each path segment is sanitized, so a name can never leave the report directory.
        const name = extra.name.split('/').map(_core_report_hlog_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeFileName */ .xH).join('/');
        if (taken.has(name)) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_FILE_CLASH', `two report files would both be named ${name}`, 'Give scenarios names that differ in letters or digits, not only in punctuation.');
        }
        taken.add(name);
        files.push({ name, text: extra.text });
    }
    const written = [];
    for (const f of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, f.name);
        if (f.name.includes('/'))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, f.text, 'utf8');
        written.push(path);
    }
    return written;
}
/**
 * Writes rendered files into a directory of their own (`bench compare`'s output). Refuses to
 * replace an earlier `marker` file unless asked to, like `writeReportDir`.
 */
async function writeRenderedFiles(dir, files, opts) {
    const existing = await listDir(dir);
    if (!opts.overwrite && existing.includes(opts.marker)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (${opts.marker})`, 'Choose another output directory, delete the old report, or pass --overwrite to replace it.');
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const written = [];
    for (const f of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, (0,_core_report_hlog_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeFileName */ .xH)(f.name));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, f.text, 'utf8');
        written.push(path);
    }
    return written;
}
//# sourceMappingURL=write-report-dir.js.map

/***/ })

};
