export const id = 242;
export const ids = [242];
export const modules = {

/***/ 45242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* unused harmony export manualDeletionHint */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _edges_github_action_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55638);
/* harmony import */ var _edges_github_input_helper_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2237);
/* harmony import */ var _edges_github_report_artifact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64019);
/* harmony import */ var _edges_github_state_helper_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42950);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30489);
/* harmony import */ var _run_identity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46682);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82253);
/**
 * The action's post step: runs after the job (also after failure or cancellation) to delete the
 * run's cloud resources and upload the report artifact if the main step could not. It never
 * fails the job: a clean-up it cannot confirm is a loud warning naming the resource group and
 * how to delete it. Running it twice is harmless.
 */











/** How to delete a group by hand, for warnings. */
function manualDeletionHint(group, subscriptionId) {
    const sub = subscriptionId ? ` --subscription ${subscriptionId}` : '';
    return (`Delete it with \`az group delete --name ${group}${sub} --yes --no-wait\`, ` +
        'or run this action with `mode: janitor` (it deletes every bench-action group past its expires-at tag).');
}
function warnLoudly(groups, state, context, why) {
    const what = groups.length > 0
        ? `resource group${groups.length === 1 ? '' : 's'} ${groups.join(', ')}`
        : `the resource groups tagged with run ${context.run.runId} attempt ${context.run.runAttempt}`;
    const how = groups.length > 0
        ? groups.map((group) => manualDeletionHint(group, state.subscriptionId)).join('\n')
        : 'Run this action with `mode: janitor`, or list them with `az group list --tag managed-by=bench-action`.';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`CLEAN-UP NOT CONFIRMED: ${what} may still exist and cost money. ${why}\n${how}`, {
        title: 'bench-action: Azure resources may be left behind',
    });
}
/** A marker under `RUNNER_TEMP` so a second post run does not upload the artifact again. */
function uploadMarker(name) {
    const temp = process.env.RUNNER_TEMP;
    return temp ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, 'bench-action', `${name}.uploaded`) : undefined;
}
async function uploadIfMissing(state, run, uploader) {
    if (state.artifactUploaded || state.reportDir === undefined)
        return false;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(state.reportDir)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Report directory ${state.reportDir} is gone: no artifact to upload.`);
        return false;
    }
    const name = state.artifactName ?? (0,_edges_github_report_artifact_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactName */ .Cs)({ job: run.job, runAttempt: run.runAttempt });
    const marker = uploadMarker(name);
    if (marker !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(marker))
        return false;
    try {
        const uploaded = await (0,_edges_github_report_artifact_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadReportArtifact */ .qw)(state.reportDir, name, uploader);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Uploaded ${uploaded.files} report files as artifact ${name}.`);
        if (marker !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(marker, '..'), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(marker, new Date().toISOString());
        }
        return true;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not upload the report artifact ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorDetails */ .nf)(error)}`);
        return false;
    }
}
/** Runs the post step. Never throws and never fails the job. */
async function runPost(deps = {}) {
    const outcome = { deleted: [], pending: [], artifactUploaded: false };
    const state = (0,_edges_github_state_helper_js__WEBPACK_IMPORTED_MODULE_7__/* .readActionState */ .sf)();
    const context = (0,_edges_github_action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionContext */ .wc)();
    let settings;
    try {
        const given = (0,_edges_github_input_helper_js__WEBPACK_IMPORTED_MODULE_5__/* .getActionSettings */ .W4)();
        // A group in state was created on Azure, whatever the inputs say now.
        const provider = state.resourceGroup !== undefined ? 'azure' : await (0,_provider_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveProvider */ .K)(given);
        settings = { ...given, provider };
    }
    catch (error) {
        // The main step failed on the same inputs before creating anything.
        if (state.resourceGroup) {
            warnLoudly([state.resourceGroup], state, context, `The inputs are invalid now: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorDetails */ .nf)(error)}`);
            outcome.pending.push(state.resourceGroup);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('The inputs are invalid, so the main step created nothing: nothing to clean up.');
        }
        return outcome;
    }
    if (settings.mode !== 'run') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`mode: ${settings.mode} creates no resources: nothing to clean up.`);
        return outcome;
    }
    const block = settings.provider === 'azure' ? (0,_edges_github_action_context_js__WEBPACK_IMPORTED_MODULE_4__/* .findProvisioningBlock */ .qo)(context) : undefined;
    if (block !== undefined && state.resourceGroup === undefined) {
        // Without OIDC the main step provisioned nothing, and no Azure call could succeed anyway.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The main step did not provision (${block.code}): nothing to clean up.`);
        return outcome;
    }
    try {
        const services = (0,_services_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveServices */ .bs)(deps);
        const run = (0,_run_identity_js__WEBPACK_IMPORTED_MODULE_9__/* .runIdentityFor */ .f)(context.run, settings, context.stepId);
        outcome.artifactUploaded = await uploadIfMissing(state, run, services.uploader);
        if (!state.started) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No state from the main step: looking for resource groups tagged with run ${context.run.runId} attempt ${context.run.runAttempt}.`);
        }
        const pipeline = await services.createPipeline(settings);
        const cleaned = await pipeline.cleanUp(state, { settings, run });
        outcome.deleted = cleaned.deleted;
        outcome.pending = cleaned.pending;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(cleaned.message);
        if (cleaned.deleted.length > 0)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deleted: ${cleaned.deleted.join(', ')}.`);
        if (cleaned.pending.length > 0) {
            warnLoudly(cleaned.pending, state, context, 'Deletion was requested but not confirmed in time.');
        }
    }
    catch (error) {
        const groups = state.resourceGroup ? [state.resourceGroup] : [];
        outcome.pending = groups;
        // Only cloud runs leave something behind; a local run's failure here is worth a plain warning.
        if (settings.provider === 'azure') {
            warnLoudly(groups, state, context, `Clean-up failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorDetails */ .nf)(error)}`);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Clean-up failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorDetails */ .nf)(error)}`);
        }
    }
    return outcome;
}
//# sourceMappingURL=post.js.map

/***/ })

};
