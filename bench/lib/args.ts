/** Command-line parsing shared by the harness scripts. */

/** Milliseconds in '500ms', '10s', '2m' or a bare number of seconds; throws otherwise. */
export function parseDurationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: ${text} (use 500ms, 10s or 2m)`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000;
}

/** A positive number; throws with the option's name otherwise. */
export function parsePositive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} ${text}: expected a positive number`);
  return value;
}

/** A comma-separated list restricted to `allowed`; throws on an unknown item. */
export function parseList<T extends string>(
  name: string,
  text: string,
  allowed: readonly T[],
): T[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (unknown.length > 0 || items.length === 0) {
    throw new Error(`${name} ${text}: expected a list of ${allowed.join(', ')}`);
  }
  return items as T[];
}

/** UTC timestamp for file names, e.g. 20261129T041700Z. */
export function fileTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
