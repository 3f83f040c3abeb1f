import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/report/model.js';
import { buildRound } from '../support/reports/synthetic-rounds.js';
import { bench } from './support.js';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-compare-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A stored result: one level, 10 s of per-second histograms around `medianUs`. */
async function storedResult(
  name: string,
  seed: number,
  medianUs: number,
  successRps: number,
  resolved?: unknown,
): Promise<string> {
  const report: RunReport = buildRound({
    seed,
    name: 'history',
    levels: [{ scenario: 'transform', level: 32, medianUs, successRps, seconds: 10 }],
  });
  const file = path.join(tmp, name);
  const stored =
    resolved === undefined ? report : { ...report, config: { ...report.config, resolved } };
  await writeFile(file, JSON.stringify(stored));
  return file;
}

describe('bench compare', () => {
  it('calls a 40% slower head a regression, writes the three files and exits 1', async () => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    const head = await storedResult('head.json', 2, 2800, 2900);
    const out = path.join(tmp, 'cmp');
    const { code, stdout, stderr } = await bench('compare', base, head, '--out', out);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/: regression, /);
    expect(stdout).toMatch(/transform\s+32 conn\s+p50\s+.*REGRESSION/);
    expect(code).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['comparison.csv', 'comparison.md', 'report.html']);
    const md = await readFile(path.join(out, 'comparison.md'), 'utf8');
    expect(md).toMatch(/Against an earlier run, 1 round each/);
    expect(md).toMatch(/\| transform \| 32 conn \| p50 \|.*\*\*regression\*\*/);
    expect(await readFile(path.join(out, 'report.html'), 'utf8')).toMatch(
      /<section id="comparison">/,
    );
  });

  it('finds no regression between two runs of the same distribution and exits 0', async () => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    const head = await storedResult('head.json', 2, 2000, 4000);
    const { code, stdout } = await bench('compare', base, head, '--out', path.join(tmp, 'cmp'));
    expect(stdout).not.toMatch(/REGRESSION/);
    expect(stdout).toMatch(/: (no-change|inconclusive), /);
    expect(code).toBe(0);
  });

  it('widens what counts as no change with --threshold', async () => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    const head = await storedResult('head.json', 2, 2200, 3700);
    const strict = await bench('compare', base, head, '--out', path.join(tmp, 'a'));
    const loose = await bench(
      'compare',
      base,
      head,
      '--out',
      path.join(tmp, 'b'),
      '--threshold',
      '50%',
    );
    expect(strict.stdout).toMatch(/REGRESSION/);
    expect(strict.code).toBe(1);
    expect(loose.stdout).not.toMatch(/REGRESSION/);
    expect(loose.code).toBe(0);
  });

  it('holds the head to the thresholds kept in its resolved config', async () => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    // Within the 50% comparison threshold, but beyond the head's own +5% p50 fail limit.
    const head = await storedResult('head.json', 2, 2400, 3400, {
      thresholds: [{ kind: 'relative', source: 'p50 fail +5%', metric: 'p50', fail: 0.05 }],
    });
    const { code, stdout } = await bench(
      'compare',
      base,
      head,
      '--out',
      path.join(tmp, 'c'),
      '--threshold',
      '50%',
    );
    expect(stdout).toMatch(/FAIL p50 fail \+5% at transform @ 32 conn/);
    expect(code).toBe(1);
  });

  it.each([
    [
      'a corrupt file',
      '{"schemaVersion": 1, "levels": [',
      /error \[RESULT_INVALID\]: candidate .*head\.json: not JSON/,
    ],
    [
      'a file that is not a result',
      '{"schemaVersion": 1, "name": "x"}',
      /error \[RESULT_INVALID\]: candidate .*head\.json: not a bench result \(id: /,
    ],
  ])('exits 2 with a clear message for %s', async (_what, text, message) => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    const head = path.join(tmp, 'head.json');
    await writeFile(head, text);
    const out = path.join(tmp, 'cmp');
    const { code, stderr } = await bench('compare', base, head, '--out', out);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/hint: Give a result\.json written by `bench run`/);
    expect(code).toBe(2);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('exits 2 for a missing file and for a threshold that is not a change', async () => {
    const base = await storedResult('base.json', 1, 2000, 4000);
    const missing = await bench('compare', base, path.join(tmp, 'nope.json'));
    expect(missing.stderr).toMatch(
      /error \[RESULT_NOT_FOUND\]: candidate .*nope\.json: no such file/,
    );
    expect(missing.code).toBe(2);
    const bad = await bench('compare', base, base, '--threshold', 'lots');
    expect(bad.stderr).toMatch(/error \[ARGUMENT_INVALID\]: --threshold lots/);
    expect(bad.code).toBe(2);
  });
});
