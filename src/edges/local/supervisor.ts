/**
 * A tiny supervisor between the bench process and a `command` target, so the target dies with
 * bench even when bench is killed with SIGKILL (which runs no handler, and used to leave the
 * target holding its port). The supervisor is a Node process started with an IPC channel; it
 * receives the command over that channel (never on its command line, where `ps` would show the
 * env), starts it in a process group of its own, reports its pid, and mirrors its exit code or
 * signal. When the channel closes without the target having exited, bench is gone: the
 * supervisor sends the target's group SIGTERM, then SIGKILL after a grace period, and exits.
 *
 * It runs as `node -e <source>`, so it needs no file of its own next to a bundle.
 */

/** What bench sends the supervisor, once. */
export interface SupervisedCommand {
  /** Program and arguments. */
  argv: string[];
  /** Working directory. */
  cwd: string;
  /** The whole environment of the target. */
  env: Record<string, string | undefined>;
  /** Between SIGTERM and SIGKILL when bench has gone, ms. */
  graceMs: number;
}

/** What the supervisor sends back, once. */
export type SupervisorMessage =
  | {
      /** The target runs. */
      type: 'spawned';
      /** Its pid, which is also its process group id. */
      pid: number;
    }
  | {
      /** The target could not be started. */
      type: 'error';
      /** The errno code, e.g. `ENOENT`. */
      code?: string;
      /** The error's message. */
      message: string;
    };

/** The supervisor's program, for `node -e`. Plain CommonJS: nothing to compile or resolve. */
export const SUPERVISOR_SOURCE = String.raw`'use strict';
const { spawn } = require('node:child_process');
let child;
let orphaned = false;
const killGroup = (signal) => {
  if (child === undefined || child.pid === undefined) return;
  try { process.kill(-child.pid, signal); } catch {}
};
const reply = (message, then) => {
  try { process.send(message, then); } catch { then && then(); }
};
process.once('message', (spec) => {
  try {
    child = spawn(spec.argv[0], spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
  } catch (error) {
    reply({ type: 'error', code: error.code, message: error.message }, () => process.exit(1));
    return;
  }
  child.once('spawn', () => reply({ type: 'spawned', pid: child.pid }));
  child.once('error', (error) => {
    reply({ type: 'error', code: error.code, message: error.message }, () => process.exit(1));
  });
  child.once('exit', (code, signal) => {
    // Bench is gone: whatever the target left in its group goes too.
    if (orphaned) killGroup('SIGKILL');
    if (signal) {
      // Die of the same signal, so bench sees how the target ended.
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(1), 1000);
      return;
    }
    process.exit(code === null ? 1 : code);
  });
  process.on('disconnect', () => {
    orphaned = true;
    killGroup('SIGTERM');
    setTimeout(() => { killGroup('SIGKILL'); process.exit(1); }, spec.graceMs);
  });
});
process.once('disconnect', () => {
  if (child === undefined) process.exit(0);
});
`;
