export const id = 332;
export const ids = [332];
export const modules = {

/***/ 95141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eK: () => (/* binding */ decodeRunnerResult),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   t0: () => (/* binding */ remoteFileError)
/* harmony export */ });
/* unused harmony exports RUNNER_RESULT_FORMAT_VERSION, LevelMeasurementSchema, RunnerResultSchema, encodeRunnerResult */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18563);
/* harmony import */ var _plan_codec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82536);
/**
 * One level's measurement as a load-VM runner writes it to Blob (`levels/NNNN-….json`), one file
 * per level so a run killed half-way keeps every finished level. Validated on decode: a corrupt,
 * truncated or older file gives an error that says which file and what is wrong.
 */




/** Version of the level result format written by `encodeRunnerResult`. */
const RUNNER_RESULT_FORMAT_VERSION = 1;
const count = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative();
const histogram = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1);
/** Zod mirror of `LevelMeasurement` (engine/measurement.ts). */
const LevelMeasurementSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['closed', 'open']),
    level: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive(),
    connections: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    pipelining: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    offeredRps: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative().optional(),
    startEpochMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    warmupMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    cooldownMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    success: count,
    failures: _report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .FailureCountsSchema */ .qP,
    refusals: _report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .RefusalCountsSchema */ .Et.optional(),
    httpStatuses: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), count).optional(),
    checkFailures: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), count).optional(),
    lateSends: count.optional(),
    droppedSends: count.optional(),
    bytesSent: count,
    bytesReceived: count,
    latency: histogram,
    failureLatency: histogram,
    serviceTime: histogram.optional(),
    scheduleLag: histogram.optional(),
    intervals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        startEpochMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
        endEpochMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
        success: count,
        failures: count,
        latency: histogram,
        generatorCpuUs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
        eventLoopDelayP99Us: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    })),
    generatorCpuUs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    eventLoopDelayP99Us: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative(),
    interrupted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
});
const _schemaMatchesMeasurement = true;
/** The JSON shape of one level result file. */
const RunnerResultSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    resultFormat: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(RUNNER_RESULT_FORMAT_VERSION),
    /** Which load agent measured it, from 0. */
    agentIndex: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    /** How many load agents shared the load. */
    agentCount: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    /** Position of this level among the plan's scenario × level runs, from 0. */
    levelIndex: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    /** Same-VM A/B: the side this level loaded; absent for a run of one target. */
    side: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['baseline', 'candidate']).optional(),
    measurement: LevelMeasurementSchema,
});
/** Encodes a level result as JSON text. */
function encodeRunnerResult(result) {
    return JSON.stringify({ ...result, resultFormat: RUNNER_RESULT_FORMAT_VERSION });
}
/**
 * Decodes a level result file. `source` names the file in the error (`RUNNER_RESULT_INVALID`)
 * when the text is not JSON, has another format version or does not match the schema.
 */
function decodeRunnerResult(text, source = 'runner result') {
    const json = parseJson(text, source, 'RUNNER_RESULT_INVALID');
    const version = json?.resultFormat;
    if (version !== RUNNER_RESULT_FORMAT_VERSION) {
        throw remoteFileError('RUNNER_RESULT_INVALID', `${source} has format ${JSON.stringify(version)}; this release reads format ${RUNNER_RESULT_FORMAT_VERSION}`);
    }
    const parsed = RunnerResultSchema.safeParse(json);
    if (!parsed.success) {
        throw remoteFileError('RUNNER_RESULT_INVALID', `${source} is not a valid level result: ${(0,_plan_codec_js__WEBPACK_IMPORTED_MODULE_2__/* .describeIssues */ .wF)(parsed.error)}`, parsed.error);
    }
    return parsed.data;
}
/** Parses JSON or throws an infrastructure error naming the file. */
function parseJson(text, source, code) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw remoteFileError(code, `${source} is not JSON (${error.message})`, error);
    }
}
/** A file written by the runner could not be read back: an infrastructure failure, not input. */
function remoteFileError(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BenchError */ .LR(code, message, 'The load-VM runner wrote an unreadable file: check the runner log in the same Blob folder, ' +
        'and run the action and the runner from the same bench-action release.', { cause });
}
//# sourceMappingURL=runner-result-codec.js.map

/***/ }),

/***/ 3953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ decodeRunnerStatus),
/* harmony export */   s1: () => (/* binding */ isHeartbeatStale)
/* harmony export */ });
/* unused harmony exports RUNNER_STATUS_FORMAT_VERSION, RunnerStateSchema, RunnerStatusSchema, encodeRunnerStatus */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _plan_codec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82536);
/* harmony import */ var _runner_result_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95141);
/**
 * `status.json`: the load-VM runner's heartbeat and final word, rewritten every few seconds.
 * The action reads it to tell "still running" from "finished", "failed (and why)" and "went
 * silent" (an old `updatedAt`), without parsing any run-command output.
 */



/** Version of the status format written by `encodeRunnerStatus`. */
const RUNNER_STATUS_FORMAT_VERSION = 1;
/** Where a runner is: working, done, stopped by a signal, or failed. */
const RunnerStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['running', 'finished', 'interrupted', 'failed']);
/** The JSON shape of `status.json`. */
const RunnerStatusSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    statusFormat: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RUNNER_STATUS_FORMAT_VERSION),
    state: RunnerStateSchema,
    /** Which load agent, from 0. */
    agentIndex: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    /** How many load agents share the load. */
    agentCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    /** When the runner started, ISO 8601 UTC. */
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Last heartbeat, ISO 8601 UTC. */
    updatedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Levels measured and uploaded so far. */
    levelsDone: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    /** Scenario × level runs in the plan (0 before the plan was read). */
    levelsTotal: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    /** Latest progress of the level being run, if any. */
    current: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        scenario: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        level: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        phase: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['warmup', 'measure', 'cooldown']),
        successRps: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    })
        .optional(),
    /** Why the runner failed (state `failed`). */
    error: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ code: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), hint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() })
        .optional(),
    /** Process exit code, once the runner is done. */
    exitCode: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
});
/** Encodes a status as JSON text. */
function encodeRunnerStatus(status) {
    return JSON.stringify({ ...status, statusFormat: RUNNER_STATUS_FORMAT_VERSION });
}
/** Decodes `status.json`; throws `RUNNER_STATUS_INVALID` naming `source` when it is unreadable. */
function decodeRunnerStatus(text, source = 'status.json') {
    const json = (0,_runner_result_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(text, source, 'RUNNER_STATUS_INVALID');
    const parsed = RunnerStatusSchema.safeParse(json);
    if (!parsed.success) {
        throw (0,_runner_result_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .remoteFileError */ .t0)('RUNNER_STATUS_INVALID', `${source} is not a valid runner status: ${(0,_plan_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .describeIssues */ .wF)(parsed.error)}`, parsed.error);
    }
    return parsed.data;
}
/**
 * True when a runner that says it is running has not written a heartbeat for `maxAgeMs`: its
 * VM or process died without a final word.
 */
function isHeartbeatStale(status, nowMs, maxAgeMs) {
    if (status.state !== 'running')
        return false;
    const updated = Date.parse(status.updatedAt);
    return Number.isNaN(updated) || nowMs - updated > maxAgeMs;
}
//# sourceMappingURL=runner-status.js.map

/***/ }),

/***/ 99332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ createAzureBlobDeps),
  findRunnerBundle: () => (/* binding */ findRunnerBundle)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 145 modules
var esm = __webpack_require__(34778);
// EXTERNAL MODULE: ./lib/core/remote/plan-codec.js
var plan_codec = __webpack_require__(82536);
// EXTERNAL MODULE: ./lib/core/remote/run-exchange.js
var run_exchange = __webpack_require__(30693);
// EXTERNAL MODULE: ./lib/core/remote/runner-result-codec.js
var runner_result_codec = __webpack_require__(95141);
// EXTERNAL MODULE: ./lib/core/remote/runner-status.js
var runner_status = __webpack_require__(3953);
// EXTERNAL MODULE: ./lib/edges/azure/blob-service-client.js
var blob_service_client = __webpack_require__(44005);
;// CONCATENATED MODULE: ./lib/edges/azure/blob-run-exchange.js
/**
 * The action's side of the exchange with load VMs, through Blob only: it uploads the plan and the
 * runner bundle, hands out least-privilege SAS URLs that expire soon after the run, and reads back
 * what the runners wrote (one file per level, heartbeat, log). Nothing is parsed from run-command
 * output. Layout and SAS policy: docs/storage.md and core/remote/run-exchange.ts.
 */








/** Default allowance for clocks running behind. */
const SAS_CLOCK_SKEW_MS = 5 * 60_000;
/** Default time allowed on top of the plan's duration. */
const SAS_PROVISIONING_MARGIN_MS = 45 * 60_000;
/** Longest SAS lifetime handed out: user delegation keys live at most 7 days. */
const MAX_SAS_LIFETIME_MS = 7 * 24 * 3_600_000 - SAS_CLOCK_SKEW_MS;
const DOWNLOAD_CONCURRENCY = 4;
/** A `RunExchange` on a Blob container. */
function createRunExchange(options) {
    const service = (0,blob_service_client/* createBlobServiceClient */.q5)(options);
    const container = service.getContainerClient(options.container);
    const mask = options.maskSecret ?? (() => undefined);
    const now = options.now ?? (() => new Date());
    const skewMs = options.clockSkewMs ?? SAS_CLOCK_SKEW_MS;
    const lifetimeOf = (plan, validForMs) => Math.min(MAX_SAS_LIFETIME_MS, validForMs ??
        (0,run_exchange/* estimatePlanDurationMs */.wf)(plan) + (options.provisioningMarginMs ?? SAS_PROVISIONING_MARGIN_MS));
    // The signer obtained by prepareSigning, reused while its key covers the SAS asked for.
    let prepared;
    const signerFor = async (startsOn, expiresOn) => {
        if (prepared && prepared.startsOn <= startsOn && prepared.expiresOn >= expiresOn) {
            return prepared.signer;
        }
        return createSasSigner(service, startsOn, expiresOn);
    };
    return {
        async prepareSigning(plan) {
            const issuedAt = now();
            const startsOn = new Date(issuedAt.getTime() - skewMs);
            // Twice the lifetime: the SAS URLs are signed later, once the VMs are up, and must expire
            // before the key that signs them.
            const expiresOn = new Date(issuedAt.getTime() + Math.min(MAX_SAS_LIFETIME_MS, 2 * lifetimeOf(plan)));
            prepared = {
                signer: await createSasSigner(service, startsOn, expiresOn),
                startsOn,
                expiresOn,
            };
        },
        async createCommandLogs(prefix, plan, commandNames) {
            // The handler creates the blobs, not their container.
            await container.createIfNotExists();
            const issuedAt = now();
            const startsOn = new Date(issuedAt.getTime() - skewMs);
            const expiresOn = new Date(issuedAt.getTime() + lifetimeOf(plan));
            const sign = await signerFor(startsOn, expiresOn);
            // Read, add, create and write: what the run-command handler needs to create the append
            // blob and append to it (Microsoft Learn, "Run scripts with managed Run Commands").
            const permissions = esm/* BlobSASPermissions */.vD.parse('racw');
            const out = {};
            for (const name of commandNames) {
                const folder = `${trimSlashes(prefix)}/${run_exchange/* COMMAND_LOGS_FOLDER */.TL}/${(0,run_exchange/* toPathSegment */.ys)(name)}`;
                const urlOf = (blobName) => {
                    const url = container.getBlobClient(blobName).url;
                    const sas = sign({
                        containerName: options.container,
                        blobName,
                        permissions,
                        startsOn,
                        expiresOn,
                        protocol: service.url.startsWith('https:')
                            ? esm/* SASProtocol */.m5.Https
                            : esm/* SASProtocol */.m5.HttpsAndHttp,
                        ...(options.sasVersion ? { version: options.sasVersion } : {}),
                    });
                    mask(sas);
                    mask(`${url}?${sas}`);
                    return { plain: url, signed: `${url}?${sas}` };
                };
                const output = urlOf(`${folder}/stdout.log`);
                const error = urlOf(`${folder}/stderr.log`);
                out[name] = {
                    outputBlobUri: output.signed,
                    errorBlobUri: error.signed,
                    outputUrl: output.plain,
                    errorUrl: error.plain,
                };
            }
            return out;
        },
        async uploadRunnerInputs(inputs) {
            const prefix = trimSlashes(inputs.prefix);
            let bundle;
            try {
                bundle = await (0,promises_.readFile)(inputs.runnerBundlePath);
            }
            catch (error) {
                throw (0,errors/* inputError */.Xu)('RUNNER_BUNDLE_MISSING', `Cannot read the runner bundle ${inputs.runnerBundlePath}: ${error.message}`, 'Build it with `npm run bundle` (dist/runner/index.js is part of the action).', error);
            }
            await container.createIfNotExists();
            const planBlob = `${prefix}/${run_exchange/* PLAN_BLOB */.c1}`;
            const bundleBlob = `${prefix}/${run_exchange/* RUNNER_BUNDLE_BLOB */.c8}`;
            const planText = (0,plan_codec/* encodePlan */.El)((0,run_exchange/* planForLoadAgent */.AO)(inputs.plan), inputs.abRound);
            await container.getBlockBlobClient(planBlob).upload(planText, Buffer.byteLength(planText), {
                blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
            });
            await container.getBlockBlobClient(bundleBlob).uploadData(bundle, {
                blobHTTPHeaders: { blobContentType: 'text/javascript; charset=utf-8' },
            });
            const lifetimeMs = lifetimeOf(inputs.plan, inputs.validForMs);
            const issuedAt = now();
            const startsOn = new Date(issuedAt.getTime() - skewMs);
            const expiresOn = new Date(issuedAt.getTime() + lifetimeMs);
            const sign = await signerFor(startsOn, expiresOn);
            const common = {
                containerName: options.container,
                startsOn,
                expiresOn,
                protocol: service.url.startsWith('https:') ? esm/* SASProtocol */.m5.Https : esm/* SASProtocol */.m5.HttpsAndHttp,
                ...(options.sasVersion ? { version: options.sasVersion } : {}),
            };
            const readOnly = esm/* BlobSASPermissions */.vD.parse('r');
            const planSas = sign({ ...common, blobName: planBlob, permissions: readOnly });
            const bundleSas = sign({ ...common, blobName: bundleBlob, permissions: readOnly });
            // Create + write, scoped to the container: Blob SAS cannot be scoped to a folder in a flat
            // namespace, so give each run its own container when runs must not see each other.
            const resultsSas = sign({ ...common, permissions: esm/* ContainerSASPermissions */.Hk.parse('cw') });
            const urls = {
                planUrl: `${container.getBlobClient(planBlob).url}?${planSas}`,
                bundleUrl: `${container.getBlobClient(bundleBlob).url}?${bundleSas}`,
                resultsUrl: `${container.url}/${prefix}/${run_exchange/* RESULTS_FOLDER */.UY}?${resultsSas}`,
                expiresOn: expiresOn.toISOString(),
            };
            for (const secret of [
                planSas,
                bundleSas,
                resultsSas,
                urls.planUrl,
                urls.bundleUrl,
                urls.resultsUrl,
            ]) {
                mask(secret);
            }
            return urls;
        },
        async readRunnerResults(prefix, opts = {}) {
            return readResults(container, `${trimSlashes(prefix)}/${run_exchange/* RESULTS_FOLDER */.UY}/`, opts.agentCount);
        },
        async deleteRunFiles(prefix) {
            const folder = `${trimSlashes(prefix)}/`;
            if (folder === '/') {
                throw (0,errors/* inputError */.Xu)('RUN_PREFIX_EMPTY', 'Refusing to delete a whole exchange container through an empty run prefix', 'Pass the run prefix given to uploadRunnerInputs.');
            }
            let deleted = 0;
            for await (const blob of container.listBlobsFlat({ prefix: folder })) {
                const result = await container
                    .getBlobClient(blob.name)
                    .deleteIfExists({ deleteSnapshots: 'include' });
                if (result.succeeded)
                    deleted += 1;
            }
            return deleted;
        },
    };
}
/**
 * Signs SAS values with the account key when the client has one (Azurite, connection strings),
 * otherwise with a user delegation key (OIDC token credential; needs "Storage Blob Delegator"
 * or "Storage Blob Data Contributor" on the account).
 */
async function createSasSigner(service, startsOn, expiresOn) {
    const credential = service.credential;
    if (credential instanceof esm/* StorageSharedKeyCredential */.Z3) {
        return (values) => (0,esm/* generateBlobSASQueryParameters */.WJ)(values, credential).toString();
    }
    if ('getToken' in credential) {
        let key;
        try {
            key = await service.getUserDelegationKey(startsOn, expiresOn);
        }
        catch (error) {
            throw new errors/* BenchError */.LR('BLOB_SAS_UNAVAILABLE', `Could not get a user delegation key from ${service.url}: ${blobErrorCode(error)}${error.message.split('\n')[0]}`, 'Grant the workflow identity "Storage Blob Data Contributor" on the storage account ' +
                '(it includes generateUserDelegationKey; a role on one container is not enough), then run again. Nothing was created.', { cause: error });
        }
        return (values) => (0,esm/* generateBlobSASQueryParameters */.WJ)(values, key, service.accountName).toString();
    }
    throw new errors/* BenchError */.LR('BLOB_SAS_NO_CREDENTIAL', `Cannot sign SAS URLs for ${service.url}: the client has neither an account key nor a token credential`, 'Connect with a token credential (OIDC) or a connection string that holds an account key.');
}
async function readResults(container, resultsPrefix, agentCount) {
    const names = [];
    for await (const blob of container.listBlobsFlat({ prefix: resultsPrefix }))
        names.push(blob.name);
    const agents = new Map();
    const agentFor = (index) => {
        let agent = agents.get(index);
        if (!agent) {
            agent = { agentIndex: index, status: undefined, levels: [], hlogs: [], log: '' };
            agents.set(index, agent);
        }
        return agent;
    };
    for (let i = 0; i < (agentCount ?? 0); i++)
        agentFor(i);
    const queue = names.slice();
    const worker = async () => {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
            const relative = name.slice(resultsPrefix.length);
            const match = /^agent-(\d+)\/(.+)$/.exec(relative);
            if (!match?.[1] || !match[2])
                continue;
            const agent = agentFor(Number(match[1]));
            const file = match[2];
            const wanted = file === run_exchange/* STATUS_BLOB */.RT ||
                file === run_exchange/* LOG_BLOB */.fL ||
                (file.startsWith('levels/') && (file.endsWith('.json') || file.endsWith('.hlog')));
            if (!wanted)
                continue;
            const response = await container.getBlobClient(name).download();
            const text = await (0,blob_service_client/* readBodyText */.mf)(response.readableStreamBody);
            if (file === run_exchange/* STATUS_BLOB */.RT)
                agent.status = (0,runner_status/* decodeRunnerStatus */.Dy)(text, name);
            else if (file === run_exchange/* LOG_BLOB */.fL)
                agent.log = text;
            else if (file.endsWith('.hlog'))
                agent.hlogs.push({ name: relative, text });
            else
                agent.levels.push((0,runner_result_codec/* decodeRunnerResult */.eK)(text, name));
        }
    };
    await Promise.all(Array.from({ length: DOWNLOAD_CONCURRENCY }, worker));
    const sorted = [...agents.values()].sort((a, b) => a.agentIndex - b.agentIndex);
    for (const agent of sorted) {
        agent.levels.sort((a, b) => a.levelIndex - b.levelIndex);
        agent.hlogs.sort((a, b) => a.name.localeCompare(b.name));
    }
    return {
        status: (0,run_exchange/* combineRunnerStates */.ax)(sorted.map((a) => a.status?.state ?? 'not-started')),
        measurements: sorted.flatMap((a) => a.levels.map((l) => l.measurement)),
        hlogs: sorted.flatMap((a) => a.hlogs),
        logs: sorted
            .filter((a) => a.log !== '')
            .map((a) => ({ name: `agent-${a.agentIndex}/${run_exchange/* LOG_BLOB */.fL}`, text: a.log })),
        agents: sorted,
    };
}
function trimSlashes(path) {
    return path.replace(/^\/+|\/+$/g, '');
}
/** `<code>: ` of a Blob service error (AuthorizationPermissionMismatch, ...), or nothing. */
function blobErrorCode(error) {
    const code = error?.code;
    return typeof code === 'string' && code !== '' ? `${code}: ` : '';
}
//# sourceMappingURL=blob-run-exchange.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/blob-server-samples.js
/**
 * Where the product VM's sampler file lands in Blob, next to the runners' results: the samples
 * run command writes it through the run's create+write results SAS (so no extra SAS is issued),
 * and the action reads it back with its own credential.
 */


/** Blob name of the server samples, relative to the run prefix. */
const SERVER_SAMPLES_BLOB = `${run_exchange/* RESULTS_FOLDER */.UY}/server/samples.jsonl`;
/** The results SAS URL with `server/samples.jsonl` appended to its path, query kept. */
function samplesUrlFromResultsUrl(resultsUrl) {
    const url = new URL(resultsUrl);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/server/samples.jsonl`;
    return url.toString();
}
/** A `ServerSampleStore` on the run exchange's container. */
function createBlobServerSampleStore(options) {
    const service = (0,blob_service_client/* createBlobServiceClient */.q5)(options);
    return {
        samplesUrl: samplesUrlFromResultsUrl,
        async readSamples(prefix) {
            const name = `${prefix.replace(/^\/+|\/+$/g, '')}/${SERVER_SAMPLES_BLOB}`;
            return (await (0,blob_service_client/* downloadTextIfExists */.JQ)(service, options.container, name))?.text;
        },
    };
}
//# sourceMappingURL=blob-server-samples.js.map
;// CONCATENATED MODULE: ./lib/pipeline/azure/azure-deps.js
/**
 * What both front ends of a cloud run (the `bench` CLI and the action's main step) build the
 * same way before calling `runAzureBenchmark`: the Blob side of the run (exchange with the load
 * VMs and the product VM's sample store, on one container) and the path of the runner bundle.
 * Kept here so the two cannot drift apart.
 */






/** Exchange and sample store on the settings' container, authenticated with the run's credential. */
function createAzureBlobDeps(input) {
    const connection = input.connection ?? {
        accountUrl: `https://${input.settings.storageAccount}.blob.core.windows.net`,
        credential: input.credential,
    };
    return {
        exchange: createRunExchange({
            ...connection,
            container: input.settings.storageContainer,
            maskSecret: input.maskSecret,
        }),
        samples: createBlobServerSampleStore({
            ...connection,
            container: input.settings.storageContainer,
        }),
        probe: { ...connection, container: input.settings.storageContainer },
    };
}
/** The runner bundle of this package: `dist/runner/index.js`, found by walking up from here. */
function findRunnerBundle() {
    let dir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = external_node_path_.join(dir, 'dist', 'runner', 'index.js');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        dir = external_node_path_.dirname(dir);
    }
    throw (0,errors/* inputError */.Xu)('RUNNER_BUNDLE_MISSING', 'The runner bundle dist/runner/index.js was not found.', 'Build it with `npm run bundle` in the bench-action checkout.');
}
//# sourceMappingURL=azure-deps.js.map

/***/ })

};
