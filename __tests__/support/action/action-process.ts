/**
 * Runs the action's entry points as child processes the way the runner does: real `INPUT_*`
 * variables (hyphens kept), temporary `GITHUB_OUTPUT`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY` and
 * `GITHUB_EVENT_PATH` files, and for the post step `STATE_*` variables parsed from the state
 * file. Steps run through `step-host.mjs`, which calls the entry's exported `run(step, deps)`:
 * the TypeScript source by default, the bundle when `BENCH_ACTION_BUNDLE` names it (e.g.
 * `dist/action/index.js`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A temporary runner workspace for one test. */
export interface RunnerFiles {
  /** The temporary directory holding everything below. */
  dir: string;
  /** `GITHUB_OUTPUT`. */
  output: string;
  /** `GITHUB_STATE`. */
  state: string;
  /** `GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** `GITHUB_EVENT_PATH`. */
  event: string;
  /** `RUNNER_TEMP` (created on demand by the code under test). */
  runnerTemp: string;
  /** Removes the directory. */
  remove(): void;
}

/** Creates the runner's files in a fresh temporary directory; `event` is the payload. */
export function createRunnerFiles(event: unknown = {}): RunnerFiles {
  const dir = mkdtempSync(join(tmpdir(), 'bench-action-'));
  const files = {
    dir,
    output: join(dir, 'github_output'),
    state: join(dir, 'github_state'),
    summary: join(dir, 'step_summary.md'),
    event: join(dir, 'event.json'),
    runnerTemp: join(dir, 'runner_temp'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const file of [files.output, files.state, files.summary]) writeFileSync(file, '');
  writeFileSync(files.event, JSON.stringify(event));
  return files;
}

/** Parses a `GITHUB_OUTPUT`/`GITHUB_STATE` file (`name<<delimiter` blocks); later entries win. */
export function parseFileCommands(path: string): Record<string, string> {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (header) {
      const [, name = '', delimiter] = header;
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++] ?? '');
      values[name] = body.join('\n');
    } else {
      const simple = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
      if (simple) values[simple[1] ?? ''] = simple[2] ?? '';
    }
  }
  return values;
}

/** What a step run left behind. */
export interface StepResult {
  /** Process exit code (null when killed by a signal). */
  code: number | null;
  /** Everything written to stdout (workflow commands included). */
  stdout: string;
  /** Everything written to stderr. */
  stderr: string;
  /** Parsed `GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
  /** Parsed `GITHUB_STATE`. */
  state: Record<string, string>;
  /** Raw `GITHUB_STATE` text (to check what was written, not just the last values). */
  stateText: string;
  /** `GITHUB_STEP_SUMMARY` content. */
  summary: string;
}

/** Options of `startStep`. */
export interface StepOptions {
  /** Inputs by their action.yml names (e.g. `vm-sizes`). */
  inputs: Record<string, string>;
  /** Extra environment (GITHUB_API_URL, the pipeline module, OIDC variables, …). */
  env?: Record<string, string>;
  /** Post step only: state values as the runner passes them (`STATE_<name>`). */
  state?: Record<string, string>;
  /** Working directory of the step (default: this repository). */
  cwd?: string;
  /**
   * Runs `node <script>` as the runner does (e.g. `_actions/…/dist/action/main.js`) instead of
   * hosting the entry; no test services can be passed then.
   */
  script?: string;
}

/** A running step. */
export interface RunningStep {
  /** The step's process, e.g. to send it SIGINT. */
  child: ChildProcess;
  /** Resolves when the process exits. */
  done: Promise<StepResult>;
}

const HOST = join(ROOT, '__tests__', 'support', 'action', 'step-host.mjs');

/** Whether the process tests run against the bundle rather than the sources. */
export const AGAINST_BUNDLE = process.env.BENCH_ACTION_BUNDLE !== undefined;

function entryArgs(step: 'main' | 'post'): string[] {
  const bundle = process.env.BENCH_ACTION_BUNDLE;
  if (bundle) return [HOST, resolve(ROOT, bundle), step];
  return ['--import', 'tsx', HOST, join(ROOT, 'src', 'entrypoints', 'action.ts'), step];
}

/** Starts a step as the runner would. The environment is built from scratch, not inherited. */
export function startStep(
  step: 'main' | 'post',
  files: RunnerFiles,
  opts: StepOptions,
): RunningStep {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files.dir,
    NODE_ENV: 'test',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'plasmatic/reframe',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bench',
    GITHUB_SERVER_URL: 'https://github.example',
    RUNNER_TEMP: files.runnerTemp,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;
  const args = opts.script !== undefined ? [opts.script] : entryArgs(step);
  const child = spawn(process.execPath, args, { cwd: opts.cwd ?? ROOT, env, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<StepResult>((resolveDone, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolveDone({
        code,
        stdout,
        stderr,
        outputs: parseFileCommands(files.output),
        state: parseFileCommands(files.state),
        stateText: readFileSync(files.state, 'utf8'),
        summary: readFileSync(files.summary, 'utf8'),
      });
    });
  });
  return { child, done };
}

/** Runs a step to completion. */
export function runStep(
  step: 'main' | 'post',
  files: RunnerFiles,
  opts: StepOptions,
): Promise<StepResult> {
  return startStep(step, files, opts).done;
}

/** Waits until `path` exists (the child signals readiness by writing it), or the step ends. */
export async function waitForFile(path: string, step: RunningStep): Promise<void> {
  let exited = false;
  void step.done.then(() => (exited = true));
  while (!existsSync(path)) {
    if (exited) throw new Error(`the step exited before ${path} appeared`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
