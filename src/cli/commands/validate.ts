/** `bench validate <config>`: every problem with its line and column, or what the config runs. */
import path from 'node:path';
import type { Command } from 'commander';
import { formatProblems } from '../../core/config/config-problem.js';
import { ExitCode } from '../../core/errors.js';
import { validateConfigFile } from '../../edges/files/load-plan.js';
import type { CliIo } from '../io.js';
import { loadOptionsFrom, type LoadFlags } from '../options.js';

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
        ? `, A/B against a ${plan.baseline.kind} baseline in ${plan.compare?.rounds ?? 5} round(s)`
        : '';
      const thresholds = plan?.thresholds?.length ? `, ${plan.thresholds.length} threshold(s)` : '';
      const summary = plan
        ? `${plan.scenarios.length} scenario(s) × ${plan.load.levels.length} level(s), ${plan.load.model} model, target ${plan.target.kind}${ab}${thresholds}`
        : '';
      io.stdout.write(`${config}: valid${summary ? ` (${summary})` : ''}\n`);
      setExitCode(ExitCode.ok);
    });
}
