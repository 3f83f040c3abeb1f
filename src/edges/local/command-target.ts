/**
 * Start a target as a local process (e.g. the demo service, or a product binary), wait until
 * it is healthy, sample its CPU and memory, and stop it, also when the bench process ends
 * unexpectedly: on process exit by a handler, and on SIGKILL (no handler runs) by the
 * supervisor the target is started through (`supervisor.ts`). With `port: auto` (port 0 in the
 * plan) a free port is picked here and replaces `{{port}}` in the env values and arguments.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stat } from 'node:fs/promises';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CommandTargetPlan } from '../../core/config/plan.js';
import { BenchError, targetError } from '../../core/errors.js';
import {
  PORT_PLACEHOLDER,
  redactArgv,
  redactText,
  secretValuesOfTarget,
} from '../../core/config/secrets.js';
import { findFreePort } from './image-target.js';
import { createOutputTail, type OutputTail } from './output-tail.js';
import { liveGroupMembers, startProcSampler } from './proc-sampler.js';
import type { RunningTarget, StartTargetOptions, TargetExit } from './running-target.js';
import { SUPERVISOR_SOURCE, type SupervisedCommand, type SupervisorMessage } from './supervisor.js';
import { waitHealthy } from './wait-healthy.js';

/** Bench's environment for the supervisor, without options meant for Node programs of the user. */
function supervisorEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _nodeOptions, ...env } = process.env;
  return env;
}

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

/** A spawn failure (`ENOENT` or another errno) as the BenchError the user sees. */
function spawnError(
  plan: CommandTargetPlan,
  error: { code?: string; message: string },
  cause?: unknown,
): BenchError {
  const program = plan.argv[0] ?? '';
  if (error.code === 'ENOENT') {
    return targetError(
      'TARGET_NOT_FOUND',
      `Cannot start the target: program "${program}" was not found (cwd ${plan.cwd}).`,
      'Check target.command: the program must be on PATH or given as a path relative to cwd.',
      cause,
    );
  }
  return targetError(
    'TARGET_START_FAILED',
    `Cannot start the target "${describeCommand(redactArgv(plan.argv))}": ${error.message}.`,
    'Check that the program exists and is executable by this user.',
    cause,
  );
}

/**
 * Wait for the target to be spawned and resolve with its pid (its process group id), or turn
 * a spawn failure into a BenchError. Supervised, the supervisor reports both over IPC.
 */
function awaitSpawn(
  child: ChildProcess,
  plan: CommandTargetPlan,
  supervised: boolean,
): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => reject(spawnError(plan, error, error)));
    if (!supervised) {
      child.once('spawn', () => resolve(child.pid ?? 0));
      return;
    }
    child.once('message', (message: SupervisorMessage) => {
      if (message.type === 'spawned') resolve(message.pid);
      else reject(spawnError(plan, message));
    });
    child.once('exit', (code, signal) =>
      reject(
        spawnError(plan, {
          message: `its supervisor ended first (${signal ?? `exit code ${code}`})`,
        }),
      ),
    );
  });
}

/**
 * Send `signal` to the target's process group `pgid`, so wrappers like `npm run` or `sh -c`
 * take their children along. Returns false when nothing in the group is left.
 */
function signalGroup(child: ChildProcess, pgid: number, signal: NodeJS.Signals | 0): boolean {
  if (pgid === 0) return false;
  try {
    if (process.platform === 'win32') {
      return child.exitCode === null && child.signalCode === null && child.kill(signal);
    }
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    // EPERM: a member we may not signal still exists.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Poll until the whole process group is gone; false when `timeoutMs` passed first. */
async function waitGroupGone(
  child: ChildProcess,
  pgid: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  const groupAlive = () =>
    signalGroup(child, pgid, 0) &&
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
  // `port: auto`: a free port now, handed to the process wherever it says {{port}}.
  const port = plan.port === 0 ? await findFreePort() : plan.port;
  if (plan.port !== 0) await assertPortFree(port);
  const baseUrl = plan.port === 0 ? `http://127.0.0.1:${port}` : plan.baseUrl;
  const withPort = (text: string) => text.replaceAll(PORT_PLACEHOLDER, String(port));
  const argv = [program, ...args].map(withPort);
  const env = Object.fromEntries(Object.entries(plan.env).map(([k, v]) => [k, withPort(v)]));
  // The target's output may quote its env or arguments: hide their secrets in messages.
  // (Judged before {{port}} is filled in: a value that is only the port is no secret.)
  const secrets = secretValuesOfTarget(plan);

  const tail: OutputTail = createOutputTail(tailLines, opts.log);
  // Supervised where process groups exist: the target then dies with bench even on SIGKILL.
  const supervised = process.platform !== 'win32';
  const child = supervised
    ? spawn(process.execPath, ['-e', SUPERVISOR_SOURCE], {
        cwd: plan.cwd,
        env: supervisorEnv(),
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        // Own session: a Ctrl-C in the terminal reaches only bench, which stops the target in
        // order (the supervisor puts the target in a group of its own as well).
        detached: true,
      })
    : spawn(program, args, {
        cwd: plan.cwd,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));
  if (supervised) {
    const command: SupervisedCommand = {
      argv,
      cwd: plan.cwd,
      env: { ...process.env, ...env },
      graceMs: opts.stopTimeoutMs ?? 5000,
    };
    child.send(command);
    // The channel must not keep bench alive; it closes by itself when bench ends.
    child.channel?.unref();
  }

  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let alive = true;
  // The target's process group id, once known (0 until then, and never signalled as 0).
  let pgid = 0;
  // Once the group is empty its id may be reused by an unrelated process: never signal it again.
  let groupGone = false;
  const exited = new Promise<TargetExit>((resolve) => {
    child.once('exit', (code, signal) => {
      alive = false;
      groupGone = !signalGroup(child, pgid, 0) || liveGroupMembers(pgid)?.length === 0;
      resolve({ code, signal });
    });
  });

  // Last resort for paths that skip stop(): process.exit(), an uncaught exception. Only while
  // the leader lives: once it is reaped its pid (and so the group id) may be reused.
  const killOnExit = () => {
    if (alive) signalGroup(child, pgid, 'SIGKILL');
  };
  process.once('exit', killOnExit);

  let pid: number;
  try {
    pid = await awaitSpawn(child, plan, supervised);
    pgid = pid;
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
      if (!groupGone && signalGroup(child, pgid, 'SIGTERM')) {
        const graceMs = opts.stopTimeoutMs ?? 5000;
        if (!(await waitGroupGone(child, pgid, graceMs))) {
          opts.log?.(`target did not stop within ${graceMs} ms of SIGTERM; sending SIGKILL`);
          signalGroup(child, pgid, 'SIGKILL');
          await waitGroupGone(child, pgid, killWaitMs);
        }
      }
      groupGone = true;
      sampler.stop();
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  const command = describeCommand(redactArgv(argv));
  const output = () => redactText(tail.format(), secrets);
  try {
    await Promise.race([
      waitHealthy(baseUrl, plan.health, { signal: opts.signal, isAlive: () => alive }),
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
        `The target "${command}" ${describeExit(exit)} before it was healthy; ${output()}`,
        'Run the command by hand in the same directory to see why it stops; check target.command, cwd and env.',
        error,
      );
    }
    if (error instanceof BenchError && error.code === 'TARGET_UNHEALTHY') {
      await settleOutput(closed);
      throw targetError(
        'TARGET_UNHEALTHY',
        `${error.message} Command "${command}"; ${output()}`,
        error.hint,
        error,
      );
    }
    throw error;
  }

  return {
    baseUrl,
    pid,
    samples: () => sampler.samples(),
    stop,
    exited,
  };
}
