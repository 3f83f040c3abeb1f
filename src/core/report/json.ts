/** `result.json`: the report as pretty JSON, keys in the order the schema declares them. */
import { BenchError } from '../errors.js';
import { RunReportSchema, type RunReport } from './model.js';

/**
 * Renders `result.json`. Parsing through the schema both checks the report and rebuilds every
 * object in schema order, so two runs produce byte-comparable files whatever order the fields
 * were assigned in.
 */
export function renderJsonReport(report: RunReport): string {
  const parsed = RunReportSchema.safeParse(report);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    // Writing a report the schema rejects would poison history and comparisons: stop instead.
    throw new BenchError(
      'REPORT_INVALID',
      `the run report does not match its schema (${issues})`,
      'This is a bug in bench-action: please report it with the command line and config used.',
    );
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
