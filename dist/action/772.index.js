export const id = 772;
export const ids = [772];
export const modules = {

/***/ 30489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ resolveProvider)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_config_parse_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11600);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82955);
/**
 * The provider of a run: the `provider` input when given (an input left empty means "the
 * config's", actions/checkout's convention), else the config's `cloud.provider` (`local` when the
 * config sets none). `mode: janitor` only cleans Azure; a `product` without a config is only
 * enough for an Azure run.
 */



/** The provider the step runs with. An unreadable config gives `local`: its run reports why. */
async function resolveProvider(settings) {
    if (settings.provider !== undefined)
        return settings.provider;
    if (settings.mode === 'janitor' || settings.mode === 'preflight')
        return 'azure';
    if (settings.configPath === undefined)
        return 'azure';
    const file = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)('config', settings.configPath);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return 'local';
    return (0,_core_config_parse_config_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfig */ .o4)(text, file).config?.cloud.provider ?? 'local';
}
//# sourceMappingURL=provider.js.map

/***/ }),

/***/ 46682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runIdentityFor)
/* harmony export */ });
/* unused harmony export stepKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/**
 * What makes a step's resource group and artifact its own. Actions cannot read the `matrix`
 * context, and two bench steps of one job share `GITHUB_JOB`; but every input reaches the
 * action, and `GITHUB_ACTION` (the step's id) differs between steps and is the same in the main
 * and post runs of one step (actions/runner `StepsRunner.cs` sets it from the action for both).
 * So a hash of every input (the token excepted) and the step id tells steps and matrix legs
 * apart, and the post step computes the same one from the same inputs.
 */

/** The key of a step: every setting but the token, and the step id; stable across main and post. */
function stepKey(settings, stepId) {
    const { githubToken: _secret, ...inputs } = settings;
    const sorted = Object.fromEntries(Object.entries(inputs)
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return JSON.stringify({ step: stepId, inputs: sorted });
}
/**
 * The workflow run with the job made unique per step and matrix leg (`<job>-<8 hex>`), so every
 * step gets its own resource group and artifact, and its post step finds its own group by tag.
 */
function runIdentityFor(run, settings, stepId) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(stepKey(settings, stepId)).digest('hex').slice(0, 8);
    return { ...run, job: `${run.job}-${hash}` };
}
//# sourceMappingURL=run-identity.js.map

/***/ }),

/***/ 82253:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bs: () => (/* binding */ resolveServices)
});

// UNUSED EXPORTS: createDefaultPipeline, createDefaultReportStore

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/remote/plan-codec.js
var plan_codec = __webpack_require__(82536);
// EXTERNAL MODULE: ./lib/core/remote/report-index.js
var report_index = __webpack_require__(67971);
// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
// EXTERNAL MODULE: ./lib/edges/azure/blob-service-client.js
var blob_service_client = __webpack_require__(44005);
;// CONCATENATED MODULE: ./lib/edges/azure/blob-report-store.js
/**
 * The report store on Azure Blob: report folders under `reportPath(...)`, one index per product
 * updated with conditional writes (ETag) so matrix jobs publishing at the same time never lose
 * each other's entries. Layout and formats: docs/storage.md.
 */







/** Uploads at most this many files at once. */
const UPLOAD_CONCURRENCY = 4;
const CONTENT_TYPES = {
    '.json': 'application/json; charset=utf-8',
    '.csv': 'text/csv; charset=utf-8',
    '.md': 'text/markdown; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.hlog': 'text/plain; charset=utf-8',
    '.log': 'text/plain; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
};
/** Jittered exponential back-off: about 200 ms, 400 ms, 800 ms … capped at 5 s. */
function defaultRetryDelayMs(attempt) {
    const base = Math.min(5_000, 100 * 2 ** attempt);
    return base / 2 + Math.random() * (base / 2);
}
/** A `ReportStore` on a Blob container. */
function createBlobReportStore(options) {
    const service = (0,blob_service_client/* createBlobServiceClient */.q5)(options);
    const container = service.getContainerClient(options.container);
    const maxEntries = options.maxIndexEntries ?? report_index/* MAX_INDEX_ENTRIES */.Vk;
    const maxAttempts = options.maxIndexAttempts ?? 8;
    const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    const delay = options.delay ?? blob_service_client/* sleepMs */.Mb;
    const log = options.log ?? (() => undefined);
    const now = options.now ?? (() => new Date());
    let containerReady;
    const ensureContainer = () => (containerReady ??= container.createIfNotExists().catch((error) => {
        // Forget a failed attempt so the next call tries again instead of failing forever.
        containerReady = undefined;
        throw error;
    }));
    async function readIndexWithEtag(blobName, product) {
        const found = await (0,blob_service_client/* downloadTextIfExists */.JQ)(service, options.container, blobName);
        if (!found)
            return { index: (0,report_index/* emptyReportIndex */.oF)(product, now()), etag: undefined };
        return { index: (0,report_index/* decodeReportIndex */.Xw)(found.text, blobName), etag: found.etag };
    }
    /** Writes only if the blob is still at `etag` (or still absent); false on a lost race. */
    async function writeIfUnchanged(blobName, index, etag) {
        const body = JSON.stringify(index, null, 1);
        try {
            await container.getBlockBlobClient(blobName).upload(body, Buffer.byteLength(body), {
                blobHTTPHeaders: { blobContentType: CONTENT_TYPES['.json'] },
                conditions: etag === undefined ? { ifNoneMatch: '*' } : { ifMatch: etag },
            });
            return true;
        }
        catch (error) {
            const status = (0,blob_service_client/* blobErrorStatus */.yh)(error);
            // 412: someone wrote since we read. 409: someone created it since we saw it absent.
            if (status === 412 || status === 409)
                return false;
            throw error;
        }
    }
    /** Read, change, conditional write; repeated (bounded) while other writers get there first. */
    async function updateConditionally(blobName, product, change) {
        for (let attempt = 1;; attempt++) {
            const { index, etag } = await readIndexWithEtag(blobName, product);
            const next = await change(index);
            if (await writeIfUnchanged(blobName, next, etag))
                return next;
            if (attempt >= maxAttempts) {
                throw new errors/* BenchError */.LR('REPORT_INDEX_CONFLICT', `${blobName} changed under every one of ${maxAttempts} attempts to update it`, 'Another job keeps writing the same index; publish again later (the report itself ' +
                    'was uploaded and only its index entry is missing).');
            }
            const waitMs = retryDelayMs(attempt);
            log(`${blobName} was changed by another writer; retrying the update ` +
                `(attempt ${attempt + 1} of ${maxAttempts}) in ${Math.round(waitMs)} ms`);
            await delay(waitMs);
        }
    }
    async function archiveEntries(product, evicted) {
        for (const [month, entries] of (0,report_index/* groupByMonth */.vf)(evicted)) {
            const blobName = (0,report_index/* archiveBlobName */.V2)(product, month);
            await updateConditionally(blobName, product, (archive) => Promise.resolve((0,report_index/* mergeArchiveEntries */.dU)(archive, entries, now())));
            log(`moved ${entries.length} older index entries of ${product} to ${blobName}`);
        }
    }
    return {
        async uploadReportDir(localDir, remotePrefix) {
            await ensureContainer();
            const prefix = remotePrefix.replace(/^\/+|\/+$/g, '');
            const files = (await listFilesRecursive(localDir)).sort();
            if (files.length === 0) {
                throw new errors/* BenchError */.LR('REPORT_DIR_EMPTY', `${localDir} holds no files to upload`, 'Write the report (result.json and its renderings) before publishing it.');
            }
            const queue = [...files];
            const worker = async () => {
                for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
                    const data = await (0,promises_.readFile)((0,external_node_path_.join)(localDir, ...file.split('/')));
                    const contentType = CONTENT_TYPES[(0,external_node_path_.extname)(file).toLowerCase()] ?? 'application/octet-stream';
                    await container.getBlockBlobClient(`${prefix}/${file}`).uploadData(data, {
                        blobHTTPHeaders: { blobContentType: contentType },
                    });
                }
            };
            await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, files.length) }, worker));
            return { url: `${container.url}/${prefix}/`, files };
        },
        async uploadFile(remotePath, text) {
            await ensureContainer();
            const name = remotePath.replace(/^\/+/, '');
            const blob = container.getBlockBlobClient(name);
            await blob.uploadData(Buffer.from(text, 'utf8'), {
                blobHTTPHeaders: {
                    blobContentType: CONTENT_TYPES[(0,external_node_path_.extname)(name).toLowerCase()] ?? 'text/plain; charset=utf-8',
                },
            });
            return `${container.url}/${name}`;
        },
        async readIndex(product) {
            return (await readIndexWithEtag((0,report_index/* indexBlobName */.n)(product), product)).index;
        },
        async updateIndex(entry) {
            await ensureContainer();
            // Archives are written before the live index: if the index write then loses a race, the
            // retry archives the same entries again, which merging by path makes harmless.
            return updateConditionally((0,report_index/* indexBlobName */.n)(entry.product), entry.product, async (index) => {
                const { index: next, evicted } = (0,report_index/* addIndexEntry */.yM)(index, entry, now(), maxEntries);
                if (evicted.length > 0)
                    await archiveEntries(entry.product, evicted);
                return next;
            });
        },
        async findBaseline(query) {
            const { index } = await readIndexWithEtag((0,report_index/* indexBlobName */.n)(query.product), query.product);
            return (0,report_index/* findBaselineEntry */.v2)(index, query);
        },
        async downloadResult(entryPath) {
            const blobName = `${entryPath.replace(/^\/+|\/+$/g, '')}/result.json`;
            const found = await (0,blob_service_client/* downloadTextIfExists */.JQ)(service, options.container, blobName);
            if (!found) {
                throw new errors/* BenchError */.LR('REPORT_NOT_FOUND', `No report at ${blobName} in container ${options.container}`, 'The index names a report that was deleted or never fully uploaded; remove its entry ' +
                    'from the index or publish that run again.');
            }
            let json;
            try {
                json = JSON.parse(found.text);
            }
            catch (error) {
                throw reportInvalid(blobName, `is not JSON (${error.message})`, error);
            }
            const parsed = model/* RunReportSchema */.bq.safeParse(json);
            if (!parsed.success) {
                throw reportInvalid(blobName, `is not a valid report: ${(0,plan_codec/* describeIssues */.wF)(parsed.error)}`, parsed.error);
            }
            return parsed.data;
        },
    };
}
function reportInvalid(blobName, what, cause) {
    return new errors/* BenchError */.LR('STORED_REPORT_INVALID', `${blobName} ${what}`, 'The stored report is corrupt or from a release with another result schema; compare ' +
        'against a newer baseline or re-run the base branch.', { cause });
}
/** Files under `dir`, relative, `/`-separated. */
async function listFilesRecursive(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        throw new errors/* BenchError */.LR('REPORT_DIR_MISSING', `Cannot read the report folder ${dir}: ${error.message}`, 'Pass the folder the report was written to (the `report-dir` output of the run).', { cause: error });
    }
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.relative)(dir, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/'));
}
//# sourceMappingURL=blob-report-store.js.map
// EXTERNAL MODULE: ./lib/edges/azure/credentials.js
var credentials = __webpack_require__(70688);
// EXTERNAL MODULE: ./lib/edges/github/octokit.js
var octokit = __webpack_require__(75277);
// EXTERNAL MODULE: ./lib/edges/github/report-artifact.js
var report_artifact = __webpack_require__(64019);
;// CONCATENATED MODULE: ./lib/action/services.js
/**
 * Everything the action's steps talk to, with the defaults in one place: the pipeline for the
 * provider, the artifact uploader, the GitHub client for the PR comment and the report history
 * store. Tests pass their own through the exported `run` (dependency injection); the bundle
 * has no other way in.
 */






/** The built-in pipeline for the provider; each is loaded only when used. */
async function createDefaultPipeline(settings) {
    if (settings.provider === 'local' || settings.provider === 'url') {
        const { createLocalActionPipeline } = await __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 18276));
        return createLocalActionPipeline();
    }
    const { createAzureActionPipeline } = await Promise.all(/* import() */[__webpack_require__.e(970), __webpack_require__.e(42)]).then(__webpack_require__.bind(__webpack_require__, 85042));
    return createAzureActionPipeline();
}
/** The default history store: Blob on the settings' account, signed in with GitHub OIDC. */
function createDefaultReportStore(settings) {
    const storage = settings.storage;
    if (!storage) {
        throw (0,errors/* inputError */.Xu)('HISTORY_STORAGE_MISSING', 'History in Blob needs a storage account and container.');
    }
    if (!settings.azure) {
        throw (0,errors/* inputError */.Xu)('HISTORY_IDENTITY_MISSING', 'History in Blob needs an Azure identity to sign in to the storage account.');
    }
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw (0,errors/* inputError */.Xu)('OIDC_UNAVAILABLE', 'The runner offers no OIDC token to sign in to the storage account.', 'Add `permissions: id-token: write` to the job.');
    }
    const ids = settings.azure;
    const credential = (0,credentials/* createAzureCredential */.l)({
        tenantId: ids.tenantId,
        clientId: ids.clientId,
        // Asked afresh on every token request, as for the run itself.
        getIdToken: () => core/* getIDToken */.V9(credentials/* azureOidcAudience */.D),
    });
    return createBlobReportStore({
        accountUrl: `https://${storage.account}.blob.core.windows.net`,
        credential,
        container: storage.container,
        log: (line) => core/* info */.pq(line),
    });
}
/** The services for this process: the given ones, the defaults for the rest. */
function resolveServices(deps) {
    return {
        createPipeline: deps.createPipeline ?? createDefaultPipeline,
        uploader: deps.uploader ?? (0,report_artifact/* createDefaultUploader */.iq)(),
        createClient: deps.createClient ?? octokit/* createGitHubClient */.L,
        createReportStore: deps.createReportStore ?? createDefaultReportStore,
    };
}
//# sourceMappingURL=services.js.map

/***/ }),

/***/ 82955:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   Kk: () => (/* binding */ actionReportDir),
/* harmony export */   UK: () => (/* binding */ productLookup),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   Xu: () => (/* binding */ actionRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/**
 * Where the action finds things on the runner. The step runs in the caller's repository
 * (`GITHUB_WORKSPACE`); the action itself is checked out elsewhere
 * (`_actions/<owner>/<repo>/<ref>`), and ships the products catalogue there, so a product
 * repository with only its config still finds `product: reframe`.
 */




/** The caller's checked-out repository: relative paths of inputs are resolved from it. */
function workspaceOf(env = process.env) {
    return env.GITHUB_WORKSPACE ?? process.cwd();
}
/**
 * The action's own directory: `GITHUB_ACTION_PATH` when set, else the one that holds this
 * bundle. The runner sets `GITHUB_ACTION_PATH` only for composite actions (actions/runner,
 * `Handlers/CompositeActionHandler.cs`); a node action runs `node <action dir>/<main>`, so the
 * bundle's own location is what finds the shipped catalogue in practice.
 */
function actionRoot(env = process.env) {
    if (env.GITHUB_ACTION_PATH)
        return env.GITHUB_ACTION_PATH;
    // dist/action/<chunk>.js in the bundle, src/action/workspace.ts from source: two levels up.
    return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), '..', '..');
}
/**
 * Where products are looked up: the `products-dir` input first, then `products/` above the
 * config (the workspace's own), then the catalogue shipped with the action.
 */
function productLookup(settings, env = process.env) {
    const shipped = node_path__WEBPACK_IMPORTED_MODULE_1__.join(actionRoot(env), 'products');
    return {
        // The runner checks the caller's repository out into the workspace: its paths stay there.
        repositoryRoot: workspaceOf(env),
        ...(settings.productsDir !== undefined && {
            productsDirs: [workspacePath('products-dir', settings.productsDir, env)],
        }),
        ...((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(shipped) && { fallbackProductsDirs: [shipped] }),
    };
}
/** The report directory of a step: under `RUNNER_TEMP`, unique per step, leg and attempt. */
function actionReportDir(run, env = process.env) {
    const name = `bench-${run.runId}-${run.runAttempt}-${run.job}`;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(workspaceOf(env), 'reports'), name);
}
/**
 * A path input resolved against the workspace; a path that leaves it (`../..`, `/etc/passwd`)
 * is refused, so a workflow input never makes the action read and echo a file of the runner.
 */
function workspacePath(input, value, env = process.env) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspaceOf(env));
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, value);
    const inside = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, resolved);
    if (inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(inside)) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('PATH_OUTSIDE_WORKSPACE', `${input}: ${JSON.stringify(value)} is outside the workspace (${root}).`, 'Give a path inside the checked-out repository, e.g. configs/reframe-pr.yml.');
    }
    return resolved;
}
//# sourceMappingURL=workspace.js.map

/***/ }),

/***/ 51484:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ checkSafeValue),
/* harmony export */   Qz: () => (/* binding */ checkEnvironment),
/* harmony export */   VI: () => (/* binding */ checkPositiveNumber),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   Yn: () => (/* binding */ checkPort),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   mJ: () => (/* binding */ renderEnvFile),
/* harmony export */   mi: () => (/* binding */ assertNoUnsafeValues)
/* harmony export */ });
/* unused harmony export safePatterns */
/* harmony import */ var _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33961);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/**
 * Every value that reaches a script on a VM is either checked against a strict pattern here or
 * carried as data (base64 file, run-command parameter), never spliced into shell text unchecked.
 * The patterns are deliberately narrower than what Azure or Docker accept: no character with a
 * meaning to a shell (`$`, backtick, quotes, `;`, `|`, `&`, spaces, newlines) can pass.
 */


/** The pattern of each kind, from the value rules. */
const safePatterns = Object.fromEntries(Object.entries(_config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni).map(([kind, rule]) => [kind, rule.pattern]));
/** Checks one value; returns the problem or undefined. */
function checkSafeValue(kind, field, value) {
    if (typeof value === 'string' && safePatterns[kind].test(value))
        return undefined;
    return {
        field,
        shown: JSON.stringify(value) ?? String(value),
        expected: _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni[kind].expected,
    };
}
/** Checks a TCP port number. */
function checkPort(field, value) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535) {
        return undefined;
    }
    return { field, shown: JSON.stringify(value) ?? String(value), expected: 'an integer 1-65535' };
}
/** Checks a positive finite number (a load level, a count). */
function checkPositiveNumber(field, value) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        return undefined;
    return { field, shown: JSON.stringify(value) ?? String(value), expected: 'a positive number' };
}
/**
 * Checks a product environment. Names follow `envName`; values may hold anything a Docker
 * `--env-file` line can carry literally (no shell reads them), which excludes line breaks and NUL.
 */
function checkEnvironment(env) {
    const problems = [];
    for (const [name, value] of Object.entries(env)) {
        const nameProblem = checkSafeValue('envName', `env name ${JSON.stringify(name)}`, name);
        if (nameProblem)
            problems.push(nameProblem);
        if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
            problems.push({
                field: `env.${name}`,
                shown: '(value hidden)',
                expected: 'a single line without NUL characters',
            });
        }
    }
    return problems;
}
/** Throws one `AZURE_UNSAFE_VALUE` input error listing every problem, or returns. */
function assertNoUnsafeValues(problems) {
    const found = problems.filter((p) => p !== undefined);
    if (found.length === 0)
        return;
    const lines = found.map((p) => `${p.field}: got ${p.shown}, expected ${p.expected}`);
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('AZURE_UNSAFE_VALUE', `Refusing values that would reach a VM script:\n  ${lines.join('\n  ')}`, 'Fix these settings; values that reach a VM must match the expected form exactly.');
}
/** Base64 of UTF-8 text, for files written by cloud-init and decoded on the VM. */
function encodeBase64(text) {
    return Buffer.from(text, 'utf8').toString('base64');
}
/**
 * Docker `--env-file` content. Docker reads each line literally (no quotes, no expansion), so a
 * value like `$(reboot)` stays text. Callers check values with `checkEnvironment` first.
 */
function renderEnvFile(env) {
    return (Object.entries(env)
        // Stryker disable next-line EqualityOperator: equivalent, the names are unique keys, never equal
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''));
}
/**
 * Single-quotes a value for a POSIX shell. Used only for values that already passed a pattern,
 * as a second wall: even a pattern mistake cannot open a command substitution.
 */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
//# sourceMappingURL=shell-safety.js.map

/***/ }),

/***/ 18965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lw: () => (/* binding */ checkScenario),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export TEMPLATE_PLACEHOLDERS */
/* harmony import */ var _json_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82107);

/** Placeholders a body template may use. */
const TEMPLATE_PLACEHOLDERS = ['{{payload}}', '{{payload|json}}'];
/**
 * Every problem in one scenario definition found at `path` in `source`. Reads the data as
 * written (defensively), so these problems are reported together with schema problems.
 */
function checkScenario(raw, path, source) {
    const problems = [];
    if (!isRecord(raw))
        return problems;
    const scenario = {
        method: typeof raw.method === 'string' ? raw.method.toUpperCase() : 'GET',
        checks: isRecord(raw.checks) ? raw.checks : {},
        payloads: isRecord(raw.payloads) ? raw.payloads : undefined,
        template: isRecord(raw.body) && typeof raw.body.template === 'string' ? raw.body.template : undefined,
    };
    const jsonChecks = Array.isArray(scenario.checks.json) ? scenario.checks.json : [];
    jsonChecks.forEach((check, index) => {
        if (typeof check !== 'string')
            return;
        const parsed = (0,_json_check_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonCheck */ .Yu)(check);
        if ('error' in parsed) {
            problems.push(source.problemAt([...path, 'checks', 'json', index], {
                message: `invalid JSON check: ${parsed.error}`,
                expected: _json_check_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_CHECK_EXPECTED */ .tA,
            }));
        }
    });
    const payloads = scenario.payloads;
    if (payloads && (payloads.dir === undefined) === (payloads.files === undefined)) {
        problems.push(source.problemAt([...path, 'payloads'], {
            message: payloads.dir === undefined ? 'no payload source' : 'both `dir` and `files` are given',
            expected: 'exactly one of dir, files',
        }));
    }
    const template = scenario.template;
    if (template !== undefined) {
        for (const match of template.matchAll(/\{\{[^}]*\}\}/g)) {
            if (!TEMPLATE_PLACEHOLDERS.includes(match[0].replace(/\s+/g, ''))) {
                problems.push(source.problemAt([...path, 'body', 'template'], {
                    message: `unknown placeholder ${match[0]}`,
                    expected: TEMPLATE_PLACEHOLDERS.join(' or '),
                }));
            }
        }
        // A placeholder missing a brace (`{{payload|json}`, `{payload}}`) would be sent literally.
        const rest = template.replace(/\{\{[^}]*\}\}/g, (whole) => '\0'.repeat(whole.length));
        const broken = /\{\{|\{\s*payload\b|\bpayload\s*(\|\s*json\s*)?\}/.exec(rest);
        if (broken) {
            problems.push(source.problemAt([...path, 'body', 'template'], {
                message: `a placeholder is missing a brace: \`${template.slice(Math.max(0, broken.index - 2), broken.index + 18)}\``,
                expected: TEMPLATE_PLACEHOLDERS.join(' or '),
                hint: 'Write {{payload}} or {{payload|json}} with two braces on each side.',
            }));
        }
        if (template.includes('{{') && !payloads) {
            problems.push(source.problemAt([...path, 'body', 'template'], {
                message: 'the template uses {{payload}} but the scenario has no payloads',
                expected: 'a `payloads` entry, or a template without placeholders',
            }));
        }
    }
    if (payloads && (scenario.method === 'GET' || scenario.method === 'HEAD')) {
        problems.push(source.problemAt([...path, 'payloads'], {
            message: `${scenario.method} requests carry no body`,
            expected: 'POST, PUT, PATCH or DELETE for a scenario with payloads',
            hint: 'Set `method: POST`, or remove `payloads`.',
        }));
    }
    return problems;
}
/** True for a plain mapping. */
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
//# sourceMappingURL=check-scenario.js.map

/***/ }),

/***/ 19624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports formatProblem, formatProblems */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77329);
/**
 * Problems found in a config, product or scenario file, each pinned to file:line:col, and the
 * error that carries them. Every problem is collected before anything is reported, so a user
 * fixes a file in one pass.
 */


/** The error thrown when an input file has problems; `message` lists them all. */
class ConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR {
    /** Every problem found, in file and position order. */
    problems;
    constructor(problems) {
        super('CONFIG_INVALID', formatProblems(problems), 'Fix the listed lines and run `bench validate <config>` to check again.');
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
/** Sorts problems by file, then position, keeping the order of equal positions. */
function sortProblems(problems) {
    return problems
        .map((problem, index) => ({ problem, index }))
        .sort((a, b) => a.problem.file.localeCompare(b.problem.file) ||
        a.problem.line - b.problem.line ||
        a.problem.col - b.problem.col ||
        a.index - b.index)
        .map(({ problem }) => problem);
}
/**
 * One line: `file:line:col  path: message (got X; expected Y). hint`. Keys and values come from
 * the file, so control characters in them (a terminal escape in a key) are shown as escapes.
 */
function formatProblem(problem) {
    const where = `${problem.file}:${problem.line}:${problem.col}`;
    const what = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
    const got = problem.value === undefined ? '' : `got ${problem.value}; `;
    const hint = problem.hint ? ` ${problem.hint}` : '';
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_1__/* .visibleText */ .Q)(`${where}  ${what} (${got}expected ${problem.expected}).${hint}`, {
        keepNewlines: false,
    });
}
/** All problems, one per line, then a count line. */
function formatProblems(problems) {
    const lines = problems.map(formatProblem);
    const files = new Set(problems.map((p) => p.file)).size;
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    lines.push(`${count} in ${files === 1 ? '1 file' : `${files} files`}`);
    return lines.join('\n');
}
//# sourceMappingURL=config-problem.js.map

/***/ }),

/***/ 11600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ mentionsPort),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   u2: () => (/* binding */ portAutoProblem)
/* harmony export */ });
/* harmony import */ var _check_scenario_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18965);
/* harmony import */ var _config_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19624);
/* harmony import */ var _parse_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92097);
/* harmony import */ var _stats_thresholds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96731);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54259);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67591);
/**
 * Parses a config file (YAML or JSON) into a validated `BenchConfig`, or reports every problem
 * at once with file:line:col, key path, value as written and what was expected.
 */






/** Parses and validates a config file's text; `file` is used in problem positions. */
function parseConfig(text, file) {
    // NUL never occurs in YAML or JSON text: this is a binary file, and nothing of it is shown.
    const binary = text.includes('\0');
    const parsed = (0,_parse_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocumentWith */ .$L)(binary ? '' : text, file, _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .BenchConfigSchema */ .KG);
    const notConfig = binary ? 'binary data, not text' : notAConfig(parsed.raw);
    if (notConfig !== undefined) {
        return { problems: [notAConfigProblem(file, notConfig)], source: parsed.source };
    }
    if (parsed.raw === undefined || parsed.raw === null) {
        return { problems: (0,_config_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .sortProblems */ .dS)(parsed.problems), source: parsed.source };
    }
    const problems = mergeProblems(parsed.problems, checkConfig(parsed.raw, parsed.source));
    if (problems.length > 0 || !parsed.value) {
        return { problems: (0,_config_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .sortProblems */ .dS)(problems), source: parsed.source, raw: parsed.raw };
    }
    return { config: parsed.value, problems: [], source: parsed.source, raw: parsed.raw };
}
/**
 * Why data that parsed is not a config at all, or undefined when it may be one. Every config
 * has `version:` at the top; a file without it (`/etc/passwd`, a Kubernetes secret) gets one
 * problem that quotes nothing from it, so `bench validate` never echoes a file's content.
 */
function notAConfig(raw) {
    if (raw === undefined || raw === null)
        return undefined;
    if ((0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw))
        return 'version' in raw ? undefined : 'a mapping without `version:`';
    if (Array.isArray(raw))
        return 'a list, not a mapping of keys';
    return typeof raw === 'string' ? 'plain text, not a mapping of keys' : `a single ${typeof raw}`;
}
function notAConfigProblem(file, why) {
    return {
        file,
        line: 1,
        col: 1,
        path: '',
        message: `not a bench config file (${why}); its content is not shown`,
        expected: 'a YAML or JSON mapping that starts with `version: 1`',
        hint: 'Check the path: configs usually live in configs/, e.g. configs/demo.yml.',
    };
}
/** Schema problems plus semantic ones, without a second problem for a path already reported. */
function mergeProblems(schema, semantic) {
    const seen = new Set(schema.map((p) => p.path));
    return [...schema, ...semantic.filter((p) => !seen.has(p.path))];
}
/**
 * Checks across keys that the schema alone cannot express. Reads the data as written
 * (defensively), so these problems come out together with the schema's.
 */
function checkConfig(raw, source) {
    const problems = [];
    if (!(0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw))
        return problems;
    const target = (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw.target) ? raw.target : {};
    const scenarios = Array.isArray(raw.scenarios) ? raw.scenarios : [];
    const cloud = (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw.cloud) ? raw.cloud : {};
    const command = (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(target.command) ? target.command : undefined;
    const kinds = ['product', 'url', 'command'].filter((k) => target[k] !== undefined);
    if ((0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw.baseline))
        problems.push(...checkTarget(raw.baseline, 'baseline', source));
    problems.push(...checkThresholds(raw.thresholds, source));
    if (!(0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(raw.target))
        return problems.concat(checkScenarios(scenarios, false, source));
    problems.push(...checkTarget(target, 'target', source));
    problems.push(...checkScenarios(scenarios, target.product === undefined && kinds.length > 0, source));
    if (cloud.provider === 'azure' && (target.url !== undefined || command)) {
        problems.push(source.problemAt(['cloud', 'provider'], {
            message: 'azure runs deploy a product image; this target is a url or a command',
            expected: 'local, or a product target with an image',
        }));
    }
    return problems;
}
/** One target (`target` or `baseline`): exactly one kind, a usable URL, a command port. */
function checkTarget(target, key, source) {
    const problems = [];
    const command = (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(target.command) ? target.command : undefined;
    const kinds = ['product', 'url', 'command'].filter((k) => target[k] !== undefined);
    if (kinds.length === 0) {
        problems.push(source.problemAt([key], {
            message: 'no target',
            expected: 'exactly one of product, url, command',
            hint: 'Add `product: <name>` (see products/), `url: http://…` or `command: {run: […], port: N}`.',
        }));
    }
    else if (kinds.length > 1) {
        for (const kind of kinds.slice(1)) {
            problems.push(source.problemAt([key, kind], {
                message: `\`${kind}\` given together with \`${kinds[0]}\``,
                expected: 'exactly one of product, url, command',
                atKey: true,
                hint: 'Keep one target.',
            }));
        }
    }
    if (typeof target.url === 'string') {
        const urlProblem = checkUrl(target.url);
        if (urlProblem) {
            problems.push(source.problemAt([key, 'url'], {
                message: urlProblem,
                expected: 'an http:// or https:// URL such as http://127.0.0.1:8080',
            }));
        }
    }
    if (command && command.port === undefined) {
        problems.push(source.problemAt([key, 'command', 'port'], {
            message: 'missing required key `port`',
            expected: "the port the command listens on, 1-65535, or 'auto'",
            hint: 'Pass the same port to the process, e.g. `env: {PORT: "8080"}`, or write `port: auto` and `env: {PORT: "{{port}}"}`.',
        }));
    }
    if (command && command.port === 'auto' && !mentionsPort(command)) {
        problems.push(portAutoProblem(source, [key, 'command', 'port']));
    }
    if (target.product === undefined) {
        for (const override of ['port', 'env']) {
            if (target[override] === undefined)
                continue;
            problems.push(source.problemAt([key, override], {
                message: `\`${override}\` overrides a product's ${override}; this ${key} is not a product`,
                expected: `a product target (a command sets command.${override})`,
                atKey: true,
            }));
        }
    }
    return problems;
}
/**
 * Whether a command passes `{{port}}` to its process, in an env value or a run argument: with
 * `port: auto` it has no other way to learn where to listen.
 */
function mentionsPort(command) {
    const texts = [
        ...(Array.isArray(command.run) ? command.run : []),
        ...((0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(command.env)
            ? Object.values(command.env).map((v) => ((0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) ? v.value : v))
            : []),
    ];
    return texts.some((t) => typeof t === 'string' && t.includes(_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .PORT_PLACEHOLDER */ .uE));
}
/** The problem of a `port: auto` whose process is never told the port. */
function portAutoProblem(source, path) {
    return source.problemAt(path, {
        message: 'port: auto, but the process is never told the port',
        expected: '{{port}} in an env value or a run argument',
        hint: 'Add e.g. `env: {PORT: "{{port}}"}` (or `--port={{port}}` in run).',
    });
}
/** Thresholds that the schema accepted in shape but that do not parse as thresholds. */
function checkThresholds(raw, source) {
    if (!Array.isArray(raw))
        return [];
    const problems = [];
    raw.forEach((entry, index) => {
        const input = typeof entry === 'string'
            ? entry
            : (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) && typeof entry.metric === 'string'
                ? {
                    metric: entry.metric,
                    ...(typeof entry.warn === 'string' ? { warn: entry.warn } : {}),
                    ...(typeof entry.fail === 'string' ? { fail: entry.fail } : {}),
                    ...(typeof entry.scenario === 'string' ? { scenario: entry.scenario } : {}),
                }
                : undefined;
        if (input === undefined)
            return;
        const parsed = (0,_stats_thresholds_js__WEBPACK_IMPORTED_MODULE_3__/* .parseThreshold */ .B7)(input);
        if (!(0,_stats_thresholds_js__WEBPACK_IMPORTED_MODULE_3__/* .isThresholdError */ .YC)(parsed))
            return;
        problems.push(source.problemAt(['thresholds', index], {
            message: parsed.error,
            expected: "e.g. 'p99 < 50ms', 'errorRate < 0.1%', 'rps > 2000' or { metric: p99, warn: '+10%', fail: '+20%' }",
        }));
    });
    return problems;
}
/** Duplicate names, product scenario names without a product, and each inline scenario. */
function checkScenarios(scenarios, notAProduct, source) {
    const problems = [];
    const names = new Map();
    scenarios.forEach((scenario, index) => {
        const name = typeof scenario === 'string' ? scenario : (0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(scenario) ? scenario.name : undefined;
        if (typeof name !== 'string')
            return;
        const first = names.get(name);
        if (first !== undefined) {
            problems.push(source.problemAt(['scenarios', index], {
                message: `scenario \`${name}\` is listed twice (first at scenarios[${first}])`,
                expected: 'unique scenario names',
            }));
        }
        else
            names.set(name, index);
        if (typeof scenario === 'string') {
            if (notAProduct) {
                problems.push(source.problemAt(['scenarios', index], {
                    message: `\`${scenario}\` names a product scenario but the target is not a product`,
                    expected: 'an inline scenario (a mapping with name, method, path, …)',
                }));
            }
        }
        else {
            problems.push(...(0,_check_scenario_js__WEBPACK_IMPORTED_MODULE_0__/* .checkScenario */ .lw)(scenario, ['scenarios', index], source));
        }
    });
    return problems;
}
function checkUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'not a URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `unsupported scheme ${url.protocol}`;
    if (url.search || url.hash)
        return 'a target URL takes no query or fragment';
    return undefined;
}
//# sourceMappingURL=parse-config.js.map

/***/ }),

/***/ 92097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bi: () => (/* binding */ closestKey),
  $L: () => (/* binding */ parseDocumentWith)
});

// UNUSED EXPORTS: MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, editDistance

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/core/config/schema.js
var schema = __webpack_require__(54259);
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var secrets = __webpack_require__(67591);
;// CONCATENATED MODULE: ./lib/core/config/source-locator.js
/**
 * Maps key paths (`['load', 'levels', 1]`) to positions in a parsed YAML/JSON document, so every
 * problem can say file:line:col and quote the value as written.
 */


const MAX_VALUE_CHARS = 40;
/** Source text shortened to one line and a few dozen characters. */
function shortenValue(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > MAX_VALUE_CHARS ? `${oneLine.slice(0, MAX_VALUE_CHARS - 1)}…` : oneLine;
}
/** `['load', 'levels', 1]` → `load.levels[1]`. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** Positions and problems for one parsed file. */
class SourceLocator {
    /** File name used in problems. */
    file;
    text;
    doc;
    lineCounter;
    constructor(file, text, doc, lineCounter) {
        this.file = file;
        this.text = text;
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    /** 1-based line and column of a character offset. */
    positionOf(offset) {
        const pos = this.lineCounter.linePos(offset);
        return { line: pos.line, col: pos.col };
    }
    /** Position of a path's value (or its key), or of the nearest parent that exists. */
    locate(path, atKey = false) {
        let node = this.doc?.contents;
        let keyNode;
        let found = true;
        for (const segment of path) {
            keyNode = undefined;
            let next;
            if ((0,dist/* isMap */.jh)(node) && typeof segment === 'string') {
                const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === segment);
                if (pair) {
                    keyNode = pair.key;
                    next = pair.value ?? pair.key;
                }
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
                next = node.items[segment];
            }
            if (next === undefined) {
                found = false;
                break;
            }
            node = next;
        }
        const target = (found && atKey && keyNode !== undefined ? keyNode : node);
        const range = target?.range;
        if (!range)
            return { line: 1, col: 1, found: false };
        const start = this.positionOf(range[0]);
        const value = found ? shortenValue(this.text.slice(range[0], range[1])) : undefined;
        return { ...start, found, ...(value !== undefined && value !== '' ? { value } : {}) };
    }
    /** A problem at a path (or the nearest parent that exists). */
    problemAt(path, details) {
        const position = this.locate(path, details.atKey ?? false);
        // An unknown key is quoted in the message already; repeating it as the value adds nothing.
        const quoted = details.value ?? (details.atKey ? undefined : position.value);
        // Env values and secret headers are never quoted, and URLs lose their userinfo.
        const value = quoted === undefined ? undefined : (0,secrets/* quotableValue */.Tj)(path, quoted);
        return {
            file: this.file,
            line: position.line,
            col: position.col,
            path: formatKeyPath(path),
            ...(value !== undefined ? { value } : {}),
            expected: details.expected,
            message: details.message,
            ...(details.hint ? { hint: details.hint } : {}),
        };
    }
}
//# sourceMappingURL=source-locator.js.map
;// CONCATENATED MODULE: ./lib/core/config/parse-document.js
/**
 * Parses one YAML or JSON file against a zod schema and turns every YAML error and schema issue
 * into a positioned `ConfigProblem`. Shared by config, product and scenario files.
 */



/**
 * Deepest nesting of collections a file may have. Configs nest a handful of levels; thousands
 * of `[` would exhaust the stack of the YAML composer ("Maximum call stack size exceeded").
 */
const MAX_NESTING_DEPTH = 64;
/**
 * Most alias expansions a file may make (the `yaml` package's `maxAliasCount`): an alias bomb,
 * ten aliases of ten aliases of ten …, would otherwise expand into billions of nodes.
 */
const MAX_ALIAS_COUNT = 100;
/** Parses `text` (YAML or JSON) and validates it with `schema`, collecting every problem. */
function parseDocumentWith(text, file, schema) {
    const lineCounter = new dist/* LineCounter */.HN();
    const tooDeep = nestingOffset(text, lineCounter);
    if (tooDeep !== undefined) {
        // Not composed at all: the composer recurses once per level.
        const source = new SourceLocator(file, text, undefined, lineCounter);
        const { line, col } = source.positionOf(tooDeep);
        return {
            problems: [
                {
                    file,
                    line,
                    col,
                    path: '',
                    expected: `at most ${MAX_NESTING_DEPTH} levels of nested lists and mappings`,
                    message: `nesting deeper than ${MAX_NESTING_DEPTH} levels`,
                    hint: 'A config nests a few levels; check for runaway brackets or indentation.',
                },
            ],
            source,
        };
    }
    const composed = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: composed, prettyErrors: false, uniqueKeys: true });
    const source = new SourceLocator(file, text, doc, composed);
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((error) => {
            const { line, col } = source.positionOf(error.pos[0]);
            return {
                file,
                line,
                col,
                path: '',
                expected: 'valid YAML or JSON',
                message: `YAML syntax error: ${describeYamlError(error.message)}`,
                hint: 'Check indentation, quotes and brackets on this line and the one before.',
            };
        });
        return { problems, source };
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return { problems: [aliasProblem(doc, error, source)], source };
    }
    if (raw === null || raw === undefined) {
        return {
            raw,
            problems: [
                {
                    file,
                    line: 1,
                    col: 1,
                    path: '',
                    expected: 'a mapping of keys',
                    message: 'the file is empty',
                },
            ],
            source,
        };
    }
    const result = schema.safeParse(raw);
    if (result.success)
        return { value: result.data, raw, problems: [], source };
    const problems = result.error.issues.flatMap((issue) => problemsFromIssue(issue, [], schema, raw, source));
    return { raw, problems, source };
}
/**
 * Offset where collections first nest deeper than `MAX_NESTING_DEPTH`, or undefined; counts the
 * lines it passes in `lineCounter`.
 */
function nestingOffset(text, lineCounter) {
    // The CST parser keeps its own stack (no recursion), so it measures depth safely.
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    // `Parser.parse` would count the first line itself; feeding lexemes one by one does not.
    lineCounter.addNewLine(0);
    for (const lexeme of new dist/* Lexer */.JG().lex(text)) {
        for (const _token of parser.next(lexeme)) {
            // Tokens are not needed: only the depth reached while producing them.
        }
        // The stack holds the document and one entry per open collection.
        if (parser.stack.length > MAX_NESTING_DEPTH + 1)
            return Math.max(0, parser.offset - 1);
    }
    return undefined;
}
/** The problem for an alias that cannot be expanded: undefined, or part of an alias bomb. */
function aliasProblem(doc, error, source) {
    const message = error instanceof Error ? error.message : String(error);
    const aliases = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliases.push({ source: node.source, range: node.range, target: node.resolve(doc) });
        },
    });
    const unresolved = /^Unresolved alias/.test(message);
    // For a bomb, the first alias of a collection that holds aliases itself is where it multiplies.
    const culprit = unresolved
        ? aliases.find((a) => a.target === undefined)
        : (aliases.find((a) => (0,dist/* isCollection */.P3)(a.target) && containsAlias(a.target)) ?? aliases[0]);
    const { line, col } = source.positionOf(culprit?.range?.[0] ?? 0);
    const name = culprit ? `*${culprit.source}` : 'an alias';
    return unresolved
        ? {
            file: source.file,
            line,
            col,
            path: '',
            expected: 'an alias of an anchor defined earlier in the file (&name before *name)',
            message: `YAML alias ${name} names no anchor`,
            hint: 'Define `&name` on an earlier node, or write the value out.',
        }
        : {
            file: source.file,
            line,
            col,
            path: '',
            expected: `at most ${MAX_ALIAS_COUNT} alias expansions`,
            message: `YAML aliases expand too often (from ${name}): the file looks like an alias bomb`,
            hint: 'Write the values out instead of nesting aliases of aliases.',
        };
}
function containsAlias(node) {
    let found = false;
    (0,dist/* visit */.YR)(node, {
        Alias() {
            found = true;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
function describeYamlError(message) {
    // yaml appends ' at line N, column M:' and a source excerpt; the position is reported apart.
    const first = message.split('\n')[0] ?? message;
    return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;
function problemsFromIssue(issue, prefix, rootSchema, raw, source) {
    const path = [
        ...prefix,
        ...issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    ];
    const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : (0,schema/* splitSaying */.A6)(issue.message);
    const valueHere = valueAt(raw, path);
    switch (issue.code) {
        case 'unrecognized_keys':
            return (issue.keys ?? []).map((key) => unknownKeyProblem([...path, key], rootSchema, raw, source));
        case 'invalid_union': {
            if (issue.note === 'No matching discriminator') {
                const options = (issue.options ?? []).filter((o) => typeof o === 'string');
                return [
                    source.problemAt(path, {
                        message: valueHere === undefined ? 'missing required key' : 'unknown value',
                        expected: options.join(' | '),
                    }),
                ];
            }
            const branches = issue.errors ?? [];
            // A branch whose only complaint is the type of the whole value is the wrong branch.
            const fitting = branches.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
            const best = fitting.sort((a, b) => a.length - b.length)[0];
            if (best)
                return best.flatMap((i) => problemsFromIssue(i, path, rootSchema, raw, source));
            const expected = branches
                .flatMap((branch) => branch.map((i) => typeName(i.expected)))
                .filter((name, index, all) => name && all.indexOf(name) === index)
                .join(' or ');
            return [
                source.problemAt(path, { message: 'wrong type', expected: expected || 'another value' }),
            ];
        }
        case 'invalid_type': {
            if (valueHere === undefined) {
                const key = path[path.length - 1];
                return [
                    source.problemAt(path, {
                        message: `missing required key${typeof key === 'string' ? ` \`${key}\`` : ''}`,
                        expected: custom?.expected ??
                            descriptionAt(rootSchema, path, raw)?.toLowerCase() ??
                            typeName(issue.expected),
                        ...(typeof key === 'string' ? { hint: `Add \`${key}:\`.` } : {}),
                    }),
                ];
            }
            return [
                source.problemAt(path, {
                    message: custom?.message ?? 'wrong type',
                    expected: custom?.expected ?? typeName(issue.expected),
                }),
            ];
        }
        case 'invalid_value':
            if (valueHere === undefined) {
                const key = path[path.length - 1];
                return [
                    source.problemAt(path, {
                        message: `missing required key${typeof key === 'string' ? ` \`${key}\`` : ''}`,
                        expected: custom?.expected ?? (issue.values ?? []).map((v) => String(v)).join(' | '),
                        ...(typeof key === 'string' ? { hint: `Add \`${key}:\`.` } : {}),
                    }),
                ];
            }
            return [
                source.problemAt(path, {
                    message: custom?.message ?? 'not an allowed value',
                    expected: custom?.expected ?? (issue.values ?? []).map((v) => String(v)).join(' | '),
                }),
            ];
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            const word = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
            let expected = `${word} ${String(bound)}`;
            let message = issue.code === 'too_small' ? 'too small' : 'too large';
            if (issue.origin === 'array') {
                expected = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} item(s)`;
                message = issue.code === 'too_small' ? 'too few items' : 'too many items';
            }
            else if (issue.origin === 'string') {
                expected = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} character(s)`;
                message = issue.code === 'too_small' ? 'too short' : 'too long';
            }
            else if (issue.origin === 'number' && Number.isInteger(Number(bound))) {
                expected = `a number ${expected}`;
            }
            return [
                source.problemAt(path, {
                    message: custom?.message ?? message,
                    expected: custom?.expected ?? expected,
                }),
            ];
        }
        case 'invalid_format':
            return [
                source.problemAt(path, {
                    message: custom?.message ?? `not a valid ${issue.format ?? 'value'}`,
                    expected: custom?.expected ?? `a ${issue.format ?? 'valid value'}`,
                }),
            ];
        case 'invalid_key':
            return [
                source.problemAt(path, {
                    message: 'invalid key',
                    expected: 'a name of letters, digits, - or _',
                    atKey: true,
                }),
            ];
        default:
            return [
                source.problemAt(path, {
                    message: custom?.message ?? issue.message,
                    expected: custom?.expected ?? 'another value',
                }),
            ];
    }
}
function typeName(expected) {
    switch (expected) {
        case 'array':
            return 'a list';
        case 'object':
            return 'a mapping';
        case 'record':
            return 'a mapping';
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'int':
            return 'an integer';
        case 'boolean':
            return 'true or false';
        case undefined:
            return '';
        default:
            return expected;
    }
}
function unknownKeyProblem(path, rootSchema, raw, source) {
    const key = String(path[path.length - 1]);
    const parentPath = path.slice(0, -1);
    const { known, elsewhere } = knownKeysAt(rootSchema, parentPath, raw);
    if (elsewhere.has(key)) {
        return source.problemAt(path, {
            message: `\`${key}\` ${elsewhere.get(key)}`,
            expected: known.length > 0 ? `one of ${known.join(', ')}` : 'no other keys',
            atKey: true,
            hint: `Remove \`${key}\`, or set the model that takes it.`,
        });
    }
    const suggestion = closestKey(key, known);
    return source.problemAt(path, {
        message: `unknown key \`${key}\``,
        expected: known.length > 0 ? `one of ${known.join(', ')}` : 'no keys here',
        atKey: true,
        ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
    });
}
/** Keys accepted at a path, and keys that belong to a sibling variant (with why). */
function knownKeysAt(schema, path, raw) {
    let def = schema._zod.def;
    let value = raw;
    const elsewhere = new Map();
    const unwrap = (d) => {
        let current = d;
        for (;;) {
            if (!current)
                return undefined;
            if (current.innerType)
                current = current.innerType._zod.def;
            else if (current.type === 'pipe' && current.in)
                current = current.in._zod.def;
            else if (current.type === 'union' && current.options) {
                const objects = current.options
                    .map((o) => unwrap(o._zod.def))
                    .filter((o) => o?.type === 'object');
                if (current.discriminator && value !== null && typeof value === 'object') {
                    const discriminator = current.discriminator;
                    const wanted = value[discriminator];
                    const chosen = objects.find((o) => literalOf(o?.shape?.[discriminator]) === wanted) ?? objects[0];
                    for (const other of objects) {
                        if (other === chosen)
                            continue;
                        const otherName = literalOf(other?.shape?.[discriminator]);
                        for (const key of Object.keys(other?.shape ?? {})) {
                            if (!(key in (chosen?.shape ?? {}))) {
                                elsewhere.set(key, `applies to the ${String(otherName)} model only`);
                            }
                        }
                    }
                    return chosen;
                }
                return objects[0];
            }
            else
                return current;
        }
    };
    for (const segment of path) {
        const current = unwrap(def);
        if (!current)
            break;
        if (typeof segment === 'number' && current.type === 'array')
            def = current.element?._zod.def;
        else if (typeof segment === 'string' && current.type === 'object')
            def = current.shape?.[segment]?._zod.def;
        else if (typeof segment === 'string' && current.type === 'record')
            def = current.valueType?._zod.def;
        else
            def = undefined;
        value =
            value !== null && typeof value === 'object'
                ? value[segment]
                : undefined;
    }
    const target = unwrap(def);
    const known = target?.type === 'object' ? Object.keys(target.shape ?? {}) : [];
    if (path.length > 0 || known.length === 0)
        return { known, elsewhere };
    return { known: known.filter((k) => k !== '$schema'), elsewhere };
}
/** The description of the schema at a path (looking through optional/default wrappers). */
function descriptionAt(schema, path, raw) {
    let current = schema;
    let value = raw;
    const unwrapToObject = (s) => {
        let at = s;
        while (at) {
            const def = at._zod.def;
            if (def.innerType)
                at = def.innerType;
            else if (def.type === 'union' && def.options) {
                const options = def.options;
                const discriminator = def.discriminator;
                const wanted = discriminator && value !== null && typeof value === 'object'
                    ? value[discriminator]
                    : undefined;
                at =
                    options.find((o) => discriminator &&
                        literalOf(unwrapToObject(o)?._zod.def.shape?.[discriminator]) === wanted) ?? options.find((o) => unwrapToObject(o)?._zod.def.type === 'object');
                if (at)
                    at = unwrapToObject(at);
                return at;
            }
            else
                return at;
        }
        return at;
    };
    for (const segment of path) {
        const container = unwrapToObject(current);
        const def = container?._zod.def;
        if (typeof segment === 'string' && def?.type === 'object')
            current = def.shape?.[segment];
        else if (typeof segment === 'number' && def?.type === 'array')
            current = def.element;
        else
            return undefined;
        value =
            value !== null && typeof value === 'object'
                ? value[segment]
                : undefined;
    }
    let at = current;
    while (at) {
        if (at.description)
            return at.description;
        at = at._zod.def.innerType;
    }
    return undefined;
}
function literalOf(schema) {
    let def = schema?._zod.def;
    while (def?.innerType)
        def = def.innerType._zod.def;
    return def?.type === 'literal' ? def.values?.[0] : undefined;
}
function valueAt(raw, path) {
    let value = raw;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** The known key closest to `key` by edit distance, when it is close enough to be a typo. */
function closestKey(key, known) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = candidate.toLowerCase() === key.toLowerCase()
            ? 0
            : editDistance(key.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(key.length, 3) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** Levenshtein distance (insertions, deletions, substitutions, adjacent transpositions). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const row = d[i];
            const prev = d[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, d[i - 2][j - 2] + 1);
            }
            row[j] = value;
        }
    }
    return d[a.length][b.length];
}
//# sourceMappingURL=parse-document.js.map

/***/ }),

/***/ 82536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ encodePlan),
/* harmony export */   wF: () => (/* binding */ describeIssues)
/* harmony export */ });
/* unused harmony exports PLAN_FORMAT_VERSION, EncodedPlanSchema, decodePlan, decodePlanFile, bytesToBase64, base64ToBytes */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/**
 * The plan as it travels from the action to a load VM (`plan.json` in Blob). `BenchPlan` holds
 * request bodies as bytes, which JSON cannot carry, so bodies become base64 here. The file has
 * its own format version and is validated on decode: a runner built from another release says
 * so plainly instead of benchmarking a half-understood plan.
 */


const side = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['baseline', 'candidate']);
const abRound = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['interleaved', 'duet']),
    round: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['closed', 'open']),
        level: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive(),
        order: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([side, side]).refine(([a, b]) => a !== b, 'both sides, once each'),
    }))
        .min(1),
});
/** Version of the encoded plan format written by `encodePlan`. */
const PLAN_FORMAT_VERSION = 1;
const health = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    timeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    intervalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
});
const target = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('url'),
        baseUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        health: health.optional(),
        product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('command'),
        argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        cwd: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        publicEnv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        port: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        baseUrl: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        health,
        product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('image'),
        image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        port: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        env: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        publicEnv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        health,
        product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const payload = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    bodyBase64: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(BASE64, 'not base64'),
    weight: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
});
const scenario = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    payloads: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(payload),
    order: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['round-robin', 'weighted']),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()),
        json: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            operator: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['==', '!=', '<', '<=', '>', '>=', 'exists']),
            value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]).optional(),
        })),
        bodyContains: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    }),
});
const load = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['closed', 'open']),
    levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive()).min(1),
    maxConnections: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    pipelining: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    warmupMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive(),
    cooldownMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    connectTimeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive(),
    requestTimeoutMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive(),
    maxCheckBodyBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    workers: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
});
/** The JSON shape of an encoded plan (`plan.json`). */
const EncodedPlanSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    planFormat: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PLAN_FORMAT_VERSION),
    plan: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        configPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        configHash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        target,
        scenarios: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scenario).min(1),
        load,
        cloud: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            provider: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['local', 'azure']),
            vmSizes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            regions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            loadAgents: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        }),
        resolvedConfig: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(),
    }),
    /** Present when the plan is one round of a same-VM A/B. */
    abRound: abRound.optional(),
});
/** Encodes a plan as JSON text, bodies in base64; with `round`, one round of a same-VM A/B. */
function encodePlan(plan, round) {
    const encoded = {
        planFormat: PLAN_FORMAT_VERSION,
        ...(round && { abRound: round }),
        plan: {
            ...plan,
            scenarios: plan.scenarios.map((s) => ({
                ...s,
                payloads: s.payloads.map((p) => ({
                    name: p.name,
                    bodyBase64: bytesToBase64(p.body),
                    weight: p.weight,
                })),
            })),
        },
    };
    return JSON.stringify(encoded);
}
/**
 * Decodes `plan.json` text back into a plan. Throws an input error (`PLAN_INVALID`) naming the
 * first problems when the text is not an encoded plan of this format version.
 */
function decodePlan(text) {
    return decodePlanFile(text).plan;
}
/** Decodes `plan.json` text into the plan and, for a same-VM A/B, the round to run. */
function decodePlanFile(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw inputError('PLAN_INVALID', `The plan file is not JSON (${error.message})`, 'Upload the plan again with encodePlan; the file may have been truncated.', error);
    }
    const version = json?.planFormat;
    if (version !== PLAN_FORMAT_VERSION) {
        throw inputError('PLAN_FORMAT_UNSUPPORTED', `The plan file has format ${JSON.stringify(version)}; this runner reads format ${PLAN_FORMAT_VERSION}`, 'Run the action and the load-VM runner from the same bench-action release.');
    }
    const parsed = EncodedPlanSchema.safeParse(json);
    if (!parsed.success) {
        throw inputError('PLAN_INVALID', `The plan file is not a valid plan: ${describeIssues(parsed.error)}`, 'Upload the plan again with encodePlan from the same bench-action release as the runner.', parsed.error);
    }
    const { plan, abRound: round } = parsed.data;
    const decoded = {
        ...plan,
        scenarios: plan.scenarios.map((s) => ({
            ...s,
            payloads: s.payloads.map((p) => ({
                name: p.name,
                body: base64ToBytes(p.bodyBase64),
                weight: p.weight,
            })),
        })),
    };
    return round ? { plan: decoded, abRound: round } : { plan: decoded };
}
/** The first few zod issues in words, with their paths (`plan.load.levels: ...`). */
function describeIssues(error, max = 3) {
    const parts = error.issues
        .slice(0, max)
        .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
    return parts.join('; ') + more;
}
/** Standard base64 of bytes (works on Node and in bundles; no `Buffer` in core). */
function bytesToBase64(bytes) {
    let binary = '';
    // Chunked so a large body does not overflow the argument list of fromCharCode.
    const chunk = 0x8000;
    for (let i = 0; i < bytes.length; i += chunk) {
        binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
    }
    return btoa(binary);
}
/** Bytes of standard base64 text. */
function base64ToBytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++)
        bytes[i] = binary.charCodeAt(i);
    return bytes;
}
//# sourceMappingURL=plan-codec.js.map

/***/ }),

/***/ 67971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ archiveBlobName),
/* harmony export */   Vk: () => (/* binding */ MAX_INDEX_ENTRIES),
/* harmony export */   Xw: () => (/* binding */ decodeReportIndex),
/* harmony export */   dU: () => (/* binding */ mergeArchiveEntries),
/* harmony export */   eG: () => (/* binding */ reportPath),
/* harmony export */   n: () => (/* binding */ indexBlobName),
/* harmony export */   nU: () => (/* binding */ indexEntryFromReport),
/* harmony export */   oF: () => (/* binding */ emptyReportIndex),
/* harmony export */   v2: () => (/* binding */ findBaselineEntry),
/* harmony export */   vf: () => (/* binding */ groupByMonth),
/* harmony export */   yM: () => (/* binding */ addIndexEntry)
/* harmony export */ });
/* unused harmony exports INDEX_VERSION, IndexScenarioSchema, IndexBenchmarkSchema, IndexEntrySchema, ReportIndexSchema, sanitizeBranch */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18563);
/* harmony import */ var _plan_codec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82536);
/* harmony import */ var _run_exchange_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30693);
/**
 * The report history index (`<product>/index.json` in the reports container): one small entry
 * per published report, enough to find a baseline and draw a trend without opening every
 * `result.json`. Versioned, validated on read, bounded in size: when a product has more than
 * `MAX_INDEX_ENTRIES` entries, the oldest move to monthly archives `<product>/index-YYYY-MM.json`
 * (same format), which history tools may read and baseline search does not.
 */





/** Version of the index format written by this code. */
const INDEX_VERSION = 1;
/** Entries kept in a product's live index; older ones go to the monthly archives. */
const MAX_INDEX_ENTRIES = 1_000;
/** Headline figures of one scenario at one level, copied from the report. */
const IndexScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Load model, so a level of 32 connections never matches a rate of 32 req/s. */
    model: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['closed', 'open']).optional(),
    level: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
    successRps: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative(),
    p99Us: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative(),
    /** Median latency of successes, µs; absent in entries written before history trends. */
    p50Us: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative().optional(),
    /** 99.9th percentile latency of successes, µs; absent in older entries. */
    p999Us: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().nonnegative().optional(),
    /** Failures / total requests (0..1); absent in older entries. */
    errorRate: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().min(0).max(1).optional(),
    /** True when the load generator, not the target, limited the level; absent means false. */
    generatorBound: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
});
/** Headline figure of one command benchmark, copied from the report. */
const IndexBenchmarkSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** The benchmark's stable name, e.g. `parse_mt/fields/MT103`. */
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Unit of `estimate`, e.g. `ns/iter`, `msg/s`. */
    unit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    direction: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['lower-is-better', 'higher-is-better']),
    /** The headline estimate (in an A/B, the candidate's median round). */
    estimate: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
});
/** One published report. */
const IndexEntrySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    /** Folder of the report in the container, no trailing slash. */
    path: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    product: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    /** Branch name as given (not sanitized), e.g. `main` or `feature/x`. */
    branch: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Commit benchmarked. */
    sha: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** GitHub run id (or a local run id). */
    runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** GitHub run attempt, from 1. */
    attempt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(),
    /** When the report was written, ISO 8601 UTC. */
    createdAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Cloud VM size of the product VM; absent for local runs. */
    vmSize: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    /** Cloud region; absent for local runs. */
    region: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    /** How the run ended; only `ok` runs are baselines. Absent means ok. */
    outcome: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['ok', 'target-failure', 'interrupted']).optional(),
    scenarios: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(IndexScenarioSchema),
    /** Command benchmarks of the report; absent for HTTP runs and in older entries. */
    benchmarks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(IndexBenchmarkSchema).optional(),
    /** `schemaVersion` of the report's `result.json`. */
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(),
});
/** The whole `index.json` (and each monthly archive). */
const ReportIndexSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    indexVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(INDEX_VERSION),
    product: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Last write, ISO 8601 UTC. */
    updatedAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** Oldest first. */
    entries: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(IndexEntrySchema),
    /** Months (`YYYY-MM`) whose older entries were moved to `index-YYYY-MM.json`. */
    archivedMonths: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
});
/** An index with no entries. */
function emptyReportIndex(product, now) {
    return {
        indexVersion: INDEX_VERSION,
        product,
        updatedAt: now.toISOString(),
        entries: [],
        archivedMonths: [],
    };
}
/** Blob name of a product's live index. */
function indexBlobName(product) {
    return `${(0,_run_exchange_js__WEBPACK_IMPORTED_MODULE_3__/* .toPathSegment */ .ys)(product)}/index.json`;
}
/** Blob name of a product's archive for a month (`YYYY-MM`). */
function archiveBlobName(product, month) {
    return `${(0,_run_exchange_js__WEBPACK_IMPORTED_MODULE_3__/* .toPathSegment */ .ys)(product)}/index-${month}.json`;
}
/** The report's folder: `<product>/<branch>/<yyyy>/<mm>/<dd>/<run-id>-<attempt>` (no slash). */
function reportPath(loc) {
    const d = loc.createdAt;
    const two = (n) => String(n).padStart(2, '0');
    return [
        (0,_run_exchange_js__WEBPACK_IMPORTED_MODULE_3__/* .toPathSegment */ .ys)(loc.product),
        sanitizeBranch(loc.branch),
        String(d.getUTCFullYear()),
        two(d.getUTCMonth() + 1),
        two(d.getUTCDate()),
        (0,_run_exchange_js__WEBPACK_IMPORTED_MODULE_3__/* .toPathSegment */ .ys)(`${loc.runId}-${loc.attempt}`),
    ].join('/');
}
/** A branch as one path segment: `refs/heads/` dropped, `/` and other specials become `-`. */
function sanitizeBranch(branch) {
    return (0,_run_exchange_js__WEBPACK_IMPORTED_MODULE_3__/* .toPathSegment */ .ys)(branch.replace(/^refs\/heads\//, ''));
}
/** The index entry of a report published at `path`. */
function indexEntryFromReport(report, where) {
    const entry = {
        ...where,
        createdAt: report.createdAt,
        outcome: report.outcome,
        scenarios: report.levels.map((l) => ({
            scenario: l.scenario,
            model: l.model,
            level: l.level,
            successRps: l.throughput.successRps,
            p99Us: l.latencyUs.p99,
            p50Us: l.latencyUs.p50,
            p999Us: l.latencyUs.p999,
            errorRate: l.errorRate,
            // Only the exception is written: most levels are not generator-bound, and the index stays small.
            ...(l.generator.generatorBound && { generatorBound: true }),
        })),
        ...((report.benchmarks?.length ?? 0) > 0 && {
            benchmarks: (report.benchmarks ?? []).map((b) => ({
                scenario: b.scenario,
                name: b.name,
                unit: b.unit,
                direction: b.direction,
                estimate: b.estimate,
            })),
        }),
        schemaVersion: report.schemaVersion,
    };
    if (report.environment.vmSize !== undefined)
        entry.vmSize = report.environment.vmSize;
    if (report.environment.region !== undefined)
        entry.region = report.environment.region;
    return entry;
}
/**
 * Adds (or, for the same `path`, replaces) an entry, keeps entries oldest first and at most
 * `maxEntries`, and returns those pushed out.
 */
function addIndexEntry(index, entry, now, maxEntries = MAX_INDEX_ENTRIES) {
    const entries = index.entries.filter((e) => e.path !== entry.path);
    entries.push(entry);
    entries.sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
    const evicted = entries.length > maxEntries ? entries.splice(0, entries.length - maxEntries) : [];
    const months = new Set(index.archivedMonths);
    for (const e of evicted)
        months.add(monthOf(e.createdAt));
    return {
        index: { ...index, updatedAt: now.toISOString(), entries, archivedMonths: [...months].sort() },
        evicted,
    };
}
/** Merges entries into an archive, by path, oldest first. */
function mergeArchiveEntries(archive, entries, now) {
    const byPath = new Map(archive.entries.map((e) => [e.path, e]));
    for (const e of entries)
        byPath.set(e.path, e);
    const merged = [...byPath.values()].sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
    return { ...archive, updatedAt: now.toISOString(), entries: merged };
}
/** Evicted entries grouped by `YYYY-MM` of their `createdAt`. */
function groupByMonth(entries) {
    const groups = new Map();
    for (const e of entries) {
        const month = monthOf(e.createdAt);
        const list = groups.get(month) ?? [];
        list.push(e);
        groups.set(month, list);
    }
    return groups;
}
/**
 * The latest entry comparable with the query: same product and branch, a completed (`ok`) run
 * written in a result schema this release reads, the same VM size when one is asked for, and a
 * measurement of the same scenario at the same level (and model, when known on both sides).
 */
function findBaselineEntry(index, query) {
    let best;
    for (const e of index.entries) {
        if (e.product !== query.product || e.branch !== query.branch)
            continue;
        if ((e.outcome ?? 'ok') !== 'ok')
            continue;
        // Version 1 differs only in counting 503/429 as failures; a baseline without them is the same.
        if (!_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .READABLE_RESULT_SCHEMA_VERSIONS */ .b7.includes(e.schemaVersion))
            continue;
        if (query.vmSize !== undefined && e.vmSize !== query.vmSize)
            continue;
        const measured = e.scenarios.some((s) => s.scenario === query.scenario &&
            s.level === query.level &&
            (query.model === undefined || s.model === undefined || s.model === query.model));
        if (!measured)
            continue;
        if (best === undefined || timeOf(e.createdAt) >= timeOf(best.createdAt))
            best = e;
    }
    return best;
}
/** Parses `index.json` text; throws `REPORT_INDEX_INVALID` naming `source` when unreadable. */
function decodeReportIndex(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw indexError(`${source} is not JSON (${error.message})`, error);
    }
    const version = json?.indexVersion;
    if (version !== INDEX_VERSION) {
        throw indexError(`${source} has index version ${JSON.stringify(version)}; this release reads version ${INDEX_VERSION}`);
    }
    const parsed = ReportIndexSchema.safeParse(json);
    if (!parsed.success) {
        throw indexError(`${source} is not a valid report index: ${(0,_plan_codec_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssues */ .wF)(parsed.error)}`, parsed.error);
    }
    return parsed.data;
}
function indexError(message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR('REPORT_INDEX_INVALID', message, 'Restore the index from its previous blob version or snapshot, or delete it: reports stay ' +
        'in place, and the next published report starts a new index.', { cause });
}
function timeOf(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? 0 : t;
}
function monthOf(iso) {
    const t = timeOf(iso);
    return new Date(t).toISOString().slice(0, 7);
}
//# sourceMappingURL=report-index.js.map

/***/ }),

/***/ 30693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ planForLoadAgent),
/* harmony export */   RT: () => (/* binding */ STATUS_BLOB),
/* harmony export */   TL: () => (/* binding */ COMMAND_LOGS_FOLDER),
/* harmony export */   UY: () => (/* binding */ RESULTS_FOLDER),
/* harmony export */   ax: () => (/* binding */ combineRunnerStates),
/* harmony export */   c1: () => (/* binding */ PLAN_BLOB),
/* harmony export */   c8: () => (/* binding */ RUNNER_BUNDLE_BLOB),
/* harmony export */   fL: () => (/* binding */ LOG_BLOB),
/* harmony export */   wf: () => (/* binding */ estimatePlanDurationMs),
/* harmony export */   ys: () => (/* binding */ toPathSegment)
/* harmony export */ });
/* unused harmony exports agentFolder, levelFileStem, countPlanLevels */
/** Blob name of the encoded plan, relative to the run prefix. */
const PLAN_BLOB = 'inputs/plan.json';
/**
 * Blob name of the runner bundle, relative to the run prefix. `.mjs` because the ESM bundle is
 * run on its own, without the `package.json` that marks its folder as ESM.
 */
const RUNNER_BUNDLE_BLOB = 'inputs/runner.mjs';
/** Folder the runners write to, relative to the run prefix. */
const RESULTS_FOLDER = 'results';
/** Name of the heartbeat file in an agent's results folder. */
const STATUS_BLOB = 'status.json';
/** Name of the log file in an agent's results folder. */
const LOG_BLOB = 'runner.log';
/** An agent's results folder relative to the results URL, e.g. `agent-0`. */
function agentFolder(agentIndex) {
    return `agent-${agentIndex}`;
}
/** Base name (no extension) of a level's files, e.g. `0003-mt103-standard-32`. */
function levelFileStem(levelIndex, scenario, level) {
    return `${String(levelIndex).padStart(4, '0')}-${toPathSegment(`${scenario}-${level}`)}`;
}
/** Keeps letters, digits, `.`, `_` and `-` (others become `-`), never empty, at most 100 chars. */
function toPathSegment(text) {
    const clean = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[-.]+|-+$/g, '');
    return clean.slice(0, 100) || 'unnamed';
}
/**
 * Scenario × level runs in a plan: the number of level files a finished agent writes (for one
 * round of a same-VM A/B, one per side and step).
 */
function countPlanLevels(plan, round) {
    return round ? 2 * round.steps.length : plan.scenarios.length * plan.load.levels.length;
}
/** Time the plan's levels take back to back (warm-up, window, cool-down each), ms. */
function estimatePlanDurationMs(plan) {
    const { warmupMs, durationMs, cooldownMs } = plan.load;
    return countPlanLevels(plan) * (warmupMs + durationMs + cooldownMs);
}
/**
 * The plan as a load VM receives it: the same levels and scenarios, without what the load VM
 * does not need and Blob should not keep (the product's environment, which may hold secrets,
 * and the resolved config). The runner takes its target from `BENCH_TARGET_URL`.
 */
function planForLoadAgent(plan) {
    const target = plan.target.kind === 'url' ? plan.target : { ...plan.target, env: {} };
    return { ...plan, target, resolvedConfig: null };
}
/** Folder of the run commands' logs, relative to the run prefix: `logs/<command>/stdout.log`. */
const COMMAND_LOGS_FOLDER = 'logs';
const STATE_SEVERITY = {
    failed: 4,
    interrupted: 3,
    running: 2,
    'not-started': 1,
    finished: 0,
};
/** The worst of the agents' states; `not-started` when there are none. */
function combineRunnerStates(states) {
    let worst;
    for (const s of states) {
        if (worst === undefined || STATE_SEVERITY[s] > STATE_SEVERITY[worst])
            worst = s;
    }
    return worst ?? 'not-started';
}
//# sourceMappingURL=run-exchange.js.map

/***/ }),

/***/ 16125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   PP: () => (/* binding */ DEFAULT_BOOTSTRAP_SEED),
/* harmony export */   SZ: () => (/* binding */ createRng),
/* harmony export */   bF: () => (/* binding */ bootstrapRelativeChange),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   u8: () => (/* binding */ DEFAULT_BOOTSTRAP_ITERATIONS),
/* harmony export */   ub: () => (/* binding */ bootstrapDifference)
/* harmony export */ });
/* unused harmony exports summarize, quantileSorted */
/**
 * Percentile bootstrap intervals for comparing two small samples (per-round or per-second
 * values). The generator is a seeded PRNG so the same inputs always give the same interval: a
 * verdict that flips on a re-render would destroy trust in it.
 */
/** Default number of bootstrap resamples. */
const DEFAULT_BOOTSTRAP_ITERATIONS = 2000;
/** Default PRNG seed. */
const DEFAULT_BOOTSTRAP_SEED = 20_261_129;
/** mulberry32: tiny, fast and good enough for resampling indexes; deterministic per seed. */
function createRng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/** Median of a non-empty list (mean of the two middle values for even sizes); NaN when empty. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Arithmetic mean; NaN when empty. */
function mean(values) {
    if (values.length === 0)
        return Number.NaN;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** The chosen statistic of a sample. */
function summarize(values, statistic) {
    return statistic === 'median' ? median(values) : mean(values);
}
/** Value at quantile q (0..1) of a sorted list, linear interpolation between ranks. */
function quantileSorted(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (pos - lo);
}
/** Fills `out` with a resample (with replacement) of `values`. */
function resampleInto(values, out, rng) {
    const n = values.length;
    for (let i = 0; i < n; i++)
        out[i] = values[Math.floor(rng() * n)];
}
/**
 * Bootstraps `combine(stat(resampled a), stat(resampled b))`, resampling each side
 * independently, and returns the percentile interval. `undefined` when a side is empty or no
 * resample gave a finite value.
 */
function bootstrapTwoSample(a, b, combine, options) {
    if (a.length === 0 || b.length === 0)
        return undefined;
    const statistic = options.statistic ?? 'median';
    const iterations = Math.max(1, Math.floor(options.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS));
    const confidence = options.confidence ?? 0.95;
    const rng = createRng(options.seed ?? DEFAULT_BOOTSTRAP_SEED);
    const estimate = combine(summarize(a, statistic), summarize(b, statistic));
    if (!Number.isFinite(estimate))
        return undefined;
    const bufA = new Array(a.length);
    const bufB = new Array(b.length);
    const draws = [];
    for (let i = 0; i < iterations; i++) {
        resampleInto(a, bufA, rng);
        resampleInto(b, bufB, rng);
        const v = combine(summarize(bufA, statistic), summarize(bufB, statistic));
        if (Number.isFinite(v))
            draws.push(v);
    }
    if (draws.length === 0)
        return undefined;
    draws.sort((x, y) => x - y);
    const alpha = (1 - confidence) / 2;
    return {
        estimate,
        low: quantileSorted(draws, alpha),
        high: quantileSorted(draws, 1 - alpha),
        confidence,
        iterations: draws.length,
    };
}
/**
 * Interval of stat(candidate) / stat(baseline) − 1 (e.g. +0.15 for 15% higher). Resamples whose
 * baseline statistic is zero are dropped.
 */
function bootstrapRelativeChange(baseline, candidate, options = {}) {
    return bootstrapTwoSample(baseline, candidate, (b, c) => (b > 0 ? c / b - 1 : Number.NaN), options);
}
/** Interval of stat(candidate) − stat(baseline), for quantities compared absolutely. */
function bootstrapDifference(baseline, candidate, options = {}) {
    return bootstrapTwoSample(baseline, candidate, (b, c) => c - b, options);
}
//# sourceMappingURL=bootstrap.js.map

/***/ }),

/***/ 12472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ DEFAULT_CONFIDENCE),
/* harmony export */   aV: () => (/* binding */ DEFAULT_THRESHOLD),
/* harmony export */   hm: () => (/* binding */ judgeInterval),
/* harmony export */   jA: () => (/* binding */ decideOverallVerdict),
/* harmony export */   ll: () => (/* binding */ compareReports),
/* harmony export */   m9: () => (/* binding */ DEFAULT_ERROR_RATE_THRESHOLD),
/* harmony export */   wx: () => (/* binding */ summarizeVerdicts)
/* harmony export */ });
/* unused harmony exports MIN_ROUNDS_WITHOUT_FLOOR, NO_BASELINE_HEADLINE */
/* harmony import */ var _report_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25561);
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16125);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19335);
/* harmony import */ var _metric_samples_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36365);




/** Default relative threshold: changes within ±5% count as no change. */
const DEFAULT_THRESHOLD = 0.05;
/** Default error-rate threshold: 0.1 percentage points. */
const DEFAULT_ERROR_RATE_THRESHOLD = 0.001;
/** Default confidence level of the intervals. */
const DEFAULT_CONFIDENCE = 0.95;
/**
 * Rounds per side from which the percentile bootstrap is trusted alone; with fewer, a change
 * must also clear the rounds' own spread (see `findNoiseFloor`).
 */
const MIN_ROUNDS_WITHOUT_FLOOR = 5;
/** Headline when there is nothing to compare against. */
const NO_BASELINE_HEADLINE = 'No baseline yet: this run becomes the reference';
/**
 * Compares a candidate with a baseline, each a list of rounds, metric by metric at every
 * scenario × level present on both sides. An empty baseline gives a `no-baseline` comparison.
 */
function compareReports(baseline, candidate, opts = {}) {
    const settings = {
        threshold: opts.threshold ?? DEFAULT_THRESHOLD,
        errorRateThreshold: opts.errorRateThreshold ?? DEFAULT_ERROR_RATE_THRESHOLD,
        confidence: opts.confidence ?? DEFAULT_CONFIDENCE,
        iterations: opts.iterations ?? _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BOOTSTRAP_ITERATIONS */ .u8,
        seed: opts.seed ?? _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BOOTSTRAP_SEED */ .PP,
    };
    const metricsWanted = opts.metrics ?? _report_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARED_METRICS */ .wo;
    const base = {
        baselineLabel: opts.baselineLabel ?? 'baseline',
        candidateLabel: opts.candidateLabel ?? 'candidate',
        rounds: { baseline: baseline.length, candidate: candidate.length },
        mode: opts.mode ?? 'ab',
        settings,
        ...(opts.noise ? { noise: opts.noise } : {}),
    };
    if (baseline.length === 0) {
        return {
            ...base,
            metrics: [],
            headline: NO_BASELINE_HEADLINE,
            verdict: 'no-baseline',
            notes: [],
        };
    }
    const notes = describeRounds(baseline, 'baseline').concat(describeRounds(candidate, 'candidate'));
    const baseGroups = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .groupLevelRounds */ .$g)(baseline);
    const candGroups = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .groupLevelRounds */ .$g)(candidate);
    const metrics = [];
    for (const [key, cand] of candGroups) {
        const baseGroup = baseGroups.get(key);
        if (!baseGroup) {
            notes.push(`${cand.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(cand.model, cand.level)}: not in the baseline; not compared.`);
            continue;
        }
        for (const metric of metricsWanted) {
            const known = opts.noise?.find((n) => n.metric === metric &&
                n.scenario === cand.scenario &&
                n.model === cand.model &&
                n.level === cand.level);
            const m = compareMetric(baseGroup, cand, metric, settings, notes, known);
            if (m)
                metrics.push(m);
        }
    }
    for (const [key, b] of baseGroups) {
        if (!candGroups.has(key)) {
            notes.push(`${b.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(b.model, b.level)}: not in the candidate; not compared.`);
        }
    }
    notes.push(...describeSampleSize(baseline.length, candidate.length));
    return {
        ...base,
        metrics,
        headline: summarizeVerdicts(metrics),
        verdict: decideOverallVerdict(metrics),
        notes,
    };
}
/** What the number of rounds means for the verdicts, in words. */
function describeSampleSize(baselineRounds, candidateRounds) {
    const fewest = Math.min(baselineRounds, candidateRounds);
    if (fewest === 0)
        return [];
    if ((0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSampleSource */ .hX)(baselineRounds, candidateRounds) === 'seconds') {
        return [
            'One round on a side: intervals come from per-second values and cannot see how much whole runs differ; on shared machines run 3 or more rounds per side, or pass an A/A noise estimate.',
        ];
    }
    if (fewest < MIN_ROUNDS_WITHOUT_FLOOR) {
        return [
            `${fewest} rounds on the smaller side: a change is called only when its interval also clears the rounds' own spread; ${MIN_ROUNDS_WITHOUT_FLOOR} or more rounds per side give sharper verdicts.`,
        ];
    }
    return [];
}
/** Notes about rounds whose numbers deserve caution. */
function describeRounds(reports, side) {
    const notes = [];
    reports.forEach((r, i) => {
        if (r.partial || r.outcome !== 'ok') {
            notes.push(`${side} round ${i + 1} ended as "${r.outcome}"${r.partial ? ' (partial)' : ''}; its levels hold what was measured.`);
        }
    });
    return notes;
}
/** Compares one metric of one level; `undefined` when neither side measured it. */
function compareMetric(baseGroup, candGroup, metric, settings, notes, known) {
    const where = `${candGroup.scenario} at ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .levelLabel */ .v3)(candGroup.model, candGroup.level)}`;
    const baseValues = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectRoundValues */ .h8)(baseGroup.rounds, metric);
    const candValues = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectRoundValues */ .h8)(candGroup.rounds, metric);
    const changeKind = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .isComparedAbsolutely */ .Sb)(metric) ? 'difference' : 'ratio';
    const source = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSampleSource */ .hX)(baseGroup.rounds.length, candGroup.rounds.length);
    const head = {
        scenario: candGroup.scenario,
        model: candGroup.model,
        level: candGroup.level,
        metric,
        changeKind,
    };
    if (baseValues.length === 0 && candValues.length === 0) {
        // Server CPU is optional: silently absent when no side sampled the target.
        if (metric !== 'serverCpuUsPerRequest') {
            notes.push(`${where}: no ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} on either side; not compared.`);
        }
        return undefined;
    }
    const baselineValue = baseValues.length > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(baseValues) : Number.NaN;
    const candidateValue = candValues.length > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(candValues) : Number.NaN;
    const change = changeKind === 'ratio'
        ? baselineValue > 0
            ? candidateValue / baselineValue - 1
            : Number.NaN
        : candidateValue - baselineValue;
    const invalid = (reason) => ({
        ...head,
        baseline: finiteOr0(baselineValue),
        candidate: finiteOr0(candidateValue),
        change: finiteOr0(change),
        ci: null,
        samples: { source, baseline: 0, candidate: 0 },
        verdict: 'invalid',
        reason,
    });
    if (isGeneratorBound(baseGroup.rounds) || isGeneratorBound(candGroup.rounds)) {
        const sides = [
            isGeneratorBound(baseGroup.rounds) ? 'baseline' : '',
            isGeneratorBound(candGroup.rounds) ? 'candidate' : '',
        ].filter(Boolean);
        return invalid(`the load generator saturated (${sides.join(' and ')}); not judged`);
    }
    const noValues = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .missingSideReason */ ._I)(metric, baseValues, candValues);
    if (noValues !== undefined)
        return invalid(noValues);
    if (changeKind === 'ratio' && !(baselineValue > 0)) {
        return invalid(`the baseline ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} is zero; a relative change is undefined`);
    }
    const baseSample = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectSamples */ .uM)(baseGroup.rounds, metric, source);
    const candSample = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .collectSamples */ .uM)(candGroup.rounds, metric, source);
    const judged = {
        ...head,
        baseline: baselineValue,
        candidate: candidateValue,
        change,
        samples: {
            source,
            baseline: baseSample?.length ?? 0,
            candidate: candSample?.length ?? 0,
        },
    };
    const inconclusive = (reason) => ({
        ...judged,
        ci: null,
        verdict: 'inconclusive',
        reason,
    });
    if (!baseSample || !candSample) {
        return inconclusive(`${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} cannot be resampled from one round (the per-second series does not keep it); run 2 or more rounds`);
    }
    if (baseSample.length < 2 || candSample.length < 2) {
        return inconclusive(`too few ${source === 'rounds' ? 'rounds' : 'seconds'} to estimate the spread (${baseSample.length} baseline, ${candSample.length} candidate); run more rounds or longer levels`);
    }
    if (metric === 'errorRate' && isAllZero(baseSample) && isAllZero(candSample)) {
        return {
            ...judged,
            ci: { low: 0, high: 0, confidence: settings.confidence },
            verdict: 'no-change',
            reason: 'no failures on either side',
        };
    }
    const boot = changeKind === 'ratio'
        ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapRelativeChange */ .bF)(baseSample, candSample, settings)
        : (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapDifference */ .ub)(baseSample, candSample, settings);
    if (!boot)
        return inconclusive('the bootstrap produced no usable resample (zero baseline values)');
    const ci = centreInterval(change, boot, changeKind, settings.confidence);
    const threshold = changeKind === 'ratio' ? settings.threshold : settings.errorRateThreshold;
    const floor = findNoiseFloor(baseSample, candSample, source, changeKind, settings, known);
    const { verdict, reason } = judgeInterval(metric, ci, threshold, changeKind, source, floor);
    return { ...judged, ci, verdict, reason };
}
/**
 * Moves the bootstrap interval onto the reported point estimate. With rounds the two coincide
 * (the same median of the same values); with one round the interval's spread comes from the
 * per-second values while the point is the whole-level value users see in the report, so the
 * interval keeps its relative shape around that point.
 */
function centreInterval(point, boot, kind, confidence) {
    if (kind === 'difference') {
        return {
            low: point + (boot.low - boot.estimate),
            high: point + (boot.high - boot.estimate),
            confidence,
        };
    }
    // A resampled candidate of zero (no throughput at all) leaves nothing to scale by.
    if (!(1 + boot.estimate > 0))
        return { low: boot.low, high: boot.high, confidence };
    const scale = (1 + point) / (1 + boot.estimate);
    return { low: (1 + boot.low) * scale - 1, high: (1 + boot.high) * scale - 1, confidence };
}
/**
 * The noise floor a change must clear besides the threshold. With few rounds a percentile
 * bootstrap is too optimistic: with two rounds per side, both candidate rounds land above both
 * baseline rounds one time in six by chance alone. So below `MIN_ROUNDS_WITHOUT_FLOOR` rounds
 * per side, each side is compared with itself (A/A by resampling) and the larger spread must be
 * cleared too. A separate A/A estimate, when given, is a floor as well, and the only one a
 * single-round comparison has: one round cannot see how much whole runs differ.
 */
function findNoiseFloor(baseSample, candSample, source, kind, settings, known) {
    let best;
    if (source === 'rounds' &&
        Math.min(baseSample.length, candSample.length) < MIN_ROUNDS_WITHOUT_FLOOR) {
        const spread = Math.max(selfNoise(baseSample, kind, settings), selfNoise(candSample, kind, settings));
        if (spread > 0)
            best = { floor: spread, origin: 'rounds' };
    }
    if (known && known.minDetectableChange > (best?.floor ?? 0)) {
        best = { floor: known.minDetectableChange, origin: 'estimate' };
    }
    return best;
}
/** Largest |change| an A/A comparison of a sample with itself reaches. */
function selfNoise(sample, kind, settings) {
    const aa = kind === 'ratio'
        ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapRelativeChange */ .bF)(sample, sample, settings)
        : (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapDifference */ .ub)(sample, sample, settings);
    return aa ? Math.max(Math.abs(aa.low), Math.abs(aa.high)) : 0;
}
/** What a worse or better value of the metric means, in words. */
function consequence(metric, worse) {
    switch (metric) {
        case 'successRps':
            return worse ? 'lower throughput' : 'higher throughput';
        case 'errorRate':
            return worse ? 'more failures' : 'fewer failures';
        case 'serverCpuUsPerRequest':
            return worse ? 'more server CPU per request' : 'less server CPU per request';
        default:
            return worse
                ? `higher ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} latency`
                : `lower ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .metricLabel */ .B)(metric)} latency`;
    }
}
/**
 * The rule: regression or improvement when the whole interval lies beyond the threshold (and
 * beyond the noise floor, when one is given); no change when it lies within ±threshold;
 * inconclusive otherwise, with the reason.
 */
function judgeInterval(metric, ci, threshold, kind, 
// Stryker disable next-line StringLiteral: equivalent, only 'seconds' changes the wording
source = 'rounds', noise) {
    const higherBetter = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_2__/* .isHigherBetter */ .KA)(metric);
    const interval = `interval ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInterval */ .vy)(ci, kind)}`;
    const plus = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(threshold, kind);
    const minus = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(-threshold, kind);
    // Stryker disable next-line StringLiteral,ConditionalExpression: equivalent, a threshold is positive, so its limit always starts with +
    const band = plus.startsWith('+') ? `±${plus.slice(1)}` : plus;
    const above = ci.low > threshold;
    const below = ci.high < -threshold;
    const oneRound = source === 'seconds' ? ' (from per-second values of one round)' : '';
    const advice = source === 'seconds' ? 'run 2 or more rounds per side' : 'run more rounds or longer levels';
    if (above || below) {
        const worse = higherBetter ? below : above;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a floor at or below the threshold is cleared by every interval beyond the threshold
        if (noise && noise.floor > threshold) {
            const beyondNoise = above ? ci.low > noise.floor : ci.high < -noise.floor;
            if (!beyondNoise) {
                const floorText = `±${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLimit */ .tW)(noise.floor, kind).slice(1)}`;
                const origin = noise.origin === 'rounds'
                    ? 'the spread between its own rounds'
                    : 'the A/A noise estimate';
                return {
                    verdict: 'inconclusive',
                    reason: `${interval} lies ${above ? `above ${plus}` : `below ${minus}`} but not beyond the noise of this setup (${floorText}, ${origin})${oneRound}; the change may be real but is not certain; ${advice}`,
                };
            }
        }
        return {
            verdict: worse ? 'regression' : 'improvement',
            reason: `${interval} lies entirely ${above ? `above ${plus}` : `below ${minus}`}${oneRound}: ${consequence(metric, worse)}`,
        };
    }
    if (ci.low >= -threshold && ci.high <= threshold) {
        return { verdict: 'no-change', reason: `${interval} lies within ${band}${oneRound}` };
    }
    if (ci.high - ci.low > 2 * threshold) {
        return {
            verdict: 'inconclusive',
            reason: `${interval} is wider than the ${band} threshold${oneRound}; ${advice}`,
        };
    }
    return {
        verdict: 'inconclusive',
        // Stryker disable next-line EqualityOperator: equivalent, an interval ending exactly on +threshold either lies within the band or is wider than it
        reason: `${interval} straddles the ${ci.high > threshold ? plus : minus} threshold${oneRound}; the change may be real but is not certain; ${advice}`,
    };
}
/** True when any round of the level was limited by the load generator. */
function isGeneratorBound(rounds) {
    return rounds.some((r) => r.generator.generatorBound);
}
function isAllZero(values) {
    return values.every((v) => v === 0);
}
function finiteOr0(x) {
    return Number.isFinite(x) ? x : 0;
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** One line: "2 regressions, 1 improvement, 5 unchanged across 3 levels". */
function summarizeVerdicts(metrics) {
    if (metrics.length === 0)
        return 'Nothing compared: no level was measured on both sides';
    const count = (v) => metrics.filter((m) => m.verdict === v).length;
    const parts = [
        [count('regression'), 'regression', 'regressions'],
        [count('improvement'), 'improvement', 'improvements'],
        [count('no-change'), 'unchanged', 'unchanged'],
        [count('inconclusive'), 'inconclusive', 'inconclusive'],
        [count('invalid'), 'not judged', 'not judged'],
    ];
    const levels = new Set(metrics.map((m) => `${m.scenario}\u0000${m.model}\u0000${m.level}`)).size;
    const text = parts
        .filter(([n]) => n > 0)
        .map(([n, one, many]) => plural(n, one, many))
        .join(', ');
    return `${text} across ${plural(levels, 'level', 'levels')}`;
}
/**
 * The comparison's verdict: any regression wins; then any inconclusive metric (an improvement
 * elsewhere does not make an uncertain run good news); then improvement, no change, invalid.
 */
function decideOverallVerdict(metrics) {
    const order = [
        'regression',
        'inconclusive',
        'improvement',
        'no-change',
        'invalid',
    ];
    for (const v of order)
        if (metrics.some((m) => m.verdict === v))
            return v;
    return 'no-baseline';
}
//# sourceMappingURL=compare.js.map

/***/ }),

/***/ 49390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ verdictIsBadNews),
/* harmony export */   Zy: () => (/* binding */ judgeRun),
/* harmony export */   j6: () => (/* binding */ verdictOfError),
/* harmony export */   tE: () => (/* binding */ verdictFailsStep),
/* harmony export */   uo: () => (/* binding */ FailOnModes)
/* harmony export */ });
/* unused harmony exports Verdicts, exitCodeOfVerdict */
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40154);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12472);
/**
 * The verdict of a run, decided once for every front end: `bench run` and `bench compare` turn
 * it into an exit code, the action into its `verdict` and `regressions` outputs, the summary,
 * the PR comment and whether the step fails under `fail-on`. Infrastructure comes first: a run
 * that was interrupted or whose target failed is never called a regression, and a verdict that
 * could not be judged never fails anything.
 */



/** Values of the action's `verdict` output, from best to worst news. */
const Verdicts = (/* unused pure expression or super */ null && ([
    'pass',
    'improvement',
    'no-change',
    'no-baseline',
    'inconclusive',
    'regression',
    'threshold-failed',
    'target-failure',
    'error',
    'interrupted',
    'skipped',
]));
/** Values of the action's `fail-on` input: what fails the step. */
const FailOnModes = ['regression', 'threshold', 'never'];
/** Judges a run: interruption, then target failure, then fail thresholds, then the comparison. */
function judgeRun(run) {
    const thresholds = run.thresholds ?? [];
    const findings = [
        ...(run.comparison?.metrics ?? [])
            .filter((m) => m.verdict === 'regression')
            .map((m) => ({
            source: 'comparison',
            scenario: m.scenario,
            level: m.level,
            metric: m.metric,
            reason: m.reason,
            baseline: m.baseline,
            candidate: m.candidate,
            change: m.change,
        })),
        ...(run.benchmarks ?? []).flatMap((b) => b.comparison?.verdict === 'regression'
            ? [
                {
                    source: 'comparison',
                    scenario: b.scenario,
                    level: 0,
                    metric: b.name,
                    reason: b.comparison.reason,
                    baseline: b.comparison.baseline,
                    candidate: b.estimate,
                    change: b.comparison.change,
                },
            ]
            : []),
        ...thresholds
            .filter((t) => t.status === 'fail')
            .map((t) => ({
            source: 'threshold',
            scenario: t.scenario,
            level: t.level,
            metric: t.metric,
            threshold: t.threshold,
            reason: t.message,
            ...(t.observed !== null && { candidate: t.observed }),
        })),
        ...(run.benchmarkThresholds ?? [])
            .filter((t) => t.status === 'fail')
            .map((t) => ({
            source: 'threshold',
            scenario: t.scenario,
            level: 0,
            metric: t.benchmark,
            threshold: t.threshold,
            reason: t.message,
            ...(t.observed !== null && { candidate: t.observed }),
        })),
    ];
    return { verdict: verdictOf(run, findings), findings };
}
function verdictOf(run, findings) {
    if (run.outcome === 'interrupted')
        return 'interrupted';
    if (run.outcome === 'target-failure')
        return 'target-failure';
    if (findings.some((f) => f.source === 'threshold'))
        return 'threshold-failed';
    // Command benchmarks are judged by the same rule as HTTP levels; a run has one or the other.
    const judged = (run.benchmarks ?? []).flatMap((b) => (b.comparison ? [b.comparison] : []));
    const comparisonVerdict = run.comparison?.verdict ?? (judged.length > 0 ? (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .decideOverallVerdict */ .jA)(judged) : undefined);
    switch (comparisonVerdict) {
        case undefined:
            return 'pass';
        case 'regression':
        case 'improvement':
        case 'no-change':
        case 'inconclusive':
        case 'no-baseline':
            return comparisonVerdict;
        // Levels limited by the load generator cannot be judged: that is not a pass either.
        case 'invalid':
            return 'inconclusive';
    }
}
/** Exit code of `bench` for a verdict (see the README's exit codes). */
function exitCodeOfVerdict(verdict) {
    switch (verdict) {
        case 'interrupted':
            return ExitCode.interrupted;
        case 'target-failure':
            return ExitCode.targetFailure;
        case 'error':
            return ExitCode.internalError;
        case 'threshold-failed':
        case 'regression':
            return ExitCode.thresholdFailed;
        default:
            return ExitCode.ok;
    }
}
/**
 * Whether a verdict fails the action's step under `fail-on`. A run that measured nothing
 * trustworthy (target failure, error, interruption) always fails; a crossed fail threshold
 * unless `never`; a regression only with `regression`.
 */
function verdictFailsStep(verdict, failOn) {
    switch (verdict) {
        case 'target-failure':
        case 'error':
        case 'interrupted':
            return true;
        case 'threshold-failed':
            return failOn !== 'never';
        case 'regression':
            return failOn === 'regression';
        default:
            return false;
    }
}
/** Whether the verdict is worth a PR comment under `comment: on-regression`. */
function verdictIsBadNews(verdict) {
    return verdict === 'regression' || verdict === 'threshold-failed';
}
/**
 * The verdict of a run that produced no report: a target or infrastructure failure says so, any
 * other error (bad input, a bug) is an `error`.
 */
function verdictOfError(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BenchError */ .LR && (error.kind === 'target' || error.kind === 'infrastructure')) {
        return 'target-failure';
    }
    return 'error';
}
//# sourceMappingURL=verdict.js.map

/***/ }),

/***/ 77329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ visibleText)
/* harmony export */ });
/**
 * Text from a config file, a target's output or an error, made safe to print on a terminal or
 * in a log: control characters (ESC starts the sequences that recolour, move the cursor,
 * retitle the window or, in some terminals, run commands) and the Unicode controls that reorder
 * text are shown as escapes (`\x1b`, `\r`, `\u202e`) instead of being obeyed.
 */
// C0 controls except the newline (handled by `keepNewlines`), DEL, C1 controls, and the
// bidirectional formatting characters. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\t': '\\t', '\r': '\\r', '\n': '\\n' };
/** `text` with every control character written as an escape; newlines kept unless told otherwise. */
function visibleText(text, opts = {}) {
    const keepNewlines = opts.keepNewlines ?? true;
    const shown = text.replace(CONTROL, escapeOne);
    return keepNewlines ? shown : shown.replace(/\n/g, '\\n');
}
function escapeOne(char) {
    const named = NAMED[char];
    if (named !== undefined)
        return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
//# sourceMappingURL=visible-text.js.map

/***/ }),

/***/ 44005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ downloadTextIfExists),
/* harmony export */   Mb: () => (/* binding */ sleepMs),
/* harmony export */   mf: () => (/* binding */ readBodyText),
/* harmony export */   q5: () => (/* binding */ createBlobServiceClient),
/* harmony export */   yh: () => (/* binding */ blobErrorStatus)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34778);

/** The service client for a connection. */
function createBlobServiceClient(connection) {
    if ('serviceClient' in connection)
        return connection.serviceClient;
    if ('connectionString' in connection) {
        return _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS.fromConnectionString(connection.connectionString, connection.clientOptions);
    }
    return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS(connection.accountUrl, connection.credential, connection.clientOptions);
}
/** HTTP status of a failed Blob call, if it was one. */
function blobErrorStatus(error) {
    if (error instanceof _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .RestError */ .pj)
        return error.statusCode;
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
/** Waits `ms` milliseconds (the default delay of bounded retries; tests inject their own). */
function sleepMs(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Reads a whole blob as UTF-8 text with its ETag; undefined when the blob does not exist. */
async function downloadTextIfExists(service, container, blobName) {
    const blob = service.getContainerClient(container).getBlobClient(blobName);
    try {
        const response = await blob.download();
        const text = await readBodyText(response.readableStreamBody);
        return { text, etag: response.etag };
    }
    catch (error) {
        const status = blobErrorStatus(error);
        if (status === 404)
            return undefined;
        throw error;
    }
}
/** Collects a Node readable stream into UTF-8 text. */
async function readBodyText(stream) {
    if (!stream)
        return '';
    const chunks = [];
    for await (const chunk of stream) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
//# sourceMappingURL=blob-service-client.js.map

/***/ }),

/***/ 70688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ azureOidcAudience),
/* harmony export */   l: () => (/* binding */ createAzureCredential)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23952);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_azure_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51484);



/** Audience GitHub's OIDC token must carry for Microsoft Entra workload identity federation. */
const azureOidcAudience = 'api://AzureADTokenExchange';
/** The credential for ARM and Blob calls. */
function createAzureCredential(opts) {
    const common = {
        ...(opts.authorityHost !== undefined && { authorityHost: opts.authorityHost }),
        ...(opts.disableInstanceDiscovery !== undefined && {
            disableInstanceDiscovery: opts.disableInstanceDiscovery,
        }),
        ...(opts.ca !== undefined && { tlsOptions: { ca: opts.ca } }),
    };
    if (!opts.getIdToken) {
        return new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .DefaultAzureCredential */ .gv({
            ...common,
            ...(opts.tenantId && { tenantId: opts.tenantId }),
        });
    }
    for (const [field, value] of [
        ['tenant-id', opts.tenantId],
        ['client-id', opts.clientId],
    ]) {
        if ((0,_core_azure_shell_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSafeValue */ .$Y)('guid', field, value)) {
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('AZURE_IDENTITY_INVALID', `Azure ${field} must be a GUID, got ${JSON.stringify(value)}.`, `Set ${field} to the Directory (tenant) id and the Application (client) id of the app registration trusted for GitHub OIDC; see docs/azure.md.`);
        }
    }
    const getIdToken = opts.getIdToken;
    // A fresh GitHub token per request: MSAL calls this for every token it fetches.
    return new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientAssertionCredential */ .XI(opts.tenantId, opts.clientId, () => getIdToken(), common);
}
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 55638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qo: () => (/* binding */ findProvisioningBlock),
/* harmony export */   wc: () => (/* binding */ readActionContext)
/* harmony export */ });
/* unused harmony export measuredRefOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/**
 * What the action knows about the workflow run, read from the runner's environment and event
 * payload when a step starts. (`@actions/github`'s `context` is read once at import time; this
 * is read when asked, which keeps tests and the post step honest.)
 */

function objectAt(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return typeof current === 'object' && current !== null
        ? current
        : undefined;
}
function stringAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const leaf = parent?.[path[path.length - 1] ?? ''];
    return typeof leaf === 'string' ? leaf : undefined;
}
function numberAt(value, ...path) {
    const parent = objectAt(value, ...path.slice(0, -1));
    const leaf = parent?.[path[path.length - 1] ?? ''];
    return typeof leaf === 'number' ? leaf : undefined;
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        // A missing or unreadable payload only costs the PR comment and fork detection.
        return {};
    }
}
/** Reads the run's context from `env` (the process environment by default). */
function readActionContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '0';
    const runAttempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;
    // A PR number comes from the PR itself, an issue comment on a PR, or the PR that triggered a
    // `workflow_run` (GitHub lists it only for same-repository PRs).
    const workflowRunPrs = objectAt(payload, 'workflow_run')?.pull_requests;
    const firstWorkflowRunPr = Array.isArray(workflowRunPrs)
        ? workflowRunPrs[0]
        : undefined;
    const pullRequestNumber = numberAt(payload, 'pull_request', 'number') ??
        (objectAt(payload, 'issue', 'pull_request')
            ? numberAt(payload, 'issue', 'number')
            : undefined) ??
        numberAt(firstWorkflowRunPr, 'number');
    const measured = measuredRefOf(env, payload, pullRequestNumber);
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        run: {
            repository,
            runId,
            runAttempt,
            job: env.GITHUB_JOB ?? 'job',
            runUrl: `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`,
        },
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        pullRequestNumber,
        headRepository: stringAt(payload, 'pull_request', 'head', 'repo', 'full_name'),
        hasOidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        stepId: env.GITHUB_ACTION ?? 'bench',
        measured,
        ...(measured.sha !== '' && { headSha: measured.sha }),
    };
}
/**
 * The branch and commit a run measured. `pull_request` events name the PR's head and base.
 * `workflow_run` and `issue_comment` run in the default branch's context, so `GITHUB_REF_NAME`
 * and `GITHUB_SHA` are the default branch's there (GitHub docs, "Events that trigger
 * workflows"): the PR's head is in the payload (`workflow_run.head_branch`, `head_sha`,
 * `pull_requests[]`), and an issue comment names only the PR's number, so its run is filed
 * under `pr-<number>`. Everything else measured the branch it ran on.
 */
function measuredRefOf(env, payload, pullRequestNumber) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const defaultBranch = stringAt(payload, 'repository', 'default_branch');
    const refName = env.GITHUB_REF_NAME ?? '';
    const sha = env.GITHUB_SHA ?? '';
    if (event === 'workflow_run') {
        const run = objectAt(payload, 'workflow_run');
        const branch = stringAt(run, 'head_branch') ?? refName;
        const triggeredByPr = ['pull_request', 'pull_request_target'].includes(stringAt(run, 'event') ?? '');
        const prs = run?.pull_requests;
        const first = Array.isArray(prs) ? prs[0] : undefined;
        const base = stringAt(first, 'base', 'ref') ?? defaultBranch ?? branch;
        return {
            branch,
            baseBranch: triggeredByPr ? base : branch,
            sha: stringAt(run, 'head_sha') ?? sha,
            isPullRequest: triggeredByPr,
        };
    }
    if (event === 'issue_comment' && pullRequestNumber !== undefined) {
        return {
            branch: `pr-${pullRequestNumber}`,
            baseBranch: defaultBranch ?? refName,
            sha: '',
            isPullRequest: true,
        };
    }
    const headRef = env.GITHUB_HEAD_REF;
    if (headRef !== undefined && headRef !== '') {
        return {
            branch: headRef,
            baseBranch: stringAt(payload, 'pull_request', 'base', 'ref') ?? headRef,
            sha: stringAt(payload, 'pull_request', 'head', 'sha') ?? sha,
            isPullRequest: true,
        };
    }
    return { branch: refName, baseBranch: refName, sha, isPullRequest: false };
}
/**
 * Returns why this run must not provision Azure resources, or undefined when it may. A fork's
 * PR runs with a read-only token and no OIDC token, so it could never authenticate; and running
 * a stranger's image on our subscription must be a maintainer's explicit choice.
 */
function findProvisioningBlock(context) {
    const base = context.run.repository.toLowerCase();
    if (context.headRepository !== undefined && context.headRepository.toLowerCase() !== base) {
        return {
            code: 'FORK_PULL_REQUEST',
            reason: `This pull request comes from the fork ${context.headRepository}: GitHub gives it a read-only token and no OIDC token, so it cannot sign in to Azure.`,
            hint: 'Benchmark fork PRs from a separate workflow triggered by `workflow_run` (it runs in the base repository with id-token: write) after a maintainer has reviewed the change; see docs/action.md#fork-pull-requests.',
        };
    }
    if (!context.hasOidc) {
        return {
            code: 'OIDC_UNAVAILABLE',
            reason: 'The runner offers no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set), so the action cannot sign in to Azure.',
            hint: 'Add `permissions: id-token: write` (and `contents: read`) to the job. Dependabot and fork PRs never get an OIDC token: use the `workflow_run` pattern in docs/action.md for them.',
        };
    }
    return undefined;
}
//# sourceMappingURL=action-context.js.map

/***/ }),

/***/ 56033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   I6: () => (/* binding */ StateKeys),
/* harmony export */   bb: () => (/* binding */ Providers),
/* harmony export */   dX: () => (/* binding */ Modes),
/* harmony export */   q5: () => (/* binding */ CommentModes),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* harmony import */ var _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49390);
/**
 * Every input, output and state key of the action, declared once. `action.yml` must list exactly
 * these inputs and outputs (a test compares them), so a rename happens in one place.
 */
/** Names of the action's inputs, as written in `action.yml` (hyphens kept). */
const Inputs = {
    /** Path of the benchmark config file. */
    config: 'config',
    /** Where the target runs: `azure`, `local` or `url`. */
    provider: 'provider',
    /** Product to benchmark, from the products catalogue. */
    product: 'product',
    /** Products catalogue searched first, relative to the workspace. */
    productsDir: 'products-dir',
    /** Candidate image reference. */
    image: 'image',
    /** Baseline image reference for a same-session A/B comparison. */
    baselineImage: 'baseline-image',
    /** VM sizes, in order of preference. */
    vmSizes: 'vm-sizes',
    /** Azure regions, in order of preference. */
    regions: 'regions',
    /** Number of load VMs. */
    loadAgents: 'load-agents',
    /** Load levels overriding the config. */
    levels: 'levels',
    /** Measured duration per level overriding the config. */
    duration: 'duration',
    /** Entra ID tenant of the federated identity. */
    azureTenantId: 'azure-tenant-id',
    /** Client id of the federated identity. */
    azureClientId: 'azure-client-id',
    /** Subscription that receives the run's resource group. */
    azureSubscriptionId: 'azure-subscription-id',
    /** Resource id of the pre-created user-assigned identity the VMs run as. */
    azureVmIdentity: 'azure-vm-identity',
    /** Azure Container Registry holding the images. */
    acrName: 'acr-name',
    /** Storage account for report history. */
    storageAccount: 'storage-account',
    /** Blob container for report history. */
    storageContainer: 'storage-container',
    /** Image that runs the load-VM runner (Node 24). */
    runnerImage: 'runner-image',
    /** When to post the PR comment. */
    comment: 'comment',
    /** Pull request to comment on when the event names none (the fork `workflow_run` pattern). */
    prNumber: 'pr-number',
    /** Identifies the sticky comment, so several benchmarks can comment on one PR. */
    commentId: 'comment-id',
    /** What fails the step. */
    failOn: 'fail-on',
    /** Token used for the PR comment. */
    githubToken: 'github-token',
    /** mode aggregate: directory of the reports to compare. */
    reportsDir: 'reports-dir',
    /** mode aggregate: the SLO a level must meet. */
    slo: 'slo',
    /** `run`, `plan`, `janitor` or `aggregate`. */
    mode: 'mode',
};
/** Names of the action's outputs, as written in `action.yml`. */
const Outputs = {
    /** Overall verdict, one of `Verdicts`. */
    verdict: 'verdict',
    /** Local directory holding the report files. */
    reportDir: 'report-dir',
    /** URL of the report in Blob storage, when stored there. */
    reportUrl: 'report-url',
    /** Name of the workflow artifact with the report directory. */
    artifactName: 'artifact-name',
    /** Link to the workflow artifact, when one was uploaded. */
    artifactUrl: 'artifact-url',
    /** Link to the sticky PR comment, when one was written. */
    commentUrl: 'comment-url',
    /** Successful requests per second at the headline level. */
    rps: 'rps',
    /** Median latency at the headline level, milliseconds. */
    p50Ms: 'p50-ms',
    /** 99th percentile latency at the headline level, milliseconds. */
    p99Ms: 'p99-ms',
    /** Error rate at the headline level, as a fraction. */
    errorRate: 'error-rate',
    /** JSON list of the findings behind the verdict (regressions and failed thresholds). */
    regressions: 'regressions',
    /** Azure resource group of the run. */
    resourceGroup: 'resource-group',
    /** Link to the branch's `history.html`, when history in Blob is set. */
    historyUrl: 'history-url',
    /** mode aggregate: JSON list of the recommended size per scenario. */
    recommendation: 'recommendation',
    /** JSON list of the level shifts found in the branch's recent history. */
    changePoints: 'change-points',
};
/**
 * Keys of the state the main step hands to the post step (`GITHUB_STATE` → `STATE_<key>`).
 * Never a secret: the runner stores state in plain text.
 */
const StateKeys = {
    /** Marks that the main step started, so the post step knows state is authoritative. */
    started: 'bench-started',
    /** Resource group created (or about to be created) for this run. */
    resourceGroup: 'bench-resource-group',
    /** Subscription holding the resource group. */
    subscriptionId: 'bench-subscription-id',
    /** Report directory written by the main step. */
    reportDir: 'bench-report-dir',
    /** Artifact name chosen by the main step. */
    artifactName: 'bench-artifact-name',
    /** `true` once the main step uploaded the artifact. */
    artifactUploaded: 'bench-artifact-uploaded',
    /** `true` once the main step finished publishing (summary, comment, outputs). */
    published: 'bench-published',
    /** `true` when the main step was interrupted by SIGINT/SIGTERM. */
    interrupted: 'bench-interrupted',
};
/** Values of the `provider` input. */
const Providers = ['azure', 'local', 'url'];
/** Values of the `comment` input. */
const CommentModes = ['always', 'on-regression', 'never'];
/** Values of the `fail-on` input (what fails the step is decided in `core/stats/verdict.ts`). */

/** Values of the `mode` input. */
const Modes = ['run', 'plan', 'preflight', 'janitor', 'aggregate'];
/** Values of the `verdict` output (decided in `core/stats/verdict.ts`). */

//# sourceMappingURL=constants.js.map

/***/ }),

/***/ 2237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W4: () => (/* binding */ getActionSettings)
/* harmony export */ });
/* unused harmony exports InputDefaults, InputProblemsError, quoteInput */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _core_config_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69828);
/* harmony import */ var _core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33961);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49390);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56033);
/**
 * Reads every input once and turns them into one `ActionSettings` object, or fails with every
 * problem at once so a user fixes a workflow in one edit instead of one run per typo. Values are
 * checked by the shared value rules (`core/config/value-rules.ts`) and durations by the shared
 * duration rules, before anything is logged: a raw input never reaches the log, where a line
 * starting with `::` would be a workflow command.
 */






/**
 * Defaults applied when an input is empty. `action.yml` declares the same defaults (a test
 * compares them); repeating them here keeps a run without the runner's defaults (tests, local
 * runners) behaving the same. Inputs whose value may come from the config (`provider`,
 * `load-agents`) have none: empty means "the config's".
 */
const InputDefaults = {
    [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.comment]: 'always',
    [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.commentId]: 'default',
    [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.failOn]: 'regression',
    [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.mode]: 'run',
};
/** The inputs were invalid; `problems` lists each one. */
class InputProblemsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BenchError */ .LR {
    /** Every problem found. */
    problems;
    constructor(problems) {
        const lines = problems.map((p) => `- ${p.input}: ${p.message} ${p.hint}`);
        super('INPUT_INVALID', `${problems.length} problem${problems.length === 1 ? '' : 's'} with the action's inputs:\n${lines.join('\n')}`);
        this.name = 'InputProblemsError';
        this.problems = problems;
    }
}
/** A value as it may be shown in a message: JSON-quoted and cut, never raw. */
function quoteInput(value) {
    const quoted = JSON.stringify(value);
    return quoted.length > 82 ? `${quoted.slice(0, 80)}…"` : quoted;
}
/** Product names, as in the config (`products/<name>`): never a path. */
const PRODUCT_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Reads one input with its default, trimmed. */
function read(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? (InputDefaults[name] ?? '') : value;
}
/** Splits a list input on commas and newlines. */
function readList(name) {
    return read(name)
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function optional(value) {
    return value === '' ? undefined : value;
}
/**
 * Reads and validates every input. Throws an `InputProblemsError` (code `INPUT_INVALID`)
 * listing every problem when any input is wrong.
 */
function getActionSettings() {
    const problems = [];
    const problem = (input, message, hint) => problems.push({ input, message, hint });
    /** The value when allowed (or empty and optional); otherwise records a problem. */
    function oneOf(name, allowed, opts = {}) {
        const value = read(name);
        if (value === '' && opts.optional)
            return undefined;
        if (allowed.includes(value))
            return value;
        problem(name, `${quoteInput(value)} is not allowed.`, `Use one of: ${allowed.join(', ')}.`);
        return undefined;
    }
    /** An optional input that must follow a value rule; undefined when empty or wrong. */
    function ruled(name, kind, what) {
        const value = optional(read(name).trim());
        if (value === undefined)
            return undefined;
        if ((0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)(kind, value))
            return value;
        problem(name, `${quoteInput(value)} is not ${what}.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni[kind].expected}.`);
        return undefined;
    }
    // Checks that depend on mode or provider only run when those are valid, so one typo does
    // not cascade into a list of unrelated complaints.
    const mode = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.mode, _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Modes */ .dX);
    const providerGiven = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.provider) !== '';
    const provider = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.provider, _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Providers */ .bb, { optional: true });
    const comment = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.comment, _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .CommentModes */ .q5);
    const failOn = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.failOn, _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .FailOnModes */ .uo);
    const configPath = optional(read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.config).trim());
    if (configPath !== undefined && /[\r\n\0]/.test(configPath)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.config, `${quoteInput(configPath)} is not a path.`, 'Give one file path.');
    }
    const productsDir = optional(read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.productsDir).trim());
    if (productsDir !== undefined && /[\r\n\0]/.test(productsDir)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.productsDir, `${quoteInput(productsDir)} is not a path.`, 'Give one path.');
    }
    const productText = optional(read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.product).trim());
    let product;
    if (productText !== undefined) {
        if (PRODUCT_NAME.test(productText))
            product = productText;
        else {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.product, `${quoteInput(productText)} is not a product name.`, 'Give a product name from the catalogue (lower-case letters, digits and hyphens, e.g. reframe), not a path.');
        }
    }
    const reportsDir = optional(read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.reportsDir).trim());
    if (reportsDir !== undefined && /[\r\n\0]/.test(reportsDir)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.reportsDir, `${quoteInput(reportsDir)} is not a path.`, 'Give one path.');
    }
    if (mode === 'aggregate' && reportsDir === undefined) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.reportsDir, 'is required with mode aggregate.', 'Give the directory where actions/download-artifact put the reports, e.g. reports.');
    }
    const sloText = optional(read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.slo).trim());
    const slo = sloText
        ?.split(/\n|\band\b/)
        .map((limit) => limit.trim())
        .filter((l) => l !== '');
    if (mode !== 'janitor' &&
        mode !== 'preflight' &&
        mode !== 'aggregate' &&
        configPath === undefined &&
        productText === undefined) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.config, 'is empty and no product was given.', 'Set `config` to a config file (e.g. configs/reframe-pr.yml) or `product` to a product name.');
    }
    const image = ruled(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.image, 'image', 'an image reference');
    const baselineImage = ruled(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.baselineImage, 'image', 'an image reference');
    const vmSizes = readList(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.vmSizes);
    for (const size of vmSizes) {
        if (!(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('vmSize', size)) {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.vmSizes, `${quoteInput(size)} is not a VM size name.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.vmSize.expected}, separated by commas.`);
        }
    }
    const regions = readList(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.regions).map((region) => (0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeValue */ .tA)('region', region));
    for (const region of regions) {
        if (!(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('region', region)) {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.regions, `${quoteInput(region)} is not a region name.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.region.expected}, separated by commas (e.g. westeurope,northeurope).`);
        }
    }
    const loadAgentsText = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.loadAgents).trim();
    let loadAgents;
    if (loadAgentsText !== '') {
        loadAgents = Number(loadAgentsText);
        if (!/^\d+$/.test(loadAgentsText) || loadAgents < 1 || loadAgents > _core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LOAD_AGENTS */ .r9) {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.loadAgents, `${quoteInput(loadAgentsText)} is not a whole number from 1 to ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LOAD_AGENTS */ .r9}.`, "Give the number of load VMs, e.g. 1 or 2, or leave it empty for the config's.");
            loadAgents = undefined;
        }
    }
    let levels;
    const levelItems = readList(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.levels);
    if (levelItems.length > 0) {
        levels = [];
        for (const item of levelItems) {
            const level = Number(item);
            if (!/^\d+(\.\d+)?$/.test(item) || !(level > 0)) {
                problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.levels, `${quoteInput(item)} is not a positive number.`, 'Give connections (closed model) or req/s (open model) separated by commas, e.g. 8,32,128.');
            }
            else {
                levels.push(level);
            }
        }
    }
    let durationMs;
    const durationText = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.duration).trim();
    if (durationText !== '') {
        const checked = (0,_core_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDuration */ .fU)(durationText, 'measured');
        if (checked.ok)
            durationMs = checked.ms;
        else {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.duration, `${quoteInput(durationText)}: ${checked.message}.`, `Give ${checked.expected}.`);
        }
    }
    const tenantId = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureTenantId).trim();
    const clientId = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureClientId).trim();
    const subscriptionId = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureSubscriptionId).trim();
    // An explicit azure provider needs the ids; a provider taken from the config is checked
    // when the config is read (see the Azure pipeline's settings).
    const needsAzure = mode !== undefined &&
        mode !== 'plan' &&
        (provider === 'azure' || ((mode === 'janitor' || mode === 'preflight') && !providerGiven));
    const ids = [
        [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureTenantId, tenantId, 'the Entra ID tenant id'],
        [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureClientId, clientId, 'the client id of the identity with a federated credential'],
        [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureSubscriptionId, subscriptionId, 'the subscription id for the run resource group'],
    ];
    for (const [name, value, what] of ids) {
        if (value === '') {
            if (needsAzure) {
                problem(name, `is required when provider is azure and mode is ${mode ?? 'run'}.`, `Set it to ${what}, usually from a repository variable: \${{ vars.AZURE_${name.slice(6).replace(/-/g, '_').toUpperCase()} }}.`);
            }
        }
        else if (!(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('guid', value)) {
            problem(name, `${quoteInput(value)} is not a GUID.`, `Set it to ${what} (${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.guid.expected}).`);
        }
    }
    if (mode === 'janitor' && providerGiven && provider !== undefined && provider !== 'azure') {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.mode, `janitor cleans Azure resource groups, but provider is ${provider}.`, 'Use provider: azure (or leave it empty) with mode: janitor.');
    }
    if (mode === 'preflight' && providerGiven && provider !== undefined && provider !== 'azure') {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.mode, `preflight checks an Azure subscription's set-up, but provider is ${provider}.`, 'Use provider: azure (or leave it empty) with mode: preflight; local runs need no set-up.');
    }
    const acrName = ruled(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.acrName, 'acrName', 'a registry name');
    const vmIdentityResourceId = ruled(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.azureVmIdentity, 'identityResourceId', 'a user-assigned identity resource id');
    const runnerImage = ruled(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.runnerImage, 'image', 'an image reference');
    const account = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageAccount).trim();
    const container = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageContainer).trim();
    if (account !== '' && !(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('storageAccount', account)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageAccount, `${quoteInput(account)} is not a storage account name.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.storageAccount.expected}.`);
    }
    if (container !== '' && !(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('storageContainer', container)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageContainer, `${quoteInput(container)} is not a container name.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.storageContainer.expected}.`);
    }
    if ((account === '') !== (container === '')) {
        problem(account === '' ? _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageAccount : _constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.storageContainer, 'is empty while its partner is set.', 'Set both storage-account and storage-container, or neither.');
    }
    const prNumberText = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.prNumber).trim();
    let prNumber;
    if (prNumberText !== '') {
        if (/^[1-9]\d{0,9}$/.test(prNumberText))
            prNumber = Number(prNumberText);
        else {
            problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.prNumber, `${quoteInput(prNumberText)} is not a pull request number.`, 'Give the number of the pull request, e.g. 42, or leave it empty.');
        }
    }
    const commentId = read(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.commentId).trim();
    if (!(0,_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .matchesRule */ .Ib)('commentId', commentId)) {
        problem(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.commentId, `${quoteInput(commentId)} cannot be used in the comment marker.`, `Give ${_core_config_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.commentId.expected}.`);
    }
    const githubToken = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.githubToken);
    if (githubToken !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(githubToken);
    if (problems.length > 0 || !mode || !comment || !failOn || (providerGiven && !provider)) {
        throw new InputProblemsError(problems);
    }
    return {
        mode,
        ...(provider !== undefined && { provider }),
        ...(configPath !== undefined && { configPath }),
        ...(productsDir !== undefined && { productsDir }),
        ...(product !== undefined && { product }),
        ...(image !== undefined && { image }),
        ...(baselineImage !== undefined && { baselineImage }),
        vmSizes,
        regions,
        ...(loadAgents !== undefined && { loadAgents }),
        ...(levels !== undefined && { levels }),
        ...(durationMs !== undefined && { durationMs }),
        ...(tenantId !== '' &&
            clientId !== '' &&
            subscriptionId !== '' && { azure: { tenantId, clientId, subscriptionId } }),
        ...(acrName !== undefined && { acrName }),
        ...(vmIdentityResourceId !== undefined && { vmIdentityResourceId }),
        ...(runnerImage !== undefined && { runnerImage }),
        ...(account !== '' && container !== '' && { storage: { account, container } }),
        comment,
        commentId,
        ...(prNumber !== undefined && { prNumber }),
        ...(reportsDir !== undefined && { reportsDir }),
        ...(slo !== undefined && slo.length > 0 && { slo }),
        failOn,
        githubToken,
    };
}
//# sourceMappingURL=input-helper.js.map

/***/ }),

/***/ 75277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
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

/***/ 64019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   iq: () => (/* binding */ createDefaultUploader),
/* harmony export */   qw: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/**
 * The workflow artifact holding the report directory. Artifacts are immutable, so the name must
 * differ per job, matrix entry and attempt, or a matrix or a re-run fails to upload.
 */



/** Longest part of a name kept readable before it is replaced by a hash. */
const MAX_PART_CHARS = 40;
function cleanPart(text) {
    const clean = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[-.]+|-+$/g, '');
    if (clean.length <= MAX_PART_CHARS)
        return clean;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
    return `${clean.slice(0, MAX_PART_CHARS - 9)}-${hash}`;
}
function matrixText(matrix) {
    if (typeof matrix === 'string')
        return matrix;
    return Object.keys(matrix)
        .sort()
        .map((key) => `${key}-${typeof matrix[key] === 'string' ? matrix[key] : JSON.stringify(matrix[key])}`)
        .join('-');
}
/** `bench-<job>[-<matrix>]-attempt-<n>`: unique per job, matrix entry and attempt. */
function artifactName(parts) {
    const pieces = ['bench', cleanPart(parts.job) || 'job'];
    if (parts.matrix !== undefined) {
        const matrix = cleanPart(matrixText(parts.matrix));
        if (matrix !== '')
            pieces.push(matrix);
    }
    pieces.push(`attempt-${parts.runAttempt}`);
    return pieces.join('-');
}
async function listFiles(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry.parentPath, entry.name))
        .sort();
}
/** Uploads every file under `dir` as artifact `name`, keeping paths relative to `dir`. */
async function uploadReportArtifact(dir, name, uploader) {
    const files = await listFiles(dir);
    const response = await uploader.uploadArtifact(name, files, dir);
    return { name, files: files.length, id: response.id };
}
/**
 * `@actions/artifact`'s client, loaded on first use (it is large and the post step often does
 * not need it). Throws a clear error outside a runner that offers the artifact service.
 */
function createDefaultUploader() {
    return {
        async uploadArtifact(name, files, rootDirectory) {
            if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
                throw new Error('The runner offers no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set).');
            }
            const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 76799));
            return new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
        },
    };
}
//# sourceMappingURL=report-artifact.js.map

/***/ }),

/***/ 42950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ saveActionState),
/* harmony export */   TF: () => (/* binding */ forbidInState),
/* harmony export */   sf: () => (/* binding */ readActionState)
/* harmony export */ });
/* unused harmony export EMPTY_STATE */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56033);
/**
 * The state the main step hands to the post step. One module owns it so both steps agree on
 * keys and types. The runner keeps state in plain text on disk: nothing here is a secret, and
 * `saveActionState` refuses values that look like one.
 */


/** State before anything was saved. */
const EMPTY_STATE = {
    started: false,
    artifactUploaded: false,
    published: false,
    interrupted: false,
};
const FIELD_KEYS = {
    started: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.started,
    resourceGroup: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.resourceGroup,
    subscriptionId: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.subscriptionId,
    reportDir: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.reportDir,
    artifactName: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.artifactName,
    artifactUploaded: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.artifactUploaded,
    published: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.published,
    interrupted: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .StateKeys */ .I6.interrupted,
};
/** Values that must never reach state, registered by `forbidInState` (e.g. the GitHub token). */
const forbidden = new Set();
/** Makes `saveActionState` drop any value containing `secret`. */
function forbidInState(secret) {
    if (secret.length >= 8)
        forbidden.add(secret);
}
/** Saves the given fields for the post step; fields left out keep their earlier value. */
function saveActionState(patch) {
    for (const [field, value] of Object.entries(patch)) {
        if (value === undefined)
            continue;
        const text = String(value);
        if ([...forbidden].some((secret) => text.includes(secret))) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Not saving state '${field}': its value contains a secret.`);
            continue;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(FIELD_KEYS[field], text);
    }
}
/** Reads the state saved by the main step (`STATE_*` variables set by the runner). */
function readActionState() {
    const text = (field) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(FIELD_KEYS[field]);
    const optional = (field) => (text(field) === '' ? undefined : text(field));
    return {
        started: text('started') === 'true',
        resourceGroup: optional('resourceGroup'),
        subscriptionId: optional('subscriptionId'),
        reportDir: optional('reportDir'),
        artifactName: optional('artifactName'),
        artifactUploaded: text('artifactUploaded') === 'true',
        published: text('published') === 'true',
        interrupted: text('interrupted') === 'true',
    };
}
//# sourceMappingURL=state-helper.js.map

/***/ })

};
