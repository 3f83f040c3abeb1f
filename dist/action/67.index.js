export const id = 67;
export const ids = [67,130];
export const modules = {

/***/ 6067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ cloudPlanOf),
/* harmony export */   runCloudBenchmark: () => (/* binding */ runCloudBenchmark)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_report_html_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45801);
/* harmony import */ var _core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89110);
/* harmony import */ var _core_azure_preflight_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55688);
/* harmony import */ var _edges_azure_arm_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82994);
/* harmony import */ var _edges_azure_preflight_probes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58321);
/* harmony import */ var _edges_azure_resolve_image_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65279);
/* harmony import */ var _edges_files_load_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89310);
/* harmony import */ var _edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33542);
/* harmony import */ var _core_report_comparison_csv_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(47192);
/* harmony import */ var _core_report_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24622);
/* harmony import */ var _run_comparison_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(17905);
/* harmony import */ var _run_outcome_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9130);
/* harmony import */ var _azure_deps_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(99332);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(99387);
/* harmony import */ var _resolve_azure_settings_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(59836);
/* harmony import */ var _run_azure_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(27940);
/**
 * A cloud run as both front ends start it (`bench run --provider azure` and the action's main
 * step): load the plan, build the Azure settings from what the front end received (each with its
 * source, for messages), check the report directory, wire the credential, ARM and Blob, run the
 * preflight (a set-up that is not ready stops the run before its resource group exists), run the
 * benchmark on Azure, write the report directory and judge the result. The front ends only map
 * their flags or inputs to a `CloudRunRequest` and choose the clean-up mode.
 */


















/** The plan of a cloud run, with the `image` and `baselineImage` replacements applied. */
function cloudPlanOf(plan, image, acrName, baselineImage) {
    const target = (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(plan);
    const withImage = image === undefined
        ? plan
        : { ...plan, target: { ...target, image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)(image, acrName) } };
    if (baselineImage === undefined)
        return withImage;
    return {
        ...withImage,
        baseline: { ...(0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(withImage), image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)(baselineImage, acrName) },
        compare: withImage.compare ?? _run_comparison_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_COMPARE_PLAN */ .Q,
    };
}
/** Runs a cloud benchmark from a request and returns its outcome (report directory written). */
async function runCloudBenchmark(request, deps) {
    const loaded = await (0,_edges_files_load_plan_js__WEBPACK_IMPORTED_MODULE_8__.loadPlan)(request.configPath, { ...request.overrides, provider: 'azure' }, request.loadOptions);
    if ((loaded.commands?.length ?? 0) > 0) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('COMMAND_SCENARIO_CLOUD_UNSUPPORTED', `Config "${loaded.name}" has command benchmarks (kind: command); they run on this machine only for now`);
    }
    const { settings } = (0,_resolve_azure_settings_js__WEBPACK_IMPORTED_MODULE_15__/* .resolveAzureSettings */ .FX)(request.given, loaded, 'strict');
    const plan = cloudPlanOf(loaded, request.image, settings.acrName, request.baselineImage);
    // Before anything is created: a run must never pay for VMs and then fail to keep the result.
    await (0,_edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareReportDir */ .rD)(request.reportDir, { overwrite: request.overwrite ?? false });
    const credential = deps.createCredential(settings);
    const arm = (deps.createArmContext ?? _edges_azure_arm_context_js__WEBPACK_IMPORTED_MODULE_5__/* .createArmContext */ .o)({
        credential,
        subscriptionId: settings.subscriptionId,
        log: deps.log,
    });
    const blob = (deps.createBlob ?? _azure_deps_js__WEBPACK_IMPORTED_MODULE_13__/* .createAzureBlobDeps */ .H)({
        settings,
        credential,
        maskSecret: deps.maskSecret,
    });
    // Looked up once: the preflight pins the image, the run reuses the digest.
    const pinned = new Map();
    const resolveImage = (image) => {
        let digest = pinned.get(image);
        if (!digest) {
            digest = deps.resolveImage
                ? deps.resolveImage(image)
                : (0,_edges_azure_resolve_image_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveImageDigest */ .C)(image, { credential, tenantId: settings.tenantId, log: deps.log });
            pinned.set(image, digest);
        }
        return digest;
    };
    // Before the resource group exists: a set-up that is not ready stops here, in seconds.
    deps.log('Checking the Azure set-up (preflight)');
    const preflight = await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_14__.runAzurePreflight)({ settings, image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)((0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(plan).image, settings.acrName) }, (0,_edges_azure_preflight_probes_js__WEBPACK_IMPORTED_MODULE_6__/* .createAzurePreflightProbes */ .Q)({
        arm,
        credential,
        resolveImage,
        ...(blob.probe && { blob: blob.probe }),
    }));
    for (const line of (0,_core_azure_preflight_model_js__WEBPACK_IMPORTED_MODULE_4__.renderPreflightChecklist)(preflight).trimEnd().split('\n'))
        deps.log(line);
    (0,_preflight_js__WEBPACK_IMPORTED_MODULE_14__.assertPreflightPassed)(preflight);
    const result = await (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .runAzureBenchmark */ .gr)(plan, settings, {
        arm,
        exchange: blob.exchange,
        samples: blob.samples,
        credential,
        runnerBundlePath: deps.runnerBundlePath ?? (0,_azure_deps_js__WEBPACK_IMPORTED_MODULE_13__.findRunnerBundle)(),
        recordState: deps.recordState,
        log: deps.log,
        maskSecret: deps.maskSecret,
        ...(deps.signal && { signal: deps.signal }),
        ...(deps.now && { now: deps.now }),
        resolveImage,
    }, {
        run: request.run(plan),
        runUrl: request.runUrl,
        cleanup: request.cleanup,
        cwd: plan.configPath ? node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(plan.configPath) : process.cwd(),
        ...deps.runTiming,
    });
    const { report, baseline, comparison } = result;
    const summaryMarkdown = (0,_core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRunSummaryMarkdown */ .B)(report);
    // A same-VM A/B writes what a local A/B writes: the baseline, the comparison and every round.
    const abFiles = baseline
        ? [
            { name: 'baseline.json', text: (0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJsonReport */ .n)(baseline) },
            ...(comparison ? [{ name: 'comparison.csv', text: (0,_core_report_comparison_csv_js__WEBPACK_IMPORTED_MODULE_17__/* .renderComparisonCsv */ .a)(comparison) }] : []),
            ...['baseline', 'candidate'].flatMap((side) => (result.rounds?.[side] ?? []).map((r, i) => ({
                name: `rounds/${side}-${i + 1}.json`,
                text: (0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJsonReport */ .n)(r),
            }))),
        ]
        : [];
    await (0,_edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .writeReportDir */ .xK)(request.reportDir, report, result.hlogs, {
        overwrite: true,
        summaryMarkdown,
        extraFiles: [
            {
                name: 'report.html',
                text: (0,_core_report_html_js__WEBPACK_IMPORTED_MODULE_2__/* .renderHtmlReport */ .w4)({
                    report,
                    thresholds: report.thresholds ?? [],
                    ...(baseline && { baseline }),
                    ...(comparison && { comparison }),
                }),
            },
            ...abFiles,
        ],
    });
    return {
        ...(0,_run_outcome_js__WEBPACK_IMPORTED_MODULE_12__.runOutcomeOf)(report, request.reportDir, {
            resourceGroup: result.resourceGroup,
            summaryMarkdown,
        }),
        resourceGroup: result.resourceGroup,
        ...(result.cleanup && { cleanup: result.cleanup }),
        ...(result.cleanupError !== undefined && { cleanupError: result.cleanupError }),
        arm,
    };
}
//# sourceMappingURL=cloud-run.js.map

/***/ }),

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
