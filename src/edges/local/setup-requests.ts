/**
 * Sends a plan's setup steps before the first level (and its teardown steps after the last),
 * one at a time, each on a fresh connection, and judges each answer with the scenario checks
 * (`judgeSetupStep`). A failed setup step stops the run with `SETUP_REQUEST_FAILED`; a failed
 * teardown step is reported and the others still run.
 */
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { SetupRequestPlan } from '../../core/config/plan.js';
import {
  SETUP_MAX_BODY_BYTES,
  judgeSetupStep,
  type SetupAnswer,
  type SetupStepOutcome,
} from '../../core/engine/setup-step.js';
import { targetError } from '../../core/errors.js';

/** Options of `runSetupSteps`. */
export interface SetupRunOptions {
  /** Whole-response timeout of each step, ms. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** One line per step: what ran, its status and time. */
  log?: (line: string) => void;
}

/**
 * Runs `steps` in order against `baseUrl` and returns how each went. Setup throws
 * `SETUP_REQUEST_FAILED` at the first failed step (its message has the method, path, status and
 * an excerpt of the answer); teardown runs every step and returns the failures with the rest.
 */
export async function runSetupSteps(
  baseUrl: string,
  phase: 'setup' | 'teardown',
  steps: readonly SetupRequestPlan[],
  opts: SetupRunOptions,
): Promise<SetupStepOutcome[]> {
  const outcomes: SetupStepOutcome[] = [];
  for (const step of steps) {
    if (opts.signal?.aborted) break;
    const answer = await sendStep(baseUrl, step, opts);
    const outcome = judgeSetupStep(phase, step, answer);
    outcomes.push(outcome);
    opts.log?.(
      `${phase}: ${outcome.method} ${outcome.path} -> ${outcome.status ?? 'no answer'} in ${outcome.durationMs} ms${outcome.ok ? '' : ' (failed)'}`,
    );
    if (!outcome.ok && phase === 'setup') {
      throw targetError(
        'SETUP_REQUEST_FAILED',
        outcome.problem ?? `${phase} step "${step.name}" failed`,
      );
    }
  }
  return outcomes;
}

function sendStep(
  baseUrl: string,
  step: SetupRequestPlan,
  opts: SetupRunOptions,
): Promise<SetupAnswer> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const url = `${baseUrl.replace(/\/+$/, '')}${step.path}`;
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: SetupAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const headers: Record<string, string | number> = { ...step.headers, connection: 'close' };
    if (step.body !== undefined) headers['content-length'] = step.body.byteLength;
    const req = client.request(url, { method: step.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      let over = false;
      res.on('data', (chunk: Buffer) => {
        if (kept + chunk.length > SETUP_MAX_BODY_BYTES) {
          over = true;
          chunks.push(chunk.subarray(0, Math.max(0, SETUP_MAX_BODY_BYTES - kept)));
          kept = SETUP_MAX_BODY_BYTES;
        } else if (!over) {
          chunks.push(chunk);
          kept += chunk.length;
        }
      });
      res.on('end', () =>
        settle({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks),
          bodyOverLimit: over,
          durationMs: elapsed(),
        }),
      );
      res.on('error', (error) => settle({ error: error.message, durationMs: elapsed() }));
    });
    const timer = setTimeout(() => {
      settle({ error: `no complete answer within ${opts.timeoutMs} ms`, durationMs: elapsed() });
      req.destroy();
    }, opts.timeoutMs);
    const onAbort = () => {
      settle({ error: 'the run was interrupted', durationMs: elapsed() });
      req.destroy();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) =>
      settle({
        error: error.code ? `${error.code} (${error.message})` : error.message,
        durationMs: elapsed(),
      }),
    );
    req.end(step.body === undefined ? undefined : Buffer.from(step.body));
  });
}
