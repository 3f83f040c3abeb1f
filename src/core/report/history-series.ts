/**
 * History trends from the report index: for one product and branch, the series of headline
 * figures (throughput, p50, p99, p99.9) of every scenario × load model × level × VM size over
 * its last runs, oldest first. Built from `index.json` alone, so a trend over a hundred nights
 * costs one small read rather than a hundred `result.json` downloads. Each point keeps the
 * commit, run and report path it came from, for labels and links.
 */
import type { IndexEntry, IndexScenario, ReportIndex } from '../remote/report-index.js';
import type { ComparedMetric } from './comparison-model.js';

/** Metrics a history series carries: throughput and the latency percentiles of successes. */
export type HistoryMetric = Extract<ComparedMetric, 'successRps' | 'p50' | 'p99' | 'p999'>;

/** Every history metric, in display order. */
export const HISTORY_METRICS: readonly HistoryMetric[] = ['successRps', 'p50', 'p99', 'p999'];

/** Points kept per series when the caller does not say: about a month of nightlies. */
export const DEFAULT_HISTORY_RUNS = 30;

/** One run's figures in a series. */
export interface HistoryPoint {
  /** Commit benchmarked. */
  sha: string;
  /** GitHub run id (or a local run id). */
  runId: string;
  /** GitHub run attempt, from 1. */
  attempt: number;
  /** When the report was written, ISO 8601 UTC. */
  createdAt: string;
  /** Folder of the report in the container (no trailing slash), for links. */
  path: string;
  /** Successful responses per second. */
  successRps: number;
  /** Median latency of successes, µs; absent when the index entry predates it. */
  p50Us?: number;
  /** 99th percentile latency of successes, µs. */
  p99Us: number;
  /** 99.9th percentile latency of successes, µs; absent when the index entry predates it. */
  p999Us?: number;
  /** Failures / total requests (0..1); absent when the index entry predates it. */
  errorRate?: number;
  /** True when the load generator limited the level: the figures describe the generator. */
  generatorBound?: boolean;
}

/** What a series is the history of. */
export interface HistorySeriesKey {
  /** Product the index belongs to. */
  product: string;
  /** Branch as given in the index, e.g. `main`. */
  branch: string;
  /** Scenario name. */
  scenario: string;
  /** Load model; absent when the index entries did not record it. */
  model?: 'closed' | 'open';
  /** Connections (closed) or offered req/s (open). */
  level: number;
  /** VM size of the product VM; absent for runs that recorded none (local runs). */
  vmSize?: string;
}

/** One scenario × model × level × VM size over the branch's last runs. */
export interface HistorySeries extends HistorySeriesKey {
  /** Identifier of the series, unique among those built together; safe in an HTML id. */
  id: string;
  /** Runs, oldest first; at most one point per run id. */
  points: HistoryPoint[];
}

/** What `buildHistorySeries` selects. */
export interface HistoryQuery {
  /** Branch whose runs make the series, exact name (e.g. `main`). */
  branch: string;
  /** Points kept per series, the newest; default `DEFAULT_HISTORY_RUNS`. */
  lastRuns?: number;
  /** When set, only entries from this VM size. */
  vmSize?: string;
}

/** The value of `metric` at a point, or `undefined` when the point has none. */
export function historyValue(point: HistoryPoint, metric: HistoryMetric): number | undefined {
  switch (metric) {
    case 'successRps':
      return point.successRps;
    case 'p50':
      return point.p50Us;
    case 'p99':
      return point.p99Us;
    case 'p999':
      return point.p999Us;
  }
}

/** Readable identifier of a series key, safe in an HTML id or a file name (may collide). */
function readableId(key: HistorySeriesKey): string {
  const parts = [key.scenario, key.model ?? 'any', String(key.level), key.vmSize ?? 'local'];
  return parts
    .join('--')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .toLowerCase();
}

function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

function pointOf(entry: IndexEntry, s: IndexScenario): HistoryPoint {
  const point: HistoryPoint = {
    sha: entry.sha,
    runId: entry.runId,
    attempt: entry.attempt,
    createdAt: entry.createdAt,
    path: entry.path,
    successRps: s.successRps,
    p99Us: s.p99Us,
  };
  if (s.p50Us !== undefined) point.p50Us = s.p50Us;
  if (s.p999Us !== undefined) point.p999Us = s.p999Us;
  if (s.errorRate !== undefined) point.errorRate = s.errorRate;
  if (s.generatorBound === true) point.generatorBound = true;
  return point;
}

/**
 * The series of every scenario × model × level × VM size that the branch's completed (`ok`)
 * runs measured, ordered by scenario, model, VM size and level; points oldest first, the last
 * `lastRuns` of each. A re-run attempt replaces the earlier attempt of the same run, so a
 * retried night counts once. Entries from other products or branches, interrupted runs and
 * target failures are left out. Accepts the live index, or its entries merged with archives.
 */
export function buildHistorySeries(
  index: ReportIndex | { product: string; entries: readonly IndexEntry[] },
  query: HistoryQuery,
): HistorySeries[] {
  const lastRuns = Math.max(1, Math.floor(query.lastRuns ?? DEFAULT_HISTORY_RUNS));
  const entries = selectEntries(index, query);

  const byKey = new Map<string, { key: HistorySeriesKey; byRun: Map<string, HistoryPoint> }>();
  for (const entry of entries) {
    for (const s of entry.scenarios) {
      const key: HistorySeriesKey = {
        product: index.product,
        branch: query.branch,
        scenario: s.scenario,
        level: s.level,
        ...(s.model !== undefined && { model: s.model }),
        ...(entry.vmSize !== undefined && { vmSize: entry.vmSize }),
      };
      const raw = JSON.stringify([key.scenario, key.model ?? null, key.level, key.vmSize ?? null]);
      let group = byKey.get(raw);
      if (!group) {
        group = { key, byRun: new Map() };
        byKey.set(raw, group);
      }
      keepNewestAttempt(group.byRun, entry, pointOf(entry, s));
    }
  }

  const sorted = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  return withUniqueIds(sorted, readableId).map(({ group: g, id }) => ({
    ...g.key,
    id,
    points: [...g.byRun.values()].slice(-lastRuns),
  }));
}

/** One run's estimate in a benchmark's series. */
export interface BenchmarkHistoryPoint {
  /** Commit benchmarked. */
  sha: string;
  /** GitHub run id (or a local run id). */
  runId: string;
  /** GitHub run attempt, from 1. */
  attempt: number;
  /** When the report was written, ISO 8601 UTC. */
  createdAt: string;
  /** Folder of the report in the container (no trailing slash), for links. */
  path: string;
  /** The benchmark's headline estimate, in the series' unit. */
  estimate: number;
}

/** One command benchmark (scenario, name, unit, VM size) over the branch's last runs. */
export interface BenchmarkHistorySeries {
  /** Identifier of the series, unique among those built together; safe in an HTML id. */
  id: string;
  /** Product the index belongs to. */
  product: string;
  /** Branch as given in the index. */
  branch: string;
  /** The command scenario. */
  scenario: string;
  /** The benchmark's stable name. */
  benchmark: string;
  /** Unit of every estimate; a benchmark whose unit changed starts a new series. */
  unit: string;
  /** Which way is better. */
  direction: 'lower-is-better' | 'higher-is-better';
  /** VM size; absent for runs that recorded none. */
  vmSize?: string;
  /** Runs, oldest first; at most one point per run id. */
  points: BenchmarkHistoryPoint[];
}

/**
 * The series of every command benchmark the branch's completed runs measured, by the rules of
 * `buildHistorySeries` (same entries, a re-run attempt replaces the earlier one, the last
 * `lastRuns`), keyed by scenario, benchmark name, unit and VM size and ordered by them.
 */
export function buildBenchmarkHistorySeries(
  index: ReportIndex | { product: string; entries: readonly IndexEntry[] },
  query: HistoryQuery,
): BenchmarkHistorySeries[] {
  const lastRuns = Math.max(1, Math.floor(query.lastRuns ?? DEFAULT_HISTORY_RUNS));
  type Key = Omit<BenchmarkHistorySeries, 'id' | 'points'>;
  const byKey = new Map<string, { key: Key; byRun: Map<string, BenchmarkHistoryPoint> }>();
  for (const entry of selectEntries(index, query)) {
    for (const b of entry.benchmarks ?? []) {
      const key: Key = {
        product: index.product,
        branch: query.branch,
        scenario: b.scenario,
        benchmark: b.name,
        unit: b.unit,
        direction: b.direction,
        ...(entry.vmSize !== undefined && { vmSize: entry.vmSize }),
      };
      const raw = JSON.stringify([key.scenario, key.benchmark, key.unit, key.vmSize ?? null]);
      let group = byKey.get(raw);
      if (!group) {
        group = { key, byRun: new Map() };
        byKey.set(raw, group);
      }
      keepNewestAttempt(group.byRun, entry, {
        sha: entry.sha,
        runId: entry.runId,
        attempt: entry.attempt,
        createdAt: entry.createdAt,
        path: entry.path,
        estimate: b.estimate,
      });
    }
  }
  const sorted = [...byKey.values()].sort(
    (a, b) =>
      compareText(a.key.scenario, b.key.scenario) ||
      compareText(a.key.benchmark, b.key.benchmark) ||
      compareText(a.key.unit, b.key.unit) ||
      compareText(a.key.vmSize ?? '', b.key.vmSize ?? ''),
  );
  const idOf = (k: Key) =>
    ['bench', k.scenario, k.benchmark, k.vmSize ?? 'local']
      .join('--')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .toLowerCase();
  return withUniqueIds(sorted, idOf).map(({ group: g, id }) => ({
    id,
    ...g.key,
    points: [...g.byRun.values()].slice(-lastRuns),
  }));
}

/**
 * Entries a series is built from: the product's and branch's completed (`ok`) runs, of the VM
 * size asked for, oldest first (stable for entries written in the same millisecond).
 */
function selectEntries(
  index: ReportIndex | { product: string; entries: readonly IndexEntry[] },
  query: HistoryQuery,
): IndexEntry[] {
  return (
    index.entries
      .filter(
        (e) =>
          e.product === index.product &&
          e.branch === query.branch &&
          (e.outcome ?? 'ok') === 'ok' &&
          (query.vmSize === undefined || e.vmSize === query.vmSize),
      )
      // Stable: entries written in the same millisecond keep the index's order.
      .map((e, i) => ({ e, i }))
      .sort((a, b) => timeOf(a.e.createdAt) - timeOf(b.e.createdAt) || a.i - b.i)
      .map(({ e }) => e)
  );
}

/**
 * Entries are oldest first, so a later attempt of the same run replaces the earlier one;
 * deleting first moves the run to where its newest attempt belongs in time.
 */
function keepNewestAttempt<P extends { attempt: number }>(
  byRun: Map<string, P>,
  entry: IndexEntry,
  point: P,
): void {
  const previous = byRun.get(entry.runId);
  if (previous === undefined || entry.attempt >= previous.attempt) {
    byRun.delete(entry.runId);
    byRun.set(entry.runId, point);
  }
}

/** Names that differ only in punctuation read the same: the later ones are numbered. */
function withUniqueIds<G extends { key: K }, K>(
  groups: readonly G[],
  idOf: (key: K) => string,
): { group: G; id: string }[] {
  const used = new Set<string>();
  return groups.map((group) => {
    const base = idOf(group.key);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { group, id };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: HistorySeriesKey, b: HistorySeriesKey): number {
  return (
    compareText(a.scenario, b.scenario) ||
    compareText(a.model ?? '', b.model ?? '') ||
    compareText(a.vmSize ?? '', b.vmSize ?? '') ||
    a.level - b.level
  );
}
