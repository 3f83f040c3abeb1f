import { beforeAll, describe, expect, it } from 'vitest';
import { describeMachineNoise } from '../../src/core/report/build-level-report.js';
import { renderHtmlReport } from '../../src/core/report/html.js';
import { renderMarkdownReport } from '../../src/core/report/markdown.js';
import type { MachineMetrics, RunReport } from '../../src/core/report/model.js';
import { RunReportSchema } from '../../src/core/report/model.js';
import { renderTerminalSummary } from '../../src/core/report/terminal-summary.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';

beforeAll(async () => {
  await initHistograms();
});

/** A one-level report whose machine had the given figures. */
function reportWith(machine: MachineMetrics): RunReport {
  const report = buildRound({
    seed: 3,
    levels: [{ scenario: 'ping', level: 8, medianUs: 1000, successRps: 2000 }],
  });
  report.levels[0]!.machine = machine;
  return report;
}

const quiet: MachineMetrics = {
  cpus: 2,
  cpuPercentMean: 40,
  cpuPercentMax: 55,
  stealPercentMean: 0.1,
  stealPercentMax: 0.4,
  runnableMean: 1.2,
};

describe('machine noise in the reports', () => {
  it.each([
    { name: 'a quiet machine says nothing', machine: quiet, expected: undefined },
    {
      name: 'material steal is named',
      machine: { ...quiet, stealPercentMean: 6.5 },
      expected: /the hypervisor stole 6\.5% of the CPUs/,
    },
    {
      name: 'an oversubscribed machine is named',
      machine: { ...quiet, cpuPercentMean: 97, runnableMean: 4.2 },
      expected: /machine CPU 97% of 2 CPUs, 4\.2 runnable threads on average.*oversubscribed/,
    },
  ])('$name', ({ machine, expected }) => {
    const report = reportWith(machine);
    expect(RunReportSchema.safeParse(report).success).toBe(true);
    const noise = describeMachineNoise(report.levels[0]!);
    if (expected === undefined) {
      expect(noise).toBeUndefined();
      expect(renderMarkdownReport(report)).not.toMatch(/> Machine at/);
      return;
    }
    expect(noise).toMatch(expected);
    expect(renderMarkdownReport(report)).toMatch(/> Machine at \*\*ping @ 8 conn\*\*: /);
    expect(renderTerminalSummary(report, { color: false })).toMatch(/NOISY MACHINE ping @ 8 conn/);
    expect(renderHtmlReport({ report, thresholds: [] })).toMatch(/noisy machine<\/span>/);
  });

  it('reads a report written before machine figures existed', () => {
    const report = buildRound({
      seed: 3,
      levels: [{ scenario: 'ping', level: 8, medianUs: 1000, successRps: 2000 }],
    });
    expect(report.levels[0]!.machine).toBeUndefined();
    expect(RunReportSchema.safeParse(report).success).toBe(true);
    expect(describeMachineNoise(report.levels[0]!)).toBeUndefined();
  });
});
