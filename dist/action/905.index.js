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
/** Round `round` (from 1) of the schedule of `steps` drawn from `seed`. */
function scheduleRound(seed, round, steps) {
    if (!Number.isInteger(round) || round < 1)
        throw new Error(`round must be 1 or more: ${round}`);
    const pair = Math.floor((round - 1) / 2);
    const mirrored = (round - 1) % 2 === 1;
    return {
        round,
        steps: steps.map((step, i) => {
            const forward = coin(seed, pair, i) !== mirrored;
            return { ...step, order: forward ? [...FORWARD] : [...REVERSED] };
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

/***/ 92094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ createAbSequence)
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
;// CONCATENATED MODULE: ./lib/core/stats/student-t.js
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
;// CONCATENATED MODULE: ./lib/core/stats/paired-analysis.js
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
        : (studentTQuantile((1 + confidence) / 2, degreesOfFreedom) * sd) / Math.sqrt(effectivePairs);
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
    const interval = analysePairs(collected.pairs, changeKind, lookConfidence);
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
    const z = normalQuantile(1 - alpha / 4);
    return Math.min(alpha, 4 - 4 * normalCdf(z / Math.sqrt(Math.min(1, t))));
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
            c = target > 0 ? normalQuantile(1 - target / 2) : MAX_CRITICAL_VALUE;
        }
        else {
            const step = Math.sqrt(t - previousT);
            // Probability of stopping at this look with boundary b (on the S scale), having continued
            // so far: the mass that moves from the previous region to beyond ±b.
            const exit = (b) => {
                let p = 0;
                for (let j = 0; j < grid.length; j++) {
                    const u = grid[j];
                    p += weights[j] * density[j] * (normalCdf((-b - u) / step) + normalCdf((u - b) / step));
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
            nextDensity = nextGrid.map((s) => normalPdf(s / sd) / sd);
            spent = 2 - 2 * normalCdf(c);
        }
        else {
            const step = Math.sqrt(t - previousT);
            let exitMass = 0;
            for (let j = 0; j < grid.length; j++) {
                const u = grid[j];
                exitMass +=
                    weights[j] * density[j] * (normalCdf((-b - u) / step) + normalCdf((u - b) / step));
            }
            spent += exitMass;
            nextDensity = nextGrid.map((s) => {
                let f = 0;
                for (let j = 0; j < grid.length; j++) {
                    f += (weights[j] * density[j] * normalPdf((s - grid[j]) / step)) / step;
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
    return 1 - 2 * normalCdf(-criticalValue);
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
    if (round < budget.minRounds || !comparison) {
        return { stop: false, note: `${round} of at least ${budget.minRounds} rounds done` };
    }
    const { decided, undecided } = countDecided(comparison);
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





/** Starts an A/B sequence. */
function createAbSequence(settings) {
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
    const compareAt = (round, noise) => comparePairedRounds(measured, {
        mode: settings.mode,
        seed: settings.seed,
        threshold: settings.threshold,
        ...(settings.errorRateThreshold !== undefined
            ? { errorRateThreshold: settings.errorRateThreshold }
            : {}),
        confidence,
        lookConfidence: lookConfidence(budget, round, confidence),
        ...(settings.metrics ? { metrics: settings.metrics } : {}),
        ...(settings.baselineLabel ? { baselineLabel: settings.baselineLabel } : {}),
        ...(settings.candidateLabel ? { candidateLabel: settings.candidateLabel } : {}),
        ...(noise ? { noise } : {}),
    });
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
            let comparison;
            if (n >= budget.minRounds) {
                comparison = compareAt(n);
                const counts = countDecided(comparison);
                looks.push({ round: n, confidence: lookConfidence(budget, n, confidence), ...counts });
            }
            const decision = decideStop({
                budget,
                round: n,
                elapsedMs,
                ...(comparison ? { comparison } : {}),
            });
            if (decision.stop && decision.reason)
                stopped = { reason: decision.reason, note: decision.note };
            return decision;
        },
        abort(reason, note) {
            stopped ??= { reason, note };
        },
        rounds: () => measured,
        result(extra = {}) {
            const n = measured.length;
            const comparison = compareAt(n, extra.noise);
            const stopping = {
                rule: 'repeated-confidence-intervals',
                spending: 'obrien-fleming',
                minRounds: budget.minRounds,
                maxRounds: budget.maxRounds,
                ...(budget.timeBudgetMs !== undefined ? { timeBudgetMs: budget.timeBudgetMs } : {}),
                roundsUsed: n,
                reason: stopped?.reason ?? 'interrupted',
                note: stopped?.note ?? `stopped after ${n} round(s) before the rule decided`,
                looks: [...looks],
                wallTimeMs: Math.round(elapsed),
            };
            return {
                ...comparison,
                schedule: { seed: settings.seed, rounds: scheduled.slice(0, Math.max(n, 0)) },
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
// EXTERNAL MODULE: ./lib/core/stats/ab-sequence.js + 6 modules
var ab_sequence = __webpack_require__(92094);
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
// EXTERNAL MODULE: ./lib/pipeline/run-local.js + 6 modules
var run_local = __webpack_require__(89884);
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
            const steps = await (0,run_local.runSetup)(plan, targets[side].running.baseUrl, opts.signal, (line) => log(`${side} ${line}`));
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
            const steps = await (0,run_local.runTeardown)(plan, targets[side].running.baseUrl, (line) => log(`${side} ${line}`));
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
        const built = (0,run_local.buildLocalReport)({
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
    const a = await (0,run_local.startWatchedTarget)(baseline, { signal, log });
    log(`baseline ready at ${(0,secrets/* redactUrl */.BO)(a.running.baseUrl)}`);
    try {
        const b = await (0,run_local.startWatchedTarget)(candidate, { signal, log });
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
