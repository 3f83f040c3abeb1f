/** `bench compare <base> <head>`: two stored results, judged like any run (exit 1 on a regression). */
import path from 'node:path';
import type { Command } from 'commander';
import { renderComparisonTerminal } from '../../core/report/comparison-terminal.js';
import { exitCodeOfVerdict, judgeRun } from '../../core/stats/verdict.js';
import type { CliIo } from '../io.js';
import { parseThresholdFlag } from '../options.js';

/** Flags of `bench compare`. */
interface CompareFlags {
  /** `--out`: output directory. */
  out?: string;
  /** `--threshold`: relative change that counts. */
  threshold?: string;
  /** `--overwrite`: replace an earlier comparison. */
  overwrite?: boolean;
}

/** Registers `bench compare`. */
export function registerCompare(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('compare')
    .description(
      'Compare two stored results (result.json): verdicts with confidence intervals, exit 1 on a regression.',
    )
    .argument('<base>', 'the baseline result.json')
    .argument('<head>', 'the candidate result.json')
    .option('--out <dir>', 'output directory (default reports/compare-<UTC time>)')
    .option('--threshold <change>', "relative change that counts, e.g. '5%' (default 5%)")
    .option('--overwrite', 'replace an earlier comparison in --out')
    .action(async (base: string, head: string, flags: CompareFlags) => {
      const threshold = parseThresholdFlag(flags.threshold);
      const { compareStoredResults } = await import('../../pipeline/compare-stored-results.js');
      const result = await compareStoredResults({
        basePath: path.resolve(io.cwd, base),
        headPath: path.resolve(io.cwd, head),
        cwd: io.cwd,
        outDir: flags.out,
        overwrite: flags.overwrite,
        ...(threshold !== undefined ? { threshold } : {}),
      });
      io.stdout.write(
        renderComparisonTerminal(result.comparison, result.thresholds, {
          color: io.color === true,
        }).replace(/^\n/, ''),
      );
      io.stdout.write(`\nReport: ${path.relative(io.cwd, result.dir) || '.'}\n`);
      const { verdict } = judgeRun({
        comparison: result.comparison,
        thresholds: result.thresholds,
      });
      setExitCode(exitCodeOfVerdict(verdict));
    });
}
