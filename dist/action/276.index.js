export const id = 276;
export const ids = [276];
export const modules = {

/***/ 18276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLocalActionPipeline: () => (/* binding */ createLocalActionPipeline)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82955);
/**
 * The pipeline behind `provider: local` and `provider: url`: the same local run the `bench`
 * CLI does (`runLocalPlan`: an A/B in interleaved rounds when the config names a baseline), on
 * the runner itself. It creates no cloud resources, so clean-up has nothing to do.
 */



/** Builds the local pipeline. */
function createLocalActionPipeline() {
    return {
        async run(settings, context) {
            if (settings.configPath === undefined) {
                throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('CONFIG_REQUIRED', `provider: ${settings.provider} needs a config file.`, 'Set `config`, e.g. configs/demo.yml; `product` alone is only enough for Azure runs.');
            }
            // Loaded here, not at the top: the post step builds this pipeline only to learn that a
            // local run has nothing to clean up, and should not parse the load engine to do so.
            const [{ loadPlan }, { runLocalPlan }, { runOutcomeOf }] = await Promise.all([
                __webpack_require__.e(/* import() */ 310).then(__webpack_require__.bind(__webpack_require__, 89310)),
                Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(698), __webpack_require__.e(110), __webpack_require__.e(618), __webpack_require__.e(422), __webpack_require__.e(884), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 89884)),
                Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(110), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 9130)),
            ]);
            const cwd = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceOf */ .B3)();
            const plan = await loadPlan((0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)('config', settings.configPath), {
                ...(settings.levels ? { levels: settings.levels } : {}),
                ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
                provider: 'local',
            }, (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .productLookup */ .UK)(settings));
            if (settings.provider === 'url' && plan.target.kind !== 'url') {
                throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('TARGET_NOT_URL', `provider: url needs a config whose target is a url, but ${settings.configPath} names a ${plan.target.kind} target.`);
            }
            const reportDir = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .actionReportDir */ .Kk)(context.run);
            // The report directory goes to state before the run, so a cancelled run's files are found.
            context.saveState({ reportDir });
            const result = await runLocalPlan({
                plan,
                cwd,
                outDir: reportDir,
                overwrite: true,
                signal: context.signal,
                log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
            });
            return runOutcomeOf(result.report, result.dir);
        },
        cleanUp() {
            return Promise.resolve({
                deleted: [],
                pending: [],
                message: 'Local run: no cloud resources to clean up.',
            });
        },
    };
}
//# sourceMappingURL=local-pipeline.js.map

/***/ })

};
