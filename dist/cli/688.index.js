export const id = 688;
export const ids = [688];
export const modules = {

/***/ 55688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   quotaShortfall: () => (/* binding */ quotaShortfall),
/* harmony export */   renderPreflightChecklist: () => (/* binding */ renderPreflightChecklist),
/* harmony export */   vcpusNeeded: () => (/* binding */ vcpusNeeded)
/* harmony export */ });
/* harmony import */ var _vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99401);

/** vCPUs one run takes on a choice, per quota name (`cores` and the families). */
function vcpusNeeded(size, loadVmSize, loadAgents) {
    const product = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeVmSize */ .S)(size);
    const load = (0,_vm_sizes_js__WEBPACK_IMPORTED_MODULE_0__/* .describeVmSize */ .S)(loadVmSize ?? size);
    if (product.vCpus === undefined || load.vCpus === undefined)
        return undefined;
    const needed = new Map();
    const add = (name, vcpus) => {
        if (name !== undefined)
            needed.set(name, (needed.get(name) ?? 0) + vcpus);
    };
    add('cores', product.vCpus + loadAgents * load.vCpus);
    add(product.quotaFamily, product.vCpus);
    add(load.quotaFamily, loadAgents * load.vCpus);
    return needed;
}
/** Whether a region's usage leaves room for `needed`; the first quota short of room, when not. */
function quotaShortfall(needed, usage) {
    for (const [name, vcpus] of needed) {
        const line = usage.find((u) => u.name.toLowerCase() === name.toLowerCase());
        if (!line)
            continue;
        const left = line.limit - line.currentValue;
        if (left < vcpus)
            return { name, left, needed: vcpus };
    }
    return undefined;
}
/** Marks of each status in the checklist. */
const marks = {
    pass: '[ok]  ',
    warn: '[warn]',
    fail: '[FAIL]',
    skip: '[skip]',
};
/** The checklist as text: one line per check, the fix under each failure or warning, a verdict. */
function renderPreflightChecklist(report) {
    const lines = [`Azure preflight for subscription ${report.subscriptionId}`];
    for (const check of report.checks) {
        lines.push(`${marks[check.status]} ${check.title}: ${check.detail}`);
        if (check.fix && (check.status === 'fail' || check.status === 'warn')) {
            lines.push(`         fix: ${check.fix}`);
        }
    }
    const failed = report.checks.filter((c) => c.status === 'fail').length;
    const warned = report.checks.filter((c) => c.status === 'warn').length;
    lines.push(failed > 0
        ? `${failed} of ${report.checks.length} checks failed; a run would stop before creating anything.`
        : `All ${report.checks.length} checks passed${warned > 0 ? ` (${warned} with a warning)` : ''}.`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=preflight-model.js.map

/***/ })

};
