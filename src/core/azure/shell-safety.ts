/**
 * Every value that reaches a script on a VM is either checked against a strict pattern here or
 * carried as data (base64 file, run-command parameter), never spliced into shell text unchecked.
 * The patterns are deliberately narrower than what Azure or Docker accept: no character with a
 * meaning to a shell (`$`, backtick, quotes, `;`, `|`, `&`, spaces, newlines) can pass.
 */
import { inputError } from '../errors.js';

/** Kinds of value with a pattern. */
export type SafeValueKind =
  | 'guid'
  | 'imageByDigest'
  | 'image'
  | 'acrName'
  | 'storageAccount'
  | 'storageContainer'
  | 'vmSize'
  | 'region'
  | 'envName'
  | 'urlPath'
  | 'identityResourceId'
  | 'resourceGroupName';

const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const host =
  '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?';
const repository = `(?:${host}/)?${component}(?:/${component})*`;
const tag = ':[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const digest = '@sha256:[a-f0-9]{64}';

/** The pattern of each kind; anchored, no multi-line mode, so a newline never matches. */
export const safePatterns: Record<SafeValueKind, RegExp> = {
  guid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  imageByDigest: new RegExp(`^${repository}(?:${tag})?${digest}$`),
  image: new RegExp(`^${repository}(?:(?:${tag})?${digest}|${tag})$`),
  acrName: /^[a-zA-Z0-9]{5,50}$/,
  storageAccount: /^[a-z0-9]{3,24}$/,
  storageContainer: /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
  vmSize: /^Standard_[A-Za-z0-9_]{1,60}$/,
  region: /^[a-z][a-z0-9]{1,39}$/,
  envName: /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
  urlPath: /^\/(?:[A-Za-z0-9._~!*+,=:@%-]+\/?)*$/,
  identityResourceId:
    /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[A-Za-z0-9._()-]{1,90}\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[A-Za-z0-9_-]{3,128}$/,
  resourceGroupName: /^[A-Za-z0-9._()-]{1,89}[A-Za-z0-9_()-]$/,
};

/** What each kind must look like, for error messages. */
const expectations: Record<SafeValueKind, string> = {
  guid: 'a GUID like 00000000-0000-0000-0000-000000000000',
  imageByDigest: 'an image reference pinned by digest: registry/name[:tag]@sha256:<64 hex>',
  image: 'an image reference with a tag or digest: registry/name:tag',
  acrName: '5-50 letters or digits (the registry name without .azurecr.io)',
  storageAccount: '3-24 lower-case letters or digits',
  storageContainer: '3-63 lower-case letters, digits and single hyphens',
  vmSize: 'an Azure VM size like Standard_D4s_v5',
  region: 'an Azure region name like westeurope',
  envName: 'letters, digits and underscores, not starting with a digit',
  urlPath: 'a URL path starting with / without spaces, quotes or shell characters',
  identityResourceId:
    'a user-assigned identity resource id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>',
  resourceGroupName: 'letters, digits, . _ ( ) - up to 90 characters, not ending in .',
};

/** One value that failed its check. */
export interface UnsafeValue {
  /** Which input it came from, e.g. `env.RUST_LOG` or `vmSizes[1]`. */
  field: string;
  /** The value, shown JSON-quoted so control characters are visible (env values are not shown). */
  shown: string;
  /** What was expected. */
  expected: string;
}

/** Checks one value; returns the problem or undefined. */
export function checkSafeValue(
  kind: SafeValueKind,
  field: string,
  value: unknown,
): UnsafeValue | undefined {
  if (typeof value === 'string' && safePatterns[kind].test(value)) return undefined;
  return { field, shown: JSON.stringify(value) ?? String(value), expected: expectations[kind] };
}

/** Checks a TCP port number. */
export function checkPort(field: string, value: unknown): UnsafeValue | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535) {
    return undefined;
  }
  return { field, shown: JSON.stringify(value) ?? String(value), expected: 'an integer 1-65535' };
}

/** Checks a positive finite number (a load level, a count). */
export function checkPositiveNumber(field: string, value: unknown): UnsafeValue | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return undefined;
  return { field, shown: JSON.stringify(value) ?? String(value), expected: 'a positive number' };
}

/**
 * Checks a product environment. Names follow `envName`; values may hold anything a Docker
 * `--env-file` line can carry literally (no shell reads them), which excludes line breaks and NUL.
 */
export function checkEnvironment(env: Record<string, string>): UnsafeValue[] {
  const problems: UnsafeValue[] = [];
  for (const [name, value] of Object.entries(env)) {
    const nameProblem = checkSafeValue('envName', `env name ${JSON.stringify(name)}`, name);
    if (nameProblem) problems.push(nameProblem);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      problems.push({
        field: `env.${name}`,
        shown: '(value hidden)',
        expected: 'a single line without NUL characters',
      });
    }
  }
  return problems;
}

/** Throws one `AZURE_UNSAFE_VALUE` input error listing every problem, or returns. */
export function assertNoUnsafeValues(problems: readonly (UnsafeValue | undefined)[]): void {
  const found = problems.filter((p): p is UnsafeValue => p !== undefined);
  if (found.length === 0) return;
  const lines = found.map((p) => `${p.field}: got ${p.shown}, expected ${p.expected}`);
  throw inputError(
    'AZURE_UNSAFE_VALUE',
    `Refusing values that would reach a VM script:\n  ${lines.join('\n  ')}`,
    'Fix these settings; values that reach a VM must match the expected form exactly.',
  );
}

/** Base64 of UTF-8 text, for files written by cloud-init and decoded on the VM. */
export function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/**
 * Docker `--env-file` content. Docker reads each line literally (no quotes, no expansion), so a
 * value like `$(reboot)` stays text. Callers check values with `checkEnvironment` first.
 */
export function renderEnvFile(env: Record<string, string>): string {
  return Object.entries(env)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');
}

/**
 * Single-quotes a value for a POSIX shell. Used only for values that already passed a pattern,
 * as a second wall: even a pattern mistake cannot open a command substitution.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
