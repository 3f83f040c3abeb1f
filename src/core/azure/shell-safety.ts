/**
 * Every value that reaches a script on a VM is either checked against a strict pattern here or
 * carried as data (base64 file, run-command parameter), never spliced into shell text unchecked.
 * The patterns are deliberately narrower than what Azure or Docker accept: no character with a
 * meaning to a shell (`$`, backtick, quotes, `;`, `|`, `&`, spaces, newlines) can pass.
 */
import { valueRules, type ValueKind } from '../config/value-rules.js';
import { inputError } from '../errors.js';

/** Kinds of value with a pattern (the rules live in `core/config/value-rules.ts`). */
export type SafeValueKind = ValueKind;

/** The pattern of each kind, from the value rules. */
export const safePatterns: Record<SafeValueKind, RegExp> = Object.fromEntries(
  Object.entries(valueRules).map(([kind, rule]) => [kind, rule.pattern]),
) as Record<SafeValueKind, RegExp>;

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
  return {
    field,
    shown: JSON.stringify(value) ?? String(value),
    expected: valueRules[kind].expected,
  };
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
  return (
    Object.entries(env)
      // Stryker disable next-line EqualityOperator: equivalent, the names are unique keys, never equal
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => `${name}=${value}\n`)
      .join('')
  );
}

/**
 * Single-quotes a value for a POSIX shell. Used only for values that already passed a pattern,
 * as a second wall: even a pattern mistake cannot open a command substitution.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
