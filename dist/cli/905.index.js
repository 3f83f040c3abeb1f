export const id = 905;
export const ids = [905];
export const modules = {

/***/ 75601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ parseCpuList),
/* harmony export */   jW: () => (/* binding */ planCoreSplit),
/* harmony export */   mK: () => (/* binding */ formatCpuList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** `0-3,6` style list of CPUs. */
function formatCpuList(cpus) {
    const parts = [];
    let i = 0;
    while (i < cpus.length) {
        let j = i;
        while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1)
            j++;
        parts.push(j > i ? `${cpus[i]}-${cpus[j]}` : `${cpus[i]}`);
        i = j + 1;
    }
    return parts.join(',');
}
/** CPUs in a `0-3,6` style list (Linux `Cpus_allowed_list`, `taskset -c`); undefined if malformed. */
function parseCpuList(text) {
    const cpus = new Set();
    const trimmed = text.trim();
    if (trimmed === '')
        return undefined;
    for (const part of trimmed.split(',')) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!m)
            return undefined;
        const from = Number(m[1]);
        const to = m[2] !== undefined ? Number(m[2]) : from;
        if (to < from || to - from > 65_536)
            return undefined;
        for (let c = from; c <= to; c++)
            cpus.add(c);
    }
    return [...cpus].sort((a, b) => a - b);
}
/** Splits the CPUs for a duet; throws `DUET_NEEDS_TWO_CPUS` with fewer than two. */
function planCoreSplit(input) {
    const cpus = [...input.cpus].sort((a, b) => a - b);
    if (cpus.length < 2) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('DUET_NEEDS_TWO_CPUS', `A duet runs both sides at once, each on its own CPUs, and this run may use ${cpus.length === 1 ? `only CPU ${cpus[0]}` : 'no CPU it can name'}.`, 'Use `compare.mode: interleaved`, or run on a machine (or with an affinity) of two or more CPUs.');
    }
    const half = Math.floor(cpus.length / 2);
    const first = cpus.slice(0, half);
    const second = cpus.slice(half, 2 * half);
    const spare = cpus.slice(2 * half);
    const generator = input.generatorElsewhere ??
        (spare.length > 0
            ? `unpinned; CPU ${formatCpuList(spare)} is left to it`
            : `unpinned, sharing CPUs ${formatCpuList(cpus)} with both targets`);
    const sizes = `${first.length} CPU${first.length === 1 ? '' : 's'} each`;
    const note = input.cannotPin
        ? `Duet without pinning: ${input.cannotPin}; both sides share CPUs ${formatCpuList(cpus)}, so one side can take the other's cycles.`
        : `Duet on ${cpus.length} CPUs: ${sizes} (CPUs ${formatCpuList(first)} and ${formatCpuList(second)}, swapped between the sides as the schedule says); load generator ${generator}.`;
    return {
        cpus: cpus.length,
        pinned: input.cannotPin === undefined,
        first,
        second,
        generator,
        note,
    };
}
//# sourceMappingURL=plan-core-split.js.map

/***/ }),

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

/***/ 37379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ selectMedianRound)
/* harmony export */ });
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16125);
/* harmony import */ var _metric_samples_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36365);


/**
 * The round whose throughput and p99 sit closest (in log distance, summed over levels) to the
 * median across rounds; the first such round on ties, `undefined` for no rounds.
 */
function selectMedianRound(rounds) {
    if (rounds.length <= 2)
        return rounds[0];
    const medians = new Map();
    for (const [key, group] of (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .groupLevelRounds */ .$g)(rounds)) {
        medians.set(key, {
            rps: (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(group.rounds.map((l) => l.throughput.successRps)),
            p99: (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(group.rounds.map((l) => l.latencyUs.p99)),
        });
    }
    const distance = (a, b) => a > 0 && b > 0 ? Math.abs(Math.log(a / b)) : a === b ? 0 : 1;
    let best;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const round of rounds) {
        let score = 0;
        for (const level of round.levels) {
            const m = medians.get((0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .levelKey */ .Ev)(level));
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

/***/ }),

/***/ 17905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ DEFAULT_COMPARE_PLAN),
  runComparison: () => (/* binding */ runComparison)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/config/schema.js
var schema = __webpack_require__(54259);
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var secrets = __webpack_require__(67591);
// EXTERNAL MODULE: ./lib/core/engine/run-plan.js
var run_plan = __webpack_require__(27591);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/machine/plan-core-split.js
var plan_core_split = __webpack_require__(75601);
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
// EXTERNAL MODULE: ./lib/core/stats/ab-sequence.js + 4 modules
var ab_sequence = __webpack_require__(66792);
// EXTERNAL MODULE: ./lib/core/stats/ab-schedule.js
var ab_schedule = __webpack_require__(63928);
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
// EXTERNAL MODULE: ./lib/core/stats/select-median-round.js
var select_median_round = __webpack_require__(37379);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var stats_thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/edges/local/proc-sampler.js
var proc_sampler = __webpack_require__(74825);
;// CONCATENATED MODULE: ./lib/edges/local/cpu-affinity.js
/**
 * CPU affinity on this machine: which CPUs the bench process may use (its own affinity, so a
 * run started under `taskset` or in a cgroup-limited container sees only its share), and
 * pinning a target's whole process group to a set of CPUs with `taskset` for a duet.
 */







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** CPUs this process may run on: `Cpus_allowed_list` on Linux, else 0 … n − 1. */
function allowedCpus() {
    try {
        const status = (0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8');
        const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
        const cpus = line !== undefined ? (0,plan_core_split/* parseCpuList */.Sx)(line) : undefined;
        if (cpus && cpus.length > 0)
            return cpus;
    }
    catch {
        // Not Linux: fall through.
    }
    return Array.from({ length: external_node_os_.availableParallelism() }, (_, i) => i);
}
/** Why targets cannot be pinned on this machine, or `undefined` when `taskset` works. */
async function whyCannotPin() {
    if (process.platform !== 'linux')
        return `CPU pinning needs Linux (this is ${process.platform})`;
    try {
        await run('taskset', ['-p', String(process.pid)], { timeout: 5000 });
        return undefined;
    }
    catch {
        return '`taskset` is not available (Debian: apt-get install util-linux)';
    }
}
/**
 * Pins every live process of group `pgid` (all their threads) to `cpus`. Throws
 * `TARGET_PIN_FAILED` when a member cannot be pinned; a member that exits meanwhile is skipped.
 */
async function pinProcessGroup(pgid, cpus) {
    const list = (0,plan_core_split/* formatCpuList */.mK)(cpus);
    const members = (0,proc_sampler/* liveGroupMembers */.h_)(pgid) ?? [pgid];
    for (const pid of members) {
        try {
            await run('taskset', ['-a', '-p', '-c', list, String(pid)], { timeout: 5000 });
        }
        catch (error) {
            // Gone since the listing: nothing to pin.
            if ((0,proc_sampler/* liveGroupMembers */.h_)(pgid)?.includes(pid) === false)
                continue;
            throw (0,errors/* targetError */._5)('TARGET_PIN_FAILED', `Cannot pin process ${pid} of the target to CPUs ${list}: ${error.message.split('\n')[0]}`, undefined, error);
        }
    }
}
/** The CPUs process `pid` may run on now (for checks and logs); undefined when unreadable. */
function processCpus(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
        return line !== undefined ? parseCpuList(line) : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=cpu-affinity.js.map
// EXTERNAL MODULE: ./lib/edges/local/environment.js + 1 modules
var environment = __webpack_require__(58433);
// EXTERNAL MODULE: ./lib/edges/local/machine-sampler.js + 1 modules
var machine_sampler = __webpack_require__(64944);
// EXTERNAL MODULE: ./lib/core/report/redact-report.js
var redact_report = __webpack_require__(49464);
// EXTERNAL MODULE: ./lib/pipeline/run-local.js + 7 modules
var run_local = __webpack_require__(98540);
;// CONCATENATED MODULE: ./lib/pipeline/run-comparison.js
/**
 * A same-session A/B on this machine: start the baseline and the candidate side by side, then
 * run rounds of every scenario × level against both as the A/B sequence (`ab-sequence.ts`)
 * says: in `interleaved` mode one side at a time, in the random order the schedule draws per
 * round and level; in `duet` mode both at once with one start time, each command target pinned
 * with `taskset` to its own half of the CPUs (swapped as the schedule says) and the level's load
 * split between them. After each round the sequence looks at the paired measurements and says
 * whether every judged metric is decided; the budget (`minRounds`, `maxRounds`, `timeBudget`)
 * bounds the rest. The candidate's report is its median round (`selectMedianRound`): a real
 * run, whose histograms and per-second series belong together.
 */
























/** Comparison settings used when a plan carries none (plans built by hand, not from a file). */
const DEFAULT_COMPARE_PLAN = {
    mode: schema/* DEFAULT_AB_MODE */.A0,
    modeDefaulted: true,
    minRounds: schema/* DEFAULT_MIN_ROUNDS */.hX,
    maxRounds: schema/* DEFAULT_MAX_ROUNDS */.l6,
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
    const log = opts.log ?? (() => undefined);
    const settings = await chooseMode(plan.compare ?? DEFAULT_COMPARE_PLAN, baselinePlan, plan.target, log);
    const startedAt = new Date();
    const id = (0,run_ids/* newRunId */.F$)(startedAt);
    const dir = external_node_path_.resolve(opts.cwd, opts.outDir ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, id));
    const seed = settings.seed ?? (0,ab_schedule/* drawScheduleSeed */.X)();
    // Decided before any target starts: a duet this machine cannot run is refused at once.
    const cores = settings.mode === 'duet' ? await planDuetCores(baselinePlan, plan.target) : undefined;
    const environmentPromise = (0,environment/* collectEnvironment */.m)({
        cwd: plan.configPath ? external_node_path_.dirname(plan.configPath) : opts.cwd,
    });
    const sequence = (0,ab_sequence/* createAbSequence */.T)({
        mode: settings.mode,
        seed,
        budget: {
            minRounds: settings.minRounds,
            maxRounds: settings.maxRounds,
            ...(settings.timeBudgetMs !== undefined ? { timeBudgetMs: settings.timeBudgetMs } : {}),
        },
        steps: (0,ab_schedule/* listAbSteps */.BE)(plan.scenarios, plan.load.model, plan.load.levels),
        threshold: settings.thresholdFraction,
        ...(settings.metrics ? { metrics: settings.metrics } : {}),
        baselineLabel: `baseline (${describeTarget(baselinePlan)})`,
        candidateLabel: `candidate (${describeTarget(plan.target)})`,
        ...(cores ? { cores } : {}),
    });
    if (cores)
        log(cores.note);
    const targets = await startBoth(baselinePlan, plan.target, opts.signal, log);
    // Each side is set up on its own (both register the same workflows and channels).
    const setup = [];
    try {
        for (const side of ['baseline', 'candidate']) {
            const steps = await (0,run_local/* runSetup */.xn)(plan, targets[side].running.baseUrl, opts.signal, (line) => log(`${side} ${line}`));
            setup.push(...steps.map((s) => ({ ...s, name: `${side}: ${s.name}` })));
        }
    }
    catch (error) {
        await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
        throw error;
    }
    const machine = (0,machine_sampler/* startMachineSampler */.e)();
    const built = [];
    try {
        const environment = await environmentPromise;
        const runner = createRoundRunner(plan, settings, targets, cores, opts);
        const began = performance.now();
        for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
            log(describeRound(scheduled, settings, cores));
            const roundStart = new Date();
            const { measured, interrupted } = await runner(scheduled);
            const round = buildRound(plan, id, scheduled.round, targets, measured, {
                startedAt: roundStart,
                finishedAt: new Date(),
                environment,
                signal: opts.signal,
                machine,
            });
            built.push(round);
            if (interrupted || opts.signal?.aborted) {
                sequence.abort('interrupted', `interrupted during round ${scheduled.round}`);
                break;
            }
            const exited = ['baseline', 'candidate'].filter((s) => targets[s].exitedUnasked());
            if (exited.length > 0) {
                sequence.abort('target-failure', `the ${exited.join(' and ')} exited during round ${scheduled.round}`);
                break;
            }
            if (round.reports.baseline && round.reports.candidate) {
                const decision = sequence.recordRound({
                    round: scheduled.round,
                    baseline: round.reports.baseline.levels,
                    candidate: round.reports.candidate.levels,
                }, performance.now() - began);
                log(decision.note);
                if (decision.stop)
                    break;
            }
        }
        for (const side of ['baseline', 'candidate']) {
            const steps = await (0,run_local/* runTeardown */.ck)(plan, targets[side].running.baseUrl, (line) => log(`${side} ${line}`));
            setup.push(...steps.map((s) => ({ ...s, name: `${side}: ${s.name}` })));
        }
    }
    finally {
        machine.stop();
        await Promise.all([targets.baseline.stop(), targets.candidate.stop()]);
    }
    const rounds = {
        baseline: built.flatMap((b) => (b.reports.baseline ? [b.reports.baseline] : [])),
        candidate: built.flatMap((b) => (b.reports.candidate ? [b.reports.candidate] : [])),
    };
    const hlogs = {
        baseline: built.flatMap((b) => (b.reports.baseline ? [b.hlogs.baseline] : [])),
        candidate: built.flatMap((b) => (b.reports.candidate ? [b.hlogs.candidate] : [])),
    };
    const noise = settings.noise ? estimateNoise(rounds.baseline) : undefined;
    const comparison = sequence.result(noise ? { noise } : {});
    const candidateIndex = medianIndex(rounds.candidate);
    const baselineIndex = medianIndex(rounds.baseline);
    const candidateRound = rounds.candidate[candidateIndex];
    const baselineRound = rounds.baseline[baselineIndex];
    if (!candidateRound || !baselineRound) {
        // Only an abort before the first level ends here; nothing was measured to report.
        throw (0,errors/* inputError */.Xu)('NOTHING_MEASURED', 'The A/B run ended before any level was measured', 'Let the first round finish before interrupting.');
    }
    const everyRound = [...rounds.baseline, ...rounds.candidate];
    // The steps' words may quote the target's answers: hidden like every other report text.
    const shownSetup = (0,redact_report/* redactReport */.a)({ ...candidateRound, setup }, (0,secrets/* secretValuesOf */.WD)(plan)).setup;
    const summarize = (side, index, report) => ({
        ...report,
        ...(shownSetup && shownSetup.length > 0 ? { setup: shownSetup } : {}),
        id: side === 'candidate' ? id : `${id}-baseline`,
        outcome: worstOutcome(everyRound),
        partial: everyRound.some((r) => r.partial),
        notes: [
            `${settings.mode === 'duet' ? 'Duet' : 'Interleaved'} A/B of ${rounds[side].length} round(s) per side (${comparison.stopping?.note ?? 'see the comparison'}); this report is the ${side}'s median round (round ${index + 1}), see rounds/ for all of them.`,
            ...outcomeNotes(rounds),
            ...report.notes,
        ],
    });
    const baselineReport = summarize('baseline', baselineIndex, baselineRound);
    const candidateMedian = summarize('candidate', candidateIndex, candidateRound);
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
    const files = await (0,write_report_dir/* writeReportDir */.xK)(dir, report, hlogs.candidate[candidateIndex] ?? [], {
        overwrite: opts.overwrite,
        summaryMarkdown,
        extraFiles,
    });
    log(`report written to ${dir}`);
    return { report, baseline: baselineReport, rounds, comparison, thresholds, dir, files };
}
/**
 * The default mode for these targets on this machine. A duet is the default only where it can
 * split the CPUs between pinned targets: with one CPU, or with targets bench cannot pin (URL or
 * image targets, no `taskset`), both sides would share one generator's event loop and CPUs, and
 * an A/A of one URL against itself came out with a p99 "regression" that way. The log says why;
 * a duet the config asked for is kept (and refused later on one CPU).
 */
async function chooseMode(settings, baseline, candidate, log) {
    if (!settings.modeDefaulted || settings.mode !== 'duet')
        return settings;
    const cpus = allowedCpus();
    const why = cpus.length < 2
        ? `this run may use only ${cpus.length === 1 ? `CPU ${cpus[0]}` : 'no CPU it can name'}`
        : await whyTargetsCannotBePinned(baseline, candidate);
    if (why === undefined)
        return settings;
    log(`compare.mode is not set and ${why}: interleaved rounds instead of the default duet.`);
    return { ...settings, mode: 'interleaved' };
}
/** Why the two targets cannot be pinned to CPUs, or undefined when they can. */
async function whyTargetsCannotBePinned(baseline, candidate) {
    const kinds = [baseline.kind, candidate.kind];
    if (kinds.includes('url')) {
        return 'a URL target is not a process this run started, so it cannot be pinned';
    }
    if (kinds.includes('image'))
        return 'image targets are not pinned by the local provider';
    return whyCannotPin();
}
/** The core split of a duet on this machine; throws `DUET_NEEDS_TWO_CPUS` with one CPU. */
async function planDuetCores(baseline, candidate) {
    const cannotPin = await whyTargetsCannotBePinned(baseline, candidate);
    return (0,plan_core_split/* planCoreSplit */.jW)({ cpus: allowedCpus(), ...(cannotPin ? { cannotPin } : {}) });
}
/** The round in one log line: which side goes first (or sits on which CPUs) at each level. */
function describeRound(scheduled, settings, cores) {
    const steps = scheduled.steps
        .map((s) => settings.mode === 'duet' && cores?.pinned
        ? `${s.scenario}@${s.level}: ${s.order[0]} on CPU ${cores.first.join(',')}`
        : `${s.scenario}@${s.level}: ${s.order.join(' then ')}`)
        .join('; ');
    return `round ${scheduled.round} (at most ${settings.maxRounds}): ${steps}`;
}
/**
 * A function that runs one scheduled round: interleaved, each step against one side after the
 * other in the scheduled order; duet, each step against both at once from one start time, each
 * side at half the level's load, pinned to the CPUs the order gives it.
 */
function createRoundRunner(plan, settings, targets, cores, opts) {
    const steps = plan.scenarios.length * plan.load.levels.length;
    const perRound = settings.mode === 'duet' ? steps : 2 * steps;
    const count = settings.maxRounds * perRound;
    let index = 0;
    const planOf = (scenario, level) => ({
        ...plan,
        scenarios: plan.scenarios.filter((s) => s.name === scenario),
        load: { ...plan.load, levels: [level] },
    });
    const progress = (at) => opts.onProgress
        ? (p) => opts.onProgress?.({ ...p, index: at, count })
        : undefined;
    return async (scheduled) => {
        const measured = { baseline: [], candidate: [] };
        for (const step of scheduled.steps) {
            if (opts.signal?.aborted)
                return { measured, interrupted: true };
            const single = planOf(step.scenario, step.level);
            if (settings.mode === 'interleaved') {
                for (const side of step.order) {
                    if (opts.signal?.aborted)
                        return { measured, interrupted: true };
                    const result = await (0,run_plan/* runPlan */.Fo)(single, {
                        baseUrl: targets[side].running.baseUrl,
                        signal: opts.signal,
                        transport: opts.transport,
                        onProgress: progress(index++),
                    });
                    measured[side].push(...result);
                    if (result.some((m) => m.interrupted))
                        return { measured, interrupted: true };
                }
            }
            else {
                const [first, second] = step.order;
                if (cores?.pinned) {
                    await Promise.all([
                        pinProcessGroup(targets[first].running.pid, cores.first),
                        pinProcessGroup(targets[second].running.pid, cores.second),
                    ]);
                }
                // One start time for both sides, a little ahead so both loops are ready for it.
                const startAtEpochMs = Date.now() + 50;
                const at = index++;
                const [a, b] = await Promise.all(step.order.map((side, i) => (0,run_plan/* runPlan */.Fo)(single, {
                    baseUrl: targets[side].running.baseUrl,
                    signal: opts.signal,
                    transport: opts.transport,
                    share: { index: i, count: 2 },
                    startAtEpochMs,
                    ...(i === 0 ? { onProgress: progress(at) } : {}),
                })));
                measured[first].push(...(a ?? []));
                measured[second].push(...(b ?? []));
                if ([...(a ?? []), ...(b ?? [])].some((m) => m.interrupted)) {
                    return { measured, interrupted: true };
                }
            }
        }
        return { measured, interrupted: false };
    };
}
/** The reports of one round, built as soon as it ends (the stopping rule looks at them). */
function buildRound(plan, id, round, targets, measured, ctx) {
    const out = {
        reports: { baseline: undefined, candidate: undefined },
        hlogs: { baseline: [], candidate: [] },
    };
    const machineSamples = ctx.machine.samples();
    for (const side of ['baseline', 'candidate']) {
        if (measured[side].length === 0)
            continue;
        const built = (0,run_local/* buildLocalReport */.__)({
            id: `${id}-${side}-${round}`,
            plan,
            target: targets[side],
            measurements: measured[side],
            startedAt: ctx.startedAt,
            finishedAt: ctx.finishedAt,
            environment: ctx.environment,
            signal: ctx.signal,
            machineSamples,
        });
        out.reports[side] = built.report;
        out.hlogs[side] = built.hlogs;
    }
    return out;
}
/** Starts the baseline, then the candidate; stops the baseline when the candidate fails. */
async function startBoth(baseline, candidate, signal, log) {
    const a = await (0,run_local/* startWatchedTarget */.u$)(baseline, { signal, log });
    log(`baseline ready at ${(0,secrets/* redactUrl */.BO)(a.running.baseUrl)}`);
    try {
        const b = await (0,run_local/* startWatchedTarget */.u$)(candidate, { signal, log });
        log(`candidate ready at ${(0,secrets/* redactUrl */.BO)(b.running.baseUrl)}`);
        return { baseline: a, candidate: b };
    }
    catch (error) {
        await a.stop();
        throw error;
    }
}
/** Index of the median round (see `selectMedianRound`); 0 for no rounds. */
function medianIndex(rounds) {
    const chosen = (0,select_median_round/* selectMedianRound */.D)(rounds);
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
/** A short name of a target for labels (secrets hidden): product and port, or the URL. */
function describeTarget(target) {
    switch (target.kind) {
        case 'url':
            return target.product ?? (0,secrets/* redactUrl */.BO)(target.baseUrl);
        case 'command':
            return `${target.product ?? (0,secrets/* redactArgv */.Qu)(target.argv).join(' ')} on :${target.port === 0 ? 'auto' : target.port}`;
        case 'image':
            return target.image;
    }
}
//# sourceMappingURL=run-comparison.js.map

/***/ })

};
