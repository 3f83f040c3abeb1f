/**
 * The index entry's headline figures for history trends: p50, p99.9, error rate and the
 * generator-bound flag are written for new reports, and indexes written before them still read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeReportIndex,
  indexEntryFromReport,
  INDEX_VERSION,
} from '../../src/core/remote/report-index.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

const where = {
  path: 'reframe/main/2026/11/29/5000-1',
  product: 'reframe',
  branch: 'main',
  sha: 'abc1234',
  runId: '5000',
  attempt: 1,
};

beforeAll(async () => {
  await initHistograms();
});

describe('index entries for history trends', () => {
  it('copy p50, p99, p99.9, throughput and error rate of every level from the report', () => {
    const report = buildRound({
      seed: 3,
      levels: [
        { scenario: 'mt-to-mx', level: 8, medianUs: 2000, successRps: 900, errorRate: 0.01 },
        { scenario: 'mt-to-mx', level: 64, medianUs: 6000, successRps: 4000 },
      ],
    });
    const entry = indexEntryFromReport(report, where);
    expect(entry.scenarios).toEqual(
      report.levels.map((l) => ({
        scenario: l.scenario,
        model: l.model,
        level: l.level,
        successRps: l.throughput.successRps,
        p50Us: l.latencyUs.p50,
        p99Us: l.latencyUs.p99,
        p999Us: l.latencyUs.p999,
        errorRate: l.errorRate,
      })),
    );
    expect(entry.scenarios[0]!.errorRate).toBeGreaterThan(0);
  });

  it('mark a generator-bound level, and only that one', () => {
    const report = buildRound({
      seed: 4,
      levels: [
        { level: 8, medianUs: 2000, successRps: 900 },
        { level: 512, medianUs: 9000, successRps: 9000, generatorBound: true },
      ],
    });
    const entry = indexEntryFromReport(report, where);
    expect(entry.scenarios.map((s) => s.generatorBound)).toEqual([undefined, true]);
  });

  it('still read from an index written before they existed', () => {
    const old = {
      indexVersion: INDEX_VERSION,
      product: 'reframe',
      updatedAt: '2026-01-01T00:00:00.000Z',
      archivedMonths: [],
      entries: [
        {
          ...where,
          createdAt: '2026-01-01T00:00:00.000Z',
          scenarios: [{ scenario: 'mt103', level: 32, successRps: 4100, p99Us: 8100 }],
          schemaVersion: 1,
        },
      ],
    };
    const index = decodeReportIndex(JSON.stringify(old), 'reframe/index.json');
    expect(index.entries[0]!.scenarios).toEqual([
      { scenario: 'mt103', level: 32, successRps: 4100, p99Us: 8100 },
    ]);
  });

  it('round-trip through index.json with the new figures', () => {
    const report = buildRound({ seed: 5, levels: [{ level: 8, medianUs: 2000, successRps: 900 }] });
    const index = {
      indexVersion: INDEX_VERSION,
      product: 'reframe',
      updatedAt: '2026-11-29T04:00:00.000Z',
      archivedMonths: [],
      entries: [indexEntryFromReport(report, where)],
    };
    expect(decodeReportIndex(JSON.stringify(index), 'reframe/index.json')).toEqual(index);
  });

  it.each([
    { field: 'p50Us', value: -1 },
    { field: 'errorRate', value: 1.5 },
    { field: 'generatorBound', value: 'yes' },
  ])('refuse an index whose $field is $value', ({ field, value }) => {
    const index = {
      indexVersion: INDEX_VERSION,
      product: 'reframe',
      updatedAt: '2026-11-29T04:00:00.000Z',
      archivedMonths: [],
      entries: [
        {
          ...where,
          createdAt: '2026-11-29T03:00:00.000Z',
          scenarios: [{ scenario: 's', level: 8, successRps: 1, p99Us: 1, [field]: value }],
          schemaVersion: 1,
        },
      ],
    };
    expect(() => decodeReportIndex(JSON.stringify(index), 'reframe/index.json')).toThrow(
      expect.objectContaining({ code: 'REPORT_INDEX_INVALID' }) as Error,
    );
  });
});
