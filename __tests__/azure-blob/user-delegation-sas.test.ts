/**
 * The action signs SAS URLs with a user delegation key obtained through its OIDC token
 * credential (no account key). Azurite supports that over HTTPS with its basic OAuth mode.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import { AnonymousCredential, BlobClient, BlockBlobClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlan } from '../../src/core/remote/plan-codec.js';
import { planForLoadAgent } from '../../src/core/remote/run-exchange.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import { blobUrlInFolder } from '../../src/edges/azure/blob-runner.js';
import { createTestCertificate } from '../support/arm-fake/test-certificate.js';
import type { AzuriteHandle } from '../support/azurite.js';
import { startAzurite } from '../support/azurite.js';
import { makePlan } from './fixtures.js';

let azurite: AzuriteHandle;
let workDir: string;
let bundlePath: string;

// Without keep-alive the SDK's HTTP client uses Node's global HTTPS agent, which is told to
// trust the test certificate below (there is no TLS option in the storage pipeline options).
const clientOptions = { keepAliveOptions: { enable: false }, retryOptions: { maxTries: 1 } };
const anonymous = new AnonymousCredential();

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'bench-udk-'));
  const { cert, key } = createTestCertificate();
  const certPath = join(workDir, 'cert.pem');
  const keyPath = join(workDir, 'key.pem');
  await writeFile(certPath, cert);
  await writeFile(keyPath, key);
  https.globalAgent.options.ca = cert;
  bundlePath = join(workDir, 'index.js');
  await writeFile(bundlePath, '// runner\n');
  azurite = await startAzurite({ tls: { certPath, keyPath }, oauth: true });
});

afterAll(async () => {
  await azurite?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A token shaped like one from Microsoft Entra ID; Azurite checks claims, not the signature. */
function fakeEntraToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const nowS = Math.floor(Date.now() / 1000);
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({
      aud: 'https://storage.azure.com',
      iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
      oid: '11111111-2222-3333-4444-555555555555',
      tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      nbf: nowS - 60,
      iat: nowS - 60,
      exp: nowS + 3600,
    }),
    'c2lnbmF0dXJl',
  ].join('.');
}

const tokenCredential: TokenCredential = {
  getToken: () =>
    Promise.resolve({ token: fakeEntraToken(), expiresOnTimestamp: Date.now() + 3_600_000 }),
};

async function statusOf(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { statusCode?: number }).statusCode ?? -1;
  }
}

describe('SAS signed with a user delegation key', () => {
  it('gives a load VM the same least-privilege URLs without any account key', async () => {
    const exchange = createRunExchange({
      accountUrl: azurite.blobEndpoint,
      credential: tokenCredential,
      clientOptions,
      container: 'udk-runs',
      // Azurite 3.35 signs user delegation SAS in the 2025-11-05 format; newer SDKs use a newer one.
      sasVersion: '2025-11-05',
    });
    const plan = makePlan();

    const urls = await exchange.uploadRunnerInputs({
      prefix: 'run',
      plan,
      runnerBundlePath: bundlePath,
    });

    const planParams = new URL(urls.planUrl).searchParams;
    expect(planParams.get('skoid')).toBe('11111111-2222-3333-4444-555555555555');
    expect(planParams.get('spr')).toBe('https');
    const planClient = new BlockBlobClient(urls.planUrl, anonymous, clientOptions);
    expect(decodePlan((await planClient.downloadToBuffer()).toString('utf8'))).toEqual(
      planForLoadAgent(plan),
    );
    expect(await statusOf(planClient.upload('{}', 2))).toBe(403);
    const result = new BlockBlobClient(
      blobUrlInFolder(urls.resultsUrl, 'agent-0/status.json'),
      anonymous,
      clientOptions,
    );
    expect(await statusOf(result.upload('{}', 2))).toBe('ok');
    expect(await statusOf(result.download())).toBe(403);
    expect(
      await statusOf(new BlobClient(urls.bundleUrl, anonymous, clientOptions).download()),
    ).toBe('ok');
  });
});
