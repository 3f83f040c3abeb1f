/**
 * Problems found in a config, product or scenario file, each pinned to file:line:col, and the
 * error that carries them. Every problem is collected before anything is reported, so a user
 * fixes a file in one pass.
 */
import { BenchError } from '../errors.js';
import { visibleText } from '../visible-text.js';

/** One thing wrong with an input file. */
export interface ConfigProblem {
  /** File as given by the caller (relative paths stay relative). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
  /** Key path, e.g. `load.levels[1]`; empty for the whole document. */
  path: string;
  /** The value as written in the file, shortened; absent when the key is missing. */
  value?: string;
  /** What would have been accepted. */
  expected: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** The error thrown when an input file has problems; `message` lists them all. */
export class ConfigError extends BenchError {
  /** Every problem found, in file and position order. */
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(
      'CONFIG_INVALID',
      formatProblems(problems),
      'Fix the listed lines and run `bench validate <config>` to check again.',
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Sorts problems by file, then position, keeping the order of equal positions. */
export function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        a.problem.file.localeCompare(b.problem.file) ||
        a.problem.line - b.problem.line ||
        a.problem.col - b.problem.col ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/**
 * One line: `file:line:col  path: message (got X; expected Y). hint`. Keys and values come from
 * the file, so control characters in them (a terminal escape in a key) are shown as escapes.
 */
export function formatProblem(problem: ConfigProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  const what = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
  const got = problem.value === undefined ? '' : `got ${problem.value}; `;
  const hint = problem.hint ? ` ${problem.hint}` : '';
  return visibleText(`${where}  ${what} (${got}expected ${problem.expected}).${hint}`, {
    keepNewlines: false,
  });
}

/** All problems, one per line, then a count line. */
export function formatProblems(problems: ConfigProblem[]): string {
  const lines = problems.map(formatProblem);
  const files = new Set(problems.map((p) => p.file)).size;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  lines.push(`${count} in ${files === 1 ? '1 file' : `${files} files`}`);
  return lines.join('\n');
}
