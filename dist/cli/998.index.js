export const id = 998;
export const ids = [998,277];
export const modules = {

/***/ 75277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   httpStatusOf: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/**
 * The GitHub REST client. The API URL is read when the client is made, not when
 * `@actions/github` is imported, so GHES and the loopback fake in tests are honoured.
 */

/** Makes a client for `token` against `apiUrl` (default `GITHUB_API_URL`, else api.github.com). */
function createGitHubClient(token, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com') {
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token, { baseUrl: apiUrl });
}
/** HTTP status of an Octokit request error, or undefined for other errors. */
function httpStatusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const { status } = error;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
//# sourceMappingURL=octokit.js.map

/***/ }),

/***/ 14998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setRepositoryVariables: () => (/* binding */ setRepositoryVariables)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75277);
/**
 * Repository variables for Actions (`vars.NAME` in workflows), set through the REST API: read
 * each one, create it when missing, update it when its value differs. The token needs write
 * access to the repository's variables ("Variables" for a fine-grained token, `repo` for a
 * classic one); a workflow's GITHUB_TOKEN cannot be given it.
 */


/** Sets `variables` on `repository` (`owner/name`); returns what was done per name. */
async function setRepositoryVariables(client, repository, variables) {
    const [owner = '', repo = ''] = repository.split('/');
    const done = {};
    for (const [name, value] of Object.entries(variables)) {
        try {
            let current;
            try {
                current = (await client.rest.actions.getRepoVariable({ owner, repo, name })).data.value;
            }
            catch (error) {
                if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatusOf)(error) !== 404)
                    throw error;
            }
            if (current === value) {
                done[name] = 'exists';
            }
            else if (current === undefined) {
                await client.rest.actions.createRepoVariable({ owner, repo, name, value });
                done[name] = 'created';
            }
            else {
                await client.rest.actions.updateRepoVariable({ owner, repo, name, value });
                done[name] = 'updated';
            }
        }
        catch (error) {
            const status = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatusOf)(error);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR('GITHUB_VARIABLES_FAILED', `Could not set the repository variable ${name} on ${repository}: ${status ?? ''} ${error instanceof Error ? error.message : String(error)}`.replace(/: {2}/, ': '), status === 403 || status === 404
                ? `The token needs write access to the variables of ${repository} (fine-grained: "Variables: read and write"; classic: repo). Or leave --github-token out and set the variables printed by hand.`
                : 'Run `bench setup azure` again (it keeps what exists), or set the variables printed by hand.', { cause: error });
        }
    }
    return done;
}
//# sourceMappingURL=repository-variables.js.map

/***/ })

};
