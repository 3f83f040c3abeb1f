/** `aggregate.json`: the size comparison as pretty JSON, keys in the order the schema declares. */
import { BenchError } from '../errors.js';
import { AggregateReportSchema, type AggregateReport } from './aggregate.js';

/**
 * Renders `aggregate.json`. Parsing through the schema checks the model and rebuilds every
 * object in schema order, so two comparisons of the same reports are byte-comparable.
 */
export function renderAggregateJson(report: AggregateReport): string {
  const parsed = AggregateReportSchema.safeParse(report);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    // A comparison the schema rejects would mislead every reader of the file: stop instead.
    throw new BenchError(
      'AGGREGATE_INVALID',
      `the size comparison does not match its schema (${issues})`,
      'This is a bug in bench-action: please report it with the reports that were aggregated.',
    );
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
