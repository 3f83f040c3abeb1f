/**
 * The dry run of a cloud run (`bench plan <config> --provider azure`): every resource it would
 * create with its request body, the cloud-init documents and run-command scripts, without
 * calling Azure. Secrets never appear: product env values, custom data, SAS URLs and keys are
 * replaced by placeholders.
 */
import {
  loadReadyCommandScript,
  productReadyCommandScript,
  runnerCommandScript,
  samplesUploadCommandScript,
} from './cloud-init.js';
import {
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
  resourceId,
  subnetId,
  validateAzureRunSpec,
  warnAboutRunSpec,
  type AzureRunSpec,
} from './resource-specs.js';
import { runResourceNames } from './run-names.js';

/** Inputs of `renderAzurePlan`. */
export interface AzurePlanInput {
  /** The spec the run would use (from `buildAzureRunSpec`). */
  spec: AzureRunSpec;
  /** Subscription id, for resource ids. */
  subscriptionId: string;
  /** Tenant and client ids shown for orientation (not secrets). */
  identity?: { tenantId: string; clientId: string };
  /** Storage account and container receiving plans, results and logs. */
  storage?: { account: string; container: string };
  /** Same-VM A/B: its description (`describeAzureAb`). */
  ab?: string[];
}

/** Placeholder for values that are secret or generated at run time. */
const redacted = (what: string) => `<${what}>`;

/** Replaces every product env value with a placeholder, keeping the names. */
function redactEnv(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(env).map((name) => [name, redacted('value hidden')]));
}

/** A final pass over the text: SAS signatures and bearer tokens never leave this function. */
function scrub(text: string): string {
  return text
    .replace(/([?&]sig=)[^&\s"']+/gi, `$1${redacted('redacted')}`)
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g, `$1${redacted('redacted')}`);
}

/** Renders the plan as plain text. */
export function renderAzurePlan(input: AzurePlanInput): string {
  const spec: AzureRunSpec = {
    ...input.spec,
    product: { ...input.spec.product, env: redactEnv(input.spec.product.env) },
    sshPublicKey: 'ssh-rsa AAAA bench-throwaway',
  };
  const sub = input.subscriptionId;
  const group = spec.groupName;
  const region = spec.regions[0] ?? '?';
  const size = spec.vmSizes[0] ?? '?';
  const tags = spec.tags;
  const id = (provider: string, type: string, name: string) =>
    resourceId(sub, group, provider, type, name);
  const out: string[] = [];
  const section = (title: string) => out.push('', `== ${title} ==`);
  const resource = (method: string, type: string, name: string, body: unknown) =>
    out.push('', `${method} ${type}/${name}`, JSON.stringify(body, null, 2));

  out.push('Azure plan (dry run: nothing was created)');
  out.push(`Subscription: ${sub}`);
  if (input.identity)
    out.push(
      `Identity: tenant ${input.identity.tenantId}, client ${input.identity.clientId} (GitHub OIDC)`,
    );
  if (input.storage)
    out.push(
      `Results and logs: storage account ${input.storage.account}, container ${input.storage.container}`,
    );
  out.push(`Resource group: ${group} (recorded in state before anything is created)`);
  out.push(`VM sizes, in order: ${spec.vmSizes.join(', ')}`);
  out.push(`Regions, in order: ${spec.regions.join(', ')}`);
  out.push(`Load VMs: ${spec.loadAgents} (${spec.loadVmSize ?? 'same size as the product VM'})`);

  const problems = validateAzureRunSpec(input.spec);
  if (problems.length > 0) {
    section('Problems (the run would refuse to start)');
    for (const p of problems) out.push(`- ${p.field}: got ${p.shown}, expected ${p.expected}`);
  }
  const warnings = warnAboutRunSpec(spec);
  if (warnings.length > 0) {
    section('Warnings');
    for (const w of warnings) out.push(`- ${w}`);
  }

  if (input.ab) {
    section('Same-VM A/B (both containers on the product VM, the same load VMs)');
    out.push(...input.ab);
  }

  section(`Resources (first choice: ${size} in ${region}; later choices replace the VMs only)`);
  resource('PUT', 'Microsoft.Resources/resourceGroups', group, buildGroupBody(region, tags));
  resource(
    'PUT',
    'Microsoft.Network/publicIPAddresses',
    runResourceNames.natPublicIp(region),
    buildNatPublicIpBody(region, tags),
  );
  resource(
    'PUT',
    'Microsoft.Network/networkSecurityGroups',
    runResourceNames.nsg(region),
    buildNsgBody(region, tags),
  );
  resource(
    'PUT',
    'Microsoft.Compute/proximityPlacementGroups',
    runResourceNames.placementGroup(region),
    buildPlacementGroupBody(region, tags, placementIntentSizes(size, spec.loadVmSize)),
  );
  const ipId = id('Microsoft.Network', 'publicIPAddresses', runResourceNames.natPublicIp(region));
  resource(
    'PUT',
    'Microsoft.Network/natGateways',
    runResourceNames.natGateway(region),
    buildNatGatewayBody(region, tags, ipId),
  );
  resource(
    'PUT',
    'Microsoft.Network/virtualNetworks',
    runResourceNames.vnet(region),
    buildVnetBody(region, tags, {
      nsgId: id('Microsoft.Network', 'networkSecurityGroups', runResourceNames.nsg(region)),
      natGatewayId: id('Microsoft.Network', 'natGateways', runResourceNames.natGateway(region)),
    }),
  );
  const subnet = subnetId(sub, group, region);
  const ppgId = id(
    'Microsoft.Compute',
    'proximityPlacementGroups',
    runResourceNames.placementGroup(region),
  );
  const vms = [
    {
      vm: runResourceNames.productVm,
      nic: runResourceNames.productNic,
      size,
      cloudInit: 'product cloud-init below',
    },
    ...Array.from({ length: spec.loadAgents }, (_, i) => ({
      vm: runResourceNames.loadVm(i),
      nic: runResourceNames.loadNic(i),
      size: spec.loadVmSize ?? size,
      cloudInit: 'load cloud-init below',
    })),
  ];
  for (const v of vms) {
    resource(
      'PUT',
      'Microsoft.Network/networkInterfaces',
      v.nic,
      buildNicBody(region, tags, subnet, v.size),
    );
    const body = buildVmBody({
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

  section(
    'Product VM cloud-init (files are base64 in the real document; shown decoded, env values hidden)',
  );
  out.push(decodeCloudInit(productCloudInitFor(spec)));
  section('Load VM cloud-init (shown decoded)');
  out.push(decodeCloudInit(loadCloudInitFor(spec)));

  section('Run commands (managed, asynchronous, output and errors to append blobs)');
  const commands: [string, string, string][] = [
    ['bench-product-ready', runResourceNames.productVm, productReadyCommandScript],
    ...Array.from({ length: spec.loadAgents }, (_, i): [string, string, string] => [
      `bench-load-ready-${i + 1}`,
      runResourceNames.loadVm(i),
      loadReadyCommandScript,
    ]),
    ...Array.from({ length: spec.loadAgents }, (_, i): [string, string, string] => [
      `bench-runner-${i + 1}`,
      runResourceNames.loadVm(i),
      runnerCommandScript,
    ]),
    ['bench-samples-upload', runResourceNames.productVm, samplesUploadCommandScript],
  ];
  for (const [name, vm, script] of commands) {
    out.push(
      '',
      `-- ${name} on ${vm} (protected parameters: SAS URLs ${redacted('generated at run time')}) --`,
      script.trimEnd(),
    );
  }
  out.push(
    '',
    'Clean-up: DELETE the resource group with forceDeletionTypes=Microsoft.Compute/virtualMachines.',
  );
  return `${scrub(out.join('\n'))}\n`;
}

/** Shows the base64 files of a cloud-config decoded, for reading. */
function decodeCloudInit(text: string): string {
  return text.replace(/^( {4})content: ([A-Za-z0-9+/=]+)$/gm, (_m, indent: string, b64: string) => {
    const decoded = Buffer.from(b64, 'base64').toString('utf8');
    return `${indent}content (decoded): |\n${decoded
      .trimEnd()
      .split('\n')
      .map((line) => `${indent}  ${line}`)
      .join('\n')}`;
  });
}
