import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AnonymousCredential,
  BlobClient,
  BlobServiceClient,
  BlockBlobClient,
  ContainerClient,
} from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlan } from '../../src/core/remote/plan-codec.js';
import { planForLoadAgent } from '../../src/core/remote/run-exchange.js';
import { encodeRunnerResult } from '../../src/core/remote/runner-result-codec.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { blobUrlInFolder } from '../../src/edges/azure/blob-runner.js';
import type { AzuriteHandle } from '../support/azurite.js';
import { startAzurite } from '../support/azurite.js';
import { makeMeasurement, makePlan } from './fixtures.js';

let azurite: AzuriteHandle;
let workDir: string;
let bundlePath: string;
let containerCount = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  workDir = await mkdtemp(join(tmpdir(), 'bench-exchange-'));
  bundlePath = join(workDir, 'index.js');
  await writeFile(bundlePath, 'console.log("runner");\n');
});

afterAll(async () => {
  await azurite?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function newContainer(): string {
  containerCount += 1;
  return `runs-${containerCount}-${Date.now().toString(36)}`;
}

/** Client options that do not retry, so refused requests fail at once. */
const noRetry = { retryOptions: { maxTries: 1 } };
const anonymous = new AnonymousCredential();

/** HTTP status of a promise that should fail, or 'ok'. */
async function statusOf(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { statusCode?: number }).statusCode ?? -1;
  }
}

describe('run exchange', () => {
  it('hands out a plan URL that reads the plan back and cannot write it', async () => {
    const container = newContainer();
    const exchange = createRunExchange({ connectionString: azurite.connectionString, container });
    const plan = makePlan();

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'acme-repo/42-1',
      plan,
      runnerBundlePath: bundlePath,
    });

    const planClient = new BlockBlobClient(urls.planUrl, anonymous, noRetry);
    expect(decodePlan((await planClient.downloadToBuffer()).toString('utf8'))).toEqual(
      planForLoadAgent(plan),
    );
    expect(await statusOf(planClient.upload('{}', 2))).toBe(403);
    expect(await statusOf(planClient.delete())).toBe(403);
    const bundle = await new BlobClient(urls.bundleUrl, anonymous, noRetry).downloadToBuffer();
    expect(bundle.toString('utf8')).toBe('console.log("runner");\n');
    expect(urls.bundleUrl).toContain('/acme-repo/42-1/inputs/runner.mjs?');
  });

  it('hands out a results URL that can write but cannot read, list or delete', async () => {
    const container = newContainer();
    const exchange = createRunExchange({ connectionString: azurite.connectionString, container });
    const urls = await exchange.uploadRunnerInputs({
      prefix: 'acme-repo/43-1',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });

    const target = new BlockBlobClient(
      blobUrlInFolder(urls.resultsUrl, 'agent-0/probe.txt'),
      anonymous,
      noRetry,
    );
    expect(await statusOf(target.upload('hello', 5))).toBe('ok');
    expect(await statusOf(target.upload('again', 5))).toBe('ok');
    expect(await statusOf(target.download())).toBe(403);
    expect(await statusOf(target.delete())).toBe(403);
    const sas = new URL(urls.resultsUrl).search;
    const listing = new ContainerClient(
      `${azurite.blobEndpoint}/${container}${sas}`,
      anonymous,
      noRetry,
    );
    expect(await statusOf(listing.listBlobsFlat().next())).toBe(403);
    // The plan is readable only through its own URL, not with the results SAS.
    const planWithResultsSas = new BlobClient(
      `${azurite.blobEndpoint}/${container}/acme-repo/43-1/inputs/plan.json${sas}`,
      anonymous,
      noRetry,
    );
    expect(await statusOf(planWithResultsSas.download())).toBe(403);
  });

  it('refuses SAS URLs after they expire', async () => {
    const container = newContainer();
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const exchange = createRunExchange({
      connectionString: azurite.connectionString,
      container,
      now: () => twoHoursAgo,
    });

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'acme-repo/44-1',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
      validForMs: 3_600_000,
    });

    expect(new Date(urls.expiresOn).getTime()).toBeLessThan(Date.now());
    expect(await statusOf(new BlobClient(urls.planUrl, anonymous, noRetry).download())).toBe(403);
    const write = new BlockBlobClient(
      blobUrlInFolder(urls.resultsUrl, 'agent-0/x.txt'),
      anonymous,
      noRetry,
    );
    expect(await statusOf(write.upload('x', 1))).toBe(403);
  });

  it('starts SAS validity before now and ends it after the run plus the margin', async () => {
    const container = newContainer();
    const issuedAt = new Date('2026-11-29T04:00:00.000Z');
    const exchange = createRunExchange({
      connectionString: azurite.connectionString,
      container,
      now: () => issuedAt,
      provisioningMarginMs: 60_000,
    });

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'p',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });

    const params = new URL(urls.resultsUrl).searchParams;
    expect(params.get('sp')).toBe('cw');
    expect(params.get('sr')).toBe('c');
    expect(params.get('st')).toBe('2026-11-29T03:55:00Z');
    // 26 s of levels plus one minute of margin.
    expect(params.get('se')).toBe('2026-11-29T04:01:26Z');
    expect(new URL(urls.planUrl).searchParams.get('sp')).toBe('r');
    expect(new URL(urls.planUrl).searchParams.get('sr')).toBe('b');
  });

  it('passes every SAS to the mask before returning it', async () => {
    const masked: string[] = [];
    const exchange = createRunExchange({
      connectionString: azurite.connectionString,
      container: newContainer(),
      maskSecret: (v) => masked.push(v),
    });

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'p',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });

    for (const url of [urls.planUrl, urls.bundleUrl, urls.resultsUrl]) {
      expect(masked).toContain(url);
      expect(masked).toContain(new URL(url).search.slice(1));
    }
  });

  it('says where the bundle is missing and how to build it', async () => {
    const exchange = createRunExchange({
      connectionString: azurite.connectionString,
      container: newContainer(),
    });

    await expect(
      exchange.uploadRunnerInputs({
        prefix: 'p',
        plan: makePlan(),
        runnerBundlePath: join(workDir, 'nope.js'),
      }),
    ).rejects.toMatchObject({
      code: 'RUNNER_BUNDLE_MISSING',
      hint: expect.stringContaining('npm run bundle') as unknown,
    });
  });

  it('reports a corrupt level file by name instead of returning partial data', async () => {
    const container = newContainer();
    const exchange = createRunExchange({ connectionString: azurite.connectionString, container });
    const urls = await exchange.uploadRunnerInputs({
      prefix: 'run',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });
    const good = encodeRunnerResult({
      resultFormat: 1,
      agentIndex: 0,
      agentCount: 1,
      levelIndex: 0,
      measurement: await makeMeasurement('mt103', 8),
    });
    const put = (name: string, text: string) =>
      new BlockBlobClient(blobUrlInFolder(urls.resultsUrl, name), anonymous, noRetry).upload(
        text,
        text.length,
      );
    await put('agent-0/levels/0000-mt103-8.json', good);
    await put('agent-0/levels/0001-mt103-32.json', good.slice(0, 40));

    await expect(exchange.readRunnerResults('run')).rejects.toMatchObject({
      code: 'RUNNER_RESULT_INVALID',
      message: expect.stringContaining(
        'run/results/agent-0/levels/0001-mt103-32.json is not JSON',
      ) as unknown,
    });
  });

  it('lists agents that wrote nothing as not started', async () => {
    const container = newContainer();
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    await service.getContainerClient(container).create();
    const exchange = createRunExchange({ connectionString: azurite.connectionString, container });

    const results = await exchange.readRunnerResults('run', { agentCount: 2 });

    expect(results.status).toBe('not-started');
    expect(results.agents.map((a) => [a.agentIndex, a.status])).toEqual([
      [0, undefined],
      [1, undefined],
    ]);
    expect(results.measurements).toEqual([]);
  });

  it('leaves the product environment and resolved config out of the plan a load VM gets', async () => {
    const exchange = createRunExchange({
      connectionString: azurite.connectionString,
      container: newContainer(),
    });
    const plan = makePlan();
    plan.target = {
      kind: 'image',
      image: 'acr.io/reframe:1',
      port: 3000,
      env: { DB_PASSWORD: 'hunter2', RUST_LOG: 'error' },
      health: { path: '/health', timeoutMs: 1000, intervalMs: 100 },
    };
    plan.resolvedConfig = { product: { env: { DB_PASSWORD: 'hunter2' } } };

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'p',
      plan,
      runnerBundlePath: bundlePath,
    });

    const text = (
      await new BlobClient(urls.planUrl, anonymous, noRetry).downloadToBuffer()
    ).toString('utf8');
    expect(text).not.toContain('hunter2');
    expect(decodePlan(text)).toMatchObject({ target: { kind: 'image', env: {} }, load: plan.load });
  });

  it('deletes the inputs and results of one run and nothing else', async () => {
    const container = newContainer();
    const exchange = createRunExchange({ connectionString: azurite.connectionString, container });
    const mine = await exchange.uploadRunnerInputs({
      prefix: 'run-1',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });
    await exchange.uploadRunnerInputs({
      prefix: 'run-10',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
    });
    await new BlockBlobClient(
      blobUrlInFolder(mine.resultsUrl, 'agent-0/status.json'),
      anonymous,
      noRetry,
    ).upload('{}', 2);

    expect(await exchange.deleteRunFiles('run-1/')).toBe(3);

    const left: string[] = [];
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    for await (const blob of service.getContainerClient(container).listBlobsFlat())
      left.push(blob.name);
    expect(left.sort()).toEqual(['run-10/inputs/plan.json', 'run-10/inputs/runner.mjs']);
    await expect(exchange.deleteRunFiles('/')).rejects.toMatchObject({ code: 'RUN_PREFIX_EMPTY' });
  });
});
