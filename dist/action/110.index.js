export const id = 110;
export const ids = [110,425];
export const modules = {

/***/ 4358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ug: () => (/* binding */ DEFAULT_GENERATOR_BOUND_CPU_PERCENT),
  bP: () => (/* binding */ buildLevelReport),
  t8: () => (/* binding */ describeMachineNoise)
});

// UNUSED EXPORTS: GENERATOR_BOUND_EVENT_LOOP_DELAY_US, MATERIAL_STEAL_PERCENT, OVERSUBSCRIBED_CPU_PERCENT, describeMachine, isMachineNoiseMaterial, isOversubscribed

;// CONCATENATED MODULE: ./lib/core/machine/summarize-machine-window.js
function interpolate(sorted, at, key) {
    const first = sorted[0];
    if (at <= first.epochMs)
        return first[key];
    for (let i = 1; i < sorted.length; i++) {
        const b = sorted[i];
        if (at <= b.epochMs) {
            const a = sorted[i - 1];
            const span = b.epochMs - a.epochMs;
            return span <= 0 ? b[key] : a[key] + ((b[key] - a[key]) * (at - a.epochMs)) / span;
        }
    }
    return sorted[sorted.length - 1][key];
}
/**
 * Summarizes readings (sorted by time) over [startEpochMs, endEpochMs]; `undefined` when fewer
 * than two readings overlap it or no tick passed.
 */
function summarizeMachineWindow(sorted, startEpochMs, endEpochMs) {
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (!first || !last || sorted.length < 2)
        return undefined;
    const from = Math.max(startEpochMs, first.epochMs);
    const to = Math.min(endEpochMs, last.epochMs);
    if (to <= from)
        return undefined;
    const delta = (key) => interpolate(sorted, to, key) - interpolate(sorted, from, key);
    const total = delta('totalTicks');
    if (!(total > 0))
        return undefined;
    const idle = delta('idleTicks');
    const steal = delta('stealTicks');
    const inside = sorted.filter((s) => s.epochMs >= startEpochMs && s.epochMs <= endEpochMs);
    const readings = inside.length > 0 ? inside : [sorted.filter((s) => s.epochMs <= to).pop() ?? first];
    return {
        coveredMs: to - from,
        cpus: last.cpus,
        cpuPercent: Math.max(0, Math.min(100, ((total - idle - steal) / total) * 100)),
        stealPercent: Math.max(0, Math.min(100, (steal / total) * 100)),
        runnableMean: readings.reduce((a, s) => a + s.runnable, 0) / readings.length,
    };
}
//# sourceMappingURL=summarize-machine-window.js.map
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
/**
 * Machine CPU (busy plus stolen, % of all CPUs) from which the machine counts as oversubscribed:
 * a process that wants a CPU then waits for one.
 */
const OVERSUBSCRIBED_CPU_PERCENT = 90;
/** Mean steal (% of all CPUs) from which it is worth a line in the report. */
const MATERIAL_STEAL_PERCENT = 2;
/** True when the machine's figures over a level deserve the reader's attention. */
function isMachineNoiseMaterial(machine) {
    return (machine !== undefined &&
        (machine.stealPercentMean >= MATERIAL_STEAL_PERCENT || isOversubscribed(machine)));
}
/** True when the machine had more to run than CPUs to run it on. */
function isOversubscribed(machine) {
    return (machine.cpuPercentMean + machine.stealPercentMean >= OVERSUBSCRIBED_CPU_PERCENT ||
        machine.runnableMean > machine.cpus);
}
/**
 * The machine's noise over a level in one sentence when it is material (and the generator's
 * self-check did not already say it); `undefined` otherwise.
 */
function describeMachineNoise(level) {
    const machine = level.machine;
    if (!machine || !isMachineNoiseMaterial(machine))
        return undefined;
    if (level.generator.generatorBound)
        return undefined;
    const why = [
        isOversubscribed(machine)
            ? 'the machine was oversubscribed, so figures include waiting for a CPU'
            : '',
        machine.stealPercentMean >= MATERIAL_STEAL_PERCENT
            ? `the hypervisor stole ${formatPercent(machine.stealPercentMean)} of the CPUs`
            : '',
    ].filter(Boolean);
    return `${describeMachine(machine)}: ${why.join('; ')}`;
}
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
    const backPressure = m.refusals?.backPressure ?? 0;
    const rateLimited = m.refusals?.rateLimited ?? 0;
    const total = m.success + failureCount + backPressure + rateLimited;
    const seconds = m.durationMs / 1000;
    const samples = opts.serverSamples ? sortSamples(opts.serverSamples) : [];
    const machineSamples = opts.machineSamples
        ? [...opts.machineSamples].sort((a, b) => a.epochMs - b.epochMs)
        : [];
    const series = m.intervals.map((iv) => buildIntervalSample(iv, m.startEpochMs, samples, machineSamples));
    const machine = buildMachineMetrics(machineSamples, m.startEpochMs, m.durationMs, series);
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
            backPressure,
            rateLimited,
            ...(m.httpStatuses !== undefined ? { httpStatuses: { ...m.httpStatuses } } : {}),
            ...(m.checkFailures !== undefined ? { checkFailures: { ...m.checkFailures } } : {}),
            ...(m.lateSends !== undefined ? { lateSends: m.lateSends } : {}),
            ...(m.droppedSends !== undefined ? { droppedSends: m.droppedSends } : {}),
        },
        errorRate: total === 0 ? 0 : failureCount / total,
        backPressureRate: total === 0 ? 0 : backPressure / total,
        rateLimitedRate: total === 0 ? 0 : rateLimited / total,
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
        generator: checkGenerator(m, total, series, opts.generatorBoundCpuPercent ?? DEFAULT_GENERATOR_BOUND_CPU_PERCENT, machine),
        hlogFile: opts.hlogFile,
    };
    if (machine)
        report.machine = machine;
    const server = buildServerMetrics(samples, m.startEpochMs, m.durationMs, total);
    if (server)
        report.server = server;
    return report;
}
function buildIntervalSample(iv, windowStartEpochMs, samples, machineSamples) {
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
        ...(iv.generatorHeapUsedBytes !== undefined
            ? { generatorHeapUsedBytes: iv.generatorHeapUsedBytes }
            : {}),
        ...(iv.generatorRssBytes !== undefined ? { generatorRssBytes: iv.generatorRssBytes } : {}),
    };
    const server = summarizeServerWindow(samples, iv.startEpochMs, iv.endEpochMs);
    // Only an interval the readings span entirely gets a figure: a partial one would be misleading.
    if (server && server.coveredMs >= durationMs) {
        sample.serverCpuPercent = round1(server.cpuPercentMean);
        sample.serverRssBytes = server.rssBytesMax;
    }
    const machine = summarizeMachineWindow(machineSamples, iv.startEpochMs, iv.endEpochMs);
    if (machine && machine.coveredMs >= durationMs) {
        sample.machineCpuPercent = round1(machine.cpuPercent);
        sample.stealPercent = round1(machine.stealPercent);
    }
    return sample;
}
function buildMachineMetrics(sorted, startEpochMs, durationMs, series) {
    const w = summarizeMachineWindow(sorted, startEpochMs, startEpochMs + durationMs);
    if (!w)
        return undefined;
    const cpuPercentMean = round1(w.cpuPercent);
    const stealPercentMean = round1(w.stealPercent);
    return {
        cpus: w.cpus,
        cpuPercentMean,
        cpuPercentMax: series.reduce((max, s) => Math.max(max, s.machineCpuPercent ?? 0), cpuPercentMean),
        stealPercentMean,
        stealPercentMax: series.reduce((max, s) => Math.max(max, s.stealPercent ?? 0), stealPercentMean),
        runnableMean: round1(w.runnableMean),
    };
}
/** The machine's figures in words: "machine CPU 97% of 2 CPUs, 3.4 runnable threads, steal 0.5%". */
function describeMachine(machine) {
    return `machine CPU ${formatPercent(machine.cpuPercentMean)} of ${machine.cpus} CPU${machine.cpus === 1 ? '' : 's'}, ${machine.runnableMean} runnable thread${machine.runnableMean === 1 ? '' : 's'} on average, steal ${formatPercent(machine.stealPercentMean)}`;
}
function formatPercent(x) {
    return `${Number(x.toFixed(1))}%`;
}
function checkGenerator(m, total, series, boundCpuPercent, machine) {
    const cpuPercentMean = m.durationMs > 0 ? round1(m.generatorCpuUs / (m.durationMs * 10)) : 0;
    const cpuPercentMax = series.reduce((max, s) => Math.max(max, s.generatorCpuPercent), cpuPercentMean);
    const workerCpuPercentMean = m.workerCpuUs && m.durationMs > 0
        ? m.workerCpuUs.map((us) => round1(us / (m.durationMs * 10)))
        : undefined;
    // One saturated worker limits its share of the level even when the others have headroom.
    const workerBound = workerCpuPercentMean?.some((p) => p >= DEFAULT_GENERATOR_BOUND_CPU_PERCENT) ?? false;
    const cpuBound = cpuPercentMean >= boundCpuPercent || workerBound;
    const loopBound = m.eventLoopDelayP99Us >= GENERATOR_BOUND_EVENT_LOOP_DELAY_US;
    const cpu = (0,units/* formatCpuPercent */.$Z)(cpuPercentMean) +
        (workerCpuPercentMean
            ? ` (worker threads: ${workerCpuPercentMean.map(units/* formatCpuPercent */.$Z).join(', ')})`
            : '');
    const delay = (0,units/* formatUs */.oC)(m.eventLoopDelayP99Us);
    let note;
    let limitedBy;
    if (cpuBound) {
        limitedBy = 'generator-cpu';
        note = `generator used ${cpu} of a core: the load generator saturated its core and limited this level, not the target; these numbers understate the target`;
    }
    else if (loopBound && machine && isOversubscribed(machine)) {
        // The generator was not busy itself: it waited for a CPU the machine did not have free.
        limitedBy = 'machine';
        note = `generator event-loop delay p99 was ${delay} at only ${cpu} of a core while the machine was oversubscribed (${describeMachine(machine)}): the generator waited for a CPU, not for the target; latencies are overstated`;
    }
    else if (loopBound) {
        limitedBy = 'event-loop';
        note = `generator event-loop delay p99 was ${delay} (CPU ${cpu} of a core${machine ? `; ${describeMachine(machine)}` : ''}): the generator was too busy to read responses on time; latencies are overstated`;
    }
    else {
        note = `generator used ${cpu} of a core: headroom left`;
        if (machine && isMachineNoiseMaterial(machine))
            note += `; ${describeMachine(machine)}`;
    }
    return {
        cpuPercentMean,
        cpuPercentMax,
        cpuUsPerRequest: total > 0 ? round1(m.generatorCpuUs / total) : 0,
        eventLoopDelayP99Us: m.eventLoopDelayP99Us,
        ...(workerCpuPercentMean ? { workerCpuPercentMean } : {}),
        generatorBound: cpuBound || loopBound,
        note,
        ...(limitedBy ? { limitedBy } : {}),
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

/***/ 18176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ describeBenchmarkThresholds),
/* harmony export */   ct: () => (/* binding */ commandBenchmarkReports),
/* harmony export */   fA: () => (/* binding */ commandVerdict),
/* harmony export */   gj: () => (/* binding */ countDecidedBenchmarks),
/* harmony export */   nr: () => (/* binding */ describeCommandBenchmarks),
/* harmony export */   tx: () => (/* binding */ renderBenchmarksCsv),
/* harmony export */   uc: () => (/* binding */ compareCommandRounds),
/* harmony export */   yf: () => (/* binding */ describeBenchmarkRounds)
/* harmony export */ });
/* unused harmony exports compareCommandBenchmark, BENCHMARK_CSV_COLUMNS */
/* harmony import */ var _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16125);
/* harmony import */ var _stats_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12472);
/* harmony import */ var _stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19335);
/* harmony import */ var _stats_paired_analysis_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87977);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64818);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77329);






/** The report entries of one command scenario's results. */
function commandBenchmarkReports(scenario, result) {
    return result.benchmarks.map((b) => ({
        scenario,
        name: b.name,
        unit: b.unit,
        direction: b.direction,
        estimate: b.estimate,
        statistic: b.statistic,
        ...(b.interval ? { interval: { ...b.interval } } : {}),
        samples: b.samples?.length ?? 0,
        ...(b.iterations !== undefined ? { iterations: b.iterations } : {}),
    }));
}
/**
 * Judges the candidate's benchmark against the baseline's: the interval of the change of the
 * median per-iteration sample (bootstrap), held against ±`threshold` by `judgeInterval`. Without
 * samples on both sides there is no interval, and the verdict is inconclusive.
 */
function compareCommandBenchmark(baseline, candidate, threshold, seed, confidence) {
    // judgeInterval reads the direction from the metric: p50 is lower-is-better, successRps higher.
    const metric = candidate.direction === 'higher-is-better' ? 'successRps' : 'p50';
    const base = baseline.samples ?? [];
    const cand = candidate.samples ?? [];
    const pointChange = base.length > 0 && cand.length > 0
        ? (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(cand) / (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(base) - 1
        : candidate.estimate / baseline.estimate - 1;
    const interval = base.length >= 2 && cand.length >= 2
        ? (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .bootstrapRelativeChange */ .bF)(base, cand, {
            ...(seed !== undefined ? { seed } : {}),
            ...(confidence !== undefined ? { confidence } : {}),
        })
        : undefined;
    if (!interval) {
        return {
            baseline: baseline.estimate,
            change: pointChange,
            ci: null,
            verdict: 'inconclusive',
            reason: `no per-iteration samples on both sides, so no interval (change of the estimates ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChange */ .eD)(pointChange, 'ratio')})`,
        };
    }
    const ci = { low: interval.low, high: interval.high, confidence: interval.confidence };
    const { verdict } = (0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeInterval */ .hm)(metric, ci, threshold, 'ratio');
    const better = candidate.direction === 'higher-is-better' ? 'higher' : 'lower';
    return {
        baseline: baseline.estimate,
        change: pointChange,
        ci,
        method: 'bootstrap',
        verdict,
        reason: `${candidate.unit} changed ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChange */ .eD)(pointChange, 'ratio')} (interval ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInterval */ .vy)(ci, 'ratio')}, threshold ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChange */ .eD)(threshold, 'ratio').slice(1)}; ${better} is better)`,
    };
}
/** The value of a benchmark in one round: its median per-iteration sample, else its estimate. */
function roundValue(b) {
    return b.samples && b.samples.length > 0 ? (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(b.samples) : b.estimate;
}
/**
 * Judges every benchmark over A/B rounds, paired by round as interleaved HTTP levels are: each
 * round gives one pair (each side's median per-iteration sample, or the estimate when the tool
 * keeps no samples), and with two pairs or more the change is the paired t interval of their log
 * ratios at `lookConfidence` (`analysePairs`), held against ±`threshold` by `judgeInterval`. A
 * single round falls back to the bootstrap of its samples (`compareCommandBenchmark`). The entry
 * of each benchmark is the candidate's median round, so its estimate and the tool's interval
 * belong together; every round's samples fed the judgement through its pair.
 */
function compareCommandRounds(rounds, opts) {
    const scenarios = [...new Set(rounds.flatMap((r) => r.results.map((x) => x.scenario)))];
    const out = [];
    for (const scenario of scenarios) {
        const names = [
            ...new Set(rounds.flatMap((r) => r.results
                .filter((x) => x.scenario === scenario)
                .flatMap((x) => x.candidate.benchmarks.map((b) => b.name)))),
        ].sort();
        for (const name of names) {
            const measured = rounds.flatMap((r) => {
                const x = r.results.find((y) => y.scenario === scenario);
                const cand = x?.candidate.benchmarks.find((b) => b.name === name);
                const base = x?.baseline.benchmarks.find((b) => b.name === name);
                return cand ? [{ round: r.round, base, cand }] : [];
            });
            const byValue = [...measured].sort((a, b) => roundValue(a.cand) - roundValue(b.cand));
            const chosen = byValue[Math.floor((byValue.length - 1) / 2)];
            const [entry] = commandBenchmarkReports(scenario, {
                format: 'generic',
                benchmarks: [chosen.cand],
            });
            const pairs = measured.flatMap((m) => m.base
                ? [{ round: m.round, baseline: roundValue(m.base), candidate: roundValue(m.cand) }]
                : []);
            const comparison = judgeBenchmarkPairs(measured, pairs, opts);
            out.push(comparison ? { ...entry, comparison } : entry);
        }
    }
    return out;
}
function judgeBenchmarkPairs(measured, pairs, opts) {
    if (pairs.length === 0)
        return undefined;
    if (pairs.length === 1) {
        const only = measured.find((m) => m.base);
        return {
            ...compareCommandBenchmark(only.base, only.cand, opts.threshold, opts.seed, opts.lookConfidence),
            pairs,
        };
    }
    const cand = measured[0].cand;
    const metric = cand.direction === 'higher-is-better' ? 'successRps' : 'p50';
    const baseline = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(pairs.map((p) => p.baseline));
    const pointChange = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(pairs.map((p) => p.candidate)) / baseline - 1;
    const interval = (0,_stats_paired_analysis_js__WEBPACK_IMPORTED_MODULE_5__/* .analysePairs */ .Pk)(pairs, 'ratio', opts.lookConfidence);
    if (!interval) {
        return {
            baseline,
            change: pointChange,
            ci: null,
            method: 'paired-t',
            pairs,
            verdict: 'inconclusive',
            reason: `${cand.unit}: fewer than two rounds with positive values on both sides, so no interval`,
        };
    }
    const ci = { low: interval.low, high: interval.high, confidence: opts.lookConfidence };
    const { verdict } = (0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeInterval */ .hm)(metric, ci, opts.threshold, 'ratio', 'rounds');
    const better = cand.direction === 'higher-is-better' ? 'higher' : 'lower';
    return {
        baseline,
        change: interval.estimate,
        ci,
        method: 'paired-t',
        pairs,
        verdict,
        reason: `${cand.unit} changed ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChange */ .eD)(interval.estimate, 'ratio')} over ${pairs.length} paired rounds (interval ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInterval */ .vy)(ci, 'ratio')}, threshold ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChange */ .eD)(opts.threshold, 'ratio').slice(1)}; ${better} is better)`,
    };
}
/** Compared benchmarks with a verdict, and those still inconclusive (for the stopping rule). */
function countDecidedBenchmarks(reports) {
    let decided = 0;
    let undecided = 0;
    for (const r of reports) {
        if (!r.comparison)
            continue;
        if (r.comparison.verdict === 'inconclusive')
            undecided++;
        else if (r.comparison.verdict !== 'invalid')
            decided++;
    }
    return { decided, undecided };
}
/** The overall verdict of compared benchmarks, by the same order as HTTP comparisons. */
function commandVerdict(reports) {
    return (0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .decideOverallVerdict */ .jA)(reports.flatMap((r) => (r.comparison ? [r.comparison] : [])));
}
/** The columns of `benchmarks.csv`. */
const BENCHMARK_CSV_COLUMNS = [
    'scenario',
    'benchmark',
    'unit',
    'direction',
    'statistic',
    'estimate',
    'ci_lower',
    'ci_upper',
    'ci_level',
    'samples',
    'iterations',
    'baseline_estimate',
    'change',
    'change_ci_low',
    'change_ci_high',
    'verdict',
];
/** `benchmarks.csv`: one row per command benchmark, RFC 4180 with CRLF line ends. */
function renderBenchmarksCsv(reports) {
    const rows = [BENCHMARK_CSV_COLUMNS.join(',')];
    for (const r of reports) {
        const c = r.comparison;
        const cells = [
            r.scenario,
            r.name,
            r.unit,
            r.direction,
            r.statistic,
            r.estimate,
            r.interval?.lower,
            r.interval?.upper,
            r.interval?.confidenceLevel,
            r.samples,
            r.iterations,
            c?.baseline,
            c?.change,
            c?.ci?.low,
            c?.ci?.high,
            c?.verdict,
        ];
        rows.push(cells.map((v) => (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteCsvCell */ .$5)(v === undefined || v === null ? '' : String(v))).join(','));
    }
    return `${rows.join('\r\n')}\r\n`;
}
/** Lines for the terminal and Markdown: one per benchmark, with its unit and verdict. */
function describeCommandBenchmarks(reports) {
    return reports.map((r) => {
        const ci = r.interval
            ? ` [${round(r.interval.lower)}, ${round(r.interval.upper)}] ${Math.round(r.interval.confidenceLevel * 100)}%`
            : '';
        const verdict = r.comparison ? `; ${r.comparison.verdict}: ${r.comparison.reason}` : '';
        return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleText */ .Q)(`${r.scenario} ${r.name}: ${round(r.estimate)} ${r.unit} (${r.statistic}${ci})${verdict}`, { keepNewlines: false });
    });
}
function round(x) {
    return String(Math.round(x * 1000) / 1000);
}
/** The rounds of a command A/B as they ran, in one line: the order of each round and the stop. */
function describeBenchmarkRounds(ab) {
    const rounds = ab.schedule.rounds
        .map((r) => `${r.round}: ${r.steps.map((s) => `${s.scenario} ${s.order.join(' then ')}`).join(', ')}`)
        .join('; ');
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleText */ .Q)(`Interleaved rounds (seed ${ab.schedule.seed}), as they ran: ${rounds || 'none'}. ${ab.stopping.note}.`, { keepNewlines: false });
}
/** One line per benchmark threshold result: its status and the outcome in words. */
function describeBenchmarkThresholds(results) {
    return results.map((r) => (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_2__/* .visibleText */ .Q)(`${r.status}: ${r.threshold}: ${r.message}`, { keepNewlines: false }));
}
//# sourceMappingURL=command-benchmarks.js.map

/***/ }),

/***/ 71311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderComparisonMarkdown)
/* harmony export */ });
/* unused harmony export COMPARISON_MARKDOWN_MAX_CHARS */
/* harmony import */ var _stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19335);
/* harmony import */ var _describe_ab_design_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62924);
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);



/** Upper bound on the rendered length, in characters. */
const COMPARISON_MARKDOWN_MAX_CHARS = 60_000;
/** Character budgets per section; their sum stays well under the maximum. */
const BUDGET = {
    table: 30_000,
    reasons: 8_000,
    charts: 6_000,
    thresholds: 10_000,
    notes: 3_000,
};
/** Most levels drawn in one chart, and most charts. */
const MAX_CHART_LEVELS = 40;
const MAX_CHARTS = 4;
/** Longest free text (reasons, messages, names) kept in one cell. */
const MAX_CELL_CHARS = 300;
const escapeMd = (text) => (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(text, MAX_CELL_CHARS);
/** Text inside a code span in a table cell: code spans show `<` as is, only `|` needs escaping. */
function escapeCode(text) {
    const clipped = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
    return `\`${clipped
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')}\``;
}
/** Verdict in words; no emoji, bold only where the reader must act. */
const VERDICT_WORDS = {
    regression: '**regression**',
    improvement: 'improvement',
    'no-change': 'no change',
    inconclusive: 'inconclusive',
    invalid: 'not judged',
};
/** Which rows to keep first when a table must be cut. */
const VERDICT_PRIORITY = {
    regression: 0,
    improvement: 1,
    inconclusive: 2,
    invalid: 3,
    'no-change': 4,
};
const STATUS_WORDS = {
    fail: '**fail**',
    warn: 'warn',
    pass: 'pass',
    'no-baseline': 'no baseline',
    invalid: 'not judged',
};
const STATUS_PRIORITY = {
    fail: 0,
    warn: 1,
    invalid: 2,
    'no-baseline': 3,
    pass: 4,
};
function pointer(link) {
    return link ? `[the full report](${(0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeMarkdownLink */ .x)(link)})` : 'the full report';
}
/**
 * Keeps rows in their order while they fit `budget`; when they do not, keeps the most important
 * ones (lowest priority value first, original order among equals) and says how many were cut.
 */
function fitRows(rows, budget, link) {
    const total = rows.reduce((n, r) => n + r.text.length + 1, 0);
    if (total <= budget)
        return rows.map((r) => r.text);
    const reserve = 200;
    const ranked = rows
        .map((r, i) => ({ ...r, i }))
        .sort((a, b) => a.priority - b.priority || a.i - b.i);
    const kept = [];
    let used = 0;
    for (const r of ranked) {
        if (used + r.text.length + 1 > budget - reserve)
            break;
        kept.push(r);
        used += r.text.length + 1;
    }
    kept.sort((a, b) => a.i - b.i);
    const omitted = rows.length - kept.length;
    return [
        ...kept.map((r) => r.text),
        '',
        `_${omitted} more row${omitted === 1 ? '' : 's'} not shown (the most important are kept); see ${pointer(link)}._`,
    ];
}
function changeCell(m) {
    const change = (0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(m.change, m.changeKind);
    // A zero-width interval (no failures on either side) adds nothing to the point estimate.
    if (!m.ci || (m.ci.low === m.change && m.ci.high === m.change))
        return change;
    return `${change} (${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(m.ci, m.changeKind)})`;
}
function verdictTable(comparison, link) {
    const confidence = Math.round(comparison.settings.confidence * 100);
    const header = [
        `| Scenario | Level | Metric | Baseline | Candidate | Change (${confidence}% interval) | Verdict |`,
        '|---|---:|---|---:|---:|---|---|',
    ];
    const rows = comparison.metrics.map((m) => ({
        priority: VERDICT_PRIORITY[m.verdict],
        text: `| ${escapeMd(m.scenario)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortLevelLabel */ .lo)(m.model, m.level)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(m.metric)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(m.metric, m.baseline)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(m.metric, m.candidate)} | ${changeCell(m)} | ${VERDICT_WORDS[m.verdict]} |`,
    }));
    return [...header, ...fitRows(rows, BUDGET.table, link)];
}
function reasonsSection(comparison, link) {
    const notable = comparison.metrics.filter((m) => m.verdict !== 'no-change');
    if (notable.length === 0)
        return [];
    const rows = notable.map((m) => ({
        priority: VERDICT_PRIORITY[m.verdict],
        text: `- ${escapeMd(m.scenario)}, ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortLevelLabel */ .lo)(m.model, m.level)}, ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(m.metric)}: ${escapeMd(m.reason)}`,
    }));
    return [
        '<details><summary>Why: the verdicts that are not "no change"</summary>',
        '',
        ...fitRows(rows, BUDGET.reasons, link),
        '',
        '</details>',
    ];
}
/** Quotes a string for Mermaid (no double quotes or backticks inside). */
function mermaidString(text) {
    const plain = text
        .replace(/["`\\]/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/[\r\n]+/g, ' ');
    return `"${plain.slice(0, 80)}"`;
}
/** p99 in ms with enough digits to tell close values apart. */
function msValue(us) {
    return String(Number((us / 1000).toPrecision(4)));
}
function p99Charts(comparison) {
    const groups = new Map();
    for (const m of comparison.metrics) {
        if (m.metric !== 'p99' || m.verdict === 'invalid')
            continue;
        const key = `${m.scenario}\u0000${m.model}`;
        let g = groups.get(key);
        if (!g) {
            g = { scenario: m.scenario, model: m.model, rows: [] };
            groups.set(key, g);
        }
        g.rows.push(m);
    }
    const out = [];
    let used = 0;
    let drawn = 0;
    for (const g of groups.values()) {
        if (drawn >= MAX_CHARTS)
            break;
        const rows = [...g.rows].sort((a, b) => a.level - b.level).slice(0, MAX_CHART_LEVELS);
        // A single level makes no line; the table already says everything about it.
        if (rows.length < 2)
            continue;
        const axis = g.model === 'open' ? 'offered req/s' : 'connections';
        const chart = [
            '```mermaid',
            'xychart-beta',
            `  title ${mermaidString(`${g.scenario}: p99 latency (ms) by level`)}`,
            `  x-axis ${mermaidString(axis)} [${rows.map((r) => mermaidString(String(r.level))).join(', ')}]`,
            `  y-axis "p99 (ms)"`,
            `  line [${rows.map((r) => msValue(r.baseline)).join(', ')}]`,
            `  line [${rows.map((r) => msValue(r.candidate)).join(', ')}]`,
            '```',
            '',
        ];
        const size = chart.reduce((n, l) => n + l.length + 1, 0);
        if (used + size > BUDGET.charts)
            break;
        out.push(...chart);
        used += size;
        drawn++;
    }
    if (out.length === 0)
        return [];
    return [
        ...out,
        `_First line: ${escapeMd(comparison.baselineLabel)} (baseline); second line: ${escapeMd(comparison.candidateLabel)} (candidate)._`,
    ];
}
function thresholdsSection(results, link) {
    if (results.length === 0)
        return [];
    const counts = new Map();
    for (const r of results)
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const summaryParts = [
        ['fail', 'failed'],
        ['warn', 'warned'],
        ['pass', 'passed'],
        ['no-baseline', 'without baseline'],
        ['invalid', 'not judged'],
    ]
        .filter(([s]) => (counts.get(s) ?? 0) > 0)
        .map(([s, words]) => `${counts.get(s)} ${words}`);
    const rows = results.map((r) => ({
        priority: STATUS_PRIORITY[r.status],
        text: `| ${STATUS_WORDS[r.status]} | ${escapeCode(r.threshold)} | ${escapeMd(r.scenario)} | ${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .shortLevelLabel */ .lo)(r.model, r.level)} | ${escapeMd(r.message)} |`,
    }));
    const anyFailed = (counts.get('fail') ?? 0) > 0;
    return [
        `<details${anyFailed ? ' open' : ''}><summary>Thresholds: ${summaryParts.join(', ')}</summary>`,
        '',
        '| Status | Threshold | Scenario | Level | Result |',
        '|---|---|---|---:|---|',
        ...fitRows(rows, BUDGET.thresholds, link),
        '',
        '</details>',
    ];
}
function notesSection(comparison, link) {
    if (comparison.notes.length === 0)
        return [];
    const rows = comparison.notes.map((n) => ({ priority: 0, text: `- ${escapeMd(n)}` }));
    return ['**Notes**', '', ...fitRows(rows, BUDGET.notes, link)];
}
function noiseLine(comparison) {
    const noise = comparison.noise;
    if (!noise || noise.length === 0)
        return [];
    const byMetric = new Map();
    for (const n of noise) {
        const label = (0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(n.metric);
        const kind = n.metric === 'errorRate' ? 'difference' : 'ratio';
        if (kind === 'difference')
            continue;
        byMetric.set(label, Math.max(byMetric.get(label) ?? 0, n.minDetectableChange));
    }
    if (byMetric.size === 0)
        return [];
    const parts = [...byMetric].map(([label, mdc]) => `${label} ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLimit */ .tW)(mdc, 'ratio').slice(1)}`);
    return [
        `A/A noise (largest over levels; smaller changes cannot be told from chance): ${parts.join(', ')}.`,
        '',
    ];
}
function settingsLine(comparison) {
    const design = (0,_describe_ab_design_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAbDesign */ .X)(comparison);
    if (design)
        return design;
    const s = comparison.settings;
    const mode = comparison.mode === 'ab'
        ? 'Interleaved A/B'
        : comparison.mode === 'history'
            ? 'Against an earlier run'
            : 'A/A (baseline against itself)';
    const rounds = comparison.rounds.baseline === comparison.rounds.candidate
        ? `${comparison.rounds.candidate} round${comparison.rounds.candidate === 1 ? '' : 's'} each`
        : `${comparison.rounds.baseline} baseline and ${comparison.rounds.candidate} candidate rounds`;
    return `${mode}, ${rounds}; ${Math.round(s.confidence * 100)}% bootstrap intervals; no change means within ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLimit */ .tW)(s.threshold, 'ratio').slice(1)} (error rate ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLimit */ .tW)(s.errorRateThreshold, 'difference').slice(1)}).`;
}
/**
 * Renders a comparison (and threshold results) as Markdown, never longer than
 * `COMPARISON_MARKDOWN_MAX_CHARS`.
 */
function renderComparisonMarkdown(comparison, thresholds = [], opts = {}) {
    const link = opts.reportLink;
    const lines = [
        `### ${escapeMd(comparison.candidateLabel)} vs ${escapeMd(comparison.baselineLabel)}`,
        '',
        `**${escapeMd(comparison.headline)}**`,
        '',
    ];
    if (comparison.verdict !== 'no-baseline') {
        lines.push(settingsLine(comparison), '');
        lines.push(...noiseLine(comparison));
        lines.push(...verdictTable(comparison, link), '');
        const reasons = reasonsSection(comparison, link);
        if (reasons.length > 0)
            lines.push(...reasons, '');
        const charts = p99Charts(comparison);
        if (charts.length > 0)
            lines.push(...charts, '');
    }
    const th = thresholdsSection(thresholds, link);
    if (th.length > 0)
        lines.push(...th, '');
    const notes = notesSection(comparison, link);
    if (notes.length > 0)
        lines.push(...notes, '');
    if (link)
        lines.push(`Full report: ${pointer(link)}`, '');
    let text = `${lines.join('\n').trimEnd()}\n`;
    if (text.length > COMPARISON_MARKDOWN_MAX_CHARS) {
        // Budgets make this unreachable in practice; the cap is a promise to GitHub's comment limit.
        const tail = `\n\n_Cut at ${COMPARISON_MARKDOWN_MAX_CHARS} characters; see ${pointer(link)}._\n`;
        text = text.slice(0, COMPARISON_MARKDOWN_MAX_CHARS - tail.length) + tail;
    }
    return text;
}
//# sourceMappingURL=comparison-markdown.js.map

/***/ }),

/***/ 64818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ quoteCsvCell),
/* harmony export */   du: () => (/* binding */ renderCsvReport)
/* harmony export */ });
/* unused harmony export CSV_COLUMNS */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/**
 * `results.csv`: one row per scenario × level, for spreadsheets and scripts. Columns are fixed
 * and carry their unit in their name; numbers are plain (no separators, `.` decimals), empty
 * when a figure does not apply. Quoting follows RFC 4180 with CRLF line ends.
 */

const r2 = (x) => Math.round(x * 100) / 100;
const r1 = (x) => Math.round(x * 10) / 10;
/** The columns of `results.csv`, in order. */
const CSV_COLUMNS = [
    { name: 'scenario', description: 'Scenario name', value: (l) => l.scenario },
    { name: 'model', description: 'Load model: `closed` or `open`', value: (l) => l.model },
    {
        name: 'level',
        description: 'Connections (closed) or offered req/s (open)',
        value: (l) => l.level,
    },
    { name: 'connections', description: 'Connections used', value: (l) => l.connections },
    {
        name: 'pipelining',
        description: 'Requests in flight per connection',
        value: (l) => l.pipelining,
    },
    {
        name: 'offered_rps',
        description: 'Open model: intended arrival rate, req/s (empty for closed)',
        value: (l) => l.offeredRps,
    },
    {
        name: 'duration_s',
        description: 'Measured window, seconds',
        value: (l) => Math.round(l.durationMs) / 1000,
    },
    {
        name: 'requests',
        description: 'Requests with an outcome in the window: successes, failures of every class and refusals (503, 429)',
        value: (l) => l.counts.total,
    },
    {
        name: 'success',
        description: 'Responses that passed every check',
        value: (l) => l.counts.success,
    },
    {
        name: 'errors',
        description: 'Failed requests, all classes (refusals are not failures)',
        value: (l) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .totalFailures */ .o6)(l.counts.failures),
    },
    {
        name: 'error_rate',
        description: 'errors / requests, a fraction from 0 to 1',
        value: (l) => Math.round(l.errorRate * 1e6) / 1e6,
    },
    {
        name: 'success_rps',
        description: 'Successful responses per second',
        value: (l) => r2(l.throughput.successRps),
    },
    {
        name: 'total_rps',
        description: 'Completed requests per second',
        value: (l) => r2(l.throughput.totalRps),
    },
    {
        name: 'latency_min_us',
        description: 'Smallest latency of successes, µs',
        value: (l) => l.latencyUs.min,
    },
    {
        name: 'latency_mean_us',
        description: 'Mean latency of successes, µs',
        value: (l) => l.latencyUs.mean,
    },
    {
        name: 'latency_p50_us',
        description: 'Median latency of successes, µs',
        value: (l) => l.latencyUs.p50,
    },
    {
        name: 'latency_p75_us',
        description: '75th percentile latency, µs',
        value: (l) => l.latencyUs.p75,
    },
    {
        name: 'latency_p90_us',
        description: '90th percentile latency, µs',
        value: (l) => l.latencyUs.p90,
    },
    {
        name: 'latency_p95_us',
        description: '95th percentile latency, µs',
        value: (l) => l.latencyUs.p95,
    },
    {
        name: 'latency_p99_us',
        description: '99th percentile latency, µs',
        value: (l) => l.latencyUs.p99,
    },
    {
        name: 'latency_p999_us',
        description: '99.9th percentile latency, µs',
        value: (l) => l.latencyUs.p999,
    },
    {
        name: 'latency_p9999_us',
        description: '99.99th percentile latency, µs',
        value: (l) => l.latencyUs.p9999,
    },
    {
        name: 'latency_max_us',
        description: 'Largest latency of successes, µs',
        value: (l) => l.latencyUs.max,
    },
    {
        name: 'fail_connect',
        description: 'Failures: connection refused or not established',
        value: (l) => l.counts.failures.connect,
    },
    {
        name: 'fail_timeout',
        description: 'Failures: no complete response within the timeout',
        value: (l) => l.counts.failures.timeout,
    },
    {
        name: 'fail_reset',
        description: 'Failures: connection reset or closed mid-response',
        value: (l) => l.counts.failures.reset,
    },
    {
        name: 'fail_http_status',
        description: 'Failures: status code not accepted',
        value: (l) => l.counts.failures.httpStatus,
    },
    {
        name: 'fail_check',
        description: 'Failures: body check (JSON path, contains) failed',
        value: (l) => l.counts.failures.check,
    },
    {
        name: 'fail_protocol',
        description: 'Failures: the target broke HTTP/1.1 (unsolicited response, conflicting lengths)',
        value: (l) => l.counts.failures.protocol ?? 0,
    },
    {
        name: 'fail_unfinished',
        description: 'Failures: still unanswered when the level stopped waiting',
        value: (l) => l.counts.failures.unfinished ?? 0,
    },
    {
        name: 'back_pressure',
        description: 'Refusals, not failures: 503 answers the checks do not accept (back-pressure)',
        value: (l) => l.counts.backPressure ?? 0,
    },
    {
        name: 'rate_limited',
        description: 'Refusals, not failures: 429 answers the checks do not accept (rate limit)',
        value: (l) => l.counts.rateLimited ?? 0,
    },
    {
        name: 'back_pressure_rate',
        description: 'back_pressure / requests, a fraction from 0 to 1 (not part of error_rate)',
        value: (l) => Math.round((l.backPressureRate ?? 0) * 1e6) / 1e6,
    },
    {
        name: 'rate_limited_rate',
        description: 'rate_limited / requests, a fraction from 0 to 1 (not part of error_rate)',
        value: (l) => Math.round((l.rateLimitedRate ?? 0) * 1e6) / 1e6,
    },
    {
        name: 'late_sends',
        description: 'Open model: sends more than 1 ms after their intended time',
        value: (l) => l.counts.lateSends,
    },
    {
        name: 'dropped_sends',
        description: 'Open model: arrivals of the window never sent (no connection free in time)',
        value: (l) => l.counts.droppedSends,
    },
    { name: 'bytes_sent', description: 'Request bytes written', value: (l) => l.bytes.sent },
    { name: 'bytes_received', description: 'Response bytes read', value: (l) => l.bytes.received },
    {
        name: 'generator_cpu_pct',
        description: 'Load generator mean CPU, % of one core',
        value: (l) => r1(l.generator.cpuPercentMean),
    },
    {
        name: 'generator_cpu_us_per_req',
        description: 'Load generator CPU per completed request, µs',
        value: (l) => r1(l.generator.cpuUsPerRequest),
    },
    {
        name: 'generator_bound',
        description: '`true` when the generator, not the target, limited the level',
        value: (l) => l.generator.generatorBound,
    },
    {
        name: 'server_cpu_pct',
        description: 'Target mean CPU, % of one core (empty when not sampled)',
        value: (l) => (l.server ? r1(l.server.cpuPercentMean) : undefined),
    },
    {
        name: 'server_cpu_us_per_req',
        description: 'Target CPU per completed request, µs (empty when not sampled)',
        value: (l) => (l.server ? r1(l.server.cpuUsPerRequest) : undefined),
    },
    {
        name: 'server_rss_max_bytes',
        description: 'Target peak resident memory, bytes (empty when not sampled)',
        value: (l) => l.server?.rssBytesMax,
    },
];
/** Quotes a cell when RFC 4180 requires it (comma, quote, CR or LF). */
function quoteCsvCell(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function cellText(value) {
    if (value === undefined)
        return '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    return String(value);
}
/** Renders `results.csv`: a header row, then one row per level in run order. */
function renderCsvReport(report) {
    const rows = [CSV_COLUMNS.map((c) => c.name).join(',')];
    for (const level of report.levels) {
        rows.push(CSV_COLUMNS.map((c) => quoteCsvCell(cellText(c.value(level)))).join(','));
    }
    return `${rows.join('\r\n')}\r\n`;
}
//# sourceMappingURL=csv.js.map

/***/ }),

/***/ 62924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ describeAbDesign)
/* harmony export */ });
/* harmony import */ var _stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19335);

/** The A/B design in words; `undefined` for comparisons that are not a paired A/B. */
function describeAbDesign(c) {
    if (!c.abMode)
        return undefined;
    const mode = c.abMode === 'duet'
        ? `Duet A/B (both sides loaded at once, the load split between them${c.cores
            ? c.cores.pinned
                ? `; CPUs ${c.cores.first.join(',')} and ${c.cores.second.join(',')}, one half per side, swapped as the schedule says; generator ${c.cores.generator}`
                : '; not pinned: the sides shared the CPUs'
            : ''})`
        : 'Interleaved A/B (one side loaded at a time, order random per round and level)';
    const rounds = c.rounds.candidate;
    const stop = c.stopping
        ? c.stopping.minRounds === c.stopping.maxRounds
            ? `${rounds} round${rounds === 1 ? '' : 's'} each (fixed)`
            : `${rounds} round${rounds === 1 ? '' : 's'} each of ${c.stopping.minRounds}–${c.stopping.maxRounds} (${c.stopping.note})`
        : `${rounds} round${rounds === 1 ? '' : 's'} each`;
    const s = c.settings;
    const pairing = c.abMode === 'duet' ? 'per-second pairs' : 'per-round pairs';
    return `${mode}, ${stop}; judged on ${pairing}, paired t intervals that hold together over every look at ${Math.round(s.confidence * 100)}%; no change means within ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(s.threshold, 'ratio').slice(1)} (error rate ±${(0,_stats_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLimit */ .tW)(s.errorRateThreshold, 'difference').slice(1)}).`;
}
//# sourceMappingURL=describe-ab-design.js.map

/***/ }),

/***/ 28307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ describeDropped),
/* harmony export */   SI: () => (/* binding */ describeFailureDetails),
/* harmony export */   j7: () => (/* binding */ refusedRate),
/* harmony export */   lY: () => (/* binding */ describeRefusals),
/* harmony export */   nD: () => (/* binding */ FAILURE_LABELS),
/* harmony export */   ng: () => (/* binding */ describeFailures),
/* harmony export */   q5: () => (/* binding */ hasRefusals),
/* harmony export */   sh: () => (/* binding */ describeLevelFailure)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88845);


/** Failure classes in words, as every renderer names them. */
const FAILURE_LABELS = {
    connect: 'connect',
    timeout: 'timeout',
    reset: 'reset',
    protocol: 'protocol',
    httpStatus: 'HTTP status',
    check: 'check',
    unfinished: 'unfinished',
};
/**
 * A level's refusals in words, e.g. `120 back-pressure (503), 4 rate-limited (429) of 5,000
 * requests`; undefined when there were none. Refusals are not failures and not in the error rate.
 */
function describeRefusals(level) {
    const { backPressure = 0, rateLimited = 0, total } = level.counts;
    if (backPressure + rateLimited === 0)
        return undefined;
    const parts = [];
    if (backPressure > 0)
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(backPressure)} back-pressure (503)`);
    if (rateLimited > 0)
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(rateLimited)} rate-limited (429)`);
    return `${parts.join(', ')} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(total)} requests`;
}
/** Refusals (503 back-pressure and 429 rate limit) / requests of a level; 0 without requests. */
function refusedRate(level) {
    const { backPressure = 0, rateLimited = 0, total } = level.counts;
    return total > 0 ? (backPressure + rateLimited) / total : 0;
}
/** True when any level of the report had a refusal (a 503 or 429 counted apart). */
function hasRefusals(levels) {
    return levels.some((l) => (l.counts.backPressure ?? 0) + (l.counts.rateLimited ?? 0) > 0);
}
/** Most status codes or check-failure reasons named per level; the rest are counted. */
const MAX_DETAILS = 5;
/**
 * One sentence saying what the target did at a level where no request succeeded (requests
 * failed, were still waiting, or arrivals were dropped, or the window is empty); undefined
 * when something succeeded. E.g. "every one of 1,234 responses was HTTP 500".
 */
function describeLevelFailure(level) {
    const { counts } = level;
    if (counts.success > 0)
        return undefined;
    const dropped = counts.droppedSends ?? 0;
    const failed = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .totalFailures */ .o6)(counts.failures);
    const refused = describeRefusals(level);
    if (failed === 0 && dropped === 0 && refused !== undefined) {
        // Refusals are not failures, but a level where the target refused everything measured nothing.
        return `no request succeeded: the target refused every one (${refused})`;
    }
    if (failed === 0 && dropped === 0) {
        // Nothing answered, failed, waited or was dropped: an empty window is no pass either.
        return `nothing was measured in the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDurationMs */ .uH)(level.durationMs)} window: no request completed, failed or was still waiting when it ended`;
    }
    const parts = [];
    if (dropped > 0) {
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped + failed)} arrivals were dropped: no connection was free`);
    }
    if (failed > 0)
        parts.push(describeFailed(level, failed));
    return parts.join('; ');
}
/** The sentence for `failed` requests, none of which succeeded. */
function describeFailed(level, failed) {
    const f = level.counts.failures;
    const only = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.find((k) => (f[k] ?? 0) === failed);
    const n = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed);
    const every = failed === 1 ? 'the one request' : `every one of ${n} requests`;
    const everyResponse = failed === 1 ? 'the one response' : `every one of ${n} responses`;
    switch (only) {
        case 'unfinished':
            return `no response completed in the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDurationMs */ .uH)(level.durationMs)} window: ${n} request${failed === 1 ? ' was' : 's were'} still waiting when it ended`;
        case 'timeout':
            return `${every} timed out: no complete response within the request timeout`;
        case 'connect':
            return `no connection could be made: ${failed === 1 ? 'the one attempt' : `all ${n} attempts`} failed`;
        case 'reset':
            return `the target closed or reset the connection on ${every}`;
        case 'protocol':
            return `${everyResponse} broke HTTP/1.1 (a response with no request outstanding, conflicting lengths or garbage)`;
        case 'httpStatus':
            return `${everyResponse} ${describeStatuses(level.counts.httpStatuses, failed)}`;
        case 'check':
            return `${everyResponse} failed its checks${describeReasons(level.counts.checkFailures)}`;
        case undefined: {
            const classes = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.filter((k) => (f[k] ?? 0) > 0)
                .map((k) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
                .join(', ');
            return `all ${n} requests failed: ${classes}`;
        }
    }
}
/** "was HTTP 500", or the statuses seen when there were several. */
function describeStatuses(statuses, failed) {
    const seen = Object.entries(statuses ?? {}).sort((a, b) => b[1] - a[1]);
    if (seen.length === 1 && seen[0][1] === failed)
        return `was HTTP ${seen[0][0]}`;
    if (seen.length === 0)
        return 'had a status outside the accepted list';
    return `had a status outside the accepted list: ${seen
        .map(([status, count]) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(count)} × HTTP ${status}`)
        .join(', ')}`;
}
/** ": <the most frequent reason>" (and how many others), or nothing when unknown. */
function describeReasons(reasons) {
    const seen = Object.entries(reasons ?? {}).sort((a, b) => b[1] - a[1]);
    if (seen.length === 0)
        return '';
    const [top] = seen[0];
    if (seen.length === 1)
        return `: ${top}`;
    return `: most often ${top} (${seen.length - 1} other reason${seen.length === 2 ? '' : 's'})`;
}
/** Failures of a level by class in words, e.g. `3 connect, 12 timeout`; empty when none. */
function describeFailures(f) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_CLASSES */ .CJ.filter((k) => (f[k] ?? 0) > 0)
        .map((k) => `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(f[k] ?? 0)} ${FAILURE_LABELS[k]}`)
        .join(', ');
}
/**
 * What failed at a level beyond the classes, e.g. `HTTP 500 ×12; $.success == true did not
 * hold ×3`: status codes and check reasons, most frequent first; empty when none are known.
 */
function describeFailureDetails(counts) {
    const parts = [];
    const byCount = (record) => Object.entries(record ?? {}).sort((a, b) => b[1] - a[1]);
    const statuses = byCount(counts.httpStatuses);
    const reasons = byCount(counts.checkFailures);
    for (const [status, n] of statuses.slice(0, MAX_DETAILS)) {
        parts.push(`HTTP ${status} ×${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)}`);
    }
    for (const [reason, n] of reasons.slice(0, MAX_DETAILS))
        parts.push(`${reason} ×${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)}`);
    const more = Math.max(0, statuses.length - MAX_DETAILS) + Math.max(0, reasons.length - MAX_DETAILS);
    if (more > 0)
        parts.push(`${more} more in result.json`);
    return parts.join('; ');
}
/** The open model's dropped arrivals in words, e.g. `9,992 of 10,000 arrivals dropped…`; empty when none. */
function describeDropped(counts) {
    const dropped = counts.droppedSends ?? 0;
    if (dropped === 0)
        return '';
    return `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped)} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(dropped + counts.total)} arrivals dropped: no connection was free in time`;
}
//# sourceMappingURL=level-health.js.map

/***/ }),

/***/ 6257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   x: () => (/* binding */ safeMarkdownLink)
/* harmony export */ });
/**
 * Free text and links placed in Markdown that GitHub renders (job summaries, PR comments), the
 * one rule for every renderer: a table cell or inline position never breaks its table (`|`,
 * line breaks), never opens inline HTML (`<`, `>`; GitHub renders a subset of HTML in
 * Markdown), and is cut at a length so one long message cannot crowd out the rest.
 */
/** Escapes `text` for a table cell or inline position, cut to `maxChars` characters. */
function escapeMarkdown(text, maxChars) {
    const clipped = text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
    return clipped
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\r\n]+/g, ' ');
}
/** A URL made safe inside `[text](url)`: spaces, parentheses and angle brackets encoded. */
function safeMarkdownLink(url) {
    return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')));
}
//# sourceMappingURL=markdown-text.js.map

/***/ }),

/***/ 76893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ renderMarkdownReport)
/* harmony export */ });
/* unused harmony export MARKDOWN_MAX_CHARS */
/* harmony import */ var _build_level_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4358);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18563);
/* harmony import */ var _level_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28307);
/* harmony import */ var _setup_steps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52877);
/* harmony import */ var _command_benchmarks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18176);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88845);
/* harmony import */ var _markdown_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6257);
/**
 * `summary.md`: what a reader of a job summary or a report directory looks at first. It must fit
 * in a PR comment (65,536 characters) with room to spare, so it stops adding rows at
 * `MARKDOWN_MAX_CHARS` and points to the full report instead.
 */







/** Upper bound on the length of `summary.md`, in characters. */
const MARKDOWN_MAX_CHARS = 60_000;
/** Most generator warnings listed one by one; the rest are counted. */
const MAX_WARNINGS = 20;
/** Most notes listed; the rest are counted. */
const MAX_NOTES = 20;
/** Longest single free-text line (notes, environment values) before it is cut. */
const MAX_LINE_CHARS = 500;
const escapeMd = (text) => (0,_markdown_text_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .F)(text, MAX_LINE_CHARS);
function targetLabel(report) {
    const t = report.target;
    const what = t.product ?? t.image ?? t.url;
    return what === t.url ? t.url : `${what} (${t.url})`;
}
function levelLabel(l) {
    return l.model === 'open' ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRps */ .N2)(l.level)} req/s` : `${l.level} conn`;
}
function tableRow(l, refusals) {
    const cells = [
        levelLabel(l) + (l.generator.generatorBound ? ' ⚠' : ''),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRps */ .N2)(l.throughput.successRps),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUs */ .oC)(l.latencyUs.p50),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUs */ .oC)(l.latencyUs.p99),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUs */ .oC)(l.latencyUs.p999),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRatioPercent */ .Qq)(l.errorRate),
        ...(refusals ? [(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRatioPercent */ .Qq)((0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .refusedRate */ .j7)(l))] : []),
        (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCpuPercent */ .$Z)(l.generator.cpuPercentMean),
        l.server ? (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCpuUsPerRequest */ .ms)(l.server.cpuUsPerRequest) : '-',
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The level table's head; `refused` (503 and 429, not errors) only when a level had any. */
function tableHeader(refusals) {
    return refusals
        ? [
            '| level | req/s | p50 | p99 | p99.9 | errors | refused | generator CPU | server CPU/req |',
            '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ]
        : [
            '| level | req/s | p50 | p99 | p99.9 | errors | generator CPU | server CPU/req |',
            '|---:|---:|---:|---:|---:|---:|---:|---:|',
        ];
}
function headLines(report) {
    const lines = [
        `## ${escapeMd(report.name)}: ${escapeMd(targetLabel(report))}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUtc */ .ay)(report.startedAt)}`,
        '',
    ];
    const levels = report.levels.length;
    const status = report.outcome === 'ok'
        ? report.partial
            ? 'Partial run'
            : 'Completed'
        : report.outcome === 'interrupted'
            ? 'Interrupted: partial results'
            : 'Target failure';
    const took = (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDurationMs */ .uH)(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
    lines.push(`${status}: ${levels} level(s) in ${took}. Run \`${escapeMd(report.id)}\`.`, '');
    const bound = report.levels.filter((l) => l.generator.generatorBound);
    for (const l of bound.slice(0, MAX_WARNINGS)) {
        lines.push(`> ⚠ **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(l.generator.note)}.`);
        lines.push('>');
    }
    if (bound.length > MAX_WARNINGS) {
        lines.push(`> ⚠ ${bound.length - MAX_WARNINGS} more generator-bound level(s): see result.json.`);
        lines.push('>');
    }
    if (bound.length > 0) {
        lines.pop();
        lines.push('');
    }
    const noisy = report.levels.flatMap((l) => {
        const noise = (0,_build_level_report_js__WEBPACK_IMPORTED_MODULE_0__/* .describeMachineNoise */ .t8)(l);
        return noise ? [{ l, noise }] : [];
    });
    for (const { l, noise } of noisy.slice(0, MAX_WARNINGS)) {
        lines.push(`> Machine at **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(noise)}.`);
        lines.push('>');
    }
    if (noisy.length > MAX_WARNINGS) {
        lines.push(`> ${noisy.length - MAX_WARNINGS} more level(s) on a noisy machine: see result.json.`);
        lines.push('>');
    }
    if (noisy.length > 0) {
        lines.pop();
        lines.push('');
    }
    return lines;
}
/** One line per level with failures or dropped arrivals: classes, statuses, reasons. */
function failureLines(report) {
    const failing = report.levels.filter((l) => (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .totalFailures */ .o6)(l.counts.failures) > 0 || (l.counts.droppedSends ?? 0) > 0);
    if (failing.length === 0)
        return [];
    const lines = ['### Failures', ''];
    for (const l of failing.slice(0, MAX_WARNINGS)) {
        const parts = [];
        const classes = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailures */ .ng)(l.counts.failures);
        if (classes) {
            const details = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailureDetails */ .SI)(l.counts);
            parts.push(`${classes} of ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatCount */ .B4)(l.counts.total)} requests${details ? ` (${details})` : ''}`);
        }
        const dropped = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDropped */ .O7)(l.counts);
        if (dropped)
            parts.push(dropped);
        lines.push(`- **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(parts.join('; '))}`);
    }
    if (failing.length > MAX_WARNINGS) {
        lines.push(`- … ${failing.length - MAX_WARNINGS} more level(s) with failures in result.json`);
    }
    lines.push('');
    return lines;
}
/** One line per level with refusals (503 back-pressure, 429 rate limit), apart from failures. */
function refusalLines(report) {
    const refusing = report.levels.flatMap((l) => {
        const refused = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRefusals */ .lY)(l);
        return refused ? [{ l, refused }] : [];
    });
    if (refusing.length === 0)
        return [];
    const lines = ['### Back-pressure and rate limits', ''];
    for (const { l, refused } of refusing.slice(0, MAX_WARNINGS)) {
        lines.push(`- **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(refused)}`);
    }
    if (refusing.length > MAX_WARNINGS) {
        lines.push(`- … ${refusing.length - MAX_WARNINGS} more level(s) with refusals in result.json`);
    }
    lines.push('', 'Refusals are counted apart: they are not failures and not in the error rate.', '');
    return lines;
}
/** The setup and teardown requests, one line each, when the run had any. */
function setupLines(report) {
    const steps = report.setup ?? [];
    if (steps.length === 0)
        return [];
    const lines = ['### Setup and teardown', ''];
    for (const step of steps.slice(0, MAX_NOTES))
        lines.push(`- ${escapeMd((0,_setup_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSetupStep */ .j)(step))}`);
    if (steps.length > MAX_NOTES)
        lines.push(`- … ${steps.length - MAX_NOTES} more in result.json`);
    lines.push('');
    return lines;
}
/** The command benchmarks, one line each with unit and verdict, when the run had any. */
function benchmarkLines(report) {
    const benchmarks = report.benchmarks ?? [];
    if (benchmarks.length === 0)
        return [];
    const lines = ['### Command benchmarks', ''];
    for (const line of (0,_command_benchmarks_js__WEBPACK_IMPORTED_MODULE_4__/* .describeCommandBenchmarks */ .nr)(benchmarks))
        lines.push(`- ${escapeMd(line)}`);
    if (report.benchmarkComparison) {
        lines.push('', escapeMd((0,_command_benchmarks_js__WEBPACK_IMPORTED_MODULE_4__/* .describeBenchmarkRounds */ .yf)(report.benchmarkComparison)));
    }
    const limits = (0,_command_benchmarks_js__WEBPACK_IMPORTED_MODULE_4__/* .describeBenchmarkThresholds */ .Jb)(report.benchmarkThresholds ?? []);
    if (limits.length > 0) {
        lines.push('', '#### Benchmark thresholds', '');
        for (const line of limits)
            lines.push(`- ${escapeMd(line)}`);
    }
    lines.push('', 'Every figure of `benchmarks.csv`, with its unit, is beside this file.', '');
    return lines;
}
function tailLines(report) {
    const lines = [
        ...benchmarkLines(report),
        ...setupLines(report),
        ...failureLines(report),
        ...refusalLines(report),
    ];
    if (report.notes.length > 0) {
        lines.push('### Notes', '');
        for (const note of report.notes.slice(0, MAX_NOTES))
            lines.push(`- ${escapeMd(note)}`);
        if (report.notes.length > MAX_NOTES) {
            lines.push(`- … ${report.notes.length - MAX_NOTES} more in result.json`);
        }
        lines.push('');
    }
    const e = report.environment;
    const env = [
        ['Host', e.hostname],
        ['CPU', `${e.cpuModel}, ${e.cpus} logical CPUs`],
        ['Memory', (0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z3)(e.memoryBytes)],
        ['OS', e.os],
        ['Node.js', e.nodeVersion],
        ['undici', e.undiciVersion],
        ['bench-action', e.toolVersion],
        ['Commit', e.gitSha === undefined ? undefined : `${e.gitSha}${e.gitDirty ? ' (dirty)' : ''}`],
        ['VM size', e.vmSize],
        ['Region', e.region],
        ['Image', report.target.image],
        ['Image digest', report.target.imageDigest],
        ['Config', report.config.path],
        ['Config hash', report.config.hash],
    ];
    lines.push('<details><summary>Environment</summary>', '');
    for (const [k, v] of env)
        if (v !== undefined && v !== '')
            lines.push(`- ${k}: ${escapeMd(v)}`);
    lines.push('', '</details>', '');
    return lines;
}
const LEGEND = 'p50/p99/p99.9: latency of successful requests. Generator CPU: the load generator’s own use of one core; ⚠ marks levels it limited. Server CPU/req: target CPU time per completed request.\n\n';
/** Renders `summary.md`, never longer than `MARKDOWN_MAX_CHARS`. */
function renderMarkdownReport(report) {
    const head = headLines(report).join('\n') + '\n';
    const tail = tailLines(report).join('\n');
    const pointer = (omitted) => `\n_${omitted} more level(s) not shown: the full figures are in result.json and results.csv._\n\n`;
    // Reserve room for the truncation pointer so adding it can never break the limit.
    let budget = MARKDOWN_MAX_CHARS -
        head.length -
        tail.length -
        LEGEND.length -
        pointer(report.levels.length).length;
    const scenarios = [...new Set(report.levels.map((l) => l.scenario))];
    const refusals = (0,_level_health_js__WEBPACK_IMPORTED_MODULE_2__/* .hasRefusals */ .q5)(report.levels);
    let body = '';
    let shown = 0;
    outer: for (const scenario of scenarios) {
        const section = [`### ${escapeMd(scenario)}`, '', ...tableHeader(refusals)].join('\n') + '\n';
        if (section.length > budget)
            break;
        let text = section;
        let rows = 0;
        for (const l of report.levels) {
            if (l.scenario !== scenario)
                continue;
            const row = tableRow(l, refusals) + '\n';
            if (text.length + row.length + 1 > budget) {
                if (rows > 0)
                    body += text + '\n';
                break outer;
            }
            text += row;
            rows++;
            shown++;
        }
        body += text + '\n';
        budget -= text.length + 1;
    }
    if (shown < report.levels.length)
        body += pointer(report.levels.length - shown);
    else if (report.levels.length === 0)
        body += '_No level was measured._\n\n';
    if (shown > 0)
        body += LEGEND;
    return head + body + tail;
}
//# sourceMappingURL=markdown.js.map

/***/ }),

/***/ 89110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderRunSummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _stats_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12472);
/* harmony import */ var _comparison_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71311);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76893);
/**
 * The Markdown summary of a run, the same in `summary.md`, the job summary and the PR comment:
 * the verdict table and thresholds first when the run was compared or has thresholds (a run
 * without a baseline shows the neutral "no baseline yet" comparison), then the results tables.
 */



/** Renders the summary of `report` (comparison and thresholds as attached to it). */
function renderRunSummaryMarkdown(report) {
    const thresholds = report.thresholds ?? [];
    if (report.comparison === undefined && thresholds.length === 0) {
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownReport */ ._)(report);
    }
    const comparison = report.comparison ?? (0,_stats_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareReports */ .ll)([], [report]);
    const verdicts = (0,_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderComparisonMarkdown */ .h)(comparison, thresholds, { reportLink: 'report.html' });
    return `${verdicts}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownReport */ ._)(report)}`;
}
//# sourceMappingURL=run-summary-markdown.js.map

/***/ }),

/***/ 52877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ describeSetupStep),
/* harmony export */   m: () => (/* binding */ formatStepMs)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77329);

/** One step in one line (control characters escaped). */
function describeSetupStep(step) {
    const status = step.status === undefined ? 'no answer' : String(step.status);
    const line = `${step.phase} ${step.name}: ${step.method} ${step.path} → ${status} in ${formatStepMs(step.durationMs)}${step.ok ? '' : ' (failed)'}`;
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleText */ .Q)(line, { keepNewlines: false });
}
/** A step's time: `3.2 ms` below a second, `1.25 s` above. */
function formatStepMs(ms) {
    return ms < 1000 ? `${Math.round(ms * 10) / 10} ms` : `${Math.round(ms / 10) / 100} s`;
}
//# sourceMappingURL=setup-steps.js.map

/***/ }),

/***/ 49425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ summarizeEncoded),
/* harmony export */   YP: () => (/* binding */ recordUs),
/* harmony export */   ay: () => (/* binding */ initHistograms),
/* harmony export */   ll: () => (/* binding */ encodeHistogram),
/* harmony export */   pr: () => (/* binding */ decodeHistogram),
/* harmony export */   rl: () => (/* binding */ destroyHistogram),
/* harmony export */   uE: () => (/* binding */ mergeEncodedHistograms),
/* harmony export */   v5: () => (/* binding */ createHistogram)
/* harmony export */ });
/* unused harmony exports HISTOGRAM_MAX_US, summarizeHistogram */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32960);
/**
 * HDR histograms as the whole project uses them: integer microseconds from 1 µs to 60 s with
 * three significant digits. Histograms cross worker, agent and round boundaries only in the
 * standard compressed base64 encoding and are combined with `add`.
 */


/** Highest value tracked: 60 s in µs. Larger values are clamped to it (and still counted). */
const HISTOGRAM_MAX_US = 60_000_000;
let wasmReady = false;
/**
 * Loads the WebAssembly build once (recording then costs tens of nanoseconds). Safe to call
 * many times; histograms created before it fall back to the JavaScript implementation.
 */
async function initHistograms() {
    if (wasmReady)
        return;
    await hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .initWebAssembly */ .L();
    wasmReady = true;
}
/** A new, empty microsecond histogram. Call `destroyHistogram` when done with it. */
function createHistogram() {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .build */ .jq({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HISTOGRAM_MAX_US,
        numberOfSignificantValueDigits: 3,
        // Stryker disable next-line BooleanLiteral: equivalent, recordUs clamps every value into range
        autoResize: false,
        useWebAssembly: wasmReady,
    });
}
/** Records one value in µs, rounded to an integer and clamped to the tracked range. */
function recordUs(histogram, valueUs) {
    // Stryker disable next-line EqualityOperator: equivalent, 1 and the maximum clamp to themselves
    const v = valueUs < 1 ? 1 : valueUs > HISTOGRAM_MAX_US ? HISTOGRAM_MAX_US : Math.round(valueUs);
    histogram.recordValue(v);
}
/** Frees a histogram's WebAssembly memory (a no-op for the JavaScript build). */
function destroyHistogram(histogram) {
    histogram.destroy();
}
/**
 * HdrHistogram's V2 compressed encoding: a cookie, the length of what follows, and the V2
 * encoding of the counts compressed as a zlib stream (RFC 1950), in base64. Every HdrHistogram
 * implementation reads it (the Java one inflates with java.util.zip). hdr-histogram-js does
 * the same but compresses with zlib only when it can `require` it, which a bundled ES module
 * cannot: there it falls back to pako, a JavaScript port about four times slower to deflate
 * and twenty times slower to inflate, and the engine encodes a histogram every second.
 */
const V2_COMPRESSED_COOKIE_BASE = 0x1c849304;
/** The cookie's word-size bits: 0x10 marks the V2 (LEB128 zig-zag) counts. */
const V2_COMPRESSED_COOKIE = V2_COMPRESSED_COOKIE_BASE | 0x10;
/** Standard compressed base64 encoding, readable by every HdrHistogram implementation. */
function encodeHistogram(histogram) {
    if (!(histogram instanceof hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .WasmHistogram */ .jJ))
        return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeIntoCompressedBase64 */ .dH(histogram);
    const compressed = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateSync)(histogram.encode());
    const out = Buffer.allocUnsafe(8 + compressed.length);
    out.writeInt32BE(V2_COMPRESSED_COOKIE, 0);
    out.writeInt32BE(compressed.length, 4);
    compressed.copy(out, 8);
    return out.toString('base64');
}
/** Decodes the standard compressed base64 encoding. */
function decodeHistogram(encoded) {
    const data = Buffer.from(encoded.trim(), 'base64');
    if (data.length < 8 || (data.readInt32BE(0) & ~0xf0) !== V2_COMPRESSED_COOKIE_BASE) {
        throw new Error('not a compressed HdrHistogram (V2 encoding cookie missing)');
    }
    const counts = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateSync)(data.subarray(8, 8 + data.readInt32BE(4)));
    return wasmReady
        ? hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .WasmHistogram */ .jJ.decode(counts, 32)
        : hdr_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .JsHistogram */ .Sw.decode(counts, 32);
}
/** Adds encoded histograms into one new histogram (the caller destroys it). */
function mergeEncodedHistograms(encoded) {
    const total = createHistogram();
    for (const e of encoded) {
        const h = decodeHistogram(e);
        total.add(h);
        h.destroy();
    }
    return total;
}
/** Percentile summary of a histogram in µs; all zeros for an empty one. */
function summarizeHistogram(histogram) {
    const count = histogram.totalCount;
    if (count === 0) {
        return {
            count: 0,
            min: 0,
            mean: 0,
            stdev: 0,
            p50: 0,
            p75: 0,
            p90: 0,
            p95: 0,
            p99: 0,
            p999: 0,
            p9999: 0,
            max: 0,
        };
    }
    const at = (p) => histogram.getValueAtPercentile(p);
    return {
        count,
        min: histogram.minNonZeroValue,
        mean: round1(histogram.mean),
        stdev: round1(histogram.stdDeviation),
        p50: at(50),
        p75: at(75),
        p90: at(90),
        p95: at(95),
        p99: at(99),
        p999: at(99.9),
        p9999: at(99.99),
        max: histogram.maxValue,
    };
}
/** Summary of an encoded histogram. */
function summarizeEncoded(encoded) {
    const h = decodeHistogram(encoded);
    try {
        return summarizeHistogram(h);
    }
    finally {
        h.destroy();
    }
}
function round1(x) {
    return Math.round(x * 10) / 10;
}
//# sourceMappingURL=histogram.js.map

/***/ }),

/***/ 87977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ analysePairs)
/* harmony export */ });
/* unused harmony exports pairValues, withinRoundCorrelation */
/* harmony import */ var _student_t_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13833);
/**
 * The interval of a change from paired measurements: A and B of the same round and level
 * (interleaved), or of the same second (duet). Each pair gives one log ratio ln(B/A) (one
 * difference B − A for the error rate), so anything that moved both sides of a pair alike (a
 * busy neighbour, a slow minute, thermal drift) cancels before the spread is measured.
 *
 * The interval is Student's t on the mean of those values, not a percentile bootstrap: a
 * sequential look may ask for a 99.99% interval from three pairs, and a percentile bootstrap
 * cannot reach beyond the range of its few values (three pairs all above zero happen one time
 * in eight by chance alone, whatever confidence is asked for), while t widens honestly as the
 * pairs get fewer. Log ratios of throughput and latency are close to symmetric; an outlier
 * widens the interval (fewer calls), it never narrows it. Per-second pairs of one round share
 * that round's machine state, so their count is discounted by the design effect of their
 * intraclass correlation: a round whose seconds all lean one way counts about once.
 */

/** The per-pair values analysed: log ratios or differences; pairs a ratio cannot use dropped. */
function pairValues(pairs, kind) {
    const out = [];
    for (const p of pairs) {
        if (kind === 'ratio') {
            if (!(p.baseline > 0) || !(p.candidate > 0))
                continue;
            out.push({ round: p.round, second: p.second, value: Math.log(p.candidate / p.baseline) });
        }
        else {
            out.push({ round: p.round, second: p.second, value: p.candidate - p.baseline });
        }
    }
    return out;
}
/**
 * Intraclass correlation of per-second values within rounds (one-way ANOVA estimator, at least
 * 0): how much the seconds of one round share beyond the change itself (the round's machine
 * state, which process the scheduler favoured). 0 for whole-round pairs or a single round.
 */
function withinRoundCorrelation(values) {
    const groups = new Map();
    for (const v of values) {
        if (v.second === undefined)
            return 0;
        let g = groups.get(v.round);
        if (!g)
            groups.set(v.round, (g = []));
        g.push(v.value);
    }
    const k = groups.size;
    const n = values.length;
    if (k < 2 || n <= k)
        return 0;
    const grand = values.reduce((a, v) => a + v.value, 0) / n;
    let between = 0;
    let within = 0;
    let sumSquaredSizes = 0;
    for (const g of groups.values()) {
        const m = g.reduce((a, b) => a + b, 0) / g.length;
        between += g.length * (m - grand) ** 2;
        for (const x of g)
            within += (x - m) ** 2;
        sumSquaredSizes += g.length ** 2;
    }
    const msb = between / (k - 1);
    const msw = within / (n - k);
    // Average group size corrected for unequal rounds (n0 of the ANOVA estimator).
    const n0 = (n - sumSquaredSizes / n) / (k - 1);
    const rho = (msb - msw) / (msb + (n0 - 1) * msw);
    return Number.isFinite(rho) ? Math.max(0, Math.min(1, rho)) : 0;
}
/**
 * The paired t interval at `confidence`; `undefined` with fewer than two usable pairs (no
 * spread to estimate).
 */
function analysePairs(pairs, kind, confidence) {
    const values = pairValues(pairs, kind);
    const n = values.length;
    if (n < 2)
        return undefined;
    let sum = 0;
    for (const v of values)
        sum += v.value;
    const mean = sum / n;
    let squares = 0;
    for (const v of values)
        squares += (v.value - mean) ** 2;
    const sd = Math.sqrt(squares / (n - 1));
    // Seconds of one round are not independent: discount them by the design effect (Kish),
    // 1 + (m − 1)ρ for rounds of m seconds, so a round that leans one way counts about once.
    const rho = withinRoundCorrelation(values);
    const rounds = new Set(values.map((v) => v.round)).size;
    const designEffect = 1 + (n / rounds - 1) * rho;
    const effectivePairs = Math.max(Math.min(2, n), n / designEffect);
    const degreesOfFreedom = Math.max(1, effectivePairs - 1);
    const half = sd === 0
        ? 0
        : ((0,_student_t_js__WEBPACK_IMPORTED_MODULE_0__/* .studentTQuantile */ .$J)((1 + confidence) / 2, degreesOfFreedom) * sd) / Math.sqrt(effectivePairs);
    const back = (x) => (kind === 'ratio' ? Math.exp(x) - 1 : x);
    return {
        estimate: back(mean),
        low: back(mean - half),
        high: back(mean + half),
        confidence,
        pairs: n,
        effectivePairs: Math.round(effectivePairs * 10) / 10,
        degreesOfFreedom: Math.round(degreesOfFreedom * 10) / 10,
    };
}
//# sourceMappingURL=paired-analysis.js.map

/***/ }),

/***/ 13833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ studentTQuantile),
/* harmony export */   E7: () => (/* binding */ normalPdf),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export studentTCdf */
/**
 * The normal and Student t distributions the paired analysis and the stopping rule need: CDFs
 * and quantiles accurate far into the tails (a sequential look may ask for a 99.999% interval),
 * with no dependency. The normal quantile is Wichura's AS 241 (about 16 digits); the t CDF goes
 * through the regularized incomplete beta function (continued fraction, Numerical Recipes), and
 * its quantile is found by bisection, which is slow only by the standards of a hot loop.
 */
/** Standard normal density. */
function normalPdf(x) {
    return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
/**
 * Complementary error function, fractional error below 1.2e-7 everywhere (Chebyshev fit of
 * Numerical Recipes' `erfcc`), so tail probabilities keep their relative accuracy.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t *
                                                        (-1.13520398 +
                                                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Standard normal CDF: P(Z ≤ x). */
function normalCdf(x) {
    return 0.5 * erfc(-x / Math.SQRT2);
}
/** Standard normal quantile: x with P(Z ≤ x) = p (AS 241, PPND16). ±Infinity at 0 and 1. */
function normalQuantile(p) {
    if (!(p > 0))
        return p === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
    if (!(p < 1))
        return p === 1 ? Number.POSITIVE_INFINITY : Number.NaN;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return ((q *
            (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r +
                45921.95393154987) *
                r +
                13731.69376550946) *
                r +
                1971.5909503065513) *
                r +
                133.14166789178438) *
                r +
                3.3871328727963665)) /
            (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r +
                21213.794301586597) *
                r +
                5394.196021424751) *
                r +
                687.1870074920579) *
                r +
                42.31333070160091) *
                r +
                1));
    }
    let r = q < 0 ? p : 1 - p;
    r = Math.sqrt(-Math.log(r));
    let x;
    if (r <= 5) {
        r -= 1.6;
        x =
            (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
                1.2704582524523684) *
                r +
                3.6478483247632045) *
                r +
                5.769497221460691) *
                r +
                4.630337846156546) *
                r +
                1.4234371107496835) /
                (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
                    0.14810397642748008) *
                    r +
                    0.6897673349851) *
                    r +
                    1.6763848301838038) *
                    r +
                    2.053191626637759) *
                    r +
                    1);
    }
    else {
        r -= 5;
        x =
            (((((((r * 2.0103343992922881e-7 + 2.7115555687434876e-5) * r + 0.0012426609473880784) * r +
                0.026532189526576124) *
                r +
                0.29656057182850487) *
                r +
                1.7848265399172913) *
                r +
                5.463784911164114) *
                r +
                6.657904643501103) /
                (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 1.8463183175100548e-5) * r +
                    0.0007868691311456133) *
                    r +
                    0.014875361290850615) *
                    r +
                    0.1369298809227358) *
                    r +
                    0.599832206555888) *
                    r +
                    1);
    }
    return q < 0 ? -x : x;
}
/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms: about 15 digits). */
function logGamma(x) {
    const c = [
        0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
        -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
        1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < 1e-15)
            break;
    }
    return h;
}
/** Regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    // The continued fraction converges fast on one side of the mean; use symmetry on the other.
    return x < (a + 1) / (a + b + 2)
        ? (front * betaContinuedFraction(x, a, b)) / a
        : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
/** Student t CDF with `df` degrees of freedom (any positive real): P(T ≤ t). */
function studentTCdf(t, df) {
    if (!(df > 0))
        return Number.NaN;
    if (!Number.isFinite(t))
        return t > 0 ? 1 : 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** Student t quantile: t with P(T ≤ t) = p, `df` > 0 (real); Infinity at p = 1. */
function studentTQuantile(p, df) {
    if (!(df > 0) || !(p >= 0 && p <= 1))
        return Number.NaN;
    if (p === 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    if (p === 1)
        return Number.POSITIVE_INFINITY;
    // Upper tail probability, computed directly so that p close to 1 keeps its precision.
    const tail = 1 - p;
    const upperTail = (t) => 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    let lo = 0;
    let hi = Math.max(1, normalQuantile(p));
    while (upperTail(hi) > tail) {
        lo = hi;
        hi *= 2;
        if (hi > 1e12)
            return hi;
    }
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
        const mid = (lo + hi) / 2;
        if (upperTail(mid) > tail)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
//# sourceMappingURL=student-t.js.map

/***/ })

};
