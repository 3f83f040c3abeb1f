/**
 * Reads a criterion output folder (`target/criterion`) into a `CommandResult`. Criterion keeps
 * one folder per benchmark, one to three levels deep (`<group>`, `<group>/<function>`,
 * `<group>/<function>/<value>`), each holding `new/` (this run), and after later runs `base/`
 * (the saved baseline), `change/` (the comparison with it), other named baselines and
 * `report/` (HTML). Only `new/` is read; `report/` folders at any level are skipped. A folder
 * is a benchmark when its `new/` holds any of criterion's three files, so a group or function
 * that happens to be called `new` is still walked into.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandResult } from '../../core/ingest/command-result.js';
import {
  parseCriterionResults,
  type CriterionBenchmarkFiles,
} from '../../core/ingest/parse-criterion-benchmark.js';
import { targetError } from '../../core/errors.js';

/** The files criterion writes in each benchmark's `new/` folder. */
const BENCHMARK_FILES = ['benchmark.json', 'estimates.json', 'sample.json'] as const;

/** Folders criterion writes for its HTML report, never benchmarks. */
const REPORT_DIR = 'report';

function readFailure(path: string, what: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return targetError('COMMAND_RESULT_NOT_FOUND', `${path}: no such ${what}.`, undefined, error);
  }
  return targetError(
    'COMMAND_RESULT_UNREADABLE',
    `${path}: the ${what} cannot be read (${code ?? (error as Error).message}).`,
    undefined,
    error,
  );
}

async function listDirs(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    throw readFailure(path, 'folder', error);
  }
}

async function listFiles(path: string): Promise<Set<string>> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  } catch {
    // Not a folder we can list: the caller treats it as "no benchmark here".
    return new Set();
  }
}

async function readText(path: string, dirLabel: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const failure = readFailure(`${dirLabel}/new/${name}`, 'file', error);
    if (failure.code !== 'COMMAND_RESULT_NOT_FOUND') throw failure;
    throw targetError(
      'COMMAND_RESULT_NOT_FOUND',
      `${dirLabel}/new/${name}: missing, while other files of the benchmark are there.`,
      'criterion writes benchmark.json, estimates.json and sample.json together: a missing one means the run was interrupted or the folder was copied in part. Run `cargo bench` again.',
      error,
    );
  }
}

/** Every benchmark folder under `root`, as paths relative to it, sorted. */
async function findBenchmarkDirs(root: string, relative: string): Promise<string[]> {
  const here = relative === '' ? root : join(root, relative);
  const subdirs = await listDirs(here);
  if (subdirs.includes('new')) {
    const files = await listFiles(join(here, 'new'));
    if (BENCHMARK_FILES.some((f) => files.has(f))) return [relative];
  }
  const found: string[] = [];
  for (const name of subdirs) {
    if (name === REPORT_DIR) continue;
    found.push(...(await findBenchmarkDirs(root, relative === '' ? name : `${relative}/${name}`)));
  }
  return found;
}

/**
 * Reads every benchmark under `criterionDir` (usually `<target>/criterion`). Throws
 * `COMMAND_RESULT_NOT_FOUND` when the folder or one of a benchmark's files is missing,
 * `COMMAND_RESULT_INVALID` (naming the file and field) when a file is malformed, and
 * `COMMAND_RESULT_EMPTY` when no benchmark is there.
 */
export async function readCriterionDir(criterionDir: string): Promise<CommandResult> {
  const benchmarkDirs = await findBenchmarkDirs(criterionDir, '');
  const files: CriterionBenchmarkFiles[] = [];
  for (const dir of benchmarkDirs) {
    const newDir = join(criterionDir, dir, 'new');
    const label = `${criterionDir}/${dir}`;
    files.push({
      dir,
      benchmarkJson: await readText(join(newDir, 'benchmark.json'), label, 'benchmark.json'),
      estimatesJson: await readText(join(newDir, 'estimates.json'), label, 'estimates.json'),
      sampleJson: await readText(join(newDir, 'sample.json'), label, 'sample.json'),
    });
  }
  return parseCriterionResults(files, criterionDir);
}
