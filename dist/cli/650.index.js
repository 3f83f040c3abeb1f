export const id = 650;
export const ids = [650];
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
var load_plan = __webpack_require__(66361);
// EXTERNAL MODULE: ./lib/pipeline/azure/cloud-run.js + 1 modules
var cloud_run = __webpack_require__(49855);
// EXTERNAL MODULE: ./lib/pipeline/azure/resolve-azure-settings.js
var resolve_azure_settings = __webpack_require__(59836);
// EXTERNAL MODULE: ./lib/pipeline/azure/run-azure.js + 11 modules
var run_azure = __webpack_require__(6723);
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
    const loaded = await (0,load_plan/* loadPlan */.Y)(request.configPath, { ...request.overrides, provider: 'azure' }, request.loadOptions);
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
