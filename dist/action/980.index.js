export const id = 980;
export const ids = [980];
export const modules = {

/***/ 71311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* unused harmony export COMPARISON_MARKDOWN_MAX_CHARS */
/* harmony import */ var _stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19335);

/** Upper bound on the rendered length, in characters. */
const COMPARISON_MARKDOWN_MAX_CHARS = 60_000;
/** Character budgets per section; their sum stays well under the maximum. */
const BUDGET = {
    table: 30_000,
    reasons: 8_000,
    charts: 6_000,
    thresholds: 10_000,
    notes: 3_000,
};
/** Most levels drawn in one chart, and most charts. */
const MAX_CHART_LEVELS = 40;
const MAX_CHARTS = 4;
/** Longest free text (reasons, messages, names) kept in one cell. */
const MAX_CELL_CHARS = 300;
/** Escapes text for a table cell or inline Markdown; GitHub also renders inline HTML. */
function escapeMd(text) {
    const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
    return clipped
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\r\n]+/g, ' ');
}
/** Text inside a code span in a table cell: code spans show `<` as is, only `|` needs escaping. */
function escapeCode(text) {
    const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
    return `\`${clipped
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')}\``;
}
/** Verdict in words; no emoji, bold only where the reader must act. */
const VERDICT_WORDS = {
    regression: '**regression**',
    improvement: 'improvement',
    'no-change': 'no change',
    inconclusive: 'inconclusive',
    invalid: 'not judged',
};
/** Which rows to keep first when a table must be cut. */
const VERDICT_PRIORITY = {
    regression: 0,
    improvement: 1,
    inconclusive: 2,
    invalid: 3,
    'no-change': 4,
};
const STATUS_WORDS = {
    fail: '**fail**',
    warn: 'warn',
    pass: 'pass',
    'no-baseline': 'no baseline',
    invalid: 'not judged',
};
const STATUS_PRIORITY = {
    fail: 0,
    warn: 1,
    invalid: 2,
    'no-baseline': 3,
    pass: 4,
};
/** A URL made safe inside `[text](url)`: no spaces, parentheses or angle brackets. */
function safeLink(url) {
    return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')));
}
function pointer(link) {
    return link ? `[the full report](${safeLink(link)})` : 'the full report';
}
/**
 * Keeps rows in their order while they fit `budget`; when they do not, keeps the most important
 * ones (lowest priority value first, original order among equals) and says how many were cut.
 */
function fitRows(rows, budget, link) {
    const total = rows.reduce((n, r) => n + r.text.length + 1, 0);
    if (total <= budget)
        return rows.map((r) => r.text);
    const reserve = 200;
    const ranked = rows
        .map((r, i) => ({ ...r, i }))
        .sort((a, b) => a.priority - b.priority || a.i - b.i);
    const kept = [];
    let used = 0;
    for (const r of ranked) {
        if (used + r.text.length + 1 > budget - reserve)
            break;
        kept.push(r);
        used += r.text.length + 1;
    }
    kept.sort((a, b) => a.i - b.i);
    const omitted = rows.length - kept.length;
    return [
        ...kept.map((r) => r.text),
        '',
        `_${omitted} more row${omitted === 1 ? '' : 's'} not shown (the most important are kept); see ${pointer(link)}._`,
    ];
}
function changeCell(m) {
    const change = (0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(m.change, m.changeKind);
    // A zero-width interval (no failures on either side) adds nothing to the point estimate.
    if (!m.ci || (m.ci.low === m.change && m.ci.high === m.change))
        return change;
    return `${change} (${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInterval */ .vy)(m.ci, m.changeKind)})`;
}
function verdictTable(comparison, link) {
    const confidence = Math.round(comparison.settings.confidence * 100);
    const header = [
        `| Scenario | Level | Metric | Baseline | Candidate | Change (${confidence}% interval) | Verdict |`,
        '|---|---:|---|---:|---:|---|---|',
    ];
    const rows = comparison.metrics.map((m) => ({
        priority: VERDICT_PRIORITY[m.verdict],
        text: `| ${escapeMd(m.scenario)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortLevelLabel */ .lo)(m.model, m.level)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricLabel */ .B)(m.metric)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(m.metric, m.baseline)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(m.metric, m.candidate)} | ${changeCell(m)} | ${VERDICT_WORDS[m.verdict]} |`,
    }));
    return [...header, ...fitRows(rows, BUDGET.table, link)];
}
function reasonsSection(comparison, link) {
    const notable = comparison.metrics.filter((m) => m.verdict !== 'no-change');
    if (notable.length === 0)
        return [];
    const rows = notable.map((m) => ({
        priority: VERDICT_PRIORITY[m.verdict],
        text: `- ${escapeMd(m.scenario)}, ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortLevelLabel */ .lo)(m.model, m.level)}, ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricLabel */ .B)(m.metric)}: ${escapeMd(m.reason)}`,
    }));
    return [
        '<details><summary>Why: the verdicts that are not "no change"</summary>',
        '',
        ...fitRows(rows, BUDGET.reasons, link),
        '',
        '</details>',
    ];
}
/** Quotes a string for Mermaid (no double quotes or backticks inside). */
function mermaidString(text) {
    const plain = text
        .replace(/["`\\]/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/[\r\n]+/g, ' ');
    return `"${plain.slice(0, 80)}"`;
}
/** p99 in ms with enough digits to tell close values apart. */
function msValue(us) {
    return String(Number((us / 1000).toPrecision(4)));
}
function p99Charts(comparison) {
    const groups = new Map();
    for (const m of comparison.metrics) {
        if (m.metric !== 'p99' || m.verdict === 'invalid')
            continue;
        const key = `${m.scenario}\u0000${m.model}`;
        let g = groups.get(key);
        if (!g) {
            g = { scenario: m.scenario, model: m.model, rows: [] };
            groups.set(key, g);
        }
        g.rows.push(m);
    }
    const out = [];
    let used = 0;
    let drawn = 0;
    for (const g of groups.values()) {
        if (drawn >= MAX_CHARTS)
            break;
        const rows = [...g.rows].sort((a, b) => a.level - b.level).slice(0, MAX_CHART_LEVELS);
        // A single level makes no line; the table already says everything about it.
        if (rows.length < 2)
            continue;
        const axis = g.model === 'open' ? 'offered req/s' : 'connections';
        const chart = [
            '```mermaid',
            'xychart-beta',
            `  title ${mermaidString(`${g.scenario}: p99 latency (ms) by level`)}`,
            `  x-axis ${mermaidString(axis)} [${rows.map((r) => mermaidString(String(r.level))).join(', ')}]`,
            `  y-axis "p99 (ms)"`,
            `  line [${rows.map((r) => msValue(r.baseline)).join(', ')}]`,
            `  line [${rows.map((r) => msValue(r.candidate)).join(', ')}]`,
            '```',
            '',
        ];
        const size = chart.reduce((n, l) => n + l.length + 1, 0);
        if (used + size > BUDGET.charts)
            break;
        out.push(...chart);
        used += size;
        drawn++;
    }
    if (out.length === 0)
        return [];
    return [
        ...out,
        `_First line: ${escapeMd(comparison.baselineLabel)} (baseline); second line: ${escapeMd(comparison.candidateLabel)} (candidate)._`,
    ];
}
function thresholdsSection(results, link) {
    if (results.length === 0)
        return [];
    const counts = new Map();
    for (const r of results)
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const summaryParts = [
        ['fail', 'failed'],
        ['warn', 'warned'],
        ['pass', 'passed'],
        ['no-baseline', 'without baseline'],
        ['invalid', 'not judged'],
    ]
        .filter(([s]) => (counts.get(s) ?? 0) > 0)
        .map(([s, words]) => `${counts.get(s)} ${words}`);
    const rows = results.map((r) => ({
        priority: STATUS_PRIORITY[r.status],
        text: `| ${STATUS_WORDS[r.status]} | ${escapeCode(r.threshold)} | ${escapeMd(r.scenario)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortLevelLabel */ .lo)(r.model, r.level)} | ${escapeMd(r.message)} |`,
    }));
    const anyFailed = (counts.get('fail') ?? 0) > 0;
    return [
        `<details${anyFailed ? ' open' : ''}><summary>Thresholds: ${summaryParts.join(', ')}</summary>`,
        '',
        '| Status | Threshold | Scenario | Level | Result |',
        '|---|---|---|---:|---|',
        ...fitRows(rows, BUDGET.thresholds, link),
        '',
        '</details>',
    ];
}
function notesSection(comparison, link) {
    if (comparison.notes.length === 0)
        return [];
    const rows = comparison.notes.map((n) => ({ priority: 0, text: `- ${escapeMd(n)}` }));
    return ['**Notes**', '', ...fitRows(rows, BUDGET.notes, link)];
}
function noiseLine(comparison) {
    const noise = comparison.noise;
    if (!noise || noise.length === 0)
        return [];
    const byMetric = new Map();
    for (const n of noise) {
        const label = (0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricLabel */ .B)(n.metric);
        const kind = n.metric === 'errorRate' ? 'difference' : 'ratio';
        if (kind === 'difference')
            continue;
        byMetric.set(label, Math.max(byMetric.get(label) ?? 0, n.minDetectableChange));
    }
    if (byMetric.size === 0)
        return [];
    const parts = [...byMetric].map(([label, mdc]) => `${label} ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(mdc, 'ratio').slice(1)}`);
    return [
        `A/A noise (largest over levels; smaller changes cannot be told from chance): ${parts.join(', ')}.`,
        '',
    ];
}
function settingsLine(comparison) {
    const s = comparison.settings;
    const mode = comparison.mode === 'ab'
        ? 'Interleaved A/B'
        : comparison.mode === 'history'
            ? 'Against an earlier run'
            : 'A/A (baseline against itself)';
    const rounds = comparison.rounds.baseline === comparison.rounds.candidate
        ? `${comparison.rounds.candidate} round${comparison.rounds.candidate === 1 ? '' : 's'} each`
        : `${comparison.rounds.baseline} baseline and ${comparison.rounds.candidate} candidate rounds`;
    return `${mode}, ${rounds}; ${Math.round(s.confidence * 100)}% bootstrap intervals; no change means within ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(s.threshold, 'ratio').slice(1)} (error rate ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(s.errorRateThreshold, 'difference').slice(1)}).`;
}
/**
 * Renders a comparison (and threshold results) as Markdown, never longer than
 * `COMPARISON_MARKDOWN_MAX_CHARS`.
 */
function renderComparisonMarkdown(comparison, thresholds = [], opts = {}) {
    const link = opts.reportLink;
    const lines = [
        `### ${escapeMd(comparison.candidateLabel)} vs ${escapeMd(comparison.baselineLabel)}`,
        '',
        `**${escapeMd(comparison.headline)}**`,
        '',
    ];
    if (comparison.verdict !== 'no-baseline') {
        lines.push(settingsLine(comparison), '');
        lines.push(...noiseLine(comparison));
        lines.push(...verdictTable(comparison, link), '');
        const reasons = reasonsSection(comparison, link);
        if (reasons.length > 0)
            lines.push(...reasons, '');
        const charts = p99Charts(comparison);
        if (charts.length > 0)
            lines.push(...charts, '');
    }
    const th = thresholdsSection(thresholds, link);
    if (th.length > 0)
        lines.push(...th, '');
    const notes = notesSection(comparison, link);
    if (notes.length > 0)
        lines.push(...notes, '');
    if (link)
        lines.push(`Full report: ${pointer(link)}`, '');
    let text = `${lines.join('\n').trimEnd()}\n`;
    if (text.length > COMPARISON_MARKDOWN_MAX_CHARS) {
        // Budgets make this unreachable in practice; the cap is a promise to GitHub's comment limit.
        const tail = `\n\n_Cut at ${COMPARISON_MARKDOWN_MAX_CHARS} characters; see ${pointer(link)}._\n`;
        text = text.slice(0, COMPARISON_MARKDOWN_MAX_CHARS - tail.length) + tail;
    }
    return text;
}
//# sourceMappingURL=comparison-markdown.js.map

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

/***/ 99136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w4: () => (/* binding */ renderHtmlReport)
});

// UNUSED EXPORTS: HTML_MAX_LEVEL_CHARTS, HTML_REPORT_STYLE, escapeHtml

// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
// EXTERNAL MODULE: ./lib/core/report/level-health.js
var level_health = __webpack_require__(28307);
// EXTERNAL MODULE: ./lib/core/stats/histogram.js
var histogram = __webpack_require__(49425);
// EXTERNAL MODULE: ./node_modules/echarts/lib/chart/line/install.js + 7 modules
var install = __webpack_require__(74704);
// EXTERNAL MODULE: ./node_modules/echarts/lib/chart/scatter/install.js + 3 modules
var scatter_install = __webpack_require__(40023);
// EXTERNAL MODULE: ./node_modules/echarts/lib/component/grid/install.js + 9 modules
var grid_install = __webpack_require__(27737);
// EXTERNAL MODULE: ./node_modules/echarts/lib/component/legend/install.js + 10 modules
var legend_install = __webpack_require__(84640);
// EXTERNAL MODULE: ./node_modules/echarts/lib/component/marker/installMarkLine.js + 9 modules
var installMarkLine = __webpack_require__(3472);
// EXTERNAL MODULE: ./node_modules/echarts/lib/extension.js + 1 modules
var extension = __webpack_require__(90354);
// EXTERNAL MODULE: ./node_modules/echarts/lib/core/echarts.js + 17 modules
var echarts = __webpack_require__(70323);
// EXTERNAL MODULE: ./node_modules/echarts/lib/renderer/installSVGRenderer.js + 10 modules
var installSVGRenderer = __webpack_require__(9833);
;// CONCATENATED MODULE: ./lib/core/report/charts/render-svg-chart.js
/**
 * Renders an ECharts option to a static, accessible SVG string at report time, so the HTML
 * report needs no script and no network to show its charts. Only the pieces the report uses
 * are registered, which keeps bundles smaller than the full ECharts build.
 */




extension/* use */.Y([
    install/* install */.a,
    scatter_install/* install */.a,
    grid_install/* install */.a,
    legend_install/* install */.a,
    installMarkLine/* install */.a,
    installSVGRenderer/* install */.a,
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
    const chart = echarts/* init */.Ts(null, null, {
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
            splitLine: { show: true, lineStyle: { color: CHART_COLORS.grid } },
        },
        yAxis: {
            type: 'value',
            name: 'latency (ms)',
            nameLocation: 'middle',
            nameGap: 48,
            splitLine: { lineStyle: { color: CHART_COLORS.grid } },
        },
        series: [
            {
                name: 'candidate',
                type: 'line',
                showSymbol: false,
                data: candidate,
                lineStyle: { width: 2, color: CHART_COLORS.candidate },
                itemStyle: { color: CHART_COLORS.candidate },
            },
            ...(baseline.length > 0
                ? [
                    {
                        name: 'baseline',
                        type: 'line',
                        showSymbol: false,
                        data: baseline,
                        lineStyle: { width: 2, type: 'dashed', color: CHART_COLORS.baseline },
                        itemStyle: { color: CHART_COLORS.baseline },
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
    return renderSvgChart(option, {
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
                color: base ? CHART_COLORS.baseline : CHART_COLORS.candidate,
            },
            itemStyle: { color: base ? CHART_COLORS.baseline : CHART_COLORS.candidate },
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
                color: base ? CHART_COLORS.baselineSecondary : CHART_COLORS.candidateSecondary,
            },
            itemStyle: { color: base ? CHART_COLORS.baselineSecondary : CHART_COLORS.candidateSecondary },
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
                splitLine: { lineStyle: { color: CHART_COLORS.grid } },
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
    return renderSvgChart(option, {
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
            lineStyle: { width: 2, color: CHART_COLORS.candidate },
            itemStyle: { color: CHART_COLORS.candidate },
            symbolSize: 7,
        },
    ];
    if (base.length > 0) {
        series.push({
            name: 'baseline',
            type: 'line',
            data: base.map((l) => [l.level, l.throughput.successRps]),
            lineStyle: { width: 2, type: 'dashed', color: CHART_COLORS.baseline },
            itemStyle: { color: CHART_COLORS.baseline },
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
            lineStyle: { width: 1, type: 'dotted', color: CHART_COLORS.text },
            itemStyle: { color: CHART_COLORS.text },
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
            splitLine: { lineStyle: { color: CHART_COLORS.grid } },
        },
        series,
    };
    return renderSvgChart(option, {
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
        latencyLine(cand, 'p50', 'p50', CHART_COLORS.candidate, false),
        latencyLine(cand, 'p99', 'p99', CHART_COLORS.candidateSecondary, false),
    ];
    if (base.length > 0) {
        series.push(latencyLine(base, 'p50', 'baseline p50', CHART_COLORS.baseline, true));
        series.push(latencyLine(base, 'p99', 'baseline p99', CHART_COLORS.baselineSecondary, true));
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
            splitLine: { lineStyle: { color: CHART_COLORS.grid } },
        },
        series,
    };
    return renderSvgChart(option, {
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
    const rows = report.levels.map((l) => {
        const bound = l.generator.generatorBound
            ? `<br><span class="flag badge" title="${escapeHtml(l.generator.note)}">generator-bound</span>`
            : '';
        return `<tr><td>${escapeHtml(l.scenario)}</td><td class="num">${escapeHtml((0,metric_format/* shortLevelLabel */.lo)(l.model, l.level))}${bound}</td><td class="num">${(0,units/* formatRps */.N2)(l.throughput.successRps)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p50)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p99)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.p999)}</td><td class="num">${(0,units/* formatUs */.oC)(l.latencyUs.max)}</td><td class="num">${(0,units/* formatRatioPercent */.Qq)(l.errorRate)}</td><td class="num">${(0,units/* formatCount */.B4)(l.counts.total)}</td><td class="num">${(0,units/* formatCpuPercent */.$Z)(l.generator.cpuPercentMean)}</td><td class="num">${l.server ? (0,units/* formatCpuUsPerRequest */.ms)(l.server.cpuUsPerRequest) : '-'}</td></tr>`;
    });
    return `<div class="table-wrap"><table data-table="levels"><caption class="muted">Latency of successful responses; generator CPU is the load generator's own, % of one core.</caption><thead><tr><th>Scenario</th><th class="num">Level</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th><th class="num">max</th><th class="num">errors</th><th class="num">requests</th><th class="num">generator CPU</th><th class="num">server CPU/req</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
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
function comparisonSection(c) {
    if (c.verdict === 'no-baseline') {
        return `<p>${escapeHtml(c.headline)}.</p>`;
    }
    const s = c.settings;
    const intro = `${escapeHtml(c.candidateLabel)} (candidate) against ${escapeHtml(c.baselineLabel)} (baseline); ${c.rounds.baseline} baseline and ${c.rounds.candidate} candidate round${c.rounds.candidate === 1 ? '' : 's'}; ${Math.round(s.confidence * 100)}% bootstrap intervals (${s.iterations} resamples, seed ${s.seed}); no change means the whole interval lies within ±${escapeHtml((0,metric_format/* formatLimit */.tW)(s.threshold, 'ratio').slice(1))} (error rate ±${escapeHtml((0,metric_format/* formatLimit */.tW)(s.errorRateThreshold, 'difference').slice(1))}).`;
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
        ['levels', 'Levels', levelsTable(report) + failuresTable(report)],
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

/***/ 28307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ describeDropped),
/* harmony export */   SI: () => (/* binding */ describeFailureDetails),
/* harmony export */   nD: () => (/* binding */ FAILURE_LABELS),
/* harmony export */   ng: () => (/* binding */ describeFailures),
/* harmony export */   sh: () => (/* binding */ describeLevelFailure)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88845);


/** Failure classes in words, as every renderer names them. */
const FAILURE_LABELS = {
    connect: 'connect',
    timeout: 'timeout',
    reset: 'reset',
    protocol: 'protocol',
    httpStatus: 'HTTP status',
    check: 'check',
    unfinished: 'unfinished',
};
/** Most status codes or check-failure reasons named per level; the rest are counted. */
const MAX_DETAILS = 5;
/**
 * One sentence saying what the target did at a level where no request succeeded (requests
 * failed, were still waiting, or arrivals were dropped, or the window is empty); undefined
 * when something succeeded. E.g. "every one of 1,234 responses was HTTP 500".
 */
function describeLevelFailure(level) {
    const { counts } = level;
    if (counts.success > 0)
        return undefined;
    const dropped = counts.droppedSends ?? 0;
    const failed = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .totalFailures */ .o6)(counts.failures);
    if (failed === 0 && dropped === 0) {
        // Nothing answered, failed, waited or was dropped: an empty window is no pass either.
        return `nothing was measured in the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDurationMs */ .uH)(level.durationMs)} window: no request completed, failed or was still waiting when it ended`;
    }
    const parts = [];
    if (dropped > 0) {
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped + failed)} arrivals were dropped: no connection was free`);
    }
    if (failed > 0)
        parts.push(describeFailed(level, failed));
    return parts.join('; ');
}
/** The sentence for `failed` requests, none of which succeeded. */
function describeFailed(level, failed) {
    const f = level.counts.failures;
    const only = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.find((k) => (f[k] ?? 0) === failed);
    const n = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed);
    const every = failed === 1 ? 'the one request' : `every one of ${n} requests`;
    const everyResponse = failed === 1 ? 'the one response' : `every one of ${n} responses`;
    switch (only) {
        case 'unfinished':
            return `no response completed in the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDurationMs */ .uH)(level.durationMs)} window: ${n} request${failed === 1 ? ' was' : 's were'} still waiting when it ended`;
        case 'timeout':
            return `${every} timed out: no complete response within the request timeout`;
        case 'connect':
            return `no connection could be made: ${failed === 1 ? 'the one attempt' : `all ${n} attempts`} failed`;
        case 'reset':
            return `the target closed or reset the connection on ${every}`;
        case 'protocol':
            return `${everyResponse} broke HTTP/1.1 (a response with no request outstanding, conflicting lengths or garbage)`;
        case 'httpStatus':
            return `${everyResponse} ${describeStatuses(level.counts.httpStatuses, failed)}`;
        case 'check':
            return `${everyResponse} failed its checks${describeReasons(level.counts.checkFailures)}`;
        case undefined: {
            const classes = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.filter((k) => (f[k] ?? 0) > 0)
                .map((k) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
                .join(', ');
            return `all ${n} requests failed: ${classes}`;
        }
    }
}
/** "was HTTP 500", or the statuses seen when there were several. */
function describeStatuses(statuses, failed) {
    const seen = Object.entries(statuses ?? {}).sort((a, b) => b[1] - a[1]);
    if (seen.length === 1 && seen[0][1] === failed)
        return `was HTTP ${seen[0][0]}`;
    if (seen.length === 0)
        return 'had a status outside the accepted list';
    return `had a status outside the accepted list: ${seen
        .map(([status, count]) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(count)} × HTTP ${status}`)
        .join(', ')}`;
}
/** ": <the most frequent reason>" (and how many others), or nothing when unknown. */
function describeReasons(reasons) {
    const seen = Object.entries(reasons ?? {}).sort((a, b) => b[1] - a[1]);
    if (seen.length === 0)
        return '';
    const [top] = seen[0];
    if (seen.length === 1)
        return `: ${top}`;
    return `: most often ${top} (${seen.length - 1} other reason${seen.length === 2 ? '' : 's'})`;
}
/** Failures of a level by class in words, e.g. `3 connect, 12 timeout`; empty when none. */
function describeFailures(f) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.filter((k) => (f[k] ?? 0) > 0)
        .map((k) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
        .join(', ');
}
/**
 * What failed at a level beyond the classes, e.g. `HTTP 500 ×12; $.success == true did not
 * hold ×3`: status codes and check reasons, most frequent first; empty when none are known.
 */
function describeFailureDetails(counts) {
    const parts = [];
    const byCount = (record) => Object.entries(record ?? {}).sort((a, b) => b[1] - a[1]);
    const statuses = byCount(counts.httpStatuses);
    const reasons = byCount(counts.checkFailures);
    for (const [status, n] of statuses.slice(0, MAX_DETAILS)) {
        parts.push(`HTTP ${status} ×${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)}`);
    }
    for (const [reason, n] of reasons.slice(0, MAX_DETAILS))
        parts.push(`${reason} ×${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)}`);
    const more = Math.max(0, statuses.length - MAX_DETAILS) + Math.max(0, reasons.length - MAX_DETAILS);
    if (more > 0)
        parts.push(`${more} more in result.json`);
    return parts.join('; ');
}
/** The open model's dropped arrivals in words, e.g. `9,992 of 10,000 arrivals dropped…`; empty when none. */
function describeDropped(counts) {
    const dropped = counts.droppedSends ?? 0;
    if (dropped === 0)
        return '';
    return `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped + counts.total)} arrivals dropped: no connection was free in time`;
}
//# sourceMappingURL=level-health.js.map

/***/ }),

/***/ 76893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ renderMarkdownReport)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_CHARS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/* harmony import */ var _level_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28307);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88845);



/** Upper bound on the length of `summary.md`, in characters. */
const MARKDOWN_MAX_CHARS = 60_000;
/** Most generator warnings listed one by one; the rest are counted. */
const MAX_WARNINGS = 20;
/** Most notes listed; the rest are counted. */
const MAX_NOTES = 20;
/** Longest single free-text line (notes, environment values) before it is cut. */
const MAX_LINE_CHARS = 500;
/** Escapes text for a Markdown table cell or inline position. */
function escapeMd(text) {
    return clip(text)
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ');
}
function clip(text) {
    return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS - 1)}…` : text;
}
function targetLabel(report) {
    const t = report.target;
    const what = t.product ?? t.image ?? t.url;
    return what === t.url ? t.url : `${what} (${t.url})`;
}
function levelLabel(l) {
    return l.model === 'open' ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRps */ .N2)(l.level)} req/s` : `${l.level} conn`;
}
function tableRow(l) {
    const cells = [
        levelLabel(l) + (l.generator.generatorBound ? ' ⚠' : ''),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRps */ .N2)(l.throughput.successRps),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUs */ .oC)(l.latencyUs.p50),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUs */ .oC)(l.latencyUs.p99),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUs */ .oC)(l.latencyUs.p999),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRatioPercent */ .Qq)(l.errorRate),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCpuPercent */ .$Z)(l.generator.cpuPercentMean),
        l.server ? (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCpuUsPerRequest */ .ms)(l.server.cpuUsPerRequest) : '-',
    ];
    return `| ${cells.join(' | ')} |`;
}
const TABLE_HEADER = [
    '| level | req/s | p50 | p99 | p99.9 | errors | generator CPU | server CPU/req |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
];
function headLines(report) {
    const lines = [
        `## ${escapeMd(report.name)}: ${escapeMd(targetLabel(report))}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(report.startedAt)}`,
        '',
    ];
    const levels = report.levels.length;
    const status = report.outcome === 'ok'
        ? report.partial
            ? 'Partial run'
            : 'Completed'
        : report.outcome === 'interrupted'
            ? 'Interrupted: partial results'
            : 'Target failure';
    const took = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationMs */ .uH)(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
    lines.push(`${status}: ${levels} level(s) in ${took}. Run \`${escapeMd(report.id)}\`.`, '');
    const bound = report.levels.filter((l) => l.generator.generatorBound);
    for (const l of bound.slice(0, MAX_WARNINGS)) {
        lines.push(`> ⚠ **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(l.generator.note)}.`);
        lines.push('>');
    }
    if (bound.length > MAX_WARNINGS) {
        lines.push(`> ⚠ ${bound.length - MAX_WARNINGS} more generator-bound level(s): see result.json.`);
        lines.push('>');
    }
    if (bound.length > 0) {
        lines.pop();
        lines.push('');
    }
    return lines;
}
/** One line per level with failures or dropped arrivals: classes, statuses, reasons. */
function failureLines(report) {
    const failing = report.levels.filter((l) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .totalFailures */ .o6)(l.counts.failures) > 0 || (l.counts.droppedSends ?? 0) > 0);
    if (failing.length === 0)
        return [];
    const lines = ['### Failures', ''];
    for (const l of failing.slice(0, MAX_WARNINGS)) {
        const parts = [];
        const classes = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailures */ .ng)(l.counts.failures);
        if (classes) {
            const details = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailureDetails */ .SI)(l.counts);
            parts.push(`${classes} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(l.counts.total)} requests${details ? ` (${details})` : ''}`);
        }
        const dropped = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDropped */ .O7)(l.counts);
        if (dropped)
            parts.push(dropped);
        lines.push(`- **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(parts.join('; '))}`);
    }
    if (failing.length > MAX_WARNINGS) {
        lines.push(`- … ${failing.length - MAX_WARNINGS} more level(s) with failures in result.json`);
    }
    lines.push('');
    return lines;
}
function tailLines(report) {
    const lines = failureLines(report);
    if (report.notes.length > 0) {
        lines.push('### Notes', '');
        for (const note of report.notes.slice(0, MAX_NOTES))
            lines.push(`- ${escapeMd(note)}`);
        if (report.notes.length > MAX_NOTES) {
            lines.push(`- … ${report.notes.length - MAX_NOTES} more in result.json`);
        }
        lines.push('');
    }
    const e = report.environment;
    const env = [
        ['Host', e.hostname],
        ['CPU', `${e.cpuModel}, ${e.cpus} logical CPUs`],
        ['Memory', (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(e.memoryBytes)],
        ['OS', e.os],
        ['Node.js', e.nodeVersion],
        ['undici', e.undiciVersion],
        ['bench-action', e.toolVersion],
        ['Commit', e.gitSha === undefined ? undefined : `${e.gitSha}${e.gitDirty ? ' (dirty)' : ''}`],
        ['VM size', e.vmSize],
        ['Region', e.region],
        ['Image', report.target.image],
        ['Image digest', report.target.imageDigest],
        ['Config', report.config.path],
        ['Config hash', report.config.hash],
    ];
    lines.push('<details><summary>Environment</summary>', '');
    for (const [k, v] of env)
        if (v !== undefined && v !== '')
            lines.push(`- ${k}: ${escapeMd(v)}`);
    lines.push('', '</details>', '');
    return lines;
}
const LEGEND = 'p50/p99/p99.9: latency of successful requests. Generator CPU: the load generator’s own use of one core; ⚠ marks levels it limited. Server CPU/req: target CPU time per completed request.\n\n';
/** Renders `summary.md`, never longer than `MARKDOWN_MAX_CHARS`. */
function renderMarkdownReport(report) {
    const head = headLines(report).join('\n') + '\n';
    const tail = tailLines(report).join('\n');
    const pointer = (omitted) => `\n_${omitted} more level(s) not shown: the full figures are in result.json and results.csv._\n\n`;
    // Reserve room for the truncation pointer so adding it can never break the limit.
    let budget = MARKDOWN_MAX_CHARS -
        head.length -
        tail.length -
        LEGEND.length -
        pointer(report.levels.length).length;
    const scenarios = [...new Set(report.levels.map((l) => l.scenario))];
    let body = '';
    let shown = 0;
    outer: for (const scenario of scenarios) {
        const section = [`### ${escapeMd(scenario)}`, '', ...TABLE_HEADER].join('\n') + '\n';
        if (section.length > budget)
            break;
        let text = section;
        let rows = 0;
        for (const l of report.levels) {
            if (l.scenario !== scenario)
                continue;
            const row = tableRow(l) + '\n';
            if (text.length + row.length + 1 > budget) {
                if (rows > 0)
                    body += text + '\n';
                break outer;
            }
            text += row;
            rows++;
            shown++;
        }
        body += text + '\n';
        budget -= text.length + 1;
    }
    if (shown < report.levels.length)
        body += pointer(report.levels.length - shown);
    else if (report.levels.length === 0)
        body += '_No level was measured._\n\n';
    if (shown > 0)
        body += LEGEND;
    return head + body + tail;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 89110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderRunSummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _stats_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12472);
/* harmony import */ var _comparison_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71311);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76893);
/**
 * The Markdown summary of a run, the same in `summary.md`, the job summary and the PR comment:
 * the verdict table and thresholds first when the run was compared or has thresholds (a run
 * without a baseline shows the neutral "no baseline yet" comparison), then the results tables.
 */



/** Renders the summary of `report` (comparison and thresholds as attached to it). */
function renderRunSummaryMarkdown(report) {
    const thresholds = report.thresholds ?? [];
    if (report.comparison === undefined && thresholds.length === 0) {
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownReport */ ._)(report);
    }
    const comparison = report.comparison ?? (0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareReports */ .ll)([], [report]);
    const verdicts = (0,_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderComparisonMarkdown */ .h)(comparison, thresholds, { reportLink: 'report.html' });
    return `${verdicts}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownReport */ ._)(report)}`;
}
//# sourceMappingURL=run-summary-markdown.js.map

/***/ }),

/***/ 16125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   PP: () => (/* binding */ DEFAULT_BOOTSTRAP_SEED),
/* harmony export */   bF: () => (/* binding */ bootstrapRelativeChange),
/* harmony export */   u8: () => (/* binding */ DEFAULT_BOOTSTRAP_ITERATIONS),
/* harmony export */   ub: () => (/* binding */ bootstrapDifference)
/* harmony export */ });
/* unused harmony exports createRng, mean, summarize, quantileSorted */
/**
 * Percentile bootstrap intervals for comparing two small samples (per-round or per-second
 * values). The generator is a seeded PRNG so the same inputs always give the same interval: a
 * verdict that flips on a re-render would destroy trust in it.
 */
/** Default number of bootstrap resamples. */
const DEFAULT_BOOTSTRAP_ITERATIONS = 2000;
/** Default PRNG seed. */
const DEFAULT_BOOTSTRAP_SEED = 20_261_129;
/** mulberry32: tiny, fast and good enough for resampling indexes; deterministic per seed. */
function createRng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/** Median of a non-empty list (mean of the two middle values for even sizes); NaN when empty. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Arithmetic mean; NaN when empty. */
function mean(values) {
    if (values.length === 0)
        return Number.NaN;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** The chosen statistic of a sample. */
function summarize(values, statistic) {
    return statistic === 'median' ? median(values) : mean(values);
}
/** Value at quantile q (0..1) of a sorted list, linear interpolation between ranks. */
function quantileSorted(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (pos - lo);
}
/** Fills `out` with a resample (with replacement) of `values`. */
function resampleInto(values, out, rng) {
    const n = values.length;
    for (let i = 0; i < n; i++)
        out[i] = values[Math.floor(rng() * n)];
}
/**
 * Bootstraps `combine(stat(resampled a), stat(resampled b))`, resampling each side
 * independently, and returns the percentile interval. `undefined` when a side is empty or no
 * resample gave a finite value.
 */
function bootstrapTwoSample(a, b, combine, options) {
    if (a.length === 0 || b.length === 0)
        return undefined;
    const statistic = options.statistic ?? 'median';
    const iterations = Math.max(1, Math.floor(options.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS));
    const confidence = options.confidence ?? 0.95;
    const rng = createRng(options.seed ?? DEFAULT_BOOTSTRAP_SEED);
    const estimate = combine(summarize(a, statistic), summarize(b, statistic));
    if (!Number.isFinite(estimate))
        return undefined;
    const bufA = new Array(a.length);
    const bufB = new Array(b.length);
    const draws = [];
    for (let i = 0; i < iterations; i++) {
        resampleInto(a, bufA, rng);
        resampleInto(b, bufB, rng);
        const v = combine(summarize(bufA, statistic), summarize(bufB, statistic));
        if (Number.isFinite(v))
            draws.push(v);
    }
    if (draws.length === 0)
        return undefined;
    draws.sort((x, y) => x - y);
    const alpha = (1 - confidence) / 2;
    return {
        estimate,
        low: quantileSorted(draws, alpha),
        high: quantileSorted(draws, 1 - alpha),
        confidence,
        iterations: draws.length,
    };
}
/**
 * Interval of stat(candidate) / stat(baseline) − 1 (e.g. +0.15 for 15% higher). Resamples whose
 * baseline statistic is zero are dropped.
 */
function bootstrapRelativeChange(baseline, candidate, options = {}) {
    return bootstrapTwoSample(baseline, candidate, (b, c) => (b > 0 ? c / b - 1 : Number.NaN), options);
}
/** Interval of stat(candidate) − stat(baseline), for quantities compared absolutely. */
function bootstrapDifference(baseline, candidate, options = {}) {
    return bootstrapTwoSample(baseline, candidate, (b, c) => c - b, options);
}
//# sourceMappingURL=bootstrap.js.map

/***/ }),

/***/ 12472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aV: () => (/* binding */ DEFAULT_THRESHOLD),
/* harmony export */   ll: () => (/* binding */ compareReports)
/* harmony export */ });
/* unused harmony exports DEFAULT_ERROR_RATE_THRESHOLD, DEFAULT_CONFIDENCE, MIN_ROUNDS_WITHOUT_FLOOR, NO_BASELINE_HEADLINE, judgeInterval, summarizeVerdicts, decideOverallVerdict */
/* harmony import */ var _report_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25561);
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16125);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19335);
/* harmony import */ var _metric_samples_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36365);




/** Default relative threshold: changes within ±5% count as no change. */
const DEFAULT_THRESHOLD = 0.05;
/** Default error-rate threshold: 0.1 percentage points. */
const DEFAULT_ERROR_RATE_THRESHOLD = 0.001;
/** Default confidence level of the intervals. */
const DEFAULT_CONFIDENCE = 0.95;
/**
 * Rounds per side from which the percentile bootstrap is trusted alone; with fewer, a change
 * must also clear the rounds' own spread (see `findNoiseFloor`).
 */
const MIN_ROUNDS_WITHOUT_FLOOR = 5;
/** Headline when there is nothing to compare against. */
const NO_BASELINE_HEADLINE = 'No baseline yet: this run becomes the reference';
/**
 * Compares a candidate with a baseline, each a list of rounds, metric by metric at every
 * scenario × level present on both sides. An empty baseline gives a `no-baseline` comparison.
 */
function compareReports(baseline, candidate, opts = {}) {
    const settings = {
        threshold: opts.threshold ?? DEFAULT_THRESHOLD,
        errorRateThreshold: opts.errorRateThreshold ?? DEFAULT_ERROR_RATE_THRESHOLD,
        confidence: opts.confidence ?? DEFAULT_CONFIDENCE,
        iterations: opts.iterations ?? _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BOOTSTRAP_ITERATIONS */ .u8,
        seed: opts.seed ?? _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BOOTSTRAP_SEED */ .PP,
    };
    const metricsWanted = opts.metrics ?? _report_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARED_METRICS */ .wo;
    const base = {
        baselineLabel: opts.baselineLabel ?? 'baseline',
        candidateLabel: opts.candidateLabel ?? 'candidate',
        rounds: { baseline: baseline.length, candidate: candidate.length },
        mode: opts.mode ?? 'ab',
        settings,
        ...(opts.noise ? { noise: opts.noise } : {}),
    };
    if (baseline.length === 0) {
        return {
            ...base,
            metrics: [],
            headline: NO_BASELINE_HEADLINE,
            verdict: 'no-baseline',
            notes: [],
        };
    }
    const notes = describeRounds(baseline, 'baseline').concat(describeRounds(candidate, 'candidate'));
    const baseGroups = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .groupLevelRounds */ .$g)(baseline);
    const candGroups = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .groupLevelRounds */ .$g)(candidate);
    const metrics = [];
    for (const [key, cand] of candGroups) {
        const baseGroup = baseGroups.get(key);
        if (!baseGroup) {
            notes.push(`${cand.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(cand.model, cand.level)}: not in the baseline; not compared.`);
            continue;
        }
        for (const metric of metricsWanted) {
            const known = opts.noise?.find((n) => n.metric === metric &&
                n.scenario === cand.scenario &&
                n.model === cand.model &&
                n.level === cand.level);
            const m = compareMetric(baseGroup, cand, metric, settings, notes, known);
            if (m)
                metrics.push(m);
        }
    }
    for (const [key, b] of baseGroups) {
        if (!candGroups.has(key)) {
            notes.push(`${b.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(b.model, b.level)}: not in the candidate; not compared.`);
        }
    }
    notes.push(...describeSampleSize(baseline.length, candidate.length));
    return {
        ...base,
        metrics,
        headline: summarizeVerdicts(metrics),
        verdict: decideOverallVerdict(metrics),
        notes,
    };
}
/** What the number of rounds means for the verdicts, in words. */
function describeSampleSize(baselineRounds, candidateRounds) {
    const fewest = Math.min(baselineRounds, candidateRounds);
    if (fewest === 0)
        return [];
    if ((0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSampleSource */ .hX)(baselineRounds, candidateRounds) === 'seconds') {
        return [
            'One round on a side: intervals come from per-second values and cannot see how much whole runs differ; on shared machines run 3 or more rounds per side, or pass an A/A noise estimate.',
        ];
    }
    if (fewest < MIN_ROUNDS_WITHOUT_FLOOR) {
        return [
            `${fewest} rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; ${MIN_ROUNDS_WITHOUT_FLOOR} or more rounds per side give sharper verdicts.`,
        ];
    }
    return [];
}
/** Notes about rounds whose numbers deserve caution. */
function describeRounds(reports, side) {
    const notes = [];
    reports.forEach((r, i) => {
        if (r.partial || r.outcome !== 'ok') {
            notes.push(`${side} round ${i + 1} ended as "${r.outcome}"${r.partial ? ' (partial)' : ''}; its levels hold what was measured.`);
        }
    });
    return notes;
}
/** Compares one metric of one level; `undefined` when neither side measured it. */
function compareMetric(baseGroup, candGroup, metric, settings, notes, known) {
    const where = `${candGroup.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(candGroup.model, candGroup.level)}`;
    const baseValues = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectRoundValues */ .h8)(baseGroup.rounds, metric);
    const candValues = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectRoundValues */ .h8)(candGroup.rounds, metric);
    const changeKind = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .isComparedAbsolutely */ .Sb)(metric) ? 'difference' : 'ratio';
    const source = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSampleSource */ .hX)(baseGroup.rounds.length, candGroup.rounds.length);
    const head = {
        scenario: candGroup.scenario,
        model: candGroup.model,
        level: candGroup.level,
        metric,
        changeKind,
    };
    if (baseValues.length === 0 && candValues.length === 0) {
        // Server CPU is optional: silently absent when no side sampled the target.
        if (metric !== 'serverCpuUsPerRequest') {
            notes.push(`${where}: no ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} on either side; not compared.`);
        }
        return undefined;
    }
    const baselineValue = baseValues.length > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(baseValues) : Number.NaN;
    const candidateValue = candValues.length > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(candValues) : Number.NaN;
    const change = changeKind === 'ratio'
        ? baselineValue > 0
            ? candidateValue / baselineValue - 1
            : Number.NaN
        : candidateValue - baselineValue;
    const invalid = (reason) => ({
        ...head,
        baseline: finiteOr0(baselineValue),
        candidate: finiteOr0(candidateValue),
        change: finiteOr0(change),
        ci: null,
        samples: { source, baseline: 0, candidate: 0 },
        verdict: 'invalid',
        reason,
    });
    if (isGeneratorBound(baseGroup.rounds) || isGeneratorBound(candGroup.rounds)) {
        const sides = [
            isGeneratorBound(baseGroup.rounds) ? 'baseline' : '',
            isGeneratorBound(candGroup.rounds) ? 'candidate' : '',
        ].filter(Boolean);
        return invalid(`the load generator saturated (${sides.join(' and ')}); not judged`);
    }
    if (baseValues.length === 0 || candValues.length === 0) {
        const missing = baseValues.length === 0 ? 'baseline' : 'candidate';
        const why = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .isLatencyMetric */ ["do"])(metric)
            ? 'has no successful responses'
            : metric === 'errorRate'
                ? 'completed no requests'
                : 'has no server sampling';
        return invalid(`the ${missing} ${why} at this level; not judged`);
    }
    if (changeKind === 'ratio' && !(baselineValue > 0)) {
        return invalid(`the baseline ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} is zero; a relative change is undefined`);
    }
    const baseSample = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectSamples */ .uM)(baseGroup.rounds, metric, source);
    const candSample = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectSamples */ .uM)(candGroup.rounds, metric, source);
    const judged = {
        ...head,
        baseline: baselineValue,
        candidate: candidateValue,
        change,
        samples: {
            source,
            baseline: baseSample?.length ?? 0,
            candidate: candSample?.length ?? 0,
        },
    };
    const inconclusive = (reason) => ({
        ...judged,
        ci: null,
        verdict: 'inconclusive',
        reason,
    });
    if (!baseSample || !candSample) {
        return inconclusive(`${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} cannot be resampled from one round (the per-second series does not keep it); run 2 or more rounds`);
    }
    if (baseSample.length < 2 || candSample.length < 2) {
        return inconclusive(`too few ${source === 'rounds' ? 'rounds' : 'seconds'} to estimate the spread (${baseSample.length} baseline, ${candSample.length} candidate); run more rounds or longer levels`);
    }
    if (metric === 'errorRate' && isAllZero(baseSample) && isAllZero(candSample)) {
        return {
            ...judged,
            ci: { low: 0, high: 0, confidence: settings.confidence },
            verdict: 'no-change',
            reason: 'no failures on either side',
        };
    }
    const boot = changeKind === 'ratio'
        ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapRelativeChange */ .bF)(baseSample, candSample, settings)
        : (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapDifference */ .ub)(baseSample, candSample, settings);
    if (!boot)
        return inconclusive('the bootstrap produced no usable resample (zero baseline values)');
    const ci = centreInterval(change, boot, changeKind, settings.confidence);
    const threshold = changeKind === 'ratio' ? settings.threshold : settings.errorRateThreshold;
    const floor = findNoiseFloor(baseSample, candSample, source, changeKind, settings, known);
    const { verdict, reason } = judgeInterval(metric, ci, threshold, changeKind, source, floor);
    return { ...judged, ci, verdict, reason };
}
/**
 * Moves the bootstrap interval onto the reported point estimate. With rounds the two coincide
 * (the same median of the same values); with one round the interval's spread comes from the
 * per-second values while the point is the whole-level value users see in the report, so the
 * interval keeps its relative shape around that point.
 */
function centreInterval(point, boot, kind, confidence) {
    if (kind === 'difference') {
        return {
            low: point + (boot.low - boot.estimate),
            high: point + (boot.high - boot.estimate),
            confidence,
        };
    }
    // A resampled candidate of zero (no throughput at all) leaves nothing to scale by.
    if (!(1 + boot.estimate > 0))
        return { low: boot.low, high: boot.high, confidence };
    const scale = (1 + point) / (1 + boot.estimate);
    return { low: (1 + boot.low) * scale - 1, high: (1 + boot.high) * scale - 1, confidence };
}
/**
 * The noise floor a change must clear besides the threshold. With few rounds a percentile
 * bootstrap is too optimistic: with two rounds per side, both candidate rounds land above both
 * baseline rounds one time in six by chance alone. So below `MIN_ROUNDS_WITHOUT_FLOOR` rounds
 * per side, each side is compared with itself (A/A by resampling) and the larger spread must be
 * cleared too. A separate A/A estimate, when given, is a floor as well, and the only one a
 * single-round comparison has: one round cannot see how much whole runs differ.
 */
function findNoiseFloor(baseSample, candSample, source, kind, settings, known) {
    let best;
    if (source === 'rounds' &&
        Math.min(baseSample.length, candSample.length) < MIN_ROUNDS_WITHOUT_FLOOR) {
        const spread = Math.max(selfNoise(baseSample, kind, settings), selfNoise(candSample, kind, settings));
        if (spread > 0)
            best = { floor: spread, origin: 'rounds' };
    }
    if (known && known.minDetectableChange > (best?.floor ?? 0)) {
        best = { floor: known.minDetectableChange, origin: 'estimate' };
    }
    return best;
}
/** Largest |change| an A/A comparison of a sample with itself reaches. */
function selfNoise(sample, kind, settings) {
    const aa = kind === 'ratio'
        ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapRelativeChange */ .bF)(sample, sample, settings)
        : (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapDifference */ .ub)(sample, sample, settings);
    return aa ? Math.max(Math.abs(aa.low), Math.abs(aa.high)) : 0;
}
/** What a worse or better value of the metric means, in words. */
function consequence(metric, worse) {
    switch (metric) {
        case 'successRps':
            return worse ? 'lower throughput' : 'higher throughput';
        case 'errorRate':
            return worse ? 'more failures' : 'fewer failures';
        case 'serverCpuUsPerRequest':
            return worse ? 'more server CPU per request' : 'less server CPU per request';
        default:
            return worse
                ? `higher ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} latency`
                : `lower ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} latency`;
    }
}
/**
 * The rule: regression or improvement when the whole interval lies beyond the threshold (and
 * beyond the noise floor, when one is given); no change when it lies within ±threshold;
 * inconclusive otherwise, with the reason.
 */
function judgeInterval(metric, ci, threshold, kind, source = 'rounds', noise) {
    const higherBetter = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .isHigherBetter */ .KA)(metric);
    const interval = `interval ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInterval */ .vy)(ci, kind)}`;
    const plus = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(threshold, kind);
    const minus = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(-threshold, kind);
    const band = plus.startsWith('+') ? `±${plus.slice(1)}` : plus;
    const above = ci.low > threshold;
    const below = ci.high < -threshold;
    const oneRound = source === 'seconds' ? ' (from per-second values of one round)' : '';
    const advice = source === 'seconds' ? 'run 2 or more rounds per side' : 'run more rounds or longer levels';
    if (above || below) {
        const worse = higherBetter ? below : above;
        if (noise && noise.floor > threshold) {
            const beyondNoise = above ? ci.low > noise.floor : ci.high < -noise.floor;
            if (!beyondNoise) {
                const floorText = `±${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(noise.floor, kind).slice(1)}`;
                const origin = noise.origin === 'rounds'
                    ? 'the spread between its own rounds'
                    : 'the A/A noise estimate';
                return {
                    verdict: 'inconclusive',
                    reason: `${interval} lies ${above ? `above ${plus}` : `below ${minus}`} but not beyond the noise of this setup (${floorText}, ${origin})${oneRound}; the change may be real but is not certain; ${advice}`,
                };
            }
        }
        return {
            verdict: worse ? 'regression' : 'improvement',
            reason: `${interval} lies entirely ${above ? `above ${plus}` : `below ${minus}`}${oneRound}: ${consequence(metric, worse)}`,
        };
    }
    if (ci.low >= -threshold && ci.high <= threshold) {
        return { verdict: 'no-change', reason: `${interval} lies within ${band}${oneRound}` };
    }
    if (ci.high - ci.low > 2 * threshold) {
        return {
            verdict: 'inconclusive',
            reason: `${interval} is wider than the ${band} threshold${oneRound}; ${advice}`,
        };
    }
    return {
        verdict: 'inconclusive',
        reason: `${interval} straddles the ${ci.high > threshold ? plus : minus} threshold${oneRound}; the change may be real but is not certain; ${advice}`,
    };
}
/** True when any round of the level was limited by the load generator. */
function isGeneratorBound(rounds) {
    return rounds.some((r) => r.generator.generatorBound);
}
function isAllZero(values) {
    return values.every((v) => v === 0);
}
function finiteOr0(x) {
    return Number.isFinite(x) ? x : 0;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** One line: "2 regressions, 1 improvement, 5 unchanged across 3 levels". */
function summarizeVerdicts(metrics) {
    if (metrics.length === 0)
        return 'Nothing compared: no level was measured on both sides';
    const count = (v) => metrics.filter((m) => m.verdict === v).length;
    const parts = [
        [count('regression'), 'regression', 'regressions'],
        [count('improvement'), 'improvement', 'improvements'],
        [count('no-change'), 'unchanged', 'unchanged'],
        [count('inconclusive'), 'inconclusive', 'inconclusive'],
        [count('invalid'), 'not judged', 'not judged'],
    ];
    const levels = new Set(metrics.map((m) => `${m.scenario}\u0000${m.model}\u0000${m.level}`)).size;
    const text = parts
        .filter(([n]) => n > 0)
        .map(([n, one, many]) => plural(n, one, many))
        .join(', ');
    return `${text} across ${plural(levels, 'level', 'levels')}`;
}
/**
 * The comparison's verdict: any regression wins; then any inconclusive metric (an improvement
 * elsewhere does not make an uncertain run good news); then improvement, no change, invalid.
 */
function decideOverallVerdict(metrics) {
    const order = [
        'regression',
        'inconclusive',
        'improvement',
        'no-change',
        'invalid',
    ];
    for (const v of order)
        if (metrics.some((m) => m.verdict === v))
            return v;
    return 'no-baseline';
}
//# sourceMappingURL=compare.js.map

/***/ }),

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
        autoResize: false,
        useWebAssembly: wasmReady,
    });
}
/** Records one value in µs, rounded to an integer and clamped to the tracked range. */
function recordUs(histogram, valueUs) {
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

/***/ }),

/***/ 89960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rD: () => (/* binding */ prepareReportDir),
  s5: () => (/* binding */ writeRenderedFiles),
  xK: () => (/* binding */ writeReportDir)
});

// UNUSED EXPORTS: hlogFileName, sanitizeFileName

// EXTERNAL MODULE: ./lib/core/report/hlog.js
var hlog = __webpack_require__(82706);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/report/csv.js
const r2 = (x) => Math.round(x * 100) / 100;
const r1 = (x) => Math.round(x * 10) / 10;
/** The columns of `results.csv`, in order. */
const CSV_COLUMNS = [
    { name: 'scenario', description: 'Scenario name', value: (l) => l.scenario },
    { name: 'model', description: 'Load model: `closed` or `open`', value: (l) => l.model },
    {
        name: 'level',
        description: 'Connections (closed) or offered req/s (open)',
        value: (l) => l.level,
    },
    { name: 'connections', description: 'Connections used', value: (l) => l.connections },
    {
        name: 'pipelining',
        description: 'Requests in flight per connection',
        value: (l) => l.pipelining,
    },
    {
        name: 'offered_rps',
        description: 'Open model: intended arrival rate, req/s (empty for closed)',
        value: (l) => l.offeredRps,
    },
    {
        name: 'duration_s',
        description: 'Measured window, seconds',
        value: (l) => Math.round(l.durationMs) / 1000,
    },
    {
        name: 'requests',
        description: 'Requests with an outcome in the window: successes and failures of every class',
        value: (l) => l.counts.total,
    },
    {
        name: 'success',
        description: 'Responses that passed every check',
        value: (l) => l.counts.success,
    },
    {
        name: 'errors',
        description: 'Failed requests, all classes',
        value: (l) => l.counts.total - l.counts.success,
    },
    {
        name: 'error_rate',
        description: 'errors / requests, a fraction from 0 to 1',
        value: (l) => Math.round(l.errorRate * 1e6) / 1e6,
    },
    {
        name: 'success_rps',
        description: 'Successful responses per second',
        value: (l) => r2(l.throughput.successRps),
    },
    {
        name: 'total_rps',
        description: 'Completed requests per second',
        value: (l) => r2(l.throughput.totalRps),
    },
    {
        name: 'latency_min_us',
        description: 'Smallest latency of successes, µs',
        value: (l) => l.latencyUs.min,
    },
    {
        name: 'latency_mean_us',
        description: 'Mean latency of successes, µs',
        value: (l) => l.latencyUs.mean,
    },
    {
        name: 'latency_p50_us',
        description: 'Median latency of successes, µs',
        value: (l) => l.latencyUs.p50,
    },
    {
        name: 'latency_p75_us',
        description: '75th percentile latency, µs',
        value: (l) => l.latencyUs.p75,
    },
    {
        name: 'latency_p90_us',
        description: '90th percentile latency, µs',
        value: (l) => l.latencyUs.p90,
    },
    {
        name: 'latency_p95_us',
        description: '95th percentile latency, µs',
        value: (l) => l.latencyUs.p95,
    },
    {
        name: 'latency_p99_us',
        description: '99th percentile latency, µs',
        value: (l) => l.latencyUs.p99,
    },
    {
        name: 'latency_p999_us',
        description: '99.9th percentile latency, µs',
        value: (l) => l.latencyUs.p999,
    },
    {
        name: 'latency_p9999_us',
        description: '99.99th percentile latency, µs',
        value: (l) => l.latencyUs.p9999,
    },
    {
        name: 'latency_max_us',
        description: 'Largest latency of successes, µs',
        value: (l) => l.latencyUs.max,
    },
    {
        name: 'fail_connect',
        description: 'Failures: connection refused or not established',
        value: (l) => l.counts.failures.connect,
    },
    {
        name: 'fail_timeout',
        description: 'Failures: no complete response within the timeout',
        value: (l) => l.counts.failures.timeout,
    },
    {
        name: 'fail_reset',
        description: 'Failures: connection reset or closed mid-response',
        value: (l) => l.counts.failures.reset,
    },
    {
        name: 'fail_http_status',
        description: 'Failures: status code not accepted',
        value: (l) => l.counts.failures.httpStatus,
    },
    {
        name: 'fail_check',
        description: 'Failures: body check (JSON path, contains) failed',
        value: (l) => l.counts.failures.check,
    },
    {
        name: 'fail_protocol',
        description: 'Failures: the target broke HTTP/1.1 (unsolicited response, conflicting lengths)',
        value: (l) => l.counts.failures.protocol ?? 0,
    },
    {
        name: 'fail_unfinished',
        description: 'Failures: still unanswered when the level stopped waiting',
        value: (l) => l.counts.failures.unfinished ?? 0,
    },
    {
        name: 'late_sends',
        description: 'Open model: sends more than 1 ms after their intended time',
        value: (l) => l.counts.lateSends,
    },
    {
        name: 'dropped_sends',
        description: 'Open model: arrivals of the window never sent (no connection free in time)',
        value: (l) => l.counts.droppedSends,
    },
    { name: 'bytes_sent', description: 'Request bytes written', value: (l) => l.bytes.sent },
    { name: 'bytes_received', description: 'Response bytes read', value: (l) => l.bytes.received },
    {
        name: 'generator_cpu_pct',
        description: 'Load generator mean CPU, % of one core',
        value: (l) => r1(l.generator.cpuPercentMean),
    },
    {
        name: 'generator_cpu_us_per_req',
        description: 'Load generator CPU per completed request, µs',
        value: (l) => r1(l.generator.cpuUsPerRequest),
    },
    {
        name: 'generator_bound',
        description: '`true` when the generator, not the target, limited the level',
        value: (l) => l.generator.generatorBound,
    },
    {
        name: 'server_cpu_pct',
        description: 'Target mean CPU, % of one core (empty when not sampled)',
        value: (l) => (l.server ? r1(l.server.cpuPercentMean) : undefined),
    },
    {
        name: 'server_cpu_us_per_req',
        description: 'Target CPU per completed request, µs (empty when not sampled)',
        value: (l) => (l.server ? r1(l.server.cpuUsPerRequest) : undefined),
    },
    {
        name: 'server_rss_max_bytes',
        description: 'Target peak resident memory, bytes (empty when not sampled)',
        value: (l) => l.server?.rssBytesMax,
    },
];
/** Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF). */
function quoteCsvCell(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function cellText(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    return String(value);
}
/** Renders `results.csv`: a header row, then one row per level in run order. */
function renderCsvReport(report) {
    const rows = [CSV_COLUMNS.map((c) => c.name).join(',')];
    for (const level of report.levels) {
        rows.push(CSV_COLUMNS.map((c) => quoteCsvCell(cellText(c.value(level)))).join(','));
    }
    return `${rows.join('\r\n')}\r\n`;
}
//# sourceMappingURL=csv.js.map
// EXTERNAL MODULE: ./lib/core/report/json.js
var json = __webpack_require__(24622);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
;// CONCATENATED MODULE: ./lib/edges/files/write-report-dir.js
/**
 * Writes a run's report directory: `result.json`, `results.csv`, `summary.md`, one `.hlog`
 * per level and any extra rendered files (`report.html`, comparison files, rounds). Refuses to overwrite an earlier run's report unless asked to, so a re-run with the
 * same `--out` never silently destroys results.
 */









async function listDir(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return [];
        if (code === 'ENOTDIR') {
            throw (0,errors/* inputError */.Xu)('REPORT_DIR_INVALID', `${dir} exists and is not a directory`, 'Choose an output path that is a directory or does not exist yet.', error);
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
        throw (0,errors/* inputError */.Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (${marker})`);
    }
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.access)(dir, external_node_fs_.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw (0,errors/* inputError */.Xu)('REPORT_DIR_INVALID', `${dir} cannot be used for the report (${code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : code === 'EACCES' || code === 'EROFS' ? 'not writable' : code}).`, 'Choose an output directory that you can write to (--out), then run again: nothing was measured.', error);
    }
}
/** Writes the report directory and returns the paths written, `result.json` first. */
async function writeReportDir(dir, report, hlogs, opts = {}) {
    const existing = await listDir(dir);
    if (!opts.overwrite && existing.includes('result.json')) {
        throw (0,errors/* inputError */.Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (result.json)`, 'Choose another output directory, delete the old report, or pass --overwrite to replace it.');
    }
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = [
        { name: 'result.json', text: (0,json/* renderJsonReport */.n)(report) },
        { name: 'results.csv', text: renderCsvReport(report) },
        { name: 'summary.md', text: opts.summaryMarkdown ?? (0,markdown/* renderMarkdownReport */._)(report) },
    ];
    const taken = new Set(files.map((f) => f.name));
    for (const h of hlogs) {
        const name = (0,hlog/* sanitizeFileName */.xH)(h.file);
        // Renaming here would break the link from the level's `hlogFile`: refuse instead.
        if (taken.has(name)) {
            throw (0,errors/* inputError */.Xu)('REPORT_FILE_CLASH', `two report files would both be named ${name}`, 'Give scenarios names that differ in letters or digits, not only in punctuation.');
        }
        taken.add(name);
        files.push({ name, text: h.text });
    }
    for (const extra of opts.extraFiles ?? []) {
        // Each path segment is sanitized, so a name can never leave the report directory.
        const name = extra.name.split('/').map(hlog/* sanitizeFileName */.xH).join('/');
        if (taken.has(name)) {
            throw (0,errors/* inputError */.Xu)('REPORT_FILE_CLASH', `two report files would both be named ${name}`, 'Give scenarios names that differ in letters or digits, not only in punctuation.');
        }
        taken.add(name);
        files.push({ name, text: extra.text });
    }
    const written = [];
    for (const f of files) {
        const path = (0,external_node_path_.join)(dir, f.name);
        if (f.name.includes('/'))
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, f.text, 'utf8');
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
        throw (0,errors/* inputError */.Xu)('REPORT_DIR_EXISTS', `${dir} already holds a report (${opts.marker})`, 'Choose another output directory, delete the old report, or pass --overwrite to replace it.');
    }
    await (0,promises_.mkdir)(dir, { recursive: true });
    const written = [];
    for (const f of files) {
        const path = (0,external_node_path_.join)(dir, (0,hlog/* sanitizeFileName */.xH)(f.name));
        await (0,promises_.writeFile)(path, f.text, 'utf8');
        written.push(path);
    }
    return written;
}
//# sourceMappingURL=write-report-dir.js.map

/***/ }),

/***/ 9130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runOutcomeOf)
/* harmony export */ });
/* harmony import */ var _core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89110);
/* harmony import */ var _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49390);


/** The outcome of `report`, written to `reportDir`: verdict, findings and summary from the report. */
function runOutcomeOf(report, reportDir, extra = {}) {
    const { verdict, findings } = (0,_core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeRun */ .Zy)(report);
    return {
        reportDir,
        report,
        summaryMarkdown: extra.summaryMarkdown ?? (0,_core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunSummaryMarkdown */ .B)(report),
        verdict,
        findings,
        ...(extra.resourceGroup !== undefined && { resourceGroup: extra.resourceGroup }),
        ...(extra.reportUrl !== undefined && { reportUrl: extra.reportUrl }),
    };
}
//# sourceMappingURL=run-outcome.js.map

/***/ })

};
