export const id = 130;
export const ids = [130];
export const modules = {

/***/ 9130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutcomeOf: () => (/* binding */ runOutcomeOf)
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
