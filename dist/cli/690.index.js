export const id = 690;
export const ids = [690];
export const modules = {

/***/ 9690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommandBenchmarks: () => (/* binding */ runCommandBenchmarks)
});

// UNUSED EXPORTS: isCommandPlan

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var secrets = __webpack_require__(67591);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/report/build-run-report.js
var build_run_report = __webpack_require__(76477);
// EXTERNAL MODULE: ./lib/core/report/command-benchmarks.js
var command_benchmarks = __webpack_require__(18176);
// EXTERNAL MODULE: ./lib/core/config/schema.js
var schema = __webpack_require__(54259);
// EXTERNAL MODULE: ./lib/core/stats/ab-sequence.js + 4 modules
var ab_sequence = __webpack_require__(66792);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/core/stats/ab-schedule.js
var ab_schedule = __webpack_require__(63928);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var stats_compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./lib/core/ingest/command-result.js
/**
 * The one model of a command benchmark's results (`kind: command` scenarios): whatever the tool
 * wrote (criterion's files, DataFlow's `benchmark_results.json`, the documented generic shape),
 * ingestion maps it to a `CommandResult`, so reports, comparisons, thresholds and history deal
 * with one shape. One zod definition gives the types and, later, the report schema's part.
 */


/** The formats ingestion reads. */
const COMMAND_RESULT_FORMATS = ['criterion', 'dataflow', 'generic'];
/** Whether a smaller figure is better (time per iteration) or a bigger one (throughput). */
const DirectionSchema = schemas/* enum */.k5n(['lower-is-better', 'higher-is-better'])
    .describe('Whether a smaller or a bigger figure is better');
/** A confidence interval around a point estimate, in the benchmark's unit. */
const ConfidenceIntervalSchema = schemas/* object */.Ikc({
    lower: schemas/* number */.aig().describe('Lower bound, in the unit of the benchmark'),
    upper: schemas/* number */.aig().describe('Upper bound, in the unit of the benchmark'),
    confidenceLevel: schemas/* number */.aig().gt(0).lt(1).describe('Confidence level of the interval, e.g. 0.95'),
})
    .refine((ci) => ci.lower <= ci.upper, { message: 'lower must not exceed upper' })
    .describe('Confidence interval of a point estimate');
/** One statistic the tool reported besides the headline estimate (criterion's median, DataFlow's p99). */
const BenchmarkStatisticSchema = schemas/* object */.Ikc({
    value: schemas/* number */.aig().describe('Point value, in the unit of the benchmark'),
    standardError: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe('Standard error, when the tool gave one'),
    interval: ConfidenceIntervalSchema.optional().describe('Confidence interval, when the tool gave one'),
});
/** Work done by one iteration, as criterion's `Throughput` declares it, so a rate can be derived. */
const WorkPerIterationSchema = schemas/* object */.Ikc({
    amount: schemas/* number */.aig().nonnegative().describe('Units of work one iteration processes'),
    unit: schemas/* enum */.k5n(['bytes', 'elements', 'bits']).describe('What the amount counts'),
});
/** One benchmark's result: one figure in one unit, its interval, and its samples when kept. */
const CommandBenchmarkSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP()
        .min(1)
        .describe('Stable name, unique in the result, e.g. criterion\'s full id "parse/fields/MT103"'),
    unit: schemas/* string */.YjP()
        .min(1)
        .describe('Unit of estimate, interval, statistics and samples, e.g. "ns/iter", "msg/s"'),
    direction: DirectionSchema,
    estimate: schemas/* number */.aig().describe('The headline point estimate, in unit'),
    statistic: schemas/* string */.YjP()
        .min(1)
        .describe('What the estimate is: "slope", "mean", "median", "p99", "value", …'),
    interval: ConfidenceIntervalSchema.optional().describe('Confidence interval of the estimate, when the tool computed one (ingestion never invents one)'),
    samples: schemas/* array */.YOg(schemas/* number */.aig())
        .min(1)
        .optional()
        .describe('Per-sample values in unit, when the tool kept them (for bootstrapped A/B comparisons)'),
    sampleIterations: schemas/* array */.YOg(schemas/* number */.aig().positive())
        .optional()
        .describe('Iterations behind each sample (criterion), parallel to samples'),
    iterations: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe('Iterations or messages measured in all, when the tool says'),
    statistics: schemas/* record */.g1P(schemas/* string */.YjP(), BenchmarkStatisticSchema)
        .optional()
        .describe('Other statistics the tool reported, by its own names, in unit'),
    workPerIteration: WorkPerIterationSchema.optional().describe('Work per iteration (criterion throughput), to derive a rate'),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]))
        .optional()
        .describe('What the benchmark varies: criterion group, function and value; concurrency'),
    source: schemas/* string */.YjP()
        .optional()
        .describe('Where the figures were read, relative to the ingested path'),
})
    .refine((b) => !b.sampleIterations || b.sampleIterations.length === b.samples?.length, {
    message: 'sampleIterations must be as long as samples',
    path: ['sampleIterations'],
})
    .describe("One benchmark's result");
/** The results of one run of a benchmark command. */
const CommandResultSchema = schemas/* object */.Ikc({
    format: schemas/* enum */.k5n(COMMAND_RESULT_FORMATS).describe('What the results were read from'),
    version: schemas/* string */.YjP()
        .optional()
        .describe('Version of the code measured, when the results say (DataFlow keys, generic files)'),
    benchmarks: schemas/* array */.YOg(CommandBenchmarkSchema).min(1).describe('Every benchmark, sorted by name'),
})
    .describe('The results of one run of a benchmark command');
/**
 * Assembles a result: benchmarks sorted by name, names unique. Throws `COMMAND_RESULT_EMPTY`
 * when there is none and `COMMAND_RESULT_INVALID` when two share a name (comparisons and
 * history key on names, so a clash would silently merge two figures). `where` names the file
 * or folder in messages.
 */
function buildCommandResult(format, benchmarks, where, options = {}) {
    if (benchmarks.length === 0) {
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_EMPTY', `${where}: no benchmark results found.`, options.emptyHint);
    }
    const sorted = [...benchmarks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
        const name = sorted[i]?.name;
        if (name === sorted[i - 1]?.name) {
            throw (0,errors/* targetError */._5)('COMMAND_RESULT_INVALID', `${where}: two benchmarks are named "${name}".`, 'Give every benchmark its own name: comparisons and history key on it.');
        }
    }
    return options.version === undefined
        ? { format, benchmarks: sorted }
        : { format, version: options.version, benchmarks: sorted };
}
//# sourceMappingURL=command-result.js.map
;// CONCATENATED MODULE: ./lib/core/ingest/parse-result-json.js

/** Most schema problems named in one error message. */
const MAX_PROBLEMS_SHOWN = 3;
/** A field path as written in docs and hints: `mean.confidence_interval.lower_bound`, `times[3]`. */
function formatFieldPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out === '' ? '(top level)' : out;
}
/** Parses and validates `text` (the contents of `file`); `hint` says what the file should be. */
function parseResultJson(text, file, schema, hint) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_INVALID', `${file}: not JSON (${error.message}).`, `${hint} A file cut short (the command was killed, the disk filled up) is the usual cause.`, error);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issues = parsed.error.issues;
    const problems = issues
        .slice(0, MAX_PROBLEMS_SHOWN)
        .map((issue) => `field ${formatFieldPath(issue.path)}: ${issue.message}`);
    const more = issues.length - problems.length;
    throw (0,errors/* targetError */._5)('COMMAND_RESULT_INVALID', `${file}: ${problems.join('; ')}${more > 0 ? `; ${more} more` : ''}.`, hint);
}
//# sourceMappingURL=parse-result-json.js.map
;// CONCATENATED MODULE: ./lib/core/ingest/parse-dataflow-results.js
/**
 * DataFlow's `benchmark_results.json` → a `CommandResult`. The file is what dataflow-rs's
 * `examples/benchmark.rs` wrote (from April to September 2025, versions 0.1.x to 1.0.x; later
 * versions print a table instead): one object whose keys are `<version>_<type>`, where the type
 * is `seq_x1` (one message at a time) or `con_x<N>` (N messages in flight; 0.1.x wrote `sync` and
 * `async`), each with `iterations`, `min_time_ns`, `max_time_ns`, `avg_time_ns`, `p95_ns`,
 * `p99_ns`, `total_time_ns`, `timestamp` and `benchmark_type`. The example rewrites the file on
 * every run and keeps the entries of other versions, so one file holds several versions: the one
 * measured is chosen by `version`, else it is the version of the newest entry.
 *
 * Each entry gives two benchmarks: `<type>/latency` (mean ns per message; min, p95, p99 and max
 * as statistics) and `<type>/throughput` (messages per second: iterations over total time; for
 * `seq_x1` the example's total is the sum of the message times, for `con_x<N>` the wall time).
 * The tool computes no confidence interval and keeps no samples, so neither is reported.
 */




/** Unit of the per-message latency figures. */
const DATAFLOW_LATENCY_UNIT = 'ns/msg';
/** Unit of the throughput figures. */
const DATAFLOW_THROUGHPUT_UNIT = 'msg/s';
const ns = schemas/* number */.aig().nonnegative();
/** One entry of the file. */
const DataflowEntrySchema = schemas/* looseObject */._H3({
    iterations: schemas/* number */.aig().int().positive(),
    min_time_ns: ns,
    max_time_ns: ns,
    avg_time_ns: ns,
    p95_ns: ns,
    p99_ns: ns,
    total_time_ns: schemas/* number */.aig().positive(),
    timestamp: schemas/* string */.YjP().optional(),
    benchmark_type: schemas/* string */.YjP().min(1).optional(),
});
/** The whole file: entries by `<version>_<type>`. */
const DataflowResultsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), DataflowEntrySchema)
    .superRefine((results, ctx) => {
    for (const key of Object.keys(results)) {
        if (!/^[^_]+_.+$/.test(key)) {
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: 'keys are <version>_<type>, e.g. 1.0.3_con_x16',
            });
        }
    }
});
const HINT = "dataflow-rs's `cargo run --release --example benchmark` writes benchmark_results.json: an object of <version>_<type> entries with iterations and min/max/avg/p95/p99/total_time_ns.";
/** Compares dotted versions numerically where both parts are numbers (1.0.10 after 1.0.9). */
function compareVersions(a, b) {
    const pa = a.split(/[.-]/);
    const pb = b.split(/[.-]/);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = Number(x);
        const ny = Number(y);
        if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny))
            return nx - ny;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** The version of the newest entry (by timestamp, then by version). */
function newestVersion(entries) {
    let best;
    for (const { version, entry } of entries) {
        const parsed = entry.timestamp === undefined ? Number.NaN : Date.parse(entry.timestamp);
        const time = Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
        if (!best ||
            time > best.time ||
            (time === best.time && compareVersions(version, best.version) > 0)) {
            best = { version, time };
        }
    }
    return best?.version ?? '';
}
/** What a type says about the load: `seq_x1`, `con_x16`, or an older `sync` / `async`. */
function typeParameters(type) {
    const match = /^(seq|con)_x(\d+)$/.exec(type);
    if (!match)
        return { mode: type };
    return {
        mode: match[1] === 'seq' ? 'sequential' : 'concurrent',
        concurrency: Number(match[2]),
    };
}
function toBenchmarks(type, entry, key) {
    const parameters = typeParameters(type);
    return [
        {
            name: `${type}/latency`,
            unit: DATAFLOW_LATENCY_UNIT,
            direction: 'lower-is-better',
            estimate: entry.avg_time_ns,
            statistic: 'mean',
            iterations: entry.iterations,
            statistics: {
                min: { value: entry.min_time_ns },
                p95: { value: entry.p95_ns },
                p99: { value: entry.p99_ns },
                max: { value: entry.max_time_ns },
            },
            parameters,
            source: key,
        },
        {
            name: `${type}/throughput`,
            unit: DATAFLOW_THROUGHPUT_UNIT,
            direction: 'higher-is-better',
            estimate: (entry.iterations * 1e9) / entry.total_time_ns,
            statistic: 'rate',
            iterations: entry.iterations,
            parameters,
            source: key,
        },
    ];
}
/** Parses the text of a `benchmark_results.json` (`file` names it in messages). */
function parseDataflowResults(text, file, options = {}) {
    const results = parseResultJson(text, file, DataflowResultsSchema, HINT);
    const entries = Object.entries(results).map(([key, entry]) => {
        const separator = key.indexOf('_');
        const type = entry.benchmark_type ?? key.slice(separator + 1);
        return { key, version: key.slice(0, separator), type, entry };
    });
    const versions = [...new Set(entries.map((e) => e.version))].sort(compareVersions);
    if (entries.length === 0) {
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_EMPTY', `${file}: no benchmark results found.`, HINT);
    }
    const version = options.version ?? newestVersion(entries);
    const chosen = entries.filter((e) => e.version === version);
    if (chosen.length === 0) {
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_EMPTY', `${file}: no entries for version ${version} (the file has ${versions.join(', ')}).`, 'Check the version the benchmark was built from, or leave the version out to take the newest entries.');
    }
    return buildCommandResult('dataflow', chosen.flatMap((e) => toBenchmarks(e.type, e.entry, e.key)), file, { version });
}
//# sourceMappingURL=parse-dataflow-results.js.map
;// CONCATENATED MODULE: ./lib/core/ingest/parse-generic-result.js
/**
 * The documented generic shape for any benchmark command that is neither criterion nor DataFlow
 * (`schemas/command-result.schema.json`, docs/command-benchmarks.md): a harness writes one JSON
 * file with its benchmarks, each a name, a unit, which direction is better, and a value or the
 * samples it measured (or both), optionally with a confidence interval. Unknown keys are refused,
 * so a misspelt `vaule` fails loudly instead of being dropped.
 */



/** Version of the generic shape this code reads. */
const GENERIC_RESULT_SCHEMA_VERSION = 1;
/** One benchmark in the generic shape. */
const GenericBenchmarkSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP()
        .min(1)
        .describe('Stable name, unique in the file, e.g. "parse/mt103"; history keys on it'),
    unit: schemas/* string */.YjP()
        .min(1)
        .describe('Unit of value, samples, interval and statistics, e.g. "ns/iter", "msg/s", "ms"'),
    direction: DirectionSchema,
    value: schemas/* number */.aig().optional().describe('The point estimate; when left out, the mean of samples'),
    samples: schemas/* array */.YOg(schemas/* number */.aig())
        .min(1)
        .optional()
        .describe('Every measured value (one per sample or iteration), for bootstrapped comparisons'),
    statistic: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('What value is, e.g. "median", "p99"; default "value", or "mean" when derived'),
    interval: ConfidenceIntervalSchema.optional().describe('Confidence interval of value, when the harness computed one'),
    iterations: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe('Iterations or messages measured in all'),
    statistics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig())
        .optional()
        .describe('Other figures in unit, by name, e.g. {"p99": 812, "max": 2400}'),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]))
        .optional()
        .describe('What the benchmark varies, e.g. {"concurrency": 16, "message": "MT103"}'),
})
    .refine((b) => b.value !== undefined || b.samples !== undefined, {
    message: 'give value, samples, or both',
    path: ['value'],
})
    .meta({ anyOf: [{ required: ['value'] }, { required: ['samples'] }] })
    .describe('One benchmark');
/** A whole file in the generic shape. */
const GenericResultFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('URL or path of this schema, for editors'),
    schemaVersion: schemas/* literal */.euz(GENERIC_RESULT_SCHEMA_VERSION)
        .describe('Version of the generic shape; 1'),
    tool: schemas/* string */.YjP().optional().describe('What wrote the file, e.g. "swift-mt-message benchmark"'),
    version: schemas/* string */.YjP().optional().describe('Version of the code measured'),
    benchmarks: schemas/* array */.YOg(GenericBenchmarkSchema).min(1).describe('Every benchmark of the run'),
})
    .describe("A benchmark command's results in bench-action's generic shape");
const parse_generic_result_HINT = 'Write the file in the generic shape: {"schemaVersion": 1, "benchmarks": [{"name", "unit", "direction", "value" or "samples"}]}; schemas/command-result.schema.json has every field.';
function toBenchmark(input) {
    const derived = input.value === undefined;
    const samples = input.samples;
    const estimate = input.value ?? (samples ?? []).reduce((sum, x) => sum + x, 0) / (samples?.length ?? 1);
    const benchmark = {
        name: input.name,
        unit: input.unit,
        direction: input.direction,
        estimate,
        statistic: input.statistic ?? (derived ? 'mean' : 'value'),
    };
    if (input.interval)
        benchmark.interval = input.interval;
    if (samples)
        benchmark.samples = samples;
    if (input.iterations !== undefined)
        benchmark.iterations = input.iterations;
    if (input.statistics) {
        benchmark.statistics = Object.fromEntries(Object.entries(input.statistics).map(([name, value]) => [name, { value }]));
    }
    if (input.parameters)
        benchmark.parameters = input.parameters;
    return benchmark;
}
/** Parses the text of a generic results file (`file` names it in messages). */
function parseGenericResult(text, file) {
    const parsed = parseResultJson(text, file, GenericResultFileSchema, parse_generic_result_HINT);
    return buildCommandResult('generic', parsed.benchmarks.map(toBenchmark), file, parsed.version === undefined ? {} : { version: parsed.version });
}
//# sourceMappingURL=parse-generic-result.js.map
;// CONCATENATED MODULE: ./lib/core/ingest/parse-criterion-benchmark.js
/**
 * Criterion's per-benchmark files → one `CommandBenchmark`. Criterion (0.3 to 0.7, checked
 * against its source and against real output of Debian's 0.3.6) writes, for every benchmark,
 * `target/criterion/<directory_name>/new/`:
 *
 * - `benchmark.json`: the id (`group_id`, `function_id`, `value_str`, `throughput`, `full_id`,
 *   `directory_name`, `title`);
 * - `estimates.json`: `mean`, `median`, `median_abs_dev`, `std_dev` and `slope` (null under flat
 *   sampling), each `{point_estimate, standard_error, confidence_interval: {confidence_level,
 *   lower_bound, upper_bound}}`, in nanoseconds per iteration (wall time, criterion's default
 *   measurement);
 * - `sample.json`: `{sampling_mode, iters, times}`, where `times[i]` is the total time of the
 *   `iters[i]` iterations of sample `i`, so one sample's time per iteration is `times[i] / iters[i]`.
 *
 * The headline estimate is criterion's own "typical" figure (the one it prints as `time:`): the
 * slope when there is one, else the mean.
 */



/** Unit of criterion's figures under its default wall-time measurement. */
const CRITERION_UNIT = 'ns/iter';
/** One estimate as criterion writes it (serde writes NaN as null, hence the nullable error). */
const CriterionEstimateSchema = schemas/* looseObject */._H3({
    confidence_interval: schemas/* looseObject */._H3({
        confidence_level: schemas/* number */.aig().gt(0).lt(1),
        lower_bound: schemas/* number */.aig(),
        upper_bound: schemas/* number */.aig(),
    }),
    point_estimate: schemas/* number */.aig(),
    standard_error: schemas/* number */.aig().nullable(),
});
/** `new/estimates.json`. */
const CriterionEstimatesSchema = schemas/* looseObject */._H3({
    mean: CriterionEstimateSchema,
    median: CriterionEstimateSchema,
    median_abs_dev: CriterionEstimateSchema,
    std_dev: CriterionEstimateSchema,
    slope: CriterionEstimateSchema.nullable().optional(),
});
/** `new/sample.json`. */
const CriterionSampleSchema = schemas/* looseObject */._H3({
    sampling_mode: schemas/* string */.YjP().optional(),
    iters: schemas/* array */.YOg(schemas/* number */.aig().positive()).min(1),
    times: schemas/* array */.YOg(schemas/* number */.aig().nonnegative()).min(1),
})
    .refine((s) => s.iters.length === s.times.length, {
    message: 'iters and times must be equally long',
    path: ['times'],
});
/** `new/benchmark.json`: criterion's `BenchmarkId`. */
const CriterionBenchmarkIdSchema = schemas/* looseObject */._H3({
    group_id: schemas/* string */.YjP(),
    function_id: schemas/* string */.YjP().nullable().optional(),
    value_str: schemas/* string */.YjP().nullable().optional(),
    throughput: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullable().optional(),
    full_id: schemas/* string */.YjP().min(1),
    directory_name: schemas/* string */.YjP().optional(),
});
const parse_criterion_benchmark_HINT = {
    benchmark: "criterion writes new/benchmark.json with the benchmark's id (group_id, full_id, …); run `cargo bench` again to rewrite it.",
    estimates: 'criterion writes new/estimates.json with mean, median, median_abs_dev, std_dev and slope, each with point_estimate, standard_error and confidence_interval; run `cargo bench` again to rewrite it.',
    sample: 'criterion writes new/sample.json with equally long iters and times arrays; run `cargo bench` again to rewrite it.',
};
/** Criterion's throughput variants → what one iteration's work counts. */
const WORK_UNITS = {
    Bytes: 'bytes',
    BytesDecimal: 'bytes',
    Elements: 'elements',
    Bits: 'bits',
};
function toStatistic(estimate) {
    const ci = estimate.confidence_interval;
    const statistic = {
        value: estimate.point_estimate,
        interval: {
            lower: ci.lower_bound,
            upper: ci.upper_bound,
            confidenceLevel: ci.confidence_level,
        },
    };
    if (estimate.standard_error !== null && estimate.standard_error >= 0) {
        statistic.standardError = estimate.standard_error;
    }
    return statistic;
}
function toWork(throughput) {
    if (!throughput)
        return undefined;
    for (const [variant, amount] of Object.entries(throughput)) {
        const unit = WORK_UNITS[variant];
        if (unit !== undefined && typeof amount === 'number' && amount >= 0)
            return { amount, unit };
    }
    // A variant this code does not know (a newer criterion): the time figures still stand.
    return undefined;
}
/** Maps one benchmark's files; `root` is how the criterion folder is named in messages. */
function parseCriterionBenchmark(files, root = 'target/criterion') {
    const at = (name) => `${root}/${files.dir}/new/${name}`;
    const id = parseResultJson(files.benchmarkJson, at('benchmark.json'), CriterionBenchmarkIdSchema, parse_criterion_benchmark_HINT.benchmark);
    const estimates = parseResultJson(files.estimatesJson, at('estimates.json'), CriterionEstimatesSchema, parse_criterion_benchmark_HINT.estimates);
    const sample = parseResultJson(files.sampleJson, at('sample.json'), CriterionSampleSchema, parse_criterion_benchmark_HINT.sample);
    const mean = toStatistic(estimates.mean);
    const slope = estimates.slope ? toStatistic(estimates.slope) : undefined;
    const statistics = {
        mean,
        median: toStatistic(estimates.median),
        median_abs_dev: toStatistic(estimates.median_abs_dev),
        std_dev: toStatistic(estimates.std_dev),
    };
    if (slope)
        statistics.slope = slope;
    const typical = slope ?? mean;
    const samples = sample.times.map((time, i) => time / (sample.iters[i] ?? 1));
    const parameters = { group: id.group_id };
    if (id.function_id)
        parameters.function = id.function_id;
    if (id.value_str)
        parameters.value = id.value_str;
    const benchmark = {
        name: id.full_id,
        unit: CRITERION_UNIT,
        direction: 'lower-is-better',
        estimate: typical.value,
        statistic: slope ? 'slope' : 'mean',
        samples,
        sampleIterations: [...sample.iters],
        iterations: sample.iters.reduce((sum, n) => sum + n, 0),
        statistics,
        parameters,
        source: files.dir,
    };
    if (typical.interval)
        benchmark.interval = typical.interval;
    const work = toWork(id.throughput);
    if (work)
        benchmark.workPerIteration = work;
    return benchmark;
}
/** Maps every benchmark of one criterion folder; throws `COMMAND_RESULT_EMPTY` when there is none. */
function parseCriterionResults(benchmarks, root = 'target/criterion') {
    return buildCommandResult('criterion', benchmarks.map((files) => parseCriterionBenchmark(files, root)), root, {
        emptyHint: 'criterion writes <group>/<benchmark>/new/ for every benchmark it ran: check that `cargo bench` ran, that its filter matches a benchmark, and that CARGO_TARGET_DIR or CRITERION_HOME did not send the files elsewhere.',
    });
}
//# sourceMappingURL=parse-criterion-benchmark.js.map
;// CONCATENATED MODULE: ./lib/edges/files/read-criterion-dir.js
/**
 * Reads a criterion output folder (`target/criterion`) into a `CommandResult`. Criterion keeps
 * one folder per benchmark, one to three levels deep (`<group>`, `<group>/<function>`,
 * `<group>/<function>/<value>`), each holding `new/` (this run), and after later runs `base/`
 * (the saved baseline), `change/` (the comparison with it), other named baselines and
 * `report/` (HTML). Only `new/` is read; `report/` folders at any level are skipped. A folder
 * is a benchmark when its `new/` holds any of criterion's three files, so a group or function
 * that happens to be called `new` is still walked into.
 */




/** The files criterion writes in each benchmark's `new/` folder. */
const BENCHMARK_FILES = ['benchmark.json', 'estimates.json', 'sample.json'];
/** Folders criterion writes for its HTML report, never benchmarks. */
const REPORT_DIR = 'report';
function readFailure(path, what, error) {
    const code = error.code;
    if (code === 'ENOENT') {
        return (0,errors/* targetError */._5)('COMMAND_RESULT_NOT_FOUND', `${path}: no such ${what}.`, undefined, error);
    }
    return (0,errors/* targetError */._5)('COMMAND_RESULT_UNREADABLE', `${path}: the ${what} cannot be read (${code ?? error.message}).`, undefined, error);
}
async function listDirs(path) {
    try {
        const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
        return entries
            .filter((e) => e.isDirectory())
            .map((e) => e.name)
            .sort();
    }
    catch (error) {
        throw readFailure(path, 'folder', error);
    }
}
async function listFiles(path) {
    try {
        const entries = await (0,promises_.readdir)(path, { withFileTypes: true });
        return new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    }
    catch {
        // Not a folder we can list: the caller treats it as "no benchmark here".
        return new Set();
    }
}
async function readText(path, dirLabel, name) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const failure = readFailure(`${dirLabel}/new/${name}`, 'file', error);
        if (failure.code !== 'COMMAND_RESULT_NOT_FOUND')
            throw failure;
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_NOT_FOUND', `${dirLabel}/new/${name}: missing, while other files of the benchmark are there.`, 'criterion writes benchmark.json, estimates.json and sample.json together: a missing one means the run was interrupted or the folder was copied in part. Run `cargo bench` again.', error);
    }
}
/** Every benchmark folder under `root`, as paths relative to it, sorted. */
async function findBenchmarkDirs(root, relative) {
    const here = relative === '' ? root : (0,external_node_path_.join)(root, relative);
    const subdirs = await listDirs(here);
    if (subdirs.includes('new')) {
        const files = await listFiles((0,external_node_path_.join)(here, 'new'));
        if (BENCHMARK_FILES.some((f) => files.has(f)))
            return [relative];
    }
    const found = [];
    for (const name of subdirs) {
        if (name === REPORT_DIR)
            continue;
        found.push(...(await findBenchmarkDirs(root, relative === '' ? name : `${relative}/${name}`)));
    }
    return found;
}
/**
 * Reads every benchmark under `criterionDir` (usually `<target>/criterion`). Throws
 * `COMMAND_RESULT_NOT_FOUND` when the folder or one of a benchmark's files is missing,
 * `COMMAND_RESULT_INVALID` (naming the file and field) when a file is malformed, and
 * `COMMAND_RESULT_EMPTY` when no benchmark is there.
 */
async function readCriterionDir(criterionDir) {
    const benchmarkDirs = await findBenchmarkDirs(criterionDir, '');
    const files = [];
    for (const dir of benchmarkDirs) {
        const newDir = (0,external_node_path_.join)(criterionDir, dir, 'new');
        const label = `${criterionDir}/${dir}`;
        files.push({
            dir,
            benchmarkJson: await readText((0,external_node_path_.join)(newDir, 'benchmark.json'), label, 'benchmark.json'),
            estimatesJson: await readText((0,external_node_path_.join)(newDir, 'estimates.json'), label, 'estimates.json'),
            sampleJson: await readText((0,external_node_path_.join)(newDir, 'sample.json'), label, 'sample.json'),
        });
    }
    return parseCriterionResults(files, criterionDir);
}
//# sourceMappingURL=read-criterion-dir.js.map
;// CONCATENATED MODULE: ./lib/edges/files/read-command-result.js
/**
 * Reads the results a benchmark command left behind, whichever format they are in: a criterion
 * folder, DataFlow's `benchmark_results.json`, or a file in the generic shape. The one place that
 * maps a format to its reader, so the pipeline and any front end read results the same way.
 */





async function readResultFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw (0,errors/* targetError */._5)('COMMAND_RESULT_NOT_FOUND', `${path}: no such file.`, undefined, error);
        }
        throw (0,errors/* targetError */._5)('COMMAND_RESULT_UNREADABLE', `${path}: the file cannot be read (${code ?? error.message}).`, undefined, error);
    }
}
/** Reads and maps the results; throws the `COMMAND_RESULT_*` errors of the format's reader. */
async function readCommandResult(source) {
    switch (source.format) {
        case 'criterion':
            return readCriterionDir(source.path);
        case 'dataflow': {
            const text = await readResultFile(source.path);
            return parseDataflowResults(text, source.path, source.version === undefined ? {} : { version: source.version });
        }
        case 'generic':
            return parseGenericResult(await readResultFile(source.path), source.path);
    }
}
//# sourceMappingURL=read-command-result.js.map
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: ./lib/edges/local/environment.js + 1 modules
var environment = __webpack_require__(58433);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/core/visible-text.js
var visible_text = __webpack_require__(77329);
// EXTERNAL MODULE: ./lib/edges/local/output-tail.js
var output_tail = __webpack_require__(12612);
;// CONCATENATED MODULE: ./lib/edges/local/run-bench-command.js
/**
 * Runs a command benchmark to completion on this machine: the program and its arguments without
 * a shell, in its cwd, with its env over the current one, stopped (its whole process group) when
 * it runs past its timeout or the run is interrupted. What it printed is kept as a bounded tail
 * for the error when it fails.
 */






/** Runs `command`; throws `COMMAND_BENCHMARK_FAILED` when it cannot start, fails or times out. */
function runBenchCommand(command, opts = {}) {
    const shown = (0,secrets/* redactArgv */.Qu)(command.argv).join(' ');
    const tail = (0,output_tail/* createOutputTail */.E)(30);
    const started = external_node_perf_hooks_.performance.now();
    return new Promise((resolve, reject) => {
        const [program, ...args] = command.argv;
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: command.cwd,
            env: { ...process.env, ...command.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        let why;
        const stop = (reason) => {
            why ??= reason;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => stop(`ran longer than its timeout (${command.timeoutMs} ms)`), command.timeoutMs);
        const onAbort = () => stop('the run was interrupted');
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8').on('data', (d) => tail.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => tail.push(d));
        const fail = (message, cause) => reject((0,errors/* targetError */._5)('COMMAND_BENCHMARK_FAILED', `Command benchmark "${command.name}" (${shown}, in ${command.cwd}) ${message}; ${(0,visible_text/* visibleText */.Q)(tail.format())}`, undefined, cause));
        child.on('error', (error) => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            fail(`could not start: ${error.message}`, error);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            const durationMs = external_node_perf_hooks_.performance.now() - started;
            if (why)
                return fail(why);
            if (code !== 0)
                return fail(`exited with ${code ?? signal ?? 'an unknown status'}`);
            opts.log?.(`command ${command.name}: done in ${Math.round(durationMs / 100) / 10} s`);
            resolve({ durationMs });
        });
    });
}
//# sourceMappingURL=run-bench-command.js.map
;// CONCATENATED MODULE: ./lib/pipeline/run-command-benchmarks.js
/**
 * A run of command benchmarks (`kind: command` scenarios) on this machine: each command runs to
 * completion and its results are ingested (criterion, DataFlow, the generic shape). With a
 * baseline, each command runs for the baseline then for the candidate (two builds, two
 * environments), and every benchmark is judged by the comparison rule of HTTP levels. The report
 * directory holds result.json (`benchmarks`), benchmarks.csv, summary.md and report.html.
 */

















/** True when the plan's scenarios are command benchmarks. */
function isCommandPlan(plan) {
    return (plan.commands?.length ?? 0) > 0;
}
/** Runs the plan's command benchmarks (and their baseline) and writes the report directory. */
async function runCommandBenchmarks(opts) {
    const { plan } = opts;
    if (plan.cloud.provider !== 'local') {
        throw (0,errors/* inputError */.Xu)('COMMAND_SCENARIO_CLOUD_UNSUPPORTED', `Config "${plan.name}" has command benchmarks and provider ${plan.cloud.provider}; command benchmarks run on this machine only for now`);
    }
    const log = opts.log ?? (() => undefined);
    const startedAt = new Date();
    const id = (0,run_ids/* newRunId */.F$)(startedAt);
    const dir = external_node_path_.resolve(opts.cwd, opts.outDir ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, id));
    const environmentPromise = (0,environment/* collectEnvironment */.m)({
        cwd: plan.configPath ? external_node_path_.dirname(plan.configPath) : opts.cwd,
    });
    const commands = plan.commands ?? [];
    const baselines = plan.baselineCommands ?? [];
    const notes = [
        'Command benchmarks ran on this machine, one after the other (not in the product image).',
    ];
    let benchmarks = [];
    let benchmarkComparison;
    if (baselines.length > 0) {
        const ab = await runCommandAb(plan, commands, baselines, opts, log);
        benchmarks = ab.benchmarks;
        benchmarkComparison = ab.comparison;
        notes.push(`A/B verdict on the command benchmarks: ${ab.comparison.verdict} (interleaved rounds, order random per round and command, seed ${ab.comparison.schedule.seed}; ${ab.comparison.stopping.note}; each benchmark judged on the change of its median per-iteration sample, paired by round, threshold ±${Math.round(ab.comparison.threshold * 1000) / 10}%).`);
    }
    else {
        for (const command of commands) {
            const result = await runAndIngest(command, '', opts.signal, log);
            benchmarks.push(...(0,command_benchmarks/* commandBenchmarkReports */.ct)(command.name, result));
        }
    }
    const report = (0,build_run_report/* buildRunReport */.I)({
        id,
        plan,
        startedAt,
        finishedAt: new Date(),
        levels: [],
        environment: await environmentPromise,
        target: targetInfo(plan),
        interrupted: opts.signal?.aborted === true,
        notes,
    });
    const benchmarkThresholds = (0,thresholds/* evaluateBenchmarkThresholds */.Pr)(plan.thresholds ?? [], benchmarks);
    const withBenchmarks = {
        ...report,
        benchmarks,
        ...(benchmarkComparison ? { benchmarkComparison } : {}),
        ...(benchmarkThresholds.length > 0 ? { benchmarkThresholds } : {}),
    };
    for (const line of (0,command_benchmarks/* describeCommandBenchmarks */.nr)(benchmarks))
        log(line);
    const files = await (0,write_report_dir/* writeReportDir */.xK)(dir, withBenchmarks, [], {
        overwrite: opts.overwrite,
        summaryMarkdown: (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(withBenchmarks),
        extraFiles: [
            { name: 'benchmarks.csv', text: (0,command_benchmarks/* renderBenchmarksCsv */.tx)(benchmarks) },
            { name: 'report.html', text: (0,html/* renderHtmlReport */.w4)({ report: withBenchmarks, thresholds: [] }) },
        ],
    });
    log(`report written to ${dir}`);
    return { report: withBenchmarks, dir, files };
}
/**
 * The A/B of command benchmarks in rounds, through the round sequence HTTP A/B uses: each round
 * runs every command scenario for both sides, one after the other in the order the schedule
 * draws for that round and scenario; after `minRounds` every round is a look, and the rounds
 * stop once every benchmark has a verdict, or at `maxRounds` or the time budget.
 */
async function runCommandAb(plan, commands, baselines, opts, log) {
    const compare = plan.compare ?? {
        mode: 'interleaved',
        minRounds: schema/* DEFAULT_MIN_ROUNDS */.hX,
        maxRounds: schema/* DEFAULT_MAX_ROUNDS */.l6,
        noise: false,
        thresholdFraction: stats_compare/* DEFAULT_THRESHOLD */.aV,
    };
    if (compare.mode === 'duet' && compare.modeDefaulted !== true) {
        throw (0,errors/* inputError */.Xu)('COMMAND_DUET_UNSUPPORTED', `Config "${plan.name}" asks for compare.mode: duet with command benchmarks; a command benchmark runs one side at a time`, 'Leave compare.mode out (or set it to interleaved) for command scenarios.');
    }
    const threshold = compare.thresholdFraction;
    const seed = compare.seed ?? (0,ab_schedule/* drawScheduleSeed */.X)();
    const confidence = stats_compare/* DEFAULT_CONFIDENCE */.FH;
    const judge = (rounds, lookConfidence) => (0,command_benchmarks/* compareCommandRounds */.uc)(rounds, { threshold, lookConfidence, seed });
    const sequence = (0,ab_sequence/* createRoundSequence */.E)({
        seed,
        budget: {
            minRounds: compare.minRounds,
            maxRounds: compare.maxRounds,
            ...(compare.timeBudgetMs !== undefined ? { timeBudgetMs: compare.timeBudgetMs } : {}),
        },
        steps: commands.map((c) => ({ scenario: c.name })),
        confidence,
    }, { judge, count: command_benchmarks/* countDecidedBenchmarks */.gj });
    const began = performance.now();
    for (let scheduled = sequence.nextRound(); scheduled; scheduled = sequence.nextRound()) {
        log(`round ${scheduled.round} (at most ${compare.maxRounds}): ${scheduled.steps.map((s) => `${s.scenario}: ${s.order.join(' then ')}`).join('; ')}`);
        const results = [];
        try {
            for (const [i, step] of scheduled.steps.entries()) {
                const ran = {};
                for (const side of step.order) {
                    const command = side === 'baseline' ? baselines[i] : commands[i];
                    if (!command)
                        continue;
                    ran[side] = await runAndIngest(command, side, opts.signal, log);
                }
                if (ran.baseline && ran.candidate) {
                    results.push({
                        scenario: step.scenario,
                        baseline: ran.baseline,
                        candidate: ran.candidate,
                    });
                }
            }
        }
        catch (error) {
            // An interrupt kills the running command; the rounds measured so far are the report.
            if (opts.signal?.aborted !== true || sequence.rounds().length === 0)
                throw error;
            sequence.abort('interrupted', `interrupted during round ${scheduled.round}`);
            break;
        }
        const decision = sequence.recordRound({ round: scheduled.round, results }, performance.now() - began);
        log(decision.note);
        if (decision.stop)
            break;
    }
    const benchmarks = judge(sequence.rounds(), sequence.lookConfidence());
    const schedule = sequence.schedule();
    const describe = (c) => c ? (0,secrets/* redactArgv */.Qu)(c.argv).join(' ') : 'none';
    return {
        benchmarks,
        comparison: {
            mode: 'interleaved',
            baselineLabel: `baseline (${describe(baselines[0])})`,
            candidateLabel: `candidate (${describe(commands[0])})`,
            threshold,
            confidence,
            verdict: (0,command_benchmarks/* commandVerdict */.fA)(benchmarks),
            schedule: {
                seed: schedule.seed,
                rounds: schedule.rounds.map((r) => ({
                    round: r.round,
                    steps: r.steps.map((s) => ({ scenario: s.scenario, order: s.order })),
                })),
            },
            stopping: sequence.stopping(),
        },
    };
}
async function runAndIngest(command, side, signal, log) {
    log(`${side ? `${side} ` : ''}command ${command.name}: ${(0,secrets/* redactArgv */.Qu)(command.argv).join(' ')}`);
    await runBenchCommand(command, { signal, log });
    return readCommandResult({
        format: command.ingest.format,
        path: command.ingest.path,
        ...(command.ingest.version !== undefined ? { version: command.ingest.version } : {}),
    });
}
function targetInfo(plan) {
    const t = plan.target;
    return {
        kind: t.kind,
        url: t.kind === 'url' ? t.baseUrl : '',
        ...(t.product !== undefined ? { product: t.product } : {}),
        ...(t.kind === 'image' ? { image: t.image } : {}),
    };
}
//# sourceMappingURL=run-command-benchmarks.js.map

/***/ })

};
