/**
 * JSON text of a results file → validated data, or a `COMMAND_RESULT_INVALID` error that names
 * the file and the fields at fault. Every ingestion format parses through here, so a broken file
 * reads the same whichever tool wrote it.
 */
import type { z } from 'zod';
import { targetError } from '../errors.js';

/** Most schema problems named in one error message. */
const MAX_PROBLEMS_SHOWN = 3;

/** A field path as written in docs and hints: `mean.confidence_interval.lower_bound`, `times[3]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** Parses and validates `text` (the contents of `file`); `hint` says what the file should be. */
export function parseResultJson<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  hint: string,
): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw targetError(
      'COMMAND_RESULT_INVALID',
      `${file}: not JSON (${(error as Error).message}).`,
      `${hint} A file cut short (the command was killed, the disk filled up) is the usual cause.`,
      error,
    );
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const problems = issues
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((issue) => `field ${formatFieldPath(issue.path)}: ${issue.message}`);
  const more = issues.length - problems.length;
  throw targetError(
    'COMMAND_RESULT_INVALID',
    `${file}: ${problems.join('; ')}${more > 0 ? `; ${more} more` : ''}.`,
    hint,
  );
}
