/**
 * The layout of a same-VM A/B on Azure, decided before anything is created: the baseline
 * container beside the product (the candidate) on the product VM, on its own port of the VM;
 * the mode (a duet needs every product VM size the run may fall back to to have an even vCPU
 * count of 4 or more, so each container gets a half of 2 or more); and how the vCPUs are split.
 * The load generator runs on the load VMs, so neither half is shared with it. Pure.
 */
import type { ComparePlan } from '../config/plan.js';
import { inputError } from '../errors.js';
import { formatCpuList } from '../machine/plan-core-split.js';
import type { CoreSplit } from '../report/comparison-model.js';
import { describeVmSize } from './vm-sizes.js';

/** What the A/B on the product VM looks like. */
export interface AzureAbLayout {
  /** How the sides are loaded. */
  mode: 'interleaved' | 'duet';
  /** Why the mode is not the one the config would have had (a defaulted duet that cannot run). */
  modeNote?: string;
  /** The candidate's port on the VM (the product's port). */
  candidatePort: number;
  /** The baseline's port on the VM (the container's own port is the product's). */
  baselinePort: number;
}

/** Why a size cannot run a duet, or undefined when it can. */
export function whyNoDuet(size: string): string | undefined {
  const vCpus = describeVmSize(size).vCpus;
  if (vCpus === undefined) return `${size} (vCPU count unknown)`;
  if (vCpus < 4 || vCpus % 2 !== 0) return `${size} (${vCpus} vCPUs)`;
  return undefined;
}

/**
 * The layout for a plan's comparison settings and the product VM sizes the run may use; throws
 * `AZURE_DUET_VCPUS` when the config asked for a duet that some size cannot run.
 */
export function planAzureAb(input: {
  compare: ComparePlan;
  vmSizes: readonly string[];
  productPort: number;
}): AzureAbLayout {
  const baselinePort = input.productPort >= 65_535 ? input.productPort - 1 : input.productPort + 1;
  const base = { candidatePort: input.productPort, baselinePort };
  if (input.compare.mode !== 'duet') return { mode: 'interleaved', ...base };
  const unfit = input.vmSizes.map(whyNoDuet).filter((w): w is string => w !== undefined);
  if (unfit.length === 0) return { mode: 'duet', ...base };
  if (input.compare.modeDefaulted) {
    return {
      mode: 'interleaved',
      ...base,
      modeNote: `compare.mode is not set and the product VM size ${unfit.join(', ')} cannot be split into two halves of 2 or more vCPUs: interleaved rounds instead of the default duet.`,
    };
  }
  throw inputError(
    'AZURE_DUET_VCPUS',
    `A duet gives each container half of the product VM's vCPUs, which needs an even count of 4 or more; the run may use ${unfit.join(', ')}.`,
    'List only sizes with an even vCPU count of 4 or more in vm-sizes (e.g. Standard_D4s_v5), or set `compare.mode: interleaved`.',
  );
}

/**
 * The split of a duet on a product VM of `vCpus`: the baseline container on the first half, the
 * candidate on the second, for the whole run (the start script sets `--cpuset-cpus` once).
 */
export function azureCoreSplit(vCpus: number, size: string): CoreSplit {
  const half = Math.floor(vCpus / 2);
  const first = Array.from({ length: half }, (_, i) => i);
  const second = Array.from({ length: half }, (_, i) => half + i);
  return {
    cpus: vCpus,
    pinned: true,
    first,
    second,
    generator: 'on the load VMs, apart from both containers',
    note: `Duet on the product VM (${size}, ${vCpus} vCPUs): the baseline container on CPUs ${formatCpuList(first)}, the candidate on CPUs ${formatCpuList(second)} (--cpuset-cpus), equal --memory limits; the containers keep their halves for the whole run, so here "first" is always the baseline and the schedule's order is recorded without moving them; load generator on the load VMs.`,
  };
}

/** What `describeAzureAb` shows. */
export interface AzureAbDescriptionInput {
  layout: AzureAbLayout;
  /** Candidate and baseline images as the VM pulls them. */
  images: { candidate: string; baseline: string };
  /** The product VM size of the first choice. */
  vmSize: string;
  /** The comparison settings. */
  compare: ComparePlan;
  /** The rounds' order, when the seed is fixed (`compare.seed`): the first rounds of the schedule. */
  schedule?: readonly {
    round: number;
    steps: readonly { scenario: string; level: number; order: readonly [string, string] }[];
  }[];
}

/** The A/B on the product VM in lines of text, for `bench plan` (pure, no Azure). */
export function describeAzureAb(input: AzureAbDescriptionInput): string[] {
  const { layout, compare } = input;
  const vCpus = describeVmSize(input.vmSize).vCpus;
  const split =
    layout.mode === 'duet' && vCpus !== undefined ? azureCoreSplit(vCpus, input.vmSize) : undefined;
  const limits = (cpus: readonly number[] | undefined) =>
    split && cpus
      ? `, --cpuset-cpus ${formatCpuList(cpus)}, --memory two fifths of the VM's memory`
      : ', no CPU or memory limit';
  const lines = [
    `Mode: ${layout.mode}${layout.modeNote ? ` (${layout.modeNote})` : ''}`,
    `Candidate container bench-product: ${input.images.candidate}, port ${layout.candidatePort}${limits(split?.second)}`,
    `Baseline container bench-baseline: ${input.images.baseline}, port ${layout.baselinePort} (container port ${layout.candidatePort})${limits(split?.first)}`,
    split
      ? `Core split on ${input.vmSize}: ${split.note}`
      : layout.mode === 'duet'
        ? `Core split: ${input.vmSize} has no known vCPU count; the start script splits what nproc reports`
        : 'Core split: none (interleaved: one side loaded at a time, both unpinned)',
    `Rounds: at least ${compare.minRounds}, at most ${compare.maxRounds}${compare.timeBudgetMs !== undefined ? `, within ${Math.round(compare.timeBudgetMs / 1000)} s` : ''}; one runner command per load VM and round; stopping rule: repeated confidence intervals, O'Brien-Fleming spending`,
  ];
  if (input.schedule && compare.seed !== undefined) {
    lines.push(`Order of rounds (seed ${compare.seed}, first ${input.schedule.length}):`);
    for (const round of input.schedule) {
      lines.push(
        `  round ${round.round}: ${round.steps.map((s) => `${s.scenario}@${s.level}: ${s.order.join(layout.mode === 'duet' ? ' with ' : ' then ')}`).join('; ')}`,
      );
    }
  } else {
    lines.push(
      'Order of rounds: drawn at run time from a new seed (recorded in the report); set compare.seed to fix it',
    );
  }
  return lines;
}
