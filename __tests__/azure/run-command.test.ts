import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runnerCommandScript } from '../../src/core/azure/cloud-init.js';
import { BenchError } from '../../src/core/errors.js';
import { deleteRunGroup } from '../../src/edges/azure/cleanup.js';
import { provisionRun } from '../../src/edges/azure/fleet.js';
import { expectRunCommandSuccess, runManagedCommand } from '../../src/edges/azure/run-command.js';
import { collectServerSamples } from '../../src/edges/azure/collect-server-samples.js';
import { runLoadAgents } from '../../src/edges/azure/run-load-agents.js';
import { waitForRunReady } from '../../src/edges/azure/wait-for-run-ready.js';
import { startArmFake, type ArmFake, type FakeRunCommand } from '../support/arm-fake/arm-fake.js';
import { createFakeArmContext, sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';

let fake: ArmFake;
beforeEach(async () => {
  fake = await startArmFake();
});
afterEach(async () => {
  await fake.close();
});

const group = 'bench-reframe-123-1-bench';
const sas =
  'https://benchstore.blob.core.windows.net/runs/plan.json?sv=2025-01-05&sig=SECRETSIGNATURE';

async function provision() {
  const context = createFakeArmContext(fake);
  const run = await provisionRun(context.ctx, sampleRunSpec(), { recordState: () => undefined });
  return { ...context, run };
}

describe('runManagedCommand', () => {
  it('runs asynchronously with parameters, keeps protected ones out of the resource, and returns the exit code', async () => {
    const { ctx, run } = await provision();
    const seen: { vm: string; command: FakeRunCommand }[] = [];
    fake.onRunCommand = (vm, command) => {
      seen.push({ vm, command });
      return Promise.resolve({ exitCode: 0, output: 'done' });
    };
    const outcome = await runManagedCommand(
      ctx,
      {
        groupName: group,
        vmName: run.loadVms[0]!.name,
        location: run.loadVms[0]!.region,
        commandName: 'bench-runner-1',
        script: runnerCommandScript,
        parameters: { BENCH_AGENT_INDEX: '0' },
        protectedParameters: { BENCH_RUNNER_BUNDLE_URL: sas },
        timeoutSeconds: 3_600,
        outputBlobUri: 'https://benchstore.blob.core.windows.net/runs/out.log?sig=OUT',
        errorBlobUri: 'https://benchstore.blob.core.windows.net/runs/err.log?sig=ERR',
      },
      { waitMs: 1_000 },
    );

    expect(outcome).toMatchObject({ executionState: 'Succeeded', finished: true, exitCode: 0 });
    expect(seen[0]?.vm).toBe('bench-load-1');
    expect(seen[0]?.command.parameters).toEqual({
      BENCH_AGENT_INDEX: '0',
      BENCH_RUNNER_BUNDLE_URL: sas,
    });
    expect(seen[0]?.command.protectedNames).toEqual(['BENCH_RUNNER_BUNDLE_URL']);
    expect(seen[0]?.command.timeoutInSeconds).toBe(3_600);
    expect(seen[0]?.command.script).not.toContain('SECRETSIGNATURE');
    const put = fake.requests.find((r) => r.method === 'PUT' && r.path.includes('/runCommands/'));
    expect(put?.body).toMatchObject({
      properties: { asyncExecution: true, treatFailureAsDeploymentFailure: false },
    });
    const stored = [...fake.groups.get(group)!.resources.values()].find(
      (r) => r.name === 'bench-runner-1',
    );
    expect(JSON.stringify(stored)).not.toContain('SECRETSIGNATURE');
    expect(() => expectRunCommandSuccess(outcome, 'The runner')).not.toThrow();
  });

  it('reports a failing script with a clear error, and clean-up still removes everything', async () => {
    const { ctx, run } = await provision();
    fake.onRunCommand = () =>
      Promise.resolve({ exitCode: 3, output: '', error: 'product not healthy in time' });
    const outcome = await runManagedCommand(
      ctx,
      {
        groupName: group,
        vmName: run.productVm.name,
        location: run.productVm.region,
        commandName: 'bench-product-ready',
        script: '#!/bin/bash\nexit 3\n',
        timeoutSeconds: 600,
      },
      { waitMs: 1_000 },
    );
    expect(outcome).toMatchObject({ executionState: 'Failed', finished: true, exitCode: 3 });
    let error: unknown;
    try {
      expectRunCommandSuccess(outcome, 'Waiting for the product', {
        outputUrl: 'runs/out.log',
        errorUrl: 'runs/err.log',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('AZURE_RUN_COMMAND_FAILED');
    expect((error as BenchError).message).toContain('exit code 3');
    expect((error as BenchError).message).toContain('product not healthy in time');
    expect((error as BenchError).hint).toContain('runs/err.log');
    expect((error as BenchError).hint).toContain('runs/out.log');

    expect(await deleteRunGroup(ctx, group, { waitMs: 1_000 })).toEqual({
      deleted: true,
      pending: false,
    });
    expect(fake.groupNames()).toEqual([]);
  });

  it('stops following a command that never finishes after the bounded wait', async () => {
    const { ctx, run, sleeps } = await provision();
    fake.onRunCommand = () => new Promise(() => undefined);
    const before = sleeps.length;
    const outcome = await runManagedCommand(
      ctx,
      {
        groupName: group,
        vmName: run.productVm.name,
        location: run.productVm.region,
        commandName: 'bench-stuck',
        script: '#!/bin/bash\nsleep infinity\n',
        timeoutSeconds: 60,
      },
      { waitMs: 5 },
    );
    expect(outcome).toEqual({ executionState: 'Running', finished: false });
    expect(sleeps.length - before).toBe(5);
    expect(() => expectRunCommandSuccess(outcome, 'The stuck command')).toThrow(
      expect.objectContaining({ code: 'AZURE_RUN_COMMAND_TIMEOUT' }) as Error,
    );
  });

  it('refuses parameter names that are not plain environment variable names', async () => {
    const { ctx } = createFakeArmContext(fake);
    const error = await runManagedCommand(
      ctx,
      {
        groupName: group,
        vmName: 'bench-product',
        location: 'westeurope',
        commandName: 'x',
        script: 'true',
        parameters: { 'A;reboot': '1' },
        timeoutSeconds: 10,
      },
      { waitMs: 10 },
    ).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('AZURE_UNSAFE_VALUE');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('waitForRunReady and collectServerSamples', () => {
  it('asks every VM for readiness and uploads the samples through a protected SAS URL', async () => {
    const context = createFakeArmContext(fake);
    const run = await provisionRun(context.ctx, sampleRunSpec({ loadAgents: 2 }), {
      recordState: () => undefined,
    });
    const seen: string[] = [];
    let samplesCommand: FakeRunCommand | undefined;
    fake.onRunCommand = (vm, command) => {
      seen.push(`${vm}:${command.name}:${command.parameters.BENCH_WAIT_SECONDS ?? ''}`);
      if (command.name === 'bench-samples-upload') samplesCommand = command;
      return Promise.resolve({ exitCode: 0, output: '' });
    };
    await waitForRunReady(context.ctx, run, { readySeconds: 900 });
    expect(seen.sort()).toEqual([
      'bench-load-1:bench-load-ready-1:900',
      'bench-load-2:bench-load-ready-2:900',
      'bench-product:bench-product-ready:900',
    ]);

    await collectServerSamples(context.ctx, run, { samplesUrl: sas });
    expect(samplesCommand?.protectedNames).toEqual(['BENCH_SAMPLES_URL']);
    expect(samplesCommand?.parameters.BENCH_SAMPLES_URL).toBe(sas);
  });

  it('fails with the VM named when the product never becomes healthy', async () => {
    const context = createFakeArmContext(fake);
    const run = await provisionRun(context.ctx, sampleRunSpec(), { recordState: () => undefined });
    fake.onRunCommand = (_vm, command) =>
      Promise.resolve(
        command.name === 'bench-product-ready'
          ? { exitCode: 2, output: '', error: 'product start failed in phase pull-failed' }
          : { exitCode: 0, output: '' },
      );
    const error = await waitForRunReady(context.ctx, run, { readySeconds: 60 }).catch(
      (e: unknown) => e,
    );
    expect((error as BenchError).code).toBe('AZURE_RUN_COMMAND_FAILED');
    expect((error as BenchError).message).toContain('The product VM becoming ready');
    expect((error as BenchError).message).toContain('pull-failed');
  });
});

describe('runLoadAgents', () => {
  it('starts one runner per load VM with its own settings and the bundle URL kept secret', async () => {
    const context = createFakeArmContext(fake);
    const run = await provisionRun(context.ctx, sampleRunSpec({ loadAgents: 2 }), {
      recordState: () => undefined,
    });
    const commands: { vm: string; command: FakeRunCommand }[] = [];
    fake.onRunCommand = (vm, command) => {
      commands.push({ vm, command });
      return Promise.resolve({ exitCode: vm === 'bench-load-2' ? 1 : 0, output: '' });
    };
    const outcomes = await runLoadAgents(context.ctx, run, {
      bundleUrl: sas,
      timeoutSeconds: 1_800,
      agent: (index) => ({
        parameters: {
          BENCH_TARGET_URL: `http://${run.productVm.privateIp}:3000`,
          BENCH_AGENT_INDEX: String(index),
          BENCH_AGENT_COUNT: '2',
        },
        protectedParameters: { BENCH_PLAN_URL: `${sas}&agent=${index}` },
      }),
    });

    expect(outcomes.map((o) => o.exitCode)).toEqual([0, 1]);
    const byVm = Object.fromEntries(commands.map((c) => [c.vm, c.command]));
    expect(byVm['bench-load-2']?.parameters).toMatchObject({
      BENCH_AGENT_INDEX: '1',
      BENCH_RUNNER_BUNDLE_URL: sas,
    });
    expect(byVm['bench-load-2']?.protectedNames.sort()).toEqual([
      'BENCH_PLAN_URL',
      'BENCH_RUNNER_BUNDLE_URL',
    ]);
    expect(byVm['bench-load-1']?.script).toBe(runnerCommandScript);
  });

  it('refuses runner parameters the runner would never see', async () => {
    const context = createFakeArmContext(fake);
    const run = await provisionRun(context.ctx, sampleRunSpec(), { recordState: () => undefined });
    const error = await runLoadAgents(context.ctx, run, {
      bundleUrl: sas,
      timeoutSeconds: 60,
      agent: () => ({ parameters: { TARGET: 'x' }, protectedParameters: {} }),
    }).catch((e: unknown) => e);
    expect((error as BenchError).code).toBe('AZURE_RUNNER_PARAMETER');
  });
});
