/**
 * The last step of building a run report: every text in it that can carry a secret (the
 * target's URL and command, the resolved config, notes, the comparison's labels and notes) is
 * passed through the redaction rules of `core/config/secrets.ts`, so no renderer (result.json,
 * report.html, summary.md, CSV, the terminal, the action's summary and comment) can write one.
 * Measurements (histograms, counts) are left alone: they hold no text from the config, and a
 * secret that happened to spell part of a base64 histogram must not corrupt it.
 */
import { redactArgv, redactText, redactUrl, redactUrlsInText } from '../config/secrets.js';
import type { RunReport } from './model.js';

/** `report` with URL userinfo, secret arguments and the known `secrets` hidden in its texts. */
export function redactReport(report: RunReport, secrets: readonly string[]): RunReport {
  const text = (value: string) => redactText(value, secrets);
  const { target, comparison } = report;
  return {
    ...report,
    target: {
      ...target,
      url: text(redactUrl(target.url)),
      ...(target.command !== undefined ? { command: redactArgv(target.command).map(text) } : {}),
    },
    config: {
      ...report.config,
      ...(report.config.path !== undefined ? { path: redactUrlsInText(report.config.path) } : {}),
      // Already redacted by structure when the plan was resolved; URLs anywhere in it, too.
      resolved: redactUrlsDeep(report.config.resolved),
    },
    notes: report.notes.map(text),
    ...(comparison !== undefined
      ? {
          comparison: {
            ...comparison,
            baselineLabel: text(comparison.baselineLabel),
            candidateLabel: text(comparison.candidateLabel),
            notes: comparison.notes.map(text),
          },
        }
      : {}),
  };
}

/** JSON data with URL userinfo hidden in every string. */
function redactUrlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return redactUrlsInText(value);
  if (Array.isArray(value)) return value.map(redactUrlsDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactUrlsDeep(v)]),
    );
  }
  return value;
}
