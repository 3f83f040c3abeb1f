/**
 * Request bodies of everything a cloud run creates, in the shape the `@azure/arm-*` clients
 * take (flattened properties). Pure: the fleet sends them, the dry run prints them.
 */
import { renderLoadCloudInit, renderProductCloudInit } from './cloud-init.js';
import { runResourceNames } from './run-names.js';
import {
  assertNoUnsafeValues,
  checkEnvironment,
  checkPort,
  checkPositiveNumber,
  checkSafeValue,
  encodeBase64,
  type UnsafeValue,
} from './shell-safety.js';
import { describeVmSize } from './vm-sizes.js';

/** Ubuntu 24.04 LTS, pinned so that two runs boot the same kernel and packages. */
export const ubuntuImage = {
  publisher: 'Canonical',
  offer: 'ubuntu-24_04-lts',
  sku: 'server',
  /** Change deliberately: a new image can move benchmark numbers. */
  version: '24.04.202510010',
} as const;

/** The Azure CLI command that lists the versions of the pinned image that exist in `region`. */
export function osImageVersionsCommand(region: string): string {
  return `az vm image list --location ${region} --publisher ${ubuntuImage.publisher} --offer ${ubuntuImage.offer} --sku ${ubuntuImage.sku} --all --query "[].version" -o tsv`;
}

/** Address plan of the run's VNet. */
export const addressPlan = { vnet: '10.42.0.0/16', subnet: '10.42.1.0/24' } as const;

/** Everything needed to describe the resources of one run. */
export interface AzureRunSpec {
  /** Resource group name (from `buildRunGroupName`). */
  groupName: string;
  /** Tags on the group and every resource (from `buildRunTags`). */
  tags: Record<string, string>;
  /** The product container. */
  product: {
    /** Image pinned by digest. */
    image: string;
    /** Container port. */
    port: number;
    /** Container environment. */
    env: Record<string, string>;
    /** Health path requested on the VM. */
    healthPath: string;
    /** How long the VM waits for health. */
    healthTimeoutSeconds: number;
  };
  /**
   * Same-VM A/B: the baseline container beside the product (the candidate), same port inside,
   * its own port on the VM; absent for a run of one image.
   */
  baseline?: AzureBaselineSpec;
  /** `<acr>.azurecr.io`. */
  acrLoginServer: string;
  /** User-assigned identity the VMs run as. */
  identityResourceId: string;
  /** Product VM sizes, in order of preference. */
  vmSizes: string[];
  /** Load VM size; the chosen product size when absent. */
  loadVmSize?: string;
  /** Regions, in order of preference. */
  regions: string[];
  /** Number of load VMs. */
  loadAgents: number;
  /** Image that runs the runner bundle. */
  runnerImage: string;
  /** Allow B-series sizes. */
  allowBurstable: boolean;
  /** OpenSSH public key nobody holds the private half of (Azure wants one; no inbound rule allows SSH anyway). */
  sshPublicKey: string;
}

/** The baseline container of a same-VM A/B. */
export interface AzureBaselineSpec {
  /** Image pinned by digest. */
  image: string;
  /** Port the baseline is published on, on the VM's private address (the container's is the product's). */
  hostPort: number;
  /**
   * interleaved: both containers unpinned, one loaded at a time; duet: each container on its own
   * half of the VM's vCPUs (`--cpuset-cpus`) with equal `--memory` limits.
   */
  mode: 'interleaved' | 'duet';
}

/** Checks every value of a spec that can reach Azure or a VM; returns all problems. */
export function validateAzureRunSpec(spec: AzureRunSpec): UnsafeValue[] {
  const problems: (UnsafeValue | undefined)[] = [
    checkSafeValue('resourceGroupName', 'groupName', spec.groupName),
    checkSafeValue('imageByDigest', 'product.image', spec.product.image),
    checkPort('product.port', spec.product.port),
    checkSafeValue('urlPath', 'product.healthPath', spec.product.healthPath),
    checkPositiveNumber('product.healthTimeoutSeconds', spec.product.healthTimeoutSeconds),
    ...checkEnvironment(spec.product.env),
    ...(spec.baseline
      ? [
          checkSafeValue('imageByDigest', 'baseline.image', spec.baseline.image),
          checkPort('baseline.hostPort', spec.baseline.hostPort),
          spec.baseline.hostPort === spec.product.port
            ? {
                field: 'baseline.hostPort',
                shown: String(spec.baseline.hostPort),
                expected: 'a port other than the candidate’s',
              }
            : undefined,
          spec.baseline.mode === 'interleaved' || spec.baseline.mode === 'duet'
            ? undefined
            : {
                field: 'baseline.mode',
                shown: JSON.stringify(spec.baseline.mode),
                expected: 'interleaved or duet',
              },
        ]
      : []),
    /^[a-zA-Z0-9]{5,50}\.azurecr\.io$/.test(spec.acrLoginServer)
      ? undefined
      : {
          field: 'acrLoginServer',
          shown: JSON.stringify(spec.acrLoginServer),
          expected: '<registry>.azurecr.io',
        },
    checkSafeValue('identityResourceId', 'identityResourceId', spec.identityResourceId),
    checkSafeValue('image', 'runnerImage', spec.runnerImage),
    checkPositiveNumber('loadAgents', spec.loadAgents),
    spec.loadAgents > 20 || !Number.isInteger(spec.loadAgents)
      ? { field: 'loadAgents', shown: String(spec.loadAgents), expected: 'an integer 1-20' }
      : undefined,
    /^(ssh-rsa|ssh-ed25519) [A-Za-z0-9+/]+={0,3}( [A-Za-z0-9@._-]+)?$/.test(spec.sshPublicKey)
      ? undefined
      : { field: 'sshPublicKey', shown: '(key)', expected: 'an OpenSSH public key line' },
    spec.vmSizes.length === 0
      ? { field: 'vmSizes', shown: '[]', expected: 'at least one VM size' }
      : undefined,
    spec.regions.length === 0
      ? { field: 'regions', shown: '[]', expected: 'at least one region' }
      : undefined,
    ...spec.vmSizes.map((s, i) => checkSafeValue('vmSize', `vmSizes[${i}]`, s)),
    ...spec.regions.map((r, i) => checkSafeValue('region', `regions[${i}]`, r)),
    spec.loadVmSize === undefined
      ? undefined
      : checkSafeValue('vmSize', 'loadVmSize', spec.loadVmSize),
    ...Object.entries(spec.tags).map(([k, v]) =>
      k.length <= 512 && v.length <= 256 && !/[<>%&\\?/\r\n]/.test(k)
        ? undefined
        : {
            field: `tags.${k}`,
            shown: JSON.stringify(v),
            expected: 'an Azure tag (name ≤ 512, value ≤ 256)',
          },
    ),
  ];
  if (!spec.allowBurstable) {
    for (const [i, size] of [...spec.vmSizes, spec.loadVmSize ?? 'Standard_D2s_v5'].entries()) {
      if (describeVmSize(size).burstable) {
        problems.push({
          field: i < spec.vmSizes.length ? `vmSizes[${i}]` : 'loadVmSize',
          shown: JSON.stringify(size),
          expected:
            'a non-burstable size (B-series CPU credits make numbers unstable; set allow-burstable to use it anyway)',
        });
      }
    }
  }
  return problems.filter((p): p is UnsafeValue => p !== undefined);
}

/** Throws `AZURE_UNSAFE_VALUE` listing every problem of the spec. */
export function assertAzureRunSpecSafe(spec: AzureRunSpec): void {
  assertNoUnsafeValues(validateAzureRunSpec(spec));
}

/** Warnings about a spec that is allowed but worth a line in the log and report. */
export function warnAboutRunSpec(spec: AzureRunSpec): string[] {
  const warnings: string[] = [];
  for (const size of new Set([...spec.vmSizes, ...(spec.loadVmSize ? [spec.loadVmSize] : [])])) {
    const facts = describeVmSize(size);
    if (facts.burstable) {
      warnings.push(
        `${size} is burstable (B-series): CPU credits make results depend on what ran before.`,
      );
    }
    if (!facts.known) {
      warnings.push(`${size} is not in the size table: accelerated networking stays off for it.`);
    }
  }
  return warnings;
}

/** ARM id of a resource in the run group. */
export function resourceId(
  subscriptionId: string,
  groupName: string,
  provider: string,
  type: string,
  name: string,
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${groupName}/providers/${provider}/${type}/${name}`;
}

/** Id of the subnet (a child of the VNet) in `region`. */
export function subnetId(subscriptionId: string, groupName: string, region: string): string {
  return `${resourceId(subscriptionId, groupName, 'Microsoft.Network', 'virtualNetworks', runResourceNames.vnet(region))}/subnets/${runResourceNames.subnet}`;
}

/** Resource group body. */
export function buildGroupBody(location: string, tags: Record<string, string>) {
  return { location, tags };
}

/** Standard static public IP, used only by the NAT gateway (no VM gets a public IP). */
export function buildNatPublicIpBody(location: string, tags: Record<string, string>) {
  return {
    location,
    tags,
    sku: { name: 'Standard', tier: 'Regional' },
    publicIPAllocationMethod: 'Static',
    publicIPAddressVersion: 'IPv4',
  };
}

/** NAT gateway: the subnet's only way out (image pulls, Blob, run-command traffic). */
export function buildNatGatewayBody(
  location: string,
  tags: Record<string, string>,
  publicIpId: string,
) {
  return {
    location,
    tags,
    sku: { name: 'Standard' },
    idleTimeoutInMinutes: 4,
    publicIpAddresses: [{ id: publicIpId }],
  };
}

/** NSG: traffic within the VNet allowed, anything from the internet denied; outbound by default rules. */
export function buildNsgBody(location: string, tags: Record<string, string>) {
  return {
    location,
    tags,
    securityRules: [
      {
        name: 'allow-vnet-inbound',
        priority: 100,
        direction: 'Inbound',
        access: 'Allow',
        protocol: '*',
        sourceAddressPrefix: 'VirtualNetwork',
        sourcePortRange: '*',
        destinationAddressPrefix: 'VirtualNetwork',
        destinationPortRange: '*',
      },
      {
        name: 'deny-internet-inbound',
        priority: 4000,
        direction: 'Inbound',
        access: 'Deny',
        protocol: '*',
        sourceAddressPrefix: 'Internet',
        sourcePortRange: '*',
        destinationAddressPrefix: '*',
        destinationPortRange: '*',
      },
    ],
  };
}

/** VNet with one subnet behind the NSG and the NAT gateway, without default outbound access. */
export function buildVnetBody(
  location: string,
  tags: Record<string, string>,
  ids: { nsgId: string; natGatewayId: string },
) {
  return {
    location,
    tags,
    addressSpace: { addressPrefixes: [addressPlan.vnet] },
    subnets: [
      {
        name: runResourceNames.subnet,
        addressPrefix: addressPlan.subnet,
        networkSecurityGroup: { id: ids.nsgId },
        natGateway: { id: ids.natGatewayId },
        defaultOutboundAccess: false,
      },
    ],
  };
}

/**
 * Sizes a placement group's intent names for a product VM of `productSize`: that size and the
 * load VMs' size, nothing else. Azure creates a group with an intent only if one datacenter can
 * serve every size in it (OverconstrainedAllocationRequest otherwise), so fallback sizes of
 * other families never go in.
 */
export function placementIntentSizes(
  productSize: string,
  loadVmSize: string | undefined,
): string[] {
  return [...new Set([productSize, loadVmSize ?? productSize])];
}

/**
 * Proximity placement group: product and load VMs in one datacenter, low and stable latency.
 * Without `vmSizes` (or with none) it has no intent: Azure then places it with the first VM.
 */
export function buildPlacementGroupBody(
  location: string,
  tags: Record<string, string>,
  vmSizes?: string[],
) {
  return {
    location,
    tags,
    proximityPlacementGroupType: 'Standard' as const,
    ...(vmSizes !== undefined && vmSizes.length > 0 && { intent: { vmSizes } }),
  };
}

/** NIC in the subnet with a private address only. */
export function buildNicBody(
  location: string,
  tags: Record<string, string>,
  subnet: string,
  vmSize: string,
) {
  return {
    location,
    tags,
    enableAcceleratedNetworking: describeVmSize(vmSize).acceleratedNetworking,
    ipConfigurations: [
      {
        name: 'ipconfig1',
        primary: true,
        privateIPAllocationMethod: 'Dynamic',
        subnet: { id: subnet },
      },
    ],
  };
}

/** Inputs of `buildVmBody`. */
export interface VmBodyInput {
  /** Region. */
  location: string;
  /** Tags. */
  tags: Record<string, string>;
  /** VM size. */
  vmSize: string;
  /** Host name inside the VM. */
  computerName: string;
  /** NIC id. */
  nicId: string;
  /** Proximity placement group id. */
  placementGroupId: string;
  /** User-assigned identity id. */
  identityResourceId: string;
  /** Cloud-init text (base64-encoded here). */
  cloudInit: string;
  /** Throwaway OpenSSH public key. */
  sshPublicKey: string;
}

/** Linux VM without public IP or password; disks and NIC deleted with the VM. */
export function buildVmBody(input: VmBodyInput) {
  const adminUsername = 'benchadmin';
  return {
    location: input.location,
    tags: input.tags,
    identity: {
      type: 'UserAssigned' as const,
      userAssignedIdentities: { [input.identityResourceId]: {} },
    },
    hardwareProfile: { vmSize: input.vmSize },
    storageProfile: {
      imageReference: { ...ubuntuImage },
      osDisk: {
        createOption: 'FromImage',
        caching: 'ReadWrite' as const,
        deleteOption: 'Delete',
        diskSizeGB: 64,
        managedDisk: { storageAccountType: 'Premium_LRS' },
      },
    },
    osProfile: {
      computerName: input.computerName,
      adminUsername,
      customData: encodeBase64(input.cloudInit),
      linuxConfiguration: {
        disablePasswordAuthentication: true,
        provisionVMAgent: true,
        ssh: {
          publicKeys: [
            { path: `/home/${adminUsername}/.ssh/authorized_keys`, keyData: input.sshPublicKey },
          ],
        },
      },
    },
    networkProfile: {
      networkInterfaces: [{ id: input.nicId, primary: true, deleteOption: 'Delete' }],
    },
    proximityPlacementGroup: { id: input.placementGroupId },
    diagnosticsProfile: { bootDiagnostics: { enabled: true } },
  };
}

/** Cloud-init of the product VM for a spec. */
export function productCloudInitFor(spec: AzureRunSpec): string {
  return renderProductCloudInit({
    ...spec.product,
    ...(spec.baseline && { baseline: spec.baseline }),
    acrLoginServer: spec.acrLoginServer,
    identityResourceId: spec.identityResourceId,
  });
}

/** Cloud-init of a load VM for a spec. */
export function loadCloudInitFor(spec: AzureRunSpec): string {
  return renderLoadCloudInit({
    runnerImage: spec.runnerImage,
    acrLoginServer: spec.acrLoginServer,
    identityResourceId: spec.identityResourceId,
  });
}
