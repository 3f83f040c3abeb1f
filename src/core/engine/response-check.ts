/**
 * Decides whether a response is a success. Status is checked first (cheap); the body is
 * parsed only when a JSON-path or contains check needs it, and parsed once for all of them.
 */
import type { CheckPlan } from '../config/plan.js';
import { compileJsonCheck } from '../config/json-check.js';

/** Result of checking one response. */
export type CheckOutcome = 'success' | 'httpStatus' | 'check';

/** A compiled response check. */
export interface ResponseCheck {
  /** Whether bodies must be kept for `check`. */
  readonly needsBody: boolean;
  /** Classifies a response. */
  check(status: number, body: Buffer | null): CheckOutcome;
}

/** Compiles a scenario's checks once per level. */
export function compileResponseCheck(plan: CheckPlan): ResponseCheck {
  const accepted = new Uint8Array(1000);
  for (const s of plan.status) if (s >= 0 && s < 1000) accepted[s] = 1;
  const json = plan.json.map(compileJsonCheck);
  const contains = plan.bodyContains.map((s) => Buffer.from(s, 'utf8'));
  const needsBody = json.length > 0 || contains.length > 0;
  return {
    needsBody,
    check(status, body) {
      if (accepted[status] !== 1) return 'httpStatus';
      if (!needsBody) return 'success';
      if (body === null) return 'check';
      for (const needle of contains) if (body.indexOf(needle) === -1) return 'check';
      if (json.length > 0) {
        let doc: unknown;
        try {
          doc = JSON.parse(body.toString('utf8'));
        } catch {
          return 'check';
        }
        for (const predicate of json) if (!predicate(doc)) return 'check';
      }
      return 'success';
    },
  };
}
