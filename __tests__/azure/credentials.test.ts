import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { azureOidcAudience, createAzureCredential } from '../../src/edges/azure/credentials.js';
import { createTestCertificate } from '../support/arm-fake/test-certificate.js';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '0b9a3d44-5a5e-4c57-9c4f-2f1f0d6c1e11';

let oidc: HttpServer;
let entra: HttpsServer;
let oidcUrl = '';
let entraUrl = '';
const oidcRequests: { url: string; authorization: string | undefined }[] = [];
const tokenRequests: URLSearchParams[] = [];
const savedEnv = { ...process.env };

/** Reads a request body. */
async function body(req: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of req) text += (chunk as Buffer).toString();
  return text;
}

beforeEach(async () => {
  oidcRequests.length = 0;
  tokenRequests.length = 0;
  let issued = 0;
  // Stands in for GitHub's ACTIONS_ID_TOKEN_REQUEST_URL: a new token per request.
  oidc = createHttpServer((req, res) => {
    oidcRequests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    issued += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: `github-oidc-token-${issued}` }));
  });
  await new Promise<void>((resolve) => oidc.listen(0, '127.0.0.1', resolve));
  oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}`;

  // Stands in for Microsoft Entra: OpenID metadata and a token endpoint.
  const { key, cert } = createTestCertificate();
  entra = createHttpsServer({ key, cert }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', entraUrl);
      res.setHeader('content-type', 'application/json');
      if (url.pathname.endsWith('/.well-known/openid-configuration')) {
        res.end(
          JSON.stringify({
            token_endpoint: `${entraUrl}/${tenantId}/oauth2/v2.0/token`,
            authorization_endpoint: `${entraUrl}/${tenantId}/oauth2/v2.0/authorize`,
            issuer: `${entraUrl}/${tenantId}/v2.0`,
            end_session_endpoint: `${entraUrl}/${tenantId}/oauth2/v2.0/logout`,
            jwks_uri: `${entraUrl}/${tenantId}/discovery/v2.0/keys`,
            response_types_supported: ['code', 'id_token'],
          }),
        );
        return;
      }
      if (url.pathname.endsWith('/oauth2/v2.0/token') && req.method === 'POST') {
        const form = new URLSearchParams(await body(req));
        tokenRequests.push(form);
        // Shorter than MSAL's refresh margin: every getToken goes back to the endpoint.
        res.end(
          JSON.stringify({
            token_type: 'Bearer',
            expires_in: 60,
            ext_expires_in: 60,
            access_token: `arm-token-${tokenRequests.length}`,
          }),
        );
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: 'not_found' }));
    })();
  });
  await new Promise<void>((resolve) => entra.listen(0, '127.0.0.1', resolve));
  entraUrl = `https://127.0.0.1:${(entra.address() as AddressInfo).port}`;

  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${oidcUrl}/idtoken?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runtime-request-token';
});

afterEach(async () => {
  process.env = { ...savedEnv };
  oidc.closeAllConnections();
  entra.closeAllConnections();
  await new Promise<void>((resolve) => oidc.close(() => resolve()));
  await new Promise<void>((resolve) => entra.close(() => resolve()));
});

describe('createAzureCredential', () => {
  it('fetches a fresh GitHub OIDC token for every Azure token request', async () => {
    const credential = createAzureCredential({
      tenantId,
      clientId,
      getIdToken: () => core.getIDToken(azureOidcAudience),
      authorityHost: entraUrl,
      disableInstanceDiscovery: true,
      ca: createTestCertificate().cert,
    });

    const first = await credential.getToken('https://management.azure.com/.default');
    const second = await credential.getToken('https://management.azure.com/.default');

    expect(first?.token).toBe('arm-token-1');
    expect(second?.token).toBe('arm-token-2');
    // MSAL may ask for the assertion more than once per token; what matters is that no
    // assertion is ever reused, so a long run cannot outlive it.
    expect(oidcRequests.length).toBeGreaterThanOrEqual(2);
    for (const request of oidcRequests) {
      expect(new URL(request.url, oidcUrl).searchParams.get('audience')).toBe(
        'api://AzureADTokenExchange',
      );
      expect(request.authorization).toBe('Bearer runtime-request-token');
    }
    const assertions = tokenRequests.map((form) => form.get('client_assertion') ?? '');
    expect(assertions).toHaveLength(2);
    expect(assertions.every((a) => /^github-oidc-token-\d+$/.test(a))).toBe(true);
    expect(new Set(assertions).size).toBe(2);
    for (const form of tokenRequests) {
      expect(form.get('client_assertion_type')).toBe(
        'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      );
      expect(form.get('client_id')).toBe(clientId);
      expect(form.get('client_secret')).toBeNull();
    }
  });

  it('refuses ids that are not GUIDs with a hint on where to find them', () => {
    expect(() =>
      createAzureCredential({
        tenantId: 'contoso',
        clientId,
        getIdToken: () => Promise.resolve('t'),
      }),
    ).toThrow(expect.objectContaining({ code: 'AZURE_IDENTITY_INVALID' }) as Error);
  });
});
