import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/config/config-problem.js';
import { SETUP_EXCERPT_CHARS } from '../../src/core/engine/setup-step.js';
import { BenchError } from '../../src/core/errors.js';
import { MAX_PAYLOAD_FILE_BYTES } from '../../src/edges/files/read-input-file.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import { runLocalBenchmark } from '../../src/pipeline/run-local.js';
import { startServer, type TestServer } from '../support/servers.js';

let tmp: string;
let server: TestServer | undefined;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-setup-'));
  // A repository of its own, so "inside the repository" means inside `repo/`.
  await mkdir(path.join(tmp, 'repo', '.git'), { recursive: true });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(tmp, { recursive: true, force: true });
});

/** Writes `repo/bench.yml` against `url` with the given setup/teardown YAML. */
async function writeConfig(url: string, steps: string): Promise<string> {
  const file = path.join(tmp, 'repo', 'bench.yml');
  await writeFile(
    file,
    [
      'version: 1',
      'name: setup-test',
      `target: { url: '${url}' }`,
      'scenarios:',
      '  - { name: get, path: /data }',
      'load: { levels: [1], warmup: 0s, duration: 300ms }',
      steps,
      '',
    ].join('\n'),
  );
  return file;
}

/** Records every request; answers admin requests with `admin(req)`, data requests with 200. */
async function recordingServer(
  admin: (method: string, url: string, body: string) => { status: number; body: string },
): Promise<{ server: TestServer; seen: string[] }> {
  const seen: string[] = [];
  const s = await startServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.url === '/data') {
        if (!seen.includes('data')) seen.push('data');
        res.end('{}');
        return;
      }
      seen.push(`${req.method} ${req.url} ${body}`);
      const answer = admin(req.method ?? '', req.url ?? '', body);
      res.statusCode = answer.status;
      res.end(answer.body);
    });
  });
  return { server: s, seen };
}

describe('setup and teardown requests', () => {
  it('run once, in order, before the first level and after the last, with their bodies, and are in the report', async () => {
    const rec = await recordingServer((method) =>
      method === 'DELETE' ? { status: 204, body: '' } : { status: 201, body: '{"id":"w1"}' },
    );
    server = rec.server;
    await writeFile(path.join(tmp, 'repo', 'workflow.json'), '{"name":"w1"}');
    const config = await writeConfig(
      server.url,
      [
        'setup:',
        '  - name: register',
        '    method: POST',
        '    path: /admin/workflows',
        '    body: { file: workflow.json }',
        '    checks: { status: [201], json: [\'$.id == "w1"\'] }',
        '  - { method: PUT, path: /admin/flag, body: { text: on }, checks: { status: [201] } }',
        'teardown:',
        '  - { name: remove, method: DELETE, path: /admin/workflows/w1, checks: { status: [204] } }',
      ].join('\n'),
    );
    const plan = await loadPlan(config);
    const { report } = await runLocalBenchmark({ plan, cwd: tmp, outDir: 'out' });
    expect(rec.seen).toEqual([
      'POST /admin/workflows {"name":"w1"}',
      'PUT /admin/flag on',
      'data',
      'DELETE /admin/workflows/w1 ',
    ]);
    expect(report.setup?.map((s) => `${s.phase} ${s.name} ${s.status} ${s.ok}`)).toEqual([
      'setup register 201 true',
      'setup PUT /admin/flag 201 true',
      'teardown remove 204 true',
    ]);
    expect(report.outcome).toBe('ok');
  });

  it('a failed setup step stops the run before any level, with the method, path, status and an escaped, bounded excerpt', async () => {
    const hostile = `{"error":"no\u001b[31m\nFAKE LOG LINE"}${'x'.repeat(5000)}`;
    const rec = await recordingServer(() => ({ status: 400, body: hostile }));
    server = rec.server;
    const config = await writeConfig(
      server.url,
      'setup:\n  - { method: POST, path: /admin/channels, body: { text: "{}" }, checks: { status: [201] } }',
    );
    const plan = await loadPlan(config);
    const caught = await runLocalBenchmark({ plan, cwd: tmp, outDir: 'out' }).catch(
      (e: unknown) => e,
    );
    expect(caught).toBeInstanceOf(BenchError);
    const error = caught as BenchError;
    expect(error.code).toBe('SETUP_REQUEST_FAILED');
    expect(error.kind).toBe('target');
    expect(error.message).toContain('POST /admin/channels');
    expect(error.message).toContain('answered 400, expected status 201');
    expect(error.message).toContain('{"error":"no\\x1b[31m\\nFAKE LOG LINE"}');
    // eslint-disable-next-line no-control-regex -- the point is that no control character is left
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
    expect(error.message.length).toBeLessThan(SETUP_EXCERPT_CHARS + 200);
    expect(error.message.endsWith('…')).toBe(true);
    // No level ran.
    expect(rec.seen).not.toContain('data');
  });

  it('a setup step whose JSON check fails says which check', async () => {
    const rec = await recordingServer(() => ({ status: 201, body: '{"id":"other"}' }));
    server = rec.server;
    const config = await writeConfig(
      server.url,
      'setup:\n  - { method: POST, path: /admin/w, checks: { status: [201], json: [\'$.id == "w1"\'] } }',
    );
    const caught = await runLocalBenchmark({
      plan: await loadPlan(config),
      cwd: tmp,
      outDir: 'out',
    }).catch((e: unknown) => e);
    expect((caught as BenchError).message).toContain(
      'answered 201, its check failed: $.id == "w1" did not hold; body: {"id":"other"}',
    );
  });

  it('a failed teardown step is reported in the notes and does not fail the run', async () => {
    const rec = await recordingServer(() => ({ status: 404, body: 'gone' }));
    server = rec.server;
    const config = await writeConfig(
      server.url,
      'teardown:\n  - { method: DELETE, path: /admin/w1, checks: { status: [204] } }',
    );
    const { report } = await runLocalBenchmark({
      plan: await loadPlan(config),
      cwd: tmp,
      outDir: 'out',
    });
    expect(report.outcome).toBe('ok');
    expect(report.setup?.[0]).toMatchObject({ phase: 'teardown', status: 404, ok: false });
    expect(report.notes.join('\n')).toContain('teardown step "DELETE /admin/w1"');
  });

  it('refuses a body file outside the repository and one above the size cap, with where they were named', async () => {
    await writeFile(path.join(tmp, 'secret.json'), '{}');
    const big = path.join(tmp, 'repo', 'big.json');
    await writeFile(big, '');
    await truncate(big, MAX_PAYLOAD_FILE_BYTES + 1);
    const config = await writeConfig(
      'http://127.0.0.1:9',
      [
        'setup:',
        '  - { method: POST, path: /a, body: { file: ../secret.json } }',
        '  - { method: POST, path: /b, body: { file: big.json } }',
        '  - { method: POST, path: /c, body: { file: missing.json } }',
      ].join('\n'),
    );
    const caught = await loadPlan(config).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.map((p) => p.path)).toEqual([
      'setup[0].body.file',
      'setup[1].body.file',
      'setup[2].body.file',
    ]);
    expect(problems[0]!.message).toMatch(/outside the repository/);
    expect(problems[1]!.message).toMatch(/big\.json is/);
    expect(problems[2]!.message).toMatch(/not found/);
  });

  it('refuses a header value with CR or LF and a path with a space, as in scenarios', async () => {
    const config = await writeConfig(
      'http://127.0.0.1:9',
      'setup:\n  - { method: POST, path: "/a b", headers: { x-a: "1\\r\\nX-Injected: 1" } }',
    );
    const caught = await loadPlan(config).catch((e: unknown) => e);
    const paths = (caught as ConfigError).problems.map((p) => p.path).sort();
    expect(paths).toEqual(['setup[0].headers.x-a', 'setup[0].path']);
  });
});
