/**
 * Resolves an image tag in Azure Container Registry to its digest, so the product VM pulls
 * exactly what the report names (`…@sha256:…`), never whatever a tag points to later. Uses the
 * run's Azure credential through ACR's token exchange; the identity needs AcrPull.
 */
import type { TokenCredential } from '@azure/core-auth';
import { Agent, request, type Dispatcher } from 'undici';
import { parseRetryAfterMs } from '../../core/azure/classify-arm-error.js';
import {
  acrTokenAudience,
  formatPinnedImage,
  parseImageReference,
} from '../../core/azure/image-reference.js';
import { BenchError, inputError } from '../../core/errors.js';

/** Options of `resolveImageDigest`. */
export interface ResolveImageDigestOptions {
  /** Azure credential with AcrPull on the registry. */
  credential: TokenCredential;
  /** Tenant of the credential (sent to the token exchange). */
  tenantId?: string;
  /** Base URL instead of `https://<registry>` (a loopback fake in tests). */
  registryUrl?: string;
  /** Extra CA (PEM) to trust (tests). */
  ca?: string;
  /** Attempts per request on 429/5xx (default 4). */
  maxAttempts?: number;
  /** Waits between attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** One line per retry. */
  log?: (line: string) => void;
}

/** Manifest media types we accept (multi-arch lists first, so the digest names the whole image). */
const manifestTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Returns `image` pinned by digest (unchanged when it already carries one). */
export async function resolveImageDigest(
  image: string,
  opts: ResolveImageDigestOptions,
): Promise<string> {
  const ref = parseImageReference(image);
  if (!ref) {
    throw inputError(
      'IMAGE_REFERENCE_INVALID',
      `Image ${JSON.stringify(image)} is not a fully qualified reference.`,
      'Write it as <registry>.azurecr.io/<repository>:<tag> or …@sha256:<digest>, in lower case (tags may hold letters, digits, _ . -).',
    );
  }
  if (ref.digest) return image;
  const tag = ref.tag ?? 'latest';
  const base = opts.registryUrl ?? `https://${ref.registry}`;
  const service = ref.registry;
  const dispatcher: Dispatcher | undefined = opts.ca
    ? new Agent({ connect: { ca: opts.ca } })
    : undefined;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = opts.log ?? (() => undefined);
  const maxAttempts = opts.maxAttempts ?? 4;

  /** One HTTP request, retried on 429/5xx with Retry-After or 1 s doubling. */
  async function send(
    method: 'GET' | 'POST' | 'HEAD',
    path: string,
    headers: Record<string, string>,
    body?: string,
  ) {
    for (let attempt = 1; ; attempt++) {
      const response = await request(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined && { body }),
        ...(dispatcher && { dispatcher }),
      });
      const retriable = response.statusCode === 429 || response.statusCode >= 500;
      if (!retriable || attempt >= maxAttempts) return response;
      await response.body.dump();
      const header = response.headers['retry-after'];
      const delayMs =
        parseRetryAfterMs(Array.isArray(header) ? header[0] : header, Date.now()) ??
        1000 * 2 ** (attempt - 1);
      log(
        `ACR ${method} ${path} answered ${response.statusCode}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${maxAttempts})`,
      );
      await sleep(delayMs);
    }
  }

  const unauthorized = (step: string, status: number) =>
    new BenchError(
      'AZURE_ACR_UNAUTHORIZED',
      `ACR ${ref.registry} refused the ${step} (HTTP ${status}).`,
      `Assign AcrPull on the registry to the identity the workflow logs in with (it reads the manifest to pin the digest); see docs/azure.md.`,
    );
  const form = (values: Record<string, string>) => new URLSearchParams(values).toString();
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

  try {
    // The registry's own audience: accepted even when the registry refuses ARM-audience tokens.
    const aad = await opts.credential.getToken(`${acrTokenAudience}/.default`);
    if (!aad) throw unauthorized('Azure token', 401);
    const exchange = await send(
      'POST',
      '/oauth2/exchange',
      formHeaders,
      form({
        grant_type: 'access_token',
        service,
        access_token: aad.token,
        ...(opts.tenantId && { tenant: opts.tenantId }),
      }),
    );
    if (exchange.statusCode !== 200) throw unauthorized('token exchange', exchange.statusCode);
    const { refresh_token: refreshToken } = (await exchange.body.json()) as {
      refresh_token?: string;
    };
    const token = await send(
      'POST',
      '/oauth2/token',
      formHeaders,
      form({
        grant_type: 'refresh_token',
        service,
        scope: `repository:${ref.repository}:pull`,
        refresh_token: refreshToken ?? '',
      }),
    );
    if (token.statusCode !== 200) throw unauthorized('pull token', token.statusCode);
    const { access_token: accessToken } = (await token.body.json()) as { access_token?: string };
    const manifest = await send(
      'HEAD',
      `/v2/${ref.repository}/manifests/${encodeURIComponent(tag)}`,
      {
        authorization: `Bearer ${accessToken ?? ''}`,
        accept: manifestTypes,
      },
    );
    await manifest.body.dump();
    if (manifest.statusCode === 404) {
      throw inputError(
        'IMAGE_NOT_FOUND',
        `Image ${ref.registry}/${ref.repository}:${tag} does not exist.`,
        'Check the tag (was the image pushed before the benchmark started?).',
      );
    }
    if (manifest.statusCode === 401 || manifest.statusCode === 403) {
      throw unauthorized('manifest read', manifest.statusCode);
    }
    const digest = manifest.headers['docker-content-digest'];
    const value = Array.isArray(digest) ? digest[0] : digest;
    if (manifest.statusCode !== 200 || !value || !/^sha256:[a-f0-9]{64}$/.test(value)) {
      throw new BenchError(
        'AZURE_ACR_NO_DIGEST',
        `ACR ${ref.registry} answered HTTP ${manifest.statusCode} without a digest for ${ref.repository}:${tag}.`,
        'Retry the run; if it repeats, check the registry in the portal.',
      );
    }
    return formatPinnedImage({ ...ref, tag }, value);
  } finally {
    await dispatcher?.close();
  }
}
