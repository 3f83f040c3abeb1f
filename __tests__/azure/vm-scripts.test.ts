/**
 * Runs the VM scripts locally with bash, their fixed paths moved into a temporary directory and
 * `docker` replaced by a shim that records what it was asked to do. Shows that values travel as
 * data and that outcomes are exit codes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadPrepareScript,
  productReadyCommandScript,
  productStartScript,
  runnerCommandScript,
  samplerScript,
  samplesUploadCommandScript,
} from '../../src/core/azure/cloud-init.js';

let dir: string;
let server: Server;
let baseUrl: string;
let uploads: { path: string; headers: Record<string, unknown>; body: string }[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-vm-'));
  for (const sub of ['etc', 'var', 'opt', 'bin']) mkdirSync(join(dir, sub));
  // A docker stand-in: records its arguments and the env file it was given.
  writeFileSync(
    join(dir, 'bin', 'docker'),
    `#!/bin/bash\nprintf '%s\\n' "$@" > "${dir}/docker-args"\nwhile [ $# -gt 0 ]; do [ "$1" = --env-file ] && cp "$2" "${dir}/env-seen"; shift; done\nexit 0\n`,
  );
  chmodSync(join(dir, 'bin', 'docker'), 0o755);
  uploads = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method === 'PUT') uploads.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.method === 'PUT' ? 201 : 200);
      res.end(req.method === 'GET' ? 'console.log("runner")\n' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** Moves the scripts' fixed paths under the test directory. */
function relocate(script: string): string {
  return script
    .replaceAll('/etc/bench/', `${dir}/etc/`)
    .replaceAll('/var/lib/bench', `${dir}/var`)
    .replaceAll('/opt/bench', `${dir}/opt`);
}

/**
 * Runs a script with bash and the given environment (PATH finds the docker shim first).
 * Asynchronous: the scripts talk to this process's loopback server.
 */
async function runScript(script: string, env: Record<string, string>) {
  const child = spawn('bash', ['-c', relocate(script)], {
    env: { PATH: `${dir}/bin:${process.env.PATH ?? ''}`, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

/**
 * A docker stand-in for the runner script: records each call, copies the env file `run` is given,
 * prints an id for `run -d`, blocks `wait` until `stop` (or a test) releases it, then prints
 * `$DOCKER_WAIT_EXIT`.
 */
function writeRunnerDockerShim(): void {
  writeFileSync(
    join(dir, 'bin', 'docker'),
    [
      '#!/bin/bash',
      `echo "docker $*" >> "${dir}/docker-calls"`,
      'case "$1" in',
      `  run) printf '%s\\n' "$@" > "${dir}/docker-args"`,
      `       while [ $# -gt 0 ]; do [ "$1" = --env-file ] && cp "$2" "${dir}/env-seen"; shift; done`,
      '       echo 0123abcd ;;',
      '  logs) echo "runner says hello" ;;',
      `  wait) while [ -n "\${DOCKER_WAIT_BLOCK:-}" ] && [ ! -f "${dir}/released" ]; do sleep 0.05; done`,
      '        echo "${DOCKER_WAIT_EXIT:-0}" ;;',
      `  stop) touch "${dir}/released" ;;`,
      'esac',
      'exit 0',
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'bin', 'docker'), 0o755);
}

describe('runner command script', () => {
  const loadConf = "BENCH_RUNNER_IMAGE='node:24-bookworm-slim'\nBENCH_ACR='benchacr.azurecr.io'\n";

  it('downloads the bundle and hands only the runner settings to the container through an env file', async () => {
    writeRunnerDockerShim();
    writeFileSync(join(dir, 'etc', 'load.conf'), loadConf);
    const result = await runScript(runnerCommandScript, {
      BENCH_RUNNER_BUNDLE_URL: `${baseUrl}/runner.mjs?sig=SECRET`,
      BENCH_PLAN_URL: `${baseUrl}/plan.json?sig=PLAN $(reboot)`,
      BENCH_TARGET_URL: 'http://10.42.1.4:3000',
      UNRELATED: 'not for the runner',
    });

    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'opt', 'runner.mjs'), 'utf8')).toBe('console.log("runner")\n');
    const envSeen = readFileSync(join(dir, 'env-seen'), 'utf8').split('\n').filter(Boolean).sort();
    expect(envSeen).toEqual([
      `BENCH_PLAN_URL=${baseUrl}/plan.json?sig=PLAN $(reboot)`,
      'BENCH_TARGET_URL=http://10.42.1.4:3000',
    ]);
    const args = readFileSync(join(dir, 'docker-args'), 'utf8').split('\n');
    expect(args.slice(0, 6)).toEqual(['run', '-d', '--name', 'bench-runner', '--network', 'host']);
    expect(args).toContain('node:24-bookworm-slim');
    // The generator's small young generation keeps its memory flat (generator-heap.ts).
    expect(args.join(' ')).toContain(`node --max-semi-space-size=4 ${dir}/opt/runner.mjs`);
    expect(args.join(' ')).not.toContain('SECRET');
    // Its output reaches the run command's output.
    expect(result.stdout).toContain('runner says hello');
  });

  it('runs the container named and detached, waits on it and ends with its exit code', async () => {
    writeRunnerDockerShim();
    writeFileSync(join(dir, 'etc', 'load.conf'), loadConf);
    const result = await runScript(runnerCommandScript, {
      BENCH_RUNNER_BUNDLE_URL: `${baseUrl}/runner.mjs?sig=S`,
      DOCKER_WAIT_EXIT: '3',
    });

    expect(result.code).toBe(3);
    const calls = readFileSync(join(dir, 'docker-calls'), 'utf8');
    expect(calls).toContain('docker wait bench-runner');
    expect(calls).toContain('docker rm bench-runner');
  });

  it('stops the container when the run command is stopped (TERM), instead of leaving it loading the product', async () => {
    writeRunnerDockerShim();
    writeFileSync(join(dir, 'etc', 'load.conf'), loadConf);
    const child = spawn('bash', ['-c', relocate(runnerCommandScript)], {
      env: {
        PATH: `${dir}/bin:${process.env.PATH ?? ''}`,
        BENCH_RUNNER_BUNDLE_URL: `${baseUrl}/runner.mjs?sig=S`,
        DOCKER_WAIT_BLOCK: '1',
      },
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await vi.waitFor(
      () => expect(readFileSync(join(dir, 'docker-calls'), 'utf8')).toContain('docker wait'),
      { timeout: 10_000, interval: 20 },
    );
    child.kill('SIGTERM');

    expect(await exited).toBe(143);
    expect(readFileSync(join(dir, 'docker-calls'), 'utf8')).toContain(
      'docker stop --time 10 bench-runner',
    );
  });
});

describe('product ready command script', () => {
  it.each([
    ['healthy', 0],
    ['pull-failed', 2],
    ['unhealthy', 2],
    ['installing', 3],
  ])('exits by the status cloud-init wrote: %s → %i', async (phase, code) => {
    writeFileSync(join(dir, 'var', 'product-status.json'), JSON.stringify({ phase, atMs: 1 }));
    const result = await runScript(productReadyCommandScript, { BENCH_WAIT_SECONDS: '1' });
    expect(result.code, result.stderr).toBe(code);
  });

  it('reports the failed step at once without jq, which a failed package install never installed', async () => {
    writeFileSync(
      join(dir, 'var', 'product-status.json'),
      '{"phase":"failed","step":"installing","exitCode":1,"atMs":1}\n',
    );
    // Only what the script needs besides jq.
    const tools = join(dir, 'tools');
    mkdirSync(tools);
    for (const tool of ['sed', 'seq', 'sleep', 'tail']) {
      symlinkSync(execFileSync('which', [tool], { encoding: 'utf8' }).trim(), join(tools, tool));
    }
    const child = spawn('/bin/bash', ['-c', relocate(productReadyCommandScript)], {
      env: { PATH: tools, BENCH_WAIT_SECONDS: '600' },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(code).toBe(2);
    expect(stdout).toContain('product start failed in step installing');
  });
});

describe('samples upload command script', () => {
  it('puts the sample file as a block blob at the URL given as a parameter', async () => {
    const lines = '{"tsMs":1}\n{"tsMs":2}\n';
    writeFileSync(join(dir, 'var', 'samples.jsonl'), lines);
    const result = await runScript(samplesUploadCommandScript, {
      BENCH_SAMPLES_URL: `${baseUrl}/runs/samples.jsonl?sig=S`,
    });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('uploaded 2 samples');
    expect(uploads).toEqual([
      expect.objectContaining({ path: '/runs/samples.jsonl?sig=S', body: lines }) as unknown,
    ]);
    expect(uploads[0]?.headers['x-ms-blob-type']).toBe('BlockBlob');
  });
});

describe('sampler script', () => {
  it('writes JSON lines with CPU, memory and TCP figures read from this machine', async () => {
    const child = spawn('bash', ['-c', relocate(samplerScript)], {
      env: { PATH: `${dir}/bin:${process.env.PATH ?? ''}` },
      detached: true,
      stdio: 'ignore',
    });
    try {
      const file = join(dir, 'var', 'samples.jsonl');
      await vi.waitFor(
        () => expect(existsSync(file) && readFileSync(file, 'utf8').includes('\n')).toBe(true),
        {
          timeout: 10_000,
          interval: 50,
        },
      );
      const first = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as {
        tsMs: number;
        cpuJiffies: Record<string, number>;
        memTotalKb: number;
        memAvailableKb: number;
        container: { cpuUsec: number | null };
        tcp: { summary: string };
      };
      expect(first.tsMs).toBeGreaterThan(1_600_000_000_000);
      expect(Object.keys(first.cpuJiffies)).toEqual([
        'user',
        'nice',
        'system',
        'idle',
        'iowait',
        'irq',
        'softirq',
        'steal',
      ]);
      expect(first.memTotalKb).toBeGreaterThan(first.memAvailableKb);
      expect(first.container.cpuUsec).toBeNull();
      expect(first.tcp.summary).toMatch(/^TCP:/);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });
});

describe('product start script', () => {
  it('logs in with the identity token exchange, pulls by digest and publishes the port on the private address', async () => {
    const shim = (name: string, body: string) => {
      writeFileSync(join(dir, 'bin', name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(dir, 'bin', name), 0o755);
    };
    shim('apt-get', 'exit 0');
    shim('systemctl', `echo "systemctl $*" >> "${dir}/calls"`);
    // docker: record every call, and what `login --password-stdin` read.
    shim(
      'docker',
      `echo "docker $*" >> "${dir}/calls"\ncase "$1" in login) cat > "${dir}/login-stdin" ;; esac\nexit 0`,
    );
    // curl: answer IMDS, the ACR exchange and the health check like the real endpoints.
    shim(
      'curl',
      [
        `echo "curl $*" >> "${dir}/calls"`,
        'case "$*" in',
        `  *169.254.169.254/metadata/identity/oauth2/token*) echo '{"access_token":"aad-token"}' ;;`,
        `  *oauth2/exchange*) echo '{"refresh_token":"acr-refresh-token"}' ;;`,
        `  *privateIpAddress*) printf 10.42.1.4 ;;`,
        `  *10.42.1.4:3000/health*) exit 0 ;;`,
        '  *) exit 22 ;;',
        'esac',
      ].join('\n'),
    );
    const image = `benchacr.azurecr.io/reframe:3.1.0@sha256:${'d'.repeat(64)}`;
    writeFileSync(
      join(dir, 'etc', 'product.conf'),
      [
        `BENCH_IMAGE='${image}'`,
        `BENCH_PORT='3000'`,
        `BENCH_HEALTH_PATH='/health'`,
        `BENCH_HEALTH_TIMEOUT_SECONDS='5'`,
        `BENCH_ACR='benchacr.azurecr.io'`,
        `BENCH_IDENTITY_ID='/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm'`,
        '',
      ].join('\n'),
    );
    const result = await runScript(productStartScript, {});

    expect(result.code, result.stderr).toBe(0);
    const calls = readFileSync(join(dir, 'calls'), 'utf8');
    expect(calls).toContain(
      'msi_res_id=/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm',
    );
    expect(calls).toContain('access_token=aad-token');
    expect(calls).toContain(
      'docker login benchacr.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin',
    );
    expect(readFileSync(join(dir, 'login-stdin'), 'utf8')).toBe('acr-refresh-token');
    expect(calls).not.toMatch(/docker .*acr-refresh-token/);
    expect(calls).toContain(`docker pull ${image}`);
    expect(calls).toContain('docker logout benchacr.azurecr.io');
    expect(calls).toMatch(
      new RegExp(
        `docker run -d --name bench-product .*--env-file ${dir}/etc/product.env -p 10\\.42\\.1\\.4:3000:3000 ${image.replace(/[.]/g, '\\.')}`,
      ),
    );
    expect(calls).toContain('systemctl enable --now bench-sampler.service');
    expect(JSON.parse(readFileSync(join(dir, 'var', 'product-status.json'), 'utf8'))).toMatchObject(
      { phase: 'healthy' },
    );
  });
});

describe('product start script of a same-VM A/B', () => {
  /** Shims for apt, systemctl, docker, curl (IMDS, ACR, health on both ports) and nproc. */
  function shimVm(vcpus: number) {
    const shim = (name: string, body: string) => {
      writeFileSync(join(dir, 'bin', name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(dir, 'bin', name), 0o755);
    };
    shim('apt-get', 'exit 0');
    shim('systemctl', `echo "systemctl $*" >> "${dir}/calls"`);
    shim(
      'docker',
      `echo "docker $*" >> "${dir}/calls"\ncase "$1" in login) cat >/dev/null ;; esac\nexit 0`,
    );
    shim('nproc', `echo ${vcpus}`);
    shim(
      'curl',
      [
        `echo "curl $*" >> "${dir}/calls"`,
        'case "$*" in',
        `  *169.254.169.254/metadata/identity/oauth2/token*) echo '{"access_token":"aad-token"}' ;;`,
        `  *oauth2/exchange*) echo '{"refresh_token":"acr-refresh-token"}' ;;`,
        `  *privateIpAddress*) printf 10.42.1.4 ;;`,
        `  *10.42.1.4:3000/health*|*10.42.1.4:3001/health*) exit 0 ;;`,
        '  *) exit 22 ;;',
        'esac',
      ].join('\n'),
    );
  }
  const candidate = `benchacr.azurecr.io/reframe:pr-7@sha256:${'d'.repeat(64)}`;
  const baseline = `benchacr.azurecr.io/reframe:main@sha256:${'b'.repeat(64)}`;
  function writeConf(mode: string) {
    writeFileSync(
      join(dir, 'etc', 'product.conf'),
      [
        `BENCH_IMAGE='${candidate}'`,
        `BENCH_PORT='3000'`,
        `BENCH_HEALTH_PATH='/health'`,
        `BENCH_HEALTH_TIMEOUT_SECONDS='5'`,
        `BENCH_ACR='benchacr.azurecr.io'`,
        `BENCH_IDENTITY_ID='/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm'`,
        `BENCH_BASELINE_IMAGE='${baseline}'`,
        `BENCH_BASELINE_PORT='3001'`,
        `BENCH_AB_MODE='${mode}'`,
        '',
      ].join('\n'),
    );
  }

  it('pulls both images by digest and pins each duet container to its own half with equal memory', async () => {
    shimVm(4);
    writeConf('duet');
    const result = await runScript(productStartScript, {});

    expect(result.code, result.stderr).toBe(0);
    const calls = readFileSync(join(dir, 'calls'), 'utf8');
    expect(calls).toContain(`docker pull ${candidate}`);
    expect(calls).toContain(`docker pull ${baseline}`);
    const run = (name: string) =>
      calls.split('\n').find((l) => l.startsWith(`docker run -d --name ${name} `)) ?? '';
    const memory = (line: string) => /--memory (\d+k)/.exec(line)?.[1];
    expect(run('bench-product')).toContain('--cpuset-cpus 2-3');
    expect(run('bench-product')).toContain(`-p 10.42.1.4:3000:3000 ${candidate}`);
    expect(run('bench-baseline')).toContain('--cpuset-cpus 0-1');
    expect(run('bench-baseline')).toContain(`-p 10.42.1.4:3001:3000 ${baseline}`);
    expect(memory(run('bench-product'))).toBeDefined();
    expect(memory(run('bench-product'))).toBe(memory(run('bench-baseline')));
    // Healthy only once both answered.
    expect(calls).toContain('http://10.42.1.4:3000/health');
    expect(calls).toContain('http://10.42.1.4:3001/health');
    expect(JSON.parse(readFileSync(join(dir, 'var', 'core-split.json'), 'utf8'))).toMatchObject({
      vcpus: 4,
      baselineCpus: '0-1',
      candidateCpus: '2-3',
    });
  });

  it('runs both containers unpinned when interleaved', async () => {
    shimVm(4);
    writeConf('interleaved');
    const result = await runScript(productStartScript, {});

    expect(result.code, result.stderr).toBe(0);
    const calls = readFileSync(join(dir, 'calls'), 'utf8');
    expect(calls).toMatch(/docker run -d --name bench-baseline .*-p 10\.42\.1\.4:3001:3000 /);
    expect(calls).not.toContain('--cpuset-cpus');
  });

  it('fails in step duet-vcpus on a VM whose vCPUs cannot be halved into 2 or more', async () => {
    shimVm(2);
    writeConf('duet');
    const result = await runScript(productStartScript, {});

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('a duet needs an even vCPU count of 4 or more; this VM has 2');
    expect(JSON.parse(readFileSync(join(dir, 'var', 'product-status.json'), 'utf8'))).toMatchObject(
      { phase: 'failed', step: 'duet-vcpus' },
    );
  });
});

describe('a failure the start script does not guard', () => {
  it('reports phase failed with its step through the ERR/EXIT trap, so readiness stops waiting', async () => {
    // No settings file: sourcing it fails before any step has its own error handling.
    const result = await runScript(productStartScript, {});

    expect(result.code).not.toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'var', 'product-status.json'), 'utf8'))).toMatchObject(
      { phase: 'failed', step: 'configuring' },
    );
    expect(result.stderr).toContain('bench: step configuring failed');
  });
});

describe('every VM script', () => {
  const scripts = {
    productStartScript,
    loadPrepareScript,
    productReadyCommandScript,
    runnerCommandScript,
    samplesUploadCommandScript,
  };

  it.each(Object.entries(scripts))(
    '%s bounds every curl with --max-time, so a stalled endpoint cannot hang a step',
    (_name, script) => {
      const curls = script
        .split('\n')
        .filter((line) => /(^|[\s($])curl -/.test(line) && !line.trimStart().startsWith('#'));
      for (const line of curls) expect(line).toContain('--max-time');
    },
  );

  it('waits for the dpkg lock agent extensions hold at boot instead of failing apt at once', () => {
    for (const script of [productStartScript, loadPrepareScript]) {
      const apt = script.split('\n').filter((line) => /^\s*(if )?apt-get /.test(line));
      expect(apt.length).toBeGreaterThan(0);
      for (const line of apt) expect(line).toContain('-o DPkg::Lock::Timeout=600');
    }
  });

  it('asks IMDS for a token of the registry audience, which works when ARM tokens are turned off', () => {
    expect(productStartScript).toContain('resource=https://containerregistry.azure.net');
    expect(productStartScript).not.toContain('resource=https://management.azure.com');
  });
});

describe('load prepare script', () => {
  it.each([
    ['a public runner image', 'node:24-bookworm-slim', false],
    ['a runner image in the ACR', 'benchacr.azurecr.io/node:24', true],
  ])('pulls %s, logging in to ACR only when needed', async (_label, runnerImage, logsIn) => {
    const shim = (name: string, body: string) => {
      writeFileSync(join(dir, 'bin', name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(dir, 'bin', name), 0o755);
    };
    for (const name of ['apt-get', 'systemctl', 'sysctl']) shim(name, 'exit 0');
    shim(
      'docker',
      `echo "docker $*" >> "${dir}/calls"\n[ "$1" = login ] && cat > /dev/null\nexit 0`,
    );
    shim(
      'curl',
      [
        'case "$*" in',
        `  *oauth2/token*) echo '{"access_token":"aad"}' ;;`,
        `  *oauth2/exchange*) echo '{"refresh_token":"rt"}' ;;`,
        '  *) exit 22 ;;',
        'esac',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'etc', 'load.conf'),
      `BENCH_RUNNER_IMAGE='${runnerImage}'\nBENCH_ACR='benchacr.azurecr.io'\nBENCH_IDENTITY_ID='/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm'\n`,
    );
    const result = await runScript(loadPrepareScript, {});

    expect(result.code, result.stderr).toBe(0);
    const calls = readFileSync(join(dir, 'calls'), 'utf8');
    expect(calls.includes('docker login')).toBe(logsIn);
    expect(calls).toContain(`docker pull ${runnerImage}`);
    expect(JSON.parse(readFileSync(join(dir, 'var', 'load-status.json'), 'utf8'))).toMatchObject({
      phase: 'ready',
    });
  });
});
