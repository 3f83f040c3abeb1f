/**
 * The report history index (`<product>/index.json` in the reports container): one small entry
 * per published report, enough to find a baseline and draw a trend without opening every
 * `result.json`. Versioned, validated on read, bounded in size: when a product has more than
 * `MAX_INDEX_ENTRIES` entries, the oldest move to monthly archives `<product>/index-YYYY-MM.json`
 * (same format), which history tools may read and baseline search does not.
 */
import { z } from 'zod';
import { BenchError } from '../errors.js';
import type { RunReport } from '../report/model.js';
import { READABLE_RESULT_SCHEMA_VERSIONS } from '../report/model.js';
import { describeIssues } from './plan-codec.js';
import { toPathSegment } from './run-exchange.js';

/** Version of the index format written by this code. */
export const INDEX_VERSION = 1;

/** Entries kept in a product's live index; older ones go to the monthly archives. */
export const MAX_INDEX_ENTRIES = 1_000;

/** Headline figures of one scenario at one level, copied from the report. */
export const IndexScenarioSchema = z.object({
  scenario: z.string(),
  /** Load model, so a level of 32 connections never matches a rate of 32 req/s. */
  model: z.enum(['closed', 'open']).optional(),
  level: z.number(),
  successRps: z.number().nonnegative(),
  p99Us: z.number().nonnegative(),
  /** Median latency of successes, µs; absent in entries written before history trends. */
  p50Us: z.number().nonnegative().optional(),
  /** 99.9th percentile latency of successes, µs; absent in older entries. */
  p999Us: z.number().nonnegative().optional(),
  /** Failures / total requests (0..1); absent in older entries. */
  errorRate: z.number().min(0).max(1).optional(),
  /** True when the load generator, not the target, limited the level; absent means false. */
  generatorBound: z.boolean().optional(),
});
/** Headline figures of one scenario at one level. */
export type IndexScenario = z.infer<typeof IndexScenarioSchema>;

/** Headline figure of one command benchmark, copied from the report. */
export const IndexBenchmarkSchema = z.object({
  scenario: z.string(),
  /** The benchmark's stable name, e.g. `parse_mt/fields/MT103`. */
  name: z.string(),
  /** Unit of `estimate`, e.g. `ns/iter`, `msg/s`. */
  unit: z.string(),
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  /** The headline estimate (in an A/B, the candidate's median round). */
  estimate: z.number(),
});
/** Headline figure of one command benchmark. */
export type IndexBenchmark = z.infer<typeof IndexBenchmarkSchema>;

/** One published report. */
export const IndexEntrySchema = z.object({
  /** Folder of the report in the container, no trailing slash. */
  path: z.string().min(1),
  product: z.string().min(1),
  /** Branch name as given (not sanitized), e.g. `main` or `feature/x`. */
  branch: z.string(),
  /** Commit benchmarked. */
  sha: z.string(),
  /** GitHub run id (or a local run id). */
  runId: z.string(),
  /** GitHub run attempt, from 1. */
  attempt: z.number().int().positive(),
  /** When the report was written, ISO 8601 UTC. */
  createdAt: z.string(),
  /** Cloud VM size of the product VM; absent for local runs. */
  vmSize: z.string().optional(),
  /** Cloud region; absent for local runs. */
  region: z.string().optional(),
  /** How the run ended; only `ok` runs are baselines. Absent means ok. */
  outcome: z.enum(['ok', 'target-failure', 'interrupted']).optional(),
  scenarios: z.array(IndexScenarioSchema),
  /** Command benchmarks of the report; absent for HTTP runs and in older entries. */
  benchmarks: z.array(IndexBenchmarkSchema).optional(),
  /** `schemaVersion` of the report's `result.json`. */
  schemaVersion: z.number().int().positive(),
});
/** One published report. */
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/** The whole `index.json` (and each monthly archive). */
export const ReportIndexSchema = z.object({
  indexVersion: z.literal(INDEX_VERSION),
  product: z.string(),
  /** Last write, ISO 8601 UTC. */
  updatedAt: z.string(),
  /** Oldest first. */
  entries: z.array(IndexEntrySchema),
  /** Months (`YYYY-MM`) whose older entries were moved to `index-YYYY-MM.json`. */
  archivedMonths: z.array(z.string()),
});
/** A product's report index. */
export type ReportIndex = z.infer<typeof ReportIndexSchema>;

/** What identifies a comparable earlier report. */
export interface BaselineQuery {
  product: string;
  scenario: string;
  level: number;
  /** Load model; when set, entries recording another model do not match. */
  model?: 'closed' | 'open';
  /** When set, only reports from this VM size match. */
  vmSize?: string;
  /** The base branch, as given (e.g. `main`). */
  branch: string;
}

/** An index with no entries. */
export function emptyReportIndex(product: string, now: Date): ReportIndex {
  return {
    indexVersion: INDEX_VERSION,
    product,
    updatedAt: now.toISOString(),
    entries: [],
    archivedMonths: [],
  };
}

/** Blob name of a product's live index. */
export function indexBlobName(product: string): string {
  return `${toPathSegment(product)}/index.json`;
}

/** Blob name of a product's archive for a month (`YYYY-MM`). */
export function archiveBlobName(product: string, month: string): string {
  return `${toPathSegment(product)}/index-${month}.json`;
}

/** What places a report in the container. */
export interface ReportLocation {
  product: string;
  branch: string;
  runId: string;
  attempt: number;
  /** When the report was written; its UTC date names the folder. */
  createdAt: Date;
}

/** The report's folder: `<product>/<branch>/<yyyy>/<mm>/<dd>/<run-id>-<attempt>` (no slash). */
export function reportPath(loc: ReportLocation): string {
  const d = loc.createdAt;
  const two = (n: number) => String(n).padStart(2, '0');
  return [
    toPathSegment(loc.product),
    sanitizeBranch(loc.branch),
    String(d.getUTCFullYear()),
    two(d.getUTCMonth() + 1),
    two(d.getUTCDate()),
    toPathSegment(`${loc.runId}-${loc.attempt}`),
  ].join('/');
}

/** A branch as one path segment: `refs/heads/` dropped, `/` and other specials become `-`. */
export function sanitizeBranch(branch: string): string {
  return toPathSegment(branch.replace(/^refs\/heads\//, ''));
}

/** The index entry of a report published at `path`. */
export function indexEntryFromReport(
  report: RunReport,
  where: {
    path: string;
    product: string;
    branch: string;
    sha: string;
    runId: string;
    attempt: number;
  },
): IndexEntry {
  const entry: IndexEntry = {
    ...where,
    createdAt: report.createdAt,
    outcome: report.outcome,
    scenarios: report.levels.map((l) => ({
      scenario: l.scenario,
      model: l.model,
      level: l.level,
      successRps: l.throughput.successRps,
      p99Us: l.latencyUs.p99,
      p50Us: l.latencyUs.p50,
      p999Us: l.latencyUs.p999,
      errorRate: l.errorRate,
      // Only the exception is written: most levels are not generator-bound, and the index stays small.
      ...(l.generator.generatorBound && { generatorBound: true }),
    })),
    ...((report.benchmarks?.length ?? 0) > 0 && {
      benchmarks: (report.benchmarks ?? []).map((b) => ({
        scenario: b.scenario,
        name: b.name,
        unit: b.unit,
        direction: b.direction,
        estimate: b.estimate,
      })),
    }),
    schemaVersion: report.schemaVersion,
  };
  if (report.environment.vmSize !== undefined) entry.vmSize = report.environment.vmSize;
  if (report.environment.region !== undefined) entry.region = report.environment.region;
  return entry;
}

/** Result of `addIndexEntry`. */
export interface IndexAddition {
  /** The new live index. */
  index: ReportIndex;
  /** Entries pushed out of the live index, to append to their monthly archives. */
  evicted: IndexEntry[];
}

/**
 * Adds (or, for the same `path`, replaces) an entry, keeps entries oldest first and at most
 * `maxEntries`, and returns those pushed out.
 */
export function addIndexEntry(
  index: ReportIndex,
  entry: IndexEntry,
  now: Date,
  maxEntries = MAX_INDEX_ENTRIES,
): IndexAddition {
  const entries = index.entries.filter((e) => e.path !== entry.path);
  entries.push(entry);
  entries.sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
  const evicted = entries.length > maxEntries ? entries.splice(0, entries.length - maxEntries) : [];
  const months = new Set(index.archivedMonths);
  for (const e of evicted) months.add(monthOf(e.createdAt));
  return {
    index: { ...index, updatedAt: now.toISOString(), entries, archivedMonths: [...months].sort() },
    evicted,
  };
}

/** Merges entries into an archive, by path, oldest first. */
export function mergeArchiveEntries(
  archive: ReportIndex,
  entries: IndexEntry[],
  now: Date,
): ReportIndex {
  const byPath = new Map(archive.entries.map((e) => [e.path, e]));
  for (const e of entries) byPath.set(e.path, e);
  const merged = [...byPath.values()].sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt));
  return { ...archive, updatedAt: now.toISOString(), entries: merged };
}

/** Evicted entries grouped by `YYYY-MM` of their `createdAt`. */
export function groupByMonth(entries: IndexEntry[]): Map<string, IndexEntry[]> {
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const month = monthOf(e.createdAt);
    const list = groups.get(month) ?? [];
    list.push(e);
    groups.set(month, list);
  }
  return groups;
}

/**
 * The latest entry comparable with the query: same product and branch, a completed (`ok`) run
 * written in a result schema this release reads, the same VM size when one is asked for, and a
 * measurement of the same scenario at the same level (and model, when known on both sides).
 */
export function findBaselineEntry(
  index: ReportIndex,
  query: BaselineQuery,
): IndexEntry | undefined {
  let best: IndexEntry | undefined;
  for (const e of index.entries) {
    if (e.product !== query.product || e.branch !== query.branch) continue;
    if ((e.outcome ?? 'ok') !== 'ok') continue;
    // Version 1 differs only in counting 503/429 as failures; a baseline without them is the same.
    if (!(READABLE_RESULT_SCHEMA_VERSIONS as readonly number[]).includes(e.schemaVersion)) continue;
    if (query.vmSize !== undefined && e.vmSize !== query.vmSize) continue;
    const measured = e.scenarios.some(
      (s) =>
        s.scenario === query.scenario &&
        s.level === query.level &&
        (query.model === undefined || s.model === undefined || s.model === query.model),
    );
    if (!measured) continue;
    if (best === undefined || timeOf(e.createdAt) >= timeOf(best.createdAt)) best = e;
  }
  return best;
}

/** Parses `index.json` text; throws `REPORT_INDEX_INVALID` naming `source` when unreadable. */
export function decodeReportIndex(text: string, source: string): ReportIndex {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw indexError(`${source} is not JSON (${(error as Error).message})`, error);
  }
  const version = (json as { indexVersion?: unknown } | null)?.indexVersion;
  if (version !== INDEX_VERSION) {
    throw indexError(
      `${source} has index version ${JSON.stringify(version)}; this release reads version ${INDEX_VERSION}`,
    );
  }
  const parsed = ReportIndexSchema.safeParse(json);
  if (!parsed.success) {
    throw indexError(
      `${source} is not a valid report index: ${describeIssues(parsed.error)}`,
      parsed.error,
    );
  }
  return parsed.data;
}

function indexError(message: string, cause?: unknown): BenchError {
  return new BenchError(
    'REPORT_INDEX_INVALID',
    message,
    'Restore the index from its previous blob version or snapshot, or delete it: reports stay ' +
      'in place, and the next published report starts a new index.',
    { cause },
  );
}

function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function monthOf(iso: string): string {
  const t = timeOf(iso);
  return new Date(t).toISOString().slice(0, 7);
}
