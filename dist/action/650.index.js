export const id = 650;
export const ids = [650,130,67];
export const modules = {

/***/ 7650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeCloudPlan: () => (/* binding */ describeCloudPlan)
});

// EXTERNAL MODULE: ./lib/core/config/secrets.js
var secrets = __webpack_require__(67591);
// EXTERNAL MODULE: ./lib/core/azure/image-reference.js
var image_reference = __webpack_require__(28734);
// EXTERNAL MODULE: ./lib/core/azure/cloud-init.js
var cloud_init = __webpack_require__(34657);
// EXTERNAL MODULE: ./lib/core/azure/resource-specs.js
var resource_specs = __webpack_require__(58182);
// EXTERNAL MODULE: ./lib/core/azure/run-names.js
var run_names = __webpack_require__(10119);
;// CONCATENATED MODULE: ./lib/core/azure/render-azure-plan.js
/**
 * The dry run of a cloud run (`bench plan <config> --provider azure`): every resource it would
 * create with its request body, the cloud-init documents and run-command scripts, without
 * calling Azure. Secrets never appear: product env values, custom data, SAS URLs and keys are
 * replaced by placeholders.
 */



/** Placeholder for values that are secret or generated at run time. */
const redacted = (what) => `<${what}>`;
/** Replaces every product env value with a placeholder, keeping the names. */
function redactEnv(env) {
    return Object.fromEntries(Object.keys(env).map((name) => [name, redacted('value hidden')]));
}
/** A final pass over the text: SAS signatures and bearer tokens never leave this function. */
function scrub(text) {
    return text
        .replace(/([?&]sig=)[^&\s"']+/gi, `$1${redacted('redacted')}`)
        .replace(/(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g, `$1${redacted('redacted')}`);
}
/** Renders the plan as plain text. */
function renderAzurePlan(input) {
    const spec = {
        ...input.spec,
        product: { ...input.spec.product, env: redactEnv(input.spec.product.env) },
        sshPublicKey: 'ssh-rsa AAAA bench-throwaway',
    };
    const sub = input.subscriptionId;
    const group = spec.groupName;
    const region = spec.regions[0] ?? '?';
    const size = spec.vmSizes[0] ?? '?';
    const tags = spec.tags;
    const id = (provider, type, name) => (0,resource_specs/* resourceId */.a)(sub, group, provider, type, name);
    const out = [];
    const section = (title) => out.push('', `== ${title} ==`);
    const resource = (method, type, name, body) => out.push('', `${method} ${type}/${name}`, JSON.stringify(body, null, 2));
    out.push('Azure plan (dry run: nothing was created)');
    out.push(`Subscription: ${sub}`);
    if (input.identity)
        out.push(`Identity: tenant ${input.identity.tenantId}, client ${input.identity.clientId} (GitHub OIDC)`);
    if (input.storage)
        out.push(`Results and logs: storage account ${input.storage.account}, container ${input.storage.container}`);
    out.push(`Resource group: ${group} (recorded in state before anything is created)`);
    out.push(`VM sizes, in order: ${spec.vmSizes.join(', ')}`);
    out.push(`Regions, in order: ${spec.regions.join(', ')}`);
    out.push(`Load VMs: ${spec.loadAgents} (${spec.loadVmSize ?? 'same size as the product VM'})`);
    const problems = (0,resource_specs/* validateAzureRunSpec */.ys)(input.spec);
    if (problems.length > 0) {
        section('Problems (the run would refuse to start)');
        for (const p of problems)
            out.push(`- ${p.field}: got ${p.shown}, expected ${p.expected}`);
    }
    const warnings = (0,resource_specs/* warnAboutRunSpec */.c7)(spec);
    if (warnings.length > 0) {
        section('Warnings');
        for (const w of warnings)
            out.push(`- ${w}`);
    }
    if (input.ab) {
        section('Same-VM A/B (both containers on the product VM, the same load VMs)');
        out.push(...input.ab);
    }
    section(`Resources (first choice: ${size} in ${region}; later choices replace the VMs only)`);
    resource('PUT', 'Microsoft.Resources/resourceGroups', group, (0,resource_specs/* buildGroupBody */.Es)(region, tags));
    resource('PUT', 'Microsoft.Network/publicIPAddresses', run_names/* runResourceNames */.Aq.natPublicIp(region), (0,resource_specs/* buildNatPublicIpBody */.qd)(region, tags));
    resource('PUT', 'Microsoft.Network/networkSecurityGroups', run_names/* runResourceNames */.Aq.nsg(region), (0,resource_specs/* buildNsgBody */.JG)(region, tags));
    resource('PUT', 'Microsoft.Compute/proximityPlacementGroups', run_names/* runResourceNames */.Aq.placementGroup(region), (0,resource_specs/* buildPlacementGroupBody */.VK)(region, tags, (0,resource_specs/* placementIntentSizes */.wf)(size, spec.loadVmSize)));
    const ipId = id('Microsoft.Network', 'publicIPAddresses', run_names/* runResourceNames */.Aq.natPublicIp(region));
    resource('PUT', 'Microsoft.Network/natGateways', run_names/* runResourceNames */.Aq.natGateway(region), (0,resource_specs/* buildNatGatewayBody */.Q1)(region, tags, ipId));
    resource('PUT', 'Microsoft.Network/virtualNetworks', run_names/* runResourceNames */.Aq.vnet(region), (0,resource_specs/* buildVnetBody */.mb)(region, tags, {
        nsgId: id('Microsoft.Network', 'networkSecurityGroups', run_names/* runResourceNames */.Aq.nsg(region)),
        natGatewayId: id('Microsoft.Network', 'natGateways', run_names/* runResourceNames */.Aq.natGateway(region)),
    }));
    const subnet = (0,resource_specs/* subnetId */.p4)(sub, group, region);
    const ppgId = id('Microsoft.Compute', 'proximityPlacementGroups', run_names/* runResourceNames */.Aq.placementGroup(region));
    const vms = [
        {
            vm: run_names/* runResourceNames */.Aq.productVm,
            nic: run_names/* runResourceNames */.Aq.productNic,
            size,
            cloudInit: 'product cloud-init below',
        },
        ...Array.from({ length: spec.loadAgents }, (_, i) => ({
            vm: run_names/* runResourceNames */.Aq.loadVm(i),
            nic: run_names/* runResourceNames */.Aq.loadNic(i),
            size: spec.loadVmSize ?? size,
            cloudInit: 'load cloud-init below',
        })),
    ];
    for (const v of vms) {
        resource('PUT', 'Microsoft.Network/networkInterfaces', v.nic, (0,resource_specs/* buildNicBody */.f2)(region, tags, subnet, v.size));
        const body = (0,resource_specs/* buildVmBody */.g0)({
            location: region,
            tags,
            vmSize: v.size,
            computerName: v.vm,
            nicId: id('Microsoft.Network', 'networkInterfaces', v.nic),
            placementGroupId: ppgId,
            identityResourceId: spec.identityResourceId,
            cloudInit: '',
            sshPublicKey: redacted('throwaway public key generated at run time; private key discarded'),
        });
        body.osProfile.customData = redacted(`base64 of the ${v.cloudInit}`);
        resource('PUT', 'Microsoft.Compute/virtualMachines', v.vm, body);
    }
    section('Product VM cloud-init (files are base64 in the real document; shown decoded, env values hidden)');
    out.push(decodeCloudInit((0,resource_specs/* productCloudInitFor */.Au)(spec)));
    section('Load VM cloud-init (shown decoded)');
    out.push(decodeCloudInit((0,resource_specs/* loadCloudInitFor */.pn)(spec)));
    section('Run commands (managed, asynchronous, output and errors to append blobs)');
    const commands = [
        ['bench-product-ready', run_names/* runResourceNames */.Aq.productVm, cloud_init/* productReadyCommandScript */.TE],
        ...Array.from({ length: spec.loadAgents }, (_, i) => [
            `bench-load-ready-${i + 1}`,
            run_names/* runResourceNames */.Aq.loadVm(i),
            cloud_init/* loadReadyCommandScript */.Ug,
        ]),
        ...Array.from({ length: spec.loadAgents }, (_, i) => [
            `bench-runner-${i + 1}`,
            run_names/* runResourceNames */.Aq.loadVm(i),
            cloud_init/* runnerCommandScript */.DM,
        ]),
        ['bench-samples-upload', run_names/* runResourceNames */.Aq.productVm, cloud_init/* samplesUploadCommandScript */.tq],
    ];
    for (const [name, vm, script] of commands) {
        out.push('', `-- ${name} on ${vm} (protected parameters: SAS URLs ${redacted('generated at run time')}) --`, script.trimEnd());
    }
    out.push('', 'Clean-up: DELETE the resource group with forceDeletionTypes=Microsoft.Compute/virtualMachines.');
    return `${scrub(out.join('\n'))}\n`;
}
/** Shows the base64 files of a cloud-config decoded, for reading. */
function decodeCloudInit(text) {
    return text.replace(/^( {4})content: ([A-Za-z0-9+/=]+)$/gm, (_m, indent, b64) => {
        const decoded = Buffer.from(b64, 'base64').toString('utf8');
        return `${indent}content (decoded): |\n${decoded
            .trimEnd()
            .split('\n')
            .map((line) => `${indent}  ${line}`)
            .join('\n')}`;
    });
}
//# sourceMappingURL=render-azure-plan.js.map
// EXTERNAL MODULE: ./lib/core/config/value-rules.js
var value_rules = __webpack_require__(33961);
// EXTERNAL MODULE: ./lib/edges/azure/ssh-key.js
var ssh_key = __webpack_require__(95642);
// EXTERNAL MODULE: ./lib/edges/files/load-plan.js + 4 modules
var load_plan = __webpack_require__(89310);
// EXTERNAL MODULE: ./lib/pipeline/azure/cloud-run.js
var cloud_run = __webpack_require__(6067);
// EXTERNAL MODULE: ./lib/pipeline/azure/resolve-azure-settings.js
var resolve_azure_settings = __webpack_require__(59836);
// EXTERNAL MODULE: ./lib/pipeline/azure/run-azure.js + 12 modules
var run_azure = __webpack_require__(27940);
// EXTERNAL MODULE: ./lib/core/azure/plan-azure-ab.js
var plan_azure_ab = __webpack_require__(93560);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/stats/ab-schedule.js
var ab_schedule = __webpack_require__(63928);
// EXTERNAL MODULE: ./lib/pipeline/run-comparison.js + 2 modules
var run_comparison = __webpack_require__(17905);
;// CONCATENATED MODULE: ./lib/pipeline/azure/cloud-plan.js
/**
 * What a cloud run would create, without calling Azure (`bench plan`, the action's
 * `mode: plan`): every resource, request body, cloud-init document and run-command script, with
 * secrets redacted. Missing ids are replaced by obvious placeholders and named; the image digest
 * (looked up at run time) is shown as zeros.
 */













/** Describes the cloud run of a request; never calls Azure and needs no credential. */
async function describeCloudPlan(request) {
    const loaded = await (0,load_plan.loadPlan)(request.configPath, { ...request.overrides, provider: 'azure' }, request.loadOptions);
    const { settings, placeholders } = (0,resolve_azure_settings/* resolveAzureSettings */.FX)(request.given, loaded, 'placeholders');
    const plan = (0,cloud_run/* cloudPlanOf */.C)(loaded, request.image, settings.acrName, request.baselineImage);
    const image = (0,run_azure/* qualifyProductImage */.A$)((0,run_azure/* imageTargetOf */.yd)(plan).image, settings.acrName);
    const ref = (0,image_reference/* parseImageReference */.o_)(image);
    // The digest is looked up at run time; the dry run shows zeros in its place.
    const pinnedOf = (reference) => {
        const parsed = (0,image_reference/* parseImageReference */.o_)(reference);
        return parsed?.digest
            ? reference
            : parsed
                ? (0,image_reference/* formatPinnedImage */.Xp)(parsed, `sha256:${'0'.repeat(64)}`)
                : reference;
    };
    const pinned = pinnedOf(image);
    const ab = describeAb(plan, settings.acrName, settings.vmSizes, pinned, pinnedOf);
    const spec = (0,run_azure/* buildSpecForPlan */.of)({
        plan,
        settings,
        run: request.run(plan),
        runUrl: request.runUrl,
        now: request.now,
        pinnedImage: pinned,
        sshPublicKey: (0,ssh_key/* generateThrowawaySshPublicKey */.C)(),
        ...(ab.baseline && { baseline: ab.baseline }),
    });
    const notes = [
        ...(placeholders.length > 0
            ? [
                `Placeholders stand in for settings not given (${placeholders.join(', ')}); a real run needs them.`,
            ]
            : []),
        ...(ref === undefined
            ? [
                `The image ${image} is not a valid reference (${value_rules/* valueRules */.Ni.image.expected}, lower-case); a real run refuses it.`,
            ]
            : ref.digest
                ? []
                : [`The image ${image} is pinned to its digest at run time; zeros stand in for it here.`]),
        ...ab.notes,
        // Command benchmarks: how the cloud run would go, and that it is refused for now.
        ...(plan.commands ?? []).map((c) => `Command benchmark ${c.name} would run on the product VM as \`docker run --rm --network none ${pinned} ${(0,secrets/* redactArgv */.Qu)(c.argv).join(' ')}\` (no load VM), its ${c.ingest.format} results copied out of the container and ingested as locally; not built yet: \`bench run --provider azure\` refuses it (COMMAND_SCENARIO_CLOUD_UNSUPPORTED).`),
    ];
    const text = renderAzurePlan({
        spec,
        subscriptionId: settings.subscriptionId,
        identity: { tenantId: settings.tenantId, clientId: settings.clientId },
        storage: { account: settings.storageAccount, container: settings.storageContainer },
        ...(ab.lines && { ab: ab.lines }),
    });
    return { notes, text, spec };
}
/** How many rounds of a fixed schedule the plan shows. */
const SHOWN_ROUNDS = 4;
/** The A/B part of the plan: the baseline container, its lines and notes (a refused duet is a note). */
function describeAb(plan, acrName, vmSizes, pinnedCandidate, pinnedOf) {
    let layout;
    try {
        layout = (0,run_azure/* abLayoutOf */.XD)(plan, vmSizes);
    }
    catch (error) {
        if (!(error instanceof errors/* BenchError */.LR))
            throw error;
        return { notes: [`${error.code}: ${error.message} A real run refuses it. ${error.hint}`] };
    }
    const baselineTarget = plan.baseline;
    if (!layout || baselineTarget?.kind !== 'image')
        return { notes: [] };
    const baselineImage = pinnedOf((0,run_azure/* qualifyProductImage */.A$)(baselineTarget.image, acrName));
    const compare = plan.compare ?? run_comparison/* DEFAULT_COMPARE_PLAN */.Q;
    const steps = (0,ab_schedule/* listAbSteps */.BE)(plan.scenarios, plan.load.model, plan.load.levels);
    const shown = Math.min(SHOWN_ROUNDS, compare.maxRounds);
    const schedule = compare.seed !== undefined
        ? Array.from({ length: shown }, (_, i) => (0,ab_schedule/* scheduleRound */.yk)(compare.seed, i + 1, steps))
        : undefined;
    return {
        baseline: { image: baselineImage, hostPort: layout.baselinePort, mode: layout.mode },
        lines: (0,plan_azure_ab/* describeAzureAb */.cX)({
            layout,
            images: { candidate: pinnedCandidate, baseline: baselineImage },
            vmSize: vmSizes[0] ?? '?',
            compare,
            ...(schedule && { schedule }),
        }),
        notes: layout.modeNote ? [layout.modeNote] : [],
    };
}
//# sourceMappingURL=cloud-plan.js.map

/***/ }),

/***/ 6067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ cloudPlanOf),
/* harmony export */   runCloudBenchmark: () => (/* binding */ runCloudBenchmark)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_report_html_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45801);
/* harmony import */ var _core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89110);
/* harmony import */ var _core_azure_preflight_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55688);
/* harmony import */ var _edges_azure_arm_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82994);
/* harmony import */ var _edges_azure_preflight_probes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58321);
/* harmony import */ var _edges_azure_resolve_image_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65279);
/* harmony import */ var _edges_files_load_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89310);
/* harmony import */ var _edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33542);
/* harmony import */ var _core_report_comparison_csv_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(47192);
/* harmony import */ var _core_report_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24622);
/* harmony import */ var _run_comparison_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(17905);
/* harmony import */ var _run_outcome_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9130);
/* harmony import */ var _azure_deps_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(99332);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(99387);
/* harmony import */ var _resolve_azure_settings_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(59836);
/* harmony import */ var _run_azure_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(27940);
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
    const target = (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(plan);
    const withImage = image === undefined
        ? plan
        : { ...plan, target: { ...target, image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)(image, acrName) } };
    if (baselineImage === undefined)
        return withImage;
    return {
        ...withImage,
        baseline: { ...(0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(withImage), image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)(baselineImage, acrName) },
        compare: withImage.compare ?? _run_comparison_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_COMPARE_PLAN */ .Q,
    };
}
/** Runs a cloud benchmark from a request and returns its outcome (report directory written). */
async function runCloudBenchmark(request, deps) {
    const loaded = await (0,_edges_files_load_plan_js__WEBPACK_IMPORTED_MODULE_8__.loadPlan)(request.configPath, { ...request.overrides, provider: 'azure' }, request.loadOptions);
    if ((loaded.commands?.length ?? 0) > 0) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('COMMAND_SCENARIO_CLOUD_UNSUPPORTED', `Config "${loaded.name}" has command benchmarks (kind: command); they run on this machine only for now`);
    }
    const { settings } = (0,_resolve_azure_settings_js__WEBPACK_IMPORTED_MODULE_15__/* .resolveAzureSettings */ .FX)(request.given, loaded, 'strict');
    const plan = cloudPlanOf(loaded, request.image, settings.acrName, request.baselineImage);
    // Before anything is created: a run must never pay for VMs and then fail to keep the result.
    await (0,_edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareReportDir */ .rD)(request.reportDir, { overwrite: request.overwrite ?? false });
    const credential = deps.createCredential(settings);
    const arm = (deps.createArmContext ?? _edges_azure_arm_context_js__WEBPACK_IMPORTED_MODULE_5__/* .createArmContext */ .o)({
        credential,
        subscriptionId: settings.subscriptionId,
        log: deps.log,
    });
    const blob = (deps.createBlob ?? _azure_deps_js__WEBPACK_IMPORTED_MODULE_13__/* .createAzureBlobDeps */ .H)({
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
                : (0,_edges_azure_resolve_image_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveImageDigest */ .C)(image, { credential, tenantId: settings.tenantId, log: deps.log });
            pinned.set(image, digest);
        }
        return digest;
    };
    // Before the resource group exists: a set-up that is not ready stops here, in seconds.
    deps.log('Checking the Azure set-up (preflight)');
    const preflight = await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_14__.runAzurePreflight)({ settings, image: (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .qualifyProductImage */ .A$)((0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .imageTargetOf */ .yd)(plan).image, settings.acrName) }, (0,_edges_azure_preflight_probes_js__WEBPACK_IMPORTED_MODULE_6__/* .createAzurePreflightProbes */ .Q)({
        arm,
        credential,
        resolveImage,
        ...(blob.probe && { blob: blob.probe }),
    }));
    for (const line of (0,_core_azure_preflight_model_js__WEBPACK_IMPORTED_MODULE_4__.renderPreflightChecklist)(preflight).trimEnd().split('\n'))
        deps.log(line);
    (0,_preflight_js__WEBPACK_IMPORTED_MODULE_14__.assertPreflightPassed)(preflight);
    const result = await (0,_run_azure_js__WEBPACK_IMPORTED_MODULE_16__/* .runAzureBenchmark */ .gr)(plan, settings, {
        arm,
        exchange: blob.exchange,
        samples: blob.samples,
        credential,
        runnerBundlePath: deps.runnerBundlePath ?? (0,_azure_deps_js__WEBPACK_IMPORTED_MODULE_13__.findRunnerBundle)(),
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
        cwd: plan.configPath ? node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(plan.configPath) : process.cwd(),
        ...deps.runTiming,
    });
    const { report, baseline, comparison } = result;
    const summaryMarkdown = (0,_core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRunSummaryMarkdown */ .B)(report);
    // A same-VM A/B writes what a local A/B writes: the baseline, the comparison and every round.
    const abFiles = baseline
        ? [
            { name: 'baseline.json', text: (0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJsonReport */ .n)(baseline) },
            ...(comparison ? [{ name: 'comparison.csv', text: (0,_core_report_comparison_csv_js__WEBPACK_IMPORTED_MODULE_17__/* .renderComparisonCsv */ .a)(comparison) }] : []),
            ...['baseline', 'candidate'].flatMap((side) => (result.rounds?.[side] ?? []).map((r, i) => ({
                name: `rounds/${side}-${i + 1}.json`,
                text: (0,_core_report_json_js__WEBPACK_IMPORTED_MODULE_10__/* .renderJsonReport */ .n)(r),
            }))),
        ]
        : [];
    await (0,_edges_files_write_report_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .writeReportDir */ .xK)(request.reportDir, report, result.hlogs, {
        overwrite: true,
        summaryMarkdown,
        extraFiles: [
            {
                name: 'report.html',
                text: (0,_core_report_html_js__WEBPACK_IMPORTED_MODULE_2__/* .renderHtmlReport */ .w4)({
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
        ...(0,_run_outcome_js__WEBPACK_IMPORTED_MODULE_12__.runOutcomeOf)(report, request.reportDir, {
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

/***/ }),

/***/ 9130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutcomeOf: () => (/* binding */ runOutcomeOf)
/* harmony export */ });
/* harmony import */ var _core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89110);
/* harmony import */ var _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49390);


/** The outcome of `report`, written to `reportDir`: verdict, findings and summary from the report. */
function runOutcomeOf(report, reportDir, extra = {}) {
    const { verdict, findings } = (0,_core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeRun */ .Zy)(report);
    return {
        reportDir,
        report,
        summaryMarkdown: extra.summaryMarkdown ?? (0,_core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunSummaryMarkdown */ .B)(report),
        verdict,
        findings,
        ...(extra.resourceGroup !== undefined && { resourceGroup: extra.resourceGroup }),
        ...(extra.reportUrl !== undefined && { reportUrl: extra.reportUrl }),
    };
}
//# sourceMappingURL=run-outcome.js.map

/***/ })

};
