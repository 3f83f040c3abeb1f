/**
 * Sorts Azure Resource Manager failures into what the fleet does about them: try the next size
 * or region, retry, stop with an actionable message, or treat as gone.
 */

/** What to do about a failed ARM call. */
export type ArmErrorClass =
  /** The size cannot be had here now: try the next size or region. */
  | 'capacity'
  /** 429: wait (Retry-After) and retry. */
  | 'throttled'
  /** 5xx or a dropped connection: retry a bounded number of times. */
  | 'transient'
  /** Missing role assignment or a policy forbids it: fail fast, retrying cannot help. */
  | 'denied'
  /** 404: the thing is not there (success for deletes). */
  | 'not-found'
  /** Anything else: fail. */
  | 'other';

/** The parts of an error we look at. */
export interface ArmErrorFacts {
  /** ARM error code, e.g. `SkuNotAvailable`, when one was found. */
  code?: string;
  /** HTTP status, when known. */
  statusCode?: number;
  /** Message, for logs. */
  message: string;
}

/** Codes meaning "not this size here, now". */
const capacityCodes = new Set([
  'SkuNotAvailable',
  'AllocationFailed',
  'ZonalAllocationFailed',
  'OverconstrainedAllocationRequest',
  'OverconstrainedZonalAllocationRequest',
  'QuotaExceeded',
]);

/** Codes that retrying cannot fix. */
const deniedCodes = new Set([
  'AuthorizationFailed',
  'RequestDisallowedByPolicy',
  'LinkedAuthorizationFailed',
  'InvalidAuthenticationToken',
  'AuthenticationFailed',
  // A subscription that never used a provider: registering it is a set-up step, not a retry.
  'MissingSubscriptionRegistration',
]);

/** Resource providers the runs use, in the order `az provider register` should run. */
export const RUN_PROVIDER_NAMESPACES = [
  'Microsoft.Compute',
  'Microsoft.Network',
  'Microsoft.ManagedIdentity',
  'Microsoft.Storage',
  'Microsoft.ContainerRegistry',
] as const;

/** Reads the code, status and message from an SDK error (RestError or a failed long-running operation). */
export function readArmError(error: unknown): ArmErrorFacts {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const e = error as {
    code?: unknown;
    statusCode?: unknown;
    message?: unknown;
    details?: { error?: { code?: unknown } };
  };
  const message = typeof e.message === 'string' ? e.message : JSON.stringify(error);
  let code = typeof e.code === 'string' ? e.code : undefined;
  const detailCode = e.details?.error?.code;
  if (typeof detailCode === 'string') code = detailCode;
  // Failed long-running operations surface as plain Errors: "The long-running operation has failed. <code>. <message>".
  const lro = /long-running operation has failed\. ([A-Za-z]+)\./.exec(message);
  if (lro?.[1] && (code === undefined || code === 'REQUEST_SEND_ERROR')) code = lro[1];
  const statusCode = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  return {
    ...(code !== undefined && { code }),
    ...(statusCode !== undefined && { statusCode }),
    message,
  };
}

/** Classifies an SDK error. */
export function classifyArmError(error: unknown): ArmErrorClass {
  const { code, statusCode, message } = readArmError(error);
  if (code && deniedCodes.has(code)) return 'denied';
  if (code && capacityCodes.has(code)) return 'capacity';
  if (code === 'OperationNotAllowed' && /quota/i.test(message)) return 'capacity';
  if (statusCode === 401 || statusCode === 403) return 'denied';
  if (statusCode === 404 || code === 'ResourceGroupNotFound' || code === 'ResourceNotFound') {
    return 'not-found';
  }
  if (statusCode === 429) return 'throttled';
  if (statusCode !== undefined && statusCode >= 500) return 'transient';
  if (code === 'REQUEST_SEND_ERROR' || code === 'ECONNRESET' || code === 'ETIMEDOUT')
    return 'transient';
  return 'other';
}

/** The namespace a MissingSubscriptionRegistration names, e.g. `Microsoft.Compute`. */
export function unregisteredNamespace(message: string): string | undefined {
  return /namespace '([^']+)'/.exec(message)?.[1];
}

/** What a LinkedAuthorizationFailed lacks: the action after "does not have permission" and the linked scope. */
export function linkedAuthorizationGap(
  message: string,
): { action: string; scope?: string } | undefined {
  const missing = /does not have permission to perform action '([^']+)'/.exec(message);
  if (!missing?.[1]) return undefined;
  const scope = /on the linked scope\(s\) '([^']+)'/.exec(message)?.[1];
  return { action: missing[1], ...(scope !== undefined && { scope }) };
}

/** A hint naming what is missing, for `denied` errors. */
export function deniedHint(code: string | undefined, message: string): string {
  if (code === 'RequestDisallowedByPolicy') {
    const policy = /policy[^']*'([^']+)'/i.exec(message)?.[1];
    return `An Azure Policy${policy ? ` (${policy})` : ''} forbids this request. Ask the subscription owner for an exemption on the bench resource groups, or change the settings (region, size) to comply; see docs/azure.md.`;
  }
  if (code === 'MissingSubscriptionRegistration') {
    const named = unregisteredNamespace(message);
    const namespaces = named ? [named] : [...RUN_PROVIDER_NAMESPACES];
    return `The subscription has not registered ${namespaces.join(', ')}. Run ${namespaces.map((ns) => `\`az provider register --namespace ${ns}\``).join(', ')} (once per subscription; needs Contributor), or \`bench setup azure\`, which registers every provider the runs use; see docs/azure.md.`;
  }
  if (code === 'LinkedAuthorizationFailed') {
    // The message names the permitted action first; the missing one follows "does not have permission".
    const gap = linkedAuthorizationGap(message);
    if (gap) {
      const role = /userAssignedIdentities\/assign\/action/i.test(gap.action)
        ? 'Managed Identity Operator'
        : 'a role that grants it';
      return `The identity may create the resource but lacks ${gap.action}${gap.scope ? ` on ${gap.scope}` : ''}. Assign ${role} on that scope to the identity the workflow logs in with (bench setup azure does); see docs/azure.md, Roles.`;
    }
  }
  const action = /action '([^']+)'/.exec(message)?.[1];
  const scope = /scope '([^']+)'/.exec(message)?.[1];
  return `The identity lacks a role${action ? ` for ${action}` : ''}${scope ? ` on ${scope}` : ''}. Assign Contributor on the subscription (or on the scope the bench groups are created in) to the app registration the workflow logs in with; see docs/azure.md.`;
}

/**
 * Delay before retrying after a `Retry-After` header value (seconds or HTTP date), or undefined
 * when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
