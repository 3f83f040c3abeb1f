/**
 * Planted report histories for the history and change-point tests: index entries with a known
 * level shift, deterministic noise from the seeded generator, and the oddities real indexes hold
 * (older entries without p50, a retried night, another branch, an interrupted run).
 */
import type { IndexEntry, IndexScenario, ReportIndex } from '../../src/core/remote/report-index.js';
import { INDEX_VERSION } from '../../src/core/remote/report-index.js';
import type { HistoryPoint, HistorySeries } from '../../src/core/report/history-series.js';
import { RESULT_SCHEMA_VERSION } from '../../src/core/report/model.js';
import { createRng } from '../../src/core/stats/bootstrap.js';

/** Nights in the planted index. */
export const PLANTED_NIGHTS = 20;

/** Night (0-based) from which mt-to-mx p99 is 12% higher and its throughput 10% lower. */
export const PLANTED_SHIFT_NIGHT = 12;

/** Commit of night `i`: 40 hex digits, distinct per night. */
export function shaOf(i: number): string {
  return `${i.toString(16).padStart(2, '0')}c0ffee`.padEnd(40, 'a');
}

/** ISO time of night `i`: 03:00 UTC on consecutive days from 2026-11-01. */
export function nightOf(i: number): string {
  return new Date(Date.UTC(2026, 10, 1 + i, 3)).toISOString();
}

/** An index entry for night `i` with the given scenarios. */
export function entryOf(i: number, scenarios: IndexScenario[], over: Partial<IndexEntry> = {}) {
  const runId = String(5000 + i);
  const attempt = over.attempt ?? 1;
  const createdAt = over.createdAt ?? nightOf(i);
  const entry: IndexEntry = {
    path: `reframe/main/2026/11/${createdAt.slice(8, 10)}/${runId}-${attempt}`,
    product: 'reframe',
    branch: 'main',
    sha: shaOf(i),
    runId,
    attempt,
    createdAt,
    vmSize: 'Standard_D4s_v5',
    region: 'westeurope',
    outcome: 'ok',
    scenarios,
    schemaVersion: RESULT_SCHEMA_VERSION,
    ...over,
  };
  return entry;
}

/**
 * Twenty nights of Reframe on main: `mt-to-mx` at 64 connections shifts at night 12 (p50 and
 * p99 +12%, throughput −10%); `mx-to-mt` at 64 stays flat. Noise is ±1.5% from a fixed seed.
 * The first two nights predate p50 in the index; night 7 was retried (attempt 2 replaces 1);
 * one run on another branch and one interrupted run must not appear in the series.
 */
export function plantedIndex(): ReportIndex {
  const rng = createRng(7);
  const jitter = () => 1 + 0.03 * (rng() - 0.5);
  const entries: IndexEntry[] = [];
  for (let i = 0; i < PLANTED_NIGHTS; i++) {
    const shifted = i >= PLANTED_SHIFT_NIGHT;
    const old = i < 2;
    const scenario = (name: string, rps: number, p50Us: number, p99Us: number): IndexScenario => ({
      scenario: name,
      model: 'closed',
      level: 64,
      successRps: Math.round(rps * jitter()),
      p99Us: Math.round(p99Us * jitter()),
      ...(!old && {
        p50Us: Math.round(p50Us * jitter()),
        p999Us: Math.round(p99Us * 1.6 * jitter()),
        errorRate: 0,
      }),
    });
    const scenarios = [
      scenario('mt-to-mx', shifted ? 3600 : 4000, shifted ? 5600 : 5000, shifted ? 9520 : 8500),
      scenario('mx-to-mt', 5200, 3100, 6100),
    ];
    if (i === 7) {
      // The first attempt of night 7 was slow for reasons of its own, then retried.
      entries.push(
        entryOf(
          i,
          scenarios.map((s) => ({ ...s, p99Us: s.p99Us * 3 })),
        ),
        entryOf(i, scenarios, { attempt: 2, createdAt: nightOf(i).replace('T03', 'T05') }),
      );
      continue;
    }
    entries.push(entryOf(i, scenarios));
  }
  entries.push(
    entryOf(PLANTED_NIGHTS, [{ ...entries[0]!.scenarios[0]!, p99Us: 99_999 }], {
      branch: 'feature/x',
      path: 'reframe/feature-x/2026/11/21/9000-1',
      runId: '9000',
    }),
    entryOf(PLANTED_NIGHTS, [{ ...entries[0]!.scenarios[0]!, p99Us: 99_999 }], {
      outcome: 'interrupted',
      path: 'reframe/main/2026/11/21/9001-1',
      runId: '9001',
    }),
  );
  return {
    indexVersion: INDEX_VERSION,
    product: 'reframe',
    updatedAt: nightOf(PLANTED_NIGHTS),
    entries,
    archivedMonths: [],
  };
}

/** A series of one metric's values: p99 (µs) by default, or throughput (req/s). */
export function seriesOf(
  values: readonly number[],
  metric: 'p99' | 'successRps' = 'p99',
  over: Partial<HistorySeries> = {},
): HistorySeries {
  const points: HistoryPoint[] = values.map((v, i) => ({
    sha: shaOf(i),
    runId: String(1000 + i),
    attempt: 1,
    createdAt: nightOf(i),
    path: `reframe/main/2026/11/${nightOf(i).slice(8, 10)}/${1000 + i}-1`,
    successRps: metric === 'successRps' ? v : 1000,
    p99Us: metric === 'p99' ? v : 8000,
  }));
  return {
    id: 'mt-to-mx--closed--64--standard_d4s_v5',
    product: 'reframe',
    branch: 'main',
    scenario: 'mt-to-mx',
    model: 'closed',
    level: 64,
    points,
    ...over,
  };
}

/** `n` values around `level` with ±`spread`/2 relative noise from a fixed seed. */
export function noisy(n: number, level: number, spread: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Math.round(level * (1 + spread * (rng() - 0.5))));
}

/** `before` runs at `from` then `after` runs at `to`, each with ±1% noise. */
export function step(before: number, from: number, after: number, to: number, seed = 1): number[] {
  return [...noisy(before, from, 0.02, seed), ...noisy(after, to, 0.02, seed + 1)];
}
