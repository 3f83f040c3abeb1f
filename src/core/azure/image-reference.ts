/**
 * Container image references, split into their parts. The product VM pulls by digest only, so
 * a tag given in the config is resolved to a digest before provisioning.
 */

/**
 * Audience of the Entra token exchanged at a registry's `/oauth2/exchange`: the registry's own,
 * which ACR accepts even when "authentication as ARM" is turned off for the registry (then
 * ARM-audience tokens are refused).
 */
export const acrTokenAudience = 'https://containerregistry.azure.net';

/** Parts of `registry/repository[:tag][@digest]`. */
export interface ImageReference {
  /** Registry host (with port, if any), e.g. `myacr.azurecr.io`. */
  registry: string;
  /** Repository path inside the registry, e.g. `reframe` or `team/reframe`. */
  repository: string;
  /** Tag, when given. */
  tag?: string;
  /** `sha256:<hex>`, when given. */
  digest?: string;
}

const referencePattern =
  /^([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?)\/([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** Splits a fully qualified reference; undefined when it is not one (no registry host, bad characters). */
export function parseImageReference(reference: string): ImageReference | undefined {
  const m = referencePattern.exec(reference);
  if (!m?.[1] || !m[2]) return undefined;
  // Without a dot or port the first part is a Docker Hub namespace, not a registry.
  if (!m[1].includes('.') && !m[1].includes(':') && m[1] !== 'localhost') return undefined;
  return {
    registry: m[1],
    repository: m[2],
    ...(m[3] !== undefined && { tag: m[3] }),
    ...(m[4] !== undefined && { digest: m[4] }),
  };
}

/** `registry/repository[:tag]@digest`. */
export function formatPinnedImage(ref: ImageReference, digest: string): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`;
}
