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
