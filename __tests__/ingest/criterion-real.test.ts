/**
 * Real criterion output, made here: builds and benchmarks the fixture crate
 * (__tests__/fixtures/criterion-crate) offline against Debian's packaged criterion, then ingests
 * its target/criterion with the same reader the pipeline uses and checks the figures against
 * criterion's own maths. 40-75 s from cold on a 2-core machine (nearly all of it the build),
 * about 12 s with a kept target folder.
 *
 * Needs `cargo` on PATH and `apt-get install librust-criterion-dev` (the crates under
 * /usr/share/cargo/registry); without them the test is skipped and its name says why (it fails
 * instead under BENCH_TEST_TOOLS=required, as in CI). Set
 * BENCH_CRITERION_TARGET_DIR to a kept folder to reuse the dependencies' build between runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCriterionDir } from '../../src/edges/files/read-criterion-dir.js';
import { expectConsistentCriterionBenchmark } from './criterion-consistency.js';
import { testsNeedingMissingTool } from '../support/test-tools.js';

const CRATE = fileURLToPath(new URL('../fixtures/criterion-crate/', import.meta.url));
/** Where Debian installs packaged crates; the crate's .cargo/config.toml points here. */
const DEBIAN_REGISTRY = '/usr/share/cargo/registry';
/** Build and benchmark take 40-75 s on a 2-core machine, over 3 min when it is overloaded. */
const TIMEOUT_MS = 480_000;

/** Why the test cannot run here, or undefined when it can. */
function missingPrerequisite(): string | undefined {
  const cargo = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
  if (cargo.error || cargo.status !== 0) return 'cargo is not on PATH';
  if (!existsSync(DEBIAN_REGISTRY)) {
    return `${DEBIAN_REGISTRY} is missing (apt-get install librust-criterion-dev)`;
  }
  const criterion = spawnSync('ls', [DEBIAN_REGISTRY], { encoding: 'utf8' }).stdout;
  if (!/^criterion-0\.\d/m.test(criterion)) {
    return `no criterion crate in ${DEBIAN_REGISTRY} (apt-get install librust-criterion-dev)`;
  }
  return undefined;
}

/** Runs a command and resolves with its output; rejects with the tail of it on failure. */
function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const [command = '', ...args] = argv;
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${argv.join(' ')} exited ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * cargo runs niced where `nice` exists: the build takes both cores for most of a minute, and the
 * suite's timing-sensitive tests running beside it should not pay for that.
 */
function niced(argv: string[]): string[] {
  const nice = spawnSync('nice', ['-n', '10', 'true']);
  return nice.error || nice.status !== 0 ? argv : ['nice', '-n', '10', ...argv];
}

const missing = missingPrerequisite();
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

describe('criterion output made on this machine', () => {
  if (missing) {
    console.warn(`criterion-real: skipped, ${missing}`);
    testsNeedingMissingTool(missing);
    return;
  }

  it(
    'builds and benchmarks the fixture crate offline, and ingests figures that agree with criterion maths',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'bench-criterion-real-'));
      cleanup.push(work);
      const crate = join(work, 'crate');
      await cp(CRATE, crate, {
        recursive: true,
        filter: (source) => !/[\\/](target|Cargo\.lock)$/.test(source),
      });
      const targetDir = process.env.BENCH_CRITERION_TARGET_DIR || join(work, 'target');
      // A kept target folder holds the last run's results too: start from none.
      await rm(join(targetDir, 'criterion'), { recursive: true, force: true });

      const started = Date.now();
      const output = await run(
        niced(['cargo', 'bench', '--offline', '--bench', 'swift', '--', '--noplot']),
        crate,
        { ...process.env, CARGO_TARGET_DIR: targetDir, CARGO_TERM_COLOR: 'never' },
      );
      const seconds = (Date.now() - started) / 1000;
      console.info(`criterion-real: cargo bench (build and run) took ${seconds.toFixed(1)} s`);
      expect(output).toContain('parse_mt/fields/MT103');

      const criterionDir = join(targetDir, 'criterion');
      expect((await readdir(criterionDir)).sort()).toEqual([
        'amount',
        'fields_then_amount',
        'parse_mt',
      ]);
      const result = await readCriterionDir(criterionDir);
      expect(result.benchmarks.map((b) => b.name)).toEqual([
        'amount/32A',
        'fields_then_amount',
        'parse_mt/fields/MT103',
        'parse_mt/fields/MT202',
      ]);
      for (const benchmark of result.benchmarks) expectConsistentCriterionBenchmark(benchmark);
      const mt103 = result.benchmarks.find((b) => b.name === 'parse_mt/fields/MT103');
      expect(mt103?.workPerIteration).toEqual({ amount: 201, unit: 'bytes' });
      // Parsing a 201-byte message takes more than a nanosecond and less than a millisecond.
      expect(mt103?.estimate).toBeGreaterThan(1);
      expect(mt103?.estimate).toBeLessThan(1e6);
    },
    TIMEOUT_MS,
  );
});
