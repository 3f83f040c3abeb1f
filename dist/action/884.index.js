export const id = 884;
export const ids = [884];
export const modules = {

/***/ 27591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ runPlan)
/* harmony export */ });
/* unused harmony export shareOf */
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49425);
/* harmony import */ var _run_level_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28824);
/* harmony import */ var _http_choose_connection_factory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32229);
/* harmony import */ var _level_workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55618);





/** Runs the plan's levels against `opts.baseUrl`. */
async function runPlan(plan, opts) {
    await (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .initHistograms */ .ay)();
    const factory = opts.connectionFactory ?? (await (0,_http_choose_connection_factory_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseConnectionFactory */ .A)(opts.baseUrl, opts.transport));
    const share = opts.share ?? { index: 0, count: 1 };
    if (opts.startAtEpochMs !== undefined) {
        const waitMs = opts.startAtEpochMs - Date.now();
        if (waitMs > 0)
            await abortableSleep(waitMs, opts.signal);
    }
    const runs = plan.scenarios.flatMap((scenario) => plan.load.levels.map((level) => ({ scenario, level })));
    const results = [];
    for (const [index, { scenario, level }] of runs.entries()) {
        if (opts.signal?.aborted)
            break;
        const onProgress = opts.onProgress
            ? (p) => opts.onProgress?.({ ...p, index, count: runs.length })
            : undefined;
        const agentLevel = shareOf(level, share.count, plan.load.model);
        const measurement = plan.load.workers > 1 && opts.connectionFactory === undefined
            ? await (0,_level_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .runLevelInWorkers */ .Gb)({
                scenario,
                load: plan.load,
                level: agentLevel,
                nominalLevel: level,
                baseUrl: opts.baseUrl,
                transport: opts.transport ?? 'auto',
                workers: plan.load.workers,
                script: opts.workerScript ?? process.argv[1] ?? '',
                signal: opts.signal,
                onProgress,
            })
            : await (0,_run_level_js__WEBPACK_IMPORTED_MODULE_1__/* .runLevel */ .m)({
                scenario,
                load: plan.load,
                level: agentLevel,
                nominalLevel: level,
                baseUrl: opts.baseUrl,
                factory,
                signal: opts.signal,
                onProgress,
            });
        results.push(measurement);
        opts.onLevel?.(measurement);
        if (measurement.interrupted)
            break;
    }
    return results;
}
/** One agent's part of a level: connections are whole (at least one), rates divide exactly. */
function shareOf(level, agents, model) {
    if (agents <= 1)
        return level;
    return model === 'closed' ? Math.max(1, Math.round(level / agents)) : level / agents;
}
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
//# sourceMappingURL=run-plan.js.map

/***/ }),

/***/ 76477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ buildRunReport)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18563);
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67591);
/* harmony import */ var _level_health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28307);
/* harmony import */ var _redact_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49464);




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
    for (const step of input.setup ?? []) {
        // A failed setup step stops the run before any level; a failed teardown is worth a note.
        if (!step.ok && step.phase === 'teardown' && step.problem)
            notes.push(step.problem);
    }
    const bound = input.levels.filter((l) => l.generator.generatorBound);
    if (bound.length > 0) {
        const names = bound.map((l) => `${l.scenario} @ ${l.level}`);
        const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
        const note = `${bound.length} level(s) were limited by the load generator, not the target (${shown.join(', ')}); their throughput understates the target`;
        if (!notes.includes(note))
            notes.push(note);
    }
    const report = {
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
        ...(input.setup && input.setup.length > 0 ? { setup: input.setup } : {}),
        levels: input.levels,
        notes,
    };
    // Before any renderer sees it: the plan keeps the real values, the report never does.
    return (0,_redact_report_js__WEBPACK_IMPORTED_MODULE_2__/* .redactReport */ .a)(report, (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .secretValuesOf */ .WD)(input.plan));
}
//# sourceMappingURL=build-run-report.js.map

/***/ }),

/***/ 49464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ redactReport)
/* harmony export */ });
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67591);
/**
 * The last step of building a run report: every text in it that can carry a secret (the
 * target's URL and command, the resolved config, notes, the comparison's labels and notes) is
 * passed through the redaction rules of `core/config/secrets.ts`, so no renderer (result.json,
 * report.html, summary.md, CSV, the terminal, the action's summary and comment) can write one.
 * Measurements (histograms, counts) are left alone: they hold no text from the config, and a
 * secret that happened to spell part of a base64 histogram must not corrupt it.
 */

/** `report` with URL userinfo, secret arguments and the known `secrets` hidden in its texts. */
function redactReport(report, secrets) {
    const text = (value) => (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(value, secrets);
    const { target, comparison } = report;
    return {
        ...report,
        target: {
            ...target,
            url: text((0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(target.url)),
            ...(target.command !== undefined ? { command: (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactArgv */ .Qu)(target.command).map(text) } : {}),
        },
        config: {
            ...report.config,
            ...(report.config.path !== undefined ? { path: (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlsInText */ .GP)(report.config.path) } : {}),
            // Already redacted by structure when the plan was resolved; URLs anywhere in it, too.
            resolved: redactUrlsDeep(report.config.resolved),
        },
        notes: report.notes.map(text),
        ...(comparison !== undefined
            ? {
                comparison: {
                    ...comparison,
                    baselineLabel: text(comparison.baselineLabel),
                    candidateLabel: text(comparison.candidateLabel),
                    notes: comparison.notes.map(text),
                },
            }
            : {}),
    };
}
/** JSON data with URL userinfo hidden in every string. */
function redactUrlsDeep(value) {
    if (typeof value === 'string')
        return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrlsInText */ .GP)(value);
    if (Array.isArray(value))
        return value.map(redactUrlsDeep);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactUrlsDeep(v)]));
    }
    return value;
}
//# sourceMappingURL=redact-report.js.map

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

/***/ 58433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ collectEnvironment)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./node_modules/undici/package.json
const package_namespaceObject = {"rE":"7.30.2"};
;// CONCATENATED MODULE: ./lib/edges/local/environment.js
/**
 * Describes the machine and software a run used, for the report: results from different
 * machines, Node versions or commits are not comparable, and the report must say which is which.
 */





// A static import, so bundles carry the version of the undici they contain.

/** Reads `version` from a package.json, or `unknown` when it cannot be read. */
function packageVersion(resolve) {
    try {
        const json = JSON.parse((0,external_node_fs_.readFileSync)(resolve(), 'utf8'));
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
    let dir = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = external_node_path_.join(dir, 'package.json');
        try {
            const json = JSON.parse((0,external_node_fs_.readFileSync)(candidate, 'utf8'));
            if (json.name === 'bench-action')
                return candidate;
        }
        catch {
            // Not here: keep walking up.
        }
        dir = external_node_path_.dirname(dir);
    }
    throw new Error('bench-action package.json not found');
}
/** Runs git in `cwd`; resolves to stdout, or `undefined` when git is missing or fails. */
function git(cwd, args) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 5_000, windowsHide: true }, (error, stdout) => {
            resolve(error ? undefined : stdout);
        });
    });
}
/** Collects the environment of a local run. Never fails: unknown values say so. */
async function collectEnvironment(opts) {
    const cpus = external_node_os_.cpus();
    const env = {
        hostname: external_node_os_.hostname(),
        cpuModel: cpus[0]?.model.trim() || 'unknown',
        cpus: Math.max(1, external_node_os_.availableParallelism()),
        memoryBytes: external_node_os_.totalmem(),
        os: `${external_node_os_.platform()} ${external_node_os_.release()} ${external_node_os_.arch()}`,
        nodeVersion: process.version,
        undiciVersion: package_namespaceObject.rE,
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

/***/ }),

/***/ 64944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ startMachineSampler)
});

// UNUSED EXPORTS: readMachineSample

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/core/machine/parse-proc-stat-cpu.js
/**
 * The machine's CPU counters from Linux `/proc/stat`: the aggregate `cpu` line (cumulative clock
 * ticks by state, over all CPUs), the number of CPUs and the threads runnable right now. Steal
 * is time a virtual CPU wanted to run while the hypervisor ran someone else: on a cloud VM, the
 * noisy neighbour made visible.
 */
/** Parses the text of `/proc/stat`; `undefined` when the `cpu` line is missing or malformed. */
function parseProcStatCpu(text, epochMs) {
    let line;
    let cpus = 0;
    let runnable = 0;
    for (const l of text.split('\n')) {
        if (l.startsWith('cpu '))
            line = l;
        else if (/^cpu\d+\s/.test(l))
            cpus++;
        else if (l.startsWith('procs_running '))
            runnable = Number(l.slice(14).trim()) || 0;
    }
    if (line === undefined)
        return undefined;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    if (fields.length < 4 || fields.some((f) => !Number.isFinite(f) || f < 0))
        return undefined;
    // user nice system idle iowait irq softirq steal (guest and guest_nice are counted in user).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return {
        epochMs,
        cpus: Math.max(1, cpus),
        totalTicks: user + nice + system + idle + iowait + irq + softirq + steal,
        idleTicks: idle + iowait,
        stealTicks: steal,
        runnable,
    };
}
//# sourceMappingURL=parse-proc-stat-cpu.js.map
;// CONCATENATED MODULE: ./lib/edges/local/machine-sampler.js
/**
 * The machine's CPU counters, read from Linux `/proc/stat` at a fixed interval for the length
 * of a run, so every level can say how busy the machine was and how much the hypervisor stole.
 * Elsewhere it records nothing: machine figures are context, never a reason to fail a run.
 */


/** Reads `/proc/stat` once; undefined when it cannot be read or parsed. */
function readMachineSample() {
    try {
        return parseProcStatCpu((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8'), Date.now());
    }
    catch {
        return undefined;
    }
}
/** Samples now and every `intervalMs` until `stop()`. */
function startMachineSampler(intervalMs = 1000) {
    const taken = [];
    const first = process.platform === 'linux' ? readMachineSample() : undefined;
    if (!first)
        return { samples: () => [], stop: () => undefined };
    taken.push(first);
    let timer = setInterval(() => {
        const reading = readMachineSample();
        if (reading)
            taken.push(reading);
    }, intervalMs);
    // The sampler must never be what keeps the bench process alive.
    timer.unref();
    return {
        samples: () => taken.slice(),
        stop: () => {
            if (timer !== undefined)
                clearInterval(timer);
            timer = undefined;
        },
    };
}
//# sourceMappingURL=machine-sampler.js.map

/***/ }),

/***/ 12612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ createOutputTail)
/* harmony export */ });
/**
 * The last lines a target wrote, kept so that start-up errors can show why it failed without
 * holding a long-running process's whole output in memory.
 */
/** Keep the last `maxLines` lines of output; `onLine` sees every complete line. */
function createOutputTail(maxLines = 50, onLine) {
    const kept = [];
    let partial = '';
    const keep = (line) => {
        kept.push(line);
        if (kept.length > maxLines)
            kept.shift();
        onLine?.(line);
    };
    return {
        push(chunk) {
            const parts = (partial + chunk).split(/\r?\n/);
            partial = parts.pop() ?? '';
            for (const line of parts)
                keep(line);
        },
        lines() {
            return partial === '' ? kept.slice() : [...kept, partial].slice(-maxLines);
        },
        format() {
            const lines = this.lines();
            if (lines.length === 0)
                return '(the target wrote no output)';
            return `last ${lines.length} line(s) of output:\n${lines.map((line) => `  | ${line}`).join('\n')}`;
        },
    };
}
//# sourceMappingURL=output-tail.js.map

/***/ }),

/***/ 74825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bH: () => (/* binding */ startProcSampler),
/* harmony export */   h_: () => (/* binding */ liveGroupMembers)
/* harmony export */ });
/* unused harmony exports parseProcStat, parseVmRssBytes, clockTicksPerSecondOnce, readProcessSample */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/**
 * CPU and memory of a local process, read from Linux `/proc` at a fixed interval. Elsewhere, or
 * once the process is gone, sampling stops quietly with what it has: resource figures are
 * context for a report, never a reason to fail a run.
 */


/**
 * Parse one `/proc/<pid>/stat` line. `comm` sits in parentheses and may itself contain spaces
 * and `)`, so the fields after it are found from the *last* `)`.
 * Returns undefined when the line does not have the expected shape.
 */
function parseProcStat(line) {
    const open = line.indexOf('(');
    const close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const pid = Number(line.slice(0, open).trim());
    // After `comm`: field 3 (state) is rest[0], so field n is rest[n - 3].
    const rest = line
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    const state = rest[0];
    const utimeTicks = Number(rest[11]);
    const stimeTicks = Number(rest[12]);
    if (!Number.isInteger(pid) || state === undefined || state === '')
        return undefined;
    if (!Number.isFinite(utimeTicks) || !Number.isFinite(stimeTicks) || rest.length < 13) {
        return undefined;
    }
    const ppid = Number(rest[1]);
    const pgrp = Number(rest[2]);
    return { pid, comm: line.slice(open + 1, close), state, ppid, pgrp, utimeTicks, stimeTicks };
}
/** Resident set size in bytes from the text of `/proc/<pid>/status` (`VmRSS:  1234 kB`). */
function parseVmRssBytes(statusText) {
    const match = /^VmRSS:\s+(\d+)\s+kB\s*$/m.exec(statusText);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
}
let clockTicksPerSecond;
/** `CLK_TCK` of this machine, asked once; 100 (the Linux default) when `getconf` fails. */
function clockTicksPerSecondOnce() {
    if (clockTicksPerSecond === undefined) {
        try {
            const text = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2000 });
            const ticks = Number(text.trim());
            clockTicksPerSecond = Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
        }
        catch {
            clockTicksPerSecond = 100;
        }
    }
    return clockTicksPerSecond;
}
/** Read one sample of `pid`, or undefined when it cannot be read (gone, zombie, not Linux). */
function readProcessSample(pid, ticksPerSecond) {
    try {
        const stat = parseProcStat((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
        // A zombie has released its memory and will not run again: treat it as gone.
        if (stat === undefined || stat.state === 'Z' || stat.state === 'X')
            return undefined;
        const rssBytes = parseVmRssBytes((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        if (rssBytes === undefined)
            return undefined;
        const cpuUs = Math.round(((stat.utimeTicks + stat.stimeTicks) * 1_000_000) / ticksPerSecond);
        return { epochMs: Date.now(), cpuUs, rssBytes };
    }
    catch {
        return undefined;
    }
}
/**
 * Pids of the processes in group `pgrp` that have not exited yet (zombies excluded: where the
 * init process reaps slowly, a dead child can linger as a zombie for seconds). Undefined when
 * `/proc` cannot be listed.
 */
function liveGroupMembers(pgrp) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    const members = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = parseProcStat((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8'));
            if (stat?.pgrp === pgrp && stat.state !== 'Z' && stat.state !== 'X')
                members.push(stat.pid);
        }
        catch {
            // Exited while we were listing.
        }
    }
    return members;
}
/**
 * Sample `pid` now and then every `intervalMs` until `stop()` or until the process vanishes.
 * Reads are synchronous: `/proc` files are generated in memory and read in microseconds.
 */
function startProcSampler(pid, intervalMs = 1000) {
    const taken = [];
    let timer;
    const stop = () => {
        if (timer !== undefined)
            clearInterval(timer);
        timer = undefined;
    };
    if (process.platform !== 'linux')
        return { samples: () => [], stop };
    const ticksPerSecond = clockTicksPerSecondOnce();
    const sample = () => {
        const reading = readProcessSample(pid, ticksPerSecond);
        if (reading === undefined)
            return false;
        taken.push(reading);
        return true;
    };
    if (sample()) {
        timer = setInterval(() => {
            if (!sample())
                stop();
        }, intervalMs);
        // The sampler must never be what keeps the bench process alive.
        timer.unref();
    }
    return { samples: () => taken.slice(), stop };
}
//# sourceMappingURL=proc-sampler.js.map

/***/ }),

/***/ 89884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildLocalReport: () => (/* binding */ buildLocalReport),
  levelReportOf: () => (/* binding */ levelReportOf),
  runLocalBenchmark: () => (/* binding */ runLocalBenchmark),
  runLocalPlan: () => (/* binding */ runLocalPlan),
  runSetup: () => (/* binding */ runSetup),
  runTeardown: () => (/* binding */ runTeardown),
  startTarget: () => (/* binding */ startTarget),
  startWatchedTarget: () => (/* binding */ startWatchedTarget)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/config/secrets.js
var config_secrets = __webpack_require__(67591);
// EXTERNAL MODULE: ./lib/core/engine/run-plan.js
var run_plan = __webpack_require__(27591);
// EXTERNAL MODULE: ./lib/core/report/build-level-report.js + 2 modules
var build_level_report = __webpack_require__(4358);
// EXTERNAL MODULE: ./lib/core/report/build-run-report.js
var build_run_report = __webpack_require__(76477);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/report/hlog.js
var hlog = __webpack_require__(82706);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var thresholds = __webpack_require__(96731);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/local/proc-sampler.js
var proc_sampler = __webpack_require__(74825);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./lib/edges/local/wait-healthy.js
/**
 * Readiness checks for targets: poll a health endpoint until it answers 2xx, or test that a
 * URL target accepts connections at all. Each attempt uses a fresh connection (no agent) so a
 * health check never leaves sockets behind or shares a pool with the load.
 */





/** Longest single health request; a slow answer counts as "not yet" and is asked again. */
const attemptTimeoutCapMs = 2000;
/** Connect test of a URL target without a health path. */
const connectTimeoutMs = 5000;
/** Join a base URL (which may carry a base path) and a health path. */
function healthUrl(baseUrl, path) {
    return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
/** One GET with a deadline; the body is drained and discarded. */
function requestOnce(url, timeoutMs) {
    return new Promise((resolve) => {
        const client = url.startsWith('https:') ? external_node_https_ : external_node_http_;
        let settled = false;
        const settle = (attempt) => {
            if (settled)
                return;
            settled = true;
            resolve(attempt);
        };
        const req = client.get(url, { agent: false, headers: { connection: 'close' } }, (res) => {
            res.resume();
            settle({ status: res.statusCode ?? 0 });
            res.on('error', () => undefined);
        });
        req.setTimeout(timeoutMs, () => {
            settle({ error: `no answer within ${timeoutMs} ms` });
            req.destroy();
        });
        req.on('error', (error) => {
            settle({ error: error.code ? `${error.code} (${error.message})` : error.message });
        });
    });
}
/**
 * Words for what the target said, for error messages: its last HTTP answer when it gave one
 * (a 503 says more than the timeout of a final probe cut short by the deadline), otherwise
 * the last error.
 */
function describeAttempts(lastAnswer, last) {
    if (lastAnswer && 'status' in lastAnswer)
        return `last answer HTTP ${lastAnswer.status}`;
    if (last && 'error' in last)
        return `last error ${last.error}`;
    return 'no attempt was made';
}
/**
 * Ask `GET <baseUrl><health.path>` every `health.intervalMs` until a 2xx answer. Throws
 * `TARGET_UNHEALTHY` after `health.timeoutMs`, `TARGET_EXITED` when `isAlive()` turns false,
 * or the abort reason when `signal` fires.
 */
async function waitHealthy(baseUrl, health, opts = {}) {
    const url = healthUrl(baseUrl, health.path);
    const deadline = performance.now() + health.timeoutMs;
    let last;
    let lastAnswer;
    for (;;) {
        opts.signal?.throwIfAborted();
        if (opts.isAlive && !opts.isAlive()) {
            throw (0,errors/* targetError */._5)('TARGET_EXITED', `Target process exited while waiting for ${url} to become healthy.`, 'Run the target command by hand to see why it stops.');
        }
        const remainingMs = deadline - performance.now();
        const attemptMs = Math.max(100, Math.min(attemptTimeoutCapMs, remainingMs));
        last = await requestOnce(url, Math.round(attemptMs));
        if ('status' in last) {
            if (last.status >= 200 && last.status < 300)
                return;
            lastAnswer = last;
        }
        const waitMs = Math.min(health.intervalMs, deadline - performance.now());
        if (waitMs <= 0)
            break;
        try {
            await (0,external_node_timers_promises_.setTimeout)(waitMs, undefined, { signal: opts.signal });
        }
        catch {
            opts.signal?.throwIfAborted();
        }
    }
    throw (0,errors/* targetError */._5)('TARGET_UNHEALTHY', `Target was not healthy at ${url} after ${health.timeoutMs} ms (${describeAttempts(lastAnswer, last)}).`, `Check that the service listens there and answers GET ${health.path} with a 2xx status; ` +
        'raise the health timeout if it needs longer to start.');
}
/** Host and port a URL connects to (default ports filled in). */
function connectAddress(baseUrl) {
    let parsed;
    try {
        parsed = new URL(baseUrl);
    }
    catch (error) {
        throw new errors/* BenchError */.LR('TARGET_URL_INVALID', `Target URL "${baseUrl}" is not a valid URL.`, 'Write target.url as http://host:port (optionally with a base path).', { cause: error });
    }
    const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
    // `URL` keeps IPv6 literals bracketed; `net.connect` wants them bare.
    return { host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}
/** Open and close one TCP connection; resolves with an error code, or undefined on success. */
function connectOnce(host, port) {
    return new Promise((resolve) => {
        const socket = external_node_net_.connect({ host, port });
        socket.setTimeout(connectTimeoutMs, () => {
            socket.destroy();
            resolve(`ETIMEDOUT (no connection within ${connectTimeoutMs} ms)`);
        });
        socket.once('connect', () => {
            socket.destroy();
            resolve(undefined);
        });
        socket.once('error', (error) => {
            resolve(error.code ?? error.message);
        });
    });
}
/**
 * Make sure a URL target is there before the first level: wait for health when the plan has a
 * health check, otherwise test one TCP connection. Throws `TARGET_UNREACHABLE` (or the
 * `waitHealthy` errors).
 */
async function checkUrlTarget(plan, opts = {}) {
    if (plan.health) {
        await waitHealthy(plan.baseUrl, plan.health, opts);
        return;
    }
    const { host, port } = connectAddress(plan.baseUrl);
    const failure = await connectOnce(host, port);
    if (failure === undefined)
        return;
    throw (0,errors/* targetError */._5)('TARGET_UNREACHABLE', `Cannot connect to the target ${plan.baseUrl} (${host}:${port}): ${failure}.`, failure.startsWith('ECONNREFUSED')
        ? `Nothing listens on ${host}:${port}: start the service first, or fix target.url.`
        : `Check target.url (host and port) and that this machine can reach ${host}:${port}.`);
}
//# sourceMappingURL=wait-healthy.js.map
;// CONCATENATED MODULE: ./lib/edges/local/image-target.js
/**
 * Run a product image locally when this machine has a Docker engine: publish its port on a
 * free loopback port, wait for health, stop it with `docker rm -f`. Every Docker call is an
 * argv array, never a shell string.
 */





/** Run `file args` without a shell; rejects with the error, stdout and stderr attached. */
function run(file, args, timeoutMs) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(file, args, { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (!error) {
                resolve({ stdout, stderr });
                return;
            }
            const failure = error;
            failure.stderr = stderr;
            reject(failure);
        });
    });
}
/** First non-empty line of a command's error output, for messages. */
function firstLine(error) {
    const err = error;
    if (err.code === 'ENOENT')
        return 'the docker command was not found';
    if (err.killed)
        return 'docker did not answer in time';
    const line = (err.stderr ?? '')
        .split('\n')
        .map((text) => text.trim())
        .find((text) => text !== '');
    return line ?? err.message;
}
/** Throw `DOCKER_UNAVAILABLE` unless `docker info` reaches an engine; returns its version. */
async function detectDocker(dockerPath = 'docker', timeoutMs = 10_000) {
    try {
        const { stdout } = await run(dockerPath, ['info', '--format', '{{.ServerVersion}}'], timeoutMs);
        return stdout.trim();
    }
    catch (error) {
        throw (0,errors/* targetError */._5)('DOCKER_UNAVAILABLE', `Image-based products need a Docker engine to run locally, and none is available (${firstLine(error)}).`, 'Point the run at a service you started yourself with target.url, run it as a process with ' +
            'target.command, or benchmark the image on cloud machines with --provider azure.', error);
    }
}
/** A port that is free on 127.0.0.1 right now (the OS picks it). */
function findFreePort() {
    return new Promise((resolve, reject) => {
        const server = external_node_net_.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
/**
 * Start `plan.image` with `docker run -d --rm`, publishing `plan.port` on a free loopback port,
 * and wait for health. Throws `DOCKER_UNAVAILABLE`, `TARGET_START_FAILED`, `TARGET_EXITED` or
 * `TARGET_UNHEALTHY` (with the container's last log lines).
 */
async function startImageTarget(plan, opts = {}) {
    const docker = opts.dockerPath ?? 'docker';
    await detectDocker(docker, opts.dockerInfoTimeoutMs);
    opts.signal?.throwIfAborted();
    const hostPort = await findFreePort();
    const envArgs = Object.entries(plan.env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
    const runArgs = ['run', '-d', '--rm', '-p', `127.0.0.1:${hostPort}:${plan.port}`, ...envArgs];
    let containerId;
    try {
        containerId = (await run(docker, [...runArgs, plan.image], 10 * 60_000)).stdout.trim();
    }
    catch (error) {
        throw (0,errors/* targetError */._5)('TARGET_START_FAILED', `docker run ${plan.image} failed: ${firstLine(error)}.`, 'Check the image reference and that this machine can pull it (docker login for private registries).', error);
    }
    opts.log?.(`started container ${containerId.slice(0, 12)} from ${plan.image} on 127.0.0.1:${hostPort}`);
    // `docker wait` prints the exit code when the container ends; it also ends if docker does.
    let alive = true;
    const exited = new Promise((resolve) => {
        const waiter = (0,external_node_child_process_.spawn)(docker, ['wait', containerId], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        waiter.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
        const done = () => {
            alive = false;
            const code = Number(out.trim());
            resolve({ code: out.trim() !== '' && Number.isInteger(code) ? code : null, signal: null });
        };
        waiter.once('close', done);
        waiter.once('error', done);
        waiter.unref();
    });
    const pid = await run(docker, ['inspect', '--format', '{{.State.Pid}}', containerId], 30_000)
        .then(({ stdout }) => Number(stdout.trim()) || 0)
        .catch(() => 0);
    // With a remote or VM-backed engine the pid is not on this machine: the sampler finds nothing.
    const sampler = (0,proc_sampler/* startProcSampler */.bH)(pid, opts.sampleIntervalMs ?? 1000);
    // Last resort for paths that skip stop(): only synchronous work runs in an 'exit' listener.
    const removeOnExit = () => {
        (0,external_node_child_process_.spawnSync)(docker, ['rm', '-f', containerId], { stdio: 'ignore', timeout: 10_000 });
    };
    process.once('exit', removeOnExit);
    let stopping;
    const stop = () => {
        process.off('exit', removeOnExit);
        stopping ??= run(docker, ['rm', '-f', containerId], 30_000)
            .then(() => undefined)
            .catch((error) => opts.log?.(`docker rm -f ${containerId} failed: ${firstLine(error)}`))
            .finally(() => sampler.stop());
        return stopping;
    };
    const baseUrl = `http://127.0.0.1:${hostPort}`;
    try {
        await waitHealthy(baseUrl, plan.health, { signal: opts.signal, isAlive: () => alive });
    }
    catch (error) {
        const logs = await run(docker, ['logs', '--tail', '50', containerId], 30_000)
            .then(({ stdout, stderr }) => `${stdout}${stderr}`.trim())
            .catch(() => '');
        await stop();
        const tail = logs === '' ? '(no container logs)' : `container logs:\n${logs}`;
        if (error instanceof errors/* BenchError */.LR && error.code === 'TARGET_EXITED') {
            throw (0,errors/* targetError */._5)('TARGET_EXITED', `The container from ${plan.image} stopped before it was healthy; ${tail}`, 'Run the image by hand (docker run) to see why it stops; check the product env.', error);
        }
        if (error instanceof errors/* BenchError */.LR && error.code === 'TARGET_UNHEALTHY') {
            throw (0,errors/* targetError */._5)('TARGET_UNHEALTHY', `${error.message} ${tail}`, error.hint, error);
        }
        throw error;
    }
    return { baseUrl, pid, samples: () => sampler.samples(), stop, exited };
}
//# sourceMappingURL=image-target.js.map
// EXTERNAL MODULE: ./lib/edges/local/output-tail.js
var output_tail = __webpack_require__(12612);
;// CONCATENATED MODULE: ./lib/edges/local/supervisor.js
/**
 * A tiny supervisor between the bench process and a `command` target, so the target dies with
 * bench even when bench is killed with SIGKILL (which runs no handler, and used to leave the
 * target holding its port). The supervisor is a Node process started with an IPC channel; it
 * receives the command over that channel (never on its command line, where `ps` would show the
 * env), starts it in a process group of its own, reports its pid, and mirrors its exit code or
 * signal. When the channel closes without the target having exited, bench is gone: the
 * supervisor sends the target's group SIGTERM, then SIGKILL after a grace period, and exits.
 *
 * It runs as `node -e <source>`, so it needs no file of its own next to a bundle.
 */
/** The supervisor's program, for `node -e`. Plain CommonJS: nothing to compile or resolve. */
const SUPERVISOR_SOURCE = String.raw `'use strict';
const { spawn } = require('node:child_process');
let child;
let orphaned = false;
const killGroup = (signal) => {
  if (child === undefined || child.pid === undefined) return;
  try { process.kill(-child.pid, signal); } catch {}
};
const reply = (message, then) => {
  try { process.send(message, then); } catch { then && then(); }
};
process.once('message', (spec) => {
  try {
    child = spawn(spec.argv[0], spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
  } catch (error) {
    reply({ type: 'error', code: error.code, message: error.message }, () => process.exit(1));
    return;
  }
  child.once('spawn', () => reply({ type: 'spawned', pid: child.pid }));
  child.once('error', (error) => {
    reply({ type: 'error', code: error.code, message: error.message }, () => process.exit(1));
  });
  child.once('exit', (code, signal) => {
    // Bench is gone: whatever the target left in its group goes too.
    if (orphaned) killGroup('SIGKILL');
    if (signal) {
      // Die of the same signal, so bench sees how the target ended.
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(1), 1000);
      return;
    }
    process.exit(code === null ? 1 : code);
  });
  process.on('disconnect', () => {
    orphaned = true;
    killGroup('SIGTERM');
    setTimeout(() => { killGroup('SIGKILL'); process.exit(1); }, spec.graceMs);
  });
});
process.once('disconnect', () => {
  if (child === undefined) process.exit(0);
});
`;
//# sourceMappingURL=supervisor.js.map
;// CONCATENATED MODULE: ./lib/edges/local/command-target.js
/**
 * Start a target as a local process (e.g. the demo service, or a product binary), wait until
 * it is healthy, sample its CPU and memory, and stop it, also when the bench process ends
 * unexpectedly: on process exit by a handler, and on SIGKILL (no handler runs) by the
 * supervisor the target is started through (`supervisor.ts`). With `port: auto` (port 0 in the
 * plan) a free port is picked here and replaces `{{port}}` in the env values and arguments.
 */











/** Bench's environment for the supervisor, without options meant for Node programs of the user. */
function supervisorEnv() {
    const { NODE_OPTIONS: _nodeOptions, ...env } = process.env;
    return env;
}
/** Lines of output kept for error messages. */
const tailLines = 50;
/** After a forced kill, how long to wait for the processes to go before giving up on them. */
const killWaitMs = 2000;
/** Throw `TARGET_PORT_IN_USE` when something already listens on 127.0.0.1:`port`. */
async function assertPortFree(port) {
    const server = external_node_net_.createServer();
    await new Promise((resolve, reject) => {
        server.once('error', (error) => {
            if (error.code !== 'EADDRINUSE') {
                // EACCES (privileged port) and the like: let the target itself report it.
                resolve();
                return;
            }
            reject((0,errors/* targetError */._5)('TARGET_PORT_IN_USE', `Port ${port} on 127.0.0.1 is already in use, so the target cannot listen there.`, `Stop the other process on port ${port} (e.g. \`lsof -i :${port}\`) or set a different target port.`, error));
        });
        server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
            server.close(() => resolve());
        });
    });
}
/** The command as one readable line, for messages. */
function describeCommand(argv) {
    return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ');
}
/** Words for how a process ended. */
function describeExit(exit) {
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}
/** A spawn failure (`ENOENT` or another errno) as the BenchError the user sees. */
function spawnError(plan, error, cause) {
    const program = plan.argv[0] ?? '';
    if (error.code === 'ENOENT') {
        return (0,errors/* targetError */._5)('TARGET_NOT_FOUND', `Cannot start the target: program "${program}" was not found (cwd ${plan.cwd}).`, 'Check target.command: the program must be on PATH or given as a path relative to cwd.', cause);
    }
    return (0,errors/* targetError */._5)('TARGET_START_FAILED', `Cannot start the target "${describeCommand((0,config_secrets/* redactArgv */.Qu)(plan.argv))}": ${error.message}.`, 'Check that the program exists and is executable by this user.', cause);
}
/**
 * Wait for the target to be spawned and resolve with its pid (its process group id), or turn
 * a spawn failure into a BenchError. Supervised, the supervisor reports both over IPC.
 */
function awaitSpawn(child, plan, supervised) {
    return new Promise((resolve, reject) => {
        child.once('error', (error) => reject(spawnError(plan, error, error)));
        if (!supervised) {
            child.once('spawn', () => resolve(child.pid ?? 0));
            return;
        }
        child.once('message', (message) => {
            if (message.type === 'spawned')
                resolve(message.pid);
            else
                reject(spawnError(plan, message));
        });
        child.once('exit', (code, signal) => reject(spawnError(plan, {
            message: `its supervisor ended first (${signal ?? `exit code ${code}`})`,
        })));
    });
}
/**
 * Send `signal` to the target's process group `pgid`, so wrappers like `npm run` or `sh -c`
 * take their children along. Returns false when nothing in the group is left.
 */
function signalGroup(child, pgid, signal) {
    if (pgid === 0)
        return false;
    try {
        if (process.platform === 'win32') {
            return child.exitCode === null && child.signalCode === null && child.kill(signal);
        }
        process.kill(-pgid, signal);
        return true;
    }
    catch (error) {
        // EPERM: a member we may not signal still exists.
        return error.code === 'EPERM';
    }
}
/** Poll until the whole process group is gone; false when `timeoutMs` passed first. */
async function waitGroupGone(child, pgid, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    const groupAlive = () => signalGroup(child, pgid, 0) &&
        (process.platform !== 'linux' || ((0,proc_sampler/* liveGroupMembers */.h_)(pgid)?.length ?? 1) > 0);
    while (groupAlive()) {
        if (performance.now() >= deadline)
            return false;
        await (0,external_node_timers_promises_.setTimeout)(20);
    }
    return true;
}
/** Make sure the target's output tail is complete before it goes into an error message. */
async function settleOutput(closed) {
    await Promise.race([closed, (0,external_node_timers_promises_.setTimeout)(250)]);
}
/**
 * Start `plan.argv` (no shell) in `plan.cwd` with `plan.env` over the current environment,
 * wait for `GET plan.health.path` to answer 2xx, and return a handle that samples and stops it.
 * Throws `TARGET_PORT_IN_USE`, `TARGET_NOT_FOUND`, `TARGET_EXITED` or `TARGET_UNHEALTHY`.
 */
async function startCommandTarget(plan, opts = {}) {
    const [program, ...args] = plan.argv;
    if (program === undefined) {
        throw new errors/* BenchError */.LR('TARGET_COMMAND_EMPTY', 'The target command is empty.', 'Give target.command as a program and its arguments.');
    }
    opts.signal?.throwIfAborted();
    const cwdStat = await (0,promises_.stat)(plan.cwd).catch(() => undefined);
    if (!cwdStat?.isDirectory()) {
        throw (0,errors/* targetError */._5)('TARGET_NOT_FOUND', `Cannot start the target: working directory ${plan.cwd} does not exist.`, 'Check target.cwd (relative paths are resolved from the config file).');
    }
    // `port: auto`: a free port now, handed to the process wherever it says {{port}}.
    const port = plan.port === 0 ? await findFreePort() : plan.port;
    if (plan.port !== 0)
        await assertPortFree(port);
    const baseUrl = plan.port === 0 ? `http://127.0.0.1:${port}` : plan.baseUrl;
    const withPort = (text) => text.replaceAll(config_secrets/* PORT_PLACEHOLDER */.uE, String(port));
    const argv = [program, ...args].map(withPort);
    const env = Object.fromEntries(Object.entries(plan.env).map(([k, v]) => [k, withPort(v)]));
    // The target's output may quote its env or arguments: hide their secrets in messages.
    // (Judged before {{port}} is filled in: a value that is only the port is no secret.)
    const secrets = (0,config_secrets/* secretValuesOfTarget */.$I)(plan);
    const tail = (0,output_tail/* createOutputTail */.E)(tailLines, opts.log);
    // Supervised where process groups exist: the target then dies with bench even on SIGKILL.
    const supervised = process.platform !== 'win32';
    const child = supervised
        ? (0,external_node_child_process_.spawn)(process.execPath, ['-e', SUPERVISOR_SOURCE], {
            cwd: plan.cwd,
            env: supervisorEnv(),
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            // Own session: a Ctrl-C in the terminal reaches only bench, which stops the target in
            // order (the supervisor puts the target in a group of its own as well).
            detached: true,
        })
        : (0,external_node_child_process_.spawn)(program, args, {
            cwd: plan.cwd,
            env: { ...process.env, ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
        });
    child.stdout?.setEncoding('utf8').on('data', (chunk) => tail.push(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk) => tail.push(chunk));
    if (supervised) {
        const command = {
            argv,
            cwd: plan.cwd,
            env: { ...process.env, ...env },
            graceMs: opts.stopTimeoutMs ?? 5000,
        };
        child.send(command);
        // The channel must not keep bench alive; it closes by itself when bench ends.
        child.channel?.unref();
    }
    const closed = new Promise((resolve) => child.once('close', () => resolve()));
    let alive = true;
    // The target's process group id, once known (0 until then, and never signalled as 0).
    let pgid = 0;
    // Once the group is empty its id may be reused by an unrelated process: never signal it again.
    let groupGone = false;
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            alive = false;
            groupGone = !signalGroup(child, pgid, 0) || (0,proc_sampler/* liveGroupMembers */.h_)(pgid)?.length === 0;
            resolve({ code, signal });
        });
    });
    // Last resort for paths that skip stop(): process.exit(), an uncaught exception. Only while
    // the leader lives: once it is reaped its pid (and so the group id) may be reused.
    const killOnExit = () => {
        if (alive)
            signalGroup(child, pgid, 'SIGKILL');
    };
    process.once('exit', killOnExit);
    let pid;
    try {
        pid = await awaitSpawn(child, plan, supervised);
        pgid = pid;
    }
    catch (error) {
        process.off('exit', killOnExit);
        throw error;
    }
    const sampler = (0,proc_sampler/* startProcSampler */.bH)(pid, opts.sampleIntervalMs ?? 1000);
    void exited.then(() => sampler.stop());
    let stopping;
    const stop = () => {
        stopping ??= (async () => {
            // Signal the group even when the leader already exited: its children may outlive it.
            if (!groupGone && signalGroup(child, pgid, 'SIGTERM')) {
                const graceMs = opts.stopTimeoutMs ?? 5000;
                if (!(await waitGroupGone(child, pgid, graceMs))) {
                    opts.log?.(`target did not stop within ${graceMs} ms of SIGTERM; sending SIGKILL`);
                    signalGroup(child, pgid, 'SIGKILL');
                    await waitGroupGone(child, pgid, killWaitMs);
                }
            }
            groupGone = true;
            sampler.stop();
            process.off('exit', killOnExit);
        })();
        return stopping;
    };
    const command = describeCommand((0,config_secrets/* redactArgv */.Qu)(argv));
    const output = () => (0,config_secrets/* redactText */.Rd)(tail.format(), secrets);
    try {
        await Promise.race([
            waitHealthy(baseUrl, plan.health, { signal: opts.signal, isAlive: () => alive }),
            // Turn an early exit into an error at once instead of at the next health attempt.
            exited.then(() => {
                throw (0,errors/* targetError */._5)('TARGET_EXITED', 'exited', '');
            }),
        ]);
    }
    catch (error) {
        await stop();
        if (error instanceof errors/* BenchError */.LR && error.code === 'TARGET_EXITED') {
            const exit = await exited;
            await settleOutput(closed);
            throw (0,errors/* targetError */._5)('TARGET_EXITED', `The target "${command}" ${describeExit(exit)} before it was healthy; ${output()}`, 'Run the command by hand in the same directory to see why it stops; check target.command, cwd and env.', error);
        }
        if (error instanceof errors/* BenchError */.LR && error.code === 'TARGET_UNHEALTHY') {
            await settleOutput(closed);
            throw (0,errors/* targetError */._5)('TARGET_UNHEALTHY', `${error.message} Command "${command}"; ${output()}`, error.hint, error);
        }
        throw error;
    }
    return {
        baseUrl,
        pid,
        samples: () => sampler.samples(),
        stop,
        exited,
    };
}
//# sourceMappingURL=command-target.js.map
// EXTERNAL MODULE: ./lib/edges/local/environment.js + 1 modules
var environment = __webpack_require__(58433);
// EXTERNAL MODULE: ./lib/edges/local/machine-sampler.js + 1 modules
var machine_sampler = __webpack_require__(64944);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/core/visible-text.js
var visible_text = __webpack_require__(77329);
// EXTERNAL MODULE: ./lib/core/engine/response-check.js
var response_check = __webpack_require__(6782);
;// CONCATENATED MODULE: ./lib/core/engine/setup-step.js
/**
 * Setup and teardown steps, judged: a step's answer goes through the same checks as a
 * scenario's (`compileResponseCheck`), and a failed step is described in one line with the
 * method, the path, the status and a short excerpt of what the target answered, with every
 * control character escaped so an answer can never drive the terminal or forge log lines.
 */



/** Most characters of a response body quoted in an error or a report. */
const SETUP_EXCERPT_CHARS = 300;
/** Most bytes of a step's response body kept for the checks (and the excerpt). */
const SETUP_MAX_BODY_BYTES = 1024 * 1024;
/** The first `SETUP_EXCERPT_CHARS` characters of a body, control characters escaped. */
function excerptBody(body) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body.subarray(0, SETUP_EXCERPT_CHARS * 4));
    const chars = [...text];
    const clipped = chars.length > SETUP_EXCERPT_CHARS;
    const shown = (0,visible_text/* visibleText */.Q)(chars.slice(0, SETUP_EXCERPT_CHARS).join(''), { keepNewlines: false });
    return clipped || body.byteLength > SETUP_EXCERPT_CHARS * 4 ? `${shown}…` : shown;
}
/** Judges one step's answer against its checks. */
function judgeSetupStep(phase, step, answer) {
    const head = {
        phase,
        name: step.name,
        method: step.method,
        path: (0,config_secrets/* redactPath */.tp)(step.path),
        durationMs: Math.round(answer.durationMs * 10) / 10,
    };
    const where = `${phase} step "${(0,visible_text/* visibleText */.Q)(step.name, { keepNewlines: false })}" (${step.method} ${head.path})`;
    if ('error' in answer) {
        return { ...head, ok: false, problem: `${where} got no answer: ${(0,visible_text/* visibleText */.Q)(answer.error)}` };
    }
    const check = (0,response_check/* compileResponseCheck */.dj)(step.checks, SETUP_MAX_BODY_BYTES);
    const outcome = check.check(answer.status, Buffer.from(answer.body), answer.bodyOverLimit);
    if (outcome === 'success')
        return { ...head, status: answer.status, ok: true };
    const why = outcome === 'check'
        ? `its check failed: ${check.lastFailure}`
        : `expected status ${step.checks.status.join(' or ')}`;
    const excerpt = answer.body.byteLength === 0 ? 'empty body' : `body: ${excerptBody(answer.body)}`;
    return {
        ...head,
        status: answer.status,
        ok: false,
        problem: `${where} answered ${answer.status}, ${why}; ${excerpt}`,
    };
}
//# sourceMappingURL=setup-step.js.map
;// CONCATENATED MODULE: ./lib/edges/local/setup-requests.js
/**
 * Sends a plan's setup steps before the first level (and its teardown steps after the last),
 * one at a time, each on a fresh connection, and judges each answer with the scenario checks
 * (`judgeSetupStep`). A failed setup step stops the run with `SETUP_REQUEST_FAILED`; a failed
 * teardown step is reported and the others still run.
 */





/**
 * Runs `steps` in order against `baseUrl` and returns how each went. Setup throws
 * `SETUP_REQUEST_FAILED` at the first failed step (its message has the method, path, status and
 * an excerpt of the answer); teardown runs every step and returns the failures with the rest.
 */
async function runSetupSteps(baseUrl, phase, steps, opts) {
    const outcomes = [];
    for (const step of steps) {
        if (opts.signal?.aborted)
            break;
        const answer = await sendStep(baseUrl, step, opts);
        const outcome = judgeSetupStep(phase, step, answer);
        outcomes.push(outcome);
        opts.log?.(`${phase}: ${outcome.method} ${outcome.path} -> ${outcome.status ?? 'no answer'} in ${outcome.durationMs} ms${outcome.ok ? '' : ' (failed)'}`);
        if (!outcome.ok && phase === 'setup') {
            throw (0,errors/* targetError */._5)('SETUP_REQUEST_FAILED', outcome.problem ?? `${phase} step "${step.name}" failed`);
        }
    }
    return outcomes;
}
function sendStep(baseUrl, step, opts) {
    const started = external_node_perf_hooks_.performance.now();
    const elapsed = () => external_node_perf_hooks_.performance.now() - started;
    const url = `${baseUrl.replace(/\/+$/, '')}${step.path}`;
    const client = url.startsWith('https:') ? external_node_https_ : external_node_http_;
    return new Promise((resolve) => {
        let settled = false;
        const settle = (answer) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            resolve(answer);
        };
        const headers = { ...step.headers, connection: 'close' };
        if (step.body !== undefined)
            headers['content-length'] = step.body.byteLength;
        const req = client.request(url, { method: step.method, headers, agent: false }, (res) => {
            const chunks = [];
            let kept = 0;
            let over = false;
            res.on('data', (chunk) => {
                if (kept + chunk.length > SETUP_MAX_BODY_BYTES) {
                    over = true;
                    chunks.push(chunk.subarray(0, Math.max(0, SETUP_MAX_BODY_BYTES - kept)));
                    kept = SETUP_MAX_BODY_BYTES;
                }
                else if (!over) {
                    chunks.push(chunk);
                    kept += chunk.length;
                }
            });
            res.on('end', () => settle({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks),
                bodyOverLimit: over,
                durationMs: elapsed(),
            }));
            res.on('error', (error) => settle({ error: error.message, durationMs: elapsed() }));
        });
        const timer = setTimeout(() => {
            settle({ error: `no complete answer within ${opts.timeoutMs} ms`, durationMs: elapsed() });
            req.destroy();
        }, opts.timeoutMs);
        const onAbort = () => {
            settle({ error: 'the run was interrupted', durationMs: elapsed() });
            req.destroy();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error) => settle({
            error: error.code ? `${error.code} (${error.message})` : error.message,
            durationMs: elapsed(),
        }));
        req.end(step.body === undefined ? undefined : Buffer.from(step.body));
    });
}
//# sourceMappingURL=setup-requests.js.map
;// CONCATENATED MODULE: ./lib/pipeline/run-local.js
/**
 * A benchmark on this machine: start (or check) the target, run every level, stop the target,
 * build the report and write the report directory. No cloud account involved. The building
 * blocks (start and watch a target, build a report from measurements) are shared with the A/B
 * run in `run-comparison.ts`.
 */

















/** Runs the plan locally and writes its report directory. Target failures throw `BenchError`. */
async function runLocalBenchmark(opts) {
    const { plan } = opts;
    const log = opts.log ?? (() => undefined);
    const startedAt = new Date();
    const id = (0,run_ids/* newRunId */.F$)(startedAt);
    const dir = external_node_path_.resolve(opts.cwd, opts.outDir ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, id));
    const environmentPromise = (0,environment/* collectEnvironment */.m)({
        cwd: plan.configPath ? external_node_path_.dirname(plan.configPath) : opts.cwd,
    });
    const target = await startWatchedTarget(plan.target, { signal: opts.signal, log });
    const machine = (0,machine_sampler/* startMachineSampler */.e)();
    let measurements = [];
    const setup = [];
    try {
        log(`target ready at ${(0,config_secrets/* redactUrl */.BO)(target.running.baseUrl)}`);
        setup.push(...(await runSetup(plan, target.running.baseUrl, opts.signal, log)));
        measurements = await (0,run_plan/* runPlan */.Fo)(plan, {
            baseUrl: target.running.baseUrl,
            signal: opts.signal,
            onProgress: opts.onProgress,
            transport: opts.transport,
            onLevel: (m) => opts.onLevel?.(levelReportOf(m, target.running, plan.load.workers, machine.samples())),
        });
        setup.push(...(await runTeardown(plan, target.running.baseUrl, log)));
    }
    finally {
        machine.stop();
        await target.stop();
    }
    const built = buildLocalReport({
        setup,
        id,
        plan,
        target,
        measurements,
        startedAt,
        finishedAt: new Date(),
        environment: await environmentPromise,
        signal: opts.signal,
        machineSamples: machine.samples(),
    });
    const report = (0,thresholds/* attachThresholds */.c7)(plan, built.report);
    const files = await (0,write_report_dir/* writeReportDir */.xK)(dir, report, built.hlogs, {
        overwrite: opts.overwrite,
        summaryMarkdown: (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(report),
        extraFiles: [
            {
                name: 'report.html',
                text: (0,html/* renderHtmlReport */.w4)({ report, thresholds: report.thresholds ?? [] }),
            },
        ],
    });
    log(`report written to ${dir}`);
    return { report, dir, files };
}
/**
 * A local run as both front ends start it: an A/B (interleaved or duet rounds) when the plan
 * names a baseline, else a plain run. Both write the report directory and return the report.
 */
async function runLocalPlan(opts) {
    if ((opts.plan.commands?.length ?? 0) > 0) {
        // Imported here: the command run builds on this module's types.
        const { runCommandBenchmarks } = await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 9690));
        return runCommandBenchmarks(opts);
    }
    if (!opts.plan.baseline)
        return runLocalBenchmark(opts);
    // Imported here: the A/B module builds on this one.
    const { runComparison } = await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 17905));
    const { onLevel: _onLevel, ...rest } = opts;
    const result = await runComparison(rest);
    return { report: result.report, dir: result.dir, files: result.files };
}
/**
 * Runs the plan's setup steps against a ready target; throws `SETUP_REQUEST_FAILED` at the first
 * failed one, so no level runs against a target that was not set up.
 */
async function runSetup(plan, baseUrl, signal, log) {
    if (!plan.setup || plan.setup.length === 0)
        return [];
    return runSetupSteps(baseUrl, 'setup', plan.setup, {
        timeoutMs: plan.load.requestTimeoutMs,
        signal,
        log,
    });
}
/**
 * Runs the plan's teardown steps after the last level. Not cut short by an interruption (what
 * setup registered is removed even then); a failed step is reported, never thrown.
 */
async function runTeardown(plan, baseUrl, log) {
    if (!plan.teardown || plan.teardown.length === 0)
        return [];
    return runSetupSteps(baseUrl, 'teardown', plan.teardown, {
        timeoutMs: plan.load.requestTimeoutMs,
        log,
    });
}
/** Starts (or checks) a target and watches for an exit nobody asked for. */
async function startWatchedTarget(target, opts) {
    const running = await startTarget(target, opts);
    let exited = false;
    let stopping = false;
    void running.exited.then(() => {
        // Only an exit we did not ask for means the target failed.
        if (!stopping)
            exited = true;
    });
    return {
        plan: target,
        running,
        exitedUnasked: () => exited,
        stop: () => {
            stopping = true;
            return running.stop();
        },
    };
}
/** The run report and `.hlog` files of measurements taken against one local target. */
function buildLocalReport(input) {
    const { plan, target, measurements } = input;
    const levels = measurements.map((m) => levelReportOf(m, target.running, plan.load.workers, input.machineSamples));
    const report = (0,build_run_report/* buildRunReport */.I)({
        id: input.id,
        plan,
        startedAt: input.startedAt,
        finishedAt: input.finishedAt,
        levels,
        environment: input.environment,
        target: targetInfoOf(target.plan, target.running.baseUrl),
        interrupted: input.signal?.aborted === true || measurements.some((m) => m.interrupted),
        targetExited: target.exitedUnasked(),
        notes: [...(input.notes ?? [])],
        ...(input.setup && input.setup.length > 0 ? { setup: [...input.setup] } : {}),
    });
    return { report, hlogs: (0,hlog/* renderHlogFiles */.OV)(measurements, report.environment.toolVersion) };
}
/** The report of one measured level, with the target's CPU/RSS over the level's window. */
function levelReportOf(m, target, workers, machineSamples) {
    return (0,build_level_report/* buildLevelReport */.bP)(m, {
        serverSamples: target.samples(),
        hlogFile: (0,hlog/* hlogFileName */.Qc)(m.scenario, m.level),
        // Worker threads share one process: its CPU can reach 100% per worker before saturating.
        generatorBoundCpuPercent: build_level_report/* DEFAULT_GENERATOR_BOUND_CPU_PERCENT */.ug * workers,
        ...(machineSamples ? { machineSamples } : {}),
    });
}
/** A URL target seen through the same handle as started ones (nothing to stop, no samples). */
function urlTarget(baseUrl) {
    return {
        baseUrl,
        pid: 0,
        samples: () => [],
        stop: () => Promise.resolve(),
        exited: new Promise(() => undefined),
    };
}
/** Starts a command or image target, or checks a URL target; throws `BenchError` on failure. */
async function startTarget(target, opts) {
    switch (target.kind) {
        case 'url':
            await checkUrlTarget(target, { signal: opts.signal });
            return urlTarget(target.baseUrl);
        case 'command':
            opts.log(`starting target: ${(0,config_secrets/* redactArgv */.Qu)(target.argv).join(' ')} (port ${target.port === 0 ? 'auto' : target.port})`);
            return startCommandTarget(target, { signal: opts.signal });
        case 'image':
            opts.log(`starting target image ${target.image}`);
            return startImageTarget(target, { signal: opts.signal });
    }
}
function targetInfoOf(target, baseUrl) {
    return {
        kind: target.kind,
        url: baseUrl,
        ...(target.product !== undefined ? { product: target.product } : {}),
        ...(target.kind === 'command' ? { command: target.argv } : {}),
        ...(target.kind === 'image' ? { image: target.image } : {}),
    };
}
//# sourceMappingURL=run-local.js.map

/***/ })

};
