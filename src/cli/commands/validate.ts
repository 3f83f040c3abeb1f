/** `bench validate <config>`: every problem with its line and column, or what the config runs. */
import path from 'node:path';
import type { Command } from 'commander';
import { formatProblems } from '../../core/config/config-problem.js';
import type { BenchPlan, ComparePlan } from '../../core/config/plan.js';
import { ExitCode } from '../../core/errors.js';
import { validateConfigFile } from '../../edges/files/load-plan.js';
import type { CliIo } from '../io.js';
import { loadOptionsFrom, type LoadFlags } from '../options.js';

/** What the config's cloud settings mean, in words: fallback order versus sizes compared. */
export function describeCloud(plan: BenchPlan): string[] {
  const lines: string[] = [];
  const { cloud } = plan;
  if (cloud.provider === 'azure' || cloud.sweep) {
    lines.push(
      `cloud.vmSizes (fallback order within one run: the first size with capacity is used): ${cloud.vmSizes.join(', then ')}; regions ${cloud.regions.join(', then ')}.`,
    );
  }
  if (cloud.sweep) {
    lines.push(
      `cloud.sweep.vmSizes (compared, one run each: \`bench run --provider azure --sweep\`, or one workflow matrix leg per size, then \`bench aggregate\`): ${cloud.sweep.vmSizes.join(', ')}.`,
    );
  }
  if (plan.slo) lines.push(`slo (judges the VM-size comparison): ${plan.slo.join(' and ')}.`);
  return lines;
}

/** Registers `bench validate`. */
export function registerValidate(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('validate')
    .description('Check a config file and print every problem with its line and column.')
    .argument('<config>', 'config file (YAML or JSON)')
    .option('--products-dir <dir>', 'products catalogue searched before products/ above the config')
    .option(
      '--allow-outside-repo',
      "let payload files and products/ lie outside the config's repository",
    )
    .action(async (config: string, flags: LoadFlags) => {
      const result = await validateConfigFile(
        path.resolve(io.cwd, config),
        loadOptionsFrom(flags, io.cwd),
      );
      if (result.problems.length > 0) {
        io.stderr.write(`${formatProblems(result.problems)}\n`);
        setExitCode(ExitCode.invalidInput);
        return;
      }
      const plan = result.plan;
      const ab = plan?.baseline
        ? `, ${plan.compare?.mode ?? 'interleaved'} A/B against a ${plan.baseline.kind} baseline in ${describeRounds(plan.compare)}`
        : '';
      const thresholds = plan?.thresholds?.length ? `, ${plan.thresholds.length} threshold(s)` : '';
      const commands = plan?.commands?.length ?? 0;
      const summary = !plan
        ? ''
        : commands > 0
          ? `${commands} command benchmark(s), target ${plan.target.kind}${ab}${thresholds}`
          : plan
            ? `${plan.scenarios.length} scenario(s) × ${plan.load.levels.length} level(s), ${plan.load.model} model, target ${plan.target.kind}${ab}${thresholds}`
            : '';
      io.stdout.write(`${config}: valid${summary ? ` (${summary})` : ''}\n`);
      if (plan) for (const line of describeCloud(plan)) io.stdout.write(`  ${line}\n`);
      setExitCode(ExitCode.ok);
    });
}

/** `3 round(s)` for a fixed number, `2–10 rounds (adaptive)` for a budget. */
function describeRounds(compare: ComparePlan | undefined): string {
  if (!compare) return 'adaptive rounds';
  return compare.minRounds === compare.maxRounds
    ? `${compare.maxRounds} round(s)`
    : `${compare.minRounds}–${compare.maxRounds} rounds (adaptive)`;
}
