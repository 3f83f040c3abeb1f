export const id = 619;
export const ids = [619];
export const modules = {

/***/ 29619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAzureSetup: () => (/* binding */ checkAzureSetup),
  outcomeText: () => (/* binding */ outcomeText),
  runAzureSetup: () => (/* binding */ runAzureSetup)
});

// EXTERNAL MODULE: ./lib/core/azure/setup-plan.js
var setup_plan = __webpack_require__(32896);
// EXTERNAL MODULE: ./lib/core/azure/classify-arm-error.js
var classify_arm_error = __webpack_require__(79105);
// EXTERNAL MODULE: ./lib/core/azure/azure-settings.js
var azure_settings = __webpack_require__(49784);
// EXTERNAL MODULE: ./lib/edges/azure/preflight-probes.js + 2 modules
var preflight_probes = __webpack_require__(58321);
// EXTERNAL MODULE: ./lib/core/azure/required-roles.js
var required_roles = __webpack_require__(69550);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/edges/azure/setup-resources.js
/**
 * The ARM side of `bench setup azure`: each function looks its resource up first and creates it
 * only when it is missing, so a second run changes nothing and says so. Errors are translated
 * once: a missing right to assign roles names the roles that grant it at the scope.
 */





/** Polls of a provider registration before giving up. */
const REGISTRATION_POLLS = 120;
/** Attempts of a role assignment whose new principal Entra has not replicated yet. */
const PRINCIPAL_ATTEMPTS = 10;
/** Wait between those attempts. */
const PRINCIPAL_RETRY_MS = 10_000;
/** Translates a failed set-up request. */
function setupError(error, what) {
    if (error instanceof errors/* BenchError */.LR)
        return error;
    const facts = (0,classify_arm_error/* readArmError */.p_)(error);
    const denied = (0,classify_arm_error/* classifyArmError */.X6)(error) === 'denied';
    return new errors/* BenchError */.LR(denied
        ? facts.code === 'MissingSubscriptionRegistration'
            ? 'AZURE_PROVIDER_UNREGISTERED'
            : 'AZURE_AUTHORIZATION_FAILED'
        : 'AZURE_REQUEST_FAILED', `Could not ${what}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`, denied
        ? (0,classify_arm_error/* deniedHint */.vU)(facts.code, facts.message)
        : 'Run `bench setup azure` again: it skips what exists. If it keeps failing, check the activity log of the subscription.', { cause: error });
}
/** Looks a resource up; undefined when it does not exist. */
async function lookUp(what, get) {
    try {
        return await get();
    }
    catch (error) {
        if ((0,classify_arm_error/* classifyArmError */.X6)(error) === 'not-found')
            return undefined;
        throw setupError(error, `look up ${what}`);
    }
}
/** Runs a create call, translating its failure. */
async function create(what, run) {
    try {
        return await run();
    }
    catch (error) {
        throw setupError(error, what);
    }
}
/** Registers a resource provider and waits until Azure says it is registered. */
async function ensureProviderRegistered(ctx, namespace) {
    const state = async () => (await create(`read provider ${namespace}`, () => ctx.resources.providers.get(namespace)))
        .registrationState;
    if ((await state()) === 'Registered')
        return 'exists';
    ctx.log(`Registering resource provider ${namespace}`);
    await create(`register ${namespace}`, () => ctx.resources.providers.register(namespace));
    for (let poll = 0; poll < REGISTRATION_POLLS; poll++) {
        if ((await state()) === 'Registered')
            return 'created';
        await ctx.sleep(ctx.pollIntervalMs);
    }
    throw new errors/* BenchError */.LR('AZURE_PROVIDER_UNREGISTERED', `${namespace} is still registering after ${REGISTRATION_POLLS} polls.`, 'Registration can take minutes; run `bench setup azure` again later (it skips what exists).');
}
/** The shared resource group. */
async function ensureResourceGroup(ctx, name, body) {
    if (await lookUp(`resource group ${name}`, () => ctx.resources.resourceGroups.get(name))) {
        return 'exists';
    }
    await create(`create resource group ${name}`, () => ctx.resources.resourceGroups.createOrUpdate(name, body));
    return 'created';
}
/** A resource of `type` named `name` anywhere in the subscription (a registry or account made elsewhere). */
async function findResourceId(ctx, type, name) {
    try {
        const filter = `resourceType eq '${type}' and name eq '${name.replace(/'/g, "''")}'`;
        for await (const r of ctx.resources.resources.list({ filter })) {
            if (r.id && r.name?.toLowerCase() === name.toLowerCase())
                return r.id;
        }
        return undefined;
    }
    catch (error) {
        throw setupError(error, `look for ${name}`);
    }
}
/**
 * The storage account (found anywhere in the subscription, else created in the shared group).
 * One the set-up created that allows shared-key access again is updated; one made elsewhere is
 * left as it is, with a note, since other users of it may rely on its keys.
 */
async function ensureStorageAccount(ctx, plan) {
    const found = await findResourceId(ctx, 'Microsoft.Storage/storageAccounts', plan.storageAccount);
    if (found) {
        const resourceGroup = groupOf(found) ?? plan.resourceGroup;
        const account = await create(`read storage account ${plan.storageAccount}`, () => ctx.storage.storageAccounts.getProperties(resourceGroup, plan.storageAccount));
        if (account.allowSharedKeyAccess === false)
            return { outcome: 'exists', id: found, resourceGroup };
        const ours = account.tags?.['bench-setup'] === plan.tags['bench-setup'];
        if (!ours) {
            return {
                outcome: 'exists',
                id: found,
                resourceGroup,
                note: 'allows shared-key access; left as it is (bench signs in with identities only; `az storage account update --allow-shared-key-access false` turns keys off)',
            };
        }
        ctx.log(`Turning off shared-key access on ${plan.storageAccount}`);
        await create(`update storage account ${plan.storageAccount}`, () => ctx.storage.storageAccounts.update(resourceGroup, plan.storageAccount, {
            allowSharedKeyAccess: false,
        }));
        return { outcome: 'updated', id: found, resourceGroup };
    }
    ctx.log(`Creating storage account ${plan.storageAccount} (no shared-key access)`);
    const account = await create(`create storage account ${plan.storageAccount}`, async () => {
        try {
            return await ctx.storage.storageAccounts.create(plan.resourceGroup, plan.storageAccount, (0,setup_plan/* setupStorageAccountBody */.c6)(plan), { updateIntervalInMs: ctx.pollIntervalMs });
        }
        catch (error) {
            // Account names are global: another subscription may hold this one.
            if ((0,classify_arm_error/* readArmError */.p_)(error).code === 'StorageAccountAlreadyTaken') {
                throw (0,errors/* inputError */.Xu)('ARGUMENT_INVALID', `--storage-account: the name ${plan.storageAccount} is taken by another subscription (storage account names are global).`, 'Give another name with --storage-account (3-24 lower-case letters and digits), or another --name-prefix; what was created so far is kept.');
            }
            throw error;
        }
    });
    return {
        outcome: 'created',
        id: account.id ?? plan.ids.storageAccount,
        resourceGroup: plan.resourceGroup,
    };
}
/** A blob container of the account. */
async function ensureBlobContainer(ctx, resourceGroup, account, container) {
    const existing = await lookUp(`container ${container}`, () => ctx.storage.blobContainers.get(resourceGroup, account, container));
    if (existing)
        return 'exists';
    await create(`create container ${container}`, () => ctx.storage.blobContainers.create(resourceGroup, account, container, {}));
    return 'created';
}
/** The registry (found anywhere in the subscription, else created in the shared group). */
async function ensureRegistry(ctx, plan) {
    const found = await findResourceId(ctx, 'Microsoft.ContainerRegistry/registries', plan.acrName);
    if (found)
        return { outcome: 'exists', id: found };
    ctx.log(`Creating registry ${plan.acrName} (Basic, no admin user)`);
    const registry = await create(`create registry ${plan.acrName}`, () => ctx.resources.resources.beginCreateOrUpdateByIdAndWait((0,preflight_probes/* scopePathOf */.R)(plan.ids.registry), setup_plan/* registryApiVersion */.Qu, (0,setup_plan/* setupRegistryBody */.nt)(plan), { updateIntervalInMs: ctx.pollIntervalMs }));
    return { outcome: 'created', id: registry.id ?? plan.ids.registry };
}
/** A user-assigned identity in the shared group. */
async function ensureIdentity(ctx, plan, name) {
    let outcome = 'exists';
    let identity = await lookUp(`identity ${name}`, () => ctx.msi.userAssignedIdentities.get(plan.resourceGroup, name));
    if (!identity) {
        identity = await create(`create identity ${name}`, () => ctx.msi.userAssignedIdentities.createOrUpdate(plan.resourceGroup, name, (0,setup_plan/* setupIdentityBody */.m_)(plan)));
        outcome = 'created';
    }
    if (!identity.id || !identity.principalId || !identity.clientId || !identity.tenantId) {
        throw new errors/* BenchError */.LR('AZURE_REQUEST_FAILED', `Identity ${name} came back without its ids.`, 'Run `bench setup azure` again: it skips what exists.');
    }
    return {
        outcome,
        ids: {
            id: identity.id,
            principalId: identity.principalId,
            clientId: identity.clientId,
            tenantId: identity.tenantId,
        },
    };
}
/** A federated credential of the GitHub identity (ARM's, so no directory permission is needed). */
async function ensureFederatedCredential(ctx, plan, credential) {
    const wanted = (0,setup_plan/* federatedCredentialBody */.kG)(credential.subject);
    const existing = await lookUp(`federated credential ${credential.name}`, () => ctx.msi.federatedIdentityCredentials.get(plan.resourceGroup, plan.githubIdentity, credential.name));
    const same = existing?.issuer === wanted.issuer &&
        existing.subject === wanted.subject &&
        JSON.stringify(existing.audiences) === JSON.stringify(wanted.audiences);
    if (same)
        return 'exists';
    await create(`create federated credential ${credential.name}`, () => ctx.msi.federatedIdentityCredentials.createOrUpdate(plan.resourceGroup, plan.githubIdentity, credential.name, wanted));
    return existing ? 'updated' : 'created';
}
/**
 * A role assignment of REQUIRED_ROLES: an assignment of the principal at or above the scope with
 * a role that satisfies the row counts as made; otherwise it is made under its deterministic
 * name, and Azure's RoleAssignmentExists (the same role, principal and scope under another name)
 * counts as made too.
 */
async function ensureRoleAssignment(ctx, assignment) {
    const existing = [];
    try {
        for await (const a of ctx.authorization.roleAssignments.listForScope((0,preflight_probes/* scopePathOf */.R)(assignment.scope), { filter: `principalId eq '${assignment.body.principalId}'` })) {
            if (a.scope && a.roleDefinitionId) {
                existing.push({ scope: a.scope, roleDefinitionId: a.roleDefinitionId });
            }
        }
    }
    catch (error) {
        throw setupError(error, `list the role assignments on ${assignment.scope}`);
    }
    const found = (0,required_roles/* findSatisfyingAssignment */.GA)(existing, assignment.requirement, assignment.scope);
    if (found)
        return { outcome: 'exists', detail: `${found.role} at ${found.scope || '/'}` };
    for (let attempt = 1;; attempt++) {
        try {
            await ctx.authorization.roleAssignments.create((0,preflight_probes/* scopePathOf */.R)(assignment.scope), assignment.name, assignment.body);
            return { outcome: 'created' };
        }
        catch (error) {
            const facts = (0,classify_arm_error/* readArmError */.p_)(error);
            if (facts.code === 'RoleAssignmentExists')
                return { outcome: 'exists' };
            // A just-created identity's service principal takes a while to replicate in Entra ID.
            if (facts.code === 'PrincipalNotFound' && attempt < PRINCIPAL_ATTEMPTS) {
                ctx.log(`The principal of ${assignment.requirement.role} on ${assignment.scope} is not visible yet; retrying in 10 s (${attempt} of ${PRINCIPAL_ATTEMPTS - 1})`);
                await ctx.sleep(PRINCIPAL_RETRY_MS);
                continue;
            }
            if (facts.code === 'AuthorizationFailed') {
                throw new errors/* BenchError */.LR('AZURE_SETUP_FORBIDDEN', `You may not assign ${assignment.requirement.role} on ${assignment.scope} (Azure: ${facts.message})`, `Assigning roles needs ${required_roles/* ROLE_ASSIGNER_ROLES */.UQ[0]} or ${required_roles/* ROLE_ASSIGNER_ROLES */.UQ[1]} (or ${required_roles/* ROLE_ASSIGNER_ROLES */.UQ[2]}) on ${assignment.scope} or above. Ask someone who holds one to run \`bench setup azure\` again (it keeps what exists), or to run: ${(0,required_roles/* roleAssignmentCommand */.bP)(assignment.requirement.role, assignment.body.principalId, assignment.scope)}`, { cause: error });
            }
            throw setupError(error, `assign ${assignment.requirement.role} on ${assignment.scope}`);
        }
    }
}
/** The resource group named in a resource id. */
function groupOf(id) {
    return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
//# sourceMappingURL=setup-resources.js.map
// EXTERNAL MODULE: ./lib/pipeline/azure/preflight.js
var preflight = __webpack_require__(34017);
;// CONCATENATED MODULE: ./lib/pipeline/azure/setup-azure.js






/** Runs the set-up against the subscription of `ctx`. */
async function runAzureSetup(plan, ctx, options = {}) {
    const steps = [];
    const record = (what, outcome, detail) => {
        steps.push({ what, outcome, ...(detail !== undefined && { detail }) });
        ctx.log(`${what}: ${outcomeText[outcome]}${detail ? ` (${detail})` : ''}`);
    };
    // One provider at a time: a registration is polled until Azure says Registered.
    for (const namespace of plan.providers) {
        record(`provider ${namespace}`, await ensureProviderRegistered(ctx, namespace));
    }
    record(`resource group ${plan.resourceGroup}`, await ensureResourceGroup(ctx, plan.resourceGroup, {
        location: plan.input.location,
        tags: plan.tags,
    }));
    const account = await ensureStorageAccount(ctx, plan);
    record(`storage account ${plan.storageAccount}`, account.outcome, account.note);
    record(`blob container ${plan.container}`, await ensureBlobContainer(ctx, account.resourceGroup, plan.storageAccount, plan.container));
    const registry = await ensureRegistry(ctx, plan);
    record(`registry ${plan.acrName}`, registry.outcome);
    const vm = await ensureIdentity(ctx, plan, plan.vmIdentity);
    record(`VM identity ${plan.vmIdentity}`, vm.outcome);
    const github = await ensureIdentity(ctx, plan, plan.githubIdentity);
    record(`GitHub identity ${plan.githubIdentity}`, github.outcome);
    // Sequentially: Azure refuses concurrent federated-credential writes on one identity.
    for (const credential of plan.federatedCredentials) {
        record(`federated credential ${credential.name} (${credential.subject})`, await ensureFederatedCredential(ctx, plan, credential));
    }
    const assignments = (0,setup_plan/* setupRoleAssignments */.Wu)(plan, { runner: github.ids.principalId, vm: vm.ids.principalId }, {
        subscription: plan.ids.subscription,
        vmIdentity: vm.ids.id,
        storageAccount: account.id,
        registry: registry.id,
    });
    for (const assignment of assignments) {
        const holder = assignment.requirement.principal === 'runner' ? plan.githubIdentity : plan.vmIdentity;
        const { outcome, detail } = await ensureRoleAssignment(ctx, assignment);
        record(`role ${assignment.requirement.role} for ${holder} on ${assignment.scope}`, outcome, detail);
    }
    const variables = (0,setup_plan/* setupVariables */.BL)(plan, {
        tenantId: github.ids.tenantId,
        clientId: github.ids.clientId,
        vmIdentityId: vm.ids.id,
    });
    if (options.setVariables) {
        const done = await options.setVariables(plan.input.repository, variables);
        for (const [name, outcome] of Object.entries(done)) {
            record(`repository variable ${name}`, outcome);
        }
    }
    return { steps, variables, workflow: (0,setup_plan/* setupWorkflowSnippet */.O6)(plan) };
}
/** How each outcome reads. */
const outcomeText = {
    created: 'created',
    exists: 'already as wanted',
    updated: 'updated',
};
/**
 * The preflight of a cloud run against the set-up's names, as the GitHub identity will meet it:
 * its roles are checked (not the signed-in administrator's), and the user delegation key, which
 * the runs ask for as that identity, is left to its role on the storage account. Creates nothing.
 */
async function checkAzureSetup(plan, ctx, credential) {
    // An identity that does not exist, or whose provider is not registered yet, is not there.
    const identity = async (name) => {
        try {
            return await ctx.msi.userAssignedIdentities.get(plan.resourceGroup, name);
        }
        catch (error) {
            if ((0,classify_arm_error/* classifyArmError */.X6)(error) === 'not-found')
                return undefined;
            if ((0,classify_arm_error/* readArmError */.p_)(error).code === 'MissingSubscriptionRegistration')
                return undefined;
            throw error;
        }
    };
    const githubPrincipal = (await identity(plan.githubIdentity))?.principalId;
    const vmIdentityId = (await identity(plan.vmIdentity))?.id ?? plan.ids.vmIdentity;
    const probes = (0,preflight_probes/* createAzurePreflightProbes */.Q)({
        arm: ctx,
        credential,
        resolveImage: () => Promise.reject(new Error('no image is checked by the set-up')),
    });
    const containerId = `${plan.ids.storageAccount}/blobServices/default/containers/${plan.container}`;
    const report = await (0,preflight.runAzurePreflight)({
        runnerName: `the GitHub identity ${plan.githubIdentity}`,
        settings: {
            subscriptionId: plan.input.subscriptionId,
            tenantId: '',
            clientId: '',
            acrName: plan.acrName,
            storageAccount: plan.storageAccount,
            storageContainer: plan.container,
            vmIdentityResourceId: vmIdentityId,
            vmSizes: [...azure_settings/* azureSettingDefaults */.sW.vmSizes],
            regions: [...azure_settings/* azureSettingDefaults */.sW.regions],
            loadAgents: azure_settings/* azureSettingDefaults */.sW.loadAgents,
            runnerImage: azure_settings/* azureSettingDefaults */.sW.runnerImage,
            ttlHours: azure_settings/* azureSettingDefaults */.sW.ttlHours,
            allowBurstable: azure_settings/* azureSettingDefaults */.sW.allowBurstable,
        },
    }, {
        ...probes,
        // The identity the runs sign in as; a placeholder when it does not exist yet, so that
        // each of its roles shows as missing rather than as unknown.
        callerObjectId: () => Promise.resolve(githubPrincipal ?? `<object id of ${plan.githubIdentity}>`),
        // The administrator's own permissions say nothing about the GitHub identity's.
        callerPermissions: () => Promise.resolve([]),
        blob: {
            containerExists: async () => {
                const accountId = await probes.findResource('Microsoft.Storage/storageAccounts', plan.storageAccount);
                if (!accountId)
                    return false;
                const group = /\/resourceGroups\/([^/]+)/i.exec(accountId)?.[1] ?? plan.resourceGroup;
                try {
                    await ctx.storage.blobContainers.get(group, plan.storageAccount, plan.container);
                    return true;
                }
                catch (error) {
                    if ((0,classify_arm_error/* classifyArmError */.X6)(error) === 'not-found')
                        return false;
                    throw new Error(`could not read ${containerId}`, { cause: error });
                }
            },
            delegationKey: () => Promise.resolve('other-identity'),
        },
    });
    return report;
}
//# sourceMappingURL=setup-azure.js.map

/***/ })

};
