/**
 * Setup and teardown steps, judged: a step's answer goes through the same checks as a
 * scenario's (`compileResponseCheck`), and a failed step is described in one line with the
 * method, the path, the status and a short excerpt of what the target answered, with every
 * control character escaped so an answer can never drive the terminal or forge log lines.
 */
import { redactPath } from '../config/secrets.js';
import type { SetupRequestPlan } from '../config/plan.js';
import { visibleText } from '../visible-text.js';
import { compileResponseCheck } from './response-check.js';

/** Most characters of a response body quoted in an error or a report. */
export const SETUP_EXCERPT_CHARS = 300;
/** Most bytes of a step's response body kept for the checks (and the excerpt). */
export const SETUP_MAX_BODY_BYTES = 1024 * 1024;

/** What one step's request got back: an answer, or why there was none. */
export type SetupAnswer =
  | { status: number; body: Uint8Array; bodyOverLimit: boolean; durationMs: number }
  | { error: string; durationMs: number };

/** A step as run, for the report. */
export interface SetupStepOutcome {
  phase: 'setup' | 'teardown';
  name: string;
  method: string;
  /** The path with secrets in its query redacted. */
  path: string;
  /** The status answered; absent when no answer came. */
  status?: number;
  durationMs: number;
  ok: boolean;
  /** Why the step failed, in words (with the excerpt); absent when it passed. */
  problem?: string;
}

/** The first `SETUP_EXCERPT_CHARS` characters of a body, control characters escaped. */
export function excerptBody(body: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(
    body.subarray(0, SETUP_EXCERPT_CHARS * 4),
  );
  const chars = [...text];
  const clipped = chars.length > SETUP_EXCERPT_CHARS;
  const shown = visibleText(chars.slice(0, SETUP_EXCERPT_CHARS).join(''), { keepNewlines: false });
  return clipped || body.byteLength > SETUP_EXCERPT_CHARS * 4 ? `${shown}…` : shown;
}

/** Judges one step's answer against its checks. */
export function judgeSetupStep(
  phase: 'setup' | 'teardown',
  step: SetupRequestPlan,
  answer: SetupAnswer,
): SetupStepOutcome {
  const head = {
    phase,
    name: step.name,
    method: step.method,
    path: redactPath(step.path),
    durationMs: Math.round(answer.durationMs * 10) / 10,
  };
  const where = `${phase} step "${visibleText(step.name, { keepNewlines: false })}" (${step.method} ${head.path})`;
  if ('error' in answer) {
    return { ...head, ok: false, problem: `${where} got no answer: ${visibleText(answer.error)}` };
  }
  const check = compileResponseCheck(step.checks, SETUP_MAX_BODY_BYTES);
  const outcome = check.check(answer.status, Buffer.from(answer.body), answer.bodyOverLimit);
  if (outcome === 'success') return { ...head, status: answer.status, ok: true };
  const why =
    outcome === 'check'
      ? `its check failed: ${check.lastFailure}`
      : `expected status ${step.checks.status.join(' or ')}`;
  const excerpt = answer.body.byteLength === 0 ? 'empty body' : `body: ${excerptBody(answer.body)}`;
  return {
    ...head,
    status: answer.status,
    ok: false,
    problem: `${where} answered ${answer.status}, ${why}; ${excerpt}`,
  };
}
