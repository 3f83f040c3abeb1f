import { beforeAll, describe, expect, it } from 'vitest';
import { buildRunReport } from '../../src/core/report/build-run-report.js';
import {
  compactUtcStamp,
  defaultReportDir,
  newRunId,
  shortRunId,
} from '../../src/core/report/run-ids.js';
import { RunReportSchema, type LevelReport } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  ENVIRONMENT,
  fixtureLevels,
  fixturePlan,
  fixtureReport,
} from '../support/reports/measured-report.js';

beforeAll(async () => {
  await initHistograms();
});

describe('buildRunReport', () => {
  it('builds a report that satisfies the schema, with the config and run times', () => {
    const report = fixtureReport();
    expect(RunReportSchema.safeParse(report).success).toBe(true);
    expect(report.schemaVersion).toBe(2);
    expect(report.name).toBe('reframe-demo');
    expect(report.startedAt).toBe('2023-11-14T22:13:18.000Z');
    expect(report.createdAt).toBe(report.finishedAt);
    expect(report.config).toEqual({
      path: 'configs/demo.yml',
      hash: 'a'.repeat(64),
      resolved: { name: 'reframe-demo', load: { levels: [8] } },
    });
    expect(report.levels).toHaveLength(4);
  });

  it('adds a note naming the generator-bound levels, once', () => {
    const report = fixtureReport();
    const bound = report.notes.filter((n) => n.includes('limited by the load generator'));
    expect(bound).toEqual([
      '1 level(s) were limited by the load generator, not the target (mt103 @ 64); their throughput understates the target',
    ]);
    const again = buildRunReport({
      id: report.id,
      plan: fixturePlan(),
      startedAt: new Date(report.startedAt),
      finishedAt: new Date(report.finishedAt),
      levels: report.levels,
      environment: ENVIRONMENT,
      target: report.target,
      interrupted: false,
      notes: report.notes,
    });
    expect(again.notes).toEqual(report.notes);
  });

  it('keeps the notes it was given when no level was generator-bound', () => {
    const levels = fixtureLevels().filter((l) => !l.generator.generatorBound);
    expect(fixtureReport(levels).notes).toEqual([
      'Demo target: figures describe this machine, not production.',
    ]);
  });
});

describe('run ids and report directories', () => {
  const date = new Date('2026-11-29T03:53:11.456Z');

  it('stamps ids with the UTC start time and a random suffix', () => {
    let i = 0;
    const steps = [0, 0.5, 0.999, 0.1, 0.2, 0.3, 0.4, 0.6];
    const id = newRunId(date, () => steps[i++ % steps.length] ?? 0);
    expect(id).toBe('20261129T035311Z-0iz37ael');
  });

  it('gives different ids to runs started in the same second', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newRunId(date)));
    expect(ids.size).toBe(50);
  });

  it.each([
    ['20261129T035311Z-0izdpbek', '0izdpbek'],
    ['ABC_def-1234567890', '12345678'],
    ['plain', 'plain'],
    ['x-', 'run'],
  ])('shortRunId(%s) is %s', (id, short) => {
    expect(shortRunId(id)).toBe(short);
  });

  it('names the default report directory after the UTC time and the short id', () => {
    expect(compactUtcStamp(date)).toBe('20261129T035311Z');
    expect(defaultReportDir(date, '20261129T035311Z-0izdpbek')).toBe(
      'reports/20261129T035311Z-0izdpbek',
    );
  });

  describe('the outcome', () => {
    const build = (
      levels: LevelReport[],
      extra: { interrupted?: boolean; targetExited?: boolean } = {},
    ) =>
      buildRunReport({
        id: 'r',
        plan: fixturePlan(),
        startedAt: new Date(0),
        finishedAt: new Date(1000),
        levels,
        environment: ENVIRONMENT,
        target: { kind: 'url', url: 'http://127.0.0.1:1' },
        interrupted: extra.interrupted ?? false,
        ...(extra.targetExited !== undefined && { targetExited: extra.targetExited }),
        notes: [],
      });
    const healthy = () => fixtureLevels()[0]!;
    const failing = (
      failures: Partial<LevelReport['counts']['failures']>,
      droppedSends?: number,
    ): LevelReport => {
      const level = healthy();
      const all = {
        connect: 0,
        timeout: 0,
        reset: 0,
        protocol: 0,
        httpStatus: 0,
        check: 0,
        unfinished: 0,
        ...failures,
      };
      const total = Object.values(all).reduce((a, b) => a + b, 0);
      return {
        ...level,
        counts: {
          ...level.counts,
          total,
          success: 0,
          failures: all,
          ...(droppedSends !== undefined && { droppedSends }),
        },
      };
    };

    it('is ok when every level had successes', () => {
      expect(build([healthy()]).outcome).toBe('ok');
    });

    it.each([
      [
        'HTTP 500 to every request',
        { httpStatus: 1234 },
        undefined,
        'every one of 1,234 responses had a status outside the accepted list',
      ],
      [
        'every request timed out',
        { timeout: 40 },
        undefined,
        'every one of 40 requests timed out: no complete response within the request timeout',
      ],
      [
        'refused connections',
        { connect: 3 },
        undefined,
        'no connection could be made: all 3 attempts failed',
      ],
      [
        'a hung target',
        { unfinished: 8 },
        undefined,
        'no response completed in the 3 s window: 8 requests were still waiting when it ended',
      ],
      [
        'a silent target in the open model',
        { timeout: 8 },
        9992,
        '9,992 of 10,000 arrivals were dropped: no connection was free; every one of 8 requests timed out: no complete response within the request timeout',
      ],
      [
        'mixed failures',
        { timeout: 2, reset: 1 },
        undefined,
        'all 3 requests failed: 2 timeout, 1 reset',
      ],
      [
        'an empty window',
        {},
        undefined,
        'nothing was measured in the 3 s window: no request completed, failed or was still waiting when it ended',
      ],
    ] as const)(
      'is a target failure for %s, saying what the target did',
      (_name, failures, dropped, words) => {
        const report = build([healthy(), failing(failures, dropped)]);
        expect(report.outcome).toBe('target-failure');
        expect(report.notes).toContain(`No request succeeded at mt103 @ 8: ${words}.`);
      },
    );

    it('is a target failure when the target exited during the run', () => {
      const report = build([healthy()], { targetExited: true });
      expect(report.outcome).toBe('target-failure');
      expect(report.notes).toContain('The target process exited during the run.');
    });

    it('is interrupted before anything else, with a partial report', () => {
      const report = build([failing({ timeout: 1 })], { interrupted: true, targetExited: true });
      expect(report.outcome).toBe('interrupted');
      expect(report.partial).toBe(true);
      expect(report.notes.some((n) => n.startsWith('No request succeeded'))).toBe(false);
    });
  });
});
