/**
 * Azure identity of a run. In GitHub Actions: a federated credential (no secret stored
 * anywhere) whose assertion is a GitHub OIDC token fetched afresh on every token request, so the
 * post step still authenticates after a long run (a cached assertion expires after 5-10
 * minutes, AADSTS700024). Elsewhere: `DefaultAzureCredential` (Azure CLI login, environment,
 * managed identity).
 */
import type { TokenCredential } from '@azure/core-auth';
import { ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
import { inputError } from '../../core/errors.js';
import { checkSafeValue } from '../../core/azure/shell-safety.js';

/** Audience GitHub's OIDC token must carry for Microsoft Entra workload identity federation. */
export const azureOidcAudience = 'api://AzureADTokenExchange';

/** Options of `createAzureCredential`. */
export interface AzureCredentialOptions {
  /** Entra tenant id (GUID). */
  tenantId: string;
  /** Client id (GUID) of the app registration or user-assigned identity with the federated credential. */
  clientId: string;
  /** Fetches a GitHub OIDC token for `azureOidcAudience`; in the action `() => core.getIDToken(azureOidcAudience)`. Absent outside Actions. */
  getIdToken?: () => Promise<string>;
  /** Entra endpoint; for sovereign clouds, or a loopback fake in tests. */
  authorityHost?: string;
  /** Skip the instance discovery request (needed for an authority Azure does not know). */
  disableInstanceDiscovery?: boolean;
  /** Extra CA (PEM) to trust for `authorityHost` (tests). */
  ca?: string;
}

/** The credential for ARM and Blob calls. */
export function createAzureCredential(opts: AzureCredentialOptions): TokenCredential {
  const common = {
    ...(opts.authorityHost !== undefined && { authorityHost: opts.authorityHost }),
    ...(opts.disableInstanceDiscovery !== undefined && {
      disableInstanceDiscovery: opts.disableInstanceDiscovery,
    }),
    ...(opts.ca !== undefined && { tlsOptions: { ca: opts.ca } }),
  };
  if (!opts.getIdToken) {
    return new DefaultAzureCredential({
      ...common,
      ...(opts.tenantId && { tenantId: opts.tenantId }),
    });
  }
  for (const [field, value] of [
    ['tenant-id', opts.tenantId],
    ['client-id', opts.clientId],
  ] as const) {
    if (checkSafeValue('guid', field, value)) {
      throw inputError(
        'AZURE_IDENTITY_INVALID',
        `Azure ${field} must be a GUID, got ${JSON.stringify(value)}.`,
        `Set ${field} to the Directory (tenant) id and the Application (client) id of the app registration trusted for GitHub OIDC; see docs/azure.md.`,
      );
    }
  }
  const getIdToken = opts.getIdToken;
  // A fresh GitHub token per request: MSAL calls this for every token it fetches.
  return new ClientAssertionCredential(opts.tenantId, opts.clientId, () => getIdToken(), common);
}
