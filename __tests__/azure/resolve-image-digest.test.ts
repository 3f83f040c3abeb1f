import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/core/azure/image-reference.js';
import type { BenchError } from '../../src/core/errors.js';
import { resolveImageDigest } from '../../src/edges/azure/resolve-image-digest.js';
import { createTestCertificate } from '../support/arm-fake/test-certificate.js';

const digest = `sha256:${'c'.repeat(64)}`;
const scopesAsked: (string | string[])[] = [];
const credential = {
  getToken: (scopes: string | string[]) => {
    scopesAsked.push(scopes);
    return Promise.resolve({ token: 'aad-token', expiresOnTimestamp: Date.now() + 3600e3 });
  },
};

interface Seen {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let registry = '';
let seen: Seen[] = [];
/** Status answered by the next requests to a path, before normal behaviour. */
let faults: { path: string; status: number; headers?: Record<string, string> }[] = [];

beforeEach(async () => {
  seen = [];
  faults = [];
  const { key, cert } = createTestCertificate();
  // A loopback stand-in for ACR's token exchange and manifest endpoints.
  server = createServer({ key, cert }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      seen.push({ method: req.method ?? '', path, headers: req.headers, body });
      const fault = faults.findIndex((f) => path.startsWith(f.path));
      if (fault >= 0) {
        const [f] = faults.splice(fault, 1);
        res.writeHead(f!.status, f!.headers ?? {});
        res.end();
        return;
      }
      res.setHeader('content-type', 'application/json');
      if (path === '/oauth2/exchange')
        return res.end(JSON.stringify({ refresh_token: 'acr-refresh' }));
      if (path === '/oauth2/token') return res.end(JSON.stringify({ access_token: 'acr-access' }));
      if (
        path === '/v2/reframe/manifests/3.1.0' &&
        req.headers.authorization === 'Bearer acr-access'
      ) {
        res.writeHead(200, { 'docker-content-digest': digest });
        return res.end();
      }
      res.writeHead(path.startsWith('/v2/') ? 404 : 400);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const ca = () => createTestCertificate().cert;

describe('resolveImageDigest', () => {
  it('exchanges the Azure token for a pull token and pins the tag to its digest', async () => {
    const pinned = await resolveImageDigest(`${registry}/reframe:3.1.0`, {
      credential,
      ca: ca(),
      tenantId: 't',
    });

    expect(pinned).toBe(`${registry}/reframe:3.1.0@${digest}`);
    const exchange = new URLSearchParams(seen[0]!.body);
    expect(Object.fromEntries(exchange)).toEqual({
      grant_type: 'access_token',
      service: registry,
      access_token: 'aad-token',
      tenant: 't',
    });
    const token = new URLSearchParams(seen[1]!.body);
    expect(token.get('scope')).toBe('repository:reframe:pull');
    expect(token.get('refresh_token')).toBe('acr-refresh');
    expect(seen[2]).toMatchObject({ method: 'HEAD', path: '/v2/reframe/manifests/3.1.0' });
    expect(String(seen[2]!.headers.accept)).toContain('application/vnd.oci.image.index.v1+json');
  });

  it('asks for an Entra token of the registry audience, which works when the registry refuses ARM tokens', async () => {
    scopesAsked.length = 0;
    await resolveImageDigest(`${registry}/reframe:3.1.0`, { credential, ca: ca() });
    expect(scopesAsked).toEqual(['https://containerregistry.azure.net/.default']);
  });

  it('leaves an image that already has a digest alone, without asking the registry', async () => {
    const image = `${registry}/reframe:3.1.0@${digest}`;
    expect(await resolveImageDigest(image, { credential, ca: ca() })).toBe(image);
    expect(seen).toEqual([]);
  });

  it('retries a throttled registry after its Retry-After', async () => {
    faults.push({ path: '/oauth2/token', status: 429, headers: { 'retry-after': '2' } });
    const sleeps: number[] = [];
    const pinned = await resolveImageDigest(`${registry}/reframe:3.1.0`, {
      credential,
      ca: ca(),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    expect(pinned).toContain(digest);
    expect(sleeps).toEqual([2_000]);
  });

  it.each([
    ['a tag that does not exist', 'reframe:9.9.9', undefined, 'IMAGE_NOT_FOUND'],
    [
      'a refused token exchange',
      'reframe:3.1.0',
      { path: '/oauth2/exchange', status: 401 },
      'AZURE_ACR_UNAUTHORIZED',
    ],
    [
      'a refused manifest read',
      'reframe:3.1.0',
      { path: '/v2/', status: 403 },
      'AZURE_ACR_UNAUTHORIZED',
    ],
  ])('fails clearly on %s', async (_label, image, fault, code) => {
    if (fault) faults.push(fault);
    const error = await resolveImageDigest(`${registry}/${image}`, { credential, ca: ca() }).catch(
      (e: unknown) => e,
    );
    expect((error as BenchError).code).toBe(code);
  });
});

describe('parseImageReference', () => {
  it.each([
    [
      'myacr.azurecr.io/reframe:3.1.0',
      { registry: 'myacr.azurecr.io', repository: 'reframe', tag: '3.1.0' },
    ],
    ['myacr.azurecr.io/team/reframe', { registry: 'myacr.azurecr.io', repository: 'team/reframe' }],
    [
      `myacr.azurecr.io/reframe@${digest}`,
      { registry: 'myacr.azurecr.io', repository: 'reframe', digest },
    ],
    ['127.0.0.1:5000/reframe:1', { registry: '127.0.0.1:5000', repository: 'reframe', tag: '1' }],
    ['reframe:3.1.0', undefined],
    ['library/reframe:3.1.0', undefined],
    ['myacr.azurecr.io/Reframe:1', undefined],
    ['myacr.azurecr.io/reframe:1;reboot', undefined],
  ])('%s', (reference, expected) => {
    expect(parseImageReference(reference)).toEqual(expected);
  });
});
