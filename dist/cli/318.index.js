export const id = 318;
export const ids = [318];
export const modules = {

/***/ 7318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLI_DELETE_WAIT_SECONDS: () => (/* binding */ CLI_DELETE_WAIT_SECONDS),
  cliRunIdentity: () => (/* binding */ cliRunIdentity),
  defaultCliCredential: () => (/* binding */ defaultCliCredential),
  runOnAzure: () => (/* binding */ runOnAzure)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(8720);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/files/load-plan.js + 4 modules
var load_plan = __webpack_require__(6361);
// EXTERNAL MODULE: ./lib/core/report/terminal-summary.js
var terminal_summary = __webpack_require__(8009);
// EXTERNAL MODULE: ./lib/core/stats/verdict.js
var verdict = __webpack_require__(9390);
// EXTERNAL MODULE: ./lib/edges/azure/cleanup.js
var cleanup = __webpack_require__(9094);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(3952);
// EXTERNAL MODULE: ./lib/core/azure/shell-safety.js
var shell_safety = __webpack_require__(1484);
;// CONCATENATED MODULE: ./lib/edges/azure/credentials.js



/** Audience GitHub's OIDC token must carry for Microsoft Entra workload identity federation. */
const azureOidcAudience = 'api://AzureADTokenExchange';
/** The credential for ARM and Blob calls. */
function createAzureCredential(opts) {
    const common = {
        ...(opts.authorityHost !== undefined && { authorityHost: opts.authorityHost }),
        ...(opts.disableInstanceDiscovery !== undefined && {
            disableInstanceDiscovery: opts.disableInstanceDiscovery,
        }),
        ...(opts.ca !== undefined && { tlsOptions: { ca: opts.ca } }),
    };
    if (!opts.getIdToken) {
        return new esm/* DefaultAzureCredential */.gv({
            ...common,
            ...(opts.tenantId && { tenantId: opts.tenantId }),
        });
    }
    for (const [field, value] of [
        ['tenant-id', opts.tenantId],
        ['client-id', opts.clientId],
    ]) {
        if ((0,shell_safety/* checkSafeValue */.$Y)('guid', field, value)) {
            throw (0,errors/* inputError */.Xu)('AZURE_IDENTITY_INVALID', `Azure ${field} must be a GUID, got ${JSON.stringify(value)}.`, `Set ${field} to the Directory (tenant) id and the Application (client) id of the app registration trusted for GitHub OIDC; see docs/azure.md.`);
        }
    }
    const getIdToken = opts.getIdToken;
    // A fresh GitHub token per request: MSAL calls this for every token it fetches.
    return new esm/* ClientAssertionCredential */.XI(opts.tenantId, opts.clientId, () => getIdToken(), common);
}
//# sourceMappingURL=credentials.js.map
// EXTERNAL MODULE: ./lib/pipeline/azure/azure-state.js
var azure_state = __webpack_require__(4757);
// EXTERNAL MODULE: ./lib/pipeline/azure/cloud-run.js + 5 modules
var cloud_run = __webpack_require__(3087);
// EXTERNAL MODULE: ./lib/cli/options.js
var options = __webpack_require__(9048);
;// CONCATENATED MODULE: ./lib/cli/commands/run-azure.js
/**
 * `bench run <config> --provider azure …`: a cloud run from this machine. Settings come from
 * flags, then environment variables, then the config's `cloud:` section (every problem reported
 * at once, exit 2, before any Azure call); credentials from `DefaultAzureCredential` (the Azure
 * CLI login). The resource group is deleted before the command returns; after Ctrl-C one
 * bounded deletion is attempted, and `azure-state.json` in the report directory lets
 * `bench janitor --state` finish the job.
 */












/** How long the CLI follows a deletion after Ctrl-C (seconds). */
const CLI_DELETE_WAIT_SECONDS = 120;
/** Identity of a CLI run: the GitHub run when inside Actions, else this config at this second. */
function cliRunIdentity(name, env, now) {
    return {
        repository: env.GITHUB_REPOSITORY ?? `local/${name}`,
        runId: env.GITHUB_RUN_ID ?? (0,run_ids/* compactUtcStamp */.lX)(now).toLowerCase(),
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
        job: env.GITHUB_JOB ?? 'cli',
    };
}
/** The Azure CLI login, environment variables or a managed identity (`DefaultAzureCredential`). */
function defaultCliCredential(ids) {
    return createAzureCredential({ tenantId: ids.tenantId ?? '', clientId: ids.clientId ?? '' });
}
/**
 * `--sweep`: one cloud run per size of the config's `cloud.sweep.vmSizes`, in sequence, each
 * into `<out>/<size>/`, then the VM-size comparison of them all into `<out>/aggregate/`.
 * Returns the worst exit code of the runs (an interruption stops the sweep).
 */
async function runSweep(config, flags, io, deps) {
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const plan = await (0,load_plan/* loadPlan */.Y)(external_node_path_.resolve(io.cwd, config), (0,options/* planOverridesFrom */.BF)(flags), (0,options/* loadOptionsFrom */.X$)(flags, io.cwd));
    const sizes = plan.cloud.sweep?.vmSizes;
    if (sizes === undefined) {
        throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', `--sweep: ${config} names no sizes to compare (cloud.sweep.vmSizes).`, 'Add cloud: { sweep: { vmSizes: [Standard_D4s_v5, Standard_D8s_v5] } } to the config, or leave --sweep out for one run.');
    }
    if (flags.vmSize !== undefined) {
        throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', '--sweep and --vm-size cannot be combined.', 'The sweep runs each size of cloud.sweep.vmSizes.');
    }
    const dir = external_node_path_.resolve(io.cwd, flags.out ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, (0,run_ids/* newRunId */.F$)(startedAt)));
    const codes = [];
    for (const [i, size] of sizes.entries()) {
        if (io.signal?.aborted)
            break;
        io.stderr.write(`Sweep: ${size} (${i + 1} of ${sizes.length})\n`);
        codes.push(await runOnAzure(config, { ...flags, sweep: false, vmSize: size, out: external_node_path_.join(dir, size) }, io, deps));
    }
    if (codes.includes(errors/* ExitCode */.yU.interrupted))
        return errors/* ExitCode */.yU.interrupted;
    const { aggregateReports } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8002));
    const outcome = await aggregateReports({ reportsDir: dir, outDir: external_node_path_.join(dir, 'aggregate'), overwrite: flags.overwrite === true }, {
        log: (line) => io.stderr.write(`${line}\n`),
        ...(deps.retailPrices && { prices: deps.retailPrices }),
    });
    for (const scenario of outcome.report.scenarios) {
        io.stdout.write(`${scenario.scenario}: ${scenario.recommendation.sentence}\n`);
    }
    io.stdout.write(`\nComparison: ${external_node_path_.relative(io.cwd, external_node_path_.join(dir, 'aggregate')) || '.'}\n`);
    return Math.max(...codes, errors/* ExitCode */.yU.ok);
}
/** Runs the cloud benchmark (or, with `--sweep`, one per size) and returns the exit code. */
async function runOnAzure(config, flags, io, deps) {
    if (flags.provider !== 'azure') {
        throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', `--provider ${flags.provider}: expected 'local' or 'azure'.`, 'Use --provider azure for a cloud run, or leave --provider out to run on this machine.');
    }
    if (config === undefined) {
        throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', 'A cloud run needs a config file.', 'Run `bench run configs/reframe-pr.yml --provider azure …`.');
    }
    if (flags.sweep === true)
        return runSweep(config, flags, io, deps);
    const env = deps.env ?? process.env;
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const configPath = external_node_path_.resolve(io.cwd, config);
    const dir = external_node_path_.resolve(io.cwd, flags.out ?? (0,run_ids/* defaultReportDir */.Vh)(startedAt, (0,run_ids/* newRunId */.F$)(startedAt)));
    const stateFile = external_node_path_.join(dir, azure_state.AZURE_STATE_FILE);
    // Secrets are replaced in every line this command prints.
    const secrets = new Set();
    const maskSecret = (value) => {
        if (value.length >= 8)
            secrets.add(value);
    };
    const redact = (line) => {
        let out = line;
        for (const secret of secrets)
            out = out.split(secret).join('***');
        return out;
    };
    const log = flags.quiet
        ? () => undefined
        : (line) => io.stderr.write(`${redact(line)}\n`);
    let recorded;
    let stateAnnounced = false;
    const createCredential = deps.createCredential ?? defaultCliCredential;
    const result = await (0,cloud_run/* runCloudBenchmark */.u)({
        configPath,
        overrides: (0,options/* planOverridesFrom */.BF)(flags),
        loadOptions: (0,options/* loadOptionsFrom */.X$)(flags, io.cwd),
        given: (0,options/* givenFromFlags */.p0)(flags, env),
        run: (plan) => cliRunIdentity(plan.name, env, startedAt),
        runUrl: `bench CLI on ${external_node_os_.hostname()}`,
        cleanup: 'inline',
        reportDir: dir,
        overwrite: flags.overwrite === true,
    }, {
        createCredential: (settings) => createCredential({ tenantId: settings.tenantId, clientId: settings.clientId }),
        ...(deps.createArmContext && { createArmContext: deps.createArmContext }),
        ...(deps.createBlob && { createBlob: deps.createBlob }),
        ...(deps.resolveImage && { resolveImage: deps.resolveImage }),
        ...(deps.runnerBundlePath !== undefined && { runnerBundlePath: deps.runnerBundlePath }),
        recordState: async (state) => {
            recorded = state;
            if (!stateAnnounced) {
                log(`State of this run (for clean-up after a crash): ${external_node_path_.relative(io.cwd, stateFile) || stateFile}`);
                stateAnnounced = true;
            }
            await (0,azure_state.writeAzureState)(stateFile, state);
        },
        log,
        maskSecret,
        ...(io.signal && { signal: io.signal }),
        now,
        ...(deps.runTiming && { runTiming: deps.runTiming }),
    });
    // After Ctrl-C the pipeline leaves the group to us: one bounded deletion attempt.
    if (io.signal?.aborted && recorded) {
        const waitMs = deps.runTiming?.deleteWaitMs ?? CLI_DELETE_WAIT_SECONDS * 1000;
        try {
            const outcome = await (0,cleanup.deleteRunGroup)(result.arm, result.resourceGroup, { waitMs });
            await (0,azure_state.writeAzureState)(stateFile, {
                ...recorded,
                cleanup: outcome.deleted ? 'deleted' : 'pending',
            });
            io.stderr.write(outcome.deleted
                ? `Deleted resource group ${result.resourceGroup}.\n`
                : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`);
        }
        catch (error) {
            io.stderr.write(`Could not delete ${result.resourceGroup}: ${error.message}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`);
        }
    }
    else if (result.cleanup) {
        io.stderr.write(result.cleanup.deleted
            ? `Deleted resource group ${result.resourceGroup}.\n`
            : `Resource group ${result.resourceGroup} is still being deleted (Azure carries on).\n`);
    }
    else if (result.cleanupError !== undefined) {
        io.stderr.write(`Could not delete ${result.resourceGroup}: ${result.cleanupError}\nRun \`bench janitor --state ${stateFile}\` to retry.\n`);
    }
    io.stdout.write((0,terminal_summary/* renderTerminalSummary */.b)(result.report, { color: io.color === true }));
    io.stdout.write(`\nReport: ${external_node_path_.relative(io.cwd, dir) || '.'}\n`);
    return (0,verdict/* exitCodeOfVerdict */.og)(result.verdict);
}
//# sourceMappingURL=run-azure.js.map

/***/ })

};
