/** Client CPU from the kernel's rusage, read through GNU time so every tool is measured alike. */
import { readFile } from 'node:fs/promises';

/** Wraps `command` so GNU time writes its user and system seconds to `outFile`. */
export function withRusage(
  gnuTime: string | undefined,
  outFile: string,
  command: string[],
): string[] {
  return gnuTime ? [gnuTime, '-f', '%U %S', '-o', outFile, ...command] : command;
}

/** User+system CPU of the wrapped command in microseconds; undefined when not measured. */
export async function readRusageCpuUs(outFile: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(outFile, 'utf8');
  } catch {
    return undefined;
  }
  // GNU time prefixes "Command exited with non-zero status N" on a line of its own.
  const last = text.trim().split('\n').pop() ?? '';
  const match = /^([\d.]+)\s+([\d.]+)$/.exec(last.trim());
  if (!match) return undefined;
  return (Number(match[1]) + Number(match[2])) * 1e6;
}
