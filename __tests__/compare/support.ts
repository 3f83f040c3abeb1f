/**
 * Helpers of the comparison tests: run the CLI in-process, write a config into a temporary
 * directory, and validate a report against the published result schema.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../../src/cli/program.js';

/** Repository root. */
export const repo = path.resolve(import.meta.dirname, '../..');

/** What one CLI invocation printed and returned. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bench <argv>` in-process with the repository as working directory. */
export async function bench(...argv: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    cwd: repo,
  });
  return { code, stdout, stderr };
}

/** Writes `lines` as `<dir>/<name>` and returns the path. */
export async function writeConfig(dir: string, name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * A short closed-model load block: one level of 2 connections, about 1 s measured. The test
 * servers share the generator's process and so its CPU: a light load keeps the level from being
 * flagged generator-bound (and so not judged).
 */
export const SHORT_LOAD = [
  'load:',
  '  model: closed',
  '  levels: [2]',
  '  warmup: 200ms',
  '  duration: 1s',
];

/** An inline scenario for the loopback test servers (they answer `{"success":true}`). */
export const PING_SCENARIO = [
  'scenarios:',
  '  - name: ping',
  '    path: /ping',
  '    checks: { json: ["$.success == true"] }',
];

/** Parses a JSON file. */
export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

/** Validates `value` against `schemas/result.schema.json`; returns the errors as text, or ''. */
export async function resultSchemaErrors(value: unknown): Promise<string> {
  const schema = await readJson<object>(path.join(repo, 'schemas/result.schema.json'));
  const validate = new Ajv2020({ strict: false }).compile(schema);
  return validate(value) ? '' : JSON.stringify(validate.errors);
}

/** True when any level of the report was limited by the load generator (so not judged). */
export function anyGeneratorBound(report: {
  levels: { generator: { generatorBound: boolean } }[];
}) {
  return report.levels.some((l) => l.generator.generatorBound);
}

/**
 * Runs `attempt` until its report has no generator-bound level, at most `tries` times. These
 * tests share two cores with the servers they measure (and with whatever else the machine runs);
 * a stalled event loop makes the tool refuse to judge a level, rightly, and a retry is the
 * honest answer. The last attempt is returned either way, so a test still fails on it.
 */
export async function retryWhileGeneratorBound<T>(
  attempt: (n: number) => Promise<T>,
  reportOf: (result: T) => Promise<{ levels: { generator: { generatorBound: boolean } }[] }[]>,
  tries = 3,
): Promise<T> {
  let result = await attempt(1);
  for (let n = 2; n <= tries; n++) {
    const reports = await reportOf(result);
    if (!reports.some(anyGeneratorBound)) break;
    result = await attempt(n);
  }
  return result;
}
