export const id = 585;
export const ids = [585];
export const modules = {

/***/ 47192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderComparisonCsv)
/* harmony export */ });
/* unused harmony export COMPARISON_CSV_COLUMNS */
/** Column names, in order. */
const COMPARISON_CSV_COLUMNS = [
    'scenario',
    'level',
    'metric',
    'baseline',
    'candidate',
    'change_pct',
    'ci_low_pct',
    'ci_high_pct',
    'verdict',
    'reason',
];
/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** A number without float noise: at most 6 decimals, trailing zeros dropped. */
function csvNumber(x) {
    if (!Number.isFinite(x))
        return '';
    return String(Number(x.toFixed(6)));
}
/** A change as a percentage (ratio) or percentage points (error rate), two decimals. */
function csvPercent(x) {
    if (x === undefined || !Number.isFinite(x))
        return '';
    return String(Number((x * 100).toFixed(2)));
}
/**
 * Renders a comparison as CSV with a header row and CRLF-free `\n` line ends. `change_pct`,
 * `ci_low_pct` and `ci_high_pct` are percent for ratios and percentage points for the error
 * rate; the interval cells are empty when there is no interval.
 */
function renderComparisonCsv(comparison) {
    const lines = [COMPARISON_CSV_COLUMNS.join(',')];
    for (const m of comparison.metrics) {
        lines.push([
            csvCell(m.scenario),
            csvNumber(m.level),
            m.metric,
            csvNumber(m.baseline),
            csvNumber(m.candidate),
            csvPercent(m.change),
            csvPercent(m.ci?.low),
            csvPercent(m.ci?.high),
            m.verdict,
            csvCell(m.reason),
        ].join(','));
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=comparison-csv.js.map

/***/ }),

/***/ 55585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runComparison: () => (/* binding */ runComparison)
});

// UNUSED EXPORTS: DEFAULT_COMPARE_PLAN

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/engine/run-plan.js + 12 modules
var run_plan = __webpack_require__(58694);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/report/comparison-csv.js
var comparison_csv = __webpack_require__(47192);
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
// EXTERNAL MODULE: ./lib/core/report/json.js
var json = __webpack_require__(24622);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/core/report/comparison-model.js
var comparison_model = __webpack_require__(25561);
// EXTERNAL MODULE: ./lib/core/stats/bootstrap.js
var bootstrap = __webpack_require__(16125);
// EXTERNAL MODULE: ./lib/core/stats/metric-samples.js
var metric_samples = __webpack_require__(36365);
;// CONCATENATED MODULE: ./lib/core/stats/noise.js



/** Rounds needed before the two halves are compared directly instead of resampled. */
const MIN_ROUNDS_FOR_HALVES = 4;
/**
 * The smallest detectable change per scenario × level × metric, from the baseline's rounds
 * alone. With four or more rounds, even rounds are compared with odd rounds (interleaved, so
 * a slow drift during the session shows up as noise rather than hiding). With fewer, two
 * independent bootstrap draws from the same pool are compared (one round: its seconds). The
 * figure is the larger bound of the A/A interval in absolute value. Generator-bound levels are
 * skipped: their numbers describe the generator.
 */
function estimateNoise(rounds, opts = {}) {
    const boot = {
        seed: opts.seed ?? bootstrap/* DEFAULT_BOOTSTRAP_SEED */.PP,
        iterations: opts.iterations ?? bootstrap/* DEFAULT_BOOTSTRAP_ITERATIONS */.u8,
        confidence: opts.confidence ?? 0.95,
    };
    const estimates = [];
    for (const group of (0,metric_samples/* groupLevelRounds */.$g)(rounds).values()) {
        if (group.rounds.some((r) => r.generator.generatorBound))
            continue;
        const halves = group.rounds.length >= MIN_ROUNDS_FOR_HALVES;
        const source = (0,metric_samples/* chooseSampleSource */.hX)(group.rounds.length);
        for (const metric of opts.metrics ?? comparison_model/* COMPARED_METRICS */.wo) {
            const compare = (0,metric_samples/* isComparedAbsolutely */.Sb)(metric) ? bootstrap/* bootstrapDifference */.ub : bootstrap/* bootstrapRelativeChange */.bF;
            let a;
            let b;
            if (halves) {
                a = (0,metric_samples/* collectSamples */.uM)(group.rounds.filter((_, i) => i % 2 === 0), metric, 'rounds');
                b = (0,metric_samples/* collectSamples */.uM)(group.rounds.filter((_, i) => i % 2 === 1), metric, 'rounds');
            }
            else {
                a = (0,metric_samples/* collectSamples */.uM)(group.rounds, metric, source);
                b = a;
            }
            if (!a || !b || a.length < (halves ? 1 : 2) || b.length < (halves ? 1 : 2))
                continue;
            const ci = compare(a, b, boot);
            if (!ci)
                continue;
            estimates.push({
                scenario: group.scenario,
                model: group.model,
                level: group.level,
                metric,
                method: halves ? 'halves' : 'resample',
                samples: halves ? a.length + b.length : a.length,
                minDetectableChange: Math.max(Math.abs(ci.low), Math.abs(ci.high)),
            });
        }
    }
    return estimates;
}
//# sourceMappingURL=noise.js.map
;// CONCATENATED MODULE: ./lib/core/stats/select-median-round.js


/**
 * The round whose throughput and p99 sit closest (in log distance, summed over levels) to the
 * median across rounds; the first such round on ties, `undefined` for no rounds.
 */
function selectMedianRound(rounds) {
    if (rounds.length <= 2)
        return rounds[0];
    const medians = new Map();
    for (const [key, group] of (0,metric_samples/* groupLevelRounds */.$g)(rounds)) {
        medians.set(key, {
            rps: (0,bootstrap/* median */.JZ)(group.rounds.map((l) => l.throughput.successRps)),
            p99: (0,bootstrap/* median */.JZ)(group.rounds.map((l) => l.latencyUs.p99)),
        });
    }
    const distance = (a, b) => a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : a === b ? 0 : 1;
    let best;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const round of rounds) {
        let score = 0;
        for (const level of round.levels) {
            const m = medians.get((0,metric_samples/* levelKey */.Ev)(level));
            if (!m)
                continue;
            score += distance(level.throughput.successRps, m.rps) + distance(level.latencyUs.p99, m.p99);
        }
        if (score < bestScore) {
            bestScore = score;
            best = round;
        }
    }
    return best;
}
//# sourceMappingURL=select-median-round.js.map
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var stats_thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: ./lib/edges/local/environment.js
var local_environment = __webpack_require__(61499);
// EXTERNAL MODULE: ./lib/pipeline/run-local.js + 5 modules
var run_local = __webpack_require__(41880);
;// CONCATENATED MODULE: ./lib/pipeline/run-comparison.js
/**
 * A same-session A/B on this machine: start the baseline and the candidate side by side, run
 * every scenario × level against both in interleaved rounds (A B, then B A, …, so drift, warm
 * caches and a busy neighbour hit both sides equally), judge the change with confidence
 * intervals, evaluate the thresholds and write one report directory. The candidate's report is
 * its median round (`selectMedianRound`): a real run, whose histograms and per-second series
 * belong together, rather than a merge of rounds that never ran side by side.
 */















/** Comparison settings used when a plan carries none (plans built by hand, not from a file). */
const DEFAULT_COMPARE_PLAN = {
    rounds: 5,
    noise: false,
    thresholdFraction: compare/* DEFAULT_THRESHOLD */.aV,
};
/** Runs the plan as an A/B against its baseline and writes the report directory. */
async function runComparison(opts) {
    const { plan } = opts;
    const baselinePlan = plan.baseline;
    if (!baselinePlan) {
        throw (0,errors/* inputError */.Xu)('BASELINE_MISSING', 'An A/B run needs a baseline and this plan has none', 'Add `baseline:` to the config (same shape as `target:`).');
    }
    const settings = plan.compare ?? DEFAULT_COMPARE_PLAN;
    const log = opts.log ?? (() => undefined);
    const startedAt = new Date();
    const id = (0,run_ids/* newRunId */.F$)(startedAt);
    const dir = external_node_path_.resolve(opts.cwd, opts.outDir ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, id));
    const environmentPromise = (0,local_environment/* collectEnvironment */.m)({
        cwd: plan.configPath ? external_node_path_.dirname(plan.configPath) : opts.cwd,
    });
    const targets = await startBoth(baselinePlan, plan.target, opts.signal, log);
    const measured = { baseline: [], candidate: [] };
    try {
        await runRounds(plan, settings.rounds, targets, measured, opts, log);
    }
    finally {
        await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
    }
    const environment = await environmentPromise;
    const build = (side) => measured[side].map((round, i) => (0,run_local.buildLocalReport)({
        id: `${id}-${side}-${i + 1}`,
        plan,
        target: targets[side],
        measurements: round.measurements,
        startedAt: round.startedAt,
        finishedAt: round.finishedAt,
        environment,
        signal: opts.signal,
    }));
    const built = { baseline: build('baseline'), candidate: build('candidate') };
    const rounds = {
        baseline: built.baseline.map((b) => b.report),
        candidate: built.candidate.map((b) => b.report),
    };
    const noise = settings.noise ? estimateNoise(rounds.baseline) : undefined;
    const comparison = (0,compare/* compareReports */.ll)(rounds.baseline, rounds.candidate, {
        threshold: settings.thresholdFraction,
        mode: 'ab',
        baselineLabel: `baseline (${describeTarget(baselinePlan)})`,
        candidateLabel: `candidate (${describeTarget(plan.target)})`,
        ...(noise ? { noise } : {}),
    });
    const candidateIndex = medianIndex(rounds.candidate);
    const baselineIndex = medianIndex(rounds.baseline);
    const candidateRound = built.candidate[candidateIndex];
    const baselineRound = built.baseline[baselineIndex];
    if (!candidateRound || !baselineRound) {
        // Only an abort before the first level ends here; nothing was measured to report.
        throw (0,errors/* inputError */.Xu)('NOTHING_MEASURED', 'The A/B run ended before any level was measured', 'Let the first round finish before interrupting.');
    }
    const summarize = (side, index, report) => ({
        ...report,
        id: side === 'candidate' ? id : `${id}-baseline`,
        outcome: worstOutcome([...rounds.baseline, ...rounds.candidate]),
        partial: [...rounds.baseline, ...rounds.candidate].some((r) => r.partial),
        notes: [
            `A/B of ${rounds[side].length} round(s) per side, levels interleaved and the order alternating each round; this report is the ${side}'s median round (round ${index + 1}), see rounds/ for all of them.`,
            ...outcomeNotes(rounds),
            ...report.notes,
        ],
    });
    const baselineReport = summarize('baseline', baselineIndex, baselineRound.report);
    const candidateMedian = summarize('candidate', candidateIndex, candidateRound.report);
    const report = (0,stats_thresholds/* attachThresholds */.c7)(plan, { ...candidateMedian, comparison }, comparison);
    const thresholds = report.thresholds ?? [];
    const extraFiles = [
        { name: 'baseline.json', text: (0,json/* renderJsonReport */.n)(baselineReport) },
        { name: 'comparison.csv', text: (0,comparison_csv/* renderComparisonCsv */.a)(comparison) },
        {
            name: 'report.html',
            text: (0,html/* renderHtmlReport */.w4)({ report, baseline: baselineReport, comparison, thresholds }),
        },
        ...['baseline', 'candidate'].flatMap((side) => rounds[side].map((r, i) => ({
            name: `rounds/${side}-${i + 1}.json`,
            text: (0,json/* renderJsonReport */.n)(r),
        }))),
    ];
    const summaryMarkdown = (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(report);
    const hlogs = candidateRound.hlogs;
    const files = await (0,write_report_dir/* writeReportDir */.xK)(dir, report, hlogs, {
        overwrite: opts.overwrite,
        summaryMarkdown,
        extraFiles,
    });
    log(`report written to ${dir}`);
    return { report, baseline: baselineReport, rounds, comparison, thresholds, dir, files };
}
/** Starts the baseline, then the candidate; stops the baseline when the candidate fails. */
async function startBoth(baseline, candidate, signal, log) {
    const a = await (0,run_local.startWatchedTarget)(baseline, { signal, log });
    log(`baseline ready at ${a.running.baseUrl}`);
    try {
        const b = await (0,run_local.startWatchedTarget)(candidate, { signal, log });
        log(`candidate ready at ${b.running.baseUrl}`);
        return { baseline: a, candidate: b };
    }
    catch (error) {
        await a.stop();
        throw error;
    }
}
/**
 * Runs `rounds` rounds. Within a round, each scenario × level runs against both sides back to
 * back, so the two measurements of a level are minutes closer than whole-plan halves would be;
 * the side that goes first alternates every round.
 */
async function runRounds(plan, rounds, targets, measured, opts, log) {
    const steps = plan.scenarios.flatMap((scenario) => plan.load.levels.map((level) => ({ scenario, level })));
    const count = rounds * steps.length * 2;
    let index = 0;
    for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline'];
        log(`round ${round + 1}/${rounds}: ${order.join(' then ')} at every level`);
        const startedAt = new Date();
        const current = { baseline: [], candidate: [] };
        let stop = false;
        for (const step of steps) {
            for (const side of order) {
                if (opts.signal?.aborted)
                    stop = true;
                if (stop)
                    break;
                const at = index++;
                const single = {
                    ...plan,
                    scenarios: [step.scenario],
                    load: { ...plan.load, levels: [step.level] },
                };
                const result = await (0,run_plan/* runPlan */.Fo)(single, {
                    baseUrl: targets[side].running.baseUrl,
                    signal: opts.signal,
                    transport: opts.transport,
                    onProgress: opts.onProgress
                        ? (p) => opts.onProgress?.({ ...p, index: at, count })
                        : undefined,
                });
                current[side].push(...result);
                if (result.some((m) => m.interrupted))
                    stop = true;
            }
            if (stop)
                break;
        }
        const finishedAt = new Date();
        for (const side of ['baseline', 'candidate']) {
            if (current[side].length > 0) {
                measured[side].push({ measurements: current[side], startedAt, finishedAt });
            }
        }
        if (stop)
            break;
    }
}
/** Index of the median round (see `selectMedianRound`); 0 for no rounds. */
function medianIndex(rounds) {
    const chosen = selectMedianRound(rounds);
    return chosen ? Math.max(0, rounds.indexOf(chosen)) : 0;
}
/** Interrupted wins over a target failure, which wins over ok: the whole session is judged. */
function worstOutcome(reports) {
    if (reports.some((r) => r.outcome === 'interrupted'))
        return 'interrupted';
    if (reports.some((r) => r.outcome === 'target-failure'))
        return 'target-failure';
    return 'ok';
}
/** Notes naming the rounds that did not end well, on either side. */
function outcomeNotes(rounds) {
    const notes = [];
    for (const side of ['baseline', 'candidate']) {
        rounds[side].forEach((r, i) => {
            if (r.outcome !== 'ok')
                notes.push(`${side} round ${i + 1} ended as "${r.outcome}".`);
        });
    }
    return notes;
}
/** A short name of a target for labels: product and port, or the URL. */
function describeTarget(target) {
    switch (target.kind) {
        case 'url':
            return target.product ?? target.baseUrl;
        case 'command':
            return `${target.product ?? target.argv.join(' ')} on :${target.port}`;
        case 'image':
            return target.image;
    }
}
//# sourceMappingURL=run-comparison.js.map

/***/ })

};
