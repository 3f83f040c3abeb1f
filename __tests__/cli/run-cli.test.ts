import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { CSV_COLUMNS } from '../../src/core/report/csv.js';
import { okServer, type TestServer } from '../support/servers.js';

const repo = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let server: TestServer | undefined;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the CLI in-process and captures what it prints. */
async function bench(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    cwd: repo,
  });
  return { code, stdout, stderr };
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('bench run', () => {
  it('runs the demo config and writes all five kinds of report file, valid against the schema', async () => {
    const out = path.join(tmp, 'demo');
    const { code, stdout, stderr } = await bench(
      'run',
      'configs/demo.yml',
      '--duration',
      '1s',
      '--warmup',
      '300ms',
      '--levels',
      '4',
      '--out',
      out,
    );
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/mt-to-mx/);
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      'mt-to-mx-4.hlog',
      'mx-to-mt-4.hlog',
      'report.html',
      'result.json',
      'results.csv',
      'summary.md',
    ]);

    const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      levels: {
        scenario: string;
        counts: { success: number };
        server?: { cpuUsPerRequest: number };
      }[];
      outcome: string;
    };
    const schema = JSON.parse(
      await readFile(path.join(repo, 'schemas/result.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.outcome).toBe('ok');
    expect(result.levels.map((l) => l.scenario)).toEqual(['mt-to-mx', 'mx-to-mt']);
    for (const level of result.levels) {
      expect(level.counts.success).toBeGreaterThan(0);
      // The demo target is a local process: its CPU per request comes from /proc.
      expect(level.server?.cpuUsPerRequest).toBeGreaterThan(0);
    }

    const csv = await readFile(path.join(out, 'results.csv'), 'utf8');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header!.split(',')).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(2);
    expect(await readFile(path.join(out, 'mt-to-mx-4.hlog'), 'utf8')).toMatch(
      /^#\[Histogram log format version 1\.3\]$/m,
    );
  }, 60_000);

  it('runs ad hoc against a URL with no config file', async () => {
    server = await okServer();
    const out = path.join(tmp, 'adhoc');
    const { code, stdout } = await bench(
      'run',
      '--url',
      `${server.url}/ping`,
      '-c',
      '4',
      '-d',
      '1s',
      '--warmup',
      '200ms',
      '--out',
      out,
      '-q',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/adhoc/);
    const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      levels: { counts: { success: number; total: number } }[];
    };
    expect(result.levels).toHaveLength(1);
    expect(result.levels[0]!.counts.success).toBe(result.levels[0]!.counts.total);
  });

  it('runs the open model ad hoc when a rate is given', async () => {
    server = await okServer();
    const out = path.join(tmp, 'rate');
    const { code } = await bench(
      'run',
      '--url',
      server.url,
      '--rate',
      '200',
      '-d',
      '1s',
      '--warmup',
      '200ms',
      '--out',
      out,
      '-q',
    );
    expect(code).toBe(0);
    const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      levels: { model: string; offeredRps: number; counts: { total: number } }[];
    };
    expect(result.levels[0]!.model).toBe('open');
    expect(result.levels[0]!.offeredRps).toBe(200);
    expect(result.levels[0]!.counts.total).toBe(200);
  });

  it('exits 2 with file, line and column for a broken config, and writes nothing', async () => {
    const config = path.join(tmp, 'bad.yml');
    await writeFile(
      config,
      'version: 1\nname: bad\ntarget:\n  url: http://127.0.0.1:1\nscenarios: []\nload:\n  levels: [8, -1]\n  durration: 5s\n',
    );
    const { code, stderr } = await bench('run', config, '--out', path.join(tmp, 'never'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.yml:7:\d+/);
    expect(stderr).toMatch(/bad\.yml:8:\d+.*durration/);
    expect(stderr).toMatch(/duration/);
    await expect(readdir(path.join(tmp, 'never'))).rejects.toThrow();
  });

  it('exits 2 for arguments that make no sense, with a hint', async () => {
    const r1 = await bench('run', '--url', 'http://127.0.0.1:1', '-d', 'soon');
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/-d|--duration/);
    const r2 = await bench('run', 'configs/demo.yml', '-c', '10');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/only apply to ad-hoc runs/);
    const r3 = await bench('run', '--no-such-flag');
    expect(r3.code).toBe(2);
    const r4 = await bench('run');
    expect(r4.code).toBe(2);
    expect(r4.stderr).toMatch(/hint:/);
  });

  it('exits 3 when nothing listens at the target URL', async () => {
    const port = await closedPort();
    const { code, stderr } = await bench(
      'run',
      '--url',
      `http://127.0.0.1:${port}/`,
      '-d',
      '1s',
      '--out',
      path.join(tmp, 'dead'),
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/TARGET_UNREACHABLE/);
  });
});

describe('bench validate', () => {
  it('accepts the shipped configs', async () => {
    for (const config of [
      'configs/demo.yml',
      'configs/reframe-pr.yml',
      'configs/reframe-nightly.yml',
    ]) {
      const { code, stdout } = await bench('validate', config);
      expect(code, config).toBe(0);
      expect(stdout).toMatch(/valid/);
    }
  });

  it('lists every problem of a broken config and exits 2', async () => {
    const config = path.join(tmp, 'bad.yml');
    await writeFile(
      config,
      'version: 1\nname: Bad Name\ntarget: {}\nscenarios: [nope]\nload: { model: sideways }\n',
    );
    const { code, stderr } = await bench('validate', config);
    expect(code).toBe(2);
    expect(stderr.split('\n').filter((l) => l.includes('bad.yml:')).length).toBeGreaterThanOrEqual(
      3,
    );
  });
});

describe('the bench process', () => {
  it('stops on SIGINT, writes a partial report and exits 130', async () => {
    server = await okServer();
    const out = path.join(tmp, 'partial');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/entrypoints/cli.ts',
        'run',
        '--url',
        server.url,
        '-c',
        '2',
        '-d',
        '30s',
        '--warmup',
        '0.2s',
        '--out',
        out,
      ],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // Interrupt once the measured window is under way.
      if (/measure/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as {
      partial: boolean;
      outcome: string;
      levels: { counts: { success: number }; durationMs: number }[];
    };
    expect(result.partial).toBe(true);
    expect(result.outcome).toBe('interrupted');
    expect(result.levels[0]!.counts.success).toBeGreaterThan(0);
    expect(result.levels[0]!.durationMs).toBeLessThan(30_000);
  }, 60_000);
});
