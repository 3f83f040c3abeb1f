export const id = 99;
export const ids = [99];
export const modules = {

/***/ 68071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ OTHER_CHECK_FAILURES),
/* harmony export */   Fo: () => (/* binding */ INTERVAL_MS),
/* harmony export */   XH: () => (/* binding */ MAX_CHECK_FAILURE_REASONS),
/* harmony export */   xR: () => (/* binding */ LevelRecorder)
/* harmony export */ });
/* unused harmony export noFailures */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49425);
/**
 * Collects one level's results: HDR histograms for successes and failures, one interval
 * histogram per second (closed and encoded as soon as the second ends), counts by outcome,
 * bytes, and the generator's own CPU and event-loop delay per interval. Memory does not grow
 * with the number of requests: only one encoded string per second is kept.
 */


/** Length of one series interval. */
const INTERVAL_MS = 1000;
/** Most distinct check-failure reasons kept per level; the rest are counted under one. */
const MAX_CHECK_FAILURE_REASONS = 20;
/** Reason under which check failures beyond `MAX_CHECK_FAILURE_REASONS` are counted. */
const OTHER_CHECK_FAILURES = 'other reasons';
/** An empty count of every failure class. */
function noFailures() {
    return { connect: 0, timeout: 0, reset: 0, protocol: 0, httpStatus: 0, check: 0, unfinished: 0 };
}
/**
 * Records results attributed to a measured window `[windowStartMs, windowEndMs)` on the
 * `performance.now()` clock. Results outside the window are ignored by the caller's choice of
 * attribution time (completion time for the closed model, intended send time for the open one).
 */
class LevelRecorder {
    windowStartMs;
    windowEndMs;
    openModel;
    epochOffsetMs;
    /** Successful responses in the window. */
    success = 0;
    /** Failures in the window, by class. */
    failures = noFailures();
    bytesSent = 0;
    bytesReceived = 0;
    lateSends = 0;
    droppedSends = 0;
    latency = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    failureLatency = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    serviceTime;
    scheduleLag;
    interval = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    intervalSuccess = 0;
    intervalFailures = 0;
    intervalStartMs;
    intervalEndMs;
    intervals = [];
    eventLoop;
    windowEventLoop;
    cpuAtIntervalStart;
    cpuAtWindowStart;
    finished = false;
    statuses = new Uint32Array(1000);
    checkReasons = new Map();
    /** Completed requests so far in the current interval, for progress lines. */
    lastIntervalRps = 0;
    /** p99 of the last closed interval, µs, for progress lines. */
    lastIntervalP99Us = 0;
    constructor(windowStartMs, windowEndMs, openModel, epochOffsetMs = performance.timeOrigin) {
        this.windowStartMs = windowStartMs;
        this.windowEndMs = windowEndMs;
        this.openModel = openModel;
        this.epochOffsetMs = epochOffsetMs;
        this.serviceTime = openModel ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)() : null;
        this.scheduleLag = openModel ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)() : null;
        this.intervalStartMs = windowStartMs;
        this.intervalEndMs = Math.min(windowStartMs + INTERVAL_MS, windowEndMs);
        this.eventLoop = (0,node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.monitorEventLoopDelay)({ resolution: 10 });
        this.eventLoop.enable();
        this.windowEventLoop = (0,node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.monitorEventLoopDelay)({ resolution: 10 });
        this.windowEventLoop.enable();
        this.cpuAtIntervalStart = process.cpuUsage();
        this.cpuAtWindowStart = this.cpuAtIntervalStart;
    }
    /** Re-baselines the generator's CPU and event-loop figures when the window actually opens. */
    begin() {
        this.cpuAtIntervalStart = process.cpuUsage();
        this.cpuAtWindowStart = this.cpuAtIntervalStart;
        this.eventLoop.reset();
        this.windowEventLoop.reset();
    }
    /**
     * Records one result. `atMs` decides the interval (completion time, clamped into the window);
     * latencies are in µs.
     */
    record(outcome, latencyUs, atMs, bytesReceived) {
        if (atMs >= this.intervalEndMs)
            this.advance(atMs);
        this.bytesReceived += bytesReceived;
        if (outcome === 'success') {
            this.success++;
            this.intervalSuccess++;
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.interval, latencyUs);
        }
        else {
            this.failures[outcome]++;
            this.intervalFailures++;
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.failureLatency, latencyUs);
        }
    }
    /** Notes the status code of a response recorded as an `httpStatus` failure. */
    noteStatus(status) {
        if (status >= 0 && status < 1000)
            this.statuses[status]++;
    }
    /** Notes why a response recorded as a `check` failure failed. */
    noteCheckFailure(reason) {
        const known = this.checkReasons.get(reason);
        if (known !== undefined)
            this.checkReasons.set(reason, known + 1);
        else if (this.checkReasons.size < MAX_CHECK_FAILURE_REASONS)
            this.checkReasons.set(reason, 1);
        else {
            this.checkReasons.set(OTHER_CHECK_FAILURES, (this.checkReasons.get(OTHER_CHECK_FAILURES) ?? 0) + 1);
        }
    }
    /** Open model: service time (from the actual send) and schedule lag of a counted request. */
    recordOpenTimes(serviceUs, lagUs) {
        (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.serviceTime, serviceUs);
        (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.scheduleLag, lagUs);
    }
    /** Closes every interval that ended before `nowMs` (called by a timer too, for idle seconds). */
    advance(nowMs) {
        while (nowMs >= this.intervalEndMs && this.intervalEndMs < this.windowEndMs) {
            this.closeInterval();
        }
    }
    /** Closes the last interval and returns what was measured; frees the histograms. */
    finish() {
        if (this.finished)
            throw new Error('LevelRecorder.finish called twice');
        this.finished = true;
        while (this.intervalStartMs < this.windowEndMs)
            this.closeInterval();
        const cpu = process.cpuUsage(this.cpuAtWindowStart);
        this.eventLoop.disable();
        this.windowEventLoop.disable();
        const result = {
            startEpochMs: this.epochOffsetMs + this.windowStartMs,
            durationMs: this.windowEndMs - this.windowStartMs,
            success: this.success,
            failures: { ...this.failures },
            ...statusRecord(this.statuses),
            ...(this.checkReasons.size > 0
                ? { checkFailures: Object.fromEntries(this.checkReasons) }
                : {}),
            bytesSent: this.bytesSent,
            bytesReceived: this.bytesReceived,
            latency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.latency),
            failureLatency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.failureLatency),
            serviceTime: this.serviceTime ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.serviceTime) : undefined,
            scheduleLag: this.scheduleLag ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.scheduleLag) : undefined,
            intervals: this.intervals,
            generatorCpuUs: cpu.user + cpu.system,
            eventLoopDelayP99Us: nsToUs(this.windowEventLoop.percentile(99)),
            lateSends: this.lateSends,
            droppedSends: this.droppedSends,
        };
        for (const h of [this.latency, this.failureLatency, this.interval])
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(h);
        if (this.serviceTime)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.serviceTime);
        if (this.scheduleLag)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.scheduleLag);
        return result;
    }
    /** Discards everything (an interrupted warm-up, a failed start). */
    dispose() {
        if (this.finished)
            return;
        this.finished = true;
        this.eventLoop.disable();
        this.windowEventLoop.disable();
        for (const h of [this.latency, this.failureLatency, this.interval])
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(h);
        if (this.serviceTime)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.serviceTime);
        if (this.scheduleLag)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.scheduleLag);
    }
    /** Ends the measured window early (interruption): later results are not recorded. */
    truncate(nowMs) {
        if (nowMs < this.windowEndMs) {
            this.windowEndMs = Math.max(nowMs, this.intervalStartMs + 1);
            this.intervalEndMs = Math.min(this.intervalEndMs, this.windowEndMs);
        }
    }
    closeInterval() {
        const cpu = process.cpuUsage(this.cpuAtIntervalStart);
        this.cpuAtIntervalStart = process.cpuUsage();
        const endMs = this.intervalEndMs;
        this.intervals.push({
            startEpochMs: this.epochOffsetMs + this.intervalStartMs,
            endEpochMs: this.epochOffsetMs + endMs,
            success: this.intervalSuccess,
            failures: this.intervalFailures,
            latency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.interval),
            generatorCpuUs: cpu.user + cpu.system,
            eventLoopDelayP99Us: nsToUs(this.eventLoop.percentile(99)),
        });
        this.lastIntervalRps =
            (this.intervalSuccess * 1000) / Math.max(1, endMs - this.intervalStartMs);
        this.lastIntervalP99Us =
            this.interval.totalCount > 0 ? this.interval.getValueAtPercentile(99) : 0;
        this.eventLoop.reset();
        this.latency.add(this.interval);
        this.interval.reset();
        this.intervalSuccess = 0;
        this.intervalFailures = 0;
        this.intervalStartMs = endMs;
        this.intervalEndMs = Math.min(endMs + INTERVAL_MS, this.windowEndMs);
    }
}
function statusRecord(statuses) {
    let record;
    for (let s = 0; s < statuses.length; s++) {
        if (statuses[s] > 0)
            (record ??= {})[String(s)] = statuses[s];
    }
    return record ? { httpStatuses: record } : {};
}
function nsToUs(ns) {
    return Number.isFinite(ns) ? Math.round(ns / 1000) : 0;
}
//# sourceMappingURL=level-recorder.js.map

/***/ }),

/***/ 34718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mergeLevelMeasurements)
/* harmony export */ });
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49425);
/* harmony import */ var _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68071);


/** Merges the parts of one level; `parts` must all be the same scenario and level. */
function mergeLevelMeasurements(parts, cpu) {
    const first = parts[0];
    if (first === undefined)
        throw new Error('mergeLevelMeasurements needs at least one part');
    if (parts.length === 1)
        return first;
    for (const p of parts) {
        if (p.scenario !== first.scenario || p.level !== first.level) {
            throw new Error(`cannot merge ${p.scenario} @ ${p.level} into ${first.scenario} @ ${first.level}`);
        }
    }
    const sum = (f) => parts.reduce((n, p) => n + f(p), 0);
    const optionalSum = (f) => parts.some((p) => f(p) !== undefined) ? sum((p) => f(p) ?? 0) : undefined;
    const failures = {
        connect: sum((p) => p.failures.connect),
        timeout: sum((p) => p.failures.timeout),
        reset: sum((p) => p.failures.reset),
        protocol: sum((p) => p.failures.protocol ?? 0),
        httpStatus: sum((p) => p.failures.httpStatus),
        check: sum((p) => p.failures.check),
        unfinished: sum((p) => p.failures.unfinished ?? 0),
    };
    const start = Math.min(...parts.map((p) => p.startEpochMs));
    const end = Math.max(...parts.map((p) => p.startEpochMs + p.durationMs));
    const merged = {
        scenario: first.scenario,
        model: first.model,
        level: first.level,
        connections: sum((p) => p.connections),
        pipelining: first.pipelining,
        ...(first.offeredRps !== undefined ? { offeredRps: sum((p) => p.offeredRps ?? 0) } : {}),
        startEpochMs: start,
        warmupMs: first.warmupMs,
        durationMs: end - start,
        cooldownMs: first.cooldownMs,
        success: sum((p) => p.success),
        failures,
        bytesSent: sum((p) => p.bytesSent),
        bytesReceived: sum((p) => p.bytesReceived),
        latency: mergeEncoded(parts.map((p) => p.latency)),
        failureLatency: mergeEncoded(parts.map((p) => p.failureLatency)),
        intervals: mergeIntervals(parts, cpu),
        generatorCpuUs: cpu === 'sum'
            ? sum((p) => p.generatorCpuUs)
            : Math.max(...parts.map((p) => p.generatorCpuUs)),
        eventLoopDelayP99Us: Math.max(...parts.map((p) => p.eventLoopDelayP99Us)),
        interrupted: parts.some((p) => p.interrupted),
    };
    const httpStatuses = mergeCounts(parts.map((p) => p.httpStatuses));
    if (httpStatuses)
        merged.httpStatuses = httpStatuses;
    const checkFailures = mergeCounts(parts.map((p) => p.checkFailures));
    if (checkFailures)
        merged.checkFailures = capReasons(checkFailures);
    const late = optionalSum((p) => p.lateSends);
    const dropped = optionalSum((p) => p.droppedSends);
    if (late !== undefined)
        merged.lateSends = late;
    if (dropped !== undefined)
        merged.droppedSends = dropped;
    if (parts.every((p) => p.serviceTime !== undefined)) {
        merged.serviceTime = mergeEncoded(parts.map((p) => p.serviceTime));
    }
    if (parts.every((p) => p.scheduleLag !== undefined)) {
        merged.scheduleLag = mergeEncoded(parts.map((p) => p.scheduleLag));
    }
    return merged;
}
/** Adds up counts by key (status code, reason); undefined when no part has any. */
function mergeCounts(parts) {
    let merged;
    for (const part of parts) {
        if (!part)
            continue;
        for (const [key, n] of Object.entries(part)) {
            merged ??= {};
            merged[key] = (merged[key] ?? 0) + n;
        }
    }
    return merged;
}
/** Keeps the most frequent reasons, as one recorder would; the rest go under one key. */
function capReasons(reasons) {
    const entries = Object.entries(reasons);
    if (entries.length <= _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH)
        return reasons;
    const other = reasons[_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX] ?? 0;
    const named = entries.filter(([key]) => key !== _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX).sort((a, b) => b[1] - a[1]);
    const kept = named.slice(0, _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH - 1);
    const rest = named.slice(_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH - 1).reduce((n, [, v]) => n + v, other);
    return { ...Object.fromEntries(kept), [_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX]: rest };
}
function mergeIntervals(parts, cpu) {
    const count = Math.max(...parts.map((p) => p.intervals.length));
    const out = [];
    for (let i = 0; i < count; i++) {
        const slice = parts
            .map((p) => p.intervals[i])
            .filter((x) => x !== undefined);
        out.push({
            startEpochMs: Math.min(...slice.map((x) => x.startEpochMs)),
            endEpochMs: Math.max(...slice.map((x) => x.endEpochMs)),
            success: slice.reduce((n, x) => n + x.success, 0),
            failures: slice.reduce((n, x) => n + x.failures, 0),
            latency: mergeEncoded(slice.map((x) => x.latency)),
            generatorCpuUs: cpu === 'sum'
                ? slice.reduce((n, x) => n + x.generatorCpuUs, 0)
                : Math.max(...slice.map((x) => x.generatorCpuUs)),
            eventLoopDelayP99Us: Math.max(...slice.map((x) => x.eventLoopDelayP99Us)),
        });
    }
    return out;
}
function mergeEncoded(encoded) {
    const total = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEncodedHistograms */ .uE)(encoded);
    try {
        return (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeHistogram */ .ll)(total);
    }
    finally {
        total.destroy();
    }
}
//# sourceMappingURL=merge-measurements.js.map

/***/ }),

/***/ 35271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ buildRunReport)
});

// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var config_secrets = __webpack_require__(67591);
// EXTERNAL MODULE: ./lib/core/report/level-health.js
var level_health = __webpack_require__(28307);
;// CONCATENATED MODULE: ./lib/core/report/redact-report.js
/**
 * The last step of building a run report: every text in it that can carry a secret (the
 * target's URL and command, the resolved config, notes, the comparison's labels and notes) is
 * passed through the redaction rules of `core/config/secrets.ts`, so no renderer (result.json,
 * report.html, summary.md, CSV, the terminal, the action's summary and comment) can write one.
 * Measurements (histograms, counts) are left alone: they hold no text from the config, and a
 * secret that happened to spell part of a base64 histogram must not corrupt it.
 */

/** `report` with URL userinfo, secret arguments and the known `secrets` hidden in its texts. */
function redactReport(report, secrets) {
    const text = (value) => (0,config_secrets/* redactText */.Rd)(value, secrets);
    const { target, comparison } = report;
    return {
        ...report,
        target: {
            ...target,
            url: text((0,config_secrets/* redactUrl */.BO)(target.url)),
            ...(target.command !== undefined ? { command: (0,config_secrets/* redactArgv */.Qu)(target.command).map(text) } : {}),
        },
        config: {
            ...report.config,
            ...(report.config.path !== undefined ? { path: (0,config_secrets/* redactUrlsInText */.GP)(report.config.path) } : {}),
            // Already redacted by structure when the plan was resolved; URLs anywhere in it, too.
            resolved: redactUrlsDeep(report.config.resolved),
        },
        notes: report.notes.map(text),
        ...(comparison !== undefined
            ? {
                comparison: {
                    ...comparison,
                    baselineLabel: text(comparison.baselineLabel),
                    candidateLabel: text(comparison.candidateLabel),
                    notes: comparison.notes.map(text),
                },
            }
            : {}),
    };
}
/** JSON data with URL userinfo hidden in every string. */
function redactUrlsDeep(value) {
    if (typeof value === 'string')
        return (0,config_secrets/* redactUrlsInText */.GP)(value);
    if (Array.isArray(value))
        return value.map(redactUrlsDeep);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactUrlsDeep(v)]));
    }
    return value;
}
//# sourceMappingURL=redact-report.js.map
;// CONCATENATED MODULE: ./lib/core/report/build-run-report.js




/** Builds the `RunReport` and its outcome; notes say why a run failed or was cut short. */
function buildRunReport(input) {
    const notes = [...input.notes];
    const failedLevels = input.levels.flatMap((level) => {
        const why = (0,level_health/* describeLevelFailure */.sh)(level);
        return why === undefined ? [] : [`${level.scenario} @ ${level.level}: ${why}`];
    });
    const outcome = input.interrupted
        ? 'interrupted'
        : input.targetExited || failedLevels.length > 0
            ? 'target-failure'
            : 'ok';
    if (input.interrupted) {
        notes.push('The run was interrupted: levels hold what was measured until then.');
    }
    else {
        if (input.targetExited)
            notes.push('The target process exited during the run.');
        for (const failed of failedLevels)
            notes.push(`No request succeeded at ${failed}.`);
    }
    const bound = input.levels.filter((l) => l.generator.generatorBound);
    if (bound.length > 0) {
        const names = bound.map((l) => `${l.scenario} @ ${l.level}`);
        const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
        const note = `${bound.length} level(s) were limited by the load generator, not the target (${shown.join(', ')}); their throughput understates the target`;
        if (!notes.includes(note))
            notes.push(note);
    }
    const report = {
        schemaVersion: model/* RESULT_SCHEMA_VERSION */.tS,
        id: input.id,
        name: input.plan.name,
        createdAt: (input.createdAt ?? input.finishedAt).toISOString(),
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        partial: input.interrupted,
        outcome,
        target: input.target,
        environment: input.environment,
        config: {
            ...(input.plan.configPath !== undefined ? { path: input.plan.configPath } : {}),
            hash: input.plan.configHash,
            resolved: input.plan.resolvedConfig,
        },
        levels: input.levels,
        notes,
    };
    // Before any renderer sees it: the plan keeps the real values, the report never does.
    return redactReport(report, (0,config_secrets/* secretValuesOf */.WD)(input.plan));
}
//# sourceMappingURL=build-run-report.js.map

/***/ }),

/***/ 18720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Vh: () => (/* binding */ defaultReportDir)
/* harmony export */ });
/* unused harmony exports compactUtcStamp, shortRunId */
/**
 * Names of runs and of their report directories: sortable by time, unique per run.
 */
/** UTC timestamp in the compact ISO 8601 basic form `yyyymmddThhmmssZ`. */
function compactUtcStamp(date) {
    return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/**
 * A run id: the start time in compact UTC form plus eight random base-36 characters, so ids sort
 * by time and two runs started in the same second still differ.
 */
function newRunId(date, random = Math.random) {
    let suffix = '';
    for (let i = 0; i < 8; i++) {
        suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
    }
    return `${compactUtcStamp(date)}-${suffix}`;
}
/** The short form of a run id used in directory names: its random part, at most 8 characters. */
function shortRunId(id) {
    const last = id.split('-').pop() ?? id;
    const clean = last.toLowerCase().replace(/[^a-z0-9]/g, '');
    return (clean || 'run').slice(0, 8);
}
/** Default report directory of a run, relative to the working directory. */
function defaultReportDir(date, id) {
    return `reports/${compactUtcStamp(date)}-${shortRunId(id)}`;
}
//# sourceMappingURL=run-ids.js.map

/***/ }),

/***/ 61499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ collectEnvironment)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var undici_package_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91130);
/**
 * Describes the machine and software a run used, for the report: results from different
 * machines, Node versions or commits are not comparable, and the report must say which is which.
 */





// A static import, so bundles carry the version of the undici they contain.

/** Reads `version` from a package.json, or `unknown` when it cannot be read. */
function packageVersion(resolve) {
    try {
        const json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(resolve(), 'utf8'));
        return typeof json.version === 'string' ? json.version : 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/**
 * This tool's own package.json: found by walking up from this file, which works from `src/`,
 * `lib/` and the bundled `dist/<entry>/` alike.
 */
function toolPackageJsonPath() {
    // path.dirname rather than `new URL('.', import.meta.url)`, which bundlers turn into an asset.
    let dir = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'package.json');
        try {
            const json = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(candidate, 'utf8'));
            if (json.name === 'bench-action')
                return candidate;
        }
        catch {
            // Not here: keep walking up.
        }
        dir = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(dir);
    }
    throw new Error('bench-action package.json not found');
}
/** Runs git in `cwd`; resolves to stdout, or `undefined` when git is missing or fails. */
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 5_000, windowsHide: true }, (error, stdout) => {
            resolve(error ? undefined : stdout);
        });
    });
}
/** Collects the environment of a local run. Never fails: unknown values say so. */
async function collectEnvironment(opts) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_2__.cpus();
    const env = {
        hostname: node_os__WEBPACK_IMPORTED_MODULE_2__.hostname(),
        cpuModel: cpus[0]?.model.trim() || 'unknown',
        cpus: Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism()),
        memoryBytes: node_os__WEBPACK_IMPORTED_MODULE_2__.totalmem(),
        os: `${node_os__WEBPACK_IMPORTED_MODULE_2__.platform()} ${node_os__WEBPACK_IMPORTED_MODULE_2__.release()} ${node_os__WEBPACK_IMPORTED_MODULE_2__.arch()}`,
        nodeVersion: process.version,
        undiciVersion: undici_package_json__WEBPACK_IMPORTED_MODULE_5__/* .version */ .rE,
        toolVersion: packageVersion(toolPackageJsonPath),
    };
    const sha = await git(opts.cwd, ['rev-parse', 'HEAD']);
    if (sha !== undefined && /^[0-9a-f]{40,64}$/.test(sha.trim())) {
        env.gitSha = sha.trim();
        const status = await git(opts.cwd, ['status', '--porcelain', '--untracked-files=no']);
        if (status !== undefined)
            env.gitDirty = status.trim().length > 0;
    }
    return env;
}
//# sourceMappingURL=environment.js.map

/***/ })

};
