/**
 * Errors the user can act on. Each has a stable `code` (for scripts and tests) and a `hint`
 * that says what to do. Entry points catch them once: the CLI prints them and exits with
 * `exitCodeFor(error)`; the action fails the step (main) or warns (post).
 */

/** Exit codes of the `bench` command, one per outcome (documented in the README). */
export const ExitCode = {
  /** The run finished and nothing failed. */
  ok: 0,
  /** A fail threshold was crossed or a regression was found. */
  thresholdFailed: 1,
  /** Invalid config, arguments or input files. */
  invalidInput: 2,
  /** The target or the infrastructure failed: did not start, never healthy, refused connections. */
  targetFailure: 3,
  /** Interrupted (SIGINT/SIGTERM); a partial report was written. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Broad class of an error, which decides the exit code. */
export type ErrorKind = 'input' | 'target' | 'infrastructure' | 'internal';

/** An error with a stable code and a hint. */
export class BenchError extends Error {
  /** Stable identifier, e.g. `CONFIG_INVALID`, `TARGET_UNHEALTHY`. */
  readonly code: string;
  /** What the user can do about it. */
  readonly hint: string;
  readonly kind: ErrorKind;

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BenchError';
    this.kind = kind;
    this.code = code;
    this.hint = hint;
  }
}

/** Invalid input: config, arguments, files. Exit code 2. */
export function inputError(code: string, message: string, hint: string, cause?: unknown) {
  return new BenchError('input', code, message, hint, { cause });
}

/** The target misbehaved: did not start, never healthy, refused every connection. Exit code 3. */
export function targetError(code: string, message: string, hint: string, cause?: unknown) {
  return new BenchError('target', code, message, hint, { cause });
}

/** Exit code for an error caught at the entry point. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof BenchError) {
    if (error.kind === 'input') return ExitCode.invalidInput;
    if (error.kind === 'target' || error.kind === 'infrastructure') return ExitCode.targetFailure;
  }
  return ExitCode.targetFailure;
}
