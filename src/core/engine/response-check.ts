/**
 * Decides whether a response is a success. Status is checked first (cheap); the body is
 * parsed only when a JSON-path or contains check needs it, and parsed once for all of them.
 * A check never throws: a body it cannot read (too long, not JSON) or an expression that fails
 * on it is a failed check with a reason, and the load goes on.
 */
import type { CheckPlan } from '../config/plan.js';
import { compileJsonCheck } from '../config/json-check.js';

/**
 * Result of checking one response. A 503 or a 429 that the checks do not accept is the target
 * declining work (`backPressure`, `rateLimited`), counted apart from failures.
 */
export type CheckOutcome = 'success' | 'httpStatus' | 'check' | RefusalClass;

/** Responses that refuse work rather than fail it: 503 (back-pressure) and 429 (rate limit). */
export type RefusalClass = 'backPressure' | 'rateLimited';

/** The refusal class of a status code, when it is one (503 or 429). */
export function refusalClassOf(status: number): RefusalClass | undefined {
  if (status === 503) return 'backPressure';
  if (status === 429) return 'rateLimited';
  return undefined;
}

/** Most characters of an evaluation error kept in a reason (reasons are counted by text). */
const MAX_ERROR_CHARS = 120;

/** A compiled response check. */
export interface ResponseCheck {
  /** Whether bodies must be kept for `check`. */
  readonly needsBody: boolean;
  /** Why the last response classed `check` failed, e.g. `$.success == true did not hold`. */
  readonly lastFailure: string;
  /**
   * Classifies a response. `bodyOverLimit` says the body was longer than the check may read
   * (and was not kept).
   */
  check(status: number, body: Buffer | null, bodyOverLimit?: boolean): CheckOutcome;
}

/** Reason of a check failed because the body was longer than `maxBodyBytes`. */
export function bodyOverLimitReason(maxBodyBytes: number): string {
  return `body longer than the ${maxBodyBytes}-byte check limit (load.maxCheckBodyBytes): not checked`;
}

/** Reason of a check failed because the body was not JSON. */
export const BODY_NOT_JSON = 'body is not JSON';
/** Reason of a check failed because there was no body to check. */
export const NO_BODY = 'no body to check';

/** Compiles a scenario's checks once per level; `maxBodyBytes` is the limit the transport applies. */
export function compileResponseCheck(plan: CheckPlan, maxBodyBytes: number): ResponseCheck {
  const accepted = new Uint8Array(1000);
  for (const s of plan.status) if (s >= 0 && s < 1000) accepted[s] = 1;
  const json = plan.json.map((p) => ({
    predicate: compileJsonCheck(p),
    failed: `${p.source} did not hold`,
    source: p.source,
  }));
  const contains = plan.bodyContains.map((s) => ({
    needle: Buffer.from(s, 'utf8'),
    failed: `body does not contain ${JSON.stringify(s)}`,
  }));
  const needsBody = json.length > 0 || contains.length > 0;
  const overLimit = bodyOverLimitReason(maxBodyBytes);
  const result = {
    needsBody,
    lastFailure: '',
    check(status: number, body: Buffer | null, bodyOverLimit = false): CheckOutcome {
      if (accepted[status] !== 1) return refusalClassOf(status) ?? 'httpStatus';
      if (!needsBody) return 'success';
      if (bodyOverLimit) return fail(overLimit);
      if (body === null) return fail(NO_BODY);
      for (const c of contains) if (body.indexOf(c.needle) === -1) return fail(c.failed);
      if (json.length > 0) {
        let doc: unknown;
        try {
          doc = JSON.parse(body.toString('utf8'));
        } catch {
          return fail(BODY_NOT_JSON);
        }
        for (const c of json) {
          let ok: boolean;
          try {
            ok = c.predicate(doc);
          } catch (error) {
            return fail(`${c.source} could not be evaluated: ${errorText(error)}`);
          }
          if (!ok) return fail(c.failed);
        }
      }
      return 'success';
    },
  };
  function fail(reason: string): CheckOutcome {
    result.lastFailure = reason;
    return 'check';
  }
  return result;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}
