export const id = 994;
export const ids = [994];
export const modules = {

/***/ 82994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createArmContext: () => (/* binding */ createArmContext),
  sleepMs: () => (/* binding */ sleepMs)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-authorization/dist/index.js
var dist = __webpack_require__(71043);
// EXTERNAL MODULE: ./node_modules/@azure/arm-compute/dist/esm/index.js + 125 modules
var esm = __webpack_require__(93760);
// EXTERNAL MODULE: ./node_modules/@azure/arm-msi/dist/esm/index.js + 10 modules
var dist_esm = __webpack_require__(54361);
// EXTERNAL MODULE: ./node_modules/@azure/arm-network/dist/esm/index.js + 176 modules
var arm_network_dist_esm = __webpack_require__(71685);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resources/dist/esm/index.js + 24 modules
var arm_resources_dist_esm = __webpack_require__(14802);
// EXTERNAL MODULE: ./node_modules/@azure/arm-storage/dist/esm/index.js + 65 modules
var arm_storage_dist_esm = __webpack_require__(69000);
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
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
/** Builds the clients, sharing one retry policy. */
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
        network: new arm_network_dist_esm/* NetworkManagementClient */.D76(options.credential, options.subscriptionId, common),
        compute: new esm/* ComputeManagementClient */.Kx(options.credential, options.subscriptionId, common),
        authorization: new dist/* AuthorizationManagementClient */.IK(options.credential, options.subscriptionId, common),
        msi: new dist_esm/* ManagedServiceIdentityClient */.Gs(options.credential, options.subscriptionId, common),
        storage: new arm_storage_dist_esm/* StorageManagementClient */.aJ(options.credential, options.subscriptionId, common),
        log,
        sleep,
        pollIntervalMs: options.pollIntervalMs ?? 5_000,
    };
}
//# sourceMappingURL=arm-context.js.map

/***/ })

};
