import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/report/model.js';

const repo = path.resolve(import.meta.dirname, '../..');
let tmp: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-orion-demo-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs `bench` as its own process, as a user would, and collects what it printed. */
function benchProcess(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/entrypoints/cli.ts', ...args], {
      cwd: repo,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

it('bench run configs/orion-demo.yml registers the workflow and channels, then shows back-pressure and rate limits apart from errors', async () => {
  const out = path.join(tmp, 'report');
  const { code, out: printed } = await benchProcess([
    'run',
    'configs/orion-demo.yml',
    '--duration',
    '1500ms',
    '--warmup',
    '300ms',
    '--out',
    out,
  ]);
  expect(printed).not.toMatch(/SETUP_REQUEST_FAILED/);
  expect(code).toBe(0);
  // What ran before the levels and after them, with its status.
  expect(printed).toContain('setup: POST /api/v1/admin/workflows -> 201');
  expect(printed).toContain('setup: PATCH /api/v1/admin/channels/payments-limited/status -> 200');
  expect(printed).toContain('teardown: DELETE /api/v1/admin/workflows/payments-risk -> 204');

  const report = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as RunReport;
  expect(report.schemaVersion).toBe(2);
  expect(report.outcome).toBe('ok');
  expect(report.setup?.map((s) => [s.phase, s.method, s.status, s.ok])).toEqual([
    ['setup', 'POST', 201, true],
    ['setup', 'PATCH', 200, true],
    ['setup', 'POST', 201, true],
    ['setup', 'PATCH', 200, true],
    ['setup', 'POST', 201, true],
    ['setup', 'PATCH', 200, true],
    ['teardown', 'DELETE', 204, true],
    ['teardown', 'DELETE', 204, true],
    ['teardown', 'DELETE', 204, true],
  ]);

  // The channel behind max_concurrent 4 and 500 req/s refuses work at 16 connections: its
  // refusals are counted in their own classes, and neither is a failure.
  const limited = report.levels.find((l) => l.scenario === 'payments-limited' && l.level === 16);
  expect(limited).toBeDefined();
  const refused = (limited!.counts.backPressure ?? 0) + (limited!.counts.rateLimited ?? 0);
  expect(refused).toBeGreaterThan(0);
  expect(limited!.counts.rateLimited).toBeGreaterThan(0);
  expect(limited!.counts.failures.httpStatus).toBe(0);
  expect(limited!.errorRate).toBe(0);
  expect(limited!.counts.total).toBe(limited!.counts.success + refused);
  // The unlimited channel did the work without refusing any.
  const open = report.levels.find((l) => l.scenario === 'payments' && l.level === 16)!;
  expect(open.counts.success).toBeGreaterThan(0);
  expect((open.counts.backPressure ?? 0) + (open.counts.rateLimited ?? 0)).toBe(0);

  const summary = await readFile(path.join(out, 'summary.md'), 'utf8');
  expect(summary).toContain('### Setup and teardown');
  expect(summary).toContain('### Back-pressure and rate limits');
  const html = await readFile(path.join(out, 'report.html'), 'utf8');
  expect(html).toContain('data-table="refusals"');
  expect(html).toContain('data-table="setup"');
  const csv = (await readFile(path.join(out, 'results.csv'), 'utf8')).split('\r\n');
  const header = csv[0]!.split(',');
  const row = csv.find((r) => r.startsWith('payments-limited,closed,16,'))!.split(',');
  expect(Number(row[header.indexOf('rate_limited')])).toBe(limited!.counts.rateLimited);
  expect(row[header.indexOf('errors')]).toBe('0');
}, 60_000);
