/**
 * `bench aggregate <dir>`: the VM-size comparison of the reports under a directory (downloaded
 * workflow artifacts, or the runs of `bench run --sweep`): highest throughput under the SLO per
 * size, per vCPU, scaling efficiency and cost per million requests, with a recommendation.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, inputError } from '../../core/errors.js';
import type { CliDeps, CliIo } from '../io.js';

/** Flags of `bench aggregate`. */
interface AggregateFlags {
  /** `--slo`, repeatable. */
  slo?: string[];
  /** `--out`: output directory. */
  out?: string;
  /** `--prices`: `api` or `table`. */
  prices?: string;
  /** `--overwrite`. */
  overwrite?: boolean;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Registers `bench aggregate`. */
export function registerAggregate(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  program
    .command('aggregate')
    .description(
      'Compare VM sizes from a directory of reports: throughput under the SLO, per vCPU, cost per million requests.',
    )
    .argument('<dir>', 'directory holding result.json files (at any depth)')
    .option(
      '--slo <limit>',
      "SLO limit, e.g. 'p99 < 50ms' (repeatable; default: the reports' config)",
      collect,
    )
    .option('--out <dir>', 'output directory (default <dir>/aggregate)')
    .option(
      '--prices <source>',
      "prices from 'api' (Azure Retail Prices, the table as fallback) or 'table' only",
    )
    .option('--overwrite', 'replace an earlier comparison in --out')
    .action(async (dir: string, flags: AggregateFlags) => {
      if (flags.prices !== undefined && flags.prices !== 'api' && flags.prices !== 'table') {
        throw inputError(
          'ARGUMENT_INVALID',
          `--prices ${flags.prices}: expected 'api' or 'table'.`,
        );
      }
      const reportsDir = path.resolve(io.cwd, dir);
      // Loaded when used: the pricing tables it brings would cost every other command start-up.
      const { aggregateReports } = await import('../../pipeline/aggregate-reports.js');
      const outcome = await aggregateReports(
        {
          reportsDir,
          outDir: path.resolve(io.cwd, flags.out ?? path.join(dir, 'aggregate')),
          ...(flags.slo !== undefined && { slo: flags.slo, sloSource: '--slo' }),
          ...(flags.prices !== undefined && { priceSource: flags.prices }),
          overwrite: flags.overwrite === true,
        },
        {
          log: (line) => io.stderr.write(`${line}\n`),
          ...(deps.retailPrices && { prices: deps.retailPrices }),
        },
      );
      for (const scenario of outcome.report.scenarios) {
        io.stdout.write(`${scenario.scenario}: ${scenario.recommendation.sentence}\n`);
      }
      io.stdout.write(
        `\nReport: ${path.relative(io.cwd, path.dirname(outcome.files[0] ?? reportsDir)) || '.'}\n`,
      );
      setExitCode(ExitCode.ok);
    });
}
