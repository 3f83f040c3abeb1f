/**
 * The last step of building a run report (`core/report/redact-report.ts`): every text that can
 * carry a secret is hidden, and nothing else changes, measurements least of all.
 */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/report/comparison-model.js';
import { redactReport } from '../../src/core/report/redact-report.js';
import { sampleRunReport } from '../support/reports/sample-report.js';

const SECRETS = ['hunter2-long', 'tok-abcdef'];

function level(n: number) {
  return { level: n, successRps: 1000, p50Us: 800, p99Us: 2000, errorRate: 0 };
}

function hostileReport() {
  return sampleRunReport([level(16)], {
    patch: {
      target: {
        kind: 'command',
        url: 'http://admin:hunter2-long@127.0.0.1:8080',
        command: ['node', 'server.js', '--api-key=tok-abcdef', '--db=postgres://u:pw@db/x', '-v'],
      },
      config: {
        path: 'https://user:pass@git.example/configs/bench.yml',
        hash: 'abc',
        resolved: {
          target: { url: 'http://bob:secret@10.0.0.4:3000', port: 3000, ok: true, none: null },
          scenarios: [{ headers: { referer: 'https://x:y@ref.example/' } }],
        },
      },
      notes: ['target said hunter2-long at startup', 'see http://a:b@h/log', 'a plain note'],
      comparison: {
        baselineLabel: 'main with tok-abcdef',
        candidateLabel: 'PR #7 http://c:d@e',
        notes: ['level 32 not compared: tok-abcdef rejected'],
        metrics: [],
      } as unknown as Comparison,
    },
  });
}

describe('redactReport', () => {
  it('hides URL userinfo and known secrets in the target URL and command line', () => {
    const { target } = redactReport(hostileReport(), SECRETS);
    expect(target.url).toBe('http://***@127.0.0.1:8080');
    expect(target.command).toEqual([
      'node',
      'server.js',
      '--api-key=***',
      '--db=postgres://***@db/x',
      '-v',
    ]);
    expect(target.kind).toBe('command');
  });

  it('hides known secrets in free text that quotes them (a command argument, a note)', () => {
    const report = hostileReport();
    report.target.command = ['node', 'server.js', 'hunter2-long'];
    const shown = redactReport(report, SECRETS);
    expect(shown.target.command).toEqual(['node', 'server.js', '***']);
    expect(shown.notes).toEqual([
      'target said *** at startup',
      'see http://***@h/log',
      'a plain note',
    ]);
  });

  it('hides URL userinfo everywhere in the config path and the resolved config, keeping other values', () => {
    const { config } = redactReport(hostileReport(), SECRETS);
    expect(config.path).toBe('https://***@git.example/configs/bench.yml');
    expect(config.hash).toBe('abc');
    expect(config.resolved).toEqual({
      target: { url: 'http://***@10.0.0.4:3000', port: 3000, ok: true, none: null },
      scenarios: [{ headers: { referer: 'https://***@ref.example/' } }],
    });
  });

  it("hides secrets in the comparison's labels and notes", () => {
    const { comparison } = redactReport(hostileReport(), SECRETS);
    expect(comparison?.baselineLabel).toBe('main with ***');
    expect(comparison?.candidateLabel).toBe('PR #7 http://***@e');
    expect(comparison?.notes).toEqual(['level 32 not compared: *** rejected']);
  });

  it('leaves levels, ids and the environment alone and adds no field the report did not have', () => {
    const report = sampleRunReport([level(16), level(32)]);
    const shown = redactReport(report, ['transform', 'load-0']);
    expect(shown.levels).toEqual(report.levels);
    expect(shown.environment).toEqual(report.environment);
    expect(shown.id).toBe(report.id);
    expect('comparison' in shown).toBe(false);
    expect('command' in shown.target).toBe(false);
    expect('path' in shown.config).toBe(false);
  });

  it('does not change the report it was given', () => {
    const report = hostileReport();
    const before = structuredClone(report);
    redactReport(report, SECRETS);
    expect(report).toEqual(before);
  });
});
