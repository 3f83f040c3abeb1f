export const id = 411;
export const ids = [411];
export const modules = {

/***/ 63928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ listAbSteps),
/* harmony export */   X: () => (/* binding */ drawScheduleSeed),
/* harmony export */   yk: () => (/* binding */ scheduleRound)
/* harmony export */ });
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16125);
/**
 * The order of an A/B's rounds: for every round and every scenario × level, which side goes
 * first (interleaved: runs first; duet: gets the first half of the cores). A fixed alternation
 * lets anything periodic (a warm cache after the first run, a neighbour's cron, the core a
 * process happens to sit on) line up with one side; a coin flip per round and level does not.
 * The flips are balanced in pairs of rounds (round 2k + 1 mirrors round 2k), so over an even
 * number of rounds each side goes first equally often at every level, and an order effect
 * cancels instead of only averaging out. The schedule is a pure function of the seed, so an
 * adaptive run can ask for one more round at a time and a reader can rebuild the whole order.
 */

/** The sides in their two possible orders. */
const FORWARD = ['baseline', 'candidate'];
const REVERSED = ['candidate', 'baseline'];
/**
 * The coin of one pair of rounds at one step: a fresh generator seeded from the seed, the pair
 * and the step, so that a round's order never depends on how many rounds came before it.
 */
function coin(seed, pair, step) {
    const mixed = Math.imul(seed ^ Math.imul(pair + 1, 0x9e3779b1), 0x85ebca6b) ^ (step * 0xc2b2ae35);
    const rng = (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .createRng */ .SZ)(mixed >>> 0);
    rng();
    return rng() < 0.5;
}
/**
 * Round `round` (from 1) of the schedule of `steps` drawn from `seed`. The steps may be any
 * shape (scenario × level, a command scenario): only their position draws the coin.
 */
function scheduleRound(seed, round, steps) {
    if (!Number.isInteger(round) || round < 1)
        throw new Error(`round must be 1 or more: ${round}`);
    const pair = Math.floor((round - 1) / 2);
    const mirrored = (round - 1) % 2 === 1;
    return {
        round,
        steps: steps.map((step, i) => {
            const forward = coin(seed, pair, i) !== mirrored;
            const order = forward ? [...FORWARD] : [...REVERSED];
            return { ...step, order };
        }),
    };
}
/** The steps of a plan: every scenario × level, scenarios outer, in plan order. */
function listAbSteps(scenarios, model, levels) {
    return scenarios.flatMap((s) => levels.map((level) => ({ scenario: s.name, model, level })));
}
/** A new seed for a schedule when the config gives none (recorded in the report). */
function drawScheduleSeed(random = Math.random) {
    return Math.floor(random() * 2_147_483_647) + 1;
}
//# sourceMappingURL=ab-schedule.js.map

/***/ }),

/***/ 66792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ createAbSequence),
  E: () => (/* binding */ createRoundSequence)
});

// EXTERNAL MODULE: ./lib/core/stats/ab-schedule.js
var ab_schedule = __webpack_require__(63928);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/core/report/comparison-model.js
var comparison_model = __webpack_require__(25561);
// EXTERNAL MODULE: ./lib/core/stats/metric-samples.js
var metric_samples = __webpack_require__(36365);
;// CONCATENATED MODULE: ./lib/core/stats/ab-pairs.js

/** A level's report on one side of a round, if measured. */
function findLevel(levels, step) {
    const key = (0,metric_samples/* levelKey */.Ev)(step);
    return levels.find((l) => (0,metric_samples/* levelKey */.Ev)(l) === key);
}
/** Epoch ms at which an interval of a level began. */
function intervalStartMs(level, sample) {
    return Date.parse(level.startedAt) + sample.startMs;
}
/**
 * Per-second pairs of one duet round: each whole second of the baseline with the candidate's
 * second that began within half a second of it.
 */
function secondPairs(round, a, b, metric) {
    const pairs = [];
    const bSeconds = b.series.filter(metric_samples/* isWholeInterval */.$3);
    for (const [i, sa] of a.series.entries()) {
        if (!(0,metric_samples/* isWholeInterval */.$3)(sa))
            continue;
        const at = intervalStartMs(a, sa);
        let best;
        let bestGap = 500;
        for (const sb of bSeconds) {
            const gap = Math.abs(intervalStartMs(b, sb) - at);
            if (gap < bestGap) {
                best = sb;
                bestGap = gap;
            }
        }
        if (!best)
            continue;
        const va = (0,metric_samples/* readIntervalValue */.x2)(sa, metric);
        const vb = (0,metric_samples/* readIntervalValue */.x2)(best, metric);
        if (va === undefined || vb === undefined)
            continue;
        pairs.push({ round, second: i, baseline: va, candidate: vb });
    }
    return pairs;
}
/** The pairs of `metric` at `step` over every round. */
function collectLevelPairs(rounds, step, metric, pairing) {
    const unit = pairing === 'seconds' && (0,metric_samples/* isKeptPerSecond */.Ef)(metric) ? 'second' : 'round';
    const pairs = [];
    const generatorBoundRounds = [];
    let roundsMeasured = 0;
    for (const r of rounds) {
        const a = findLevel(r.baseline, step);
        const b = findLevel(r.candidate, step);
        if (!a || !b)
            continue;
        roundsMeasured++;
        if (a.generator.generatorBound || b.generator.generatorBound) {
            generatorBoundRounds.push(r.round);
            continue;
        }
        if (unit === 'second') {
            pairs.push(...secondPairs(r.round, a, b, metric));
        }
        else {
            const va = (0,metric_samples/* readRoundValue */.Oy)(a, metric);
            const vb = (0,metric_samples/* readRoundValue */.Oy)(b, metric);
            if (va !== undefined && vb !== undefined && Number.isFinite(va) && Number.isFinite(vb)) {
                pairs.push({ round: r.round, baseline: va, candidate: vb });
            }
        }
    }
    return { unit, pairs, roundsMeasured, generatorBoundRounds };
}
/** Every scenario × level measured in the rounds, in first-seen order, and on which sides. */
function listMeasuredSteps(rounds) {
    const seen = new Map();
    for (const r of rounds) {
        for (const side of ['baseline', 'candidate']) {
            for (const l of r[side]) {
                const key = (0,metric_samples/* levelKey */.Ev)(l);
                let entry = seen.get(key);
                if (!entry) {
                    entry = {
                        step: { scenario: l.scenario, model: l.model, level: l.level },
                        baseline: false,
                        candidate: false,
                    };
                    seen.set(key, entry);
                }
                entry[side] = true;
            }
        }
    }
    return [...seen.values()];
}
//# sourceMappingURL=ab-pairs.js.map
// EXTERNAL MODULE: ./lib/core/stats/bootstrap.js
var bootstrap = __webpack_require__(16125);
// EXTERNAL MODULE: ./lib/core/stats/metric-format.js
var metric_format = __webpack_require__(19335);
// EXTERNAL MODULE: ./lib/core/stats/paired-analysis.js
var paired_analysis = __webpack_require__(87977);
;// CONCATENATED MODULE: ./lib/core/stats/compare-paired.js







/** Compares the two sides of measured A/B rounds, pair by pair. */
function comparePairedRounds(rounds, opts) {
    const confidence = opts.confidence ?? compare/* DEFAULT_CONFIDENCE */.FH;
    const settings = {
        threshold: opts.threshold ?? compare/* DEFAULT_THRESHOLD */.aV,
        errorRateThreshold: opts.errorRateThreshold ?? compare/* DEFAULT_ERROR_RATE_THRESHOLD */.m9,
        confidence,
        iterations: bootstrap/* DEFAULT_BOOTSTRAP_ITERATIONS */.u8,
        seed: opts.seed,
        interval: 'paired-t',
    };
    const look = opts.lookConfidence ?? confidence;
    const notes = [];
    const metrics = [];
    for (const { step, baseline, candidate } of listMeasuredSteps(rounds)) {
        if (!baseline || !candidate) {
            notes.push(`${step.scenario} at ${(0,metric_format/* levelLabel */.v3)(step.model, step.level)}: not measured on the ${baseline ? 'candidate' : 'baseline'} side; not compared.`);
            continue;
        }
        for (const metric of opts.metrics ?? comparison_model/* COMPARED_METRICS */.wo) {
            const m = compareStepMetric(rounds, step, metric, opts.mode, settings, look, notes);
            if (m)
                metrics.push(m);
        }
    }
    const sideRounds = (side) => rounds.filter((r) => r[side].length > 0).length;
    return {
        baselineLabel: opts.baselineLabel ?? 'baseline',
        candidateLabel: opts.candidateLabel ?? 'candidate',
        rounds: { baseline: sideRounds('baseline'), candidate: sideRounds('candidate') },
        mode: 'ab',
        settings,
        metrics,
        headline: (0,compare/* summarizeVerdicts */.wx)(metrics),
        verdict: (0,compare/* decideOverallVerdict */.jA)(metrics),
        notes: [...dedupe(notes)],
        ...(opts.noise ? { noise: opts.noise } : {}),
        abMode: opts.mode,
    };
}
function dedupe(lines) {
    return new Set(lines);
}
/** Per-round whole-level values of one side. */
function roundValues(rounds, side, step, metric) {
    const key = (0,metric_samples/* levelKey */.Ev)(step);
    const values = [];
    for (const r of rounds) {
        const level = r[side].find((l) => (0,metric_samples/* levelKey */.Ev)(l) === key);
        const v = level ? (0,metric_samples/* readRoundValue */.Oy)(level, metric) : undefined;
        if (v !== undefined && Number.isFinite(v))
            values.push(v);
    }
    return values;
}
/** One metric at one level; `undefined` when neither side measured it. */
function compareStepMetric(rounds, step, metric, mode, settings, lookConfidence, notes) {
    const where = `${step.scenario} at ${(0,metric_format/* levelLabel */.v3)(step.model, step.level)}`;
    const baseValues = roundValues(rounds, 'baseline', step, metric);
    const candValues = roundValues(rounds, 'candidate', step, metric);
    if (baseValues.length === 0 && candValues.length === 0) {
        // Server CPU is optional: silently absent when no side sampled the target.
        if (metric !== 'serverCpuUsPerRequest') {
            notes.push(`${where}: no ${(0,metric_format/* metricLabel */.B)(metric)} on either side; not compared.`);
        }
        return undefined;
    }
    const changeKind = (0,metric_samples/* isComparedAbsolutely */.Sb)(metric) ? 'difference' : 'ratio';
    const collected = collectLevelPairs(rounds, step, metric, mode === 'duet' ? 'seconds' : 'rounds');
    const paired = {
        unit: collected.unit,
        pairs: collected.pairs.length,
        effectivePairs: collected.pairs.length,
        generatorBoundRounds: collected.generatorBoundRounds,
    };
    const baselineValue = baseValues.length > 0 ? (0,bootstrap/* median */.JZ)(baseValues) : 0;
    const candidateValue = candValues.length > 0 ? (0,bootstrap/* median */.JZ)(candValues) : 0;
    const head = {
        scenario: step.scenario,
        model: step.model,
        level: step.level,
        metric,
        changeKind,
        baseline: baselineValue,
        candidate: candidateValue,
        samples: {
            source: collected.unit === 'second' ? 'seconds' : 'rounds',
            baseline: collected.pairs.length,
            candidate: collected.pairs.length,
        },
    };
    const pointChange = changeKind === 'ratio'
        ? baselineValue > 0
            ? candidateValue / baselineValue - 1
            : 0
        : candidateValue - baselineValue;
    const outcome = (verdict, reason, extra = {}) => ({
        ...head,
        change: pointChange,
        ci: null,
        verdict,
        reason,
        paired,
        ...extra,
    });
    if (collected.generatorBoundRounds.length > 0) {
        const left = collected.generatorBoundRounds.join(', ');
        notes.push(collected.generatorBoundRounds.length === collected.roundsMeasured
            ? `${where}: the load generator limited every round; not judged.`
            : `${where}: round${collected.generatorBoundRounds.length === 1 ? '' : 's'} ${left} left out of the pairs (the load generator limited the level).`);
        if (collected.generatorBoundRounds.length === collected.roundsMeasured) {
            return outcome('invalid', 'the load generator saturated in every round; not judged');
        }
    }
    const noValues = (0,metric_samples/* missingSideReason */._I)(metric, baseValues, candValues);
    if (noValues !== undefined)
        return outcome('invalid', noValues);
    if (changeKind === 'ratio' && !(baselineValue > 0)) {
        return outcome('invalid', `the baseline ${(0,metric_format/* metricLabel */.B)(metric)} is zero; a relative change is undefined`);
    }
    if (metric === 'errorRate' &&
        collected.pairs.length > 0 &&
        collected.pairs.every((p) => p.baseline === 0 && p.candidate === 0)) {
        return outcome('no-change', 'no failures on either side', {
            change: 0,
            ci: { low: 0, high: 0, confidence: lookConfidence },
        });
    }
    const interval = (0,paired_analysis/* analysePairs */.Pk)(collected.pairs, changeKind, lookConfidence);
    if (!interval) {
        const unit = collected.unit === 'second' ? 'seconds' : 'rounds';
        return outcome('inconclusive', `too few paired ${unit} to estimate the spread (${collected.pairs.length}); run more rounds or longer levels`);
    }
    const ci = { low: interval.low, high: interval.high, confidence: lookConfidence };
    const threshold = changeKind === 'ratio' ? settings.threshold : settings.errorRateThreshold;
    const { verdict, reason } = (0,compare/* judgeInterval */.hm)(metric, ci, threshold, changeKind, 'rounds');
    return outcome(verdict, reason, {
        change: interval.estimate,
        ci,
        paired: { ...paired, pairs: interval.pairs, effectivePairs: interval.effectivePairs },
    });
}
//# sourceMappingURL=compare-paired.js.map
// EXTERNAL MODULE: ./lib/core/stats/student-t.js
var student_t = __webpack_require__(13833);
;// CONCATENATED MODULE: ./lib/core/stats/sequential-boundaries.js
/**
 * Repeated confidence intervals for a comparison that looks at its data after every round and
 * may stop at any look (Jennison and Turnbull, JRSS B 51, 1989). Each look's interval is wider
 * than a fixed design's, by just enough that all the intervals of a sequence cover the true
 * change together with the stated confidence: so stopping as soon as they decide keeps the
 * false-call rate of a single look. The width per look comes from an alpha-spending function
 * (Lan and DeMets, Biometrika 70, 1983) of the O'Brien–Fleming type, which spends almost nothing
 * at the first looks (only a clear change stops early) and keeps the last look close to a fixed
 * design's. The boundaries account for the correlation between looks (the data of look k are
 * part of look k + 1) by integrating the Brownian-motion recursion of Armitage, McPherson and
 * Rowe numerically on a grid.
 */

/** Largest critical value handed out: a look that spends nothing cannot decide anything. */
const MAX_CRITICAL_VALUE = 8;
/** Points of the integration grid per look (odd, for Simpson's rule). */
const GRID_POINTS = 241;
/**
 * Alpha spent by information fraction `t` (0..1], two-sided O'Brien–Fleming type as Lan and
 * DeMets give it: α(t) = 4 − 4Φ(z₁₋α/₄ / √t), so α(1) = α.
 */
function obrienFlemingSpending(t, alpha) {
    if (!(t > 0))
        return 0;
    const z = (0,student_t/* normalQuantile */.Zl)(1 - alpha / 4);
    return Math.min(alpha, 4 - 4 * (0,student_t/* normalCdf */.vr)(z / Math.sqrt(Math.min(1, t))));
}
/** Simpson weights for `n` (odd) equally spaced points `h` apart. */
function simpsonWeights(n, h) {
    return Array.from({ length: n }, (_, i) => i === 0 || i === n - 1 ? h / 3 : i % 2 === 1 ? (4 * h) / 3 : (2 * h) / 3);
}
/**
 * Two-sided critical values c₁…c_K (on the z scale) for looks at information fractions
 * `fractions` (increasing, in (0, 1]), such that P(|Z_j| < c_j for j < k, |Z_k| ≥ c_k) is the
 * alpha the spending function allots to look k under no change. A look that is allotted nothing
 * (or almost nothing) gets `MAX_CRITICAL_VALUE`.
 */
function sequentialBoundaries(fractions, alpha) {
    const bounds = [];
    // Sub-density of the Brownian motion S at the previous look on its continuation region.
    let grid = [];
    let density = [];
    let weights = [];
    let previousT = 0;
    let spent = 0;
    for (const [k, t] of fractions.entries()) {
        if (!(t > previousT))
            throw new Error(`information fractions must increase (look ${k + 1})`);
        const target = obrienFlemingSpending(t, alpha) - spent;
        const sd = Math.sqrt(t);
        let c;
        if (k === 0) {
            c = target > 0 ? (0,student_t/* normalQuantile */.Zl)(1 - target / 2) : MAX_CRITICAL_VALUE;
        }
        else {
            const step = Math.sqrt(t - previousT);
            // Probability of stopping at this look with boundary b (on the S scale), having continued
            // so far: the mass that moves from the previous region to beyond ±b.
            const exit = (b) => {
                let p = 0;
                for (let j = 0; j < grid.length; j++) {
                    const u = grid[j];
                    p += weights[j] * density[j] * ((0,student_t/* normalCdf */.vr)((-b - u) / step) + (0,student_t/* normalCdf */.vr)((u - b) / step));
                }
                return p;
            };
            if (!(target > 1e-15)) {
                c = MAX_CRITICAL_VALUE;
            }
            else {
                let lo = 0;
                let hi = MAX_CRITICAL_VALUE;
                if (exit(hi * sd) > target) {
                    c = MAX_CRITICAL_VALUE;
                }
                else {
                    for (let i = 0; i < 80; i++) {
                        const mid = (lo + hi) / 2;
                        if (exit(mid * sd) > target)
                            lo = mid;
                        else
                            hi = mid;
                    }
                    c = (lo + hi) / 2;
                }
            }
        }
        c = Math.min(c, MAX_CRITICAL_VALUE);
        bounds.push(c);
        // Spent is what this boundary actually spends, so rounding never accumulates.
        const b = c * sd;
        const h = (2 * b) / (GRID_POINTS - 1);
        const nextGrid = Array.from({ length: GRID_POINTS }, (_, i) => -b + i * h);
        let nextDensity;
        if (k === 0) {
            nextDensity = nextGrid.map((s) => (0,student_t/* normalPdf */.E7)(s / sd) / sd);
            spent = 2 - 2 * (0,student_t/* normalCdf */.vr)(c);
        }
        else {
            const step = Math.sqrt(t - previousT);
            let exitMass = 0;
            for (let j = 0; j < grid.length; j++) {
                const u = grid[j];
                exitMass +=
                    weights[j] * density[j] * ((0,student_t/* normalCdf */.vr)((-b - u) / step) + (0,student_t/* normalCdf */.vr)((u - b) / step));
            }
            spent += exitMass;
            nextDensity = nextGrid.map((s) => {
                let f = 0;
                for (let j = 0; j < grid.length; j++) {
                    f += (weights[j] * density[j] * (0,student_t/* normalPdf */.E7)((s - grid[j]) / step)) / step;
                }
                return f;
            });
        }
        grid = nextGrid;
        density = nextDensity;
        weights = simpsonWeights(GRID_POINTS, h);
        previousT = t;
    }
    return bounds;
}
/** Two-sided nominal confidence of a critical value: 2Φ(c) − 1. */
function nominalConfidence(criticalValue) {
    return 1 - 2 * (0,student_t/* normalCdf */.vr)(-criticalValue);
}
//# sourceMappingURL=sequential-boundaries.js.map
;// CONCATENATED MODULE: ./lib/core/stats/stopping-rule.js

/** Nominal confidences of the looks, cached per budget and confidence. */
const cache = new Map();
/** The looks' nominal confidences, for rounds minRounds … maxRounds in order. */
function lookConfidences(budget, confidence) {
    const key = `${budget.minRounds}/${budget.maxRounds}/${confidence}`;
    let found = cache.get(key);
    if (!found) {
        const fractions = [];
        for (let r = budget.minRounds; r <= budget.maxRounds; r++) {
            fractions.push(r / budget.maxRounds);
        }
        found = sequentialBoundaries(fractions, 1 - confidence).map(nominalConfidence);
        cache.set(key, found);
    }
    return found;
}
/**
 * Nominal confidence of the interval at the look after `round` rounds. Before `minRounds` (a
 * run cut short) it is that of the first look, the most demanding; past `maxRounds`, the last.
 */
function lookConfidence(budget, round, confidence) {
    const all = lookConfidences(budget, confidence);
    const index = Math.min(all.length - 1, Math.max(0, round - budget.minRounds));
    return all[index] ?? confidence;
}
/** Judged metrics with a verdict, and those still inconclusive (not judged ones count for neither). */
function countDecided(comparison) {
    let decided = 0;
    let undecided = 0;
    for (const m of comparison.metrics) {
        if (m.verdict === 'inconclusive')
            undecided++;
        else if (m.verdict !== 'invalid')
            decided++;
    }
    return { decided, undecided };
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The stopping rule, applied after a round. */
function decideStop(input) {
    const { budget, round, comparison } = input;
    const counts = input.counts ?? (comparison ? countDecided(comparison) : undefined);
    if (round < budget.minRounds || !counts) {
        return { stop: false, note: `${round} of at least ${budget.minRounds} rounds done` };
    }
    const { decided, undecided } = counts;
    if (undecided === 0) {
        return {
            stop: true,
            reason: 'decided',
            note: decided > 0
                ? `stopped after ${plural(round, 'round')} of at most ${budget.maxRounds}: every judged metric has a verdict`
                : `stopped after ${plural(round, 'round')}: no metric could be judged (see the reasons), and more rounds would not change that`,
        };
    }
    const open = `${plural(undecided, 'metric')} still inconclusive`;
    if (round >= budget.maxRounds) {
        return {
            stop: true,
            reason: 'max-rounds',
            note: budget.minRounds === budget.maxRounds
                ? `ran the fixed ${plural(round, 'round')}; ${open}`
                : `stopped at the budget of ${plural(budget.maxRounds, 'round')}; ${open}`,
        };
    }
    if (budget.timeBudgetMs !== undefined) {
        const perRoundMs = input.elapsedMs / Math.max(1, round);
        if (input.elapsedMs + perRoundMs > budget.timeBudgetMs) {
            return {
                stop: true,
                reason: 'time-budget',
                note: `stopped after ${plural(round, 'round')}: another would pass the time budget of ${Math.round(budget.timeBudgetMs / 1000)} s; ${open}`,
            };
        }
    }
    return { stop: false, note: `${open} after ${plural(round, 'round')}; another round` };
}
//# sourceMappingURL=stopping-rule.js.map
;// CONCATENATED MODULE: ./lib/core/stats/ab-sequence.js





/** Starts a sequence of A/B rounds judged by `judge`. */
function createRoundSequence(settings, judge) {
    const { budget } = settings;
    if (!(budget.minRounds >= 1 && budget.maxRounds >= budget.minRounds)) {
        throw new Error(`invalid round budget ${budget.minRounds}..${budget.maxRounds}`);
    }
    const confidence = settings.confidence ?? compare/* DEFAULT_CONFIDENCE */.FH;
    const measured = [];
    const scheduled = [];
    const looks = [];
    let stopped;
    let elapsed = 0;
    return {
        nextRound() {
            if (stopped)
                return undefined;
            const round = (0,ab_schedule/* scheduleRound */.yk)(settings.seed, scheduled.length + 1, settings.steps);
            scheduled.push(round);
            return round;
        },
        recordRound(round, elapsedMs) {
            if (stopped)
                throw new Error('the A/B sequence has already stopped');
            if (round.round !== scheduled.length) {
                throw new Error(`expected round ${scheduled.length}, got ${round.round}`);
            }
            measured.push(round);
            elapsed = elapsedMs;
            const n = measured.length;
            let counts;
            if (n >= budget.minRounds) {
                const look = lookConfidence(budget, n, confidence);
                counts = judge.count(judge.judge(measured, look));
                looks.push({ round: n, confidence: look, ...counts });
            }
            const decision = decideStop({ budget, round: n, elapsedMs, ...(counts ? { counts } : {}) });
            if (decision.stop && decision.reason)
                stopped = { reason: decision.reason, note: decision.note };
            return decision;
        },
        abort(reason, note) {
            stopped ??= { reason, note };
        },
        rounds: () => measured,
        lookConfidence: () => lookConfidence(budget, measured.length, confidence),
        schedule: () => ({
            seed: settings.seed,
            rounds: scheduled.slice(0, Math.max(measured.length, 0)),
        }),
        stopping: () => ({
            rule: 'repeated-confidence-intervals',
            spending: 'obrien-fleming',
            minRounds: budget.minRounds,
            maxRounds: budget.maxRounds,
            ...(budget.timeBudgetMs !== undefined ? { timeBudgetMs: budget.timeBudgetMs } : {}),
            roundsUsed: measured.length,
            reason: stopped?.reason ?? 'interrupted',
            note: stopped?.note ?? `stopped after ${measured.length} round(s) before the rule decided`,
            looks: [...looks],
            wallTimeMs: Math.round(elapsed),
        }),
    };
}
/** Starts an A/B sequence of HTTP levels. */
function createAbSequence(settings) {
    const confidence = settings.confidence ?? compare/* DEFAULT_CONFIDENCE */.FH;
    const compareAt = (measured, look, noise) => comparePairedRounds(measured, {
        mode: settings.mode,
        seed: settings.seed,
        threshold: settings.threshold,
        ...(settings.errorRateThreshold !== undefined
            ? { errorRateThreshold: settings.errorRateThreshold }
            : {}),
        confidence,
        lookConfidence: look,
        ...(settings.metrics ? { metrics: settings.metrics } : {}),
        ...(settings.baselineLabel ? { baselineLabel: settings.baselineLabel } : {}),
        ...(settings.candidateLabel ? { candidateLabel: settings.candidateLabel } : {}),
        ...(noise ? { noise } : {}),
    });
    const sequence = createRoundSequence({ seed: settings.seed, budget: settings.budget, steps: settings.steps, confidence }, { judge: (rounds, look) => compareAt(rounds, look), count: countDecided });
    return {
        nextRound: () => sequence.nextRound(),
        recordRound: (measured, elapsedMs) => sequence.recordRound(measured, elapsedMs),
        abort: (reason, note) => sequence.abort(reason, note),
        rounds: () => sequence.rounds(),
        result(extra = {}) {
            const comparison = compareAt(sequence.rounds(), sequence.lookConfidence(), extra.noise);
            const stopping = sequence.stopping();
            return {
                ...comparison,
                schedule: sequence.schedule(),
                ...(settings.cores ? { cores: settings.cores } : {}),
                stopping,
                notes: [
                    describeDesign(settings.mode, comparison, stopping),
                    ...(settings.cores ? [settings.cores.note] : []),
                    ...comparison.notes,
                ],
            };
        },
    };
}
/** The design of the A/B in one sentence, for the comparison's notes. */
function describeDesign(mode, comparison, stopping) {
    const how = mode === 'duet' ? 'Duet A/B, per-second pairs' : 'Interleaved A/B, per-round pairs';
    const last = stopping.looks.at(-1);
    const look = last
        ? `; ${stopping.looks.length} look${stopping.looks.length === 1 ? '' : 's'}, the last at ${(0,metric_format/* formatConfidence */.Me)(last.confidence)} nominal confidence`
        : '';
    return `${how}; order random per round and level, balanced in pairs of rounds (seed ${comparison.settings.seed})${look}; ${stopping.note}.`;
}
//# sourceMappingURL=ab-sequence.js.map

/***/ })

};
