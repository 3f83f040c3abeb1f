/**
 * The targets the harness starts on 127.0.0.1: nginx with a small static JSON file, the demo
 * target, and the scripts in `bench/targets/`. Each is pinned to the target core and waited for
 * over HTTP; `cpuPid` is the process whose CPU serves the requests (nginx's worker, not its
 * master).
 */
import http from 'node:http';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from './ports.js';
import { childPids } from './proc.js';
import { sleep, startProcess } from './processes.js';
import type { Started } from './processes.js';
import type { Pinning } from './system.js';

/** A target started by the harness. */
export interface RunningTarget {
  name: string;
  /** The URL benchmarked, path included. */
  url: string;
  /** Origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  /** Process whose CPU time is the target's work. */
  cpuPid: number;
  /** The started process (its stdout holds what the target printed). */
  process: Started;
  /** Stops the target's process group. */
  stop: () => Promise<void>;
}

/** Where and how targets are started. */
export interface TargetContext {
  repoDir: string;
  pinning: Pinning;
  /** A scratch directory owned by this sitting. */
  tmpDir: string;
  nginx?: string;
}

/** Starts nginx in the foreground with its own config, one worker, serving a static JSON file. */
export async function startNginx(ctx: TargetContext): Promise<RunningTarget> {
  if (!ctx.nginx) throw new Error('nginx is not installed (apt-get install nginx)');
  const port = await freePort();
  const dir = path.join(ctx.tmpDir, `nginx-${port}`);
  const www = path.join(dir, 'www');
  await mkdir(www, { recursive: true });
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    await mkdir(path.join(dir, sub), { recursive: true });
  }
  await writeFile(path.join(www, 'data.json'), '{"ok":true,"service":"nginx","items":[1,2,3]}\n');
  // Started as root, nginx's worker runs as an unprivileged user: it must be able to read the
  // file through a scratch directory that mkdtemp created private.
  for (const d of [ctx.tmpDir, dir, www]) await chmod(d, 0o755);
  await chmod(path.join(www, 'data.json'), 0o644);
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(
    conf,
    [
      'worker_processes 1;',
      'daemon off;',
      `error_log ${dir}/error.log;`,
      `pid ${dir}/nginx.pid;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      '  keepalive_requests 1000000;',
      '  keepalive_timeout 75s;',
      `  client_body_temp_path ${dir}/client_body;`,
      `  proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi;`,
      `  uwsgi_temp_path ${dir}/uwsgi;`,
      `  scgi_temp_path ${dir}/scgi;`,
      '  default_type application/json;',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${www};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  // -e: nginx opens its default error log before reading the config unless told otherwise.
  const started = startProcess([
    ...ctx.pinning.target,
    ctx.nginx,
    '-p',
    dir,
    '-e',
    path.join(dir, 'error.log'),
    '-c',
    conf,
  ]);
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/data.json`;
  try {
    await waitForHttp(url, started, 10_000);
    const worker = childPids(started.pid)[0];
    if (worker === undefined) throw new Error('nginx is up but its worker process was not found');
    return {
      name: 'nginx',
      url,
      origin,
      cpuPid: worker,
      process: started,
      stop: () => started.stop(),
    };
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/** Starts a Node target script with PORT/HOST (and `env`), pinned to the target core. */
export async function startNodeTarget(
  ctx: TargetContext,
  name: string,
  script: string,
  urlPath: string,
  env: Record<string, string> = {},
): Promise<RunningTarget> {
  const port = await freePort();
  const started = startProcess([...ctx.pinning.target, process.execPath, script], {
    cwd: ctx.repoDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${urlPath}`;
  try {
    await waitForHttp(url, started, 10_000);
    return { name, url, origin, cpuPid: started.pid, process: started, stop: () => started.stop() };
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/** The target kinds the engine harness knows. */
export type EngineTargetName = 'nginx' | 'demo' | 'burn';

/** Starts one of the engine harness's targets. */
export function startEngineTarget(
  ctx: TargetContext,
  name: EngineTargetName,
): Promise<RunningTarget> {
  switch (name) {
    case 'nginx':
      return startNginx(ctx);
    case 'demo':
      return startNodeTarget(
        ctx,
        'demo',
        path.join(ctx.repoDir, 'products/demo/server.js'),
        '/health',
      );
    case 'burn':
      return startNodeTarget(
        ctx,
        'burn',
        path.join(ctx.repoDir, 'bench/targets/burn-server.js'),
        '/',
      );
  }
}

/** Polls `url` until it answers 2xx; throws when the process exits or `timeoutMs` passes. */
export async function waitForHttp(url: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | string | undefined;
  void started.exited.then((code) => {
    exited = code;
  });
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`target exited (${exited}) before answering ${url}:\n${started.stderr()}`);
    }
    if (await answers(url)) return;
    if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** GETs `url` and resolves its body as text (rejects on a non-2xx status). */
export function httpGetText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: 5_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (s: string) => (text += s));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(text);
        else reject(new Error(`GET ${url}: HTTP ${status}`));
      });
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: timeout`)));
    req.on('error', reject);
  });
}

function answers(url: string): Promise<boolean> {
  return httpGetText(url).then(
    () => true,
    () => false,
  );
}
