export const id = 104;
export const ids = [104];
export const modules = {

/***/ 58104:
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
        load,
        cloud,
        ...(slo && { slo }),
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

/***/ })

};
