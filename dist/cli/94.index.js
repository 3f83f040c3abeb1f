export const id = 94;
export const ids = [94];
export const modules = {

/***/ 10119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ runResourceNames),
/* harmony export */   B2: () => (/* binding */ managedByTag),
/* harmony export */   Pn: () => (/* binding */ buildRunTags),
/* harmony export */   Ri: () => (/* binding */ runCommandNames),
/* harmony export */   Wf: () => (/* binding */ isExpiredRunGroup),
/* harmony export */   Wv: () => (/* binding */ allRunCommandNames),
/* harmony export */   g5: () => (/* binding */ buildRunGroupName),
/* harmony export */   iZ: () => (/* binding */ runTagNames),
/* harmony export */   mc: () => (/* binding */ attemptNic)
/* harmony export */ });
/* unused harmony exports maxGroupNameLength, formatBenchRunId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/**
 * Names and tags of a run's resource group. Deterministic from the GitHub run so that the post
 * step, a re-run and the janitor all agree on them without shared state.
 */

/** Azure's limit on resource group names. */
const maxGroupNameLength = 90;
/** Tag that marks everything this project created; the janitor deletes nothing without it. */
const managedByTag = { name: 'managed-by', value: 'bench-action' };
/** Tag names set on every run group. */
const runTagNames = {
    /** Always `bench-action`. */
    managedBy: 'managed-by',
    /** Link back to the workflow run, for a human finding the group in the portal. */
    runUrl: 'run-url',
    /** ISO time of creation. */
    createdAt: 'created-at',
    /** ISO time after which the janitor may delete the group. */
    expiresAt: 'expires-at',
    /** `<repository>/<runId>/<attempt>/<job>`: finds the group when the recorded state was lost. */
    benchRunId: 'bench-run-id',
};
/** Keeps lower-case letters, digits and single hyphens (a subset of what Azure allows everywhere). */
function sanitize(part) {
    return part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** Short stable digest so that names shortened or merged by sanitizing stay distinct. */
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 10);
}
/** The `bench-run-id` tag value of a run. */
function formatBenchRunId(run) {
    return `${run.repository}/${run.runId}/${run.runAttempt}/${run.job}`;
}
/**
 * Resource group name `bench-<repo>-<runId>-<attempt>-<job>`, sanitized; when longer than 90
 * characters the repository and job parts are cut and a hash of the full identity is appended.
 */
function buildRunGroupName(run) {
    const repo = sanitize(run.repository.split('/').pop() ?? run.repository) || 'repo';
    const runPart = `${sanitize(run.runId) || '0'}-${Math.max(1, Math.trunc(run.runAttempt))}`;
    const job = sanitize(run.job) || 'job';
    const full = `bench-${repo}-${runPart}-${job}`;
    if (full.length <= maxGroupNameLength)
        return full;
    const hash = shortHash(formatBenchRunId(run));
    // Fixed parts: "bench-" + "-" + runPart + "-" + "-" + hash.
    const budget = maxGroupNameLength - 'bench-'.length - runPart.length - hash.length - 3;
    const repoBudget = Math.max(1, Math.floor(budget / 2));
    const jobBudget = Math.max(1, budget - repoBudget);
    const cut = (s, n) => s.slice(0, n).replace(/-+$/, '') || 'x';
    return `bench-${cut(repo, repoBudget)}-${runPart}-${cut(job, jobBudget)}-${hash}`.slice(0, maxGroupNameLength);
}
/** Tags set on the run's resource group at creation. */
function buildRunTags(input) {
    const expires = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
    return {
        [runTagNames.managedBy]: managedByTag.value,
        // Azure caps tag values at 256 characters.
        [runTagNames.runUrl]: input.runUrl.slice(0, 256),
        [runTagNames.createdAt]: input.now.toISOString(),
        [runTagNames.expiresAt]: expires.toISOString(),
        [runTagNames.benchRunId]: formatBenchRunId(input.run).slice(0, 256),
    };
}
/** Whether a group's tags say it is ours and past its `expires-at` (unparsable dates never expire). */
function isExpiredRunGroup(tags, now) {
    if (!tags || tags[runTagNames.managedBy] !== managedByTag.value)
        return false;
    const expiresAt = tags[runTagNames.expiresAt];
    if (expiresAt === undefined)
        return false;
    const expiresMs = Date.parse(expiresAt);
    return Number.isFinite(expiresMs) && expiresMs <= now.getTime();
}
/**
 * Names of the resources inside a run group. Network resources carry their region so that a
 * fallback to the next region can build its own network next to the first one (both go with
 * the group). VM names are fixed because a failed VM is deleted before the next try; NICs are
 * not: Azure keeps the NIC of a failed VM create reserved for that VM for 180 s
 * (NicReservedForAnotherVm), so each attempt gets its own (`attemptNic`) and the failed one is
 * left to the group's deletion.
 */
const runResourceNames = {
    /** Virtual network in `region`. */
    vnet: (region) => `bench-vnet-${region}`,
    /** The one subnet of each VNet. */
    subnet: 'bench-subnet',
    /** Network security group on the subnet in `region`. */
    nsg: (region) => `bench-nsg-${region}`,
    /** NAT gateway giving the subnet in `region` outbound access. */
    natGateway: (region) => `bench-nat-${region}`,
    /** Public IP of the NAT gateway in `region` (outbound only). */
    natPublicIp: (region) => `bench-nat-ip-${region}`,
    /** Proximity placement group in `region`, keeping product and load VMs close. */
    placementGroup: (region) => `bench-ppg-${region}`,
    /** The product VM. */
    productVm: 'bench-product',
    /** NIC of the product VM. */
    productNic: 'bench-product-nic',
    /** Load VM number `index` (0-based). */
    loadVm: (index) => `bench-load-${index + 1}`,
    /** NIC of load VM number `index` (0-based). */
    loadNic: (index) => `bench-load-${index + 1}-nic`,
};
/** The NIC of attempt `attempt` (from 1) of a VM whose first NIC is `base`: `base`, `base-2`, ... */
function attemptNic(base, attempt) {
    return attempt <= 1 ? base : `${base}-${attempt}`;
}
/** Names of the managed run commands of a run, one place for the edges, the plan and the logs. */
const runCommandNames = {
    /** Waits for the product VM's cloud-init to report healthy. */
    productReady: 'bench-product-ready',
    /** Waits for load VM number `index` (0-based) to be prepared. */
    loadReady: (index) => `bench-load-ready-${index + 1}`,
    /** The runner on load VM number `index` (0-based). */
    runner: (index) => `bench-runner-${index + 1}`,
    /** Uploads the product VM's samples. */
    samplesUpload: 'bench-samples-upload',
};
/** Every run command a run with `loadAgents` load VMs starts, in order. */
function allRunCommandNames(loadAgents) {
    const agents = Array.from({ length: loadAgents }, (_, i) => i);
    return [
        runCommandNames.productReady,
        ...agents.map(runCommandNames.loadReady),
        ...agents.map(runCommandNames.runner),
        runCommandNames.samplesUpload,
    ];
}
//# sourceMappingURL=run-names.js.map

/***/ }),

/***/ 39094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteRunGroup: () => (/* binding */ deleteRunGroup),
/* harmony export */   findRunGroups: () => (/* binding */ findRunGroups),
/* harmony export */   forceDeletionTypes: () => (/* binding */ forceDeletionTypes)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79105);
/* harmony import */ var _core_azure_run_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10119);
/**
 * Deletes a run's resource group: idempotent (an absent group is a success), with VMs
 * force-deleted, and a bounded wait so the post step finishes inside GitHub's limits even when
 * Azure takes its time (the deletion carries on in Azure; the janitor is the backstop).
 */



/** ARM asks that resource groups with VMs be force-deleted this way (faster, no VM shutdown). */
const forceDeletionTypes = 'Microsoft.Compute/virtualMachines';
/** Turns a deletion error into an actionable BenchError. */
function deletionError(error, name) {
    const facts = (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .readArmError */ .p_)(error);
    const denied = (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyArmError */ .X6)(error) === 'denied';
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR(denied ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_CLEANUP_FAILED', `Could not delete resource group ${name}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, denied
        ? (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .deniedHint */ .vU)(facts.code, facts.message)
        : `Delete it by hand (az group delete -n ${name} --force-deletion-types ${forceDeletionTypes}) or let the janitor remove it after its expires-at tag.`, { cause: error });
}
/** Starts deleting a run group and follows it for up to `waitMs`. */
async function deleteRunGroup(ctx, name, opts) {
    ctx.log(`Deleting resource group ${name} (force-deleting VMs)`);
    let poller;
    try {
        poller = await ctx.resources.resourceGroups.beginDelete(name, {
            forceDeletionTypes,
            updateIntervalInMs: ctx.pollIntervalMs,
        });
    }
    catch (error) {
        if ((0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyArmError */ .X6)(error) === 'not-found') {
            ctx.log(`Resource group ${name} does not exist: nothing to delete`);
            return { deleted: true, pending: false };
        }
        throw deletionError(error, name);
    }
    // Waits are counted in poll intervals of the injected sleep, so tests need no clock.
    let waitedMs = 0;
    try {
        while (!poller.isDone()) {
            if (waitedMs >= opts.waitMs) {
                ctx.log(`Resource group ${name} is still being deleted after ${waitedMs} ms; Azure carries on`);
                return { deleted: false, pending: true };
            }
            await ctx.sleep(ctx.pollIntervalMs);
            waitedMs += ctx.pollIntervalMs;
            await poller.poll();
        }
    }
    catch (error) {
        if ((0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyArmError */ .X6)(error) === 'not-found')
            return { deleted: true, pending: false };
        throw deletionError(error, name);
    }
    const state = poller.getOperationState();
    if (state.status !== 'succeeded')
        throw deletionError(state.error ?? new Error(state.status), name);
    ctx.log(`Resource group ${name} deleted`);
    return { deleted: true, pending: false };
}
/** Quotes a value inside an OData string literal. */
function odataString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * Groups carrying `managed-by=bench-action` and every tag given (e.g. `bench-run-id`), for when
 * the recorded state was lost. ARM filters on one tag; the rest is checked here.
 */
async function findRunGroups(ctx, tags) {
    const wanted = { [_core_azure_run_names_js__WEBPACK_IMPORTED_MODULE_2__/* .runTagNames */ .iZ.managedBy]: _core_azure_run_names_js__WEBPACK_IMPORTED_MODULE_2__/* .managedByTag */ .B2.value, ...tags };
    const [firstName, firstValue] = Object.entries(tags)[0] ?? [
        _core_azure_run_names_js__WEBPACK_IMPORTED_MODULE_2__/* .managedByTag */ .B2.name,
        _core_azure_run_names_js__WEBPACK_IMPORTED_MODULE_2__/* .managedByTag */ .B2.value,
    ];
    const filter = `tagName eq ${odataString(firstName)} and tagValue eq ${odataString(firstValue)}`;
    const found = [];
    try {
        for await (const group of ctx.resources.resourceGroups.list({ filter })) {
            const groupTags = group.tags ?? {};
            if (!group.name)
                continue;
            if (Object.entries(wanted).every(([k, v]) => groupTags[k] === v)) {
                found.push({
                    name: group.name,
                    tags: groupTags,
                    ...(group.properties?.provisioningState && {
                        provisioningState: group.properties.provisioningState,
                    }),
                });
            }
        }
    }
    catch (error) {
        const facts = (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .readArmError */ .p_)(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR((0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyArmError */ .X6)(error) === 'denied' ? 'AZURE_AUTHORIZATION_FAILED' : 'AZURE_REQUEST_FAILED', `Could not list resource groups: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, (0,_core_azure_classify_arm_error_js__WEBPACK_IMPORTED_MODULE_1__/* .deniedHint */ .vU)(facts.code, facts.message), { cause: error });
    }
    return found;
}
//# sourceMappingURL=cleanup.js.map

/***/ })

};
