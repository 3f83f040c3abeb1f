import { rejection } from '../support/rejection.js';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandTargetPlan } from '../../src/core/config/plan.js';
import { startCommandTarget } from '../../src/edges/local/command-target.js';
import { findFreePort } from '../../src/edges/local/image-target.js';
import { liveGroupMembers } from '../../src/edges/local/proc-sampler.js';
import type { RunningTarget } from '../../src/edges/local/running-target.js';
import { startServer, type TestServer } from '../support/servers.js';

let target: RunningTarget | undefined;
let blocker: TestServer | undefined;
afterEach(async () => {
  await target?.stop();
  await blocker?.close();
  target = undefined;
  blocker = undefined;
});

/** A plan that runs `node -e script` with PORT set. */
function nodeScriptPlan(script: string, port: number, timeoutMs = 10_000): CommandTargetPlan {
  return {
    kind: 'command',
    argv: [process.execPath, '-e', script],
    cwd: process.cwd(),
    env: { PORT: String(port) },
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    health: { path: '/health', timeoutMs, intervalMs: 20 },
  };
}

/** A server script answering every request with `status`. */
function serverScript(status: number, extra = ''): string {
  return (
    `${extra};require('http').createServer((q, s) => s.writeHead(${status}).end())` +
    `.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on', process.env.PORT))`
  );
}

/** True while a process with `pid` exists. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True while `pid` runs; a zombie waiting to be reaped counts as stopped. */
function stillRunning(pid: number): boolean {
  const members = liveGroupMembers(pid);
  return members === undefined ? processExists(pid) : members.includes(pid);
}

describe('startCommandTarget', () => {
  it('starts a process, waits for health and reports its pid and base URL', async () => {
    const port = await findFreePort();
    const lines: string[] = [];
    target = await startCommandTarget(nodeScriptPlan(serverScript(200), port), {
      log: (line) => lines.push(line),
    });
    expect(target.baseUrl).toBe(`http://127.0.0.1:${port}`);
    expect(processExists(target.pid)).toBe(true);
    expect(lines).toContain(`listening on ${port}`);
  });

  it('with port 0 (port: auto) picks a free port and puts it wherever env or arguments say {{port}}', async () => {
    const lines: string[] = [];
    const plan = nodeScriptPlan(`${serverScript(200)};console.log('arg', process.argv[1])`, 0);
    target = await startCommandTarget(
      { ...plan, argv: [...plan.argv, '--', '--listen={{port}}'], env: { PORT: '{{port}}' } },
      { log: (line) => lines.push(line) },
    );
    const port = Number(/:(\d+)$/.exec(target.baseUrl)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect(lines).toContain(`listening on ${port}`);
    expect(lines).toContain(`arg --listen=${port}`);
  });

  it("hides the target's secret env values in the output tail of a start-up error", async () => {
    const port = await findFreePort();
    const script = "console.log('db password is', process.env.DB_PASSWORD); process.exit(3)";
    const plan = { ...nodeScriptPlan(script, port), env: { DB_PASSWORD: 'tail-secret-42' } };
    const error = await rejection(startCommandTarget(plan));
    expect(String(error)).toContain('db password is ***');
    expect(String(error)).not.toContain('tail-secret-42');
  });

  it('refuses to start when the port is already in use, naming the port', async () => {
    blocker = await startServer((_req, res) => res.end());
    const error = await rejection(
      startCommandTarget(nodeScriptPlan(serverScript(200), blocker.port)),
    );
    expect(error.code).toBe('TARGET_PORT_IN_USE');
    expect(error.kind).toBe('target');
    expect(error.message).toContain(String(blocker.port));
    expect(error.hint).toMatch(/stop the other process/i);
  });

  it('fails with TARGET_UNHEALTHY and the output tail when health never answers 2xx', async () => {
    const port = await findFreePort();
    const script = serverScript(503, "console.error('warming up forever')");
    const error = await rejection(startCommandTarget(nodeScriptPlan(script, port, 400)));
    expect(error.code).toBe('TARGET_UNHEALTHY');
    expect(error.message).toContain(`http://127.0.0.1:${port}/health`);
    expect(error.message).toContain('400 ms');
    expect(error.message).toContain('HTTP 503');
    expect(error.message).toContain('warming up forever');
  });

  it('fails with TARGET_EXITED, the exit code and the output tail when the process dies first', async () => {
    const port = await findFreePort();
    const script = "console.error('config file missing'); process.exit(3)";
    const error = await rejection(startCommandTarget(nodeScriptPlan(script, port)));
    expect(error.code).toBe('TARGET_EXITED');
    expect(error.message).toContain('exited with code 3');
    expect(error.message).toContain('config file missing');
  });

  it('fails with TARGET_NOT_FOUND when the program does not exist', async () => {
    const port = await findFreePort();
    const plan = { ...nodeScriptPlan('', port), argv: ['./no-such-program-here', '--flag'] };
    const error = await rejection(startCommandTarget(plan));
    expect(error.code).toBe('TARGET_NOT_FOUND');
    expect(error.message).toContain('no-such-program-here');
  });

  it('stops the process with SIGTERM and resolves exited', async () => {
    const port = await findFreePort();
    target = await startCommandTarget(nodeScriptPlan(serverScript(200), port));
    const { pid } = target;
    await target.stop();
    await target.stop();
    expect(await target.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(stillRunning(pid)).toBe(false);
  });

  it('kills a process that ignores SIGTERM once the grace period is over', async () => {
    const port = await findFreePort();
    const script = serverScript(
      200,
      "process.on('SIGTERM', () => console.log('ignoring SIGTERM'))",
    );
    target = await startCommandTarget(nodeScriptPlan(script, port), { stopTimeoutMs: 200 });
    await target.stop();
    expect(await target.exited).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it.runIf(process.platform === 'linux')(
    'stops the children of a wrapper command along with it',
    async () => {
      const port = await findFreePort();
      const server = JSON.stringify(serverScript(200));
      const wrapper = `${JSON.stringify(process.execPath)} -e ${server} & wait`;
      target = await startCommandTarget({
        ...nodeScriptPlan('', port),
        argv: ['/bin/sh', '-c', wrapper],
      });
      expect(liveGroupMembers(target.pid)?.length).toBe(2);
      await target.stop();
      // The shell and the server it started, both gone.
      expect(liveGroupMembers(target.pid)).toEqual([]);
    },
  );

  it.runIf(process.platform === 'linux')(
    'kills the target when the bench process exits without stopping it',
    async () => {
      const port = await findFreePort();
      const moduleUrl = new URL('../../src/edges/local/command-target.ts', import.meta.url).href;
      const plan = nodeScriptPlan(serverScript(200), port);
      const parentScript =
        `const { startCommandTarget } = await import(${JSON.stringify(moduleUrl)});` +
        `const target = await startCommandTarget(${JSON.stringify(plan)});` +
        'console.log(target.pid); process.exit(0);';
      const parent = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', parentScript],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      parent.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      const code = await new Promise((resolve) => parent.once('close', resolve));
      expect(code).toBe(0);
      const pid = Number(out.trim());
      expect(pid).toBeGreaterThan(0);
      // SIGKILL is asynchronous; an orphaned zombie (not yet reaped by init) counts as gone.
      const gone = () => liveGroupMembers(pid)?.length === 0;
      for (let i = 0; i < 100 && !gone(); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(gone()).toBe(true);
    },
  );

  it('stops the process and throws the abort reason when start-up is aborted', async () => {
    const port = await findFreePort();
    const controller = new AbortController();
    const script = serverScript(503, "console.log('pid', process.pid)");
    let pid = 0;
    const starting = startCommandTarget(nodeScriptPlan(script, port), {
      signal: controller.signal,
      log: (line) => {
        if (line.startsWith('pid ')) pid = Number(line.slice(4));
        // Abort once the process runs, so there is something to stop.
        controller.abort(new Error('interrupted'));
      },
    });
    await expect(starting).rejects.toThrow('interrupted');
    expect(pid).toBeGreaterThan(0);
    expect(stillRunning(pid)).toBe(false);
  });
});
