/**
 * Child processes of the harness: each one leads its own process group, so stopping it also
 * stops whatever it forked (nginx workers, a client under `taskset` and `/usr/bin/time`). Every
 * started process is registered, and `stopAll` runs on exit, Ctrl-C and errors.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/** A started child process with its captured output. */
export interface Started {
  /** Pid of the spawned process, also its process-group id. */
  pid: number;
  child: ChildProcess;
  /** Everything written to stdout so far. */
  stdout: () => string;
  /** Everything written to stderr so far. */
  stderr: () => string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Stops the whole process group: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

/** How to start one process. */
export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const running = new Set<Started>();

/** Starts `command` in its own process group and registers it for clean-up. */
export function startProcess(command: string[], options: StartOptions = {}): Started {
  const [file, ...args] = command;
  if (file === undefined) throw new Error('startProcess: empty command');
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${file}`);
  const pid = child.pid;
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    out += s;
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    err += s;
  });
  let alive = true;
  const exited = new Promise<number | string>((resolve) => {
    child.on('error', (error) => {
      alive = false;
      err += `${error.message}\n`;
      resolve('spawn-error');
    });
    child.on('exit', (code, signal) => {
      alive = false;
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const started: Started = {
    pid,
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    stop: async (graceMs = 3000) => {
      running.delete(started);
      // The group may outlive its leader (a forked worker), so signal it even after exit.
      signalGroup(pid, 'SIGTERM');
      if (alive) {
        const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), graceMs).unref());
        if ((await Promise.race([exited, timer])) === 'late') {
          signalGroup(pid, 'SIGKILL');
          await exited;
        }
      }
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(started);
  return started;
}

/** Runs `command` to completion (own process group, registered) and returns its output. */
export async function runProcess(
  command: string[],
  options: StartOptions = {},
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const started = startProcess(command, options);
  try {
    const code = await started.exited;
    return { code, stdout: started.stdout(), stderr: started.stderr() };
  } finally {
    await started.stop(500);
  }
}

/** Stops every process still registered (targets, clients); used on exit and on signals. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop(2000)));
}

/** Makes Ctrl-C and SIGTERM stop every child (then run `cleanUp`) before exiting with 130. */
export function stopAllOnSignals(cleanUp: () => Promise<void> = () => Promise.resolve()): void {
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: stopping every process the harness started…\n`);
    void stopAll()
      .then(cleanUp)
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
