/**
 * Creates a run's machines: one resource group (recorded before anything is created), a
 * private network per region tried, the product VM and the load VMs. Sizes and regions are
 * tried in order: capacity and quota errors move to the next choice (after deleting the failed
 * VM; its NIC stays reserved by Azure, so the next attempt gets a NIC of its own), throttling and server errors are retried by the clients' retry policy, authorization and
 * policy errors stop at once with a message naming what is missing.
 */
import { BenchError } from '../../core/errors.js';
import { classifyArmError, deniedHint, readArmError } from '../../core/azure/classify-arm-error.js';
import {
  assertAzureRunSpecSafe,
  buildGroupBody,
  buildNatGatewayBody,
  buildNatPublicIpBody,
  buildNicBody,
  buildNsgBody,
  buildPlacementGroupBody,
  buildVmBody,
  buildVnetBody,
  loadCloudInitFor,
  placementIntentSizes,
  productCloudInitFor,
  subnetId,
  warnAboutRunSpec,
  type AzureRunSpec,
} from '../../core/azure/resource-specs.js';
import { attemptNic, runResourceNames, runTagNames } from '../../core/azure/run-names.js';
import type { ArmContext } from './arm-context.js';

/** A VM that is running. */
export interface ProvisionedVm {
  /** VM name inside the group. */
  name: string;
  /** Address in the run's subnet. */
  privateIp: string;
  /** Size it got (for the report). */
  size: string;
  /** Region it got (for the report). */
  region: string;
}

/** What `provisionRun` created. */
export interface ProvisionedRun {
  /** The run's resource group. */
  resourceGroup: string;
  /** The VM running the product. */
  productVm: ProvisionedVm;
  /** The VMs driving the load. */
  loadVms: ProvisionedVm[];
  /** Warnings worth showing in the report (burstable sizes, unknown sizes, fallbacks taken). */
  warnings: string[];
}

/** Options of `provisionRun`. */
export interface ProvisionOptions {
  /** Persists the group name (action state, a file) before the first create call. */
  recordState: (groupName: string) => void | Promise<void>;
  /** Aborts waiting on Azure (what was created stays for clean-up). */
  signal?: AbortSignal;
}

/** A VM create attempt that failed for lack of capacity or quota. */
class CapacityError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Turns an SDK error into a BenchError, or a CapacityError the caller may fall back from. */
function translate(error: unknown, what: string): Error {
  if (error instanceof BenchError || error instanceof CapacityError) return error;
  const facts = readArmError(error);
  const kind = classifyArmError(error);
  if (kind === 'capacity') return new CapacityError(facts.code ?? 'Capacity', facts.message);
  if (kind === 'denied') {
    const code =
      facts.code === 'RequestDisallowedByPolicy'
        ? 'AZURE_POLICY_DENIED'
        : facts.code === 'MissingSubscriptionRegistration'
          ? 'AZURE_PROVIDER_UNREGISTERED'
          : 'AZURE_AUTHORIZATION_FAILED';
    return new BenchError(
      code,
      `Azure refused to ${what}: ${facts.code ?? facts.statusCode ?? ''} ${facts.message}`.trim(),
      deniedHint(facts.code, facts.message),
      { cause: error },
    );
  }
  if (facts.code === 'PlatformImageNotFound') {
    return new BenchError(
      'AZURE_OS_IMAGE_MISSING',
      `Azure refused to ${what}: ${facts.message}`,
      undefined,
      { cause: error },
    );
  }
  if (facts.code === 'ResourceGroupBeingDeleted') {
    return new BenchError(
      'AZURE_GROUP_BEING_DELETED',
      `Azure refused to ${what}: a group of the same name is still being deleted.`,
      'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.',
      { cause: error },
    );
  }
  return new BenchError(
    'AZURE_REQUEST_FAILED',
    `Azure failed to ${what}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
    'Retry the run; if it keeps failing, check the Azure status page and the activity log of the resource group.',
    { cause: error },
  );
}

/** Runs one ARM call, translating its failure. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw translate(error, what);
  }
}

/** Deletes the VM a failed attempt left; absent is fine. */
async function deleteLeftover(
  ctx: ArmContext,
  groupName: string,
  name: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await ctx.compute.virtualMachines.delete(groupName, name, {
      updateIntervalInMs: ctx.pollIntervalMs,
      forceDeletion: true,
      ...(signal && { abortSignal: signal }),
    });
  } catch (error) {
    if (classifyArmError(error) !== 'not-found') throw translate(error, `delete ${name}`);
  }
}

/**
 * Looks the group up before creating it: a group of the same name that another run created (its
 * `bench-run-id` differs, or it has none) is refused, since sharing it would let one run's
 * clean-up delete the other's VMs; one still being deleted gets the re-run hint; this run's own
 * group (a retried step) is reused.
 */
async function refuseForeignGroup(
  ctx: ArmContext,
  spec: AzureRunSpec,
  options: { abortSignal?: AbortSignal },
): Promise<void> {
  let existing;
  try {
    existing = await ctx.resources.resourceGroups.get(spec.groupName, options);
  } catch (error) {
    if (classifyArmError(error) === 'not-found') return;
    throw translate(error, `look up resource group ${spec.groupName}`);
  }
  if (existing.properties?.provisioningState === 'Deleting') {
    throw new BenchError(
      'AZURE_GROUP_BEING_DELETED',
      `Resource group ${spec.groupName} exists and is still being deleted.`,
      'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.',
    );
  }
  const ours = spec.tags[runTagNames.benchRunId];
  const theirs = existing.tags?.[runTagNames.benchRunId];
  if (theirs === ours) {
    ctx.log(`Resource group ${spec.groupName} already exists for this run; reusing it`);
    return;
  }
  throw new BenchError(
    'AZURE_GROUP_TAKEN',
    `Resource group ${spec.groupName} already exists and belongs to ${theirs === undefined ? 'no bench run (it has no bench-run-id tag)' : `another run (bench-run-id ${theirs})`}; this run is ${ours ?? '?'}.`,
    'Two steps or matrix legs produced the same run identity. Give each its own (the job, its inputs and the step id all go into it), or delete the old group if nothing uses it.',
  );
}

/** Like `Promise.all`, but waits for every call to end so none is left running after a failure. */
async function settleAll<T extends readonly unknown[]>(
  calls: readonly [...{ [K in keyof T]: Promise<T[K]> }],
): Promise<T> {
  const settled = await Promise.allSettled(calls as readonly Promise<unknown>[]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Ids of a region's shared network. */
interface RegionalNetwork {
  subnetId: string;
}

/** Whether a placement group's intent already names exactly `sizes`. */
function sameSizes(intent: string[] | undefined, sizes: string[]): boolean {
  return intent !== undefined && intent.join(',') === sizes.join(',');
}

/** Creates the VMs of a run, recording the group name first. */
export async function provisionRun(
  ctx: ArmContext,
  spec: AzureRunSpec,
  opts: ProvisionOptions,
): Promise<ProvisionedRun> {
  assertAzureRunSpecSafe(spec);
  const warnings = warnAboutRunSpec(spec);
  for (const warning of warnings) ctx.log(`Warning: ${warning}`);
  const group = spec.groupName;
  const tags = spec.tags;
  const signal = opts.signal;
  const lro = { updateIntervalInMs: ctx.pollIntervalMs, ...(signal && { abortSignal: signal }) };
  const plain = signal ? { abortSignal: signal } : {};

  // Before the name is recorded: a group of another run must never become this run's to delete.
  await refuseForeignGroup(ctx, spec, plain);
  await opts.recordState(group);
  ctx.log(`Creating resource group ${group} in ${spec.regions[0]}`);
  await call(`create resource group ${group}`, () =>
    ctx.resources.resourceGroups.createOrUpdate(
      group,
      buildGroupBody(spec.regions[0]!, tags),
      plain,
    ),
  );

  // Promises, not values: VMs created in parallel share one network per region. A rejected one
  // is forgotten, so the next size tried in that region builds the network again.
  const networks = new Map<string, Promise<RegionalNetwork>>();
  function ensureNetwork(region: string): Promise<RegionalNetwork> {
    let network = networks.get(region);
    if (!network) {
      const created = createNetwork(region);
      network = created;
      networks.set(region, created);
      created.catch(() => {
        if (networks.get(region) === created) networks.delete(region);
      });
    }
    return network;
  }
  async function createNetwork(region: string): Promise<RegionalNetwork> {
    ctx.log(
      `Creating the private network in ${region} (NAT gateway for outbound, no public IP on VMs)`,
    );
    const [ip, nsg] = await settleAll([
      call(`create the NAT public IP in ${region}`, () =>
        ctx.network.publicIPAddresses.beginCreateOrUpdateAndWait(
          group,
          runResourceNames.natPublicIp(region),
          buildNatPublicIpBody(region, tags),
          lro,
        ),
      ),
      call(`create the network security group in ${region}`, () =>
        ctx.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
          group,
          runResourceNames.nsg(region),
          buildNsgBody(region, tags),
          lro,
        ),
      ),
    ]);
    const nat = await call(`create the NAT gateway in ${region}`, () =>
      ctx.network.natGateways.beginCreateOrUpdateAndWait(
        group,
        runResourceNames.natGateway(region),
        buildNatGatewayBody(region, tags, ip.id!),
        lro,
      ),
    );
    await call(`create the virtual network in ${region}`, () =>
      ctx.network.virtualNetworks.beginCreateOrUpdateAndWait(
        group,
        runResourceNames.vnet(region),
        buildVnetBody(region, tags, { nsgId: nsg.id!, natGatewayId: nat.id! }),
        lro,
      ),
    );
    return { subnetId: subnetId(ctx.subscriptionId, group, region) };
  }

  // The placement group of each region, with the intent it was last created with (undefined: none).
  const placementGroups = new Map<string, { id: string; intent: string[] | undefined }>();
  /**
   * The region's placement group, with an intent naming `sizes` only. Created (or its intent
   * changed) only while no VM is in it: the product VM's attempts may change it, load VMs reuse
   * it. When Azure refuses the intent (no datacenter serves every size), it is created without
   * one: the VMs still land together, Azure just promises less.
   */
  async function ensurePlacementGroup(
    region: string,
    sizes: string[],
    mayChangeIntent: boolean,
  ): Promise<string> {
    const known = placementGroups.get(region);
    if (known && (!mayChangeIntent || sameSizes(known.intent, sizes))) return known.id;
    const name = runResourceNames.placementGroup(region);
    const create = (intent: string[] | undefined) =>
      call(`create the proximity placement group in ${region}`, () =>
        ctx.compute.proximityPlacementGroups.createOrUpdate(
          group,
          name,
          buildPlacementGroupBody(region, tags, intent),
          plain,
        ),
      );
    let intent: string[] | undefined = sizes;
    let ppg;
    try {
      ppg = await create(intent);
    } catch (error) {
      if (!(error instanceof CapacityError)) throw error;
      ctx.log(
        `Azure refused the placement group intent ${sizes.join(', ')} in ${region} (${error.code}); creating it without an intent`,
      );
      intent = undefined;
      ppg = await create(undefined);
    }
    placementGroups.set(region, { id: ppg.id!, intent });
    return ppg.id!;
  }

  /** Creates NIC + VM once; CapacityError when Azure has no room for it. */
  async function createVm(
    vmName: string,
    nicName: string,
    size: string,
    region: string,
    cloudInit: string,
    placement: { sizes: string[]; mayChangeIntent: boolean },
  ): Promise<ProvisionedVm> {
    const [network, placementGroupId] = await settleAll([
      ensureNetwork(region),
      ensurePlacementGroup(region, placement.sizes, placement.mayChangeIntent),
    ]);
    const nic = await call(`create NIC ${nicName}`, () =>
      ctx.network.networkInterfaces.beginCreateOrUpdateAndWait(
        group,
        nicName,
        buildNicBody(region, tags, network.subnetId, size),
        lro,
      ),
    );
    ctx.log(`Creating VM ${vmName} (${size} in ${region})`);
    await call(`create VM ${vmName} (${size} in ${region})`, () =>
      ctx.compute.virtualMachines.createOrUpdate(
        group,
        vmName,
        buildVmBody({
          location: region,
          tags,
          vmSize: size,
          computerName: vmName,
          nicId: nic.id!,
          placementGroupId,
          identityResourceId: spec.identityResourceId,
          cloudInit,
          sshPublicKey: spec.sshPublicKey,
        }),
        lro,
      ),
    );
    const privateIp = nic.ipConfigurations?.[0]?.privateIPAddress;
    if (!privateIp) {
      throw new BenchError(
        'AZURE_NO_PRIVATE_IP',
        `NIC ${nicName} has no private address after creation.`,
        'Retry the run; report it if it happens again.',
      );
    }
    return { name: vmName, privateIp, size, region };
  }

  /** Tries each (size, region) in order; deletes what a failed try left and logs the fallback. */
  async function createWithFallback(
    vmName: string,
    nicName: string,
    choices: { size: string; region: string }[],
    cloudInit: string,
    placement: (size: string) => { sizes: string[]; mayChangeIntent: boolean },
  ): Promise<ProvisionedVm> {
    const failures: string[] = [];
    for (const [i, choice] of choices.entries()) {
      try {
        const vm = await createVm(
          vmName,
          attemptNic(nicName, i + 1),
          choice.size,
          choice.region,
          cloudInit,
          placement(choice.size),
        );
        if (i > 0) {
          warnings.push(
            `${vmName} runs as ${choice.size} in ${choice.region} after: ${failures.join('; ')}.`,
          );
        }
        return vm;
      } catch (error) {
        if (!(error instanceof CapacityError)) throw error;
        failures.push(`${choice.size} in ${choice.region}: ${error.code}`);
        const next = choices[i + 1];
        ctx.log(
          `${vmName}: ${choice.size} in ${choice.region} unavailable (${error.code}); ` +
            (next
              ? `deleting the failed VM and trying ${next.size} in ${next.region} with a new NIC`
              : 'no choice left'),
        );
        // Its NIC stays: Azure keeps it reserved for the failed VM; the group deletion takes it.
        await deleteLeftover(ctx, group, vmName, signal);
      }
    }
    throw new BenchError(
      'AZURE_NO_CAPACITY',
      `No VM size and region had room for ${vmName}: ${failures.join('; ')}.`,
      'Add more sizes or regions to the settings (vm-sizes, regions), try later, or ask for more vCPU quota in the subscription.',
    );
  }

  const productChoices = spec.vmSizes.flatMap((size) =>
    spec.regions.map((region) => ({ size, region })),
  );
  const productVm = await createWithFallback(
    runResourceNames.productVm,
    runResourceNames.productNic,
    productChoices,
    productCloudInitFor(spec),
    (size) => ({ sizes: placementIntentSizes(size, spec.loadVmSize), mayChangeIntent: true }),
  );

  // Load VMs stay in the product's region and placement group; only their size may change.
  const loadSizes = [...new Set([spec.loadVmSize ?? productVm.size, ...spec.vmSizes])];
  const loadCloudInit = loadCloudInitFor(spec);
  const loadVms = await settleAll(
    Array.from({ length: spec.loadAgents }, (_, index) =>
      createWithFallback(
        runResourceNames.loadVm(index),
        runResourceNames.loadNic(index),
        loadSizes.map((size) => ({ size, region: productVm.region })),
        loadCloudInit,
        // The product VM is in the group already: its intent stays as it is.
        () => ({ sizes: [], mayChangeIntent: false }),
      ),
    ),
  );
  ctx.log(
    `Provisioned ${group}: product ${productVm.size} in ${productVm.region}, ${loadVms.length} load VM(s)`,
  );
  return { resourceGroup: group, productVm, loadVms, warnings };
}
