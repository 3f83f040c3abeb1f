/**
 * Runs a command benchmark to completion on this machine: the program and its arguments without
 * a shell, in its cwd, with its env over the current one, stopped (its whole process group) when
 * it runs past its timeout or the run is interrupted. What it printed is kept as a bounded tail
 * for the error when it fails.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { CommandScenarioPlan } from '../../core/config/plan.js';
import { redactArgv } from '../../core/config/secrets.js';
import { targetError } from '../../core/errors.js';
import { visibleText } from '../../core/visible-text.js';
import { createOutputTail } from './output-tail.js';

/** How a command benchmark ran. */
export interface BenchCommandRun {
  /** Wall time from start to exit, ms. */
  durationMs: number;
}

/** Runs `command`; throws `COMMAND_BENCHMARK_FAILED` when it cannot start, fails or times out. */
export function runBenchCommand(
  command: CommandScenarioPlan,
  opts: { signal?: AbortSignal; log?: (line: string) => void } = {},
): Promise<BenchCommandRun> {
  const shown = redactArgv(command.argv).join(' ');
  const tail = createOutputTail(30);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const [program, ...args] = command.argv;
    const child = spawn(program!, args, {
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let why: string | undefined;
    const stop = (reason: string) => {
      why ??= reason;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(
      () => stop(`ran longer than its timeout (${command.timeoutMs} ms)`),
      command.timeoutMs,
    );
    const onAbort = () => stop('the run was interrupted');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (d: string) => tail.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => tail.push(d));
    const fail = (message: string, cause?: unknown) =>
      reject(
        targetError(
          'COMMAND_BENCHMARK_FAILED',
          `Command benchmark "${command.name}" (${shown}, in ${command.cwd}) ${message}; ${visibleText(tail.format())}`,
          undefined,
          cause,
        ),
      );
    child.on('error', (error) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      fail(`could not start: ${error.message}`, error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const durationMs = performance.now() - started;
      if (why) return fail(why);
      if (code !== 0) return fail(`exited with ${code ?? signal ?? 'an unknown status'}`);
      opts.log?.(`command ${command.name}: done in ${Math.round(durationMs / 100) / 10} s`);
      resolve({ durationMs });
    });
  });
}
