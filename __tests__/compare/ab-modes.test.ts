import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/report/model.js';
import { allowedCpus } from '../../src/edges/local/cpu-affinity.js';
import { bench, readJson, repo, resultSchemaErrors, writeConfig } from './support.js';

let tmp: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-ab-modes-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const BURN = path.join(repo, 'bench/targets/cpu-burn-server.js');

/**
 * An A/B of two CPU-burn targets started as commands: the candidate does four times the work
 * per response, a change far beyond any noise of a shared machine.
 */
async function burnConfig(compare: string): Promise<string> {
  const [a, b] = [await freePort(), await freePort()];
  const target = (port: number, iterations: number) =>
    `{ command: { run: [node, "${BURN}"], port: ${port}, env: { PORT: "${port}", BURN_ITERATIONS: "${iterations}" } } }`;
  return writeConfig(tmp, 'burn.yml', [
    'version: 1',
    'name: burn-ab',
    `baseline: ${target(a, 50_000)}`,
    `target: ${target(b, 200_000)}`,
    'scenarios:',
    '  - name: burn',
    '    path: /',
    '    checks: { json: ["$.success == true"] }',
    'load:',
    '  model: closed',
    '  levels: [2]',
    '  warmup: 200ms',
    '  duration: 2s',
    `compare: ${compare}`,
  ]);
}

describe('A/B modes and adaptive rounds', () => {
  it('runs a duet with each target on its own CPU, pairs seconds and records the split', async () => {
    const config = await burnConfig(
      // Four rounds: per-second pairs of one round count about once (design effect), and two
      // rounds leave a t interval too wide to call even a 4× change on a busy machine.
      '{ mode: duet, rounds: 4, seed: 7, metrics: [successRps, p50], threshold: 5% }',
    );
    const out = path.join(tmp, 'duet');
    const { code, stderr } = await bench('run', config, '--out', out, '-q');
    expect(stderr).toBe('');
    const result = await readJson<RunReport>(path.join(out, 'result.json'));
    const c = result.comparison!;
    expect(c.abMode).toBe('duet');
    expect(c.cores).toMatchObject({ cpus: allowedCpus().length, pinned: true });
    expect(c.cores?.first).toHaveLength(Math.floor(allowedCpus().length / 2));
    expect(c.notes.join('\n')).toMatch(/Duet on \d+ CPUs/);
    expect(c.schedule).toMatchObject({ seed: 7 });
    expect(c.schedule?.rounds).toHaveLength(4);
    // Each side got half the level's connections, from one start time.
    expect(result.levels[0]).toMatchObject({ level: 2, connections: 1 });
    const p50 = c.metrics.find((m) => m.metric === 'p50')!;
    expect(p50.paired?.unit).toBe('second');
    expect(p50.paired?.pairs).toBeGreaterThanOrEqual(2);
    expect(p50.verdict, p50.reason).toBe('regression');
    expect(code).toBe(1);
    expect(await resultSchemaErrors(result)).toBe('');
  }, 60_000);

  it('stops adding rounds once every judged metric is decided, and says why', async () => {
    const config = await burnConfig(
      '{ mode: duet, minRounds: 2, maxRounds: 6, metrics: [successRps, p50], threshold: 5% }',
    );
    const out = path.join(tmp, 'adaptive');
    await bench('run', config, '--out', out, '-q');
    const result = await readJson<RunReport>(path.join(out, 'result.json'));
    const stopping = result.comparison!.stopping!;
    expect(stopping.reason, stopping.note).toBe('decided');
    expect(stopping.roundsUsed).toBeLessThan(6);
    expect(stopping.looks.at(-1)).toMatchObject({ undecided: 0 });
    expect(result.notes[0]).toMatch(/^Duet A\/B of \d round\(s\) per side \(stopped after/);
  }, 60_000);

  it('falls back to interleaved rounds on a single CPU when the config does not name a mode', async () => {
    const config = await burnConfig('{ rounds: 1, metrics: [p50] }');
    const out = path.join(tmp, 'one-cpu');
    const child = spawn(
      'taskset',
      [
        '-c',
        String(allowedCpus()[0]),
        process.execPath,
        '--import',
        'tsx',
        'src/entrypoints/cli.ts',
        'run',
        config,
        '--out',
        out,
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(
      /compare\.mode is not set and this run may use only CPU \d+: interleaved rounds instead of the default duet/,
    );
    const result = await readJson<RunReport>(path.join(out, 'result.json'));
    expect(result.comparison?.abMode).toBe('interleaved');
  }, 60_000);

  it('refuses a duet on a single CPU before starting anything', async () => {
    const config = await burnConfig('{ mode: duet }');
    const child = spawn(
      'taskset',
      [
        '-c',
        String(allowedCpus()[0]),
        process.execPath,
        '--import',
        'tsx',
        'src/entrypoints/cli.ts',
        'run',
        config,
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/DUET_NEEDS_TWO_CPUS/);
    expect(stderr).toMatch(/only CPU \d+/);
    expect(code).toBe(2);
  }, 60_000);
});
