/**
 * A loopback HTTPS fake of the Azure Resource Manager endpoints bench-action uses, driven by the
 * real `@azure/arm-*` clients. It keeps an inventory per resource group (so tests can assert
 * nothing is left), answers long-running operations with `Azure-AsyncOperation` (PUT) and
 * `Location` (DELETE) polling, and injects faults on request: throttling, server errors,
 * capacity errors per size or region, authorization failures, run commands that fail or never
 * finish, deletions that fail while they are polled, and requests held open until a test
 * releases them.
 *
 * Like ARM, it refuses what a real request could not get away with: a request without an
 * `api-version` query parameter or without the credential's bearer token, a resource group or
 * resource without a location, and bodies missing the properties the code relies on (the VM's
 * size and network interfaces, a NIC's subnet, a run command's script).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  /** Other top-level fields of the PUT body (sku, identity, zones). */
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

interface Operation {
  /** `location` answers 202 while running, `async` answers a status body. */
  kind: 'location' | 'async';
  /** Status URL. */
  url: string;
  pollsLeft: number;
  failure?: { code: string; message: string; status?: number };
  finish: () => void;
  done: boolean;
}

interface PendingHold {
  method: string;
  path: RegExp;
  arrive: (record: FakeRequestRecord) => void;
  gate: Promise<void>;
}

/** The access token the fake accepts unless told otherwise (the test credentials hand it out). */
export const ARM_FAKE_TOKEN = 'x';

/** Options of `startArmFake`. */
export interface ArmFakeOptions {
  /** Status polls a long-running operation stays in progress before it ends (default 1). */
  lroPolls?: number;
  /** Bearer tokens accepted in `Authorization` (default `[ARM_FAKE_TOKEN]`). */
  tokens?: string[];
}

/** How a group deletion ends when `failDeletion` was called for it. */
export interface FakeDeletionFailure {
  /** Status of the failed operation's final poll (default 409). */
  status?: number;
  /** ARM error code. */
  code: string;
  /** ARM error message. */
  message: string;
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
  /** Called when a run command is created; its promise settles the command (never settling = never finishes). */
  onRunCommand: (vm: string, command: FakeRunCommand) => Promise<FakeRunCommandResult>;
  /** Answers the next matching request(s) with an error. */
  injectFault(fault: FakeFault): void;
  /** Holds the next matching request open until `release`. */
  hold(method: string, path: RegExp): FakeHold;
  /** `type/name` of every resource in a group (sorted), or undefined when the group does not exist. */
  inventory(group: string): string[] | undefined;
  /** Names of all groups (sorted). */
  groupNames(): string[];
  /** Seeds a group directly (for janitor tests). */
  seedGroup(name: string, location: string, tags: Record<string, string>): void;
  /**
   * Makes the next deletion of `group` fail once it is accepted: the DELETE answers 202 as
   * usual, and the operation's final poll answers `failure`; the group and its resources stay.
   */
  failDeletion(group: string, failure: FakeDeletionFailure): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Reads a request body as JSON (undefined when empty). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
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
): void {
  send(res, status, { error: { code, message } }, headers);
}

const groupPath = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)$/i;
const groupListPath = /^\/subscriptions\/([^/]+)\/resourcegroups$/i;
const resourcePath =
  /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/providers\/([^/]+)\/((?:[^/]+\/[^/]+)(?:\/[^/]+\/[^/]+)*)$/i;
const operationPath = /^\/fake-operations\/([^/]+)$/;

/** Starts the fake on 127.0.0.1:0. */
export async function startArmFake(options: ArmFakeOptions = {}): Promise<ArmFake> {
  const { key, cert } = createTestCertificate();
  const lroPolls = options.lroPolls ?? 1;
  const tokens = options.tokens ?? [ARM_FAKE_TOKEN];
  const deletionFailures = new Map<string, FakeDeletionFailure>();
  const groups = new Map<string, FakeGroup>();
  const requests: FakeRequestRecord[] = [];
  const faults: (FakeFault & { left: number })[] = [];
  const holds: PendingHold[] = [];
  const operations = new Map<string, Operation>();
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
    onRunCommand: () => Promise.resolve({ exitCode: 0, output: '' }),
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
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
      return [...groups.values()].map((g) => g.name).sort();
    },
    failDeletion(group, failure) {
      deletionFailures.set(group.toLowerCase(), failure);
    },
    seedGroup(name, location, tags) {
      groups.set(name.toLowerCase(), {
        name,
        location,
        tags,
        provisioningState: 'Succeeded',
        resources: new Map(),
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of the SDK clients would hold close() for seconds.
        server.closeAllConnections();
      }),
  };

  /** Starts a long-running operation; `finish` runs when its last poll is answered. */
  function startOperation(
    kind: Operation['kind'],
    finish: () => void,
    failure?: Operation['failure'],
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
        if (nic.properties?.deleteOption === 'Delete') g.resources.delete(nic.id.toLowerCase());
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
  }

  function findResource(id: string): { g: FakeGroup; r: FakeResource } | undefined {
    const m = resourcePath.exec(id);
    const g = m?.[2] ? groups.get(m[2].toLowerCase()) : undefined;
    const r = g?.resources.get(id.toLowerCase());
    return g && r ? { g, r } : undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', endpoint);
    const method = req.method ?? 'GET';
    const body = await readJson(req);
    const record: FakeRequestRecord = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(body !== undefined && { body }),
    };
    requests.push(record);

    // ARM authenticates every request, status polls included, by the bearer token of the
    // credential, and answers 401 without it (Microsoft Learn, "Azure REST API reference",
    // components of a request: the Authorization header is required).
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!auth) {
      return sendError(
        res,
        401,
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
      );
    }
    if (!tokens.includes(auth[1]!)) {
      return sendError(res, 401, 'InvalidAuthenticationToken', 'The access token is invalid.');
    }
    // Every ARM request names its API version (MicrosoftDocs/feedback#2279,
    // Azure/azure-sdk-for-go#22571 quote the answer); the format is YYYY-MM-DD[-preview]
    // (Azure/azure-openapi-validator#297).
    const apiVersion = url.searchParams.get('api-version');
    if (apiVersion === null || apiVersion === '') {
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

    const op = operationPath.exec(url.pathname);
    if (op) return answerOperation(res, op[1]!);

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
    if (gm) return answerGroup(res, method, gm[1]!, gm[2]!, body as Record<string, unknown>);

    const rm = resourcePath.exec(url.pathname);
    if (rm) {
      return answerResource(res, method, url, {
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
      op.finish();
    }
    if (op.kind === 'location') {
      // A failed operation's final poll is an ARM error answer (Asynchronous API reference,
      // azure-resource-manager-rpc: "If the operation failed, the response will be formatted as
      // per the Error Response Content").
      if (op.failure) {
        return sendError(res, op.failure.status ?? 500, op.failure.code, op.failure.message);
      }
      return send(res, 200);
    }
    if (op.failure) return send(res, 200, { status: 'Failed', error: op.failure });
    return send(res, 200, { status: 'Succeeded' });
  }

  function answerGroup(
    res: ServerResponse,
    method: string,
    sub: string,
    name: string,
    body: Record<string, unknown> | undefined,
  ): void {
    const key = name.toLowerCase();
    const existing = groups.get(key);
    if (method === 'PUT') {
      if (typeof body?.location !== 'string' || body.location === '') return locationRequired(res);
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
        location: typeof body?.location === 'string' ? body.location : '',
        tags: {},
        provisioningState: 'Succeeded',
        resources: new Map(),
      };
      g.tags = (body?.tags as Record<string, string> | undefined) ?? {};
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
      existing.provisioningState = 'Deleting';
      const failure = deletionFailures.get(key);
      deletionFailures.delete(key);
      const location = failure
        ? startOperation(
            'location',
            () => {
              existing.provisioningState = 'Succeeded';
            },
            { status: failure.status ?? 409, code: failure.code, message: failure.message },
          )
        : startOperation('location', () => groups.delete(key));
      return send(res, 202, undefined, { location, 'retry-after': '0' });
    }
    sendError(res, 405, 'MethodNotAllowed', method);
  }

  function answerResource(
    res: ServerResponse,
    method: string,
    url: URL,
    at: {
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
      const location = startOperation('location', () => deleteResource(g, existing));
      return send(res, 202, undefined, { location, 'retry-after': '0' });
    }
    if (method !== 'PUT') return sendError(res, 405, 'MethodNotAllowed', method);

    const body = at.body ?? {};
    const { location, tags, properties, ...extra } = body as {
      location?: string;
      tags?: Record<string, string>;
      properties?: Record<string, unknown>;
    } & Record<string, unknown>;
    for (const k of ['id', 'name', 'type', 'etag']) delete extra[k];
    if (typeof location !== 'string' || location === '') return locationRequired(res);
    const invalid = missingProperty(type, properties ?? {});
    if (invalid) {
      return sendError(
        res,
        400,
        'InvalidParameter',
        `Required parameter '${invalid}' is missing (null).`,
      );
    }
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
    const missing = referencedIds(resource).find(
      (ref) => !findResource(ref.split('/subnets/')[0]!),
    );
    if (missing)
      return sendError(
        res,
        400,
        'InvalidResourceReference',
        `Resource ${missing} referenced by resource ${id} was not found.`,
      );

    let failure: Operation['failure'];
    if (type === 'Microsoft.Compute/virtualMachines') {
      const size = String(
        (resource.properties.hardwareProfile as { vmSize?: string } | undefined)?.vmSize,
      );
      if (capacity.unavailableSizes.has(size)) {
        return sendError(
          res,
          409,
          'SkuNotAvailable',
          `The requested VM size for resource 'Following SKUs have failed for Capacity Restrictions: ${size}' is currently not available in location '${location}'.`,
        );
      }
      if (capacity.quotaExceededSizes.has(size)) {
        return sendError(
          res,
          409,
          'OperationNotAllowed',
          `Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota. Location: ${location}.`,
        );
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
    g.resources.set(id.toLowerCase(), resource);
    const asyncOperation = startOperation(
      'async',
      () => {
        resource.properties.provisioningState = failure ? 'Failed' : 'Succeeded';
      },
      failure,
    );
    return send(res, existing ? 200 : 201, resourceJson(resource), {
      'azure-asyncoperation': asyncOperation,
      'retry-after': '0',
    });
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

/**
 * A PUT without a location: ARM refuses resource groups and tracked resources (VMs, networks,
 * run commands) without one (Microsoft Learn, "Troubleshoot common Azure deployment errors",
 * LocationRequired).
 */
function locationRequired(res: ServerResponse): void {
  sendError(res, 400, 'LocationRequired', 'The location property is required for this definition.');
}

/**
 * The first property a resource body lacks of those the code relies on and Azure needs to
 * create it: a VM's size and network interfaces, a NIC's subnet, a run command's script
 * (the Compute resource provider answers InvalidParameter "Required parameter '…' is missing").
 */
function missingProperty(type: string, p: Record<string, unknown>): string | undefined {
  const get = (path: string): unknown =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], p);
  if (type === 'Microsoft.Compute/virtualMachines') {
    if (typeof get('hardwareProfile.vmSize') !== 'string') return 'hardwareProfile.vmSize';
    const nics = get('networkProfile.networkInterfaces');
    if (!Array.isArray(nics) || nics.length === 0) return 'networkProfile.networkInterfaces';
  }
  if (type === 'Microsoft.Network/networkInterfaces') {
    const configs = get('ipConfigurations');
    if (!Array.isArray(configs) || configs.length === 0) return 'ipConfigurations';
    for (const c of configs as { properties?: { subnet?: { id?: unknown } } }[]) {
      if (typeof c.properties?.subnet?.id !== 'string') return 'ipConfigurations.subnet.id';
    }
  }
  if (type === 'Microsoft.Compute/virtualMachines/runCommands') {
    const script = get('source.script');
    if (typeof script !== 'string' || script === '') return 'source.script';
  }
  return undefined;
}

/** ARM namespaces are case-insensitive; the fake reports them in their usual casing. */
function normalizeNamespace(ns: string): string {
  const known = ['Microsoft.Network', 'Microsoft.Compute', 'Microsoft.ManagedIdentity'];
  return known.find((k) => k.toLowerCase() === ns.toLowerCase()) ?? ns;
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
