/**
 * Errors the user can act on. Each has a stable `code` from the registry in `error-codes.ts`
 * (which decides its kind and exit code) and a `hint` that says what to do. Entry points catch
 * them once: the CLI prints them and exits with `exitCodeFor(error)`; the action fails the step
 * (main) or warns (post).
 */
import { redactUrlsInText } from './config/secrets.js';
import {
  ExitCode,
  errorCodes,
  exitCodeOfKind,
  type ErrorCode,
  type ErrorCodeOfKind,
  type ErrorKind,
} from './error-codes.js';

export { ExitCode, type ErrorCode, type ErrorKind } from './error-codes.js';

/** An error with a stable code and a hint. */
export class BenchError extends Error {
  /** Stable identifier from the registry, e.g. `CONFIG_INVALID`, `TARGET_UNHEALTHY`. */
  readonly code: ErrorCode;
  /** What the user can do about it. */
  readonly hint: string;
  /** Broad class, from the registry. */
  readonly kind: ErrorKind;

  /**
   * `hint` defaults to the registry's hint for `code`. URL userinfo in the message or hint is
   * hidden here, once, so no error that quotes a target URL can print its credentials.
   */
  constructor(code: ErrorCode, message: string, hint?: string, options?: { cause?: unknown }) {
    super(redactUrlsInText(message), options);
    this.name = 'BenchError';
    this.code = code;
    this.kind = errorCodes[code].kind;
    this.hint = redactUrlsInText(hint ?? errorCodes[code].hint);
  }
}

/** Invalid input: config, arguments, files. Exit code 2. */
export function inputError(
  code: ErrorCodeOfKind<'input'>,
  message: string,
  hint?: string,
  cause?: unknown,
): BenchError {
  return new BenchError(code, message, hint, { cause });
}

/** The target misbehaved: did not start, never healthy, refused every connection. Exit code 3. */
export function targetError(
  code: ErrorCodeOfKind<'target'>,
  message: string,
  hint?: string,
  cause?: unknown,
): BenchError {
  return new BenchError(code, message, hint, { cause });
}

/** Exit code for an error caught at the entry point; anything not a `BenchError` is a bug. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof BenchError) return exitCodeOfKind(error.kind);
  return ExitCode.internalError;
}

/** An error in one line for logs and notes: the message and, for a `BenchError`, its code. */
export function errorSummary(error: unknown): string {
  if (error instanceof BenchError) return `${error.message} (${error.code})`;
  return redactUrlsInText(error instanceof Error ? error.message : String(error));
}

/** An error with what to do, for failing a step or a warning: message, code and hint. */
export function errorDetails(error: unknown): string {
  if (error instanceof BenchError) return `${error.message}\n[${error.code}] ${error.hint}`;
  if (error instanceof Error) return redactUrlsInText(error.stack ?? error.message);
  return redactUrlsInText(String(error));
}
