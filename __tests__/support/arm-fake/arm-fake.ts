/**
 * A loopback HTTPS fake of the Azure Resource Manager endpoints bench-action uses, driven by the
 * real `@azure/arm-*` clients. It keeps an inventory per resource group (so tests can assert
 * nothing is left), answers long-running operations with `Azure-AsyncOperation` (PUT) and
 * `Location` (DELETE) polling, and injects faults on request: throttling, server errors,
 * capacity errors per size or region, authorization failures, run commands that fail or never
 * finish, deletions that fail while they are polled, and requests held open until a test
 * releases them.
 *
 * Beyond canned faults it behaves the way the platform does where bench-action has been bitten
 * (each behaviour cites its source next to its code): a bearer token and an `api-version` on
 * every request and the body fields the code relies on; resource providers a subscription must
 * have registered; role-based access control with built-in roles, the caller's permissions and
 * role assignments; a user delegation key only for a role at storage-account scope; the NIC of
 * a failed VM create reserved for 180 s; placement-group intents one datacenter cannot serve;
 * platform image versions that exist or not; and vCPU usage per region.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeBuiltInRoles, fakeRoleByDefinitionId, roleAllows } from './built-in-roles.js';
import { createTestCertificate } from './test-certificate.js';

/** A resource as the fake stores it (ARM wire shape). */
export interface FakeResource {
  /** Full ARM id, original casing. */
  id: string;
  /** Last segment of the id. */
  name: string;
  /** `Microsoft.Network/virtualNetworks`, `Microsoft.Compute/virtualMachines/runCommands`, ... */
  type: string;
  /** Region. */
  location?: string;
  /** Tags. */
  tags: Record<string, string>;
  /** ARM `properties`, including `provisioningState`. */
  properties: Record<string, unknown>;
  /** Other top-level fields of the PUT body (sku, identity, zones, kind). */
  extra: Record<string, unknown>;
}

/** A resource group and what is in it. */
export interface FakeGroup {
  /** Name as created. */
  name: string;
  /** Region. */
  location: string;
  /** Tags. */
  tags: Record<string, string>;
  /** `Succeeded` or `Deleting`. */
  provisioningState: string;
  /** Resources keyed by lower-cased id. */
  resources: Map<string, FakeResource>;
  /** Part of the shared set-up a team makes once (`seedSharedSetup`), not of any run. */
  shared?: boolean;
}

/** One request the fake received. */
export interface FakeRequestRecord {
  /** HTTP method. */
  method: string;
  /** Path without query. */
  path: string;
  /** Query parameters. */
  query: Record<string, string>;
  /** Parsed JSON body, if any. */
  body?: unknown;
  /** Object id of the caller, from its bearer token. */
  callerId?: string;
}

/** A canned error answer for matching requests. */
export interface FakeFault {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Path pattern to match (any when absent). */
  path?: RegExp;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Status to answer with. */
  status: number;
  /** ARM error code in the body. */
  code: string;
  /** ARM error message in the body. */
  message?: string;
  /** Extra headers, e.g. `retry-after`. */
  headers?: Record<string, string>;
}

/** A deletion that Azure accepts and then fails while it is polled. */
export interface FakeDeletionFailure {
  /** Path pattern of the DELETE to fail. */
  path: RegExp;
  /** ARM error code the last poll answers with. */
  code: string;
  /** ARM error message. */
  message: string;
  /** How many matching deletions fail (default 1). */
  times?: number;
}

/** What the run-command hook returns. */
export interface FakeRunCommandResult {
  /** Exit code of the script. */
  exitCode: number;
  /** Standard output. */
  output: string;
  /** Standard error. */
  error?: string;
}

/** A run command as handed to the hook. */
export interface FakeRunCommand {
  /** Resource group. */
  group: string;
  /** Run command name. */
  name: string;
  /** Script text. */
  script: string;
  /** Parameters by name (protected ones included). */
  parameters: Record<string, string>;
  /** Names of the protected parameters. */
  protectedNames: string[];
  /** Output append blob URI. */
  outputBlobUri?: string;
  /** Error append blob URI. */
  errorBlobUri?: string;
  /** Timeout asked for. */
  timeoutInSeconds?: number;
}

/** Capacity the fake pretends to lack. */
export interface FakeCapacity {
  /** Sizes answered with a synchronous 409 SkuNotAvailable. */
  unavailableSizes: Set<string>;
  /** Sizes whose creation exceeds the cores quota (409 OperationNotAllowed). */
  quotaExceededSizes: Set<string>;
  /** Regions where VM creation fails asynchronously with AllocationFailed. */
  allocationFailedRegions: Set<string>;
}

/** A request the fake keeps open until released. */
export interface FakeHold {
  /** Resolves when a matching request arrives. */
  arrived: Promise<FakeRequestRecord>;
  /** Lets the held request proceed normally. */
  release(): void;
}

/** A role assignment as the fake stores it. */
export interface FakeRoleAssignment {
  /** Full id: `<scope>/providers/Microsoft.Authorization/roleAssignments/<name>`. */
  id: string;
  /** The assignment's GUID name. */
  name: string;
  /** Scope, original casing (`/` is the root scope). */
  scope: string;
  /** `/subscriptions/<s>/providers/Microsoft.Authorization/roleDefinitions/<guid>` (or just the GUID path). */
  roleDefinitionId: string;
  /** Object id of the principal. */
  principalId: string;
  /** `User`, `ServicePrincipal`, `Group`. */
  principalType: string;
}

/** vCPU usage of one quota in one region. */
export interface FakeUsage {
  /** vCPUs in use. */
  currentValue: number;
  /** vCPUs allowed. */
  limit: number;
}

interface Operation {
  /** `location` answers 202 while running, `async` answers a status body. */
  kind: 'location' | 'async';
  /** Status URL. */
  url: string;
  pollsLeft: number;
  failure?: { code: string; message: string; status?: number };
  finish: () => void;
  onFailure?: () => void;
  done: boolean;
}

interface PendingHold {
  method: string;
  path: RegExp;
  arrive: (record: FakeRequestRecord) => void;
  gate: Promise<void>;
}

/** Options of `startArmFake`. */
export interface ArmFakeOptions {
  /** Status polls a long-running operation stays in progress before it ends (default 1). */
  lroPolls?: number;
  /** The fake's clock in epoch ms (NIC reservations); default `Date.now`. */
  now?: () => number;
  /**
   * A subscription that has never been used: the providers the runs need are not registered
   * (only ARM's own namespaces, Microsoft.Resources and Microsoft.Authorization, are). Microsoft
   * Learn, "Azure resource providers and types": most providers are registered on first use or
   * by hand, and a request to an unregistered one fails with MissingSubscriptionRegistration.
   */
  freshSubscription?: boolean;
}

/** A running fake. */
export interface ArmFake {
  /** `https://127.0.0.1:<port>`: pass as the clients' `endpoint`. */
  endpoint: string;
  /** PEM certificate to trust (`tlsOptions.ca`). */
  ca: string;
  /** Resource groups by lower-cased name. */
  groups: Map<string, FakeGroup>;
  /** Every request received, in order. */
  requests: FakeRequestRecord[];
  /** Capacity gaps to simulate. */
  capacity: FakeCapacity;
  /** Resource provider namespaces (any casing) the subscription has not registered. */
  unregisteredProviders: Set<string>;
  /** Storage account names (lower case) taken in another subscription: names are global. */
  takenStorageAccountNames: Set<string>;
  /** Role assignments of every principal (starts with the default caller as Owner at `/`). */
  roleAssignments: FakeRoleAssignment[];
  /** Object id of callers whose token is not a JWT (the tests' `'x'` stub). */
  defaultCallerId: string;
  /** Platform image versions that do not exist: `<version>` anywhere, or `<region>/<version>`. */
  missingImageVersions: Set<string>;
  /** vCPU usage by lower-cased `<region>/<quota name>` (`cores` is the regional total); default 0 of 100. */
  usages: Map<string, FakeUsage>;
  /** Called when a run command is created; its promise settles the command (never settling = never finishes). */
  onRunCommand: (vm: string, command: FakeRunCommand) => Promise<FakeRunCommandResult>;
  /** Answers the next matching request(s) with an error. */
  injectFault(fault: FakeFault): void;
  /** Lets the next matching deletion start and then fail on its last poll. */
  failDeletion(failure: FakeDeletionFailure): void;
  /** Holds the next matching request open until `release`. */
  hold(method: string, path: RegExp): FakeHold;
  /** `type/name` of every resource in a group (sorted), or undefined when the group does not exist. */
  inventory(group: string): string[] | undefined;
  /** Names of all groups (sorted), without the shared set-up's, which no run creates or deletes. */
  groupNames(): string[];
  /** Seeds a group directly (for janitor tests; `shared` for the shared set-up). */
  seedGroup(
    name: string,
    location: string,
    tags: Record<string, string>,
    options?: { shared?: boolean },
  ): void;
  /** Seeds a resource directly (shared set-up in tests; `name` has one part per type segment); returns its id. */
  seedResource(input: {
    group: string;
    type: string;
    name: string;
    location?: string;
    properties?: Record<string, unknown>;
    extra?: Record<string, unknown>;
  }): string;
  /** Assigns a built-in role (by name) to a principal at a scope, as an Owner would. */
  assignRole(principalId: string, roleName: string, scope: string): FakeRoleAssignment;
  /** Base URL of the Blob data plane of `account` on this fake (path-style). */
  blobUrl(account: string): string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Reads a request body as JSON (undefined when empty). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Writes a JSON answer. */
function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** Writes an ARM error answer. */
function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
  details?: unknown[],
): void {
  send(res, status, { error: { code, message, ...(details && { details }) } }, headers);
}

/** Writes a Blob service error (XML, with the code in `x-ms-error-code` as the service does). */
function sendBlobError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, {
    'content-type': 'application/xml',
    'x-ms-error-code': code,
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2025-01-05',
  });
  res.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`,
  );
}

/** A JWT-shaped access token carrying an object id, as Entra issues them (unsigned: the fake only reads it). */
export function fakeAccessToken(claims: { oid: string; tid?: string }): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ tid: '22222222-3333-4444-5555-666666666666', ...claims })}.fake`;
}

/** The object id in a bearer token, when it is a JWT. */
function objectIdOf(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      oid?: unknown;
    };
    return typeof claims.oid === 'string' ? claims.oid : undefined;
  } catch {
    return undefined;
  }
}

const groupPath = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)$/i;
const groupListPath = /^\/subscriptions\/([^/]+)\/resourcegroups$/i;
const resourcePath =
  /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/providers\/([^/]+)\/((?:[^/]+\/[^/]+)(?:\/[^/]+\/[^/]+)*)$/i;
const operationPath = /^\/fake-operations\/([^/]+)$/;
const authorizationPath =
  /^(.*)\/providers\/Microsoft\.Authorization\/(roleAssignments|permissions)(?:\/([^/]+))?$/i;
const providerPath = /^\/subscriptions\/([^/]+)\/providers\/([^/]+)(\/register)?$/i;
const subscriptionResourcesPath = /^\/subscriptions\/([^/]+)\/resources$/i;
const usagesPath =
  /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Compute\/locations\/([^/]+)\/usages$/i;
const imageVersionPath =
  /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Compute\/locations\/([^/]+)\/publishers\/([^/]+)\/artifacttypes\/vmimage\/offers\/([^/]+)\/skus\/([^/]+)\/versions\/([^/]+)$/i;

/** Namespaces that need no registration (ARM's own). */
const alwaysRegistered = new Set(['microsoft.resources', 'microsoft.authorization']);

/**
 * How long Azure keeps the NIC of a failed VM create reserved for that VM (Azure's own error:
 * "Nic(s) in request is reserved for another Virtual Machine for 180 seconds", seen in
 * cloudfoundry/bosh-azure-cpi-release#366 and gardenlinux/gardenlinux#4133).
 */
export const NIC_RESERVATION_MS = 180_000;

/** Types a PUT must give a `location` for (tracked resources). */
const locatedTypes = new Set(
  [
    'Microsoft.Compute/virtualMachines',
    'Microsoft.Compute/virtualMachines/runCommands',
    'Microsoft.Compute/proximityPlacementGroups',
    'Microsoft.Network/networkInterfaces',
    'Microsoft.Network/virtualNetworks',
    'Microsoft.Network/networkSecurityGroups',
    'Microsoft.Network/publicIPAddresses',
    'Microsoft.Network/natGateways',
    'Microsoft.ManagedIdentity/userAssignedIdentities',
    'Microsoft.Storage/storageAccounts',
    'Microsoft.ContainerRegistry/registries',
  ].map((t) => t.toLowerCase()),
);

/** Starts the fake on 127.0.0.1:0. */
export async function startArmFake(options: ArmFakeOptions = {}): Promise<ArmFake> {
  const { key, cert } = createTestCertificate();
  const lroPolls = options.lroPolls ?? 1;
  const nowMs = options.now ?? Date.now;
  const groups = new Map<string, FakeGroup>();
  const requests: FakeRequestRecord[] = [];
  const faults: (FakeFault & { left: number })[] = [];
  const deletionFailures: (FakeDeletionFailure & { left: number })[] = [];
  const holds: PendingHold[] = [];
  const operations = new Map<string, Operation>();
  /** Lower-cased NIC id → when its reservation ends and for which VM. */
  const nicReservations = new Map<string, { untilMs: number; vmId: string }>();
  /** Lower-cased namespace → polls left before a registration completes. */
  const registering = new Map<string, number>();
  const capacity: FakeCapacity = {
    unavailableSizes: new Set(),
    quotaExceededSizes: new Set(),
    allocationFailedRegions: new Set(),
  };
  let nextIp = 4;
  let endpoint = '';

  const fake: ArmFake = {
    endpoint: '',
    ca: cert,
    groups,
    requests,
    capacity,
    unregisteredProviders: new Set(
      options.freshSubscription
        ? [
            'Microsoft.Compute',
            'Microsoft.Network',
            'Microsoft.ManagedIdentity',
            'Microsoft.Storage',
            'Microsoft.ContainerRegistry',
          ]
        : [],
    ),
    takenStorageAccountNames: new Set(),
    roleAssignments: [],
    defaultCallerId: 'aaaaaaaa-0000-4000-8000-000000000001',
    missingImageVersions: new Set(),
    usages: new Map(),
    onRunCommand: () => Promise.resolve({ exitCode: 0, output: '' }),
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    failDeletion(failure) {
      deletionFailures.push({ ...failure, left: failure.times ?? 1 });
    },
    hold(method, path) {
      let arrive!: (record: FakeRequestRecord) => void;
      let release!: () => void;
      const arrived = new Promise<FakeRequestRecord>((resolve) => (arrive = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      holds.push({ method, path, arrive, gate });
      return { arrived, release };
    },
    inventory(group) {
      const g = groups.get(group.toLowerCase());
      if (!g) return undefined;
      return [...g.resources.values()].map((r) => `${r.type}/${r.name}`).sort();
    },
    groupNames() {
      return [...groups.values()]
        .filter((g) => !g.shared)
        .map((g) => g.name)
        .sort();
    },
    seedGroup(name, location, tags, seedOptions = {}) {
      groups.set(name.toLowerCase(), {
        name,
        location,
        tags,
        provisioningState: 'Succeeded',
        resources: new Map(),
        ...(seedOptions.shared && { shared: true }),
      });
    },
    seedResource(input) {
      const g = groups.get(input.group.toLowerCase());
      if (!g) throw new Error(`seedResource: no group ${input.group}`);
      // `name` holds one name per type segment: `account/default/container` for a container.
      const [namespace, ...types] = input.type.split('/');
      const names = input.name.split('/');
      const path = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/');
      const id = `/subscriptions/${subscriptionOfGroup()}/resourceGroups/${g.name}/providers/${namespace}/${path}`;
      const resource: FakeResource = {
        id,
        name: names[names.length - 1]!,
        type: input.type,
        ...(input.location !== undefined && { location: input.location }),
        tags: {},
        properties: { ...input.properties, provisioningState: 'Succeeded' },
        extra: input.extra ?? {},
      };
      enrich(resource);
      g.resources.set(id.toLowerCase(), resource);
      return id;
    },
    assignRole(principalId, roleName, scope) {
      const role = fakeBuiltInRoles[roleName];
      if (!role) throw new Error(`assignRole: the fake does not know the role ${roleName}`);
      const name = randomUUID();
      const assignment: FakeRoleAssignment = {
        id: `${scope === '/' ? '' : scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
        name,
        scope,
        roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${role.guid}`,
        principalId,
        principalType: 'ServicePrincipal',
      };
      fake.roleAssignments.push(assignment);
      return assignment;
    },
    blobUrl: (account) => `${endpoint}/${account}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of the SDK clients would hold close() for seconds.
        server.closeAllConnections();
      }),
  };
  // The tests' caller may do anything until a test takes that away (as an Owner of the tenant root).
  fake.assignRole(fake.defaultCallerId, 'Owner', '/');

  /** The subscription id used by the groups (the first one a request named). */
  let knownSubscription = '11111111-2222-3333-4444-555555555555';
  function subscriptionOfGroup(): string {
    return knownSubscription;
  }

  /** Starts a long-running operation; `finish` runs when its last poll is answered. */
  function startOperation(
    kind: Operation['kind'],
    finish: () => void,
    failure?: Operation['failure'],
    onFailure?: () => void,
  ): string {
    const id = randomUUID();
    const url = `${endpoint}/fake-operations/${id}?api-version=2024-01-01`;
    operations.set(id, {
      kind,
      url,
      pollsLeft: lroPolls,
      finish,
      done: false,
      ...(failure && { failure }),
      ...(onFailure && { onFailure }),
    });
    return url;
  }

  function groupJson(sub: string, g: FakeGroup) {
    return {
      id: `/subscriptions/${sub}/resourceGroups/${g.name}`,
      name: g.name,
      type: 'Microsoft.Resources/resourceGroups',
      location: g.location,
      tags: g.tags,
      properties: { provisioningState: g.provisioningState },
    };
  }

  function resourceJson(r: FakeResource) {
    return {
      id: r.id,
      name: r.name,
      type: r.type,
      ...(r.location !== undefined && { location: r.location }),
      tags: r.tags,
      ...r.extra,
      properties: r.properties,
    };
  }

  /** Whether the NIC is still held for the VM whose create failed. */
  function reservationOf(nicId: string): { untilMs: number; vmId: string } | undefined {
    const reservation = nicReservations.get(nicId.toLowerCase());
    if (!reservation) return undefined;
    if (nowMs() >= reservation.untilMs) {
      nicReservations.delete(nicId.toLowerCase());
      return undefined;
    }
    return reservation;
  }

  /** NIC ids a VM body points at. */
  function nicIdsOf(r: FakeResource): string[] {
    const network = r.properties.networkProfile as
      { networkInterfaces?: { id: string; properties?: { deleteOption?: string } }[] } | undefined;
    return (network?.networkInterfaces ?? []).map((n) => n.id);
  }

  /** After a failed VM create Azure keeps its NICs for that VM for 180 s (see NIC_RESERVATION_MS). */
  function reserveNics(vm: FakeResource): void {
    for (const nicId of nicIdsOf(vm)) {
      nicReservations.set(nicId.toLowerCase(), {
        untilMs: nowMs() + NIC_RESERVATION_MS,
        vmId: vm.id,
      });
    }
  }

  /** Removes a resource and what Azure deletes along with it. */
  function deleteResource(g: FakeGroup, r: FakeResource): void {
    g.resources.delete(r.id.toLowerCase());
    for (const child of [...g.resources.values()]) {
      if (child.id.toLowerCase().startsWith(`${r.id.toLowerCase()}/`)) {
        g.resources.delete(child.id.toLowerCase());
      }
    }
    if (r.type === 'Microsoft.Compute/virtualMachines') {
      const network = r.properties.networkProfile as
        | { networkInterfaces?: { id: string; properties?: { deleteOption?: string } }[] }
        | undefined;
      for (const nic of network?.networkInterfaces ?? []) {
        // A reserved NIC stays: it is left to the group's deletion.
        if (nic.properties?.deleteOption === 'Delete' && !reservationOf(nic.id)) {
          g.resources.delete(nic.id.toLowerCase());
        }
      }
    }
  }

  /** Type-specific details Azure fills in. */
  function enrich(r: FakeResource): void {
    const p = r.properties;
    if (r.type === 'Microsoft.Network/virtualNetworks') {
      const subnets = (p.subnets ?? []) as { name: string; id?: string }[];
      for (const s of subnets) s.id = `${r.id}/subnets/${s.name}`;
    }
    if (r.type === 'Microsoft.Network/networkInterfaces') {
      const configs = (p.ipConfigurations ?? []) as {
        name: string;
        id?: string;
        properties?: Record<string, unknown>;
      }[];
      for (const c of configs) {
        c.id = `${r.id}/ipConfigurations/${c.name}`;
        c.properties = { ...c.properties, privateIPAddress: `10.42.1.${nextIp++}` };
      }
    }
    if (r.type === 'Microsoft.Network/publicIPAddresses') p.ipAddress = '203.0.113.10';
    if (r.type === 'Microsoft.Compute/virtualMachines') p.vmId = randomUUID();
    if (r.type === 'Microsoft.ManagedIdentity/userAssignedIdentities') {
      // Azure creates a service principal for the identity: its object id is what roles name.
      p.principalId ??= randomUUID();
      p.clientId ??= randomUUID();
      p.tenantId ??= '22222222-3333-4444-5555-666666666666';
    }
    if (r.type === 'Microsoft.ContainerRegistry/registries') {
      p.loginServer = `${r.name.toLowerCase()}.azurecr.io`;
    }
    if (r.type === 'Microsoft.Storage/storageAccounts') {
      p.primaryEndpoints = { blob: `https://${r.name}.blob.core.windows.net/` };
    }
  }

  function findResource(id: string): { g: FakeGroup; r: FakeResource } | undefined {
    const m = resourcePath.exec(id);
    const g = m?.[2] ? groups.get(m[2].toLowerCase()) : undefined;
    const r = g?.resources.get(id.toLowerCase());
    return g && r ? { g, r } : undefined;
  }

  function allResources(): FakeResource[] {
    return [...groups.values()].flatMap((g) => [...g.resources.values()]);
  }

  /** Role assignments of `principalId` at `scope` or above (what Azure evaluates for access). */
  function assignmentsAbove(principalId: string, scope: string): FakeRoleAssignment[] {
    const target = scope.toLowerCase();
    return fake.roleAssignments.filter((a) => {
      if (a.principalId !== principalId) return false;
      const s = a.scope.toLowerCase();
      return s === '/' || target === s || target.startsWith(`${s}/`);
    });
  }

  /** Whether the caller may perform a control-plane action at a scope. */
  function allows(principalId: string, action: string, scope: string): boolean {
    return assignmentsAbove(principalId, scope).some((a) => {
      const role = fakeRoleByDefinitionId(a.roleDefinitionId);
      return role !== undefined && roleAllows(role, action);
    });
  }

  /**
   * ARM's answer to a caller without the right (the message format of AuthorizationFailed, as
   * in the activity log and azure-cli issues).
   */
  function denyUnless(
    res: ServerResponse,
    callerId: string,
    action: string,
    scope: string,
  ): boolean {
    if (allows(callerId, action, scope)) return false;
    sendError(
      res,
      403,
      'AuthorizationFailed',
      `The client '${callerId}' with object id '${callerId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
    return true;
  }

  /**
   * A subscription that never used a provider answers 409 MissingSubscriptionRegistration
   * (message as Azure words it; `az provider register -n <namespace>` fixes it).
   */
  function refuseUnregistered(res: ServerResponse, namespace: string): boolean {
    const ns = namespace.toLowerCase();
    if (alwaysRegistered.has(ns)) return false;
    const unregistered = [...fake.unregisteredProviders].some((p) => p.toLowerCase() === ns);
    if (!unregistered) return false;
    const message = `The subscription is not registered to use namespace '${normalizeNamespace(namespace)}'. See https://aka.ms/rps-not-found for how to register subscriptions.`;
    sendError(res, 409, 'MissingSubscriptionRegistration', message, undefined, [
      { code: 'MissingSubscriptionRegistration', target: normalizeNamespace(namespace), message },
    ]);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', endpoint);
    const method = req.method ?? 'GET';
    const body = await readJson(req);
    const authorization = req.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const callerId = token ? (objectIdOf(token) ?? fake.defaultCallerId) : undefined;
    const record: FakeRequestRecord = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(body !== undefined && { body }),
      ...(callerId !== undefined && { callerId }),
    };
    requests.push(record);

    const op = operationPath.exec(url.pathname);
    const isArm =
      url.pathname.startsWith('/subscriptions/') || /^\/providers\//i.test(url.pathname);
    if (!op && !isArm) return answerBlob(res, method, url, callerId);

    // Every ARM request carries a bearer token (ARM answers 401 without one) ...
    if (callerId === undefined) {
      return sendError(
        res,
        401,
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
      );
    }
    // ... and an api-version (ARM: MissingApiVersionParameter / InvalidApiVersionParameter).
    const apiVersion = url.searchParams.get('api-version');
    if (!apiVersion) {
      return sendError(
        res,
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.',
      );
    }
    if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion)) {
      return sendError(
        res,
        400,
        'InvalidApiVersionParameter',
        `The api-version '${apiVersion}' is invalid.`,
      );
    }
    const sub = /^\/subscriptions\/([^/]+)/i.exec(url.pathname)?.[1];
    if (sub) knownSubscription = sub;

    const holdIndex = holds.findIndex((h) => h.method === method && h.path.test(url.pathname));
    if (holdIndex >= 0) {
      const [h] = holds.splice(holdIndex, 1);
      h!.arrive(record);
      await h!.gate;
    }

    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (f.method === undefined || f.method === method) &&
        (f.path === undefined || f.path.test(url.pathname)),
    );
    if (fault) {
      fault.left -= 1;
      sendError(res, fault.status, fault.code, fault.message ?? fault.code, fault.headers);
      return;
    }

    if (op) return answerOperation(res, op[1]!);

    const auth = authorizationPath.exec(url.pathname);
    if (auth) {
      return answerAuthorization(res, method, url, callerId, {
        scope: auth[1] === '' ? '/' : auth[1]!,
        kind: auth[2]!.toLowerCase() as 'roleassignments' | 'permissions',
        ...(auth[3] !== undefined && { name: auth[3] }),
        body: body as Record<string, unknown> | undefined,
      });
    }

    const usages = usagesPath.exec(url.pathname);
    if (usages && method === 'GET') {
      if (refuseUnregistered(res, 'Microsoft.Compute')) return;
      return answerUsages(res, usages[1]!);
    }
    const image = imageVersionPath.exec(url.pathname);
    if (image && method === 'GET') {
      if (refuseUnregistered(res, 'Microsoft.Compute')) return;
      return answerImage(res, image.slice(1));
    }

    const provider = providerPath.exec(url.pathname);
    if (provider) return answerProvider(res, method, provider[1]!, provider[2]!, !!provider[3]);

    const listed = subscriptionResourcesPath.exec(url.pathname);
    if (listed && method === 'GET') {
      const filter = url.searchParams.get('$filter') ?? '';
      const type = /resourceType eq '([^']+)'/i.exec(filter)?.[1]?.toLowerCase();
      const name = /name eq '([^']+)'/i.exec(filter)?.[1]?.toLowerCase();
      const value = allResources()
        .filter((r) => !type || r.type.toLowerCase() === type)
        .filter((r) => !name || r.name.toLowerCase() === name)
        .map(resourceJson);
      return send(res, 200, { value });
    }

    const list = groupListPath.exec(url.pathname);
    if (list && method === 'GET') {
      const filter = url.searchParams.get('$filter') ?? '';
      const tagMatch = /tagName eq '([^']*)' and tagValue eq '([^']*)'/.exec(filter);
      const value = [...groups.values()]
        .filter((g) => !tagMatch || g.tags[tagMatch[1]!] === tagMatch[2])
        .map((g) => groupJson(list[1]!, g));
      return send(res, 200, { value });
    }

    const gm = groupPath.exec(url.pathname);
    if (gm) {
      return answerGroup(res, method, gm[1]!, gm[2]!, body as Record<string, unknown>, callerId);
    }

    const rm = resourcePath.exec(url.pathname);
    if (rm) {
      if (refuseUnregistered(res, rm[3]!)) return;
      return answerResource(res, method, url, callerId, {
        sub: rm[1]!,
        group: rm[2]!,
        namespace: rm[3]!,
        typePath: rm[4]!,
        body: body as Record<string, unknown> | undefined,
      });
    }
    sendError(res, 404, 'NotImplementedInFake', `${method} ${url.pathname}`);
  }

  function answerOperation(res: ServerResponse, id: string): void {
    const op = operations.get(id);
    if (!op) return sendError(res, 404, 'OperationNotFound', id);
    if (!op.done && op.pollsLeft > 0) {
      op.pollsLeft -= 1;
      if (op.kind === 'location')
        return send(res, 202, undefined, { location: op.url, 'retry-after': '0' });
      return send(res, 200, { status: 'InProgress' });
    }
    if (!op.done) {
      op.done = true;
      if (op.failure) op.onFailure?.();
      else op.finish();
    }
    if (op.kind === 'location') {
      return op.failure
        ? sendError(res, op.failure.status ?? 500, op.failure.code, op.failure.message)
        : send(res, 200);
    }
    if (op.failure) return send(res, 200, { status: 'Failed', error: op.failure });
    return send(res, 200, { status: 'Succeeded' });
  }

  /** A deletion failure a test asked for, if this DELETE matches one. */
  function takeDeletionFailure(path: string): Operation['failure'] | undefined {
    const failure = deletionFailures.find((f) => f.left > 0 && f.path.test(path));
    if (!failure) return undefined;
    failure.left -= 1;
    return { code: failure.code, message: failure.message, status: 409 };
  }

  function answerGroup(
    res: ServerResponse,
    method: string,
    sub: string,
    name: string,
    body: Record<string, unknown> | undefined,
    callerId: string,
  ): void {
    const key = name.toLowerCase();
    const existing = groups.get(key);
    const scope = `/subscriptions/${sub}/resourceGroups/${name}`;
    if (method === 'PUT') {
      if (
        denyUnless(res, callerId, 'Microsoft.Resources/subscriptions/resourceGroups/write', scope)
      )
        return;
      if (typeof body?.location !== 'string' || body.location === '') {
        return sendError(
          res,
          400,
          'LocationRequired',
          'The location property is required for this definition.',
        );
      }
      if (existing?.provisioningState === 'Deleting') {
        return sendError(
          res,
          409,
          'ResourceGroupBeingDeleted',
          `The resource group '${name}' is in deprovisioning state.`,
        );
      }
      const g: FakeGroup = existing ?? {
        name,
        location: body.location,
        tags: {},
        provisioningState: 'Succeeded',
        resources: new Map(),
      };
      // A PUT replaces the tags, as ARM does: reusing a group overwrites its owner's tags.
      g.tags = (body.tags as Record<string, string> | undefined) ?? {};
      groups.set(key, g);
      return send(res, existing ? 200 : 201, groupJson(sub, g));
    }
    if (method === 'GET' || method === 'HEAD') {
      if (!existing)
        return sendError(
          res,
          404,
          'ResourceGroupNotFound',
          `Resource group '${name}' could not be found.`,
        );
      return send(res, 200, groupJson(sub, existing));
    }
    if (method === 'DELETE') {
      if (!existing)
        return sendError(
          res,
          404,
          'ResourceGroupNotFound',
          `Resource group '${name}' could not be found.`,
        );
      if (
        denyUnless(res, callerId, 'Microsoft.Resources/subscriptions/resourceGroups/delete', scope)
      )
        return;
      existing.provisioningState = 'Deleting';
      const failure = takeDeletionFailure(`/subscriptions/${sub}/resourcegroups/${name}`);
      const location = startOperation(
        'location',
        () => groups.delete(key),
        failure,
        () => {
          // A failed group deletion leaves the group (with what it could not delete) for a retry.
          existing.provisioningState = 'Failed';
        },
      );
      return send(res, 202, undefined, { location, 'retry-after': '0' });
    }
    sendError(res, 405, 'MethodNotAllowed', method);
  }

  /** Body fields the code relies on, per type: ARM refuses a PUT without them. */
  function missingFields(type: string, body: Record<string, unknown>): string | undefined {
    const p = (body.properties ?? {}) as Record<string, unknown>;
    const get = (path: string): unknown =>
      path
        .split('.')
        .reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
          { ...body, properties: p },
        );
    const required: Record<string, string[]> = {
      'microsoft.compute/virtualmachines': [
        'properties.hardwareProfile.vmSize',
        'properties.storageProfile.imageReference.publisher',
        'properties.storageProfile.imageReference.offer',
        'properties.storageProfile.imageReference.sku',
        'properties.storageProfile.imageReference.version',
        'properties.osProfile.adminUsername',
        'properties.networkProfile.networkInterfaces',
      ],
      'microsoft.compute/virtualmachines/runcommands': ['properties.source.script'],
      'microsoft.network/networkinterfaces': ['properties.ipConfigurations'],
      'microsoft.network/virtualnetworks': ['properties.addressSpace.addressPrefixes'],
      'microsoft.network/natgateways': ['sku.name'],
      'microsoft.network/publicipaddresses': ['sku.name'],
      'microsoft.storage/storageaccounts': ['sku.name', 'kind'],
      'microsoft.containerregistry/registries': ['sku.name'],
      'microsoft.managedidentity/userassignedidentities/federatedidentitycredentials': [
        'properties.issuer',
        'properties.subject',
        'properties.audiences',
      ],
    };
    return (required[type.toLowerCase()] ?? []).find((path) => {
      const v = get(path);
      return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    });
  }

  function answerResource(
    res: ServerResponse,
    method: string,
    url: URL,
    callerId: string,
    at: {
      sub: string;
      group: string;
      namespace: string;
      typePath: string;
      body: Record<string, unknown> | undefined;
    },
  ): void {
    const g = groups.get(at.group.toLowerCase());
    if (!g || g.provisioningState === 'Deleting') {
      return sendError(
        res,
        404,
        'ResourceGroupNotFound',
        `Resource group '${at.group}' could not be found.`,
      );
    }
    const segments = at.typePath.split('/');
    const types = segments.filter((_, i) => i % 2 === 0);
    const name = segments[segments.length - 1]!;
    const type = `${normalizeNamespace(at.namespace)}/${types.join('/')}`;
    const id = url.pathname;
    const existing = g.resources.get(id.toLowerCase());

    if (method === 'GET') {
      if (!existing)
        return sendError(
          res,
          404,
          'ResourceNotFound',
          `The Resource '${type}/${name}' under resource group '${g.name}' was not found.`,
        );
      const view = resourceJson(existing);
      if (
        type === 'Microsoft.Compute/virtualMachines/runCommands' &&
        url.searchParams.get('$expand') !== 'instanceView'
      ) {
        const { instanceView: _omit, ...rest } = existing.properties;
        view.properties = rest;
      }
      return send(res, 200, view);
    }
    if (method === 'DELETE') {
      if (!existing) return send(res, 204);
      if (denyUnless(res, callerId, `${type}/delete`, id)) return;
      const reservation =
        type === 'Microsoft.Network/networkInterfaces' ? reservationOf(id) : undefined;
      if (reservation) {
        return sendError(
          res,
          400,
          'NicReservedForAnotherVm',
          `Nic(s) in request is reserved for another Virtual Machine for 180 seconds. Please provide another nic(s) or retry after 180 seconds. Reserved VM: ${reservation.vmId}`,
        );
      }
      const failure = takeDeletionFailure(id);
      const location = startOperation('location', () => deleteResource(g, existing), failure);
      return send(res, 202, undefined, { location, 'retry-after': '0' });
    }
    if (method === 'PATCH') {
      // An update merges what it names into the resource (Storage Accounts - Update is a PATCH
      // of sku, tags and properties; azure-rest-api-specs, storage.json "StorageAccounts_Update").
      if (!existing)
        return sendError(
          res,
          404,
          'ResourceNotFound',
          `The Resource '${type}/${name}' under resource group '${g.name}' was not found.`,
        );
      if (denyUnless(res, callerId, `${type}/write`, id)) return;
      const patch = at.body ?? {};
      if (patch.tags) existing.tags = patch.tags as Record<string, string>;
      if (patch.properties)
        Object.assign(existing.properties, patch.properties as Record<string, unknown>);
      if (patch.sku) existing.extra.sku = patch.sku;
      return send(res, 200, resourceJson(existing));
    }
    if (method !== 'PUT') return sendError(res, 405, 'MethodNotAllowed', method);

    const body = at.body ?? {};
    if (
      locatedTypes.has(type.toLowerCase()) &&
      (typeof body.location !== 'string' || !body.location)
    ) {
      return sendError(
        res,
        400,
        'LocationRequired',
        'The location property is required for this definition.',
      );
    }
    const missing = missingFields(type, body);
    if (missing) {
      return sendError(
        res,
        400,
        'InvalidParameter',
        `Required parameter '${missing}' is missing (null).`,
      );
    }
    if (denyUnless(res, callerId, `${type}/write`, id)) return;
    const refusal = childRefusal(g, type, id, existing);
    if (refusal) return sendError(res, refusal.status, refusal.code, refusal.message);

    const { location, tags, properties, ...extra } = body as {
      location?: string;
      tags?: Record<string, string>;
      properties?: Record<string, unknown>;
    } & Record<string, unknown>;
    for (const k of ['id', 'name', 'type', 'etag']) delete extra[k];
    const resource: FakeResource = {
      id,
      name,
      type,
      ...(location !== undefined && { location }),
      tags: tags ?? {},
      properties: { ...(structuredClone(properties) ?? {}), provisioningState: 'Creating' },
      extra,
    };

    // References must exist, as in Azure.
    const missingRef = referencedIds(resource).find(
      (ref) => !findResource(ref.split('/subnets/')[0]!),
    );
    if (missingRef)
      return sendError(
        res,
        400,
        'InvalidResourceReference',
        `Resource ${missingRef} referenced by resource ${id} was not found.`,
      );

    let failure: Operation['failure'];
    if (type === 'Microsoft.Compute/proximityPlacementGroups') {
      const refusal = placementGroupRefusal(g, resource, existing);
      if (refusal) return sendError(res, 409, refusal.code, refusal.message);
    }
    if (type === 'Microsoft.Compute/virtualMachines') {
      const refusal = vmRefusal(resource, callerId, location);
      if (refusal) {
        if (refusal.reserve) reserveNics(resource);
        return sendError(res, refusal.status, refusal.code, refusal.message);
      }
      if (location && capacity.allocationFailedRegions.has(location)) {
        failure = {
          code: 'AllocationFailed',
          message: `Allocation failed. We do not have sufficient capacity for the requested VM size in this region.`,
        };
      }
    }
    if (type === 'Microsoft.Compute/virtualMachines/runCommands') {
      startRunCommand(g, resource, segments[1]!);
    }
    enrich(resource);
    if (existing) {
      // Azure keeps the generated ids of an identity across updates.
      for (const k of ['principalId', 'clientId', 'tenantId']) {
        if (existing.properties[k] !== undefined) resource.properties[k] = existing.properties[k];
      }
    }
    g.resources.set(id.toLowerCase(), resource);
    const asyncOperation = startOperation(
      'async',
      () => {
        resource.properties.provisioningState = 'Succeeded';
      },
      failure,
      () => {
        resource.properties.provisioningState = 'Failed';
        if (type === 'Microsoft.Compute/virtualMachines') reserveNics(resource);
      },
    );
    return send(res, existing ? 200 : 201, resourceJson(resource), {
      'azure-asyncoperation': asyncOperation,
      'retry-after': '0',
    });
  }

  /**
   * Why ARM refuses a PUT for where it goes, if it does:
   * - a child (container, federated credential, run command) needs its parent: 404
   *   ParentResourceNotFound (ARM's answer for a nested resource whose parent is missing);
   * - storage account names are global: a name another subscription holds answers 409
   *   StorageAccountAlreadyTaken (Microsoft Learn, "Storage account overview", naming; the code
   *   is in azure-rest-api-specs, storage.json CheckNameAvailability reason AlreadyExists);
   * - an identity takes at most 20 federated credentials, named 3-120 letters, digits, `-` or
   *   `_`, starting with a letter or digit (Microsoft Learn, "Federated identity credential
   *   considerations and restrictions").
   */
  function childRefusal(
    g: FakeGroup,
    type: string,
    id: string,
    existing: FakeResource | undefined,
  ): { status: number; code: string; message: string } | undefined {
    const parts = id.split('/');
    // /subscriptions/s/resourceGroups/g/providers/Ns/type/name[/type/name...]
    if (parts.length > 9) {
      const parentId = parts.slice(0, 9).join('/');
      if (!g.resources.has(parentId.toLowerCase())) {
        return {
          status: 404,
          code: 'ParentResourceNotFound',
          message: `Can not perform requested operation on nested resource. Parent resource '${parts[8]}' not found.`,
        };
      }
    }
    if (type === 'Microsoft.Storage/storageAccounts' && !existing) {
      const accountName = parts[parts.length - 1]!;
      if (fake.takenStorageAccountNames.has(accountName.toLowerCase())) {
        return {
          status: 409,
          code: 'StorageAccountAlreadyTaken',
          message: `The storage account named ${accountName} is already taken.`,
        };
      }
    }
    if (
      type === 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials' &&
      !existing
    ) {
      const credentialName = parts[parts.length - 1]!;
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/.test(credentialName)) {
        return {
          status: 400,
          code: 'BadRequest',
          message: `Federated identity credential name '${credentialName}' is invalid: 3 to 120 characters, alphanumeric, dash or underscore, starting with an alphanumeric character.`,
        };
      }
      const parentId = parts.slice(0, 9).join('/').toLowerCase();
      const siblings = [...g.resources.values()].filter(
        (r) => r.type === type && r.id.toLowerCase().startsWith(`${parentId}/`),
      );
      if (siblings.length >= 20) {
        return {
          status: 400,
          code: 'BadRequest',
          message: 'Too many Federated Identity Credentials: an identity supports at most 20.',
        };
      }
    }
    return undefined;
  }

  /**
   * A placement group's `intent.vmSizes` is accepted only if one datacenter can serve every size
   * in it (Microsoft Learn, "Proximity placement groups", and the co-location guide: otherwise
   * the create fails with OverconstrainedAllocationRequest). The fake's stand-in for "one
   * datacenter": sizes of one series, CPU vendor and generation. The intent may change only while
   * no VM is in the group.
   */
  function placementGroupRefusal(
    g: FakeGroup,
    resource: FakeResource,
    existing: FakeResource | undefined,
  ): { code: string; message: string } | undefined {
    const intent = (resource.properties.intent as { vmSizes?: string[] } | undefined)?.vmSizes;
    const hardware = new Set((intent ?? []).map(hardwareOf));
    if (hardware.size > 1) {
      return {
        code: 'OverconstrainedAllocationRequest',
        message: `Allocation failed. VM(s) with the following constraints cannot be allocated, because the condition is too restrictive. Please remove some constraints and try again. Constraints applied are:\n  - VM Size (${(intent ?? []).join(', ')})\n  - Proximity Placement Group\n`,
      };
    }
    const before = JSON.stringify(
      (existing?.properties.intent as { vmSizes?: string[] } | undefined)?.vmSizes ?? [],
    );
    if (existing && before !== JSON.stringify(intent ?? [])) {
      const inUse = [...g.resources.values()].some(
        (r) =>
          r.type === 'Microsoft.Compute/virtualMachines' &&
          r.properties.provisioningState !== 'Failed' &&
          (
            r.properties.proximityPlacementGroup as { id?: string } | undefined
          )?.id?.toLowerCase() === existing.id.toLowerCase(),
      );
      if (inUse) {
        return {
          code: 'OperationNotAllowed',
          message:
            'The intent of a proximity placement group can be changed only when all virtual machines in it are deallocated.',
        };
      }
    }
    return undefined;
  }

  /** Why Azure refuses a VM create at once, if it does. */
  function vmRefusal(
    resource: FakeResource,
    callerId: string,
    location: string | undefined,
  ): { status: number; code: string; message: string; reserve: boolean } | undefined {
    const p = resource.properties;
    const size = String((p.hardwareProfile as { vmSize?: string } | undefined)?.vmSize);
    // The NIC of an earlier failed create with this NIC is still held (see NIC_RESERVATION_MS).
    for (const nicId of nicIdsOf(resource)) {
      const reservation = reservationOf(nicId);
      if (reservation) {
        return {
          status: 400,
          code: 'NicReservedForAnotherVm',
          message: `Nic(s) in request is reserved for another Virtual Machine for 180 seconds. Please provide another nic(s) or retry after 180 seconds. Reserved VM: ${reservation.vmId}`,
          reserve: false,
        };
      }
    }
    // Assigning a user-assigned identity needs .../assign/action on it (LinkedAuthorizationFailed,
    // message as in Azure/aad-pod-identity#443).
    const identities = Object.keys(
      (resource.extra.identity as { userAssignedIdentities?: Record<string, unknown> } | undefined)
        ?.userAssignedIdentities ?? {},
    );
    for (const identityId of identities) {
      const action = 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action';
      if (!allows(callerId, action, identityId)) {
        return {
          status: 403,
          code: 'LinkedAuthorizationFailed',
          message: `The client '${callerId}' with object id '${callerId}' has permission to perform action 'Microsoft.Compute/virtualMachines/write' on scope '${resource.id}'; however, it does not have permission to perform action '${action}' on the linked scope(s) '${identityId}' or the linked scope(s) are invalid.`,
          reserve: false,
        };
      }
    }
    // A pinned platform image version that does not exist (pulumi/pulumi-azure#710).
    const image = (p.storageProfile as { imageReference?: Record<string, string> } | undefined)
      ?.imageReference;
    if (image && imageMissing(location ?? '', image.version ?? '')) {
      return {
        status: 404,
        code: 'PlatformImageNotFound',
        message: `The platform image '${image.publisher}:${image.offer}:${image.sku}:${image.version}' is not available. Verify that all fields in the storage profile are correct. For more details about storage profile information, please refer to https://aka.ms/storageprofile`,
        reserve: false,
      };
    }
    if (capacity.unavailableSizes.has(size)) {
      return {
        status: 409,
        code: 'SkuNotAvailable',
        message: `The requested VM size for resource 'Following SKUs have failed for Capacity Restrictions: ${size}' is currently not available in location '${location}'.`,
        reserve: true,
      };
    }
    if (capacity.quotaExceededSizes.has(size)) {
      return {
        status: 409,
        code: 'OperationNotAllowed',
        message: `Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota. Location: ${location}.`,
        reserve: true,
      };
    }
    return undefined;
  }

  function imageMissing(region: string, version: string): boolean {
    return (
      fake.missingImageVersions.has(version) ||
      fake.missingImageVersions.has(`${region.toLowerCase()}/${version}`)
    );
  }

  /**
   * `virtualMachineImages.get` of a version that does not exist answers 404 NotFound "Artifact:
   * VMImage was not found." (Azure/vagrant-azure#147).
   */
  function answerImage(res: ServerResponse, parts: string[]): void {
    const [region, publisher, offer, sku, version] = parts as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (imageMissing(region, version)) {
      return sendError(res, 404, 'NotFound', 'Artifact: VMImage was not found.');
    }
    send(res, 200, {
      id: `/Subscriptions/${knownSubscription}/Providers/Microsoft.Compute/Locations/${region}/Publishers/${publisher}/ArtifactTypes/VMImage/Offers/${offer}/Skus/${sku}/Versions/${version}`,
      name: version,
      location: region,
      properties: { osImage: { operatingSystem: 'Linux' }, hyperVGeneration: 'V2' },
    });
  }

  /** Compute usages of a region: the regional total (`cores`) and each family, 0 of 100 unless set. */
  function answerUsages(res: ServerResponse, region: string): void {
    const names = new Set([
      'cores',
      'standardDSv5Family',
      'standardDDSv5Family',
      'standardDASv5Family',
      'standardFSv2Family',
      'standardESv5Family',
      'standardDSv6Family',
    ]);
    for (const key of fake.usages.keys()) {
      const [r, name] = key.split('/');
      if (r === region.toLowerCase() && name) names.add(name);
    }
    const value = [...names].map((name) => {
      const usage = [...fake.usages.entries()].find(
        ([k]) => k.toLowerCase() === `${region}/${name}`.toLowerCase(),
      )?.[1] ?? { currentValue: 0, limit: 100 };
      return {
        unit: 'Count',
        currentValue: usage.currentValue,
        limit: usage.limit,
        name: { value: name, localizedValue: name === 'cores' ? 'Total Regional vCPUs' : name },
      };
    });
    send(res, 200, { value });
  }

  /** Provider registration: `GET` its state, `POST .../register` starts it (done by the next read). */
  function answerProvider(
    res: ServerResponse,
    method: string,
    sub: string,
    namespace: string,
    register: boolean,
  ): void {
    const ns = namespace.toLowerCase();
    const state = (): string => {
      if (alwaysRegistered.has(ns)) return 'Registered';
      if (registering.has(ns)) return 'Registering';
      return [...fake.unregisteredProviders].some((p) => p.toLowerCase() === ns)
        ? 'NotRegistered'
        : 'Registered';
    };
    const json = () => ({
      id: `/subscriptions/${sub}/providers/${normalizeNamespace(namespace)}`,
      namespace: normalizeNamespace(namespace),
      registrationState: state(),
      resourceTypes: [],
    });
    if (register && method === 'POST') {
      if (state() === 'NotRegistered') {
        registering.set(ns, 1);
      }
      return send(res, 200, json());
    }
    if (!register && method === 'GET') {
      const pollsLeft = registering.get(ns);
      const answer = json();
      if (pollsLeft !== undefined) {
        if (pollsLeft <= 0) {
          registering.delete(ns);
          for (const p of [...fake.unregisteredProviders]) {
            if (p.toLowerCase() === ns) fake.unregisteredProviders.delete(p);
          }
        } else {
          registering.set(ns, pollsLeft - 1);
        }
      }
      return send(res, 200, answer);
    }
    sendError(res, 405, 'MethodNotAllowed', method);
  }

  function assignmentJson(a: FakeRoleAssignment) {
    return {
      id: a.id,
      name: a.name,
      type: 'Microsoft.Authorization/roleAssignments',
      properties: {
        scope: a.scope,
        roleDefinitionId: a.roleDefinitionId,
        principalId: a.principalId,
        principalType: a.principalType,
      },
    };
  }

  /** Role assignments and the caller's permissions (Microsoft.Authorization). */
  function answerAuthorization(
    res: ServerResponse,
    method: string,
    url: URL,
    callerId: string,
    at: {
      scope: string;
      kind: 'roleassignments' | 'permissions';
      name?: string;
      body: Record<string, unknown> | undefined;
    },
  ): void {
    if (at.kind === 'permissions' && method === 'GET') {
      const value = assignmentsAbove(callerId, at.scope).flatMap((a) => {
        const role = fakeRoleByDefinitionId(a.roleDefinitionId);
        return role
          ? [
              {
                actions: role.actions,
                notActions: role.notActions,
                dataActions: role.dataActions,
                notDataActions: [],
              },
            ]
          : [];
      });
      return send(res, 200, { value });
    }
    if (at.kind !== 'roleassignments') return sendError(res, 405, 'MethodNotAllowed', method);
    if (method === 'GET' && at.name === undefined) {
      // `principalId eq '<id>'`: at, above or below the scope (Role Assignments - List For Scope).
      const filter = url.searchParams.get('$filter') ?? '';
      const principal = /principalId eq '([^']+)'/i.exec(filter)?.[1];
      const scope = at.scope.toLowerCase();
      const value = fake.roleAssignments
        .filter((a) => principal === undefined || a.principalId === principal)
        .filter((a) => {
          const s = a.scope.toLowerCase();
          const above = s === '/' || scope === s || scope.startsWith(`${s}/`);
          const below = s.startsWith(`${scope}/`);
          return above || (principal !== undefined && below);
        })
        .map(assignmentJson);
      return send(res, 200, { value });
    }
    if (method === 'PUT' && at.name !== undefined) {
      const properties = (at.body?.properties ?? {}) as {
        roleDefinitionId?: string;
        principalId?: string;
        principalType?: string;
      };
      if (!properties.roleDefinitionId || !properties.principalId) {
        return sendError(
          res,
          400,
          'InvalidParameter',
          "Required parameter 'properties.roleDefinitionId' or 'properties.principalId' is missing (null).",
        );
      }
      // Granting a role needs Microsoft.Authorization/roleAssignments/write: Owner, User Access
      // Administrator or RBAC Administrator at the scope (Microsoft Learn, "Assign Azure roles").
      if (denyUnless(res, callerId, 'Microsoft.Authorization/roleAssignments/write', at.scope))
        return;
      const role = fakeRoleByDefinitionId(properties.roleDefinitionId);
      if (!role) {
        return sendError(
          res,
          400,
          'RoleDefinitionDoesNotExist',
          `The specified role definition with ID '${properties.roleDefinitionId.split('/').pop()}' does not exist.`,
        );
      }
      // The principal must exist in the directory: 400 PrincipalNotFound otherwise (Microsoft
      // Learn, "Troubleshoot Azure RBAC": also seen right after an identity is created, which
      // principalType ServicePrincipal in the request avoids). The fake's directory: every
      // caller it knows and the service principals of the identities it holds.
      const knownPrincipal =
        properties.principalId === fake.defaultCallerId ||
        fake.roleAssignments.some((a) => a.principalId === properties.principalId) ||
        allResources().some(
          (r) =>
            r.type === 'Microsoft.ManagedIdentity/userAssignedIdentities' &&
            r.properties.principalId === properties.principalId,
        );
      if (!knownPrincipal) {
        return sendError(
          res,
          400,
          'PrincipalNotFound',
          `Principal ${properties.principalId.replace(/-/g, '')} does not exist in the directory 22222222-3333-4444-5555-666666666666. Check that you have the correct principal ID.`,
        );
      }
      const same = fake.roleAssignments.find(
        (a) =>
          a.scope.toLowerCase() === at.scope.toLowerCase() &&
          a.principalId === properties.principalId &&
          fakeRoleByDefinitionId(a.roleDefinitionId)?.guid === role.guid,
      );
      if (same && same.name !== at.name) {
        return sendError(res, 409, 'RoleAssignmentExists', 'The role assignment already exists.');
      }
      const assignment: FakeRoleAssignment = same ?? {
        id: url.pathname,
        name: at.name,
        scope: at.scope,
        roleDefinitionId: properties.roleDefinitionId,
        principalId: properties.principalId,
        principalType: properties.principalType ?? 'ServicePrincipal',
      };
      if (!same) fake.roleAssignments.push(assignment);
      return send(res, same ? 200 : 201, assignmentJson(assignment));
    }
    sendError(res, 405, 'MethodNotAllowed', method);
  }

  /**
   * The Blob data plane of a storage account the fake knows (path-style: `/<account>/...`):
   * Get User Delegation Key and Get Container Properties. A user delegation key needs
   * generateUserDelegationKey at storage-account scope or wider: a role on one container is not
   * enough (Microsoft Learn, "Get User Delegation Key" and "Create a user delegation SAS"), and
   * the refusal is 403 AuthorizationPermissionMismatch.
   */
  function answerBlob(
    res: ServerResponse,
    method: string,
    url: URL,
    callerId: string | undefined,
  ): void {
    const [account, container] = url.pathname.split('/').filter(Boolean);
    const accountResource = allResources().find(
      (r) => r.type === 'Microsoft.Storage/storageAccounts' && r.name === account,
    );
    if (!account || !accountResource) {
      return sendBlobError(res, 404, 'ResourceNotFound', 'The specified resource does not exist.');
    }
    if (callerId === undefined) {
      return sendBlobError(
        res,
        401,
        'NoAuthenticationInformation',
        'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.',
      );
    }
    if (
      method === 'POST' &&
      url.searchParams.get('restype') === 'service' &&
      url.searchParams.get('comp') === 'userdelegationkey'
    ) {
      const action =
        'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action';
      if (!allows(callerId, action, accountResource.id)) {
        return sendBlobError(
          res,
          403,
          'AuthorizationPermissionMismatch',
          'This request is not authorized to perform this operation using this permission.',
        );
      }
      const start = new Date(nowMs()).toISOString().replace(/\.\d+Z$/, 'Z');
      const expiry = new Date(nowMs() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      res.writeHead(200, {
        'content-type': 'application/xml',
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2025-01-05',
      });
      res.end(
        `<?xml version="1.0" encoding="utf-8"?><UserDelegationKey><SignedOid>${callerId}</SignedOid><SignedTid>22222222-3333-4444-5555-666666666666</SignedTid><SignedStart>${start}</SignedStart><SignedExpiry>${expiry}</SignedExpiry><SignedService>b</SignedService><SignedVersion>2025-01-05</SignedVersion><Value>${Buffer.from(randomUUID()).toString('base64')}</Value></UserDelegationKey>`,
      );
      return;
    }
    if (container && url.searchParams.get('restype') === 'container' && method === 'GET') {
      const exists = allResources().some(
        (r) =>
          r.type === 'Microsoft.Storage/storageAccounts/blobServices/containers' &&
          r.name === container &&
          r.id.toLowerCase().startsWith(`${accountResource.id.toLowerCase()}/`),
      );
      if (!exists) {
        return sendBlobError(
          res,
          404,
          'ContainerNotFound',
          'The specified container does not exist.',
        );
      }
      res.writeHead(200, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2025-01-05',
        etag: '"0x1"',
        'last-modified': new Date(nowMs()).toUTCString(),
      });
      res.end();
      return;
    }
    sendBlobError(res, 400, 'UnsupportedInFake', `${method} ${url.pathname}${url.search}`);
  }

  function startRunCommand(g: FakeGroup, resource: FakeResource, vm: string): void {
    const p = resource.properties;
    const params = (p.parameters ?? []) as { name: string; value: string }[];
    const protectedParams = (p.protectedParameters ?? []) as { name: string; value: string }[];
    const command: FakeRunCommand = {
      group: g.name,
      name: resource.name,
      script: String((p.source as { script?: string } | undefined)?.script ?? ''),
      parameters: Object.fromEntries([...params, ...protectedParams].map((x) => [x.name, x.value])),
      protectedNames: protectedParams.map((x) => x.name),
      ...(typeof p.outputBlobUri === 'string' && { outputBlobUri: p.outputBlobUri }),
      ...(typeof p.errorBlobUri === 'string' && { errorBlobUri: p.errorBlobUri }),
      ...(typeof p.timeoutInSeconds === 'number' && { timeoutInSeconds: p.timeoutInSeconds }),
    };
    // Azure never returns protected parameters.
    delete p.protectedParameters;
    p.instanceView = { executionState: 'Running', startTime: new Date().toISOString() };
    fake.onRunCommand(vm, command).then(
      (result) => {
        p.instanceView = {
          executionState: result.exitCode === 0 ? 'Succeeded' : 'Failed',
          exitCode: result.exitCode,
          output: result.output.slice(-4096),
          error: (result.error ?? '').slice(-4096),
          startTime: (p.instanceView as { startTime?: string }).startTime,
          endTime: new Date().toISOString(),
        };
      },
      (error: unknown) => {
        p.instanceView = {
          executionState: 'Failed',
          exitCode: -1,
          executionMessage: error instanceof Error ? error.message : String(error),
        };
      },
    );
  }

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'FakeCrashed', String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.endpoint = endpoint;
  return fake;
}

/** ARM namespaces are case-insensitive; the fake reports them in their usual casing. */
function normalizeNamespace(ns: string): string {
  const known = [
    'Microsoft.Network',
    'Microsoft.Compute',
    'Microsoft.ManagedIdentity',
    'Microsoft.Storage',
    'Microsoft.ContainerRegistry',
    'Microsoft.Authorization',
    'Microsoft.Resources',
  ];
  return known.find((k) => k.toLowerCase() === ns.toLowerCase()) ?? ns;
}

/**
 * The fake's idea of which sizes one datacenter serves together: series letter, CPU vendor (`a`
 * for AMD, `p` for Arm) and generation, e.g. `D-intel-v5` for Standard_D4s_v5 and D4ds_v5,
 * `D-amd-v5` for Standard_D4as_v5, `F-intel-v2` for Standard_F4s_v2.
 */
export function hardwareOf(size: string): string {
  const m = /^Standard_([A-Z]+)\d+(?:-\d+)?([a-z]*)(?:_(v\d+))?$/.exec(size);
  if (!m) return size;
  const [, series, features = '', version = 'v1'] = m;
  const vendor = features.includes('a') ? 'amd' : features.includes('p') ? 'arm' : 'intel';
  return `${series}-${vendor}-${version}`;
}

/** Ids a resource points at inside its subscription (subnets, NICs, NSGs, placement groups). */
function referencedIds(r: FakeResource): string[] {
  const ids: string[] = [];
  const walk = (value: unknown, keyName: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, keyName);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (
      keyName === 'id' &&
      typeof value === 'string' &&
      /\/resourceGroups\//i.test(value) &&
      !/Microsoft\.ManagedIdentity/i.test(value)
    ) {
      ids.push(value);
    }
  };
  walk(r.properties, '');
  return ids;
}
