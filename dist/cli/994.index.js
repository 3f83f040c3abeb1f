export const id = 994;
export const ids = [994];
export const modules = {

/***/ 9105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ classifyArmError),
/* harmony export */   oR: () => (/* binding */ parseRetryAfterMs),
/* harmony export */   p_: () => (/* binding */ readArmError),
/* harmony export */   vU: () => (/* binding */ deniedHint)
/* harmony export */ });
/**
 * Sorts Azure Resource Manager failures into what the fleet does about them: try the next size
 * or region, retry, stop with an actionable message, or treat as gone.
 */
/** Codes meaning "not this size here, now". */
const capacityCodes = new Set([
    'SkuNotAvailable',
    'AllocationFailed',
    'ZonalAllocationFailed',
    'OverconstrainedAllocationRequest',
    'OverconstrainedZonalAllocationRequest',
    'QuotaExceeded',
]);
/** Codes that retrying cannot fix. */
const deniedCodes = new Set([
    'AuthorizationFailed',
    'RequestDisallowedByPolicy',
    'LinkedAuthorizationFailed',
    'InvalidAuthenticationToken',
    'AuthenticationFailed',
]);
/** Reads the code, status and message from an SDK error (RestError or a failed long-running operation). */
function readArmError(error) {
    if (typeof error !== 'object' || error === null)
        return { message: String(error) };
    const e = error;
    const message = typeof e.message === 'string' ? e.message : JSON.stringify(error);
    let code = typeof e.code === 'string' ? e.code : undefined;
    const detailCode = e.details?.error?.code;
    if (typeof detailCode === 'string')
        code = detailCode;
    // Failed long-running operations surface as plain Errors: "The long-running operation has failed. <code>. <message>".
    const lro = /long-running operation has failed\. ([A-Za-z]+)\./.exec(message);
    if (lro?.[1] && (code === undefined || code === 'REQUEST_SEND_ERROR'))
        code = lro[1];
    const statusCode = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    return {
        ...(code !== undefined && { code }),
        ...(statusCode !== undefined && { statusCode }),
        message,
    };
}
/** Classifies an SDK error. */
function classifyArmError(error) {
    const { code, statusCode, message } = readArmError(error);
    if (code && deniedCodes.has(code))
        return 'denied';
    if (code && capacityCodes.has(code))
        return 'capacity';
    if (code === 'OperationNotAllowed' && /quota/i.test(message))
        return 'capacity';
    if (statusCode === 401 || statusCode === 403)
        return 'denied';
    if (statusCode === 404 || code === 'ResourceGroupNotFound' || code === 'ResourceNotFound') {
        return 'not-found';
    }
    if (statusCode === 429)
        return 'throttled';
    if (statusCode !== undefined && statusCode >= 500)
        return 'transient';
    if (code === 'REQUEST_SEND_ERROR' || code === 'ECONNRESET' || code === 'ETIMEDOUT')
        return 'transient';
    return 'other';
}
/** A hint naming what is missing, for `denied` errors. */
function deniedHint(code, message) {
    const action = /action '([^']+)'/.exec(message)?.[1];
    const scope = /scope '([^']+)'/.exec(message)?.[1];
    if (code === 'RequestDisallowedByPolicy') {
        const policy = /policy[^']*'([^']+)'/i.exec(message)?.[1];
        return `An Azure Policy${policy ? ` (${policy})` : ''} forbids this request. Ask the subscription owner for an exemption on the bench resource groups, or change the settings (region, size) to comply; see docs/azure.md.`;
    }
    return `The identity lacks a role${action ? ` for ${action}` : ''}${scope ? ` on ${scope}` : ''}. Assign Contributor on the subscription (or on the scope the bench groups are created in) to the app registration the workflow logs in with; see docs/azure.md.`;
}
/**
 * Delay before retrying after a `Retry-After` header value (seconds or HTTP date), or undefined
 * when absent or unreadable.
 */
function parseRetryAfterMs(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(value);
    return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
//# sourceMappingURL=classify-arm-error.js.map

/***/ }),

/***/ 2994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createArmContext: () => (/* binding */ createArmContext),
  sleepMs: () => (/* binding */ sleepMs)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-compute/dist/esm/index.js + 140 modules
var esm = __webpack_require__(9090);
// EXTERNAL MODULE: ./node_modules/@azure/arm-network/dist/esm/index.js + 176 modules
var dist_esm = __webpack_require__(1685);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resources/dist/esm/index.js + 24 modules
var arm_resources_dist_esm = __webpack_require__(4802);
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(9105);
;// CONCATENATED MODULE: ./lib/edges/azure/arm-retry-policy.js

/** Name of the policy in the pipeline. */
const armRetryPolicyName = 'benchArmRetryPolicy';
/** Whether a status is worth retrying. 501 and 505 are not transient. */
function isRetriableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}
/** Describes a request for the log (path only: the query may carry nothing secret, but keep lines short). */
function describe(request) {
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}`;
}
/** A pipeline policy retrying throttled and failed ARM requests, bounded and logged. */
function createArmRetryPolicy(options) {
    const maxRetries = options.maxRetries ?? 6;
    const baseDelayMs = options.baseDelayMs ?? 2_000;
    const maxDelayMs = options.maxDelayMs ?? 60_000;
    return {
        name: armRetryPolicyName,
        async sendRequest(request, next) {
            for (let retry = 0;; retry++) {
                let response;
                let failure;
                try {
                    response = await next(request);
                }
                catch (error) {
                    // Clients that deserialize inside the pipeline throw the error answer as a RestError.
                    const answered = error.response;
                    const code = error.code;
                    const dropped = answered === undefined &&
                        (code === 'REQUEST_SEND_ERROR' || code === 'ECONNRESET' || code === 'ETIMEDOUT');
                    const retriable = dropped || (answered !== undefined && isRetriableStatus(answered.status));
                    if (!retriable || retry >= maxRetries || request.abortSignal?.aborted)
                        throw error;
                    response = answered;
                    failure = error;
                }
                if (response &&
                    failure === undefined &&
                    (!isRetriableStatus(response.status) || retry >= maxRetries)) {
                    return response;
                }
                const retryAfterMs = response
                    ? (0,classify_arm_error/* parseRetryAfterMs */.oR)(response.headers.get('retry-after') ?? undefined, Date.now())
                    : undefined;
                const delayMs = Math.min(maxDelayMs, retryAfterMs ?? baseDelayMs * 2 ** retry);
                const reason = response
                    ? `answered ${response.status}${retryAfterMs !== undefined ? ` with Retry-After ${Math.round(retryAfterMs / 1000)} s` : ''}`
                    : `failed (${failure.message})`;
                options.log(`Azure ${describe(request)} ${reason}; retrying in ${delayMs} ms (retry ${retry + 1} of ${maxRetries})`);
                // Drain the failed answer so the connection can be reused.
                response?.readableStreamBody?.resume();
                await options.sleep(delayMs);
            }
        },
    };
}
//# sourceMappingURL=arm-retry-policy.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/arm-context.js




/** Waits `ms` milliseconds. */
function sleepMs(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Builds the three clients sharing one retry policy. */
function createArmContext(options) {
    const log = options.log ?? (() => undefined);
    const sleep = options.sleep ?? sleepMs;
    const retryPolicy = createArmRetryPolicy({
        log,
        sleep,
        ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
        ...(options.retryBaseDelayMs !== undefined && { baseDelayMs: options.retryBaseDelayMs }),
    });
    const common = {
        ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
        ...(options.ca !== undefined && { tlsOptions: { ca: options.ca } }),
        retryOptions: { maxRetries: 0 },
        additionalPolicies: [{ policy: retryPolicy, position: 'perCall' }],
        userAgentOptions: { userAgentPrefix: 'bench-action' },
    };
    return {
        subscriptionId: options.subscriptionId,
        resources: new arm_resources_dist_esm/* ResourceManagementClient */.h0(options.credential, options.subscriptionId, common),
        network: new dist_esm/* NetworkManagementClient */.D76(options.credential, options.subscriptionId, common),
        compute: new esm/* ComputeManagementClient */.Kx(options.credential, options.subscriptionId, common),
        log,
        sleep,
        pollIntervalMs: options.pollIntervalMs ?? 5_000,
    };
}
//# sourceMappingURL=arm-context.js.map

/***/ })

};
