/**
 * Reads a stored `result.json` for `bench compare`, validated against the report schema, so a
 * truncated download or a file from another tool is refused with a clear message instead of
 * producing a comparison of garbage.
 */
import { readFile } from 'node:fs/promises';
import { inputError } from '../../core/errors.js';
import { RunReportSchema, type RunReport } from '../../core/report/model.js';

/** Most schema problems named in the error message. */
const MAX_PROBLEMS_SHOWN = 3;

/** Reads and validates a run report; throws an input error (`RESULT_INVALID`) when it is not one. */
export async function readRunReport(file: string, what: string): Promise<RunReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw inputError(
      missing ? 'RESULT_NOT_FOUND' : 'RESULT_UNREADABLE',
      `${what} ${file}: ${missing ? 'no such file' : 'cannot be read'}.`,
      'Give the path of a result.json written by `bench run` (relative paths are from the current directory).',
      error,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw inputError(
      'RESULT_INVALID',
      `${what} ${file}: not JSON (${(error as Error).message}).`,
      'Give a result.json written by `bench run`; a truncated download is the usual cause.',
      error,
    );
  }
  const parsed = RunReportSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS_SHOWN)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length - problems.length;
    throw inputError(
      'RESULT_INVALID',
      `${what} ${file}: not a bench result (${problems.join('; ')}${more > 0 ? `; ${more} more` : ''}).`,
      'Give a result.json written by `bench run` (schemas/result.schema.json describes it).',
    );
  }
  return parsed.data;
}
