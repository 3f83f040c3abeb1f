export const id = 42;
export const ids = [42];
export const modules = {

/***/ 85042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAzureActionPipeline: () => (/* binding */ createAzureActionPipeline)
});

// UNUSED EXPORTS: DELETE_WAIT_MS, givenFromInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./lib/core/azure/run-names.js
var run_names = __webpack_require__(10119);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/azure/arm-context.js + 1 modules
var arm_context = __webpack_require__(82994);
// EXTERNAL MODULE: ./lib/edges/azure/cleanup.js
var cleanup = __webpack_require__(39094);
// EXTERNAL MODULE: ./lib/edges/azure/credentials.js
var credentials = __webpack_require__(70688);
;// CONCATENATED MODULE: ./lib/edges/azure/janitor.js
/**
 * The janitor: deletes run groups whose runner died before its post step could. It touches only
 * groups tagged `managed-by=bench-action` whose `expires-at` has passed, never anything by name.
 */


/** Deletes expired bench-action groups in the subscription. */
async function runJanitor(ctx, opts) {
    // Stryker disable next-line ObjectLiteral: equivalent, findRunGroups always requires the managed-by tag too
    const groups = await (0,cleanup/* findRunGroups */.bu)(ctx, { [run_names/* managedByTag */.B2.name]: run_names/* managedByTag */.B2.value });
    const result = { deleted: [], kept: [], failed: [] };
    // Stryker disable next-line EqualityOperator: equivalent, group names are unique, never equal
    for (const group of groups.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!(0,run_names/* isExpiredRunGroup */.Wf)(group.tags, opts.now)) {
            result.kept.push(group.name);
            continue;
        }
        // Stryker disable next-line StringLiteral: equivalent, an expired group always has expires-at
        const expiresAt = group.tags[run_names/* runTagNames */.iZ.expiresAt] ?? '?';
        if (opts.dryRun) {
            ctx.log(`Janitor (dry run): would delete ${group.name} (expired ${expiresAt})`);
        }
        else {
            ctx.log(`Janitor: deleting ${group.name} (expired ${expiresAt})`);
            try {
                await (0,cleanup/* deleteRunGroup */.Gb)(ctx, group.name, { waitMs: opts.waitMs ?? 0 });
            }
            catch (error) {
                // One stuck group (a lock, a policy) must not keep the janitor from the others.
                ctx.log(`Janitor: could not delete ${group.name}: ${error.message}`);
                result.failed.push(group.name);
                continue;
            }
        }
        result.deleted.push(group.name);
    }
    return result;
}
//# sourceMappingURL=janitor.js.map
// EXTERNAL MODULE: ./lib/edges/github/constants.js
var constants = __webpack_require__(56033);
// EXTERNAL MODULE: ./lib/action/workspace.js
var workspace = __webpack_require__(82955);
;// CONCATENATED MODULE: ./lib/action/azure-pipeline.js
/**
 * `provider: azure` as the action steps run it. The main step's `run` maps the inputs to a
 * cloud-run request (each setting named by its input, for messages) and runs it with deferred
 * clean-up: the group's name goes to action state before anything is created, and the post step
 * deletes the group. The post step's `cleanUp` deletes the group named in state (or found by the
 * step's tag when state was lost); `janitor` sweeps expired groups.
 */











/** How long the post step follows one deletion before calling it pending (Azure carries on). */
const DELETE_WAIT_MS = 150_000;
/** The federated credential: a fresh GitHub OIDC token on every token request. */
function oidcCredential(ids) {
    return (0,credentials/* createAzureCredential */.l)({
        tenantId: ids.tenantId,
        clientId: ids.clientId,
        // Asked afresh on every token request: a cached assertion expires during long runs.
        getIdToken: () => core/* getIDToken */.V9(credentials/* azureOidcAudience */.D),
    });
}
function defaultArmContext(subscriptionId, settings) {
    if (!settings.azure) {
        throw (0,errors/* inputError */.Xu)('AZURE_IDENTITY_MISSING', 'No Azure identity: azure-tenant-id, azure-client-id and azure-subscription-id are needed.');
    }
    const credential = oidcCredential(settings.azure);
    return (0,arm_context/* createArmContext */.o)({ credential, subscriptionId, log: (line) => core/* info */.pq(line) });
}
/** The runner bundle shipped with the action, else this package's (running from source). */
async function actionRunnerBundle() {
    const shipped = external_node_path_.join((0,workspace/* actionRoot */.Xu)(), 'dist', 'runner', 'index.js');
    if ((0,external_node_fs_.existsSync)(shipped))
        return shipped;
    const { findRunnerBundle } = await __webpack_require__.e(/* import() */ 332).then(__webpack_require__.bind(__webpack_require__, 99332));
    return findRunnerBundle();
}
/** The Azure settings as the inputs give them, each named by its input. */
function givenFromInputs(settings) {
    return {
        tenantId: { value: settings.azure?.tenantId, source: constants/* Inputs */.G0.azureTenantId },
        clientId: { value: settings.azure?.clientId, source: constants/* Inputs */.G0.azureClientId },
        subscriptionId: { value: settings.azure?.subscriptionId, source: constants/* Inputs */.G0.azureSubscriptionId },
        acrName: { value: settings.acrName, source: constants/* Inputs */.G0.acrName },
        storageAccount: { value: settings.storage?.account, source: constants/* Inputs */.G0.storageAccount },
        storageContainer: { value: settings.storage?.container, source: constants/* Inputs */.G0.storageContainer },
        vmIdentityResourceId: { value: settings.vmIdentityResourceId, source: constants/* Inputs */.G0.azureVmIdentity },
        vmSizes: { value: settings.vmSizes, source: constants/* Inputs */.G0.vmSizes },
        regions: { value: settings.regions, source: constants/* Inputs */.G0.regions },
        ...(settings.loadAgents !== undefined && {
            loadAgents: { value: settings.loadAgents, source: constants/* Inputs */.G0.loadAgents },
        }),
        ...(settings.runnerImage !== undefined && {
            runnerImage: { value: settings.runnerImage, source: constants/* Inputs */.G0.runnerImage },
        }),
    };
}
/** Runs the benchmark on Azure for the main step. */
async function runOnAzure(settings, context, options) {
    if (settings.configPath === undefined) {
        throw (0,errors/* inputError */.Xu)('CONFIG_REQUIRED', 'provider: azure needs a config file.', 'Set `config`, e.g. configs/reframe-pr.yml.');
    }
    const reportDir = (0,workspace/* actionReportDir */.Kk)(context.run);
    // Loaded here: the post step builds this pipeline for its clean-up, which needs ARM only.
    const { runCloudBenchmark } = await Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(698), __webpack_require__.e(752), __webpack_require__.e(110), __webpack_require__.e(618), __webpack_require__.e(422), __webpack_require__.e(411), __webpack_require__.e(884), __webpack_require__.e(310), __webpack_require__.e(905), __webpack_require__.e(332), __webpack_require__.e(387), __webpack_require__.e(67)]).then(__webpack_require__.bind(__webpack_require__, 6067));
    const result = await runCloudBenchmark({
        configPath: (0,workspace/* workspacePath */.X5)('config', settings.configPath),
        overrides: {
            ...(settings.levels ? { levels: settings.levels } : {}),
            ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
        },
        loadOptions: (0,workspace/* productLookup */.UK)(settings),
        ...(settings.image !== undefined && { image: settings.image }),
        ...(settings.baselineImage !== undefined && { baselineImage: settings.baselineImage }),
        given: givenFromInputs(settings),
        run: () => context.run,
        runUrl: context.run.runUrl,
        cleanup: 'deferred',
        reportDir,
        overwrite: true,
    }, {
        createCredential: options.createCredential ?? oidcCredential,
        ...(options.createArmContext && {
            createArmContext: ({ subscriptionId }) => options.createArmContext(subscriptionId, settings),
        }),
        ...(options.createBlob && { createBlob: options.createBlob }),
        ...(options.resolveImage && { resolveImage: options.resolveImage }),
        runnerBundlePath: options.runnerBundlePath ?? (await actionRunnerBundle()),
        // Names only: the post step deletes this group even if the main step dies from here on.
        recordState: (state) => context.saveState({
            resourceGroup: state.resourceGroup,
            subscriptionId: state.subscriptionId,
        }),
        log: (line) => core/* info */.pq(line),
        maskSecret: (value) => core/* setSecret */.Pq(value),
        signal: context.signal,
        ...(options.now && { now: options.now }),
        ...(options.runTiming && { runTiming: options.runTiming }),
    });
    context.saveState({ reportDir });
    return result;
}
/** Builds the Azure pipeline: `run` on Azure VMs, `cleanUp` for the post step, `janitor`. */
function createAzureActionPipeline(options = {}) {
    const armContext = options.createArmContext ?? defaultArmContext;
    const waitMs = options.deleteWaitMs ?? DELETE_WAIT_MS;
    return {
        run(settings, context) {
            return runOnAzure(settings, context, options);
        },
        async plan(settings, { run }) {
            if (settings.configPath === undefined) {
                throw (0,errors/* inputError */.Xu)('CONFIG_REQUIRED', 'mode: plan needs a config file.', 'Set `config`.');
            }
            const { describeCloudPlan } = await Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(698), __webpack_require__.e(752), __webpack_require__.e(110), __webpack_require__.e(618), __webpack_require__.e(422), __webpack_require__.e(411), __webpack_require__.e(884), __webpack_require__.e(310), __webpack_require__.e(905), __webpack_require__.e(332), __webpack_require__.e(387), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 7650));
            const described = await describeCloudPlan({
                configPath: (0,workspace/* workspacePath */.X5)('config', settings.configPath),
                overrides: {
                    ...(settings.levels ? { levels: settings.levels } : {}),
                    ...(settings.durationMs !== undefined ? { durationMs: settings.durationMs } : {}),
                },
                loadOptions: (0,workspace/* productLookup */.UK)(settings),
                ...(settings.image !== undefined && { image: settings.image }),
                ...(settings.baselineImage !== undefined && { baselineImage: settings.baselineImage }),
                given: givenFromInputs(settings),
                run: () => run,
                runUrl: run.runUrl,
                now: (options.now ?? (() => new Date()))(),
            });
            const notes = described.notes.map((note) => `> [!NOTE]\n> ${note}\n`).join('\n');
            return {
                summaryMarkdown: `### Azure plan (nothing was created)\n\n${notes}\n\`\`\`text\n${described.text}\n\`\`\`\n`,
            };
        },
        async preflight(settings) {
            const [{ runPreflightRequest }, { renderPreflightChecklist }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(960), __webpack_require__.e(698), __webpack_require__.e(752), __webpack_require__.e(110), __webpack_require__.e(618), __webpack_require__.e(422), __webpack_require__.e(411), __webpack_require__.e(884), __webpack_require__.e(310), __webpack_require__.e(905), __webpack_require__.e(332), __webpack_require__.e(387)]).then(__webpack_require__.bind(__webpack_require__, 99387)),
                __webpack_require__.e(/* import() */ 688).then(__webpack_require__.bind(__webpack_require__, 55688)),
            ]);
            const report = await runPreflightRequest({
                ...(settings.configPath !== undefined && {
                    configPath: (0,workspace/* workspacePath */.X5)('config', settings.configPath),
                }),
                loadOptions: (0,workspace/* productLookup */.UK)(settings),
                ...(settings.image !== undefined && { image: settings.image }),
                given: givenFromInputs(settings),
            }, {
                createCredential: options.createCredential ?? oidcCredential,
                ...(options.createArmContext && {
                    createArmContext: ({ subscriptionId }) => options.createArmContext(subscriptionId, settings),
                }),
                ...(options.createBlob && { createBlob: options.createBlob }),
                ...(options.resolveImage && { resolveImage: options.resolveImage }),
                log: (line) => core/* info */.pq(line),
            });
            return { ok: report.ok, checklist: renderPreflightChecklist(report) };
        },
        async cleanUp(state, context) {
            const subscriptionId = state.subscriptionId ?? context.settings.azure?.subscriptionId;
            if (subscriptionId === undefined) {
                return { deleted: [], pending: [], message: 'No Azure subscription: nothing to clean up.' };
            }
            const ctx = armContext(subscriptionId, context.settings);
            let groups;
            if (state.resourceGroup !== undefined) {
                groups = [state.resourceGroup];
            }
            else {
                const runId = (0,run_names/* formatBenchRunId */.yi)(context.run);
                const found = await (0,cleanup/* findRunGroups */.bu)(ctx, { [run_names/* runTagNames */.iZ.benchRunId]: runId });
                groups = found.map((group) => group.name);
                if (groups.length === 0) {
                    return {
                        deleted: [],
                        pending: [],
                        message: `No resource group is tagged ${run_names/* runTagNames */.iZ.benchRunId}=${runId}: nothing to clean up.`,
                    };
                }
            }
            const result = { deleted: [], pending: [], message: '' };
            for (const group of groups) {
                try {
                    const outcome = await (0,cleanup/* deleteRunGroup */.Gb)(ctx, group, { waitMs });
                    (outcome.deleted ? result.deleted : result.pending).push(group);
                }
                catch (error) {
                    // One failure must not stop the other deletions; the post step warns about it.
                    core/* warning */.$e((0,errors/* errorDetails */.nf)(error));
                    result.pending.push(group);
                }
            }
            result.message =
                result.pending.length === 0
                    ? `Deleted ${result.deleted.join(', ')}.`
                    : `Deleted ${result.deleted.join(', ') || 'nothing'}; not confirmed: ${result.pending.join(', ')}.`;
            return result;
        },
        async janitor(settings) {
            const subscriptionId = settings.azure?.subscriptionId ?? '';
            const ctx = armContext(subscriptionId, settings);
            const swept = await runJanitor(ctx, {
                dryRun: false,
                now: (options.now ?? (() => new Date()))(),
            });
            return {
                deleted: swept.deleted,
                pending: swept.failed,
                message: `Janitor: started deleting ${swept.deleted.length} expired group(s), kept ${swept.kept.length} unexpired, ${swept.failed.length} refused.`,
            };
        },
    };
}
//# sourceMappingURL=azure-pipeline.js.map

/***/ }),

/***/ 79105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ RUN_PROVIDER_NAMESPACES),
/* harmony export */   X6: () => (/* binding */ classifyArmError),
/* harmony export */   oR: () => (/* binding */ parseRetryAfterMs),
/* harmony export */   p_: () => (/* binding */ readArmError),
/* harmony export */   vU: () => (/* binding */ deniedHint)
/* harmony export */ });
/* unused harmony exports unregisteredNamespace, linkedAuthorizationGap */
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
    // A subscription that never used a provider: registering it is a set-up step, not a retry.
    'MissingSubscriptionRegistration',
]);
/** Resource providers the runs use, in the order `az provider register` should run. */
const RUN_PROVIDER_NAMESPACES = [
    'Microsoft.Compute',
    'Microsoft.Network',
    'Microsoft.ManagedIdentity',
    'Microsoft.Storage',
    'Microsoft.ContainerRegistry',
];
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
/** The namespace a MissingSubscriptionRegistration names, e.g. `Microsoft.Compute`. */
function unregisteredNamespace(message) {
    return /namespace '([^']+)'/.exec(message)?.[1];
}
/** What a LinkedAuthorizationFailed lacks: the action after "does not have permission" and the linked scope. */
function linkedAuthorizationGap(message) {
    const missing = /does not have permission to perform action '([^']+)'/.exec(message);
    if (!missing?.[1])
        return undefined;
    const scope = /on the linked scope\(s\) '([^']+)'/.exec(message)?.[1];
    return { action: missing[1], ...(scope !== undefined && { scope }) };
}
/** A hint naming what is missing, for `denied` errors. */
function deniedHint(code, message) {
    if (code === 'RequestDisallowedByPolicy') {
        const policy = /policy[^']*'([^']+)'/i.exec(message)?.[1];
        return `An Azure Policy${policy ? ` (${policy})` : ''} forbids this request. Ask the subscription owner for an exemption on the bench resource groups, or change the settings (region, size) to comply; see docs/azure.md.`;
    }
    if (code === 'MissingSubscriptionRegistration') {
        const named = unregisteredNamespace(message);
        const namespaces = named ? [named] : [...RUN_PROVIDER_NAMESPACES];
        return `The subscription has not registered ${namespaces.join(', ')}. Run ${namespaces.map((ns) => `\`az provider register --namespace ${ns}\``).join(', ')} (once per subscription; needs Contributor), or \`bench setup azure\`, which registers every provider the runs use; see docs/azure.md.`;
    }
    if (code === 'LinkedAuthorizationFailed') {
        // The message names the permitted action first; the missing one follows "does not have permission".
        const gap = linkedAuthorizationGap(message);
        if (gap) {
            const role = /userAssignedIdentities\/assign\/action/i.test(gap.action)
                ? 'Managed Identity Operator'
                : 'a role that grants it';
            return `The identity may create the resource but lacks ${gap.action}${gap.scope ? ` on ${gap.scope}` : ''}. Assign ${role} on that scope to the identity the workflow logs in with (bench setup azure does); see docs/azure.md, Roles.`;
        }
    }
    const action = /action '([^']+)'/.exec(message)?.[1];
    const scope = /scope '([^']+)'/.exec(message)?.[1];
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
/* harmony export */   mc: () => (/* binding */ attemptNic),
/* harmony export */   yi: () => (/* binding */ formatBenchRunId)
/* harmony export */ });
/* unused harmony export maxGroupNameLength */
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

/***/ 82994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ createArmContext)
});

// UNUSED EXPORTS: sleepMs

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

/***/ }),

/***/ 39094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ deleteRunGroup),
/* harmony export */   bu: () => (/* binding */ findRunGroups)
/* harmony export */ });
/* unused harmony export forceDeletionTypes */
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
    // A failed or cancelled operation makes poll() throw (@azure/core-lro 3.x), so this only
    // guards against a poller that stops otherwise; no ARM answer reaches it.
    // Stryker disable next-line ConditionalExpression: equivalent, see above
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
