/**
 * The cloud simulation's registry stand-in behaves like ACR where image pinning relies on it, so
 * the end-to-end tests cannot pass with a wrong token or a tag that was never pushed.
 */
import type { TokenCredential } from '@azure/core-auth';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BenchError } from '../../src/core/errors.js';
import { resolveImageDigest } from '../../src/edges/azure/resolve-image-digest.js';
import { fakeDigest, startRegistryStandIn, type RegistryStandIn } from './cloud-sim.js';

const service = 'benchacr.azurecr.io';
let registry: RegistryStandIn;

beforeEach(async () => {
  registry = await startRegistryStandIn({
    service,
    aadToken: 'good-token',
    images: { 'shop:1.0': fakeDigest },
  });
});
afterEach(async () => {
  await registry.close();
});

function credential(token: string): TokenCredential {
  return { getToken: () => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3600e3 }) };
}

function resolve(image: string, token = 'good-token') {
  return resolveImageDigest(image, {
    credential: credential(token),
    registryUrl: registry.url,
    maxAttempts: 1,
  });
}

describe('the registry stand-in', () => {
  it('pins a tag it holds for the token it accepts', async () => {
    expect(await resolve(`${service}/shop:1.0`)).toBe(`${service}/shop:1.0@${fakeDigest}`);
    expect(registry.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/oauth2/exchange', 200],
      ['POST', '/oauth2/token', 200],
      ['HEAD', '/v2/shop/manifests/1.0', 200],
    ]);
  });

  it('answers 404 for a tag that was never pushed, which the pipeline reports as IMAGE_NOT_FOUND', async () => {
    const error = (await resolve(`${service}/shop:2.0`).catch((e: unknown) => e)) as BenchError;
    expect(error.code).toBe('IMAGE_NOT_FOUND');
    expect(registry.requests.at(-1)).toMatchObject({ method: 'HEAD', status: 404 });
  });

  it('refuses an Azure token it did not issue the exchange for', async () => {
    const error = (await resolve(`${service}/shop:1.0`, 'other-token').catch(
      (e: unknown) => e,
    )) as BenchError;
    expect(error.code).toBe('AZURE_ACR_UNAUTHORIZED');
    expect(registry.requests).toEqual([{ method: 'POST', path: '/oauth2/exchange', status: 401 }]);
  });

  it('refuses a token exchange for another registry', async () => {
    const error = (await resolve('otheracr.azurecr.io/shop:1.0').catch(
      (e: unknown) => e,
    )) as BenchError;
    expect(error.code).toBe('AZURE_ACR_UNAUTHORIZED');
  });

  it('reads a manifest only with a pull token for its repository', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const exchange = await request(`${registry.url}/oauth2/exchange`, {
      method: 'POST',
      headers: form,
      body: new URLSearchParams({
        grant_type: 'access_token',
        service,
        access_token: 'good-token',
      }).toString(),
    });
    const { refresh_token } = (await exchange.body.json()) as { refresh_token: string };
    const token = await request(`${registry.url}/oauth2/token`, {
      method: 'POST',
      headers: form,
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        service,
        scope: 'repository:other:pull',
        refresh_token,
      }).toString(),
    });
    const { access_token } = (await token.body.json()) as { access_token: string };
    const head = (authorization?: string) =>
      request(`${registry.url}/v2/shop/manifests/1.0`, {
        method: 'HEAD',
        headers: authorization ? { authorization } : {},
      }).then(async (r) => (await r.body.dump(), r.statusCode));
    expect(await head(`Bearer ${access_token}`)).toBe(401);
    expect(await head()).toBe(401);
    expect(await head('Bearer made-up')).toBe(401);
  });
});
