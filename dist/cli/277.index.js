export const id = 277;
export const ids = [277];
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

/***/ })

};
