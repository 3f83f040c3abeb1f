/**
 * How a duet splits the machine's CPUs between its two sides: each side gets its own half, so
 * neither can take the other's cycles and interference from outside hits both alike. With an
 * odd count the spare CPU is left to the load generator; with two CPUs each side gets one and
 * the generator shares them; with one CPU there is nothing to split and a duet is refused.
 * Pure: the caller says which CPUs the run may use and whether it can pin.
 */
import type { CoreSplit } from '../report/comparison-model.js';
import { inputError } from '../errors.js';

/** What the machine offers a duet. */
export interface CoreSplitInput {
  /** CPUs this process may run on (its affinity), ascending. */
  cpus: readonly number[];
  /** Why the targets cannot be pinned (no `taskset`, URL targets …); absent when they can be. */
  cannotPin?: string;
  /** Where the load generator runs, when it is not on this machine (e.g. separate load VMs). */
  generatorElsewhere?: string;
}

/** `0-3,6` style list of CPUs. */
export function formatCpuList(cpus: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < cpus.length) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j]! + 1) j++;
    parts.push(j > i ? `${cpus[i]}-${cpus[j]}` : `${cpus[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** CPUs in a `0-3,6` style list (Linux `Cpus_allowed_list`, `taskset -c`); undefined if malformed. */
export function parseCpuList(text: string): number[] | undefined {
  const cpus = new Set<number>();
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  for (const part of trimmed.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from || to - from > 65_536) return undefined;
    for (let c = from; c <= to; c++) cpus.add(c);
  }
  return [...cpus].sort((a, b) => a - b);
}

/** Splits the CPUs for a duet; throws `DUET_NEEDS_TWO_CPUS` with fewer than two. */
export function planCoreSplit(input: CoreSplitInput): CoreSplit {
  const cpus = [...input.cpus].sort((a, b) => a - b);
  if (cpus.length < 2) {
    throw inputError(
      'DUET_NEEDS_TWO_CPUS',
      `A duet runs both sides at once, each on its own CPUs, and this run may use ${cpus.length === 1 ? `only CPU ${cpus[0]}` : 'no CPU it can name'}.`,
      'Use `compare.mode: interleaved`, or run on a machine (or with an affinity) of two or more CPUs.',
    );
  }
  const half = Math.floor(cpus.length / 2);
  const first = cpus.slice(0, half);
  const second = cpus.slice(half, 2 * half);
  const spare = cpus.slice(2 * half);
  const generator =
    input.generatorElsewhere ??
    (spare.length > 0
      ? `unpinned; CPU ${formatCpuList(spare)} is left to it`
      : `unpinned, sharing CPUs ${formatCpuList(cpus)} with both targets`);
  const sizes = `${first.length} CPU${first.length === 1 ? '' : 's'} each`;
  const note = input.cannotPin
    ? `Duet without pinning: ${input.cannotPin}; both sides share CPUs ${formatCpuList(cpus)}, so one side can take the other's cycles.`
    : `Duet on ${cpus.length} CPUs: ${sizes} (CPUs ${formatCpuList(first)} and ${formatCpuList(second)}, swapped between the sides as the schedule says); load generator ${generator}.`;
  return {
    cpus: cpus.length,
    pinned: input.cannotPin === undefined,
    first,
    second,
    generator,
    note,
  };
}
