/**
 * A whole cloud run without Azure: the loopback HTTPS fake of ARM (VMs, run commands), Azurite
 * (Blob), a loopback registry answering ACR's token exchange and manifest lookup (for its one
 * token and the tags pushed to it), and a loopback HTTP server standing in for the product.
 * The fake's run-command hook plays the VMs: readiness succeeds, the runner command starts the
 * real runner (`src/entrypoints/runner.ts`) with the `BENCH_*` parameters it carried (target
 * rewritten to the loopback product), and the samples command uploads sampler lines to the SAS
 * URL it was given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import type { CliDeps, CliIo } from '../../src/cli/program.js';
import { withAzureDefaults, type AzureSettings } from '../../src/core/azure/azure-settings.js';
import { createArmContext, type ArmContext } from '../../src/edges/azure/arm-context.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { createBlobServerSampleStore } from '../../src/edges/azure/blob-server-samples.js';
import { resolveImageDigest } from '../../src/edges/azure/resolve-image-digest.js';
import { startArmFake, type ArmFake, type FakeRunCommand } from '../support/arm-fake/arm-fake.js';
import { testSubscriptionId } from '../support/arm-fake/fake-arm-context.js';
import { seedSharedSetup, type SeededSetup } from '../support/arm-fake/shared-setup.js';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { okServer, type TestServer } from '../support/servers.js';

/** Digest of the images the loopback registry holds (`simImageTags`). */
export const fakeDigest = `sha256:${'d'.repeat(64)}`;

/** Tags of `shop` pushed to the simulation's registry; any other tag is not found. */
export const simImageTags = ['1.0', 'pr-7', 'main'] as const;

/** Tag of a baseline build of `shop` with a digest of its own (`baseDigest`), for A/B runs. */
export const simBaselineTag = 'base';

/** Digest of `shop:base`. */
export const baseDigest = `sha256:${'b'.repeat(64)}`;

/** The Azure token the simulation's credential gives and its registry accepts. */
export const simAadToken = 'x';

/** Ids the tests use (GUIDs that pass validation). */
export const testIds = {
  tenantId: '22222222-3333-4444-5555-666666666666',
  clientId: '33333333-4444-5555-6666-777777777777',
  subscriptionId: testSubscriptionId,
  acrName: 'benchacr',
  storageAccount: 'devstoreaccount1',
  vmIdentityResourceId: `/subscriptions/${testSubscriptionId}/resourceGroups/bench-shared/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm`,
} as const;

/** What the simulated VMs do; tests change it per case. */
export interface VmBehaviour {
  /** Exit code and output of the product readiness check (default healthy). */
  productReady: () => Promise<{ exitCode: number; output: string }>;
  /** Environment changes applied to the runner (after the target rewrite). */
  runnerEnv: (env: Record<string, string>) => Record<string, string>;
  /** Replaces how the runner is run (default: `runRunner`, to its end). */
  runner?: (
    env: Record<string, string>,
  ) => Promise<{ exitCode: number; output: string; error?: string }>;
}

/** A running simulation. */
export interface CloudSim {
  fake: ArmFake;
  /** The shared set-up seeded in the fake (VM identity, registry, the Azurite account). */
  shared: SeededSetup;
  azurite: AzuriteHandle;
  product: TestServer;
  /** The loopback server standing in for the baseline container of a same-VM A/B. */
  baselineProduct: TestServer;
  /**
   * Temporary repository (`.git`, `configs/e2e.yml`, `products/shop/`) with a runner bundle
   * stand-in.
   */
  workDir: string;
  configPath: string;
  bundlePath: string;
  behaviour: VmBehaviour;
  /** Run commands seen, in order. */
  commands: FakeRunCommand[];
  /** Runner exit codes, in order. */
  runnerExits: number[];
  /** Credential stub the fake and the registry accept. */
  credential: TokenCredential;
  /** Settings of a run against this simulation. */
  settings(container: string, overrides?: Partial<AzureSettings>): AzureSettings;
  /** ARM clients against the fake that really wait between polls (the runner runs meanwhile). */
  armContext(log?: (line: string) => void): ArmContext;
  /** Pins an image through the loopback registry with the real `resolveImageDigest`. */
  resolveImage(image: string): Promise<string>;
  /** CLI dependencies wired to the simulation. */
  cliDeps(container: string): CliDeps;
  /** Stops everything. */
  close(): Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** An in-memory CLI io. */
export function memoryIo(cwd: string, signal?: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => void out.push(s) },
    stderr: { write: (s: string) => void err.push(s) },
    cwd,
    ...(signal && { signal }),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Starts the simulation. */
export async function startCloudSim(): Promise<CloudSim> {
  const [fake, azurite, product, registry, baselineProduct] = await Promise.all([
    startArmFake(),
    startAzurite(),
    okServer(),
    startRegistryStandIn({
      service: `${testIds.acrName}.azurecr.io`,
      aadToken: simAadToken,
      images: {
        ...Object.fromEntries(simImageTags.map((tag) => [`shop:${tag}`, fakeDigest])),
        [`shop:${simBaselineTag}`]: baseDigest,
      },
    }),
    okServer(),
  ]);
  // What `bench setup azure` makes once: the preflight of every run checks it.
  const shared = seedSharedSetup(fake, {
    storageAccount: testIds.storageAccount,
    acrName: testIds.acrName,
  });
  const workDir = await mkdtemp(path.join(tmpdir(), 'bench-azure-e2e-'));
  await mkdir(path.join(workDir, 'products', 'shop', 'scenarios'), { recursive: true });
  await mkdir(path.join(workDir, 'configs'), { recursive: true });
  // A product repository's checkout: its configs may use the products/ beside them.
  await mkdir(path.join(workDir, '.git'), { recursive: true });
  await writeFile(path.join(workDir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(
    path.join(workDir, 'products', 'shop', 'product.yml'),
    [
      'name: shop',
      'description: Test product served by a loopback server.',
      'image:',
      '  repository: shop',
      "  tag: '1.0'",
      'port: 3000',
      'env:',
      '  SHOP_SECRET: not-for-blob-or-logs',
      'health:',
      '  path: /health',
      '  timeout: 30s',
      '  interval: 100ms',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(workDir, 'products', 'shop', 'scenarios', 'health.yml'),
    [
      'description: Health endpoint.',
      'method: GET',
      'path: /health',
      'checks:',
      '  status: [200]',
      '',
    ].join('\n'),
  );
  const configPath = path.join(workDir, 'configs', 'e2e.yml');
  await writeFile(
    configPath,
    [
      'version: 1',
      'name: azure-e2e',
      'target:',
      '  product: shop',
      'scenarios: [health]',
      'load:',
      '  model: closed',
      '  levels: [2]',
      '  warmup: 200ms',
      '  duration: 1s',
      '  cooldown: 100ms',
      'cloud:',
      '  provider: azure',
      '  vmSizes: [Standard_D4s_v5]',
      '  regions: [westeurope]',
      '  loadAgents: 1',
      '',
    ].join('\n'),
  );
  const bundlePath = path.join(workDir, 'runner.js');
  await writeFile(
    bundlePath,
    '// stand-in for dist/runner/index.js: the hook runs src/entrypoints/runner.ts\n',
  );

  const commands: FakeRunCommand[] = [];
  const runnerExits: number[] = [];
  const credential: TokenCredential = {
    getToken: () =>
      Promise.resolve({ token: simAadToken, expiresOnTimestamp: Date.now() + 3600e3 }),
  };
  const behaviour: VmBehaviour = {
    productReady: () => Promise.resolve({ exitCode: 0, output: 'product healthy' }),
    runnerEnv: (env) => env,
  };
  let runnerStartedAt = Date.now();

  // Like the run-command handler: what a command prints goes to its append blobs, when given.
  fake.onRunCommand = async (vm, command) => {
    const result = await playCommand(vm, command);
    if (command.outputBlobUri) await appendToBlob(command.outputBlobUri, result.output);
    if (command.errorBlobUri) await appendToBlob(command.errorBlobUri, result.error ?? '');
    return result;
  };
  const playCommand = async (
    vm: string,
    command: FakeRunCommand,
  ): Promise<{ exitCode: number; output: string; error?: string }> => {
    commands.push(command);
    if (command.name === 'bench-product-ready') return behaviour.productReady();
    if (command.name.startsWith('bench-load-ready'))
      return { exitCode: 0, output: 'load VM ready' };
    if (command.name.startsWith('bench-runner-')) {
      runnerStartedAt = Math.min(runnerStartedAt, Date.now());
      const env = Object.fromEntries(
        Object.entries(command.parameters).filter(
          ([name]) => name.startsWith('BENCH_') && name !== 'BENCH_RUNNER_BUNDLE_URL',
        ),
      );
      // The VM reaches the product at its private address; here the product is on loopback.
      env.BENCH_TARGET_URL = product.url;
      // Same-VM A/B: the baseline container's port on the product VM, here its own server.
      if (env.BENCH_BASELINE_URL) env.BENCH_BASELINE_URL = baselineProduct.url;
      const runnerEnv = behaviour.runnerEnv(env);
      const result = await (behaviour.runner ?? runRunner)(runnerEnv);
      runnerExits.push(result.exitCode);
      return result;
    }
    if (command.name === 'bench-samples-upload') {
      const url = command.parameters.BENCH_SAMPLES_URL;
      if (!url) return { exitCode: 2, output: '', error: 'BENCH_SAMPLES_URL missing' };
      const lines: string[] = [];
      // One line every 250 ms from before the runners started until now, like the sampler's file.
      const from = runnerStartedAt - 2_000;
      const to = Date.now() + 1_000;
      for (let t = from, i = 0; t <= to; t += 250, i++) {
        lines.push(
          JSON.stringify({
            tsMs: t,
            cpuJiffies: {
              user: i,
              nice: 0,
              system: i,
              idle: 100 * i,
              iowait: 0,
              irq: 0,
              softirq: 0,
              steal: 0,
            },
            memTotalKb: 16_000_000,
            memAvailableKb: 12_000_000,
            container: { cpuUsec: i * 50_000, memoryBytes: 64_000_000 },
            // The sampler writes the baseline container's counters too (null when there is none).
            baselineContainer: { cpuUsec: i * 30_000, memoryBytes: 48_000_000 },
            tcp: {
              estab: 3,
              timeWait: 0,
              summary: 'TCP: 3 (estab 3, closed 0, orphaned 0, timewait 0)',
            },
          }),
        );
      }
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/x-ndjson' },
        body: `${lines.join('\n')}\n`,
      });
      return response.ok
        ? { exitCode: 0, output: `uploaded ${lines.length} samples` }
        : { exitCode: 22, output: '', error: `upload answered ${response.status}` };
    }
    return { exitCode: 0, output: `nothing to do for ${command.name} on ${vm}` };
  };

  const sim: CloudSim = {
    fake,
    shared,
    azurite,
    product,
    baselineProduct,
    workDir,
    configPath,
    bundlePath,
    behaviour,
    commands,
    runnerExits,
    credential,
    settings: (container, overrides = {}) =>
      withAzureDefaults({
        ...testIds,
        storageContainer: container,
        vmSizes: ['Standard_D4s_v5'],
        regions: ['westeurope'],
        ...overrides,
      }),
    armContext: (log = () => undefined) =>
      createArmContext({
        credential,
        subscriptionId: testSubscriptionId,
        endpoint: fake.endpoint,
        ca: fake.ca,
        log,
        pollIntervalMs: 25,
        maxRetries: 2,
        retryBaseDelayMs: 10,
      }),
    resolveImage: (image) =>
      resolveImageDigest(image, { credential, registryUrl: registry.url, maxAttempts: 1 }),
    cliDeps: (container) => ({
      env: {},
      createCredential: () => credential,
      createArmContext: ({ log }) => sim.armContext(log),
      createBlob: ({ maskSecret }) => ({
        exchange: createRunExchange({
          connectionString: azurite.connectionString,
          container,
          maskSecret,
        }),
        samples: createBlobServerSampleStore({
          connectionString: azurite.connectionString,
          container,
        }),
        probe: { connectionString: azurite.connectionString, container },
      }),
      resolveImage: (image) => sim.resolveImage(image),
      runnerBundlePath: bundlePath,
      runTiming: {
        readySeconds: 30,
        startDelayMs: 300,
        resultsPollMs: 250,
        heartbeatStaleMs: 60_000,
        deleteWaitMs: 10_000,
      },
    }),
    async close() {
      await Promise.all([
        fake.close(),
        azurite.stop(),
        product.close(),
        baselineProduct.close(),
        registry.close(),
      ]);
      await rm(workDir, { recursive: true, force: true });
    },
  };
  return sim;
}

/** Creates an append blob through its SAS URL (create) and appends `text` to it (add). */
async function appendToBlob(url: string, text: string): Promise<void> {
  const created = await fetch(url, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'AppendBlob' },
    body: '',
  });
  if (!created.ok) throw new Error(`append blob create answered ${created.status}`);
  if (text === '') return;
  const appended = await fetch(`${url}&comp=appendblock`, { method: 'PUT', body: text });
  if (!appended.ok) throw new Error(`append block answered ${appended.status}`);
}

/** Starts the real runner entry point with `env`; `done` settles with its exit code and output. */
export function startRunner(env: Record<string, string>): {
  child: ChildProcess;
  done: Promise<{ exitCode: number; output: string; error: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/entrypoints/runner.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let error = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (error += chunk.toString('utf8')));
  const done = new Promise<{ exitCode: number; output: string; error: string }>((resolve) =>
    child.once('exit', (code) => resolve({ exitCode: code ?? 1, output, error })),
  );
  return { child, done };
}

/** Runs the real runner to its end. */
function runRunner(env: Record<string, string>) {
  return startRunner(env).done;
}

/** What the loopback registry holds and which token it takes. */
export interface RegistryStandInOptions {
  /** Registry host the token requests must name as `service` (`<acr>.azurecr.io`). */
  service: string;
  /** The only Azure token the exchange accepts. */
  aadToken: string;
  /** Digest of each `repository:tag` that exists. */
  images: Record<string, string>;
}

/** A running loopback registry. */
export interface RegistryStandIn {
  url: string;
  /** Requests seen, in order, with the status each got. */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/**
 * A loopback registry that behaves like ACR where `resolveImageDigest` relies on it: the token
 * exchange accepts only the given Azure token for its own service and hands out a refresh
 * token; the pull token needs that refresh token and is scoped to one repository; the manifest
 * HEAD needs a pull token for its repository (else 401) and answers 404 for a tag it does not
 * hold.
 */
export async function startRegistryStandIn(opts: RegistryStandInOptions): Promise<RegistryStandIn> {
  const refreshTokens = new Set<string>();
  /** Pull token → the repository it may read. */
  const pullTokens = new Map<string, string>();
  let issued = 0;
  const requests: RegistryStandIn['requests'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const isForm = req.headers['content-type'] === 'application/x-www-form-urlencoded';
      const path = req.url ?? '';
      const answer = (status: number, body?: unknown, headers: http.OutgoingHttpHeaders = {}) => {
        requests.push({ method: req.method ?? '', path, status });
        res.writeHead(status, {
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...headers,
        });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
      if (req.method === 'POST' && path === '/oauth2/exchange') {
        if (
          !isForm ||
          form.get('grant_type') !== 'access_token' ||
          form.get('service') !== opts.service ||
          form.get('access_token') !== opts.aadToken
        ) {
          answer(401, { errors: [{ code: 'UNAUTHORIZED' }] });
          return;
        }
        const refreshToken = `refresh-${++issued}`;
        refreshTokens.add(refreshToken);
        answer(200, { refresh_token: refreshToken });
      } else if (req.method === 'POST' && path === '/oauth2/token') {
        const scope = /^repository:([^:]+):pull$/.exec(form.get('scope') ?? '');
        if (
          !isForm ||
          form.get('grant_type') !== 'refresh_token' ||
          form.get('service') !== opts.service ||
          !refreshTokens.has(form.get('refresh_token') ?? '') ||
          !scope
        ) {
          answer(401, { errors: [{ code: 'UNAUTHORIZED' }] });
          return;
        }
        const accessToken = `pull-${++issued}`;
        pullTokens.set(accessToken, scope[1]!);
        answer(200, { access_token: accessToken });
      } else if (req.method === 'HEAD' && manifest) {
        const [, repository, tag] = manifest;
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        if (bearer === undefined || pullTokens.get(bearer) !== repository) {
          answer(401, undefined, { 'www-authenticate': `Bearer realm="${opts.service}"` });
          return;
        }
        const digest = opts.images[`${repository}:${decodeURIComponent(tag!)}`];
        if (digest === undefined) answer(404);
        else answer(200, undefined, { 'docker-content-digest': digest });
      } else {
        answer(404);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
