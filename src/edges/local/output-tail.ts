/**
 * The last lines a target wrote, kept so that start-up errors can show why it failed without
 * holding a long-running process's whole output in memory.
 */

/** A bounded buffer of output lines. */
export interface OutputTail {
  /** Add a chunk of output; partial lines wait for their end (or for `lines()`). */
  push(chunk: string): void;
  /** The kept lines, oldest first, including an unfinished last line. */
  lines(): string[];
  /** The kept lines as an indented block for error messages, or a note that there were none. */
  format(): string;
}

/** Keep the last `maxLines` lines of output; `onLine` sees every complete line. */
export function createOutputTail(maxLines = 50, onLine?: (line: string) => void): OutputTail {
  const kept: string[] = [];
  let partial = '';
  const keep = (line: string) => {
    kept.push(line);
    if (kept.length > maxLines) kept.shift();
    onLine?.(line);
  };
  return {
    push(chunk) {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const line of parts) keep(line);
    },
    lines() {
      return partial === '' ? kept.slice() : [...kept, partial].slice(-maxLines);
    },
    format() {
      const lines = this.lines();
      if (lines.length === 0) return '(the target wrote no output)';
      return `last ${lines.length} line(s) of output:\n${lines.map((line) => `  | ${line}`).join('\n')}`;
    },
  };
}
