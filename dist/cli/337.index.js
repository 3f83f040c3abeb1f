export const id = 337;
export const ids = [337];
export const modules = {

/***/ 47192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderComparisonCsv)
/* harmony export */ });
/* unused harmony export COMPARISON_CSV_COLUMNS */
/** Column names, in order. */
const COMPARISON_CSV_COLUMNS = [
    'scenario',
    'level',
    'metric',
    'baseline',
    'candidate',
    'change_pct',
    'ci_low_pct',
    'ci_high_pct',
    'verdict',
    'reason',
];
/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** A number without float noise: at most 6 decimals, trailing zeros dropped. */
function csvNumber(x) {
    if (!Number.isFinite(x))
        return '';
    return String(Number(x.toFixed(6)));
}
/** A change as a percentage (ratio) or percentage points (error rate), two decimals. */
function csvPercent(x) {
    if (x === undefined || !Number.isFinite(x))
        return '';
    return String(Number((x * 100).toFixed(2)));
}
/**
 * Renders a comparison as CSV with a header row and CRLF-free `\n` line ends. `change_pct`,
 * `ci_low_pct` and `ci_high_pct` are percent for ratios and percentage points for the error
 * rate; the interval cells are empty when there is no interval.
 */
function renderComparisonCsv(comparison) {
    const lines = [COMPARISON_CSV_COLUMNS.join(',')];
    for (const m of comparison.metrics) {
        lines.push([
            csvCell(m.scenario),
            csvNumber(m.level),
            m.metric,
            csvNumber(m.baseline),
            csvNumber(m.candidate),
            csvPercent(m.change),
            csvPercent(m.ci?.low),
            csvPercent(m.ci?.high),
            m.verdict,
            csvCell(m.reason),
        ].join(','));
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=comparison-csv.js.map

/***/ }),

/***/ 70339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readRunReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18563);
/**
 * Reads a stored `result.json` for `bench compare`, validated against the report schema, so a
 * truncated download or a file from another tool is refused with a clear message instead of
 * producing a comparison of garbage.
 */



/** Most schema problems named in the error message. */
const MAX_PROBLEMS_SHOWN = 3;
/** Reads and validates a run report; throws an input error (`RESULT_INVALID`) when it is not one. */
async function readRunReport(file, what) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(missing ? 'RESULT_NOT_FOUND' : 'RESULT_UNREADABLE', `${what} ${file}: ${missing ? 'no such file' : 'cannot be read'}.`, 'Give the path of a result.json written by `bench run` (relative paths are from the current directory).', error);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('RESULT_INVALID', `${what} ${file}: not JSON (${error.message}).`, 'Give a result.json written by `bench run`; a truncated download is the usual cause.', error);
    }
    const parsed = _core_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .RunReportSchema */ .bq.safeParse(json);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, MAX_PROBLEMS_SHOWN)
            .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
        const more = parsed.error.issues.length - problems.length;
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('RESULT_INVALID', `${what} ${file}: not a bench result (${problems.join('; ')}${more > 0 ? `; ${more} more` : ''}).`, 'Give a result.json written by `bench run` (schemas/result.schema.json describes it).');
    }
    return parsed.data;
}
//# sourceMappingURL=read-run-report.js.map

/***/ }),

/***/ 91337:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareStoredResults: () => (/* binding */ compareStoredResults)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var stats_thresholds = __webpack_require__(96731);
;// CONCATENATED MODULE: ./lib/core/stats/stored-thresholds.js

/**
 * The thresholds the candidate ran with, re-parsed from the sources its resolved config keeps,
 * so a history comparison holds the run to the same limits an A/B would.
 */
function storedThresholds(report) {
    const resolved = report.config.resolved;
    if (typeof resolved !== 'object' || resolved === null)
        return [];
    const list = resolved.thresholds;
    if (!Array.isArray(list))
        return [];
    const thresholds = [];
    for (const entry of list) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const { source, scenario } = entry;
        if (typeof source !== 'string')
            continue;
        const parsed = (0,stats_thresholds/* parseThreshold */.B7)(source);
        if ((0,stats_thresholds/* isThresholdError */.YC)(parsed))
            continue;
        thresholds.push(typeof scenario === 'string' ? { ...parsed, scenario } : parsed);
    }
    return thresholds;
}
//# sourceMappingURL=stored-thresholds.js.map
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/report/comparison-csv.js
var comparison_csv = __webpack_require__(47192);
// EXTERNAL MODULE: ./lib/core/report/comparison-markdown.js
var comparison_markdown = __webpack_require__(71311);
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/edges/files/read-run-report.js
var read_run_report = __webpack_require__(70339);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
;// CONCATENATED MODULE: ./lib/pipeline/compare-stored-results.js
/**
 * `bench compare`: the history case. Two stored results, one round each, are compared with the
 * same rules as an A/B (intervals from the per-second series, since one round cannot show how
 * much whole runs differ), and the verdicts are written as Markdown, CSV and HTML.
 */










/** Compares two stored results and writes `comparison.md`, `comparison.csv` and `report.html`. */
async function compareStoredResults(opts) {
    const base = await (0,read_run_report/* readRunReport */.m)(opts.basePath, 'baseline');
    const head = await (0,read_run_report/* readRunReport */.m)(opts.headPath, 'candidate');
    const comparison = (0,compare/* compareReports */.ll)([base], [head], {
        mode: 'history',
        baselineLabel: labelOf(base),
        candidateLabel: labelOf(head),
        ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    });
    const thresholds = (0,stats_thresholds/* evaluateThresholds */.S$)(storedThresholds(head), head, comparison);
    const dir = external_node_path_.resolve(opts.cwd, opts.outDir ?? external_node_path_.join('reports', `compare-${(0,run_ids/* compactUtcStamp */.lX)(opts.now ?? new Date())}`));
    const files = await (0,write_report_dir/* writeRenderedFiles */.s5)(dir, [
        {
            name: 'comparison.md',
            text: (0,comparison_markdown/* renderComparisonMarkdown */.h)(comparison, thresholds, { reportLink: 'report.html' }),
        },
        { name: 'comparison.csv', text: (0,comparison_csv/* renderComparisonCsv */.a)(comparison) },
        {
            name: 'report.html',
            text: (0,html/* renderHtmlReport */.w4)({ report: head, baseline: base, comparison, thresholds }),
        },
    ], { overwrite: opts.overwrite, marker: 'comparison.md' });
    return { comparison, thresholds, dir, files };
}
/** A report's name in labels: config name, start time and commit when known. */
function labelOf(report) {
    const sha = report.environment.gitSha ? ` @ ${report.environment.gitSha.slice(0, 7)}` : '';
    return `${report.name} ${report.startedAt.slice(0, 19)}Z${sha}`;
}
//# sourceMappingURL=compare-stored-results.js.map

/***/ })

};
