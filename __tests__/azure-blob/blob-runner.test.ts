import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchPlan } from '../../src/core/config/plan.js';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import { runPlan } from '../../src/core/engine/run-plan.js';
import { targetError } from '../../src/core/errors.js';
import type { RunnerInputUrls } from '../../src/core/remote/run-exchange.js';
import { createRunExchange } from '../../src/edges/azure/blob-run-exchange.js';
import type { RunPlanFunction } from '../../src/edges/azure/blob-runner.js';
import {
  parseRemoteAgentEnv,
  runnerEnvFromArgs,
  runRemoteAgent,
} from '../../src/edges/azure/blob-runner.js';
import type { AzuriteHandle } from '../support/azurite.js';
import { startAzurite } from '../support/azurite.js';
import { startServer } from '../support/servers.js';
import { makeMeasurement, makePlan } from './fixtures.js';

let azurite: AzuriteHandle;
let workDir: string;
let bundlePath: string;
let runCount = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  workDir = await mkdtemp(join(tmpdir(), 'bench-runner-'));
  bundlePath = join(workDir, 'index.js');
  await writeFile(bundlePath, '// runner bundle\n');
});

afterAll(async () => {
  await azurite?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A fresh container with the plan uploaded, the URLs a load VM would get, and its env. */
async function prepareRun(plan: BenchPlan = makePlan(), targetUrl = 'http://10.0.0.4:3000') {
  runCount += 1;
  const container = `runner-${runCount}-${Date.now().toString(36)}`;
  const exchange = createRunExchange({ connectionString: azurite.connectionString, container });
  const urls = await exchange.uploadRunnerInputs({
    prefix: 'run',
    plan,
    runnerBundlePath: bundlePath,
  });
  return { container, exchange, urls, env: envFor(urls, targetUrl) };
}

function envFor(urls: RunnerInputUrls, targetUrl: string): Record<string, string> {
  return {
    BENCH_PLAN_URL: urls.planUrl,
    BENCH_RESULTS_URL: urls.resultsUrl,
    BENCH_TARGET_URL: targetUrl,
  };
}

/** Runner dependencies that keep output in memory and never retry refused requests. */
function quietDeps(runPlanFn: RunPlanFunction, lines: string[] = []) {
  return {
    runPlan: runPlanFn,
    write: (line: string) => lines.push(line),
    clientOptions: { retryOptions: { maxTries: 1 } },
    heartbeatIntervalMs: 60_000,
  };
}

describe('load-VM runner', () => {
  it('uploads every level, its interval log, a finished status and its log', async () => {
    const { exchange, env } = await prepareRun();
    const canned = [
      await makeMeasurement('transform mt103', 8),
      await makeMeasurement('transform mt103', 32),
      await makeMeasurement('health', 8),
      await makeMeasurement('health', 32),
    ];
    const seen: { baseUrl: string; share: unknown; names: string[] }[] = [];
    const fake: RunPlanFunction = (plan, opts) => {
      seen.push({
        baseUrl: opts.baseUrl,
        share: opts.share,
        names: plan.scenarios.map((s) => s.name),
      });
      for (const m of canned) opts.onLevel?.(m);
      return Promise.resolve(canned);
    };

    const code = await runRemoteAgent(
      { ...env, BENCH_TARGET_URL: 'http://10.0.0.4:3000/' },
      quietDeps(fake),
    );

    expect(code).toBe(0);
    expect(seen).toEqual([
      {
        baseUrl: 'http://10.0.0.4:3000',
        share: { index: 0, count: 1 },
        names: ['transform mt103', 'health'],
      },
    ]);
    const results = await exchange.readRunnerResults('run', { agentCount: 1 });
    expect(results.status).toBe('finished');
    expect(results.measurements).toEqual(canned);
    expect(results.hlogs.map((h) => h.name)).toEqual([
      'agent-0/levels/0000-transform-mt103-8.hlog',
      'agent-0/levels/0001-transform-mt103-32.hlog',
      'agent-0/levels/0002-health-8.hlog',
      'agent-0/levels/0003-health-32.hlog',
    ]);
    expect(results.hlogs[0]?.text).toContain('#[Histogram log format version');
    expect(results.agents[0]?.status).toMatchObject({
      state: 'finished',
      levelsDone: 4,
      levelsTotal: 4,
      exitCode: 0,
    });
    expect(results.logs).toEqual([
      {
        name: 'agent-0/runner.log',
        text: expect.stringContaining('finished 4 level(s)') as unknown,
      },
    ]);
  });

  it('keeps the finished levels and records why when the run fails half-way', async () => {
    const { exchange, env } = await prepareRun();
    const first = await makeMeasurement('transform mt103', 8);
    const fake: RunPlanFunction = (_plan, opts) => {
      opts.onLevel?.(first);
      return Promise.reject(
        targetError(
          'TARGET_UNREACHABLE',
          'every connection to 10.0.0.4:3000 was refused',
          'Check the product VM.',
        ),
      );
    };

    const code = await runRemoteAgent(env, quietDeps(fake));

    expect(code).toBe(3);
    const results = await exchange.readRunnerResults('run');
    expect(results.status).toBe('failed');
    expect(results.measurements).toEqual([first]);
    expect(results.agents[0]?.status).toMatchObject({
      state: 'failed',
      levelsDone: 1,
      exitCode: 3,
      error: { code: 'TARGET_UNREACHABLE', hint: 'Check the product VM.' },
    });
    expect(results.logs[0]?.text).toContain('TARGET_UNREACHABLE');
  });

  it('records an unexpected crash as RUNNER_CRASHED with its message', async () => {
    const { exchange, env } = await prepareRun();
    const fake: RunPlanFunction = () => Promise.reject(new TypeError('boom'));

    expect(await runRemoteAgent(env, quietDeps(fake))).toBe(70); // a crash is a bug, not a target failure

    const results = await exchange.readRunnerResults('run');
    expect(results.agents[0]?.status?.error).toEqual({ code: 'RUNNER_CRASHED', message: 'boom' });
  });

  it('marks the run interrupted when stopped by a signal and keeps what was measured', async () => {
    const { exchange, env } = await prepareRun();
    const controller = new AbortController();
    const partial = { ...(await makeMeasurement('transform mt103', 8)), interrupted: true };
    const fake: RunPlanFunction = (_plan, opts) => {
      controller.abort(new Error('SIGTERM'));
      opts.onLevel?.(partial);
      return Promise.resolve([partial]);
    };

    const code = await runRemoteAgent(env, { ...quietDeps(fake), signal: controller.signal });

    expect(code).toBe(130);
    const results = await exchange.readRunnerResults('run');
    expect(results.status).toBe('interrupted');
    expect(results.measurements).toEqual([partial]);
  });

  it('writes a heartbeat with the level in progress while the plan runs', async () => {
    const { exchange, env } = await prepareRun();
    const fake: RunPlanFunction = async (_plan, opts) => {
      opts.onProgress?.({
        scenario: 'health',
        level: 32,
        index: 3,
        count: 4,
        phase: 'measure',
        elapsedMs: 500,
        phaseMs: 5000,
        successRps: 1234,
        p99Us: 900,
        failures: 0,
      });
      // Wait (bounded) until a heartbeat carrying that progress has reached Blob.
      for (let i = 0; i < 200; i++) {
        const status = (await exchange.readRunnerResults('run')).agents[0]?.status;
        if (status?.current) return [];
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('no heartbeat with progress was written');
    };

    const code = await runRemoteAgent(env, { ...quietDeps(fake), heartbeatIntervalMs: 20 });

    expect(code).toBe(0);
    const status = (await exchange.readRunnerResults('run')).agents[0]?.status;
    // The final status replaces every heartbeat and drops the progress.
    expect(status).toMatchObject({ state: 'finished', levelsDone: 0 });
    expect(status?.current).toBeUndefined();
  });

  it('exits 2 and says which variable is missing before touching Blob', async () => {
    const lines: string[] = [];
    const { env } = await prepareRun();
    let ran = false;
    const fake: RunPlanFunction = () => {
      ran = true;
      return Promise.resolve([]);
    };

    const code = await runRemoteAgent(
      { ...env, BENCH_TARGET_URL: undefined },
      quietDeps(fake, lines),
    );

    expect(code).toBe(2);
    expect(ran).toBe(false);
    expect(lines.join('\n')).toContain('RUNNER_ENV_MISSING: BENCH_TARGET_URL is not set');
  });

  it('exits 2 with status failed when the plan URL has expired', async () => {
    const { exchange, env } = await prepareRun();
    const expired = createRunExchange({
      connectionString: azurite.connectionString,
      container: `runner-expired-${Date.now().toString(36)}`,
      now: () => new Date(Date.now() - 3 * 3_600_000),
    });
    const old = await expired.uploadRunnerInputs({
      prefix: 'run',
      plan: makePlan(),
      runnerBundlePath: bundlePath,
      validForMs: 3_600_000,
    });

    const code = await runRemoteAgent(
      { ...env, BENCH_PLAN_URL: old.planUrl },
      quietDeps(() => Promise.resolve([])),
    );

    expect(code).toBe(2);
    const status = (await exchange.readRunnerResults('run')).agents[0]?.status;
    expect(status).toMatchObject({ state: 'failed', error: { code: 'PLAN_UNREADABLE' } });
  });

  it('exits 2 with status failed when the plan file is corrupt', async () => {
    const { container, exchange, env } = await prepareRun();
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    await service
      .getContainerClient(container)
      .getBlockBlobClient('run/inputs/plan.json')
      .upload('{"plan', 6);

    const code = await runRemoteAgent(
      env,
      quietDeps(() => Promise.resolve([])),
    );

    expect(code).toBe(2);
    const status = (await exchange.readRunnerResults('run')).agents[0]?.status;
    expect(status).toMatchObject({ state: 'failed', error: { code: 'PLAN_INVALID' } });
  });

  it('exits 2 when the results URL refuses writes', async () => {
    const { env, urls } = await prepareRun();
    const lines: string[] = [];
    // The plan's read-only SAS in place of the results SAS: every write is refused.
    const readOnly = `${urls.resultsUrl.split('?')[0]}?${urls.planUrl.split('?')[1]}`;

    const code = await runRemoteAgent(
      { ...env, BENCH_RESULTS_URL: readOnly },
      quietDeps(() => Promise.resolve([]), lines),
    );

    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('RUNNER_RESULTS_REFUSED');
  });

  it('reads settings from flags as well as variables and checks agent numbers', () => {
    const env = runnerEnvFromArgs([
      '--plan-url',
      'http://a/p',
      '--results-url=http://a/r',
      '--target-url',
      'http://t',
    ]);
    expect(
      parseRemoteAgentEnv({
        ...env,
        BENCH_AGENT_INDEX: '1',
        BENCH_AGENT_COUNT: '2',
        BENCH_START_AT: '5',
      }),
    ).toEqual({
      planUrl: 'http://a/p',
      resultsUrl: 'http://a/r',
      targetUrl: 'http://t',
      agentIndex: 1,
      agentCount: 2,
      startAtEpochMs: 5,
    });
    expect(() =>
      parseRemoteAgentEnv({ ...env, BENCH_AGENT_INDEX: '2', BENCH_AGENT_COUNT: '2' }),
    ).toThrow(expect.objectContaining({ code: 'RUNNER_ENV_INVALID' }) as unknown);
    expect(() => parseRemoteAgentEnv({ ...env, BENCH_TARGET_URL: 'ftp://t' })).toThrow(
      expect.objectContaining({ code: 'RUNNER_ENV_INVALID' }) as unknown,
    );
    expect(() => runnerEnvFromArgs(['--plan'])).toThrow(
      expect.objectContaining({ code: 'RUNNER_ARGS_INVALID' }) as unknown,
    );
  });

  it('passes the agent share and common start time to the engine', async () => {
    const { env } = await prepareRun();
    const seen: unknown[] = [];
    const fake: RunPlanFunction = (_plan, opts) => {
      seen.push([opts.share, opts.startAtEpochMs]);
      return Promise.resolve([]);
    };

    await runRemoteAgent(
      { ...env, BENCH_AGENT_INDEX: '1', BENCH_AGENT_COUNT: '3', BENCH_START_AT: '1790000000000' },
      quietDeps(fake),
    );

    expect(seen).toEqual([[{ index: 1, count: 3 }, 1_790_000_000_000]]);
  });

  it('runs the real engine against a loopback server and uploads what it measured', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"success":true}');
    });
    try {
      const plan = makePlan({ levels: [2], warmupMs: 0, durationMs: 300, cooldownMs: 0 });
      plan.scenarios = plan.scenarios.filter((s) => s.name === 'health');
      plan.scenarios[0]!.checks.json = [
        { source: '$.success == true', path: '$.success', operator: '==', value: true },
      ];
      const { exchange, env } = await prepareRun(plan, server.url);

      const code = await runRemoteAgent(env, quietDeps(runPlan));

      expect(code).toBe(0);
      const results = await exchange.readRunnerResults('run');
      expect(results.status).toBe('finished');
      const measured: LevelMeasurement | undefined = results.measurements[0];
      expect(results.measurements).toHaveLength(1);
      expect(measured).toMatchObject({ scenario: 'health', level: 2, interrupted: false });
      expect(measured?.success).toBeGreaterThan(0);
      // Every class, including protocol and unfinished, survives the trip through Blob.
      expect(measured?.failures).toEqual({
        connect: 0,
        timeout: 0,
        reset: 0,
        protocol: 0,
        httpStatus: 0,
        check: 0,
        unfinished: 0,
      });
      expect(results.hlogs).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
