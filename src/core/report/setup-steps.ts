/**
 * Setup and teardown steps in words, one wording for every renderer: what ran, its status and
 * its time, e.g. `setup register workflow: POST /api/v1/admin/workflows → 201 in 3.2 ms`.
 */
import type { SetupStepReport } from './model.js';
import { visibleText } from '../visible-text.js';

/** One step in one line (control characters escaped). */
export function describeSetupStep(step: SetupStepReport): string {
  const status = step.status === undefined ? 'no answer' : String(step.status);
  const line = `${step.phase} ${step.name}: ${step.method} ${step.path} → ${status} in ${formatStepMs(step.durationMs)}${step.ok ? '' : ' (failed)'}`;
  return visibleText(line, { keepNewlines: false });
}

/** A step's time: `3.2 ms` below a second, `1.25 s` above. */
export function formatStepMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms * 10) / 10} ms` : `${Math.round(ms / 10) / 100} s`;
}
