export const id = 122;
export const ids = [122];
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

/***/ 40689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ug: () => (/* binding */ DEFAULT_GENERATOR_BOUND_CPU_PERCENT),
  bP: () => (/* binding */ buildLevelReport)
});

// UNUSED EXPORTS: GENERATOR_BOUND_EVENT_LOOP_DELAY_US

// EXTERNAL MODULE: ./lib/core/stats/histogram.js
var histogram = __webpack_require__(49425);
// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
;// CONCATENATED MODULE: ./lib/core/report/summarize-server-window.js
/** Readings sorted by time (a copy; the caller's array is left alone). */
function sortSamples(samples) {
    return [...samples].sort((a, b) => a.epochMs - b.epochMs);
}
/** Cumulative CPU µs at `epochMs`, interpolated between the two readings around it. */
function interpolateCpuUs(sorted, epochMs) {
    const first = sorted[0];
    if (!first)
        return 0;
    if (epochMs <= first.epochMs)
        return first.cpuUs;
    for (let i = 1; i < sorted.length; i++) {
        const b = sorted[i];
        if (epochMs <= b.epochMs) {
            const a = sorted[i - 1];
            const span = b.epochMs - a.epochMs;
            if (span <= 0)
                return b.cpuUs;
            return a.cpuUs + ((b.cpuUs - a.cpuUs) * (epochMs - a.epochMs)) / span;
        }
    }
    return sorted[sorted.length - 1].cpuUs;
}
/**
 * Summarizes readings over [startEpochMs, endEpochMs]. Only the part of the window the readings
 * span counts (a sampler that started late does not make the target look idle); returns
 * `undefined` when fewer than two readings overlap the window.
 */
function summarizeServerWindow(sorted, startEpochMs, endEpochMs) {
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || !last || sorted.length < 2)
        return undefined;
    const from = Math.max(startEpochMs, first.epochMs);
    const to = Math.min(endEpochMs, last.epochMs);
    const coveredMs = to - from;
    if (coveredMs <= 0)
        return undefined;
    const cpuUs = Math.max(0, interpolateCpuUs(sorted, to) - interpolateCpuUs(sorted, from));
    const inside = sorted.filter((s) => s.epochMs >= startEpochMs && s.epochMs <= endEpochMs);
    // A window shorter than the sampling period may hold no reading: use the one just before it.
    const rssReadings = inside.length > 0 ? inside : [sorted.filter((s) => s.epochMs <= to).pop() ?? first];
    const rss = rssReadings.map((s) => s.rssBytes);
    return {
        coveredMs,
        cpuUs,
        cpuPercentMean: cpuUs / (coveredMs * 10),
        rssBytesMax: Math.max(...rss),
        rssBytesMean: Math.round(rss.reduce((a, b) => a + b, 0) / rss.length),
    };
}
//# sourceMappingURL=summarize-server-window.js.map
// EXTERNAL MODULE: ./lib/core/report/units.js
var units = __webpack_require__(88845);
;// CONCATENATED MODULE: ./lib/core/report/build-level-report.js




/** Generator CPU (% of one core) from which a level counts as generator-bound by default. */
const DEFAULT_GENERATOR_BOUND_CPU_PERCENT = 85;
/**
 * Event-loop delay p99 (µs) from which a level counts as generator-bound whatever its CPU: a
 * loop that late delays reading responses, which inflates the latencies it records.
 */
const GENERATOR_BOUND_EVENT_LOOP_DELAY_US = 50_000;
/** Builds the `LevelReport` for one measured level. */
function buildLevelReport(m, opts) {
    // Classes added later (protocol, unfinished) are written as 0 when the measurement (an
    // older runner's) did not have them.
    const failures = {
        connect: m.failures.connect,
        timeout: m.failures.timeout,
        reset: m.failures.reset,
        protocol: m.failures.protocol ?? 0,
        httpStatus: m.failures.httpStatus,
        check: m.failures.check,
        unfinished: m.failures.unfinished ?? 0,
    };
    const failureCount = (0,model/* totalFailures */.o6)(failures);
    const total = m.success + failureCount;
    const seconds = m.durationMs / 1000;
    const samples = opts.serverSamples ? sortSamples(opts.serverSamples) : [];
    const series = m.intervals.map((iv) => buildIntervalSample(iv, m.startEpochMs, samples));
    const report = {
        scenario: m.scenario,
        model: m.model,
        level: m.level,
        connections: m.connections,
        pipelining: m.pipelining,
        ...(m.offeredRps !== undefined ? { offeredRps: m.offeredRps } : {}),
        startedAt: new Date(m.startEpochMs).toISOString(),
        warmupMs: m.warmupMs,
        durationMs: m.durationMs,
        cooldownMs: m.cooldownMs,
        counts: {
            total,
            success: m.success,
            failures,
            ...(m.httpStatuses !== undefined ? { httpStatuses: { ...m.httpStatuses } } : {}),
            ...(m.checkFailures !== undefined ? { checkFailures: { ...m.checkFailures } } : {}),
            ...(m.lateSends !== undefined ? { lateSends: m.lateSends } : {}),
            ...(m.droppedSends !== undefined ? { droppedSends: m.droppedSends } : {}),
        },
        errorRate: total === 0 ? 0 : failureCount / total,
        throughput: {
            successRps: seconds > 0 ? round2(m.success / seconds) : 0,
            totalRps: seconds > 0 ? round2(total / seconds) : 0,
        },
        latencyUs: (0,histogram/* summarizeEncoded */.Gw)(m.latency),
        ...(m.serviceTime !== undefined ? { serviceTimeUs: (0,histogram/* summarizeEncoded */.Gw)(m.serviceTime) } : {}),
        ...(m.scheduleLag !== undefined ? { scheduleLagUs: (0,histogram/* summarizeEncoded */.Gw)(m.scheduleLag) } : {}),
        failureLatencyUs: (0,histogram/* summarizeEncoded */.Gw)(m.failureLatency),
        histograms: {
            latency: m.latency,
            failures: m.failureLatency,
            ...(m.serviceTime !== undefined ? { serviceTime: m.serviceTime } : {}),
            ...(m.scheduleLag !== undefined ? { scheduleLag: m.scheduleLag } : {}),
        },
        bytes: { sent: m.bytesSent, received: m.bytesReceived },
        series,
        generator: checkGenerator(m, total, series, opts.generatorBoundCpuPercent ?? DEFAULT_GENERATOR_BOUND_CPU_PERCENT),
        hlogFile: opts.hlogFile,
    };
    const server = buildServerMetrics(samples, m.startEpochMs, m.durationMs, total);
    if (server)
        report.server = server;
    return report;
}
function buildIntervalSample(iv, windowStartEpochMs, samples) {
    // The schema wants a positive length; a zero-length interval can only come from a clock step.
    const durationMs = Math.max(1, iv.endEpochMs - iv.startEpochMs);
    const latency = (0,histogram/* summarizeEncoded */.Gw)(iv.latency);
    const sample = {
        startMs: Math.max(0, iv.startEpochMs - windowStartEpochMs),
        durationMs,
        success: iv.success,
        failures: iv.failures,
        successRps: round2(iv.success / (durationMs / 1000)),
        p50Us: latency.p50,
        p99Us: latency.p99,
        maxUs: latency.max,
        generatorCpuPercent: round1(iv.generatorCpuUs / (durationMs * 10)),
        eventLoopDelayP99Us: iv.eventLoopDelayP99Us,
    };
    const server = summarizeServerWindow(samples, iv.startEpochMs, iv.endEpochMs);
    // Only an interval the readings span entirely gets a figure: a partial one would be misleading.
    if (server && server.coveredMs >= durationMs) {
        sample.serverCpuPercent = round1(server.cpuPercentMean);
        sample.serverRssBytes = server.rssBytesMax;
    }
    return sample;
}
function checkGenerator(m, total, series, boundCpuPercent) {
    const cpuPercentMean = m.durationMs > 0 ? round1(m.generatorCpuUs / (m.durationMs * 10)) : 0;
    const cpuPercentMax = series.reduce((max, s) => Math.max(max, s.generatorCpuPercent), cpuPercentMean);
    const cpuBound = cpuPercentMean >= boundCpuPercent;
    const loopBound = m.eventLoopDelayP99Us >= GENERATOR_BOUND_EVENT_LOOP_DELAY_US;
    const cpu = (0,units/* formatCpuPercent */.$Z)(cpuPercentMean);
    let note;
    if (cpuBound) {
        note = `generator used ${cpu} of a core: the load generator, not the target, limited this level; these numbers understate the target`;
    }
    else if (loopBound) {
        note = `generator event-loop delay p99 was ${(0,units/* formatUs */.oC)(m.eventLoopDelayP99Us)} (CPU ${cpu} of a core): the generator was too busy to read responses on time; latencies are overstated`;
    }
    else {
        note = `generator used ${cpu} of a core: headroom left`;
    }
    return {
        cpuPercentMean,
        cpuPercentMax,
        cpuUsPerRequest: total > 0 ? round1(m.generatorCpuUs / total) : 0,
        eventLoopDelayP99Us: m.eventLoopDelayP99Us,
        generatorBound: cpuBound || loopBound,
        note,
    };
}
function buildServerMetrics(samples, startEpochMs, durationMs, total) {
    const w = summarizeServerWindow(samples, startEpochMs, startEpochMs + durationMs);
    if (!w)
        return undefined;
    // When the readings cover only part of the window, the covered part's rate stands for the
    // whole window: per-request CPU divides CPU by the requests of the same span.
    const windowCpuUs = (w.cpuUs * durationMs) / w.coveredMs;
    return {
        cpuPercentMean: round1(w.cpuPercentMean),
        cpuUsPerRequest: total > 0 ? round1(windowCpuUs / total) : 0,
        rssBytesMax: w.rssBytesMax,
        rssBytesMean: w.rssBytesMean,
    };
}
function round1(x) {
    return Math.round(x * 10) / 10;
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
//# sourceMappingURL=build-level-report.js.map

/***/ }),

/***/ 76477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ buildRunReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/* harmony import */ var _level_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28307);


/** Builds the `RunReport` and its outcome; notes say why a run failed or was cut short. */
function buildRunReport(input) {
    const notes = [...input.notes];
    const failedLevels = input.levels.flatMap((level) => {
        const why = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLevelFailure */ .sh)(level);
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
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULT_SCHEMA_VERSION */ .tS,
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

/***/ 58104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadPlan)
});

// UNUSED EXPORTS: validateConfigFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/config/check-scenario.js
var check_scenario = __webpack_require__(18965);
// EXTERNAL MODULE: ./lib/core/config/config-problem.js
var config_problem = __webpack_require__(19624);
// EXTERNAL MODULE: ./lib/core/config/parse-config.js
var parse_config = __webpack_require__(11600);
// EXTERNAL MODULE: ./lib/core/config/parse-document.js + 1 modules
var parse_document = __webpack_require__(92097);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/config/body-template.js
/**
 * Request body templates: `{{payload}}` inserts the payload as is, `{{payload|json}}` inserts it
 * as a JSON string literal (quoted and escaped), so MT text can travel inside a JSON body.
 * Applied once at resolve time: the engine only ever sees final bytes.
 */
const PLACEHOLDER = /\{\{\s*payload\s*(\|\s*json\s*)?\}\}/g;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
/** The body for one payload: the template with its placeholders replaced. */
function applyBodyTemplate(template, payload) {
    const text = decoder.decode(payload);
    // A replacer function, so `$&`-style sequences in payloads are never interpreted.
    const body = template.replace(PLACEHOLDER, (_match, json) => json ? JSON.stringify(text) : text);
    return encoder.encode(body);
}
/** The template as bytes, for scenarios with a fixed body and no payload set. */
function templateBytes(template) {
    return encoder.encode(template);
}
//# sourceMappingURL=body-template.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/core/config/canonical-json.js
/**
 * Canonical JSON (object keys sorted at every depth, no whitespace) and its SHA-256, so the same
 * resolved config always hashes the same whatever order its keys were written in.
 */

/** JSON text with object keys sorted at every depth; `undefined` members are dropped. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
/** SHA-256 (hex) of the canonical JSON of a value. */
function hashCanonicalJson(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value)).digest('hex');
}
/** SHA-256 (hex) of bytes. */
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const member = value[key];
            if (member !== undefined)
                out[key] = sortKeys(member);
        }
        return out;
    }
    return value;
}
//# sourceMappingURL=canonical-json.js.map
// EXTERNAL MODULE: ./lib/core/config/duration.js
var duration = __webpack_require__(69828);
// EXTERNAL MODULE: ./lib/core/config/json-check.js
var json_check = __webpack_require__(82107);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var stats_thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/core/config/schema.js
var schema = __webpack_require__(54259);
;// CONCATENATED MODULE: ./lib/core/config/resolve-plan.js
/**
 * Turns a validated config, its product, its scenario definitions, the payload bytes and the
 * command-line overrides into the `BenchPlan` the engine and the runners consume. Pure: every
 * file was read by the caller (`edges/files/load-plan.ts`).
 */








/** Builds the plan; throws `BenchError` `OVERRIDE_INVALID` when an override makes no sense. */
function resolvePlan(input) {
    const { config } = input;
    const target = resolveTarget(config.target, input.configDir, input.product);
    const baseline = config.baseline
        ? resolveTarget(config.baseline, input.configDir, input.baselineProduct)
        : undefined;
    if (baseline)
        checkDistinctPorts(baseline, target);
    const compare = resolveCompare(config.compare);
    const thresholds = resolveThresholds(config.thresholds);
    const scenarios = input.scenarios.map(resolveScenario);
    const load = resolveLoad(config.load, input.overrides ?? {});
    const cloud = {
        provider: input.overrides?.provider ?? config.cloud.provider,
        vmSizes: [...config.cloud.vmSizes],
        regions: [...config.cloud.regions],
        loadAgents: config.cloud.loadAgents,
    };
    const resolvedConfig = describePlan(config, target, scenarios, load, cloud, {
        baseline,
        compare,
        thresholds,
    });
    return {
        name: config.name,
        ...(input.configPath !== undefined ? { configPath: input.configPath } : {}),
        configHash: hashCanonicalJson(resolvedConfig),
        target,
        ...(baseline ? { baseline } : {}),
        compare,
        thresholds,
        scenarios,
        load,
        cloud,
        resolvedConfig,
    };
}
/** Health settings in milliseconds. */
function resolveHealth(health) {
    return {
        path: health.path,
        timeoutMs: durationMs(health.timeout),
        intervalMs: durationMs(health.interval),
    };
}
/** A comparison threshold as a fraction: `0.05` and `'5%'` both give 0.05. */
function parseThresholdFraction(value) {
    return typeof value === 'number' ? value : Number(value.trim().replace(/%$/, '')) / 100;
}
function resolveCompare(compare) {
    return {
        rounds: compare.rounds,
        noise: compare.noise,
        thresholdFraction: parseThresholdFraction(compare.threshold),
    };
}
function resolveThresholds(inputs) {
    const { thresholds, errors } = (0,stats_thresholds/* parseThresholds */.S)(inputs);
    if (errors.length > 0) {
        // parseConfig reports these with positions; reaching here means it was bypassed.
        throw (0,core_errors/* inputError */.Xu)('CONFIG_INVALID', `Invalid threshold: ${errors.join('; ')}`, 'Fix the threshold.');
    }
    return thresholds;
}
/**
 * Baseline and candidate run side by side in an A/B, so two started targets on one port would
 * have the second fail to listen (or, worse, both sides measure the first).
 */
function checkDistinctPorts(baseline, target) {
    const started = (t) => (t.kind === 'url' ? undefined : t.port);
    const port = started(target);
    if (port !== undefined && port !== 0 && port === started(baseline)) {
        throw (0,core_errors/* inputError */.Xu)('TARGET_PORT_CLASH', `The baseline and the target both listen on port ${port}; an A/B runs them at the same time`, 'Give the target another port (target.port, and the same port in target.env, e.g. PORT), as configs/demo-ab.yml does.');
    }
}
function resolveTarget(target, configDir, source) {
    if (target.url !== undefined) {
        return {
            kind: 'url',
            baseUrl: target.url.replace(/\/+$/, ''),
            ...(target.health ? { health: resolveHealth(target.health) } : {}),
        };
    }
    if (target.command) {
        const port = target.command.port ?? 0;
        return {
            kind: 'command',
            argv: [...target.command.run],
            cwd: (0,external_node_path_.resolve)(configDir, target.command.cwd),
            env: { ...target.command.env },
            port,
            baseUrl: `http://127.0.0.1:${port}`,
            health: resolveHealth(target.health ?? { path: '/health', timeout: '30s', interval: '200ms' }),
        };
    }
    if (!source) {
        throw (0,core_errors/* inputError */.Xu)('PRODUCT_MISSING', `The config names product "${target.product ?? ''}" but no product was loaded`, 'Load the config with loadPlan, which reads products/<name>/product.yml.');
    }
    const { product } = source;
    const health = resolveHealth(target.health ?? product.health);
    // `port` and `env` on the target let one product run twice, e.g. against a changed copy of itself.
    const envOverride = target.env ?? {};
    if (product.command) {
        const port = target.port ?? product.command.port ?? product.port;
        return {
            kind: 'command',
            argv: [...product.command.run],
            cwd: (0,external_node_path_.resolve)(source.dir, product.command.cwd),
            env: { ...product.env, ...product.command.env, ...envOverride },
            port,
            baseUrl: `http://127.0.0.1:${port}`,
            health,
            product: source.name,
        };
    }
    const image = product.image;
    if (!image) {
        throw (0,core_errors/* inputError */.Xu)('PRODUCT_INVALID', `Product "${source.name}" has neither command nor image`, 'Add `image: {repository: …}` or `command: {run: […]}` to its product.yml.');
    }
    return {
        kind: 'image',
        image: `${image.registry ? `${image.registry.replace(/\/+$/, '')}/` : ''}${image.repository}:${image.tag}`,
        port: target.port ?? product.port,
        env: { ...product.env, ...envOverride },
        health,
        product: source.name,
    };
}
function resolveScenario(source) {
    const scenario = source.definition;
    const template = scenario.body?.template;
    const payloads = source.payloads.map((file) => ({
        name: file.name,
        body: template === undefined ? file.bytes : applyBodyTemplate(template, file.bytes),
        weight: file.weight ?? 1,
    }));
    if (payloads.length === 0 && template !== undefined) {
        payloads.push({ name: 'body', body: templateBytes(template), weight: 1 });
    }
    const anyWeight = source.payloads.some((file) => file.weight !== undefined);
    const headers = {};
    for (const [name, value] of Object.entries(scenario.headers))
        headers[name.toLowerCase()] = value;
    return {
        name: scenario.name,
        method: scenario.method,
        path: scenario.path,
        headers,
        payloads,
        order: scenario.payloads?.order ?? (anyWeight ? 'weighted' : 'round-robin'),
        checks: {
            status: [...scenario.checks.status],
            json: scenario.checks.json.map(toJsonCheck),
            bodyContains: [...scenario.checks.bodyContains],
        },
    };
}
function toJsonCheck(source) {
    const parsed = (0,json_check/* parseJsonCheck */.Yu)(source);
    if ('error' in parsed) {
        // parseConfig reports these with positions; reaching here means it was bypassed.
        throw (0,core_errors/* inputError */.Xu)('CONFIG_INVALID', `Invalid JSON check "${source}": ${parsed.error}`, 'Fix the check.');
    }
    return parsed;
}
function resolveLoad(load, overrides) {
    const model = overrides.model ?? load.model;
    if (overrides.model !== undefined && overrides.model !== load.model && !overrides.levels) {
        throw (0,core_errors/* inputError */.Xu)('OVERRIDE_INVALID', `Switching the load model from ${load.model} to ${overrides.model} changes what levels mean`, overrides.model === 'open'
            ? 'Give the arrival rates too, e.g. --levels 500,1000.'
            : 'Give the connection counts too, e.g. --levels 8,32.');
    }
    const levels = overrides.levels ?? load.levels;
    checkLevels(model, levels);
    for (const [name, value] of [
        ['duration', overrides.durationMs],
        ['warm-up', overrides.warmupMs],
    ]) {
        if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
            throw (0,core_errors/* inputError */.Xu)('OVERRIDE_INVALID', `Invalid ${name}: ${value}`, 'Give a duration such as 5s.');
        }
    }
    if (overrides.durationMs !== undefined && overrides.durationMs <= 0) {
        throw (0,core_errors/* inputError */.Xu)('OVERRIDE_INVALID', 'The duration must be longer than 0', 'Give a duration such as 5s.');
    }
    const maxConnections = load.model === 'open' && model === 'open' ? load.maxConnections : undefined;
    return {
        model,
        levels: [...levels],
        ...(maxConnections !== undefined ? { maxConnections } : {}),
        pipelining: load.pipelining,
        warmupMs: overrides.warmupMs ?? durationMs(load.warmup),
        durationMs: overrides.durationMs ?? durationMs(load.duration),
        cooldownMs: durationMs(load.cooldown),
        connectTimeoutMs: durationMs(load.connectTimeout),
        requestTimeoutMs: durationMs(load.requestTimeout),
        // Only when set, so configs without it keep their hash and their history.
        ...(load.maxCheckBodyBytes !== undefined ? { maxCheckBodyBytes: load.maxCheckBodyBytes } : {}),
        workers: load.workers,
    };
}
/** Throws `OVERRIDE_INVALID` for levels that do not fit the model. */
function checkLevels(model, levels) {
    if (levels.length === 0) {
        throw (0,core_errors/* inputError */.Xu)('OVERRIDE_INVALID', 'No levels given', 'Give at least one level, e.g. --levels 8,32.');
    }
    for (const level of levels) {
        const ok = model === 'closed'
            ? Number.isInteger(level) && level >= 1 && level <= schema/* MAX_CONNECTIONS */.tp
            : Number.isFinite(level) && level > 0 && level <= schema/* MAX_RATE_RPS */.KW;
        if (!ok) {
            throw (0,core_errors/* inputError */.Xu)('OVERRIDE_INVALID', model === 'closed'
                ? `Invalid level ${level}: a closed level is a connection count, an integer from 1 to ${schema/* MAX_CONNECTIONS */.tp}`
                : `Invalid level ${level}: an open level is a rate in req/s, above 0 and at most ${schema/* MAX_RATE_RPS */.KW}`, 'Fix the --levels list.');
        }
    }
}
function durationMs(value) {
    const ms = (0,duration/* parseDurationMs */.yi)(value);
    // The schema accepted the value, so it parses; 0 keeps a broken call visible rather than NaN.
    return ms ?? 0;
}
/** The config after defaults and overrides, without machine-specific paths, for the report and hash. */
function describePlan(config, target, scenarios, load, cloud, comparison) {
    // Keys are added only when used, so configs without them keep the hash they always had and
    // stay comparable with the history of earlier runs.
    return {
        version: config.version,
        name: config.name,
        ...(config.description !== undefined ? { description: config.description } : {}),
        target: portableTarget(target),
        ...(comparison.baseline
            ? { baseline: portableTarget(comparison.baseline), compare: comparison.compare }
            : {}),
        ...(comparison.thresholds.length > 0 ? { thresholds: comparison.thresholds } : {}),
        scenarios: scenarios.map((scenario) => ({
            ...scenario,
            payloads: scenario.payloads.map((payload) => ({
                name: payload.name,
                weight: payload.weight,
                bytes: payload.body.byteLength,
                sha256: sha256Hex(payload.body),
            })),
        })),
        load,
        cloud,
    };
}
/** A target without machine-specific paths. */
function portableTarget(target) {
    const { cwd: _cwd, ...portable } = target.kind === 'command' ? target : { ...target, cwd: undefined };
    return portable;
}
//# sourceMappingURL=resolve-plan.js.map
;// CONCATENATED MODULE: ./lib/edges/files/load-plan.js
/**
 * Reads a config file and everything it names (product, product scenarios, payload files) and
 * resolves it into a `BenchPlan`. Every problem in every file is collected before anything is
 * reported; `loadPlan` throws them as one `ConfigError` (code `CONFIG_INVALID`).
 */









/** Loads and resolves a config; throws `ConfigError` (`CONFIG_INVALID`) listing every problem. */
async function loadPlan(configPath, overrides = {}, opts = {}) {
    const result = await collectPlan(configPath, overrides, opts);
    if (!result.plan)
        throw new config_problem/* ConfigError */.xL(result.problems);
    return result.plan;
}
/** Validates a config and everything it names, for `bench validate`; never throws for bad input. */
async function validateConfigFile(configPath, opts = {}) {
    return collectPlan(configPath, {}, opts);
}
async function collectPlan(configPath, overrides, opts) {
    const absoluteConfig = (0,external_node_path_.resolve)(configPath);
    const text = await readText(absoluteConfig);
    if (text === undefined) {
        throw (0,core_errors/* inputError */.Xu)('CONFIG_NOT_FOUND', `Config file not found: ${configPath}`, 'Check the path; configs usually live in configs/, e.g. configs/demo.yml.');
    }
    const parsed = (0,parse_config/* parseConfig */.o)(text, displayPath(absoluteConfig));
    const problems = [...parsed.problems];
    const config = parsed.config;
    // With an invalid config, the files it names are still checked from the data as written, so
    // the user sees a missing payload next to a typo instead of one after the other.
    const raw = (0,check_scenario/* isRecord */.u4)(parsed.raw) ? parsed.raw : {};
    const rawTarget = (0,check_scenario/* isRecord */.u4)(raw.target) ? raw.target : {};
    const productName = config?.target.product ??
        (typeof rawTarget.product === 'string' &&
            rawTarget.url === undefined &&
            rawTarget.command === undefined
            ? rawTarget.product
            : undefined);
    const entries = config?.scenarios ?? (Array.isArray(raw.scenarios) ? raw.scenarios : []);
    const reported = new Set(problems.map((p) => p.path));
    const configDir = (0,external_node_path_.dirname)(absoluteConfig);
    let product;
    let productScenarios = new Map();
    if (productName !== undefined && !reported.has('target.product')) {
        const catalogues = await productCatalogues(configDir, opts);
        const loaded = await loadProduct(productName, catalogues, parsed.source);
        problems.push(...loaded.problems);
        product = loaded.product;
        productScenarios = loaded.scenarios;
        if (product && config?.cloud.provider === 'azure' && !product.product.image) {
            problems.push(parsed.source.problemAt(['target', 'product'], {
                message: `product \`${product.name}\` has no image; azure runs deploy an image`,
                expected: 'a product whose product.yml has `image`',
            }));
        }
    }
    // The baseline of an A/B may be another product (or the same one with other port and env);
    // its scenarios come from the target's product, so only its product file matters here.
    const rawBaseline = (0,check_scenario/* isRecord */.u4)(raw.baseline) ? raw.baseline : {};
    const baselineName = config?.baseline?.product ??
        (typeof rawBaseline.product === 'string' &&
            rawBaseline.url === undefined &&
            rawBaseline.command === undefined
            ? rawBaseline.product
            : undefined);
    let baselineProduct;
    if (baselineName !== undefined && !reported.has('baseline.product')) {
        if (baselineName === productName && product) {
            baselineProduct = product;
        }
        else {
            const catalogues = await productCatalogues(configDir, opts);
            const loaded = await loadProduct(baselineName, catalogues, parsed.source, 'baseline');
            problems.push(...loaded.problems);
            baselineProduct = loaded.product;
        }
    }
    const payloadFiles = new Map();
    for (const [index, entry] of entries.entries()) {
        if (reported.has(`scenarios[${index}]`))
            continue;
        if (typeof entry === 'string') {
            if (!product)
                continue;
            const found = productScenarios.get(entry);
            if (!found) {
                const known = [...productScenarios.keys()].sort();
                const suggestion = (0,parse_document/* closestKey */.bi)(entry, known);
                problems.push(parsed.source.problemAt(['scenarios', index], {
                    message: `unknown scenario \`${entry}\` for product \`${product.name}\``,
                    expected: known.length > 0 ? `one of ${known.join(', ')}` : 'a scenario file in the product',
                    hint: suggestion
                        ? `Did you mean \`${suggestion}\`?`
                        : `Add products/${product.name}/scenarios/${entry}.yml, or define the scenario inline.`,
                }));
                continue;
            }
            const payloads = await readPayloads(found.definition.payloads, found.dir, found.source, []);
            problems.push(...payloads.problems);
            payloadFiles.set(index, payloads.files);
        }
        else if ((0,check_scenario/* isRecord */.u4)(entry)) {
            const payloadsConfig = schema/* PayloadsConfigSchema */.td.safeParse(entry.payloads);
            if (entry.payloads === undefined || !payloadsConfig.success)
                continue;
            const payloads = await readPayloads(payloadsConfig.data, configDir, parsed.source, [
                'scenarios',
                index,
            ]);
            problems.push(...payloads.problems);
            payloadFiles.set(index, payloads.files);
        }
    }
    if (!config || problems.length > 0)
        return { problems: (0,config_problem/* sortProblems */.dS)(problems) };
    const scenarios = [];
    for (const [index, entry] of config.scenarios.entries()) {
        const definition = typeof entry === 'string' ? productScenarios.get(entry)?.definition : entry;
        if (definition)
            scenarios.push({ definition, payloads: payloadFiles.get(index) ?? [] });
    }
    const plan = resolvePlan({
        config,
        configPath,
        configDir,
        ...(product ? { product } : {}),
        ...(baselineProduct ? { baselineProduct } : {}),
        scenarios,
        overrides,
    });
    return { plan, problems: [] };
}
async function loadProduct(name, catalogues, configSource, key = 'target') {
    const scenarios = new Map();
    let found;
    for (const catalogue of catalogues) {
        const productPath = (0,external_node_path_.join)(catalogue, name, 'product.yml');
        const text = await readText(productPath);
        if (text !== undefined) {
            found = { dir: (0,external_node_path_.join)(catalogue, name), productPath, text };
            break;
        }
    }
    if (!found) {
        const known = [...new Set((await Promise.all(catalogues.map(listProducts))).flat())].sort();
        const suggestion = (0,parse_document/* closestKey */.bi)(name, known);
        const searched = catalogues.length > 0
            ? `looked in ${catalogues.map((c) => displayPath(c)).join(', ')}`
            : 'no products/ directory above the config and no catalogue given';
        return {
            scenarios,
            problems: [
                configSource.problemAt([key, 'product'], {
                    message: `unknown product \`${name}\` (${searched})`,
                    expected: known.length > 0 ? `one of ${known.join(', ')}` : 'a product under products/',
                    hint: suggestion
                        ? `Did you mean \`${suggestion}\`?`
                        : 'Add products/<name>/product.yml to the repository, or point at a catalogue with --products-dir (CLI) or products-dir (action).',
                }),
            ],
        };
    }
    const { dir, productPath, text } = found;
    const parsed = (0,parse_document/* parseDocumentWith */.$L)(text, displayPath(productPath), schema/* ProductFileSchema */.ZA);
    const problems = [...parsed.problems];
    if (parsed.value && !parsed.value.command && !parsed.value.image) {
        problems.push(parsed.source.problemAt([], {
            message: 'the product has neither `image` nor `command`',
            expected: 'image: {repository: …} and/or command: {run: […]}',
        }));
    }
    const scenariosDir = (0,external_node_path_.join)(dir, 'scenarios');
    const entries = await (0,promises_.readdir)(scenariosDir).catch(() => []);
    for (const file of entries.filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
        const scenarioPath = (0,external_node_path_.join)(scenariosDir, file);
        const scenarioText = await readText(scenarioPath);
        if (scenarioText === undefined)
            continue;
        const scenario = (0,parse_document/* parseDocumentWith */.$L)(scenarioText, displayPath(scenarioPath), schema/* ScenarioFileSchema */.ar);
        problems.push(...scenario.problems);
        if (scenario.raw !== undefined)
            problems.push(...(0,check_scenario/* checkScenario */.lw)(scenario.raw, [], scenario.source));
        if (!scenario.value)
            continue;
        const scenarioName = scenario.value.name ?? (0,external_node_path_.basename)(file, (0,external_node_path_.extname)(file));
        if (scenarios.has(scenarioName)) {
            problems.push(scenario.source.problemAt(['name'], {
                message: `scenario \`${scenarioName}\` is defined twice in the product`,
                expected: 'unique scenario names',
            }));
            continue;
        }
        scenarios.set(scenarioName, {
            definition: { ...scenario.value, name: scenarioName },
            dir: scenariosDir,
            source: scenario.source,
        });
    }
    // The product is returned even when a scenario file has problems, so the config's scenario
    // names are still checked against the scenarios that did parse.
    if (!parsed.value || parsed.problems.length > 0)
        return { scenarios, problems };
    return {
        product: { name: parsed.value.name ?? name, dir, product: parsed.value },
        scenarios,
        problems,
    };
}
async function readPayloads(payloads, baseDir, source, path) {
    const files = [];
    const problems = [];
    if (!payloads)
        return { files, problems };
    if (payloads.dir !== undefined) {
        const dir = (0,external_node_path_.resolve)(baseDir, payloads.dir);
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => undefined);
        if (!entries) {
            problems.push(source.problemAt([...path, 'payloads', 'dir'], {
                message: `payload directory not found: ${displayPath(dir)}`,
                expected: 'a directory of payload files, relative to this file',
            }));
            return { files, problems };
        }
        const names = entries
            .filter((e) => e.isFile() && !e.name.startsWith('.'))
            .map((e) => e.name)
            .sort();
        if (names.length === 0) {
            problems.push(source.problemAt([...path, 'payloads', 'dir'], {
                message: `payload directory is empty: ${displayPath(dir)}`,
                expected: 'at least one payload file',
            }));
        }
        for (const name of names) {
            files.push({ name, bytes: await (0,promises_.readFile)((0,external_node_path_.join)(dir, name)) });
        }
        return { files, problems };
    }
    for (const [index, entry] of (payloads.files ?? []).entries()) {
        const filePath = typeof entry === 'string' ? entry : entry.path;
        const absolute = (0,external_node_path_.resolve)(baseDir, filePath);
        const bytes = await (0,promises_.readFile)(absolute).catch(() => undefined);
        if (!bytes) {
            problems.push(source.problemAt(typeof entry === 'string'
                ? [...path, 'payloads', 'files', index]
                : [...path, 'payloads', 'files', index, 'path'], {
                message: `payload file not found: ${displayPath(absolute)}`,
                expected: 'a readable file, relative to this file',
            }));
            continue;
        }
        files.push({
            name: filePath,
            bytes,
            ...(typeof entry !== 'string' && entry.weight !== undefined ? { weight: entry.weight } : {}),
        });
    }
    return { files, problems };
}
/** The nearest ancestor of `dir` (itself included) that holds a `products/` directory. */
/** The catalogues to search, in order, without repeats. */
async function productCatalogues(configDir, opts) {
    const nearest = await findProductsDir(configDir);
    const all = [
        ...(opts.productsDirs ?? []).map((d) => (0,external_node_path_.resolve)(d)),
        ...(nearest !== undefined ? [nearest] : []),
        ...(opts.fallbackProductsDirs ?? []).map((d) => (0,external_node_path_.resolve)(d)),
    ];
    return [...new Set(all)];
}
async function findProductsDir(dir) {
    let current = dir;
    for (;;) {
        const candidate = (0,external_node_path_.join)(current, 'products');
        if (await isDirectory(candidate))
            return candidate;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
async function listProducts(productsDir) {
    const entries = await (0,promises_.readdir)(productsDir, { withFileTypes: true }).catch(() => []);
    const names = [];
    for (const entry of entries) {
        if (entry.isDirectory() && (await readText((0,external_node_path_.join)(productsDir, entry.name, 'product.yml')))) {
            names.push(entry.name);
        }
    }
    return names.sort();
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
}
async function readText(path) {
    return (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
}
/** A path relative to the working directory when it is inside it, else absolute. */
function displayPath(absolute) {
    const rel = (0,external_node_path_.relative)(process.cwd(), absolute);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
}
//# sourceMappingURL=load-plan.js.map

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
