export const id = 2;
export const ids = [2];
export const modules = {

/***/ 70339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readRunReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18563);
/**
 * Reads a stored `result.json` for `bench compare`, validated against the report schema, so a
 * truncated download or a file from another tool is refused with a clear message instead of
 * producing a comparison of garbage.
 */



/** Most schema problems named in the error message. */
const MAX_PROBLEMS_SHOWN = 3;
/** Reads and validates a run report; throws an input error (`RESULT_INVALID`) when it is not one. */
async function readRunReport(file, what) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(missing ? 'RESULT_NOT_FOUND' : 'RESULT_UNREADABLE', `${what} ${file}: ${missing ? 'no such file' : 'cannot be read'}.`, 'Give the path of a result.json written by `bench run` (relative paths are from the current directory).', error);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('RESULT_INVALID', `${what} ${file}: not JSON (${error.message}).`, 'Give a result.json written by `bench run`; a truncated download is the usual cause.', error);
    }
    const parsed = _core_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .RunReportSchema */ .bq.safeParse(json);
    if (!parsed.success) {
        const problems = parsed.error.issues
            .slice(0, MAX_PROBLEMS_SHOWN)
            .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
        const more = parsed.error.issues.length - problems.length;
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('RESULT_INVALID', `${what} ${file}: not a bench result (${problems.join('; ')}${more > 0 ? `; ${more} more` : ''}).`, 'Give a result.json written by `bench run` (schemas/result.schema.json describes it).');
    }
    return parsed.data;
}
//# sourceMappingURL=read-run-report.js.map

/***/ }),

/***/ 8002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aggregateReports: () => (/* binding */ aggregateReports)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/pricing/prices-config.js
var prices_config = __webpack_require__(41401);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./lib/core/azure/vm-sizes.js
var vm_sizes = __webpack_require__(99401);
;// CONCATENATED MODULE: ./lib/core/pricing/vm-price.js
/**
 * An hourly VM price as the size comparison records it: the amount, its currency, where it came
 * from (the Retail Prices API or the configured table) and when, so a reader of an old report
 * knows which prices its costs were computed from.
 */

/** Where a price came from. */
const PriceSourceSchema = schemas/* enum */.k5n(['retail-prices-api', 'configured-table'])
    .describe('retail-prices-api: asked at aggregation time; configured-table: cloud.prices.table');
/** The pay-as-you-go Linux price of one VM size in one region. */
const VmPriceSchema = schemas/* object */.Ikc({
    vmSize: schemas/* string */.YjP().describe('ARM size name, e.g. Standard_D4s_v5'),
    region: schemas/* string */.YjP().describe('ARM region name, e.g. westeurope'),
    hourlyPrice: schemas/* number */.aig().positive().describe('Price of one hour of the VM, in `currency`'),
    currency: schemas/* string */.YjP().describe('ISO 4217 code, e.g. USD'),
    source: PriceSourceSchema,
    fetchedAt: schemas/* string */.YjP()
        .describe('When the price was read (API) or looked up in the table, ISO 8601 UTC'),
    asOf: schemas/* string */.YjP()
        .optional()
        .describe('Table prices: the date the table says they were copied (cloud.prices.asOf)'),
    meter: schemas/* object */.Ikc({
        meterName: schemas/* string */.YjP().describe('e.g. "D4s v5"'),
        productName: schemas/* string */.YjP().describe('e.g. "Virtual Machines Dsv5 Series"'),
        skuName: schemas/* string */.YjP().describe('e.g. "D4s v5"'),
        effectiveStartDate: schemas/* string */.YjP().optional().describe('When the price took effect'),
    })
        .optional()
        .describe('API prices: the meter the price was read from'),
    note: schemas/* string */.YjP().optional().describe('Remarks, e.g. why the table was used instead of the API'),
});
/** A size and region without a price, and why. */
const MissingVmPriceSchema = schemas/* object */.Ikc({
    vmSize: schemas/* string */.YjP().describe('ARM size name'),
    region: schemas/* string */.YjP().describe('ARM region name'),
    reason: schemas/* string */.YjP().describe('Why there is no price, in words'),
});
//# sourceMappingURL=vm-price.js.map
// EXTERNAL MODULE: ./lib/core/stats/metric-format.js
var metric_format = __webpack_require__(19335);
// EXTERNAL MODULE: ./lib/core/stats/slo.js
var stats_slo = __webpack_require__(91051);
// EXTERNAL MODULE: ./lib/core/report/units.js
var units = __webpack_require__(88845);
;// CONCATENATED MODULE: ./lib/core/report/aggregate.js
/**
 * The VM-size comparison: the run reports of one product on different VM sizes (one matrix leg
 * each) brought together. For each scenario and size it finds the highest throughput that meets
 * the SLO, divides it by the vCPUs and by the smallest size's per-vCPU figure (scaling
 * efficiency), prices it (cost per million requests = hourly price / (req/s × 3600) × 10⁶) and
 * ends in one sentence saying which size serves the scenario at the lowest cost.
 *
 * Levels whose load generator saturated are never trusted (they describe the generator, not the
 * size), and every gap (no level meets the SLO, no price, unknown vCPUs, a scenario not run on a
 * size) is said in words instead of leaving a blank a reader might take for zero. Defined with
 * zod like `model.ts`: one definition gives the types and `schemas/aggregate.schema.json`.
 */







/** Version of the aggregate format written by this code; bump on any change a reader would misread. */
const AGGREGATE_SCHEMA_VERSION = 1;
/** How one level fares against the SLO. */
const LevelSloStatusSchema = schemas/* enum */.k5n(['meets', 'breaks', 'generator-bound', 'no-data'])
    .describe('generator-bound and no-data levels are not judged: their numbers are not trusted');
/** One level of one size, judged against the SLO. */
const AggregateLevelSchema = schemas/* object */.Ikc({
    level: schemas/* number */.aig().positive().describe('Connections (closed) or offered req/s (open)'),
    model: schemas/* enum */.k5n(['closed', 'open']).describe('Load model'),
    throughputRps: schemas/* number */.aig().nonnegative().describe('Successful responses per second'),
    p50Us: schemas/* number */.aig().nonnegative().describe('Median latency of successes, µs'),
    p99Us: schemas/* number */.aig().nonnegative().describe('99th percentile latency of successes, µs'),
    errorRate: schemas/* number */.aig().min(0).max(1).describe('Failures / total'),
    status: LevelSloStatusSchema,
    reason: schemas/* string */.YjP().describe('The judgement in words'),
});
/** What stopped the search for more throughput above the chosen level. */
const ThroughputLimitSchema = schemas/* enum */.k5n(['slo', 'saturation', 'highest-level', 'generator'])
    .describe('slo: the next level broke the SLO; saturation: higher levels met it with less throughput; highest-level: nothing higher was tested; generator: higher levels were generator-bound');
/** One scenario on one size. */
const SizeResultSchema = schemas/* object */.Ikc({
    vmSize: schemas/* string */.YjP().describe('ARM size name'),
    region: schemas/* string */.YjP().describe('ARM region name'),
    label: schemas/* string */.YjP().describe('How renderings name the size (with the region when regions differ)'),
    vCpus: schemas/* number */.aig().int().positive().nullable().describe('vCPUs of the size; null if unknown'),
    status: schemas/* enum */.k5n(['meets-slo', 'no-level-meets-slo', 'not-run'])
        .describe('Whether some trusted level met the SLO, none did, or the scenario was not run'),
    best: AggregateLevelSchema.nullable().describe('The level with the highest throughput among those meeting the SLO; null if none'),
    limit: ThroughputLimitSchema.nullable().describe('Why `best` is the highest; null without best'),
    throughputPerVcpuRps: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .describe('Best throughput / vCPUs, req/s; null without best or vCPUs'),
    scalingEfficiency: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .describe('Per-vCPU throughput relative to the scaling baseline (1 = same per vCPU)'),
    hourlyPrice: schemas/* number */.aig().positive().nullable().describe('Price of one hour; null if none'),
    currency: schemas/* string */.YjP().nullable().describe('Currency of the price and cost'),
    costPerMillionRequests: schemas/* number */.aig()
        .nonnegative()
        .nullable()
        .describe('hourlyPrice / (best throughput × 3600) × 1,000,000; null without both'),
    levels: schemas/* array */.YOg(AggregateLevelSchema).describe('Every level of the scenario on this size'),
    summary: schemas/* string */.YjP().describe('The result in words'),
});
/** The one-sentence answer for a scenario. */
const RecommendationSchema = schemas/* object */.Ikc({
    basis: schemas/* enum */.k5n(['lowest-cost', 'highest-throughput', 'none'])
        .describe('lowest-cost when priced sizes meet the SLO; highest-throughput without prices'),
    vmSize: schemas/* string */.YjP().nullable().describe('The recommended size; null when none meets the SLO'),
    region: schemas/* string */.YjP().nullable().describe('Its region'),
    sentence: schemas/* string */.YjP().describe('The recommendation in one sentence'),
});
/** One scenario across sizes. */
const ScenarioComparisonSchema = schemas/* object */.Ikc({
    scenario: schemas/* string */.YjP().describe('Scenario name'),
    sizes: schemas/* array */.YOg(SizeResultSchema).describe('One entry per size, fewest vCPUs first'),
    scalingBaseline: schemas/* object */.Ikc({
        vmSize: schemas/* string */.YjP(),
        region: schemas/* string */.YjP(),
        vCpus: schemas/* number */.aig().int().positive(),
    })
        .nullable()
        .describe('The smallest size with a result, which scaling efficiency is relative to'),
    recommendation: RecommendationSchema,
    notes: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Remarks on this scenario, in words'),
});
/** One size that took part, with the run it comes from and its price. */
const ComparedSizeSchema = schemas/* object */.Ikc({
    vmSize: schemas/* string */.YjP().describe('ARM size name'),
    region: schemas/* string */.YjP().describe('ARM region name'),
    label: schemas/* string */.YjP().describe('How renderings name the size'),
    vCpus: schemas/* number */.aig().int().positive().nullable().describe('vCPUs; null if unknown'),
    vCpusSource: schemas/* enum */.k5n(['vm-size-table', 'given', 'unknown'])
        .describe('vm-size-table: src/core/azure/vm-sizes.ts; given: passed by the caller'),
    run: schemas/* object */.Ikc({
        id: schemas/* string */.YjP().describe('Run id of the report'),
        name: schemas/* string */.YjP().describe('Config name'),
        startedAt: schemas/* string */.YjP().describe('Start of the run, ISO 8601 UTC'),
        outcome: schemas/* enum */.k5n(['ok', 'target-failure', 'interrupted']).describe('How the run ended'),
        partial: schemas/* boolean */.zMY().describe('True when the run was interrupted'),
        gitSha: schemas/* string */.YjP().optional().describe('Commit of the config repository'),
        image: schemas/* string */.YjP().optional().describe('Product image'),
        imageDigest: schemas/* string */.YjP().optional().describe('Resolved image digest'),
        source: schemas/* string */.YjP().optional().describe('Where the report was read from (file or blob path)'),
    }),
    price: VmPriceSchema.nullable().describe('The hourly price used; null if none'),
    priceMissing: schemas/* string */.YjP().optional().describe('Why there is no price'),
});
/** The whole comparison (`aggregate.json`). */
const AggregateReportSchema = schemas/* object */.Ikc({
    schemaVersion: schemas/* literal */.euz(AGGREGATE_SCHEMA_VERSION),
    product: schemas/* string */.YjP().describe('Product (or config name) every report is of'),
    createdAt: schemas/* string */.YjP().describe('When the comparison was made, ISO 8601 UTC'),
    slo: schemas/* object */.Ikc({
        sources: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Each limit as written'),
        label: schemas/* string */.YjP().describe('The SLO in words, e.g. "p99 < 50 ms (error rate < 0.1%)"'),
        limits: schemas/* array */.YOg(schemas/* object */.Ikc({
            metric: schemas/* string */.YjP().describe('p50 … p9999, max, mean or errorRate'),
            operator: schemas/* enum */.k5n(['<', '<=']),
            limit: schemas/* number */.aig().nonnegative().describe('µs for latency, a fraction for errorRate'),
        }))
            .describe('Each limit as parsed, latency first'),
        defaultErrorRate: schemas/* boolean */.zMY().describe('True when the error-rate limit is the default'),
    }),
    currency: schemas/* string */.YjP().nullable().describe('Currency of every cost; null without prices'),
    sizes: schemas/* array */.YOg(ComparedSizeSchema).describe('Sizes compared, fewest vCPUs first'),
    scenarios: schemas/* array */.YOg(ScenarioComparisonSchema),
    missingPrices: schemas/* array */.YOg(MissingVmPriceSchema).describe('Sizes without a price, and why'),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Reports left out and other remarks, in words'),
})
    .describe('bench-action VM-size comparison (aggregate.json)');
const SECONDS_PER_HOUR = 3600;
const REQUESTS_PER_MILLION = 1_000_000;
/** Cost of a million requests at `throughputRps` on a VM costing `hourlyPrice` an hour. */
function costPerMillionRequests(hourlyPrice, throughputRps) {
    if (!(throughputRps > 0) || !(hourlyPrice > 0))
        return null;
    return (hourlyPrice / (throughputRps * SECONDS_PER_HOUR)) * REQUESTS_PER_MILLION;
}
/** The sizes and regions of `reports`, once each, for asking prices (`lookupVmPrices`). */
function vmPlacementsOf(reports) {
    const seen = new Map();
    for (const r of reports.map(toSourced)) {
        const { vmSize, region } = r.report.environment;
        if (vmSize === undefined || region === undefined)
            continue;
        seen.set(placementKey(vmSize, region), { vmSize, region });
    }
    return [...seen.values()];
}
function toSourced(r) {
    return 'schemaVersion' in r ? { report: r } : r;
}
function placementKey(vmSize, region) {
    return `${vmSize}\u0000${region}`;
}
function productOf(report) {
    return report.target.product ?? report.name;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function listWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function toLevel(level, judged) {
    return {
        level: level.level,
        model: level.model,
        throughputRps: level.throughput.successRps,
        p50Us: level.latencyUs.p50,
        p99Us: level.latencyUs.p99,
        errorRate: level.errorRate,
        status: judged.status,
        reason: judged.reason,
    };
}
function shortLevel(l) {
    return (0,metric_format/* levelLabel */.v3)(l.model, l.level);
}
/** The highest throughput meeting the SLO and what stopped the search above it. */
function findBest(levels) {
    let best = null;
    for (const l of levels) {
        if (l.status !== 'meets')
            continue;
        if (best === null || l.throughputRps > best.throughputRps)
            best = l;
    }
    if (best === null)
        return { best, limit: null, above: undefined };
    const higher = levels
        .filter((l) => l.model === best.model && l.level > best.level)
        .sort((a, b) => a.level - b.level);
    const judged = higher.find((l) => l.status !== 'generator-bound');
    if (judged) {
        return { best, limit: judged.status === 'meets' ? 'saturation' : 'slo', above: judged };
    }
    if (higher.length > 0)
        return { best, limit: 'generator', above: higher[0] };
    return { best, limit: 'highest-level', above: undefined };
}
function describeLevelFigures(l) {
    return `p99 ${(0,units/* formatUs */.oC)(l.p99Us)}, errors ${(0,units/* formatRatioPercent */.Qq)(l.errorRate)}`;
}
function sizeSummary(status, best, limit, above, levels) {
    if (status === 'not-run')
        return 'This scenario was not run on this size.';
    const bound = levels.filter((l) => l.status === 'generator-bound');
    if (best === null) {
        const judged = levels.filter((l) => l.status === 'breaks');
        if (judged.length === 0) {
            return bound.length > 0
                ? `No level was judged: ${plural(bound.length, 'level was', 'levels were')} generator-bound and the rest had no data; add load agents and run again.`
                : 'No level had data to judge.';
        }
        const lowest = [...judged].sort((a, b) => a.level - b.level)[0];
        const tail = bound.length > 0
            ? `; ${plural(bound.length, 'generator-bound level was', 'generator-bound levels were')} not trusted`
            : '';
        return `No level met the SLO: even ${shortLevel(lowest)} broke it (${lowest.reason})${tail}.`;
    }
    const head = `${(0,units/* formatRps */.N2)(best.throughputRps)} req/s at ${shortLevel(best)} (${describeLevelFigures(best)})`;
    switch (limit) {
        case 'slo':
            return `${head}; ${shortLevel(above)} ${above.status === 'no-data' ? 'had no data' : `broke the SLO (${above.reason})`}.`;
        case 'saturation':
            return `${head}; higher levels met the SLO with no more throughput, so the size is saturated.`;
        case 'generator':
            return `${head}; ${shortLevel(above)} and above were generator-bound and not trusted, so the size may serve more.`;
        case 'highest-level':
        default:
            return `${head}; this is the highest level tested, so the size may serve more.`;
    }
}
/** Picks one report per size and region, sets vCPUs and prices; notes what was left out. */
function collectSizes(input, notes) {
    const sourced = input.reports.map(toSourced);
    const byPlacement = new Map();
    for (const r of sourced) {
        const { vmSize, region } = r.report.environment;
        const name = r.source ?? `run ${r.report.id}`;
        if (vmSize === undefined || region === undefined) {
            notes.push(`${name} was left out: it names no VM size and region (a local run), so it cannot be compared by size.`);
            continue;
        }
        const key = placementKey(vmSize, region);
        byPlacement.set(key, [...(byPlacement.get(key) ?? []), r]);
    }
    if (byPlacement.size === 0) {
        throw (0,errors/* inputError */.Xu)('AGGREGATE_NO_SIZES', 'None of the reports names a VM size and region, so there is nothing to compare by size.');
    }
    const regions = new Set([...byPlacement.values()].map((l) => l[0].report.environment.region));
    const currencies = new Map();
    for (const p of input.prices ?? [])
        currencies.set(p.currency, (currencies.get(p.currency) ?? 0) + 1);
    // One currency per comparison: the most common one; prices in another are not comparable.
    const currency = [...currencies].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const missing = [];
    const runs = [];
    for (const list of byPlacement.values()) {
        const ordered = [...list].sort((a, b) => Date.parse(b.report.startedAt) - Date.parse(a.report.startedAt));
        const chosen = ordered[0];
        const { report } = chosen;
        const vmSize = report.environment.vmSize;
        const region = report.environment.region;
        if (ordered.length > 1) {
            notes.push(`${vmSize} in ${region} has ${ordered.length} reports; the latest (${chosen.source ?? `run ${report.id}`}, started ${report.startedAt}) is used.`);
        }
        const given = input.vCpus?.[vmSize];
        const table = (0,vm_sizes/* describeVmSize */.S)(vmSize).vCpus;
        const vCpus = given ?? table ?? null;
        const vCpusSource = given !== undefined ? 'given' : table !== undefined ? 'vm-size-table' : 'unknown';
        if (vCpus === null) {
            notes.push(`${vmSize}: vCPU count unknown (not in src/core/azure/vm-sizes.ts), so its per-vCPU throughput and scaling are left out.`);
        }
        const found = (input.prices ?? []).find((p) => p.vmSize === vmSize && p.region === region);
        let price = null;
        let priceMissing;
        if (found && found.currency === currency) {
            price = found;
        }
        else if (found) {
            priceMissing = `its price is in ${found.currency}, the others in ${currency}; costs in different currencies are not compared`;
        }
        else {
            priceMissing =
                input.missingPrices?.find((m) => m.vmSize === vmSize && m.region === region)?.reason ??
                    'no price was given for it';
        }
        if (priceMissing !== undefined)
            missing.push({ vmSize, region, reason: priceMissing });
        if (report.outcome !== 'ok' || report.partial) {
            notes.push(`${vmSize} in ${region}: the run ${report.outcome === 'ok' ? 'was partial' : `ended with ${report.outcome}`}; only the levels it measured are compared.`);
        }
        const size = {
            vmSize,
            region,
            label: regions.size > 1 ? `${vmSize} in ${region}` : vmSize,
            vCpus,
            vCpusSource,
            run: {
                id: report.id,
                name: report.name,
                startedAt: report.startedAt,
                outcome: report.outcome,
                partial: report.partial,
                ...(report.environment.gitSha !== undefined && { gitSha: report.environment.gitSha }),
                ...(report.target.image !== undefined && { image: report.target.image }),
                ...(report.target.imageDigest !== undefined && {
                    imageDigest: report.target.imageDigest,
                }),
                ...(chosen.source !== undefined && { source: chosen.source }),
            },
            price,
            ...(priceMissing !== undefined && { priceMissing }),
        };
        runs.push({ size, report, price });
    }
    runs.sort((a, b) => (a.size.vCpus ?? Number.POSITIVE_INFINITY) - (b.size.vCpus ?? Number.POSITIVE_INFINITY) ||
        a.size.vmSize.localeCompare(b.size.vmSize) ||
        a.size.region.localeCompare(b.size.region));
    return { runs, currency: runs.some((r) => r.price) ? currency : null, missing };
}
function scenarioSize(run, scenario, slo) {
    const levelReports = run.report.levels.filter((l) => l.scenario === scenario);
    const levels = levelReports.map((l) => toLevel(l, (0,stats_slo/* judgeLevelAgainstSlo */.X2)(run.report, l, slo)));
    const status = levelReports.length === 0
        ? 'not-run'
        : levels.some((l) => l.status === 'meets')
            ? 'meets-slo'
            : 'no-level-meets-slo';
    const { best, limit, above } = findBest(levels);
    const vCpus = run.size.vCpus;
    const hourlyPrice = run.price?.hourlyPrice ?? null;
    return {
        vmSize: run.size.vmSize,
        region: run.size.region,
        label: run.size.label,
        vCpus,
        status,
        best,
        limit,
        throughputPerVcpuRps: best && vCpus !== null ? best.throughputRps / vCpus : null,
        scalingEfficiency: null,
        hourlyPrice,
        currency: run.price?.currency ?? null,
        costPerMillionRequests: best && hourlyPrice !== null ? costPerMillionRequests(hourlyPrice, best.throughputRps) : null,
        levels,
        summary: sizeSummary(status, best, limit, above, levels),
    };
}
function recommend(scenario, sizes, slo) {
    const meeting = sizes.filter((s) => s.best !== null);
    const under = `under ${slo.label}`;
    if (meeting.length === 0) {
        const ran = sizes.filter((s) => s.status !== 'not-run');
        const levels = ran.flatMap((s) => s.levels);
        const bound = levels.filter((l) => l.status === 'generator-bound').length;
        const broke = levels.filter((l) => l.status === 'breaks').length;
        const why = broke === 0
            ? 'no level could be judged (generator-bound or without data); add load agents and run again'
            : bound > 0
                ? `every judged level broke the SLO, and ${plural(bound, 'generator-bound level was', 'generator-bound levels were')} not trusted`
                : 'every level tested broke the SLO';
        const subject = ran.length === 1 ? ran[0].label : 'No VM size';
        return {
            basis: 'none',
            vmSize: null,
            region: null,
            sentence: ran.length === 1
                ? `${subject}, the only size compared, does not serve ${scenario} ${under}: ${why}.`
                : `${subject} serves ${scenario} ${under}: ${why}.`,
        };
    }
    const only = sizes.length === 1;
    const priced = meeting.filter((s) => s.costPerMillionRequests !== null);
    const mayServeMore = (s) => s.limit === 'highest-level' || s.limit === 'generator'
        ? '; it met the SLO at the highest load trusted, so it may serve more'
        : '';
    if (priced.length > 0) {
        const best = [...priced].sort((a, b) => a.costPerMillionRequests - b.costPerMillionRequests ||
            b.best.throughputRps - a.best.throughputRps ||
            a.label.localeCompare(b.label))[0];
        const cost = `${(0,units/* formatCostPerMillion */.EC)(best.costPerMillionRequests)} ${best.currency} per million requests`;
        const unpriced = meeting.filter((s) => s.costPerMillionRequests === null).map((s) => s.label);
        const tail = unpriced.length > 0
            ? `; ${listWords(unpriced)} also ${unpriced.length === 1 ? 'meets' : 'meet'} the SLO but ${unpriced.length === 1 ? 'has' : 'have'} no price, so ${unpriced.length === 1 ? 'it is' : 'they are'} not ranked`
            : '';
        const sentence = only
            ? `${best.label} is the only size compared: it serves ${scenario} at ${cost} ${under}${mayServeMore(best)}.`
            : priced.length === 1 && meeting.length === 1
                ? `${best.label} is the only size that serves ${scenario} ${under}, at ${cost}${mayServeMore(best)}.`
                : `${best.label} serves ${scenario} at the lowest cost, ${cost} ${under}${mayServeMore(best)}${tail}.`;
        return { basis: 'lowest-cost', vmSize: best.vmSize, region: best.region, sentence };
    }
    const top = [...meeting].sort((a, b) => b.best.throughputRps - a.best.throughputRps || a.label.localeCompare(b.label))[0];
    const rps = `${(0,units/* formatRps */.N2)(top.best.throughputRps)} req/s`;
    const sentence = only
        ? `${top.label} is the only size compared: it serves ${scenario} at ${rps} ${under}${mayServeMore(top)}; without a price the cost per million requests is unknown.`
        : `${top.label} serves ${scenario} with the most throughput, ${rps} ${under}${mayServeMore(top)}; no size that meets the SLO has a price, so the cost per million requests is unknown.`;
    return { basis: 'highest-throughput', vmSize: top.vmSize, region: top.region, sentence };
}
function compareScenario(scenario, runs, slo) {
    const sizes = runs.map((r) => scenarioSize(r, scenario, slo));
    const notes = [];
    const withResult = sizes.filter((s) => s.throughputPerVcpuRps !== null);
    const baseline = withResult[0];
    if (baseline) {
        for (const s of sizes) {
            if (s.throughputPerVcpuRps !== null)
                s.scalingEfficiency =
                    baseline.throughputPerVcpuRps > 0
                        ? s.throughputPerVcpuRps / baseline.throughputPerVcpuRps
                        : null;
        }
        const smaller = sizes.filter((s) => s.vCpus !== null && s.vCpus < baseline.vCpus && s.status !== 'not-run');
        if (smaller.length > 0) {
            notes.push(`Scaling efficiency is relative to ${baseline.label}, the smallest size that met the SLO; ${listWords(smaller.map((s) => s.label))} did not.`);
        }
    }
    const notRun = sizes.filter((s) => s.status === 'not-run').map((s) => s.label);
    if (notRun.length > 0)
        notes.push(`Not run on ${listWords(notRun)}.`);
    const bound = sizes.flatMap((s) => s.levels
        .filter((l) => l.status === 'generator-bound')
        .map((l) => `${s.label} at ${shortLevel(l)}`));
    if (bound.length > 0) {
        notes.push(`Generator-bound, so not trusted: ${listWords(bound)}. The load generator, not the size, set those numbers; add load agents to measure them.`);
    }
    return {
        scenario,
        sizes,
        scalingBaseline: baseline
            ? { vmSize: baseline.vmSize, region: baseline.region, vCpus: baseline.vCpus }
            : null,
        recommendation: recommend(scenario, sizes, slo),
        notes,
    };
}
/**
 * Compares the reports of one product across VM sizes under `slo`. Throws an input error when
 * the reports are of different products (`AGGREGATE_MIXED_PRODUCTS`), or when none names a VM
 * size (`AGGREGATE_NO_SIZES`); everything else that is missing is said in the notes.
 */
function buildAggregateReport(input) {
    if (input.reports.length === 0) {
        throw (0,errors/* inputError */.Xu)('AGGREGATE_NO_REPORTS', 'There are no reports to compare.');
    }
    const sourced = input.reports.map(toSourced);
    const products = [...new Set(sourced.map((r) => productOf(r.report)))];
    if (products.length > 1) {
        throw (0,errors/* inputError */.Xu)('AGGREGATE_MIXED_PRODUCTS', `The reports are of ${products.length} products (${products.join(', ')}); a size comparison is of one product.`);
    }
    const notes = [];
    const { runs, currency, missing } = collectSizes(input, notes);
    const digests = [
        ...new Set(runs.map((r) => r.size.run.imageDigest ?? r.size.run.image).filter((d) => d !== undefined)),
    ];
    if (digests.length > 1) {
        notes.push(`The sizes ran ${digests.length} different images (${digests.join(', ')}): differences between sizes are not only the VM size.`);
    }
    for (const r of runs) {
        if (r.price?.note)
            notes.push(`${r.size.label}: ${r.price.note}`);
    }
    const scenarios = [];
    for (const r of runs) {
        for (const l of r.report.levels)
            if (!scenarios.includes(l.scenario))
                scenarios.push(l.scenario);
    }
    if (scenarios.length === 0)
        notes.push('No report has any measured level.');
    return {
        schemaVersion: AGGREGATE_SCHEMA_VERSION,
        product: products[0],
        createdAt: (input.createdAt ?? new Date()).toISOString(),
        slo: {
            sources: input.slo.sources,
            label: input.slo.label,
            limits: input.slo.thresholds.map((t) => ({
                metric: t.metric,
                // parseSlo accepts only upper limits.
                operator: t.operator === '<=' ? '<=' : '<',
                limit: t.limit,
            })),
            defaultErrorRate: input.slo.defaultErrorRate,
        },
        currency,
        sizes: runs.map((r) => r.size),
        scenarios: scenarios.map((s) => compareScenario(s, runs, input.slo)),
        missingPrices: missing,
        notes,
    };
}
//# sourceMappingURL=aggregate.js.map
// EXTERNAL MODULE: ./lib/core/report/csv.js
var csv = __webpack_require__(64818);
;// CONCATENATED MODULE: ./lib/core/report/aggregate-csv.js

const round = (x, digits) => x === null || x === undefined ? undefined : Number(x.toFixed(digits));
/** The columns of `aggregate.csv`, in order. */
const AGGREGATE_CSV_COLUMNS = [
    { name: 'scenario', description: 'Scenario name', value: (r) => r.scenario.scenario },
    { name: 'vm_size', description: 'ARM VM size', value: (r) => r.result.vmSize },
    { name: 'region', description: 'ARM region', value: (r) => r.result.region },
    {
        name: 'vcpus',
        description: 'vCPUs of the size (empty if unknown)',
        value: (r) => r.result.vCpus,
    },
    {
        name: 'status',
        description: '`meets-slo`, `no-level-meets-slo` or `not-run`',
        value: (r) => r.result.status,
    },
    {
        name: 'model',
        description: 'Load model of the chosen level: `closed` or `open`',
        value: (r) => r.result.best?.model,
    },
    {
        name: 'level',
        description: 'The level with the highest throughput meeting the SLO',
        value: (r) => r.result.best?.level,
    },
    {
        name: 'success_rps',
        description: 'Successful responses per second at that level',
        value: (r) => round(r.result.best?.throughputRps, 2),
    },
    {
        name: 'latency_p50_us',
        description: 'Median latency at that level, µs',
        value: (r) => r.result.best?.p50Us,
    },
    {
        name: 'latency_p99_us',
        description: '99th percentile latency at that level, µs',
        value: (r) => r.result.best?.p99Us,
    },
    {
        name: 'error_rate',
        description: 'Failures / requests at that level, a fraction from 0 to 1',
        value: (r) => round(r.result.best?.errorRate, 6),
    },
    {
        name: 'limit',
        description: 'What stopped the search above it: `slo`, `saturation`, `highest-level` or `generator`',
        value: (r) => r.result.limit,
    },
    {
        name: 'rps_per_vcpu',
        description: 'success_rps / vcpus',
        value: (r) => round(r.result.throughputPerVcpuRps, 2),
    },
    {
        name: 'scaling_efficiency',
        description: "rps_per_vcpu / the scaling baseline's rps_per_vcpu (1 = same per vCPU)",
        value: (r) => round(r.result.scalingEfficiency, 4),
    },
    {
        name: 'hourly_price',
        description: 'Pay-as-you-go Linux price of one hour, in `currency`',
        value: (r) => r.result.hourlyPrice,
    },
    { name: 'currency', description: 'ISO 4217 currency code', value: (r) => r.result.currency },
    {
        name: 'price_source',
        description: '`retail-prices-api` or `configured-table`',
        value: (r) => r.size?.price?.source,
    },
    {
        name: 'price_fetched_at',
        description: 'When the price was read, ISO 8601 UTC',
        value: (r) => r.size?.price?.fetchedAt,
    },
    {
        name: 'cost_per_million_requests',
        description: 'hourly_price / (success_rps × 3600) × 1,000,000, in `currency`',
        value: (r) => round(r.result.costPerMillionRequests, 6),
    },
    {
        name: 'recommended',
        description: '`true` for the size the recommendation names',
        value: (r) => r.scenario.recommendation.vmSize === r.result.vmSize &&
            r.scenario.recommendation.region === r.result.region,
    },
    { name: 'run_id', description: 'Run id of the report', value: (r) => r.size?.run.id },
    { name: 'summary', description: 'The result in words', value: (r) => r.result.summary },
];
function cellText(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    return String(value);
}
/** Renders `aggregate.csv`: a header row, then one row per scenario × size. */
function renderAggregateCsv(report) {
    const rows = [AGGREGATE_CSV_COLUMNS.map((c) => c.name).join(',')];
    for (const scenario of report.scenarios) {
        for (const result of scenario.sizes) {
            const size = report.sizes.find((s) => s.vmSize === result.vmSize && s.region === result.region);
            const row = { scenario, result, size };
            rows.push(AGGREGATE_CSV_COLUMNS.map((c) => (0,csv/* quoteCsvCell */.$5)(cellText(c.value(row)))).join(','));
        }
    }
    return `${rows.join('\r\n')}\r\n`;
}
//# sourceMappingURL=aggregate-csv.js.map
// EXTERNAL MODULE: ./lib/core/report/charts/render-svg-chart.js + 256 modules
var render_svg_chart = __webpack_require__(83543);
;// CONCATENATED MODULE: ./lib/core/report/charts/size-comparison-charts.js

/** One colour per size, in vCPU order; more sizes than colours reuse them. */
const SIZE_COLORS = [
    '#2563eb',
    '#ea580c',
    '#15803d',
    '#9333ea',
    '#0891b2',
    '#b91c1c',
    '#a16207',
    '#4b5563',
];
/** Colour of the `index`-th size. */
function sizeColor(index) {
    return SIZE_COLORS[index % SIZE_COLORS.length];
}
/** Axis label of a size: without the `Standard_` every size shares. */
function axisName(s) {
    return s.label.replace(/^Standard_/, '');
}
function categoryChart(c, series, yName, title, description) {
    const option = {
        grid: { left: 72, right: 24, top: 36, bottom: 48 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: 'category',
            data: c.sizes.map(axisName),
            name: 'VM size (fewest vCPUs first)',
            nameLocation: 'middle',
            nameGap: 30,
            splitLine: { show: false },
        },
        yAxis: {
            type: 'value',
            name: yName,
            nameLocation: 'middle',
            nameGap: 56,
            min: 0,
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series,
    };
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, { widthPx: 860, heightPx: 300, title, description });
}
function pointSeries(name, data, color) {
    return {
        name,
        type: 'line',
        data,
        connectNulls: false,
        lineStyle: { width: 2, color },
        itemStyle: { color },
        symbolSize: 9,
    };
}
function listFigures(c, pick, unit) {
    return c.sizes
        .map((s) => {
        const v = pick(s);
        return `${s.label} ${v === null ? 'none' : `${Number(v.toPrecision(3))} ${unit}`}`;
    })
        .join(', ');
}
/** Successful req/s at the best level meeting the SLO, one point per size. */
function renderThroughputBySizeChart(c, title) {
    const pick = (s) => s.best?.throughputRps ?? null;
    return categoryChart(c, [pointSeries('req/s under the SLO', c.sizes.map(pick), render_svg_chart/* CHART_COLORS */.OK.candidate)], 'successful req/s', title, `Highest throughput meeting the SLO by size: ${listFigures(c, pick, 'req/s')}.`);
}
/** Req/s per vCPU by size, with the baseline's figure as the line linear scaling would keep. */
function renderPerVcpuBySizeChart(c, title) {
    const pick = (s) => s.throughputPerVcpuRps;
    const baseline = c.sizes.find((s) => s.vmSize === c.scalingBaseline?.vmSize && s.region === c.scalingBaseline.region);
    const series = [pointSeries('req/s per vCPU', c.sizes.map(pick), render_svg_chart/* CHART_COLORS */.OK.candidate)];
    if (baseline?.throughputPerVcpuRps != null) {
        const flat = baseline.throughputPerVcpuRps;
        series.push({
            name: 'linear scaling',
            type: 'line',
            data: c.sizes.map(() => flat),
            showSymbol: false,
            lineStyle: { width: 1, type: 'dashed', color: render_svg_chart/* CHART_COLORS */.OK.baseline },
            itemStyle: { color: render_svg_chart/* CHART_COLORS */.OK.baseline },
        });
    }
    return categoryChart(c, series, 'req/s per vCPU', title, `Throughput per vCPU by size: ${listFigures(c, pick, 'req/s')}; the dashed line is linear scaling from ${baseline ? baseline.label : 'the smallest size'}, and a size above it scales better than linearly.`);
}
/** Cost per million requests by size; sizes without a price or a result have no point. */
function renderCostBySizeChart(c, currency, title) {
    const pick = (s) => s.costPerMillionRequests;
    return categoryChart(c, [pointSeries('cost', c.sizes.map(pick), render_svg_chart/* CHART_COLORS */.OK.candidateSecondary)], `${currency} per million requests`, title, `Cost per million requests under the SLO by size: ${listFigures(c, pick, currency)}.`);
}
/**
 * p99 against throughput for every size, one line each through its trusted levels, with the
 * SLO's p99 limit as a horizontal line when the SLO has one.
 */
function renderLatencyBySizeChart(c, slo, title) {
    const p99Limit = slo.limits.find((l) => l.metric === 'p99');
    const series = c.sizes
        .map((s, i) => ({ s, color: sizeColor(i) }))
        .filter(({ s }) => s.levels.length > 0)
        .map(({ s, color }) => ({
        name: axisName(s),
        type: 'line',
        data: [...s.levels]
            .filter((l) => l.status === 'meets' || l.status === 'breaks')
            .sort((a, b) => a.throughputRps - b.throughputRps)
            .map((l) => [l.throughputRps, l.p99Us / 1000]),
        lineStyle: { width: 2, color },
        itemStyle: { color },
        symbolSize: 7,
    }));
    if (p99Limit && series[0]) {
        series[0] = {
            ...series[0],
            markLine: {
                silent: true,
                symbol: 'none',
                label: {
                    formatter: `SLO p99 ${p99Limit.operator} ${p99Limit.limit / 1000} ms`,
                    position: 'insideEndTop',
                },
                lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.text, type: 'dotted' },
                data: [{ yAxis: p99Limit.limit / 1000 }],
            },
        };
    }
    // Latency past twice the SLO only says "far too slow": cut it off so the region around the
    // limit, where the sizes differ, gets the height.
    const highestMs = Math.max(0, ...series.flatMap((x) => x.data.map((point) => point[1] ?? 0)));
    const capMs = p99Limit ? (2 * p99Limit.limit) / 1000 : undefined;
    const cut = capMs !== undefined && highestMs > capMs;
    const option = {
        grid: { left: 64, right: 24, top: 36, bottom: 44 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: 'value',
            name: 'successful req/s',
            nameLocation: 'middle',
            nameGap: 28,
            min: 0,
            splitLine: { show: false },
        },
        yAxis: {
            type: 'value',
            name: 'p99 (ms)',
            nameLocation: 'middle',
            nameGap: 48,
            min: 0,
            ...(cut && { max: capMs }),
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series,
    };
    return (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 320,
        title,
        description: `p99 latency against throughput, one line per size through its judged levels (generator-bound levels left out)${p99Limit
            ? `; the dotted line is the SLO, p99 ${p99Limit.operator} ${p99Limit.limit / 1000} ms`
            : ''}${cut ? '; latency above twice the SLO runs off the top' : ''}.`,
    });
}
//# sourceMappingURL=size-comparison-charts.js.map
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var report_html = __webpack_require__(45801);
;// CONCATENATED MODULE: ./lib/core/report/aggregate-html.js




/** Styles only this page needs, on top of the report's. */
const AGGREGATE_STYLE = `
.headline.none { border-left-color: var(--warn); }
.headline.lowest-cost, .headline.highest-throughput { border-left-color: var(--good); }
tr.recommended td { background: #f0fdf4; }
tr.recommended td:first-child { font-weight: 600; }
td.size, td.limit { white-space: nowrap; }
.l-meets { color: var(--good); }
.l-breaks { color: var(--bad); }
.l-generator-bound, .l-no-data { color: var(--muted); }
`;
const LEVEL_WORDS = {
    meets: 'meets',
    breaks: 'breaks',
    'generator-bound': 'generator-bound, not trusted',
    'no-data': 'no data',
};
const LIMIT_WORDS = {
    slo: 'the SLO',
    saturation: 'saturation',
    'highest-level': 'levels tested',
    generator: 'generator',
};
/** Ids unique within one page, for aria references; restarted for every page. */
let idCounter = 0;
function nextId(prefix) {
    idCounter += 1;
    return `${prefix}-${idCounter}`;
}
function chartFigure(kind, heading, svg) {
    const id = nextId('chart');
    return `<figure class="chart" data-chart="${kind}" aria-labelledby="${id}"><h4 id="${id}">${(0,report_html/* escapeHtml */.ZD)(heading)}</h4>${svg}</figure>`;
}
/** An id for a scenario's section: letters, digits and hyphens. */
function scenarioId(c, index) {
    return `scenario-${index + 1}-${c.scenario
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 40)}`;
}
function money(amount, currency, format) {
    return amount === null || currency === null ? '-' : `${format(amount)} ${(0,report_html/* escapeHtml */.ZD)(currency)}`;
}
function sizesTable(c) {
    const rec = c.recommendation;
    const rows = c.sizes.map((s) => {
        const b = s.best;
        const recommended = s.vmSize === rec.vmSize && s.region === rec.region;
        const level = b
            ? (0,report_html/* escapeHtml */.ZD)((0,metric_format/* shortLevelLabel */.lo)(b.model, b.level))
            : s.status === 'not-run'
                ? 'not run'
                : 'none meets';
        return `<tr${recommended ? ' class="recommended"' : ''}><td class="size">${(0,report_html/* escapeHtml */.ZD)(s.label)}${recommended ? '<br><span class="badge">recommended</span>' : ''}</td><td class="num">${s.vCpus ?? '?'}</td><td class="num">${level}</td><td class="num">${b ? (0,units/* formatRps */.N2)(b.throughputRps) : '-'}</td><td class="num">${b ? (0,units/* formatUs */.oC)(b.p99Us) : '-'}</td><td class="num">${b ? (0,units/* formatRatioPercent */.Qq)(b.errorRate) : '-'}</td><td class="limit">${s.limit ? (s.limit === 'generator' ? `<span class="flag">${LIMIT_WORDS[s.limit]}</span>` : LIMIT_WORDS[s.limit]) : '-'}</td><td class="num">${s.throughputPerVcpuRps === null ? '-' : (0,units/* formatRps */.N2)(s.throughputPerVcpuRps)}</td><td class="num">${s.scalingEfficiency === null ? '-' : (0,units/* formatRatioPercent */.Qq)(s.scalingEfficiency)}</td><td class="num">${money(s.hourlyPrice, s.currency, units/* formatHourlyPrice */.m2)}</td><td class="num">${money(s.costPerMillionRequests, s.currency, units/* formatCostPerMillion */.EC)}</td></tr>`;
    });
    const baseline = c.scalingBaseline
        ? `req/s per vCPU relative to ${(0,report_html/* escapeHtml */.ZD)(c.scalingBaseline.vmSize)}`
        : 'none, as no size met the SLO';
    return `<div class="table-wrap"><table data-table="sizes"><caption class="muted">Best level: the highest throughput meeting the SLO; generator-bound levels are never counted. Limited by: what kept it from going higher (the SLO broken at the next level, saturation, no higher level tested, or generator-bound levels above it). Scaling: ${baseline}.</caption><thead><tr><th>VM size</th><th class="num">vCPUs</th><th class="num">Best level</th><th class="num">req/s under SLO</th><th class="num">p99</th><th class="num">errors</th><th>Limited by</th><th class="num">req/s per vCPU</th><th class="num">Scaling</th><th class="num">Price/h</th><th class="num">Cost/1M req</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
function levelsTable(c) {
    const rows = c.sizes.flatMap((s) => s.levels.map((l) => `<tr><td class="size">${(0,report_html/* escapeHtml */.ZD)(s.label)}</td><td class="num">${(0,report_html/* escapeHtml */.ZD)((0,metric_format/* shortLevelLabel */.lo)(l.model, l.level))}</td><td class="num">${(0,units/* formatRps */.N2)(l.throughputRps)}</td><td class="num">${(0,units/* formatUs */.oC)(l.p50Us)}</td><td class="num">${(0,units/* formatUs */.oC)(l.p99Us)}</td><td class="num">${(0,units/* formatRatioPercent */.Qq)(l.errorRate)}</td><td class="l-${l.status}">${LEVEL_WORDS[l.status]}</td><td class="why">${(0,report_html/* escapeHtml */.ZD)(l.reason)}</td></tr>`));
    const summaries = c.sizes
        .map((s) => `<li><strong>${(0,report_html/* escapeHtml */.ZD)(s.label)}</strong>: ${(0,report_html/* escapeHtml */.ZD)(s.summary)}</li>`)
        .join('');
    return `<ul>${summaries}</ul><details><summary>Every level against the SLO</summary><div class="table-wrap"><table data-table="levels"><thead><tr><th>VM size</th><th class="num">Level</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">errors</th><th>SLO</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
}
function scenarioSection(report, c) {
    const name = c.scenario;
    const charts = [
        chartFigure('throughput-by-size', `${name}: highest throughput under the SLO`, renderThroughputBySizeChart(c, `${name}: highest throughput under the SLO`)),
        chartFigure('per-vcpu-by-size', `${name}: throughput per vCPU`, renderPerVcpuBySizeChart(c, `${name}: throughput per vCPU`)),
    ];
    if (report.currency !== null && c.sizes.some((s) => s.costPerMillionRequests !== null)) {
        charts.push(chartFigure('cost-by-size', `${name}: cost per million requests`, renderCostBySizeChart(c, report.currency, `${name}: cost per million requests`)));
    }
    charts.push(chartFigure('latency-by-size', `${name}: p99 against throughput, by size`, renderLatencyBySizeChart(c, report.slo, `${name}: p99 against throughput, by size`)));
    const notes = c.notes.length > 0
        ? `<ul class="muted">${c.notes.map((n) => `<li>${(0,report_html/* escapeHtml */.ZD)(n)}</li>`).join('')}</ul>`
        : '';
    return `<p class="headline ${c.recommendation.basis}" data-recommendation>${(0,report_html/* escapeHtml */.ZD)(c.recommendation.sentence)}</p>${sizesTable(c)}${notes}<div class="charts-row two">${charts.join('')}</div>${levelsTable(c)}`;
}
function pricesSection(report) {
    const priced = report.sizes.filter((s) => s.price !== null);
    const rows = priced.map((s) => {
        const p = s.price;
        const source = p.source === 'retail-prices-api'
            ? 'Azure Retail Prices API'
            : `configured table${p.asOf ? ` (as of ${(0,report_html/* escapeHtml */.ZD)(p.asOf)})` : ''}`;
        const meter = p.meter
            ? `${(0,report_html/* escapeHtml */.ZD)(p.meter.productName)} / ${(0,report_html/* escapeHtml */.ZD)(p.meter.meterName)}${p.meter.effectiveStartDate ? `, in effect since ${(0,report_html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(p.meter.effectiveStartDate))}` : ''}`
            : '-';
        return `<tr><td class="size">${(0,report_html/* escapeHtml */.ZD)(s.vmSize)}</td><td>${(0,report_html/* escapeHtml */.ZD)(s.region)}</td><td class="num">${(0,units/* formatHourlyPrice */.m2)(p.hourlyPrice)} ${(0,report_html/* escapeHtml */.ZD)(p.currency)}</td><td>${source}</td><td>${(0,report_html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(p.fetchedAt))}</td><td>${meter}</td></tr>`;
    });
    const table = rows.length > 0
        ? `<div class="table-wrap"><table data-table="prices"><thead><tr><th>VM size</th><th>Region</th><th class="num">Price/hour</th><th>Source</th><th>Read at</th><th>Meter</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
        : '<p>No size has a price: costs are unknown.</p>';
    const missing = report.missingPrices.length > 0
        ? `<ul>${report.missingPrices.map((m) => `<li>No price for ${(0,report_html/* escapeHtml */.ZD)(m.vmSize)} in ${(0,report_html/* escapeHtml */.ZD)(m.region)}: ${(0,report_html/* escapeHtml */.ZD)(m.reason)}</li>`).join('')}</ul>`
        : '';
    return `${table}<p class="muted">Pay-as-you-go Linux prices (no Spot, Low Priority, reservation or Windows). Cost per million requests = price per hour / (req/s × 3,600) × 1,000,000, at the highest throughput meeting the SLO.</p>${missing}`;
}
function runsSection(report) {
    const rows = report.sizes.map((s) => `<tr><td class="size">${(0,report_html/* escapeHtml */.ZD)(s.vmSize)}</td><td>${(0,report_html/* escapeHtml */.ZD)(s.region)}</td><td class="num">${s.vCpus ?? '?'}${s.vCpusSource === 'given' ? ' (given)' : ''}</td><td>${(0,report_html/* escapeHtml */.ZD)(s.run.id)}</td><td>${(0,report_html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(s.run.startedAt))}</td><td>${(0,report_html/* escapeHtml */.ZD)(s.run.outcome)}${s.run.partial ? ' (partial)' : ''}</td><td class="name">${(0,report_html/* escapeHtml */.ZD)(s.run.imageDigest ?? s.run.image ?? '-')}</td><td class="name">${(0,report_html/* escapeHtml */.ZD)(s.run.source ?? '-')}</td></tr>`);
    return `<div class="table-wrap"><table data-table="runs"><thead><tr><th>VM size</th><th>Region</th><th class="num">vCPUs</th><th>Run</th><th>Started</th><th>Outcome</th><th>Image</th><th>Read from</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
/** Renders the size comparison as one HTML document with inline CSS and SVG, and no script. */
function renderAggregateHtml(report) {
    idCounter = 0;
    const sections = report.scenarios.map((c, i) => [
        scenarioId(c, i),
        c.scenario,
        scenarioSection(report, c),
    ]);
    sections.push(['prices', 'Prices', pricesSection(report)]);
    if (report.notes.length > 0) {
        sections.push([
            'notes',
            'Notes',
            `<ul>${report.notes.map((n) => `<li>${(0,report_html/* escapeHtml */.ZD)(n)}</li>`).join('')}</ul>`,
        ]);
    }
    sections.push(['runs', 'Reports compared', runsSection(report)]);
    const sloNote = report.slo.defaultErrorRate ? ' (default error-rate limit)' : '';
    const sub = `${report.sizes.length} VM size${report.sizes.length === 1 ? '' : 's'} · ${report.scenarios.length} scenario${report.scenarios.length === 1 ? '' : 's'} · SLO ${report.slo.label}${sloNote} · compared ${(0,units/* formatUtc */.ay)(report.createdAt)}`;
    const title = `${report.product}: VM-size comparison, ${(0,units/* formatUtc */.ay)(report.createdAt)}`;
    const body = sections
        .map(([id, label, html]) => `<section id="${id}"><h2>${(0,report_html/* escapeHtml */.ZD)(label)}</h2>${html}</section>`)
        .join('\n');
    const nav = `<nav aria-label="Sections">${sections
        .map(([id, label]) => `<a href="#${id}">${(0,report_html/* escapeHtml */.ZD)(label)}</a>`)
        .join('')}</nav>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action">
<title>${(0,report_html/* escapeHtml */.ZD)(title)}</title>
<style>${report_html/* HTML_REPORT_STYLE */.B}${AGGREGATE_STYLE}</style>
</head>
<body>
<main>
<header><h1>${(0,report_html/* escapeHtml */.ZD)(report.product)}: VM-size comparison</h1><p class="sub">${(0,report_html/* escapeHtml */.ZD)(sub)}</p></header>
${nav}
${body}
<footer>Written by bench-action at ${(0,report_html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(report.createdAt))} from ${report.sizes.length} run report${report.sizes.length === 1 ? '' : 's'}. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
//# sourceMappingURL=aggregate-html.js.map
;// CONCATENATED MODULE: ./lib/core/report/aggregate-json.js
/** `aggregate.json`: the size comparison as pretty JSON, keys in the order the schema declares. */


/**
 * Renders `aggregate.json`. Parsing through the schema checks the model and rebuilds every
 * object in schema order, so two comparisons of the same reports are byte-comparable.
 */
function renderAggregateJson(report) {
    const parsed = AggregateReportSchema.safeParse(report);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
        // A comparison the schema rejects would mislead every reader of the file: stop instead.
        throw new errors/* BenchError */.LR('AGGREGATE_INVALID', `the size comparison does not match its schema (${issues})`, 'This is a bug in bench-action: please report it with the reports that were aggregated.');
    }
    return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
//# sourceMappingURL=aggregate-json.js.map
// EXTERNAL MODULE: ./lib/core/report/markdown-text.js
var markdown_text = __webpack_require__(6257);
;// CONCATENATED MODULE: ./lib/core/report/aggregate-markdown.js



/** Upper bound on the rendered length, in characters. */
const AGGREGATE_MARKDOWN_MAX_CHARS = 60_000;
/** Longest free text kept in one cell or line. */
const MAX_CELL_CHARS = 400;
const escapeMd = (text) => (0,markdown_text/* escapeMarkdown */.F)(text, MAX_CELL_CHARS);
/** Quotes a string for Mermaid (no double quotes, backticks or angle brackets inside). */
function mermaidString(text) {
    const plain = text
        .replace(/["`\\]/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/[\r\n]+/g, ' ');
    return `"${plain.slice(0, 80)}"`;
}
/** What an unknown figure shows. */
const NONE = '-';
function aggregate_markdown_money(amount, currency, format) {
    return amount === null || currency === null ? NONE : `${format(amount)} ${escapeMd(currency)}`;
}
function sizeRow(s, recommended) {
    const name = recommended ? `**${escapeMd(s.label)}**` : escapeMd(s.label);
    const b = s.best;
    const bound = s.limit === 'generator' ? ' ⚠' : '';
    const cells = [
        name,
        s.vCpus === null ? '?' : String(s.vCpus),
        b
            ? `${(0,metric_format/* shortLevelLabel */.lo)(b.model, b.level)}${bound}`
            : s.status === 'not-run'
                ? 'not run'
                : 'none',
        b ? (0,units/* formatRps */.N2)(b.throughputRps) : NONE,
        b ? (0,units/* formatUs */.oC)(b.p99Us) : NONE,
        b ? (0,units/* formatRatioPercent */.Qq)(b.errorRate) : NONE,
        s.throughputPerVcpuRps === null ? NONE : (0,units/* formatRps */.N2)(s.throughputPerVcpuRps),
        s.scalingEfficiency === null ? NONE : (0,units/* formatRatioPercent */.Qq)(s.scalingEfficiency),
        aggregate_markdown_money(s.hourlyPrice, s.currency, units/* formatHourlyPrice */.m2),
        aggregate_markdown_money(s.costPerMillionRequests, s.currency, units/* formatCostPerMillion */.EC),
    ];
    return `| ${cells.join(' | ')} |`;
}
function costChart(c) {
    const priced = c.sizes.filter((s) => s.costPerMillionRequests !== null);
    // One bar says nothing the table does not.
    if (priced.length < 2)
        return [];
    const currency = priced[0].currency ?? '';
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${mermaidString(`${c.scenario}: cost per million requests under the SLO (${currency})`)}`,
        `  x-axis [${priced.map((s) => mermaidString(s.label.replace(/^Standard_/, ''))).join(', ')}]`,
        `  y-axis ${mermaidString(`${currency} per million requests`)}`,
        `  bar [${priced.map((s) => String(Number(s.costPerMillionRequests.toPrecision(3)))).join(', ')}]`,
        '```',
    ];
}
function aggregate_markdown_scenarioSection(c) {
    const rec = c.recommendation;
    const isRecommended = (s) => s.vmSize === rec.vmSize && s.region === rec.region;
    const baseline = c.scalingBaseline ? escapeMd(c.scalingBaseline.vmSize) : undefined;
    const lines = [
        `### ${escapeMd(c.scenario)}`,
        '',
        `**${escapeMd(rec.sentence)}**`,
        '',
        '| VM size | vCPUs | Best level | req/s under SLO | p99 | errors | req/s per vCPU | Scaling | Price/hour | Cost per 1M requests |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...c.sizes.map((s) => sizeRow(s, isRecommended(s))),
        '',
        `Best level: the highest throughput meeting the SLO, generator-bound levels never counted (⚠: higher levels were generator-bound). Scaling: req/s per vCPU relative to ${baseline ?? 'the smallest size with a result'}.`,
        '',
    ];
    const chart = costChart(c);
    if (chart.length > 0)
        lines.push(...chart, '');
    lines.push('<details><summary>Why each size stopped where it did</summary>', '', ...c.sizes.map((s) => `- ${escapeMd(s.label)}: ${escapeMd(s.summary)}`), '', '</details>', '');
    if (c.notes.length > 0)
        lines.push(...c.notes.map((n) => `- ${escapeMd(n)}`), '');
    return lines;
}
function aggregate_markdown_pricesSection(report) {
    const priced = report.sizes.filter((s) => s.price !== null);
    const lines = ['### Prices', ''];
    if (priced.length > 0) {
        lines.push('| VM size | Region | Price/hour | Source | Read at | Meter |', '|---|---|---:|---|---|---|', ...priced.map((s) => {
            const p = s.price;
            const source = p.source === 'retail-prices-api'
                ? 'Azure Retail Prices API'
                : `configured table${p.asOf ? ` (as of ${escapeMd(p.asOf)})` : ''}`;
            const meterText = p.meter ? `${p.meter.productName} / ${p.meter.meterName}` : '-';
            return `| ${escapeMd(s.vmSize)} | ${escapeMd(s.region)} | ${(0,units/* formatHourlyPrice */.m2)(p.hourlyPrice)} ${escapeMd(p.currency)} | ${source} | ${(0,units/* formatUtc */.ay)(p.fetchedAt)} | ${escapeMd(meterText)} |`;
        }), '', 'Pay-as-you-go Linux prices (no Spot, Low Priority, reservation or Windows); cost per million requests = price per hour / (req/s × 3,600) × 1,000,000.', '');
    }
    if (report.missingPrices.length > 0) {
        lines.push(...report.missingPrices.map((m) => `- No price for ${escapeMd(m.vmSize)} in ${escapeMd(m.region)}: ${escapeMd(m.reason)}`), '');
    }
    return lines;
}
function aggregate_markdown_runsSection(report) {
    return [
        '<details><summary>Reports compared</summary>',
        '',
        '| VM size | Region | Run | Started | Outcome | Image |',
        '|---|---|---|---|---|---|',
        ...report.sizes.map((s) => `| ${escapeMd(s.vmSize)} | ${escapeMd(s.region)} | ${escapeMd(s.run.id)} | ${(0,units/* formatUtc */.ay)(s.run.startedAt)} | ${s.run.outcome}${s.run.partial ? ' (partial)' : ''} | ${escapeMd(s.run.imageDigest ?? s.run.image ?? '-')} |`),
        '',
        '</details>',
        '',
    ];
}
/** Renders the size comparison as Markdown, never longer than `AGGREGATE_MARKDOWN_MAX_CHARS`. */
function renderAggregateMarkdown(report, opts = {}) {
    const sloNote = report.slo.defaultErrorRate
        ? ' The error-rate limit is the default, as the SLO names none.'
        : '';
    const lines = [
        `## ${escapeMd(report.product)}: VM-size comparison`,
        '',
        `SLO: ${escapeMd(report.slo.label)}.${sloNote} ${report.sizes.length} size${report.sizes.length === 1 ? '' : 's'}, ${report.scenarios.length} scenario${report.scenarios.length === 1 ? '' : 's'}; compared ${(0,units/* formatUtc */.ay)(report.createdAt)}.`,
        '',
    ];
    if (opts.reportLink)
        lines.push(`Charts and every level: [the full comparison](${(0,markdown_text/* safeMarkdownLink */.x)(opts.reportLink)})`, '');
    for (const c of report.scenarios)
        lines.push(...aggregate_markdown_scenarioSection(c));
    lines.push(...aggregate_markdown_pricesSection(report));
    if (report.notes.length > 0) {
        lines.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMd(n)}`), '');
    }
    lines.push(...aggregate_markdown_runsSection(report));
    let text = `${lines.join('\n').trimEnd()}\n`;
    if (text.length > AGGREGATE_MARKDOWN_MAX_CHARS) {
        const tail = `\n\n_Cut at ${AGGREGATE_MARKDOWN_MAX_CHARS} characters; aggregate.json and the HTML comparison have everything._\n`;
        text = text.slice(0, AGGREGATE_MARKDOWN_MAX_CHARS - tail.length) + tail;
    }
    return text;
}
//# sourceMappingURL=aggregate-markdown.js.map
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
// EXTERNAL MODULE: ./lib/core/config/value-rules.js
var value_rules = __webpack_require__(33961);
;// CONCATENATED MODULE: ./lib/core/pricing/retail-prices.js
/**
 * The Azure Retail Prices API (`GET https://prices.azure.com/api/retail/prices`, public, no
 * sign-in), as pure functions: the query for one VM size in one region and currency, the shape
 * of an answer page, and the choice of the pay-as-you-go Linux hourly price among the meters it
 * returns. The HTTP side (paging, retries, the fallback table) is `edges/azure/retail-prices-client.ts`.
 *
 * A `$filter` on size, region and `priceType eq 'Consumption'` still returns several meters per
 * size: the Linux one, the Windows one (`productName` ends in "Windows"), Spot and Low Priority
 * (`skuName`/`meterName` contain "Spot" / "Low Priority"), sometimes copies for a non-primary
 * meter region, and superseded prices. `pickLinuxPayAsYouGoPrice` leaves all of those out and says
 * why when nothing is left, rather than averaging or taking the first item.
 */



/** Where the public API lives. */
const RETAIL_PRICES_URL = 'https://prices.azure.com/api/retail/prices';
/** The `unitOfMeasure` of an hourly VM meter. */
const HOURLY_UNIT = '1 Hour';
/** One meter of an answer page. Unknown fields are kept; the API adds some over time. */
const RetailPriceItemSchema = schemas/* looseObject */._H3({
    currencyCode: schemas/* string */.YjP().describe('Currency of retailPrice and unitPrice'),
    tierMinimumUnits: schemas/* number */.aig().optional().describe('Units from which this tier applies'),
    retailPrice: schemas/* number */.aig().describe('Retail price per unitOfMeasure'),
    unitPrice: schemas/* number */.aig().optional().describe('Same as retailPrice for retail prices'),
    armRegionName: schemas/* string */.YjP().describe('Region, e.g. westeurope'),
    location: schemas/* string */.YjP().optional().describe('Display name of the region, e.g. EU West'),
    effectiveStartDate: schemas/* string */.YjP().optional().describe('When this price took effect, ISO 8601'),
    effectiveEndDate: schemas/* string */.YjP().optional().describe('When this price stopped, if it did'),
    meterId: schemas/* string */.YjP().optional().describe('Meter GUID'),
    meterName: schemas/* string */.YjP().describe('e.g. "D4s v5", "D4s v5 Spot", "D4s v5 Low Priority"'),
    productName: schemas/* string */.YjP().describe('e.g. "Virtual Machines Dsv5 Series" (Linux) or "… Windows"'),
    skuName: schemas/* string */.YjP().describe('e.g. "D4s v5", "D4s v5 Spot"'),
    serviceName: schemas/* string */.YjP().describe('"Virtual Machines" for VMs'),
    serviceFamily: schemas/* string */.YjP().optional().describe('"Compute" for VMs'),
    unitOfMeasure: schemas/* string */.YjP().describe('"1 Hour" for VM meters'),
    type: schemas/* string */.YjP().describe('Consumption, DevTestConsumption or Reservation'),
    isPrimaryMeterRegion: schemas/* boolean */.zMY().optional().describe('False for copies in other regions'),
    armSkuName: schemas/* string */.YjP().describe('ARM size name, e.g. Standard_D4s_v5'),
});
/** One answer page. */
const RetailPricesPageSchema = schemas/* looseObject */._H3({
    BillingCurrency: schemas/* string */.YjP().optional().describe('Currency the answer is in'),
    CustomerEntityId: schemas/* string */.YjP().optional(),
    CustomerEntityType: schemas/* string */.YjP().optional(),
    Items: schemas/* array */.YOg(RetailPriceItemSchema).describe('Meters of this page'),
    NextPageLink: schemas/* string */.YjP().nullable().optional().describe('URL of the next page; null on the last'),
    Count: schemas/* number */.aig().optional().describe('Items on this page'),
});
/** ISO 4217: three capital letters. */
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/**
 * A problem with a query, or undefined when it can be sent. Sizes and regions follow the value
 * rules every other input follows; anything else would never match and might break the filter.
 */
function checkRetailPriceQuery(query) {
    if (!(0,value_rules/* matchesRule */.Ib)('vmSize', query.vmSize))
        return `"${query.vmSize}" is not ${value_rules/* valueRules */.Ni.vmSize.expected}`;
    if (!(0,value_rules/* matchesRule */.Ib)('region', query.region))
        return `"${query.region}" is not ${value_rules/* valueRules */.Ni.region.expected}`;
    if (!CURRENCY_PATTERN.test(query.currency))
        return `"${query.currency}" is not an ISO 4217 currency code (e.g. USD, EUR)`;
    return undefined;
}
/** An OData string literal: single quotes, an inner quote doubled. */
function odataString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * The `$filter` for one size in one region: VMs, pay-as-you-go (`Consumption`; reservations and
 * Dev/Test prices are other price types). Spot, Low Priority and Windows share these fields, so
 * they are left out afterwards by `pickLinuxPayAsYouGoPrice`.
 */
function buildRetailPricesFilter(query) {
    return [
        `serviceName eq ${odataString('Virtual Machines')}`,
        `armRegionName eq ${odataString(query.region)}`,
        `armSkuName eq ${odataString(query.vmSize)}`,
        `priceType eq ${odataString('Consumption')}`,
    ].join(' and ');
}
/**
 * The first page's URL: the currency is a query parameter of its own (`currencyCode='EUR'`), not
 * part of the filter. Spaces are sent as `%20`: a `+` is not a space to every OData server.
 * Throws `PRICE_QUERY_INVALID` for a query `checkRetailPriceQuery` refuses.
 */
function buildRetailPricesUrl(query, baseUrl = RETAIL_PRICES_URL) {
    const problem = checkRetailPriceQuery(query);
    if (problem) {
        throw (0,errors/* inputError */.Xu)('PRICE_QUERY_INVALID', `Cannot ask the Retail Prices API: ${problem}.`);
    }
    const currency = encodeURIComponent(odataString(query.currency));
    const filter = encodeURIComponent(buildRetailPricesFilter(query));
    const sep = baseUrl.includes('?') ? '&' : '?';
    return `${baseUrl}${sep}currencyCode=${currency}&$filter=${filter}`;
}
/** What kind of meter an item is, by the names the API gives Spot, Low Priority and Windows. */
function classifyMeter(item) {
    const names = `${item.meterName} ${item.skuName}`;
    if (/\bSpot\b/i.test(names))
        return 'spot';
    if (/\bLow Priority\b/i.test(names))
        return 'low-priority';
    if (/\bWindows\b/i.test(item.productName))
        return 'windows';
    if (item.type !== 'Consumption' || item.serviceName !== 'Virtual Machines')
        return 'other';
    return 'linux-pay-as-you-go';
}
/** True when `pickLinuxPayAsYouGoPrice` found no price. */
function isNoRetailPrice(x) {
    return 'problem' in x;
}
function timeOf(iso) {
    if (iso === undefined)
        return Number.NEGATIVE_INFINITY;
    const t = Date.parse(iso);
    return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}
/**
 * Picks the pay-as-you-go Linux hourly price of `query.vmSize` in `query.region` from the items
 * of every page. Leaves out Spot, Low Priority, Windows, other price types, other units, tiers
 * above zero, prices not yet or no longer in effect at `now`; prefers the primary meter region,
 * then the most recent effective date. Two different prices left after that are ambiguous: no
 * price rather than a guess.
 */
function pickLinuxPayAsYouGoPrice(items, query, now) {
    const nowMs = now.getTime();
    const ofSize = items.filter((i) => i.armSkuName === query.vmSize && i.armRegionName === query.region);
    const where = `${query.vmSize} in ${query.region}`;
    if (ofSize.length === 0) {
        return { problem: `the Retail Prices API has no meter for ${where}` };
    }
    const kinds = new Map();
    const linux = ofSize.filter((i) => {
        const kind = classifyMeter(i);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        return kind === 'linux-pay-as-you-go';
    });
    const usable = linux.filter((i) => i.unitOfMeasure === HOURLY_UNIT &&
        (i.tierMinimumUnits ?? 0) === 0 &&
        i.retailPrice > 0 &&
        Number.isFinite(i.retailPrice) &&
        i.currencyCode === query.currency &&
        timeOf(i.effectiveStartDate) <= nowMs &&
        (i.effectiveEndDate === undefined || timeOf(i.effectiveEndDate) > nowMs));
    if (usable.length === 0) {
        const seen = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
        const why = linux.length > 0
            ? `its ${linux.length} Linux pay-as-you-go meter${linux.length === 1 ? ' is' : 's are'} not an hourly ${query.currency} price in effect now`
            : 'none is a Linux pay-as-you-go meter';
        return {
            problem: `the Retail Prices API returned ${ofSize.length} meters for ${where} (${seen}), but ${why}`,
        };
    }
    const primary = usable.filter((i) => i.isPrimaryMeterRegion !== false);
    const pool = primary.length > 0 ? primary : usable;
    const latest = Math.max(...pool.map((i) => timeOf(i.effectiveStartDate)));
    const current = pool.filter((i) => timeOf(i.effectiveStartDate) === latest);
    const prices = [...new Set(current.map((i) => i.retailPrice))];
    if (prices.length > 1) {
        return {
            problem: `the Retail Prices API returned ${prices.length} different Linux pay-as-you-go prices for ${where} (${prices.join(', ')} ${query.currency}/hour, ${current.map((i) => `"${i.productName}"`).join(', ')}); none was chosen`,
        };
    }
    const chosen = current[0];
    return {
        hourlyPrice: chosen.retailPrice,
        currency: chosen.currencyCode,
        meterName: chosen.meterName,
        productName: chosen.productName,
        skuName: chosen.skuName,
        ...(chosen.effectiveStartDate !== undefined && {
            effectiveStartDate: chosen.effectiveStartDate,
        }),
    };
}
//# sourceMappingURL=retail-prices.js.map
;// CONCATENATED MODULE: ./lib/edges/azure/retail-prices-client.js
/**
 * Reads VM prices from the Azure Retail Prices API (public, no sign-in): one query per size and
 * region, every page followed through `NextPageLink`, 429/5xx and dropped connections retried a
 * bounded number of times with injectable waits, each retry logged. When the API cannot answer
 * (no egress, an outage, a size it does not list), the configured table (`cloud.prices.table`)
 * gives the price instead, and the price says so.
 */




const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A price error; without a hint, the registry's for its code. */
function pricesError(code, message, hint, cause) {
    return new errors/* BenchError */.LR(code, message, hint, { cause });
}
/** Whether a status is worth retrying. */
function isRetriable(status) {
    return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}
/** The short form of a URL for the log: path and `$skip`, not the whole filter. */
function describePage(url) {
    const u = new URL(url);
    const skip = u.searchParams.get('$skip');
    return `${u.pathname}${skip ? ` ($skip=${skip})` : ''}`;
}
/** One page, retried on 429/5xx and dropped connections. */
async function fetchPage(url, opts) {
    for (let attempt = 1;; attempt++) {
        let response;
        let failure;
        try {
            response = await opts.fetch(url, { signal: AbortSignal.timeout(opts.requestTimeoutMs) });
        }
        catch (error) {
            failure = error;
        }
        if (response && !isRetriable(response.status)) {
            const text = await response.text();
            if (!response.ok) {
                const code = response.status === 400 ? 'PRICES_QUERY_REJECTED' : 'PRICES_API_UNAVAILABLE';
                throw pricesError(code, `The Retail Prices API answered ${response.status} to ${describePage(url)}: ${text.slice(0, 300)}`);
            }
            try {
                return RetailPricesPageSchema.parse(JSON.parse(text));
            }
            catch (error) {
                throw pricesError('PRICES_ANSWER_INVALID', `The Retail Prices API's answer to ${describePage(url)} is not a page of prices (${error.message.slice(0, 200)}).`, undefined, error);
            }
        }
        const why = response ? `answered ${response.status}` : `failed (${failure.message})`;
        if (attempt >= opts.maxAttempts) {
            throw pricesError('PRICES_API_UNAVAILABLE', `The Retail Prices API ${why} to ${describePage(url)}, ${opts.maxAttempts} times.`, undefined, failure);
        }
        const header = response?.headers.get('retry-after') ?? undefined;
        await response?.body?.cancel();
        const retryAfterMs = (0,classify_arm_error/* parseRetryAfterMs */.oR)(header, opts.now().getTime());
        const delayMs = Math.min(opts.maxDelayMs, retryAfterMs ?? opts.baseDelayMs * 2 ** (attempt - 1));
        opts.log(`Retail Prices API ${describePage(url)} ${why}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${opts.maxAttempts})`);
        await opts.sleep(delayMs);
    }
}
function withDefaults(opts) {
    return {
        fetch: opts.fetch ?? ((url, init) => fetch(url, init)),
        maxAttempts: opts.maxAttempts ?? 4,
        baseDelayMs: opts.baseDelayMs ?? 1_000,
        maxDelayMs: opts.maxDelayMs ?? 30_000,
        sleep: opts.sleep ?? defaultSleep,
        maxPages: opts.maxPages ?? 20,
        requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
        log: opts.log ?? (() => undefined),
        now: opts.now ?? (() => new Date()),
    };
}
/**
 * Every meter the API returns for `query`, all pages. Follows `NextPageLink` only to the API's
 * own origin (a link elsewhere is refused, not followed) and at most `maxPages` times.
 */
async function fetchRetailPriceItems(query, options = {}) {
    const opts = withDefaults(options);
    const baseUrl = options.baseUrl ?? RETAIL_PRICES_URL;
    const origin = new URL(baseUrl).origin;
    const items = [];
    let url = buildRetailPricesUrl(query, baseUrl);
    for (let page = 1; url; page++) {
        if (page > opts.maxPages) {
            throw pricesError('PRICES_ANSWER_INVALID', `The Retail Prices API kept paging past ${opts.maxPages} pages for ${query.vmSize} in ${query.region}.`);
        }
        const answer = await fetchPage(url, opts);
        items.push(...answer.Items);
        url = answer.NextPageLink;
        if (url && new URL(url).origin !== origin) {
            throw pricesError('PRICES_ANSWER_INVALID', `The Retail Prices API's NextPageLink points at ${new URL(url).origin}, not ${origin}; it was not followed.`);
        }
    }
    return items;
}
/**
 * The pay-as-you-go Linux hourly price of one size in one region from the API. Throws a
 * `BenchError`: `PRICE_NOT_FOUND` when the API lists no such meter, `PRICES_API_UNAVAILABLE`,
 * `PRICES_QUERY_REJECTED` or `PRICES_ANSWER_INVALID` when the API could not be read.
 */
async function fetchVmHourlyPrice(query, options = {}) {
    const now = (options.now ?? (() => new Date()))();
    const items = await fetchRetailPriceItems(query, options);
    const picked = pickLinuxPayAsYouGoPrice(items, query, now);
    if (isNoRetailPrice(picked)) {
        throw pricesError('PRICE_NOT_FOUND', `No pay-as-you-go Linux price for ${query.vmSize} in ${query.region}: ${picked.problem}.`, `Check the size and region spelling, or give the price in cloud.prices.table.${query.vmSize}.${query.region}.`);
    }
    return {
        vmSize: query.vmSize,
        region: query.region,
        hourlyPrice: picked.hourlyPrice,
        currency: picked.currency,
        source: 'retail-prices-api',
        fetchedAt: now.toISOString(),
        meter: {
            meterName: picked.meterName,
            productName: picked.productName,
            skuName: picked.skuName,
            ...(picked.effectiveStartDate !== undefined && {
                effectiveStartDate: picked.effectiveStartDate,
            }),
        },
    };
}
/**
 * Prices of every size and region in `placements`, in `config.currency`: from the API when
 * `config.source` is `api` (the table when the API fails for a size, with a note saying why),
 * from the table only when it is `table`. Never throws for a missing price: that size is listed
 * in `missingPrices` with the reason, and the comparison says it has no cost.
 */
async function lookupVmPrices(placements, config, options = {}) {
    const log = options.log ?? (() => undefined);
    const now = options.now ?? (() => new Date());
    const prices = [];
    const missingPrices = [];
    for (const { vmSize, region } of placements) {
        const query = { vmSize, region, currency: config.currency };
        if (config.source === 'table') {
            const price = (0,prices_config/* priceFromTable */.mV)(config, vmSize, region, now());
            if (price)
                prices.push(price);
            else
                missingPrices.push({
                    vmSize,
                    region,
                    reason: `cloud.prices.table has no price for it (and cloud.prices.source is table, so the API was not asked)`,
                });
            continue;
        }
        const invalid = checkRetailPriceQuery(query);
        let failure;
        if (invalid) {
            failure = invalid;
        }
        else {
            try {
                prices.push(await fetchVmHourlyPrice(query, options));
                continue;
            }
            catch (error) {
                if (!(error instanceof errors/* BenchError */.LR))
                    throw error;
                failure = error.message;
            }
        }
        const fallback = (0,prices_config/* priceFromTable */.mV)(config, vmSize, region, now(), `the Retail Prices API gave no price (${failure.replace(/\.$/, '')}); the configured table's price was used`);
        if (fallback) {
            log(`${vmSize} in ${region}: ${failure} Using cloud.prices.table instead.`);
            prices.push(fallback);
        }
        else {
            log(`${vmSize} in ${region}: ${failure} cloud.prices.table has no price either.`);
            missingPrices.push({
                vmSize,
                region,
                reason: `${failure.replace(/\.$/, '')}; cloud.prices.table has no price for it either`,
            });
        }
    }
    return { prices, missingPrices };
}
//# sourceMappingURL=retail-prices-client.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/edges/files/read-run-report.js
var read_run_report = __webpack_require__(70339);
;// CONCATENATED MODULE: ./lib/edges/files/read-report-set.js




/** Name of the report file in a report directory. */
const RESULT_FILE_NAME = 'result.json';
/** Folders below the given directory that are searched (artifact / run directory / …). */
const MAX_DEPTH = 6;
/** Every `result.json` below `dir`, in path order; symbolic links are not followed. */
async function findResultFiles(dir, depth) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        // A folder that vanished or cannot be listed holds nothing we could read.
        return [];
    }
    const found = [];
    for (const entry of [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isFile() && entry.name === RESULT_FILE_NAME)
            found.push(path);
        else if (entry.isDirectory() && depth < MAX_DEPTH)
            found.push(...(await findResultFiles(path, depth + 1)));
    }
    return found;
}
/**
 * Reads every `result.json` below `dir`. Throws an input error when `dir` is missing or not a
 * directory (`REPORT_SET_NOT_FOUND`), or holds no `result.json` at all (`REPORT_SET_EMPTY`);
 * files that are not reports are returned in `unreadable`, never thrown.
 */
async function readReportSet(dir) {
    try {
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            throw new Error('not a directory');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('REPORT_SET_NOT_FOUND', `${dir}: no such directory.`, undefined, error);
    }
    const files = await findResultFiles(dir, 0);
    if (files.length === 0) {
        throw (0,errors/* inputError */.Xu)('REPORT_SET_EMPTY', `${dir}: no ${RESULT_FILE_NAME} in it or in the ${MAX_DEPTH} folder levels below.`);
    }
    const reports = [];
    const unreadable = [];
    for (const file of files) {
        try {
            reports.push({ file, report: await (0,read_run_report/* readRunReport */.m)(file, 'Report') });
        }
        catch (error) {
            if (!(error instanceof errors/* BenchError */.LR))
                throw error;
            unreadable.push({ file, code: error.code, message: error.message });
        }
    }
    return { reports, unreadable };
}
//# sourceMappingURL=read-report-set.js.map
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
;// CONCATENATED MODULE: ./lib/pipeline/aggregate-reports.js
/**
 * The VM-size comparison as both front ends run it (`bench aggregate`, the action's
 * `mode: aggregate`, the end of `bench run --sweep`): read a set of reports (a directory of
 * downloaded artifacts or of sweep runs), take the SLO and the price settings from the flag or
 * input, else from the reports' own config, look the prices up, build the comparison and write
 * `aggregate.json`, `aggregate.csv`, `aggregate.md` and `aggregate.html`.
 */












/** The reports' own `slo` (the first report that names one), as a list of limits. */
function sloOfReports(reports) {
    for (const report of reports) {
        const slo = report.config.resolved?.slo;
        if (Array.isArray(slo) && slo.every((s) => typeof s === 'string'))
            return slo;
        if (typeof slo === 'string')
            return [slo];
    }
    return undefined;
}
/** The reports' own `cloud.prices`, when one names it and it is valid. */
function pricesOfReports(reports) {
    for (const report of reports) {
        const prices = report.config.resolved?.cloud
            ?.prices;
        const parsed = prices_config/* PricesConfigSchema */.sQ.safeParse(prices);
        if (prices !== undefined && parsed.success)
            return parsed.data;
    }
    return undefined;
}
/** Builds, renders and writes the comparison of the reports under `reportsDir`. */
async function aggregateReports(request, options = {}) {
    const log = options.log ?? (() => undefined);
    const set = await readReportSet(request.reportsDir);
    for (const bad of set.unreadable)
        log(`Skipped ${bad.file}: ${bad.message} (${bad.code})`);
    const reports = set.reports.map((entry) => entry.report);
    const limits = request.slo ?? sloOfReports(reports) ?? [];
    const parsed = (0,stats_slo/* parseSlo */.sh)(limits.length > 0 ? limits : 'errorRate < 0.1%');
    if ('errors' in parsed) {
        throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', `${request.sloSource ?? 'slo'}: ${parsed.errors.join('; ')}`, "Write the SLO as limits such as 'p99 < 50ms' or 'p50 <= 10ms and p99 < 50ms'.");
    }
    const configured = pricesOfReports(reports) ?? prices_config/* DEFAULT_PRICES_CONFIG */.uQ;
    const pricesConfig = {
        ...configured,
        ...(request.priceSource !== undefined && { source: request.priceSource }),
    };
    const lookup = await lookupVmPrices(vmPlacementsOf(reports), pricesConfig, {
        log,
        ...options.prices,
    });
    const report = buildAggregateReport({
        reports: set.reports.map(({ file, report: one }) => ({
            report: one,
            source: external_node_path_.relative(request.reportsDir, file),
        })),
        slo: parsed.slo,
        ...lookup,
    });
    const markdown = renderAggregateMarkdown(report, { reportLink: 'aggregate.html' });
    const files = await (0,write_report_dir/* writeRenderedFiles */.s5)(request.outDir, [
        { name: 'aggregate.json', text: renderAggregateJson(report) },
        { name: 'aggregate.csv', text: renderAggregateCsv(report) },
        { name: 'aggregate.md', text: markdown },
        { name: 'aggregate.html', text: renderAggregateHtml(report) },
    ], { overwrite: request.overwrite ?? false, marker: 'aggregate.json' });
    return { report, markdown, files, unreadable: set.unreadable };
}
//# sourceMappingURL=aggregate-reports.js.map

/***/ })

};
