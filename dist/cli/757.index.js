export const id = 757;
export const ids = [757];
export const modules = {

/***/ 74757:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_STATE_FILE: () => (/* binding */ AZURE_STATE_FILE),
/* harmony export */   AZURE_STATE_VERSION: () => (/* binding */ AZURE_STATE_VERSION),
/* harmony export */   readAzureState: () => (/* binding */ readAzureState),
/* harmony export */   writeAzureState: () => (/* binding */ writeAzureState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/**
 * What a cloud run created, written to a small JSON file (`<out>/azure-state.json` for the CLI)
 * before the first Azure call that creates anything, so that another process (`bench janitor
 * --state`, a re-run, a human) can delete it after a crash or a SIGKILL. It holds names only:
 * never a SAS, a token or a product env value.
 */



/** Version of the state file format. */
const AZURE_STATE_VERSION = 1;
/** File name of the state inside a report directory. */
const AZURE_STATE_FILE = 'azure-state.json';
/** Writes the state atomically (temporary file + rename), so a crash never leaves half a file. */
async function writeAzureState(file, state) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, file);
}
/** Reads and checks a state file; throws `AZURE_STATE_INVALID` (input) when unusable. */
async function readAzureState(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('AZURE_STATE_MISSING', `Cannot read the Azure state file ${file}: ${error.code ?? 'error'}.`, 'Pass the azure-state.json written into the report directory of the run to clean up.', error);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('AZURE_STATE_INVALID', `${file} is not JSON.`, 'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.', error);
    }
    const state = value;
    if (!state ||
        state.stateVersion !== AZURE_STATE_VERSION ||
        typeof state.subscriptionId !== 'string' ||
        typeof state.resourceGroup !== 'string' ||
        state.resourceGroup === '') {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('AZURE_STATE_INVALID', `${file} is not a bench-action Azure state file (version ${AZURE_STATE_VERSION} with subscriptionId and resourceGroup).`, 'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.');
    }
    return state;
}
//# sourceMappingURL=azure-state.js.map

/***/ })

};
