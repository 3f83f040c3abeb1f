/**
 * The `bench` command: the program and its commands (one file each under `commands/`), and the
 * one place errors are caught and turned into a message and an exit code. Everything it prints
 * goes through the injected streams, and it returns an exit code instead of exiting, so tests
 * drive it in-process.
 */
import { Command, CommanderError } from 'commander';
import { redactUrlsInText } from '../core/config/secrets.js';
import { BenchError, ExitCode, exitCodeFor } from '../core/errors.js';
import { visibleText } from '../core/visible-text.js';
import { registerAggregate } from './commands/aggregate.js';
import { registerCompare } from './commands/compare.js';
import { registerDoctor } from './commands/doctor.js';
import { registerJanitor } from './commands/janitor.js';
import { registerPlan } from './commands/plan.js';
import { registerRun } from './commands/run.js';
import { registerSetup } from './commands/setup.js';
import { registerValidate } from './commands/validate.js';
import type { CliDeps, CliIo } from './io.js';

export type { CliDeps, CliIo } from './io.js';

/** Runs the CLI with `argv` (arguments only, without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const setExitCode = (code: number) => (exitCode = code);
  const program = new Command()
    .name('bench')
    .description('Benchmark HTTP services: local runs, Azure runs, reports and comparisons.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run `bench --help` for usage)');

  registerRun(program, io, deps, setExitCode);
  registerCompare(program, io, setExitCode);
  registerAggregate(program, io, deps, setExitCode);
  registerValidate(program, io, setExitCode);
  registerPlan(program, io, deps, setExitCode);
  registerJanitor(program, io, deps, setExitCode);
  registerDoctor(program, io, deps, setExitCode);
  registerSetup(program, io, deps, setExitCode);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit through here with code 0; usage errors were already printed.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.invalidInput;
    }
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  // Ctrl-C while a target was starting or being checked: an interruption, not a failure.
  if (io.signal?.aborted && !(error instanceof BenchError && error.kind === 'input')) {
    io.stderr.write('interrupted before anything was measured; no report was written.\n');
    return ExitCode.interrupted;
  }
  // Messages quote config values and a target's output: escapes shown, never obeyed, and URL
  // userinfo hidden (BenchError does that itself; other errors may quote a URL too).
  const shown = (text: string) => visibleText(redactUrlsInText(text));
  if (error instanceof BenchError) {
    io.stderr.write(`error [${error.code}]: ${shown(error.message)}\n`);
    if (error.hint) io.stderr.write(`hint: ${shown(error.hint)}\n`);
  } else {
    const message = shown(error instanceof Error ? (error.stack ?? error.message) : String(error));
    io.stderr.write(
      `internal error: ${message}\nhint: this is a bug in bench; please report it with the command you ran (exit code ${ExitCode.internalError}).\n`,
    );
  }
  return exitCodeFor(error);
}
