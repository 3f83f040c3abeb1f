/** `result.json`: the report as pretty JSON, keys in the order the schema declares them. */
import { RunReportSchema, type RunReport } from './model.js';

/**
 * Renders `result.json`. Parsing through the schema both checks the report and rebuilds every
 * object in schema order, so two runs produce byte-comparable files whatever order the fields
 * were assigned in.
 */
export function renderJsonReport(report: RunReport): string {
  const ordered = RunReportSchema.parse(report);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
