/**
 * Cancellation as the runner does it: SIGINT to the node process, SIGTERM 7.5 s later, the
 * process tree killed 2.5 s after that (actions/runner `src/Runner.Sdk/ProcessInvoker.cs`). The
 * main step turns the first signal into an abort and gives the pipeline a short grace to hand
 * back its partial result, so publishing fits in the seconds that are left.
 */
import * as core from '@actions/core';

/** Installs SIGINT/SIGTERM handlers that abort; returns the signal and a remover. */
export function abortOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      core.info(`${name} received again: still publishing partial results.`);
      return;
    }
    core.warning(
      `${name} received (the run was cancelled): stopping the load and publishing partial results. The post step deletes cloud resources.`,
    );
    controller.abort(new Error(`${name} received`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** How `settleWithinGrace` ended. */
export type Settled<T> = { value: T } | { error: unknown } | { timedOut: true };

/** Waits for `promise`; once `signal` aborts, waits at most `graceMs` more. */
export async function settleWithinGrace<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  graceMs: number,
): Promise<Settled<T>> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const grace = new Promise<{ timedOut: true }>((resolve) => {
    onAbort = () => {
      timer = setTimeout(() => resolve({ timedOut: true }), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([settled, grace]);
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Resolves with `fallback` when `signal` aborts before `promise` settles: work that must not
 * outlive a cancellation (the runner kills the process 10 s after SIGINT).
 */
export async function unlessAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  fallback: () => T,
): Promise<T> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<T>((resolve) => {
    onAbort = () => resolve(fallback());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
