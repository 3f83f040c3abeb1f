/**
 * Start a target as a local process (e.g. the demo service, or a product binary), wait until
 * it is healthy, sample its CPU and memory, and stop it, also when the bench process ends
 * unexpectedly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CommandTargetPlan } from '../../core/config/plan.js';
import { BenchError, targetError } from '../../core/errors.js';
import { createOutputTail, type OutputTail } from './output-tail.js';
import { liveGroupMembers, startProcSampler } from './proc-sampler.js';
import type { RunningTarget, StartTargetOptions, TargetExit } from './running-target.js';
import { waitHealthy } from './wait-healthy.js';

/** Lines of output kept for error messages. */
const tailLines = 50;
/** After a forced kill, how long to wait for the processes to go before giving up on them. */
const killWaitMs = 2000;

/** Throw `TARGET_PORT_IN_USE` when something already listens on 127.0.0.1:`port`. */
export async function assertPortFree(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') {
        // EACCES (privileged port) and the like: let the target itself report it.
        resolve();
        return;
      }
      reject(
        targetError(
          'TARGET_PORT_IN_USE',
          `Port ${port} on 127.0.0.1 is already in use, so the target cannot listen there.`,
          `Stop the other process on port ${port} (e.g. \`lsof -i :${port}\`) or set a different target port.`,
          error,
        ),
      );
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve());
    });
  });
}

/** The command as one readable line, for messages. */
function describeCommand(argv: string[]): string {
  return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ');
}

/** Words for how a process ended. */
function describeExit(exit: TargetExit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/** Wait for the child to be spawned, or turn a spawn failure into a BenchError. */
function awaitSpawn(child: ChildProcess, plan: CommandTargetPlan): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child.pid ?? 0));
    child.once('error', (error: NodeJS.ErrnoException) => {
      const program = plan.argv[0] ?? '';
      if (error.code === 'ENOENT') {
        reject(
          targetError(
            'TARGET_NOT_FOUND',
            `Cannot start the target: program "${program}" was not found (cwd ${plan.cwd}).`,
            'Check target.command: the program must be on PATH or given as a path relative to cwd.',
            error,
          ),
        );
        return;
      }
      reject(
        targetError(
          'TARGET_START_FAILED',
          `Cannot start the target "${describeCommand(plan.argv)}": ${error.message}.`,
          'Check that the program exists and is executable by this user.',
          error,
        ),
      );
    });
  });
}

/**
 * Send `signal` to the target's process group, so wrappers like `npm run` or `sh -c` take their
 * children along. Returns false when nothing in the group is left.
 */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    if (process.platform === 'win32') {
      return child.exitCode === null && child.signalCode === null && child.kill(signal);
    }
    process.kill(-child.pid, signal);
    return true;
  } catch (error) {
    // EPERM: a member we may not signal still exists.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Poll until the whole process group is gone; false when `timeoutMs` passed first. */
async function waitGroupGone(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  const pgid = child.pid ?? 0;
  const groupAlive = () =>
    signalGroup(child, 0) &&
    (process.platform !== 'linux' || (liveGroupMembers(pgid)?.length ?? 1) > 0);
  while (groupAlive()) {
    if (performance.now() >= deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Make sure the target's output tail is complete before it goes into an error message. */
async function settleOutput(closed: Promise<void>): Promise<void> {
  await Promise.race([closed, sleep(250)]);
}

/**
 * Start `plan.argv` (no shell) in `plan.cwd` with `plan.env` over the current environment,
 * wait for `GET plan.health.path` to answer 2xx, and return a handle that samples and stops it.
 * Throws `TARGET_PORT_IN_USE`, `TARGET_NOT_FOUND`, `TARGET_EXITED` or `TARGET_UNHEALTHY`.
 */
export async function startCommandTarget(
  plan: CommandTargetPlan,
  opts: StartTargetOptions = {},
): Promise<RunningTarget> {
  const [program, ...args] = plan.argv;
  if (program === undefined) {
    throw new BenchError(
      'TARGET_COMMAND_EMPTY',
      'The target command is empty.',
      'Give target.command as a program and its arguments.',
    );
  }
  opts.signal?.throwIfAborted();
  const cwdStat = await stat(plan.cwd).catch(() => undefined);
  if (!cwdStat?.isDirectory()) {
    throw targetError(
      'TARGET_NOT_FOUND',
      `Cannot start the target: working directory ${plan.cwd} does not exist.`,
      'Check target.cwd (relative paths are resolved from the config file).',
    );
  }
  await assertPortFree(plan.port);

  const tail: OutputTail = createOutputTail(tailLines, opts.log);
  const child = spawn(program, args, {
    cwd: plan.cwd,
    env: { ...process.env, ...plan.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: stop() signals the group, and a Ctrl-C in the terminal reaches only
    // the bench process, which then stops the target in order.
    detached: process.platform !== 'win32',
    windowsHide: true,
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));

  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let alive = true;
  // Once the group is empty its id may be reused by an unrelated process: never signal it again.
  let groupGone = false;
  const exited = new Promise<TargetExit>((resolve) => {
    child.once('exit', (code, signal) => {
      alive = false;
      groupGone = !signalGroup(child, 0) || liveGroupMembers(child.pid ?? 0)?.length === 0;
      resolve({ code, signal });
    });
  });

  // Last resort for paths that skip stop(): process.exit(), an uncaught exception. Only while
  // the leader lives: once it is reaped its pid (and so the group id) may be reused.
  const killOnExit = () => {
    if (alive) signalGroup(child, 'SIGKILL');
  };
  process.once('exit', killOnExit);

  let pid: number;
  try {
    pid = await awaitSpawn(child, plan);
  } catch (error) {
    process.off('exit', killOnExit);
    throw error;
  }
  const sampler = startProcSampler(pid, opts.sampleIntervalMs ?? 1000);
  void exited.then(() => sampler.stop());

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // Signal the group even when the leader already exited: its children may outlive it.
      if (!groupGone && signalGroup(child, 'SIGTERM')) {
        const graceMs = opts.stopTimeoutMs ?? 5000;
        if (!(await waitGroupGone(child, graceMs))) {
          opts.log?.(`target did not stop within ${graceMs} ms of SIGTERM; sending SIGKILL`);
          signalGroup(child, 'SIGKILL');
          await waitGroupGone(child, killWaitMs);
        }
      }
      groupGone = true;
      sampler.stop();
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  const command = describeCommand(plan.argv);
  try {
    await Promise.race([
      waitHealthy(plan.baseUrl, plan.health, { signal: opts.signal, isAlive: () => alive }),
      // Turn an early exit into an error at once instead of at the next health attempt.
      exited.then(() => {
        throw targetError('TARGET_EXITED', 'exited', '');
      }),
    ]);
  } catch (error) {
    await stop();
    if (error instanceof BenchError && error.code === 'TARGET_EXITED') {
      const exit = await exited;
      await settleOutput(closed);
      throw targetError(
        'TARGET_EXITED',
        `The target "${command}" ${describeExit(exit)} before it was healthy; ${tail.format()}`,
        'Run the command by hand in the same directory to see why it stops; check target.command, cwd and env.',
        error,
      );
    }
    if (error instanceof BenchError && error.code === 'TARGET_UNHEALTHY') {
      await settleOutput(closed);
      throw targetError(
        'TARGET_UNHEALTHY',
        `${error.message} Command "${command}"; ${tail.format()}`,
        error.hint,
        error,
      );
    }
    throw error;
  }

  return {
    baseUrl: plan.baseUrl,
    pid,
    samples: () => sampler.samples(),
    stop,
    exited,
  };
}
