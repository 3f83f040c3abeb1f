export const id = 310;
export const ids = [310];
export const modules = {

/***/ 89310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPlan: () => (/* binding */ loadPlan),
  validateConfigFile: () => (/* binding */ validateConfigFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/config/check-scenario.js
var check_scenario = __webpack_require__(18965);
// EXTERNAL MODULE: ./lib/core/config/config-problem.js
var config_problem = __webpack_require__(19624);
// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/config/body-template.js
/**
 * Request body templates: `{{payload}}` inserts the payload as is, `{{payload|json}}` inserts it
 * as a JSON string literal (quoted and escaped), so MT text can travel inside a JSON body.
 * Applied once at resolve time: the engine only ever sees final bytes. `{{payload}}` splices
 * the payload's bytes, whatever they are; `{{payload|json}}` needs UTF-8 text, and a payload
 * that is not is refused (`templatePayloadProblem`) rather than rewritten to U+FFFD.
 */

const PLACEHOLDER = /\{\{\s*payload\s*(\|\s*json\s*)?\}\}/g;
const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** The body for one payload: the template with its placeholders replaced. */
function applyBodyTemplate(template, payload) {
    const parts = [];
    let last = 0;
    let json;
    for (const match of template.matchAll(PLACEHOLDER)) {
        parts.push(encoder.encode(template.slice(last, match.index)));
        if (match[1] === undefined) {
            parts.push(payload);
        }
        else {
            json ??= JSON.stringify(decodeStrict(payload));
            parts.push(encoder.encode(json));
        }
        last = match.index + match[0].length;
    }
    parts.push(encoder.encode(template.slice(last)));
    return concat(parts);
}
/** Why `payload` cannot go through `template`, or undefined when it can. */
function templatePayloadProblem(template, payload) {
    const usesJson = [...template.matchAll(PLACEHOLDER)].some((m) => m[1] !== undefined);
    if (!usesJson)
        return undefined;
    try {
        strictDecoder.decode(payload);
        return undefined;
    }
    catch {
        return '{{payload|json}} needs UTF-8 text and this payload is not (it would be sent with U+FFFD in place of its bytes)';
    }
}
/** The template as bytes, for scenarios with a fixed body and no payload set. */
function templateBytes(template) {
    return encoder.encode(template);
}
function decodeStrict(payload) {
    try {
        return strictDecoder.decode(payload);
    }
    catch (error) {
        // load-plan reports this with the payload's position; reaching here means it was bypassed.
        throw (0,core_errors/* inputError */.Xu)('CONFIG_INVALID', 'A payload used with {{payload|json}} is not UTF-8 text.', 'Convert the payload to UTF-8, or use {{payload}} to send its bytes as they are.', error);
    }
}
function concat(parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const part of parts) {
        out.set(part, at);
        at += part.byteLength;
    }
    return out;
}
//# sourceMappingURL=body-template.js.map
// EXTERNAL MODULE: ./lib/core/config/parse-config.js
var parse_config = __webpack_require__(11600);
// EXTERNAL MODULE: ./lib/core/config/parse-document.js + 1 modules
var parse_document = __webpack_require__(92097);
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
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var secrets = __webpack_require__(67591);
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
    const scenarios = input.scenarios.flatMap((source) => isCommandScenario(source.definition) ? [] : [resolveScenario(source)]);
    const commandsFor = (side) => input.scenarios.flatMap((source) => isCommandScenario(source.definition)
        ? [resolveCommandScenario(source.definition, source.dir ?? input.configDir, side)]
        : []);
    const commands = commandsFor(target);
    checkThresholdKinds(thresholds, commands.length > 0);
    const baselineCommands = baseline && commands.length > 0 ? commandsFor(baseline) : [];
    const setup = (input.setup ?? []).map(resolveSetupRequest);
    const teardown = (input.teardown ?? []).map(resolveSetupRequest);
    const load = resolveLoad(config.load, input.overrides ?? {});
    const cloud = {
        provider: input.overrides?.provider ?? config.cloud.provider,
        vmSizes: [...config.cloud.vmSizes],
        regions: [...config.cloud.regions],
        loadAgents: config.cloud.loadAgents,
        // Keys are set only when used, so configs without them keep the hash they always had.
        ...(config.cloud.sweep && { sweep: { vmSizes: [...config.cloud.sweep.vmSizes] } }),
        ...(config.cloud.prices && { prices: config.cloud.prices }),
    };
    const slo = config.slo === undefined
        ? undefined
        : typeof config.slo === 'string'
            ? [config.slo]
            : [...config.slo];
    const described = describePlan(config, target, scenarios, load, cloud, {
        baseline,
        compare,
        thresholds,
    });
    // Only when there are steps, so configs without them keep their hash and their history.
    if (commands.length > 0)
        described.commands = commands.map(describeCommandScenario);
    if (setup.length > 0)
        described.setup = setup.map(describeSetupRequest);
    if (teardown.length > 0)
        described.teardown = teardown.map(describeSetupRequest);
    const resolvedConfig = slo ? { ...described, slo } : described;
    return {
        name: config.name,
        ...(input.configPath !== undefined ? { configPath: input.configPath } : {}),
        configHash: hashCanonicalJson(resolvedConfig),
        target,
        ...(baseline ? { baseline } : {}),
        compare,
        thresholds,
        scenarios,
        ...(commands.length > 0 ? { commands } : {}),
        ...(baselineCommands.length > 0 ? { baselineCommands } : {}),
        ...(setup.length > 0 ? { setup } : {}),
        ...(teardown.length > 0 ? { teardown } : {}),
        load,
        cloud,
        ...(slo && { slo }),
        resolvedConfig,
    };
}
/** True for a `kind: command` scenario. */
function isCommandScenario(definition) {
    return 'kind' in definition && definition.kind === 'command';
}
/**
 * A command scenario with its paths made absolute. Its environment is the target's (product env
 * and the target's `env` override, so an A/B can vary it) under the scenario's own.
 */
function resolveCommandScenario(scenario, dir, target) {
    const cwd = (0,external_node_path_.resolve)(dir, scenario.cwd);
    const own = resolveEnv(scenario.env);
    const targetEnv = target.kind === 'url' ? {} : target.env;
    const publicEnv = [
        ...new Set([
            ...(target.kind === 'url' ? [] : (target.publicEnv ?? [])),
            ...(own.publicEnv ?? []),
        ]),
    ].sort();
    return {
        name: scenario.name,
        argv: [...scenario.run],
        cwd,
        env: { ...targetEnv, ...own.env },
        ...(publicEnv.length > 0 ? { publicEnv } : {}),
        timeoutMs: durationMs(scenario.timeout),
        ingest: {
            format: scenario.ingest.format,
            path: (0,external_node_path_.resolve)(cwd, scenario.ingest.path),
            ...(scenario.ingest.version !== undefined ? { version: scenario.ingest.version } : {}),
        },
    };
}
/** A command scenario for the report and hash: no machine paths, env values hidden unless public. */
function describeCommandScenario(command) {
    const shown = new Set(command.publicEnv ?? []);
    return {
        name: command.name,
        argv: command.argv,
        env: Object.fromEntries(Object.entries(command.env).map(([k, v]) => [k, shown.has(k) ? v : '***'])),
        timeoutMs: command.timeoutMs,
        ingest: {
            format: command.ingest.format,
            ...(command.ingest.version ? { version: command.ingest.version } : {}),
        },
    };
}
function resolveSetupRequest(source) {
    const step = source.definition;
    const headers = {};
    for (const [name, value] of Object.entries(step.headers))
        headers[name.toLowerCase()] = value;
    return {
        name: step.name ?? `${step.method} ${step.path}`,
        method: step.method,
        path: step.path,
        headers,
        ...(source.body !== undefined ? { body: source.body } : {}),
        ...(source.bodySource !== undefined ? { bodySource: source.bodySource } : {}),
        checks: {
            status: [...step.checks.status],
            json: step.checks.json.map(toJsonCheck),
            bodyContains: [...step.checks.bodyContains],
        },
    };
}
/** A step as the report and the hash see it: headers redacted, the body by size and digest. */
function describeSetupRequest(step) {
    const { body, ...rest } = step;
    return {
        ...rest,
        headers: (0,secrets/* redactHeaders */.cA)(step.headers),
        path: (0,secrets/* redactPath */.tp)(step.path),
        ...(body !== undefined ? { body: { bytes: body.byteLength, sha256: sha256Hex(body) } } : {}),
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
    const timeBudgetMs = compare.timeBudget !== undefined ? (0,duration/* parseDurationMs */.yi)(compare.timeBudget) : undefined;
    return {
        mode: compare.mode ?? schema/* DEFAULT_AB_MODE */.A0,
        ...(compare.mode === undefined ? { modeDefaulted: true } : {}),
        minRounds: compare.rounds ?? compare.minRounds ?? schema/* DEFAULT_MIN_ROUNDS */.hX,
        maxRounds: compare.rounds ?? compare.maxRounds ?? schema/* DEFAULT_MAX_ROUNDS */.l6,
        ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
        ...(compare.seed !== undefined ? { seed: compare.seed } : {}),
        ...(compare.metrics !== undefined ? { metrics: [...new Set(compare.metrics)] } : {}),
        noise: compare.noise,
        thresholdFraction: parseThresholdFraction(compare.threshold),
    };
}
/**
 * Refuses thresholds that cannot read what the config measures: a benchmark limit in a config of
 * HTTP scenarios, or an HTTP limit (`p99 < 50ms`) in a config of command benchmarks, would
 * otherwise judge nothing and pass in silence.
 */
function checkThresholdKinds(thresholds, commands) {
    for (const t of thresholds) {
        if (commands && t.kind !== 'benchmark') {
            throw (0,core_errors/* inputError */.Xu)('CONFIG_INVALID', `Threshold "${t.source}" reads HTTP levels, and the scenarios of this config are command benchmarks`, "Limit a benchmark's estimate instead, e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }.");
        }
        if (!commands && t.kind === 'benchmark') {
            throw (0,core_errors/* inputError */.Xu)('CONFIG_INVALID', `Threshold "${t.source}" reads command benchmarks, and the scenarios of this config are HTTP requests`, "Use an HTTP threshold such as 'p99 < 50ms' or 'rps > 2000', or move the limit to a config of kind: command scenarios.");
        }
    }
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
        const port = portNumber(target.command.port ?? 0);
        return {
            kind: 'command',
            argv: [...target.command.run],
            cwd: (0,external_node_path_.resolve)(configDir, target.command.cwd),
            ...resolveEnv(target.command.env),
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
        const declared = target.port ?? product.command.port ?? product.port;
        if (declared === undefined) {
            throw (0,core_errors/* inputError */.Xu)('PRODUCT_INVALID', `Product "${source.name}" starts a command but names no port`, 'Add `port:` to its product.yml (or `command.port`, or `port: auto`).');
        }
        const port = portNumber(declared);
        return {
            kind: 'command',
            argv: [...product.command.run],
            cwd: (0,external_node_path_.resolve)(source.dir, product.command.cwd),
            ...resolveEnv({ ...product.env, ...product.command.env, ...envOverride }),
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
        // A container's port is inside the container; its host port is always picked free.
        // A library product has no port: 0, it is never loaded over HTTP (command scenarios only).
        port: target.port === undefined || target.port === 'auto' ? (product.port ?? 0) : target.port,
        ...resolveEnv({ ...product.env, ...envOverride }),
        health,
        product: source.name,
    };
}
/** `port: auto` is 0 in the plan: the target starter picks a free port. */
function portNumber(port) {
    return port === 'auto' ? 0 : port;
}
/** Env values as text, and the names of those marked public (absent when none are). */
function resolveEnv(env) {
    const values = {};
    const publicNames = [];
    for (const [name, value] of Object.entries(env)) {
        values[name] = typeof value === 'string' ? value : value.value;
        if (typeof value !== 'string' && value.public)
            publicNames.push(name);
    }
    return { env: values, ...(publicNames.length > 0 ? { publicEnv: publicNames.sort() } : {}) };
}
function resolveScenario(source) {
    const scenario = source.definition;
    if (isCommandScenario(scenario))
        throw new Error('resolveScenario: a command scenario');
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
        workers: overrides.workers ?? load.workers,
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
            headers: (0,secrets/* redactHeaders */.cA)(scenario.headers),
            path: (0,secrets/* redactPath */.tp)(scenario.path),
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
/**
 * A target as the report shows it: no machine-specific paths, secrets replaced (`redactTarget`),
 * and `port: auto` as written rather than as a port.
 */
function portableTarget(target) {
    const shown = (0,secrets/* redactTarget */.Jy)(target);
    const { cwd: _cwd, publicEnv: _publicEnv, ...portable } = shown.kind === 'command' ? shown : { ...shown, cwd: undefined, publicEnv: undefined };
    if (portable.kind === 'command' && portable.port === 0) {
        const { baseUrl: _baseUrl, ...auto } = portable;
        return { ...auto, port: 'auto' };
    }
    return portable;
}
//# sourceMappingURL=resolve-plan.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/edges/files/read-input-file.js
/**
 * Reads the files a run is configured with (config, product and scenario files, payloads,
 * `--body-file`) without trusting them to be files: a FIFO would block a file-system thread for
 * ever, `/dev/zero` would grow memory without end, a 50 MB config would take seconds and
 * gigabytes to parse. The file is opened without blocking, checked on the open descriptor (so
 * it cannot be swapped between the check and the read), accepted only when it is a regular
 * file within a size limit, and read to that limit at most. Every refusal is named: a missing
 * file, a directory, a FIFO, a device, a socket, a symlink loop, a file too large.
 *
 * Also decides which files a config may name: its paths stay inside the config's repository
 * (the nearest ancestor with `.git`, or the config's own directory tree when there is none)
 * unless the caller allows more, so a config cannot send `/etc/passwd` as a request body.
 */



/** Largest config, product or scenario file read, bytes (1 MiB: configs are a few KiB). */
const MAX_CONFIG_FILE_BYTES = 1024 * 1024;
/** Largest payload file or `--body-file` read, bytes (16 MiB: every body is held in memory). */
const MAX_PAYLOAD_FILE_BYTES = 16 * 1024 * 1024;
// Opening a FIFO for reading blocks until a writer appears, unless non-blocking; it changes
// nothing for regular files. Windows has no such flag (and no FIFOs in the file system).
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0);
/** Reads `path` when it is a regular file of at most `maxBytes` bytes; otherwise says why not. */
async function readInputFile(path, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, OPEN_FLAGS);
    }
    catch (error) {
        return refusedToOpen(error);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            const refusal = info.isDirectory()
                ? 'directory'
                : info.isFIFO()
                    ? 'fifo'
                    : info.isCharacterDevice() || info.isBlockDevice()
                        ? 'device'
                        : info.isSocket()
                            ? 'socket'
                            : 'not-regular';
            return { ok: false, refusal, reason: REASONS[refusal] };
        }
        if (info.size > maxBytes)
            return tooLarge(info.size, maxBytes);
        // The size can change while reading (or lie, as in /proc): read one byte more than allowed
        // at most, and refuse when it is there.
        const chunks = [];
        let total = 0;
        for (;;) {
            const want = Math.min(64 * 1024, maxBytes + 1 - total);
            if (want <= 0)
                break;
            const buffer = Buffer.allocUnsafe(want);
            const { bytesRead } = await handle.read(buffer, 0, want, null);
            if (bytesRead === 0)
                break;
            chunks.push(buffer.subarray(0, bytesRead));
            total += bytesRead;
        }
        if (total > maxBytes)
            return tooLarge(total, maxBytes, true);
        return { ok: true, bytes: Buffer.concat(chunks, total) };
    }
    catch (error) {
        return { ok: false, refusal: 'unreadable', reason: `not readable (${errorCode(error)})` };
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}
const REASONS = {
    missing: 'no such file',
    directory: 'a directory, not a file',
    fifo: 'a FIFO (named pipe), not a regular file',
    device: 'a device, not a regular file',
    socket: 'a socket, not a regular file',
    'symlink-loop': 'a symbolic link loop',
    'not-regular': 'not a regular file',
};
function refusedToOpen(error) {
    const code = errorCode(error);
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return { ok: false, refusal: 'missing', reason: REASONS.missing };
        case 'ELOOP':
            return { ok: false, refusal: 'symlink-loop', reason: REASONS['symlink-loop'] };
        case 'EISDIR':
            return { ok: false, refusal: 'directory', reason: REASONS.directory };
        case 'ENXIO':
            // A socket, or a device with nothing behind it.
            return { ok: false, refusal: 'not-regular', reason: REASONS['not-regular'] };
        default:
            return { ok: false, refusal: 'unreadable', reason: `not readable (${code})` };
    }
}
function tooLarge(size, maxBytes, atLeast = false) {
    return {
        ok: false,
        refusal: 'too-large',
        reason: `${atLeast ? 'more than ' : ''}${size} bytes, more than the limit of ${maxBytes} bytes`,
    };
}
function errorCode(error) {
    return error.code ?? 'error';
}
/** The nearest ancestor of `dir` (itself included) holding `.git`; undefined when none does. */
async function gitRootOf(dir) {
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        if (await exists((0,external_node_path_.join)(current, '.git')))
            return current;
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
/**
 * Whether `path` lies inside `root`, both as written and after following symbolic links (a
 * link in the repository to `/etc/passwd` is outside). A path that does not exist is judged as
 * written; reading it fails later with "no such file".
 */
async function isInsideRoot(root, path) {
    if (!contains(root, path))
        return false;
    const [realRoot, realPath] = await Promise.all([
        (0,promises_.realpath)(root).catch(() => root),
        (0,promises_.realpath)(path).catch(() => undefined),
    ]);
    return realPath === undefined || contains(realRoot, realPath);
}
function contains(root, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(path));
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
//# sourceMappingURL=read-input-file.js.map
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
    const read = await readInputFile(absoluteConfig, MAX_CONFIG_FILE_BYTES);
    if (!read.ok) {
        if (read.refusal === 'missing') {
            throw (0,core_errors/* inputError */.Xu)('CONFIG_NOT_FOUND', `Config file not found: ${configPath}`, 'Check the path; configs usually live in configs/, e.g. configs/demo.yml.');
        }
        throw (0,core_errors/* inputError */.Xu)('CONFIG_UNREADABLE', `Config file ${configPath} is ${read.reason}.`);
    }
    const parsed = (0,parse_config/* parseConfig */.o4)(read.bytes.toString('utf8'), displayPath(absoluteConfig));
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
    // Where the config's paths may lead; undefined when the caller allows any place.
    const root = opts.allowOutsideRepo ? undefined : await rootOf(configDir, opts);
    let product;
    let productScenarios = new Map();
    let productSteps = { setup: [], teardown: [] };
    if (productName !== undefined && !reported.has('target.product')) {
        const catalogues = await productCatalogues(configDir, root, opts);
        const loaded = await loadProduct(productName, catalogues, parsed.source, 'target', opts);
        problems.push(...loaded.problems);
        product = loaded.product;
        productScenarios = loaded.scenarios;
        productSteps = loaded.steps;
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
    const productCommand = product?.product.command;
    if (config?.target.port === 'auto' &&
        productCommand &&
        !(0,parse_config/* mentionsPort */.$d)({
            ...productCommand,
            env: { ...product?.product.env, ...productCommand.env, ...config.target.env },
        })) {
        problems.push((0,parse_config/* portAutoProblem */.u2)(parsed.source, ['target', 'port']));
    }
    let baselineProduct;
    if (baselineName !== undefined && !reported.has('baseline.product')) {
        if (baselineName === productName && product) {
            baselineProduct = product;
        }
        else {
            const catalogues = await productCatalogues(configDir, root, opts);
            const loaded = await loadProduct(baselineName, catalogues, parsed.source, 'baseline', opts);
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
            if (isCommandScenario(found.definition))
                continue;
            const payloads = await readPayloads(found.definition.payloads, found.definition.body?.template, found.dir, found.root, found.source, []);
            problems.push(...payloads.problems);
            payloadFiles.set(index, payloads.files);
        }
        else if ((0,check_scenario/* isRecord */.u4)(entry)) {
            const payloadsConfig = schema/* PayloadsConfigSchema */.td.safeParse(entry.payloads);
            if (entry.payloads === undefined || !payloadsConfig.success)
                continue;
            const template = (0,check_scenario/* isRecord */.u4)(entry.body) && typeof entry.body.template === 'string'
                ? entry.body.template
                : undefined;
            const payloads = await readPayloads(payloadsConfig.data, template, configDir, root, parsed.source, ['scenarios', index]);
            problems.push(...payloads.problems);
            payloadFiles.set(index, payloads.files);
        }
    }
    const configSetup = await readSetupSteps(config?.setup, configDir, root, parsed.source, [
        'setup',
    ]);
    const configTeardown = await readSetupSteps(config?.teardown, configDir, root, parsed.source, [
        'teardown',
    ]);
    problems.push(...configSetup.problems, ...configTeardown.problems);
    if (!config || problems.length > 0)
        return { problems: (0,config_problem/* sortProblems */.dS)(problems) };
    const scenarios = [];
    for (const [index, entry] of config.scenarios.entries()) {
        const found = typeof entry === 'string' ? productScenarios.get(entry) : undefined;
        const definition = typeof entry === 'string' ? found?.definition : entry;
        const dir = found ? found.dir : configDir;
        if (definition)
            scenarios.push({ definition, dir, payloads: payloadFiles.get(index) ?? [] });
    }
    const commandCount = scenarios.filter((s) => isCommandScenario(s.definition)).length;
    if (commandCount > 0 && commandCount < scenarios.length) {
        return {
            problems: [
                parsed.source.problemAt(['scenarios'], {
                    message: 'HTTP scenarios and command scenarios (kind: command) are mixed in one config',
                    expected: 'only HTTP scenarios, or only command scenarios',
                    hint: 'Split the config in two: one for the service, one for its command benchmarks.',
                }),
            ],
        };
    }
    const plan = resolvePlan({
        config,
        configPath,
        configDir,
        ...(product ? { product } : {}),
        ...(baselineProduct ? { baselineProduct } : {}),
        scenarios,
        overrides,
        // The product registers what it needs first; the config's own steps build on it, and
        // tear down in the reverse order.
        setup: [...productSteps.setup, ...configSetup.steps],
        teardown: [...configTeardown.steps, ...productSteps.teardown],
    });
    return { plan, problems: [] };
}
async function loadProduct(name, search, configSource, key, opts) {
    const scenarios = new Map();
    const steps = { setup: [], teardown: [] };
    let found;
    const unreadable = [];
    const catalogues = search.dirs;
    for (const catalogue of catalogues) {
        const productPath = (0,external_node_path_.join)(catalogue, name, 'product.yml');
        const read = await readInputFile(productPath, MAX_CONFIG_FILE_BYTES);
        if (read.ok) {
            found = {
                dir: (0,external_node_path_.join)(catalogue, name),
                productPath,
                text: read.bytes.toString('utf8'),
                catalogue,
            };
            break;
        }
        if (read.refusal !== 'missing' && read.refusal !== 'directory') {
            unreadable.push(configSource.problemAt([key, 'product'], {
                message: `product file ${displayPath(productPath)} is ${read.reason}`,
                expected: 'a product.yml that is a regular file',
            }));
        }
    }
    if (!found && unreadable.length > 0)
        return { scenarios, steps, problems: unreadable };
    if (!found) {
        const known = [...new Set((await Promise.all(catalogues.map(listProducts))).flat())].sort();
        const suggestion = (0,parse_document/* closestKey */.bi)(name, known);
        const skipped = search.outside === undefined
            ? ''
            : `; ${displayPath(search.outside)} lies outside the config's repository and was not searched`;
        const searched = (catalogues.length > 0
            ? `looked in ${catalogues.map((c) => displayPath(c)).join(', ')}`
            : 'no products/ directory above the config and no catalogue given') + skipped;
        return {
            scenarios,
            steps,
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
    // A product's payloads stay inside the repository (or catalogue) that holds the product.
    const productRoot = opts.allowOutsideRepo ? undefined : await rootOf(found.catalogue, opts);
    const parsed = (0,parse_document/* parseDocumentWith */.$L)(text, displayPath(productPath), schema/* ProductFileSchema */.ZA);
    const problems = [...parsed.problems];
    if (parsed.value && !parsed.value.command && !parsed.value.image) {
        problems.push(parsed.source.problemAt([], {
            message: 'the product has neither `image` nor `command`',
            expected: 'image: {repository: …} and/or command: {run: […]}',
        }));
    }
    const command = parsed.value?.command;
    if (command?.port === 'auto' &&
        !(0,parse_config/* mentionsPort */.$d)({ ...command, env: { ...parsed.value?.env, ...command.env } })) {
        problems.push((0,parse_config/* portAutoProblem */.u2)(parsed.source, ['command', 'port']));
    }
    for (const phase of ['setup', 'teardown']) {
        const read = await readSetupSteps(parsed.value?.[phase], dir, productRoot, parsed.source, [
            phase,
        ]);
        problems.push(...read.problems);
        steps[phase] = read.steps;
    }
    const scenariosDir = (0,external_node_path_.join)(dir, 'scenarios');
    const entries = await (0,promises_.readdir)(scenariosDir).catch(() => []);
    for (const file of entries.filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
        const scenarioPath = (0,external_node_path_.join)(scenariosDir, file);
        const read = await readInputFile(scenarioPath, MAX_CONFIG_FILE_BYTES);
        if (!read.ok) {
            if (read.refusal !== 'missing') {
                problems.push({
                    file: displayPath(scenarioPath),
                    line: 1,
                    col: 1,
                    path: '',
                    message: `the scenario file is ${read.reason}`,
                    expected: 'a regular YAML or JSON file',
                });
            }
            continue;
        }
        const scenarioText = read.bytes.toString('utf8');
        // A `kind: command` file is a command benchmark; anything else an HTTP scenario.
        const isCommand = /^kind:\s*['"]?command['"]?\s*$/m.test(scenarioText);
        const scenario = isCommand
            ? (0,parse_document/* parseDocumentWith */.$L)(scenarioText, displayPath(scenarioPath), schema/* CommandScenarioFileSchema */.Jq)
            : (0,parse_document/* parseDocumentWith */.$L)(scenarioText, displayPath(scenarioPath), schema/* ScenarioFileSchema */.ar);
        problems.push(...scenario.problems);
        if (scenario.raw !== undefined && !isCommand)
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
            root: productRoot,
            source: scenario.source,
        });
    }
    // The product is returned even when a scenario file has problems, so the config's scenario
    // names are still checked against the scenarios that did parse.
    if (!parsed.value || parsed.problems.length > 0)
        return { scenarios, steps, problems };
    return {
        product: { name: parsed.value.name ?? name, dir, product: parsed.value },
        scenarios,
        steps,
        problems,
    };
}
/**
 * Reads the bodies of setup or teardown steps and checks their JSON checks. A body file obeys
 * the payload rules: inside `root` (the repository), a regular file, at most
 * `MAX_PAYLOAD_FILE_BYTES`.
 */
async function readSetupSteps(definitions, baseDir, root, source, path) {
    const steps = [];
    const problems = [];
    for (const [index, definition] of (definitions ?? []).entries()) {
        definition.checks.json.forEach((check, at) => {
            const parsedCheck = (0,json_check/* parseJsonCheck */.Yu)(check);
            if ('error' in parsedCheck) {
                problems.push(source.problemAt([...path, index, 'checks', 'json', at], {
                    message: `invalid JSON check: ${parsedCheck.error}`,
                    expected: "'<path> <op> <literal>' or '<path> exists', e.g. '$.id exists'",
                }));
            }
        });
        const body = definition.body;
        if (body === undefined) {
            steps.push({ definition });
        }
        else if ('text' in body) {
            steps.push({ definition, body: new TextEncoder().encode(body.text) });
        }
        else {
            const at = [...path, index, 'body', 'file'];
            const absolute = (0,external_node_path_.resolve)(baseDir, body.file);
            if (root !== undefined && !(await isInsideRoot(root, absolute))) {
                problems.push(source.problemAt(at, {
                    message: `body file ${displayPath(absolute)} is outside the repository (${displayPath(root)}), so it is not read`,
                    expected: `a path inside ${displayPath(root)}`,
                    hint: 'Move the file into the repository, or pass --allow-outside-repo if it really should be sent.',
                }));
                continue;
            }
            const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
            if (!read.ok) {
                problems.push(unreadablePayloadProblem(source, at, absolute, 'body file', read));
                continue;
            }
            steps.push({ definition, body: read.bytes, bodySource: body.file });
        }
    }
    return { steps, problems };
}
async function readPayloads(payloads, template, baseDir, root, source, path) {
    const files = [];
    const problems = [];
    if (!payloads)
        return { files, problems };
    const outside = async (absolute) => root !== undefined && !(await isInsideRoot(root, absolute));
    const outsideProblem = (at, absolute, what) => source.problemAt(at, {
        message: `${what} ${displayPath(absolute)} is outside the repository (${displayPath(root ?? '')}), so it is not read`,
        expected: `a path inside ${displayPath(root ?? '')}`,
        hint: 'Move the file into the repository, or pass --allow-outside-repo if it really should be sent.',
    });
    if (payloads.dir !== undefined) {
        const at = [...path, 'payloads', 'dir'];
        const dir = (0,external_node_path_.resolve)(baseDir, payloads.dir);
        if (await outside(dir)) {
            problems.push(outsideProblem(at, dir, 'payload directory'));
            return { files, problems };
        }
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => undefined);
        if (!entries) {
            problems.push(source.problemAt(at, {
                message: `payload directory not found: ${displayPath(dir)}`,
                expected: 'a directory of payload files, relative to this file',
            }));
            return { files, problems };
        }
        // Links are followed (and checked) like files; subdirectories are not payloads.
        const names = entries
            .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
            .map((e) => e.name)
            .sort();
        if (names.length === 0) {
            problems.push(source.problemAt(at, {
                message: `payload directory is empty: ${displayPath(dir)}`,
                expected: 'at least one payload file',
            }));
        }
        for (const name of names) {
            const absolute = (0,external_node_path_.join)(dir, name);
            if (await outside(absolute)) {
                problems.push(outsideProblem(at, absolute, 'payload file'));
                continue;
            }
            const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
            if (!read.ok) {
                problems.push(source.problemAt(at, {
                    message: `payload file ${displayPath(absolute)} is ${read.reason}`,
                    expected: `regular files of at most ${MAX_PAYLOAD_FILE_BYTES} bytes`,
                }));
                continue;
            }
            const unfit = template === undefined ? undefined : templatePayloadProblem(template, read.bytes);
            if (unfit !== undefined) {
                problems.push(source.problemAt(at, {
                    message: `payload file ${displayPath(absolute)}: ${unfit}`,
                    expected: 'UTF-8 payloads, or {{payload}} to send the bytes as they are',
                }));
                continue;
            }
            files.push({ name, bytes: read.bytes });
        }
        return { files, problems };
    }
    for (const [index, entry] of (payloads.files ?? []).entries()) {
        const filePath = typeof entry === 'string' ? entry : entry.path;
        const at = typeof entry === 'string'
            ? [...path, 'payloads', 'files', index]
            : [...path, 'payloads', 'files', index, 'path'];
        const absolute = (0,external_node_path_.resolve)(baseDir, filePath);
        if (await outside(absolute)) {
            problems.push(outsideProblem(at, absolute, 'payload file'));
            continue;
        }
        const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
        if (!read.ok) {
            problems.push(unreadablePayloadProblem(source, at, absolute, 'payload file', read));
            continue;
        }
        const unfit = template === undefined ? undefined : templatePayloadProblem(template, read.bytes);
        if (unfit !== undefined) {
            problems.push(source.problemAt(at, {
                message: `payload file ${displayPath(absolute)}: ${unfit}`,
                expected: 'a UTF-8 payload, or {{payload}} to send the bytes as they are',
            }));
            continue;
        }
        files.push({
            name: filePath,
            bytes: read.bytes,
            ...(typeof entry !== 'string' && entry.weight !== undefined ? { weight: entry.weight } : {}),
        });
    }
    return { files, problems };
}
/**
 * The catalogues to search, in order, without repeats: the ones given, then the nearest
 * `products/` above the config when it lies inside `root` (the config's repository; undefined:
 * anywhere), then the fallbacks.
 */
async function productCatalogues(configDir, root, opts) {
    const nearest = await findProductsDir(configDir);
    const inside = nearest !== undefined && (root === undefined || (await isInsideRoot(root, nearest)));
    const all = [
        ...(opts.productsDirs ?? []).map((d) => (0,external_node_path_.resolve)(d)),
        ...(nearest !== undefined && inside ? [nearest] : []),
        ...(opts.fallbackProductsDirs ?? []).map((d) => (0,external_node_path_.resolve)(d)),
    ];
    return {
        dirs: [...new Set(all)],
        ...(nearest !== undefined && !inside ? { outside: nearest } : {}),
    };
}
/**
 * The repository `dir` belongs to: the nearest ancestor holding `.git`; without one, the
 * caller's `repositoryRoot` when `dir` lies inside it; else `dir` itself.
 */
async function rootOf(dir, opts) {
    const git = await gitRootOf(dir);
    if (git !== undefined)
        return git;
    if (opts.repositoryRoot !== undefined && (await isInsideRoot(opts.repositoryRoot, dir))) {
        return (0,external_node_path_.resolve)(opts.repositoryRoot);
    }
    return (0,external_node_path_.resolve)(dir);
}
/** The nearest ancestor of `dir` (itself included) that holds a `products/` directory. */
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
        if (!entry.isDirectory())
            continue;
        const read = await readInputFile((0,external_node_path_.join)(productsDir, entry.name, 'product.yml'), MAX_CONFIG_FILE_BYTES);
        if (read.ok)
            names.push(entry.name);
    }
    return names.sort();
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((s) => s.isDirectory(), () => false);
}
/** A path relative to the working directory when it is inside it, else absolute. */
function displayPath(absolute) {
    const rel = (0,external_node_path_.relative)(process.cwd(), absolute);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
}
/** The problem of a body or payload file the reader refused (missing, not regular, too large). */
function unreadablePayloadProblem(source, at, absolute, what, read) {
    return source.problemAt(at, {
        message: read.refusal === 'missing'
            ? `${what} not found: ${displayPath(absolute)}`
            : `${what} ${displayPath(absolute)} is ${read.reason}`,
        expected: `a regular file of at most ${MAX_PAYLOAD_FILE_BYTES} bytes, relative to this file`,
    });
}
//# sourceMappingURL=load-plan.js.map

/***/ })

};
