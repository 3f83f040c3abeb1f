/**
 * A `kind: command` scenario end to end on the fixture crate (__tests__/fixtures/criterion-crate,
 * built offline against Debian's criterion): `bench run` runs `cargo bench` for a baseline and a
 * candidate, ingests target/criterion, and writes result.json with the benchmarks and their
 * A/B verdicts, benchmarks.csv and summary.md. The build is shared with criterion-real.test.ts
 * through BENCH_CRITERION_TARGET_DIR (12-25 s per cargo run once built); criterion's output goes
 * to a folder of this test's own (CRITERION_HOME), so the two tests never share results.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { BENCHMARK_CSV_COLUMNS } from '../../src/core/report/command-benchmarks.js';
import type { RunReport } from '../../src/core/report/model.js';
import { testsNeedingMissingTool } from '../support/test-tools.js';

const CRATE = fileURLToPath(new URL('../fixtures/criterion-crate/', import.meta.url));
const DEBIAN_REGISTRY = '/usr/share/cargo/registry';
const TIMEOUT_MS = 480_000;

function missingPrerequisite(): string | undefined {
  const cargo = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
  if (cargo.error || cargo.status !== 0) return 'cargo is not on PATH';
  if (!existsSync(DEBIAN_REGISTRY)) return `${DEBIAN_REGISTRY} is missing`;
  const listed = spawnSync('ls', [DEBIAN_REGISTRY], { encoding: 'utf8' }).stdout;
  if (!/^criterion-0\.\d/m.test(listed)) return `no criterion crate in ${DEBIAN_REGISTRY}`;
  return undefined;
}

const missing = missingPrerequisite();
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

describe('a command benchmark of the fixture crate', () => {
  if (missing) {
    console.warn(`command-benchmark: skipped, ${missing}`);
    testsNeedingMissingTool(missing);
    return;
  }

  it(
    'runs cargo bench for the baseline and the candidate in two rounds of random order, and reports each benchmark in ns/iter with an A/B verdict and a CSV row',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'bench-command-'));
      cleanup.push(work);
      await mkdir(join(work, '.git'));
      await cp(CRATE, join(work, 'crate'), {
        recursive: true,
        filter: (source) => !/[\\/](target|Cargo\.lock)$/.test(source),
      });
      const targetDir = process.env.BENCH_CRITERION_TARGET_DIR || join(work, 'target');
      await mkdir(join(work, 'products', 'fixture-crate'), { recursive: true });
      await writeFile(
        join(work, 'products', 'fixture-crate', 'product.yml'),
        [
          'description: The criterion fixture crate, a library (no port).',
          'image: { repository: fixture-crate }',
          '',
        ].join('\n'),
      );
      // Both sides run the same build (an A/A): they differ only by a variable the crate ignores.
      const side = (name: string) =>
        `{ product: fixture-crate, env: { BENCH_SIDE: { value: ${name}, public: true } } }`;
      const results = join(work, 'criterion-out');
      await writeFile(
        join(work, 'bench.yml'),
        [
          'version: 1',
          'name: fixture-crate',
          `target: ${side('candidate')}`,
          `baseline: ${side('baseline')}`,
          'compare: { threshold: 10%, rounds: 2, seed: 3 }',
          'scenarios:',
          '  - name: parse',
          '    kind: command',
          '    cwd: crate',
          "    run: [nice, -n, '10', cargo, bench, --offline, --bench, swift, --, --noplot, parse_mt]",
          `    env: { CARGO_TARGET_DIR: '${targetDir}', CRITERION_HOME: '${results}', CARGO_TERM_COLOR: never }`,
          '    timeout: 7m',
          `    ingest: { format: criterion, path: '${results}' }`,
          '',
        ].join('\n'),
      );
      let stdout = '';
      let stderr = '';
      const code = await runCli(['run', join(work, 'bench.yml'), '--out', join(work, 'out')], {
        stdout: { write: (s: string) => void (stdout += s) },
        stderr: { write: (s: string) => void (stderr += s) },
        cwd: work,
      });
      expect(stderr).not.toMatch(/COMMAND_|error/i);
      expect(code).toBe(0);
      // What ran, in the order the schedule drew, in the log: seed 3 gives each order once.
      const ran = [...stderr.matchAll(/^(baseline|candidate) command parse/gm)].map((m) => m[1]);
      expect(ran).toHaveLength(4);
      expect(stdout).toContain('parse_mt/fields/MT103');

      const report = JSON.parse(
        await readFile(join(work, 'out', 'result.json'), 'utf8'),
      ) as RunReport;
      expect(report.schemaVersion).toBe(2);
      expect(report.outcome).toBe('ok');
      expect(report.levels).toEqual([]);
      const names = (report.benchmarks ?? []).map((b) => b.name);
      expect(names).toEqual(['parse_mt/fields/MT103', 'parse_mt/fields/MT202']);
      for (const b of report.benchmarks ?? []) {
        expect(b.unit).toBe('ns/iter');
        expect(b.direction).toBe('lower-is-better');
        expect(b.samples).toBeGreaterThan(1);
        expect(b.estimate).toBeGreaterThan(1);
        expect(b.interval!.lower).toBeLessThanOrEqual(b.estimate);
        expect(b.interval!.upper).toBeGreaterThanOrEqual(b.estimate);
        // A verdict from the comparison rule, with the interval it was judged on.
        expect(['no-change', 'inconclusive', 'regression', 'improvement']).toContain(
          b.comparison!.verdict,
        );
        expect(b.comparison!.ci!.low).toBeLessThanOrEqual(b.comparison!.change);
        expect(b.comparison!.ci!.high).toBeGreaterThanOrEqual(b.comparison!.change);
      }
      expect(report.notes.join('\n')).toMatch(/A\/B verdict on the command benchmarks: [a-z-]+/);
      const ab = report.benchmarkComparison!;
      expect(ab.schedule.rounds.flatMap((r) => r.steps[0]!.order)).toEqual(ran);
      expect(report.benchmarks![0]!.comparison!.pairs).toHaveLength(2);

      const csv = (await readFile(join(work, 'out', 'benchmarks.csv'), 'utf8'))
        .trimEnd()
        .split('\r\n');
      expect(csv[0]).toBe(BENCHMARK_CSV_COLUMNS.join(','));
      const row = csv.find((r) => r.startsWith('parse,parse_mt/fields/MT103,'))!.split(',');
      const cell = (name: (typeof BENCHMARK_CSV_COLUMNS)[number]) =>
        row[BENCHMARK_CSV_COLUMNS.indexOf(name)];
      expect(cell('unit')).toBe('ns/iter');
      expect(Number(cell('estimate'))).toBe(report.benchmarks![0]!.estimate);
      expect(cell('verdict')).toBe(report.benchmarks![0]!.comparison!.verdict);
      const summary = await readFile(join(work, 'out', 'summary.md'), 'utf8');
      expect(summary).toContain('### Command benchmarks');
      expect(summary).toContain('parse parse_mt/fields/MT103:');
    },
    TIMEOUT_MS,
  );
});
