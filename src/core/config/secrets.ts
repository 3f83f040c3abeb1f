/**
 * Which values of a plan are secrets, and how they are hidden wherever a report or a log is
 * written. The plan keeps the real values (the engine sends them, the target process gets
 * them); everything shown to people goes through here first:
 *
 * - URL userinfo (`http://user:secret@host`), always;
 * - header values of `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`,
 *   `X-Api-Key` and any header whose name contains `token`, `secret`, `key` or `password`;
 * - every environment value of a target, unless the config marks it public
 *   (`RUST_LOG: { value: error, public: true }`) or it is only the `{{port}}` placeholder;
 * - command arguments of the form `--password=…` and query parameters such as `?api_key=…`
 *   (names as for headers).
 *
 * Structured places (a header map, an env map) are always redacted; free text (notes, error
 * messages) has known secret values of at least `MIN_SCRUBBED_CHARS` characters replaced, as
 * shorter ones would blank out common words and numbers.
 */
import type { BenchPlan, TargetPlan } from './plan.js';

/** What a hidden value is replaced with (GitHub masks secrets the same way). */
export const REDACTED = '***';

/** Shortest secret value replaced in free text. */
export const MIN_SCRUBBED_CHARS = 4;

/** Header names whose values are always secret. */
export const SECRET_HEADER_NAMES = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
] as const;

const SECRET_NAME = /token|secret|key|password|passwd|credential/i;
const SECRET_HEADER_TEXT = /authorization|cookie|token|secret|key|password|passwd|credential/i;

/** The env value that stands for the port a `port: auto` target was given: never secret. */
export const PORT_PLACEHOLDER = '{{port}}';

/** Whether a header's value is a secret, by its name. */
export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return (SECRET_HEADER_NAMES as readonly string[]).includes(lower) || SECRET_NAME.test(lower);
}

// scheme://userinfo@ — the userinfo ends at the first `/`, `?`, `#` or white space.
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** `url` with its userinfo (user and password) replaced: `http://***@host:8080/path`. */
export function redactUrl(url: string): string {
  return redactUrlsInText(url);
}

/** Every URL userinfo in `text` replaced (messages that quote a URL). */
export function redactUrlsInText(text: string): string {
  return text.replace(USERINFO, `$1${REDACTED}@`);
}

/** Headers with secret values replaced, names kept. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : value]),
  );
}

/** A request path with the values of secret-named query parameters replaced: `/x?token=***`. */
export function redactPath(path: string): string {
  return path.replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep: string, name: string) =>
    SECRET_NAME.test(safeDecode(name)) ? `${sep}${name}=${REDACTED}` : whole,
  );
}

function querySecrets(path: string): string[] {
  const found: string[] = [];
  for (const match of path.matchAll(/[?&]([^=&#]+)=([^&#]+)/g)) {
    if (!SECRET_NAME.test(safeDecode(match[1] ?? ''))) continue;
    const value = match[2] ?? '';
    found.push(value, safeDecode(value));
  }
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An env map with every value replaced except those named in `publicNames` (or `{{port}}`). */
export function redactEnv(
  env: Record<string, string>,
  publicNames: readonly string[] = [],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      isPublicEnvValue(name, value, publicNames) ? value : REDACTED,
    ]),
  );
}

/** Command arguments with `--secret-name=value` values and URL userinfo replaced. */
export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((arg) => {
    const match = /^(-{0,2}[A-Za-z0-9_.-]+)=(.*)$/s.exec(arg);
    if (match?.[1] !== undefined && SECRET_NAME.test(match[1])) return `${match[1]}=${REDACTED}`;
    return redactUrlsInText(arg);
  });
}

/** A target as reports show it: URL userinfo, env values and secret arguments hidden. */
export function redactTarget<T extends TargetPlan>(target: T): T {
  switch (target.kind) {
    case 'url':
      return { ...target, baseUrl: redactUrl(target.baseUrl) };
    case 'command':
      return {
        ...target,
        argv: redactArgv(target.argv),
        env: redactEnv(target.env, target.publicEnv),
        baseUrl: redactUrl(target.baseUrl),
      };
    case 'image':
      return { ...target, env: redactEnv(target.env, target.publicEnv) };
  }
}

/**
 * Every secret value of a plan, longest first and without repeats: the userinfo of target
 * URLs (whole, and user and password apart, decoded too), secret header values, non-public
 * env values and secret command arguments. For `core.setSecret` in the action (so the runner
 * masks them in every log line) and for `redactText`.
 */
export function secretValuesOf(plan: BenchPlan): string[] {
  const values = new Set<string>();
  const targets = plan.baseline ? [plan.target, plan.baseline] : [plan.target];
  for (const target of targets) {
    for (const value of targetSecrets(target)) values.add(value);
  }
  for (const scenario of plan.scenarios) {
    for (const value of querySecrets(scenario.path)) values.add(value);
    for (const [name, value] of Object.entries(scenario.headers)) {
      if (!isSecretHeader(name)) continue;
      values.add(value);
      // `Bearer abc`: the credential alone is a secret too, wherever it is quoted.
      const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
      if (credential !== undefined) values.add(credential);
    }
  }
  values.delete('');
  return [...values].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The secret values of one target (URL userinfo, non-public env values, secret arguments). */
export function secretValuesOfTarget(target: TargetPlan): string[] {
  return [...new Set(targetSecrets(target))]
    .filter((v) => v !== '')
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function targetSecrets(target: TargetPlan): string[] {
  const found: string[] = [];
  if (target.kind !== 'image') found.push(...userinfoSecrets(target.baseUrl));
  if (target.kind !== 'url') {
    for (const [name, value] of Object.entries(target.env)) {
      if (!isPublicEnvValue(name, value, target.publicEnv ?? [])) found.push(value);
    }
  }
  if (target.kind === 'command') {
    for (const arg of target.argv) {
      const match = /^(-{0,2}[A-Za-z0-9_.-]+)=(.*)$/s.exec(arg);
      if (match?.[1] !== undefined && match[2] && SECRET_NAME.test(match[1])) found.push(match[2]);
      found.push(...userinfoSecrets(arg));
    }
  }
  return found;
}

function userinfoSecrets(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#@]+)@/gi)) {
    const userinfo = match[1] ?? '';
    found.push(userinfo);
    for (const part of userinfo.split(':')) found.push(part, safeDecode(part));
  }
  return found;
}

/** `text` with URL userinfo and every known secret value (long enough to be told apart) hidden. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = redactUrlsInText(text);
  for (const secret of secrets) {
    if (secret.length < MIN_SCRUBBED_CHARS) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Whether an env value may be shown: named public, or only the port placeholder. */
export function isPublicEnvValue(
  name: string,
  value: string,
  publicNames: readonly string[],
): boolean {
  return publicNames.includes(name) || value.trim() === PORT_PLACEHOLDER;
}

/**
 * The value a config problem may quote at `path` (a key path of the file): none for an env
 * value or a secret header, the URL without userinfo for anything else. A typo in a secret must
 * not put the secret into the problem list.
 */
export function quotableValue(
  path: ReadonlyArray<string | number>,
  value: string,
): string | undefined {
  if (path.includes('env')) return undefined;
  const headersAt = path.lastIndexOf('headers');
  if (headersAt >= 0) {
    const name = path[headersAt + 1];
    if (typeof name !== 'string' || isSecretHeader(name)) return undefined;
  }
  // A whole mapping quoted at a parent key may hold an env map or a secret header.
  const collection = /^[[{]/.test(value) || /:\s/.test(value);
  if (collection && (/\benv\b/i.test(value) || SECRET_HEADER_TEXT.test(value))) return undefined;
  return redactUrlsInText(value);
}
