export const id = 318;
export const ids = [318];
export const modules = {

/***/ 57318:
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
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/report/run-ids.js
var run_ids = __webpack_require__(18720);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/edges/files/load-plan.js + 4 modules
var load_plan = __webpack_require__(66361);
// EXTERNAL MODULE: ./lib/core/report/terminal-summary.js
var terminal_summary = __webpack_require__(28009);
// EXTERNAL MODULE: ./lib/core/stats/verdict.js
var verdict = __webpack_require__(49390);
// EXTERNAL MODULE: ./lib/edges/azure/cleanup.js
var cleanup = __webpack_require__(39094);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(23952);
// EXTERNAL MODULE: ./lib/core/azure/shell-safety.js
var shell_safety = __webpack_require__(51484);
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
var azure_state = __webpack_require__(74757);
// EXTERNAL MODULE: ./lib/pipeline/azure/cloud-run.js + 1 modules
var cloud_run = __webpack_require__(49855);
// EXTERNAL MODULE: ./lib/cli/options.js
var options = __webpack_require__(99048);
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
    const { aggregateReports } = await __webpack_require__.e(/* import() */ 2).then(__webpack_require__.bind(__webpack_require__, 8002));
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

/***/ }),

/***/ 49855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ cloudPlanOf),
  u: () => (/* binding */ runCloudBenchmark)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: ./lib/core/azure/preflight-model.js
var preflight_model = __webpack_require__(55688);
// EXTERNAL MODULE: ./lib/edges/azure/arm-context.js + 1 modules
var arm_context = __webpack_require__(82994);
// EXTERNAL MODULE: ./lib/edges/azure/preflight-probes.js + 2 modules
var preflight_probes = __webpack_require__(58321);
// EXTERNAL MODULE: ./lib/edges/azure/resolve-image-digest.js
var resolve_image_digest = __webpack_require__(65279);
// EXTERNAL MODULE: ./lib/edges/files/load-plan.js + 4 modules
var load_plan = __webpack_require__(66361);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: ./lib/core/report/comparison-csv.js
var comparison_csv = __webpack_require__(47192);
// EXTERNAL MODULE: ./lib/core/report/json.js
var json = __webpack_require__(24622);
// EXTERNAL MODULE: ./lib/pipeline/run-comparison.js + 2 modules
var run_comparison = __webpack_require__(17905);
// EXTERNAL MODULE: ./lib/core/stats/verdict.js
var stats_verdict = __webpack_require__(49390);
;// CONCATENATED MODULE: ./lib/pipeline/run-outcome.js


/** The outcome of `report`, written to `reportDir`: verdict, findings and summary from the report. */
function runOutcomeOf(report, reportDir, extra = {}) {
    const { verdict, findings } = (0,stats_verdict/* judgeRun */.Zy)(report);
    return {
        reportDir,
        report,
        summaryMarkdown: extra.summaryMarkdown ?? (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(report),
        verdict,
        findings,
        ...(extra.resourceGroup !== undefined && { resourceGroup: extra.resourceGroup }),
        ...(extra.reportUrl !== undefined && { reportUrl: extra.reportUrl }),
    };
}
//# sourceMappingURL=run-outcome.js.map
// EXTERNAL MODULE: ./lib/pipeline/azure/azure-deps.js + 2 modules
var azure_deps = __webpack_require__(99332);
// EXTERNAL MODULE: ./lib/pipeline/azure/preflight.js
var azure_preflight = __webpack_require__(34017);
// EXTERNAL MODULE: ./lib/pipeline/azure/resolve-azure-settings.js
var resolve_azure_settings = __webpack_require__(59836);
// EXTERNAL MODULE: ./lib/pipeline/azure/run-azure.js + 11 modules
var run_azure = __webpack_require__(6723);
;// CONCATENATED MODULE: ./lib/pipeline/azure/cloud-run.js
/**
 * A cloud run as both front ends start it (`bench run --provider azure` and the action's main
 * step): load the plan, build the Azure settings from what the front end received (each with its
 * source, for messages), check the report directory, wire the credential, ARM and Blob, run the
 * preflight (a set-up that is not ready stops the run before its resource group exists), run the
 * benchmark on Azure, write the report directory and judge the result. The front ends only map
 * their flags or inputs to a `CloudRunRequest` and choose the clean-up mode.
 */


















/** The plan of a cloud run, with the `image` and `baselineImage` replacements applied. */
function cloudPlanOf(plan, image, acrName, baselineImage) {
    const target = (0,run_azure/* imageTargetOf */.yd)(plan);
    const withImage = image === undefined
        ? plan
        : { ...plan, target: { ...target, image: (0,run_azure/* qualifyProductImage */.A$)(image, acrName) } };
    if (baselineImage === undefined)
        return withImage;
    return {
        ...withImage,
        baseline: { ...(0,run_azure/* imageTargetOf */.yd)(withImage), image: (0,run_azure/* qualifyProductImage */.A$)(baselineImage, acrName) },
        compare: withImage.compare ?? run_comparison/* DEFAULT_COMPARE_PLAN */.Q,
    };
}
/** Runs a cloud benchmark from a request and returns its outcome (report directory written). */
async function runCloudBenchmark(request, deps) {
    const loaded = await (0,load_plan/* loadPlan */.Y)(request.configPath, { ...request.overrides, provider: 'azure' }, request.loadOptions);
    if ((loaded.commands?.length ?? 0) > 0) {
        throw (0,errors/* inputError */.Xu)('COMMAND_SCENARIO_CLOUD_UNSUPPORTED', `Config "${loaded.name}" has command benchmarks (kind: command); they run on this machine only for now`);
    }
    const { settings } = (0,resolve_azure_settings/* resolveAzureSettings */.FX)(request.given, loaded, 'strict');
    const plan = cloudPlanOf(loaded, request.image, settings.acrName, request.baselineImage);
    // Before anything is created: a run must never pay for VMs and then fail to keep the result.
    await (0,write_report_dir/* prepareReportDir */.rD)(request.reportDir, { overwrite: request.overwrite ?? false });
    const credential = deps.createCredential(settings);
    const arm = (deps.createArmContext ?? arm_context.createArmContext)({
        credential,
        subscriptionId: settings.subscriptionId,
        log: deps.log,
    });
    const blob = (deps.createBlob ?? azure_deps/* createAzureBlobDeps */.H)({
        settings,
        credential,
        maskSecret: deps.maskSecret,
    });
    // Looked up once: the preflight pins the image, the run reuses the digest.
    const pinned = new Map();
    const resolveImage = (image) => {
        let digest = pinned.get(image);
        if (!digest) {
            digest = deps.resolveImage
                ? deps.resolveImage(image)
                : (0,resolve_image_digest/* resolveImageDigest */.C)(image, { credential, tenantId: settings.tenantId, log: deps.log });
            pinned.set(image, digest);
        }
        return digest;
    };
    // Before the resource group exists: a set-up that is not ready stops here, in seconds.
    deps.log('Checking the Azure set-up (preflight)');
    const preflight = await (0,azure_preflight.runAzurePreflight)({ settings, image: (0,run_azure/* qualifyProductImage */.A$)((0,run_azure/* imageTargetOf */.yd)(plan).image, settings.acrName) }, (0,preflight_probes/* createAzurePreflightProbes */.Q)({
        arm,
        credential,
        resolveImage,
        ...(blob.probe && { blob: blob.probe }),
    }));
    for (const line of (0,preflight_model.renderPreflightChecklist)(preflight).trimEnd().split('\n'))
        deps.log(line);
    (0,azure_preflight.assertPreflightPassed)(preflight);
    const result = await (0,run_azure/* runAzureBenchmark */.gr)(plan, settings, {
        arm,
        exchange: blob.exchange,
        samples: blob.samples,
        credential,
        runnerBundlePath: deps.runnerBundlePath ?? (0,azure_deps/* findRunnerBundle */.k)(),
        recordState: deps.recordState,
        log: deps.log,
        maskSecret: deps.maskSecret,
        ...(deps.signal && { signal: deps.signal }),
        ...(deps.now && { now: deps.now }),
        resolveImage,
    }, {
        run: request.run(plan),
        runUrl: request.runUrl,
        cleanup: request.cleanup,
        cwd: plan.configPath ? external_node_path_.dirname(plan.configPath) : process.cwd(),
        ...deps.runTiming,
    });
    const { report, baseline, comparison } = result;
    const summaryMarkdown = (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(report);
    // A same-VM A/B writes what a local A/B writes: the baseline, the comparison and every round.
    const abFiles = baseline
        ? [
            { name: 'baseline.json', text: (0,json/* renderJsonReport */.n)(baseline) },
            ...(comparison ? [{ name: 'comparison.csv', text: (0,comparison_csv/* renderComparisonCsv */.a)(comparison) }] : []),
            ...['baseline', 'candidate'].flatMap((side) => (result.rounds?.[side] ?? []).map((r, i) => ({
                name: `rounds/${side}-${i + 1}.json`,
                text: (0,json/* renderJsonReport */.n)(r),
            }))),
        ]
        : [];
    await (0,write_report_dir/* writeReportDir */.xK)(request.reportDir, report, result.hlogs, {
        overwrite: true,
        summaryMarkdown,
        extraFiles: [
            {
                name: 'report.html',
                text: (0,html/* renderHtmlReport */.w4)({
                    report,
                    thresholds: report.thresholds ?? [],
                    ...(baseline && { baseline }),
                    ...(comparison && { comparison }),
                }),
            },
            ...abFiles,
        ],
    });
    return {
        ...runOutcomeOf(report, request.reportDir, {
            resourceGroup: result.resourceGroup,
            summaryMarkdown,
        }),
        resourceGroup: result.resourceGroup,
        ...(result.cleanup && { cleanup: result.cleanup }),
        ...(result.cleanupError !== undefined && { cleanupError: result.cleanupError }),
        arm,
    };
}
//# sourceMappingURL=cloud-run.js.map

/***/ })

};
