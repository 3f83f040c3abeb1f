import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRunReport,
  compactUtcStamp,
  defaultReportDir,
  newRunId,
  shortRunId,
} from '../../src/core/report/build-run-report.js';
import { RunReportSchema } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { ENVIRONMENT, fixtureLevels, fixturePlan, fixtureReport } from './fixtures.js';

beforeAll(async () => {
  await initHistograms();
});

describe('buildRunReport', () => {
  it('builds a report that satisfies the schema, with the config and run times', () => {
    const report = fixtureReport();
    expect(RunReportSchema.safeParse(report).success).toBe(true);
    expect(report.schemaVersion).toBe(1);
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
      partial: false,
      outcome: 'ok',
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
});
