/**
 * Reads the results a benchmark command left behind, whichever format they are in: a criterion
 * folder, DataFlow's `benchmark_results.json`, or a file in the generic shape. The one place that
 * maps a format to its reader, so the pipeline and any front end read results the same way.
 */
import { readFile } from 'node:fs/promises';
import type { CommandResult, CommandResultFormat } from '../../core/ingest/command-result.js';
import { parseDataflowResults } from '../../core/ingest/parse-dataflow-results.js';
import { parseGenericResult } from '../../core/ingest/parse-generic-result.js';
import { targetError } from '../../core/errors.js';
import { readCriterionDir } from './read-criterion-dir.js';

/** Where a command's results are and how to read them. */
export interface CommandResultSource {
  /** The format the command writes. */
  format: CommandResultFormat;
  /** The criterion folder (`target/criterion`), or the results file. */
  path: string;
  /** DataFlow only: the version to read; default the newest entries'. */
  version?: string;
}

async function readResultFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw targetError('COMMAND_RESULT_NOT_FOUND', `${path}: no such file.`, undefined, error);
    }
    throw targetError(
      'COMMAND_RESULT_UNREADABLE',
      `${path}: the file cannot be read (${code ?? (error as Error).message}).`,
      undefined,
      error,
    );
  }
}

/** Reads and maps the results; throws the `COMMAND_RESULT_*` errors of the format's reader. */
export async function readCommandResult(source: CommandResultSource): Promise<CommandResult> {
  switch (source.format) {
    case 'criterion':
      return readCriterionDir(source.path);
    case 'dataflow': {
      const text = await readResultFile(source.path);
      return parseDataflowResults(
        text,
        source.path,
        source.version === undefined ? {} : { version: source.version },
      );
    }
    case 'generic':
      return parseGenericResult(await readResultFile(source.path), source.path);
  }
}
