/**
 * Thresholds a stored report was held to, re-parsed from the sources its resolved config keeps:
 * `bench compare` and the action's history comparison judge a stored run by its own limits.
 */
import type { RunReport } from '../report/model.js';
import { isThresholdError, parseThreshold, type Threshold } from './thresholds.js';

/**
 * The thresholds the candidate ran with, re-parsed from the sources its resolved config keeps,
 * so a history comparison holds the run to the same limits an A/B would.
 */
export function storedThresholds(report: RunReport): Threshold[] {
  const resolved = report.config.resolved;
  if (typeof resolved !== 'object' || resolved === null) return [];
  const list = (resolved as { thresholds?: unknown }).thresholds;
  if (!Array.isArray(list)) return [];
  const thresholds: Threshold[] = [];
  for (const entry of list as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { source, scenario } = entry as { source?: unknown; scenario?: unknown };
    if (typeof source !== 'string') continue;
    const parsed = parseThreshold(source);
    if (isThresholdError(parsed)) continue;
    thresholds.push(typeof scenario === 'string' ? { ...parsed, scenario } : parsed);
  }
  return thresholds;
}
