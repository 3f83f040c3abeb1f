/**
 * The hostile-inputs corpus of issue 10: every numbered item, run through `bench` as a user
 * would run it (in-process through `runCli`, or as a child process where signals and SIGKILL
 * matter), against the configs in `__tests__/fixtures/hostile/` and the misbehaving servers of
 * `__tests__/support/`. Each case checks the exit code and what was said, and, where something
 * must not happen (a secret written, a file sent, a request smuggled), that it did not.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspacePath } from '../../src/action/workspace.js';
import { runCli } from '../../src/cli/program.js';
import { errorDetails } from '../../src/core/errors.js';
import { getActionSettings, InputProblemsError } from '../../src/edges/github/input-helper.js';
import { liveGroupMembers } from '../../src/edges/local/proc-sampler.js';
import { createRunnerFiles, runStep } from '../support/action/action-process.js';
import { withEnv } from '../support/action/env.js';
import {
  bigBodyServer,
  captureServer,
  extraResponsesServer,
  framingServer,
  http10Server,
  silentServer,
  type HostileServer,
} from '../support/hostile-servers.js';
import { statusServer, type TestServer } from '../support/servers.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, '__tests__/fixtures/hostile');
const CLI = path.join(REPO, 'src/entrypoints/cli.ts');
const linux = process.platform === 'linux';

/** The corpus copied into a temporary repository (a `.git` at its root). */
let root: string;
const cleanups: (() => unknown)[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bench-hostile-'));
  await cp(FIXTURES, root, { recursive: true });
  await mkdir(path.join(root, '.git'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(root, { recursive: true, force: true });
});

/** Starts a server for this test and closes it afterwards. */
async function serve<T extends HostileServer | TestServer>(start: Promise<T>): Promise<T> {
  const server = await start;
  cleanups.push(() => server.close());
  return server;
}

/** A corpus file with its placeholders filled in; returns its path relative to the corpus. */
async function fill(file: string, values: Record<string, string>): Promise<string> {
  const absolute = path.join(root, file);
  let text = await readFile(absolute, 'utf8');
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`__${name}__`, value);
  await writeFile(absolute, text);
  return file;
}

/** What one `bench` invocation printed. */
interface BenchResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `bench` in-process from the corpus root. */
async function bench(...argv: string[]): Promise<BenchResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    cwd: root,
  });
  return { code, stdout, stderr };
}

/**
 * A running `bench` child process (for signals). It runs from the repository, where `tsx`
 * resolves: give it absolute paths.
 */
function benchProcess(...argv: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...argv], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<BenchResult>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return done;
  });
  /** The target's pid and port from its pid file, or the reason bench ended before. */
  const started = (file: string) =>
    Promise.race([
      pidFile(file),
      done.then((r) => {
        throw new Error(`bench ended before the target started (${r.code}): ${r.stderr}`);
      }),
    ]);
  return { child, done, started };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether 127.0.0.1:`port` can be listened on. */
async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/** Waits for `predicate`, checking every 20 ms (the test's timeout bounds the wait). */
async function until(predicate: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await predicate())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The pid and port a corpus target wrote to its pid file, once it did. */
async function pidFile(file: string): Promise<{ pid: number; port: number }> {
  let text = '';
  await until(async () => (text = await readFile(file, 'utf8').catch(() => '')) !== '');
  const [pid, port] = text.split(' ').map(Number);
  return { pid: pid ?? 0, port: port ?? 0 };
}

/** True once no live process is left in the group of `pid` (zombies count as gone). */
function groupGone(pid: number): boolean {
  return (liveGroupMembers(pid) ?? []).length === 0;
}

/** Every file under `dir`, as `[relative path, text]`. */
async function filesUnder(dir: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push([path.relative(dir, file), await readFile(file, 'latin1')]);
  }
  return out;
}

/** The planted secrets found in any of `texts` (`[where, text]`), as `where: secret`. */
function leaks(texts: [string, string][], secrets: readonly string[]): string[] {
  return texts.flatMap(([where, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${where}: ${secret}`),
  );
}

/** The report's `result.json`. */
async function resultOf(out: string): Promise<{
  outcome: string;
  levels: { counts: { success: number; total: number; failures: Record<string, number> } }[];
  target: { url: string };
  config: { resolved: unknown };
}> {
  return JSON.parse(await readFile(path.join(root, out, 'result.json'), 'utf8')) as never;
}

describe('1. a hung or stalled target', () => {
  it('is a target failure (exit 3) that says no response completed, never a pass', async () => {
    const server = await serve(silentServer());
    const run = await bench(
      'run',
      '--url',
      `${server.url}/`,
      '-c',
      '2',
      '-d',
      '300ms',
      '--warmup',
      '0',
      '--out',
      'out',
      '-q',
    );
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toContain('No request succeeded');
    expect(run.stdout).toContain('unfinished');
    const result = await resultOf('out');
    expect(result.outcome).toBe('target-failure');
    expect(result.levels[0]?.counts.failures.unfinished).toBe(2);
  });

  it('in the open model, shows the dropped arrivals in the terminal and summary.md', async () => {
    const server = await serve(silentServer());
    const config = await fill('text/open-silent.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out', '-q');
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toMatch(/dropped/);
    expect(await readFile(path.join(root, 'out', 'summary.md'), 'utf8')).toMatch(/dropped/);
  });
});

describe('2. every request failing', () => {
  it('with HTTP 500 is a target failure (exit 3) that every summary names', async () => {
    const server = await serve(statusServer(500));
    const run = await bench(
      'run',
      '--url',
      `${server.url}/`,
      '-c',
      '2',
      '-d',
      '300ms',
      '--warmup',
      '0',
      '--out',
      'out',
      '-q',
    );
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toContain('No request succeeded');
    expect(await readFile(path.join(root, 'out', 'summary.md'), 'utf8')).toContain(
      'No request succeeded',
    );
  });

  it('with timeouts is a target failure (exit 3) with the timeouts counted', async () => {
    const server = await serve(silentServer());
    const config = await fill('text/timeouts.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out', '-q');
    expect(run.code, run.stderr).toBe(3);
    const result = await resultOf('out');
    expect(result.levels[0]?.counts.failures.timeout).toBeGreaterThan(0);
    expect(result.levels[0]?.counts.success).toBe(0);
  });
});

describe('3. unsolicited and close-delimited responses', () => {
  it('extra responses are protocol errors, not successes', async () => {
    const server = await serve(extraResponsesServer(3));
    const run = await bench(
      'run',
      '--url',
      `${server.url}/`,
      '-c',
      '2',
      '-d',
      '300ms',
      '--warmup',
      '0',
      '--out',
      'out',
      '-q',
    );
    expect(run.code, run.stderr).not.toBe(70);
    const level = (await resultOf('out')).levels[0];
    expect(level?.counts.failures.protocol).toBeGreaterThan(0);
    // At most the one solicited answer per request can succeed.
    expect(level?.counts.success ?? 0).toBeLessThanOrEqual(server.requests);
  });

  it('HTTP/1.0 answers that close the connection are not counted as resets', async () => {
    const server = await serve(http10Server(true));
    const run = await bench(
      'run',
      '--url',
      `${server.url}/`,
      '-c',
      '2',
      '-d',
      '300ms',
      '--warmup',
      '0',
      '--out',
      'out',
      '-q',
    );
    expect(run.code, run.stderr).toBe(0);
    const level = (await resultOf('out')).levels[0];
    expect(level?.counts.failures.reset ?? 0).toBe(0);
    expect(level?.counts.success).toBeGreaterThan(0);
  });

  it('conflicting Content-Length headers are refused as protocol errors (exit 3)', async () => {
    const server = await serve(
      framingServer('content-length: 5\r\ncontent-length: 6\r\n', 'hello!'),
    );
    const run = await bench(
      'run',
      '--url',
      `${server.url}/`,
      '-c',
      '1',
      '-d',
      '300ms',
      '--warmup',
      '0',
      '--out',
      'out',
      '-q',
    );
    expect(run.code, run.stderr).toBe(3);
    expect((await resultOf('out')).levels[0]?.counts.failures.protocol).toBeGreaterThan(0);
  });
});

describe('4. a JSONPath check that would throw at run time', () => {
  it('is refused by validate with its line (exit 2)', async () => {
    const config = await fill('text/jsonpath-throws.yml', { URL: 'http://127.0.0.1:9' });
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /jsonpath-throws\.yml:7:\d+ {2}scenarios\[0\]\.checks\.json\[0\]: invalid JSON check/,
    );
  });
});

describe('5. secrets', () => {
  const urlSecrets = [
    'url-secret-1111',
    'header-secret-2222',
    'cookie-secret-3333',
    'apikey-secret-4444',
    'token-secret-5555',
    'query-secret-6666',
  ];

  it('planted in a URL, headers and a query never reach the report directory or the output, yet are sent', async () => {
    const server = await serve(captureServer());
    const config = await fill('secrets/url-target.yml', { HOSTPORT: `127.0.0.1:${server.port}` });
    const run = await bench('run', config, '--out', 'out');
    expect(run.code, run.stderr).toBe(0);
    const files = await filesUnder(path.join(root, 'out'));
    expect(files.map(([name]) => name).sort()).toEqual([
      'report.html',
      'result.json',
      'results.csv',
      's-1.hlog',
      'summary.md',
    ]);
    expect(leaks([...files, ['stdout', run.stdout], ['stderr', run.stderr]], urlSecrets)).toEqual(
      [],
    );
    // Redacted, not dropped: the shape stays, harmless values stay visible.
    const result = await resultOf('out');
    expect(result.target.url).toBe(`http://***@127.0.0.1:${server.port}`);
    expect(JSON.stringify(result.config.resolved)).toContain('"x-trace":"visible-trace-value"');
    expect(JSON.stringify(result.config.resolved)).toContain('"authorization":"***"');
    // The engine sent the real values.
    const sent = server.received().toString('latin1');
    expect(sent).toContain('authorization: Bearer header-secret-2222');
    expect(sent).toContain('api_key=query-secret-6666');
  });

  it("planted in a command target's env and arguments never reach the report, except values marked public", async () => {
    const run = await bench('run', 'secrets/command-target.yml', '--out', 'out');
    expect(run.code, run.stderr).toBe(0);
    const files = await filesUnder(path.join(root, 'out'));
    const secrets = [
      'env-secret-7777',
      'arg-secret-8888',
      'env-url-secret-1212',
      'proxy-secret-1313',
    ];
    expect(leaks([...files, ['stdout', run.stdout], ['stderr', run.stderr]], secrets)).toEqual([]);
    const resolved = JSON.stringify((await resultOf('out')).config.resolved);
    expect(resolved).toContain('"RUST_LOG":"visible-log-level"');
    expect(resolved).toContain('"DB_PASSWORD":"***"');
    expect(resolved).toContain('--password=***');
  });

  it('planted in the URLs of an A/B never reach its labels, rounds or baseline report', async () => {
    const server = await serve(captureServer());
    const config = await fill('secrets/ab.yml', { HOSTPORT: `127.0.0.1:${server.port}` });
    const run = await bench('run', config, '--out', 'out');
    // One round against one server: whatever the verdict, the run itself completed.
    expect([0, 1], run.stderr).toContain(run.code);
    const files = await filesUnder(path.join(root, 'out'));
    const labels = JSON.parse(await readFile(path.join(root, 'out', 'result.json'), 'utf8')) as {
      comparison: { baselineLabel: string; candidateLabel: string };
    };
    expect(labels.comparison.baselineLabel).toContain('http://***@127.0.0.1');
    expect(labels.comparison.candidateLabel).toContain('http://***@127.0.0.1');
    expect(files.map(([name]) => name)).toEqual(
      expect.arrayContaining(['baseline.json', path.join('rounds', 'candidate-1.json')]),
    );
    expect(
      leaks(
        [...files, ['stdout', run.stdout], ['stderr', run.stderr]],
        ['base-secret-1414', 'cand-secret-1515'],
      ),
    ).toEqual([]);
  });

  it('in the URL of an unreachable target stay out of the error message', async () => {
    const config = await fill('secrets/unreachable.yml', {
      CLOSED: `127.0.0.1:${await closedPort()}`,
    });
    const run = await bench('run', config, '--out', 'out');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('error [TARGET_UNREACHABLE]');
    expect(run.stderr).toContain('http://***@127.0.0.1');
    expect(run.stderr).not.toContain('unreachable-secret-1616');
  });

  it('in env values and headers with typos are never quoted by the config problems', async () => {
    const run = await bench('validate', 'secrets/typo.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('env.DB_PASSWORD');
    expect(run.stderr).toContain('headers.Authorization');
    expect(run.stderr).not.toContain('typo-env-secret-1717');
    expect(run.stderr).not.toContain('typo-header-secret-1818');
  });

  it("never reach the action's log, job summary, outputs or report directory", async () => {
    const server = await serve(captureServer());
    const files = createRunnerFiles({});
    cleanups.push(() => files.remove());
    await mkdir(path.join(files.dir, '.git'));
    const text = (await readFile(path.join(root, 'secrets/url-target.yml'), 'utf8')).replace(
      '__HOSTPORT__',
      `127.0.0.1:${server.port}`,
    );
    await writeFile(path.join(files.dir, 'secrets.yml'), text);
    const main = await runStep('main', files, {
      inputs: { provider: 'url', config: 'secrets.yml', comment: 'never' },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: files.dir },
    });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const reportDir = main.outputs['report-dir'] ?? '';
    const written: [string, string][] = [
      ['log', main.stdout],
      ['stderr', main.stderr],
      ['job summary', main.summary],
      ['outputs', JSON.stringify(main.outputs)],
      ...(await filesUnder(reportDir)),
    ];
    expect(written.length).toBeGreaterThan(5);
    expect(leaks(written, urlSecrets)).toEqual([]);
  }, 60_000);
});

describe('6. workflow-command injection through the inputs', () => {
  it('an image or baseline-image with a newline and ::error is refused before anything is logged', () => {
    const restore = withEnv({
      provider: 'azure',
      config: 'configs/reframe-pr.yml',
      image: 'myacr.azurecr.io/reframe:1\n::error::pwned',
      'baseline-image': 'myacr.azurecr.io/reframe:0\n::add-mask::x',
    });
    cleanups.push(restore);
    const printed: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    };
    let error: unknown;
    try {
      getActionSettings();
    } catch (caught) {
      error = caught;
    } finally {
      process.stdout.write = write;
    }
    expect(error).toBeInstanceOf(InputProblemsError);
    const inputs = (error as InputProblemsError).problems.map((p) => p.input);
    expect(inputs).toEqual(expect.arrayContaining(['image', 'baseline-image']));
    const lines = [...printed.join('').split('\n'), ...errorDetails(error).split('\n')];
    expect(lines.filter((line) => /^::(error|add-mask)/.test(line))).toEqual([]);
  });
});

describe('7. files outside the repository', () => {
  it.each([
    ['files/payload-outside.yml', 'payload file /etc/passwd is outside the repository'],
    ['files/payload-dir-etc.yml', 'payload directory /etc is outside the repository'],
    ['files/product-payload-outside.yml', 'payload directory /etc is outside the repository'],
  ])('%s is refused (exit 2) and nothing is sent', async (file, message) => {
    const server = await serve(captureServer());
    const config = await fill(file, { URL: server.url });
    const run = await bench('run', config, '--out', 'out');
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('--allow-outside-repo');
    expect(server.connections).toBe(0);
  });

  it.runIf(linux)('a link in the repository to /etc/passwd is refused too', async () => {
    const server = await serve(captureServer());
    await symlink('/etc/passwd', path.join(root, 'files/passwd-link'));
    const config = await fill('files/payload-link.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out');
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('is outside the repository');
    expect(server.connections).toBe(0);
  });

  it.runIf(linux)('--allow-outside-repo lets a trusted config send such a file', async () => {
    const server = await serve(captureServer());
    const config = await fill('files/payload-outside.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out', '--allow-outside-repo', '-q');
    expect(run.code, run.stderr).toBe(0);
    expect(server.received().toString('latin1')).toContain('root:');
  });

  it.runIf(linux)('validate says /etc/passwd is not a config and shows none of it', async () => {
    const run = await bench('validate', '/etc/passwd');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a bench config file (plain text, not a mapping of keys)');
    expect(run.stderr).not.toContain('root:');
  });

  it("the action's config input cannot name /etc/passwd", () => {
    expect(() => workspacePath('config', '/etc/passwd', { GITHUB_WORKSPACE: root })).toThrow(
      /config: "\/etc\/passwd" is outside the workspace/,
    );
  });
});

describe('8. durations past the timer limit', () => {
  it('in the config are refused at their line (exit 2)', async () => {
    const config = await fill('text/duration-overflow.yml', { URL: 'http://127.0.0.1:9' });
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/load\.duration: .*24h/);
    expect(run.stderr).toMatch(/load\.requestTimeout: .*1h/);
  });

  it('on the command line are refused before anything runs (exit 2)', async () => {
    const server = await serve(captureServer());
    const run = await bench('run', '--url', `${server.url}/`, '-d', '99999h', '--out', 'out');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-d|--duration/);
    expect(server.connections).toBe(0);
  });
});

describe('9. files that are not regular files', () => {
  it.runIf(linux)('a FIFO as the config is refused by name instead of blocking', async () => {
    execFileSync('mkfifo', [path.join(root, 'fifo.yml')]);
    const run = await bench('validate', 'fifo.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error [CONFIG_UNREADABLE]');
    expect(run.stderr).toContain('a FIFO (named pipe)');
  });

  /** A config path to make, and what the refusal must say. */
  type Case = readonly [string, () => Promise<string>, string];
  it.each<Case>([
    ['a directory', () => Promise.resolve('yaml'), 'a directory, not a file'],
    [
      'a symbolic link loop',
      async (): Promise<string> => {
        await symlink('loop-b.yml', path.join(root, 'loop-a.yml'));
        await symlink('loop-a.yml', path.join(root, 'loop-b.yml'));
        return 'loop-a.yml';
      },
      'a symbolic link loop',
    ],
    [
      'a 2 MiB file',
      async (): Promise<string> => {
        await writeFile(
          path.join(root, 'huge.yml'),
          `version: 1\n#${'x'.repeat(2 * 1024 * 1024)}\n`,
        );
        return 'huge.yml';
      },
      'more than the limit of 1048576 bytes',
    ],
  ])('%s as the config is refused by name', async (_what, make, message) => {
    const config = await make();
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error [CONFIG_UNREADABLE]');
    expect(run.stderr).toContain(message);
  });

  it.runIf(linux)('a FIFO as a payload is a config problem, not a hang', async () => {
    execFileSync('mkfifo', [path.join(root, 'files/fifo')]);
    const config = await fill('files/payload-fifo.yml', { URL: 'http://127.0.0.1:9' });
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/payload file .*fifo is a FIFO \(named pipe\)/);
  });

  it.runIf(linux)(
    '/dev/zero as a payload is refused as a device, even outside-repo allowed',
    async () => {
      const config = await fill('files/payload-device.yml', { URL: 'http://127.0.0.1:9' });
      const run = await bench('validate', config, '--allow-outside-repo');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('payload file /dev/zero is a device, not a regular file');
    },
  );

  it.runIf(linux)('a FIFO or /dev/zero as --body-file is refused before any load', async () => {
    const server = await serve(captureServer());
    execFileSync('mkfifo', [path.join(root, 'body-fifo')]);
    for (const [file, message] of [
      ['body-fifo', 'a FIFO (named pipe)'],
      ['/dev/zero', 'a device'],
    ] as const) {
      const run = await bench(
        'run',
        '--url',
        `${server.url}/`,
        '--body-file',
        file,
        '--out',
        'out',
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('error [BODY_FILE_UNREADABLE]');
      expect(run.stderr).toContain(message);
    }
    expect(server.connections).toBe(0);
  });
});

describe('10. response bodies of checked responses', () => {
  it('past load.maxCheckBodyBytes fail the check with that reason instead of being kept', async () => {
    const server = await serve(bigBodyServer(256 * 1024));
    const config = await fill('text/big-body-check.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out', '-q');
    expect(run.code, run.stderr).toBe(3);
    const result = JSON.parse(await readFile(path.join(root, 'out', 'result.json'), 'utf8')) as {
      levels: { counts: { checkFailures?: Record<string, number> } }[];
    };
    expect(Object.keys(result.levels[0]?.counts.checkFailures ?? {}).join()).toMatch(/65536/);
  });
});

describe('11. an unusable --out', () => {
  it('is refused before any load (exit 2), so no measurement is thrown away', async () => {
    const server = await serve(captureServer());
    await writeFile(path.join(root, 'taken'), 'a file');
    for (const out of ['taken', 'taken/below']) {
      const run = await bench('run', '--url', `${server.url}/`, '-d', '200ms', '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('error [REPORT_DIR_INVALID]');
    }
    expect(server.connections).toBe(0);
  });
});

describe('12. a command target when bench is killed', () => {
  it.runIf(linux)(
    'dies with bench on SIGKILL and frees its port',
    async () => {
      const pids = path.join(root, 'target.pid');
      const config = await fill('targets/port-auto.yml', { PIDFILE: pids, DURATION: '60s' });
      const run = benchProcess('run', path.join(root, config), '--out', path.join(root, 'out'));
      const target = await run.started(pids);
      expect(groupGone(target.pid)).toBe(false);
      run.child.kill('SIGKILL');
      await run.done;
      await until(() => groupGone(target.pid));
      await until(() => portIsFree(target.port));
    },
    60_000,
  );

  it('with port: auto, two runs of one config at the same time both pass on ports of their own', async () => {
    const config = await fill('targets/port-auto.yml', {
      PIDFILE: 'target.pid',
      DURATION: '300ms',
    });
    const [a, b] = await Promise.all([
      bench('run', config, '--out', 'out-a', '-q'),
      bench('run', config, '--out', 'out-b', '-q'),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const [ua, ub] = [(await resultOf('out-a')).target.url, (await resultOf('out-b')).target.url];
    expect(ua).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ua).not.toBe(ub);
    expect(JSON.stringify((await resultOf('out-a')).config.resolved)).toContain('"port":"auto"');
  });
});

describe('13. YAML that used to crash', () => {
  it.each([
    ['yaml/alias-bomb.yml', 'yaml/alias-bomb.yml:10:14', 'looks like an alias bomb'],
    ['yaml/merge-bomb.yml', 'yaml/merge-bomb.yml:6:14', 'looks like an alias bomb'],
    ['yaml/alias-undefined.yml', 'yaml/alias-undefined.yml:3:9', 'alias *nowhere names no anchor'],
    ['yaml/deep-nesting.yml', 'yaml/deep-nesting.yml:4:75', 'nesting deeper than 64 levels'],
    ['yaml/product-bomb.yml', 'products/bomb-product/product.yml:5:10', 'looks like an alias bomb'],
    [
      'yaml/scenario-bomb.yml',
      'products/bomb-scenario/scenarios/s.yml:5:12',
      'looks like an alias bomb',
    ],
  ])('%s is reported at its line (exit 2)', async (config, where, message) => {
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.join(root, where)}  `);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('14. request smuggling', () => {
  it('CR/LF in a config header is refused at its line and nothing is sent', async () => {
    const server = await serve(captureServer());
    const config = await fill('text/header-crlf.yml', { URL: server.url });
    const run = await bench('run', config, '--out', 'out');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /header-crlf\.yml:8:15 {2}scenarios\[0\]\.headers\.x-note: contains CR, LF, NUL/,
    );
    expect(server.connections).toBe(0);
  });

  it('CR/LF in -H is refused and nothing is sent', async () => {
    const server = await serve(captureServer());
    for (const transport of ['raw', 'undici']) {
      const run = await bench(
        'run',
        '--url',
        `${server.url}/`,
        '-H',
        'x-a: 1\r\nx-injected: 2',
        '--transport',
        transport,
        '-d',
        '200ms',
        '--out',
        'out',
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('control character');
    }
    expect(server.connections).toBe(0);
  });
});

describe('15. the rest', () => {
  it.runIf(linux)(
    'SIGINT while the target is not yet healthy exits 130 and stops the target',
    async () => {
      const pids = path.join(root, 'target.pid');
      const config = await fill('targets/never-healthy.yml', { PIDFILE: pids });
      const run = benchProcess('run', path.join(root, config), '--out', path.join(root, 'out'));
      const target = await run.started(pids);
      run.child.kill('SIGINT');
      const done = await run.done;
      expect(done.code, done.stderr).toBe(130);
      expect(done.stderr).toContain('interrupted before anything was measured');
      expect(done.stderr).not.toContain('internal error');
      await until(() => groupGone(target.pid));
    },
    60_000,
  );

  it('terminal escape sequences in a config key are shown escaped, never raw', async () => {
    const run = await bench('validate', 'text/escape-key.yml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('\\x1b]0;pwned\\x07\\x1b[31mred');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('a placeholder missing a brace is refused at config time', async () => {
    const config = await fill('text/missing-brace.yml', { URL: 'http://127.0.0.1:9' });
    const run = await bench('validate', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('body.template: a placeholder is missing a brace');
  });

  it('a payload that is not UTF-8 is refused for {{payload|json}} and sent byte for byte by {{payload}}', async () => {
    const server = await serve(captureServer());
    const json = await bench('validate', await fill('text/non-utf8-json.yml', { URL: server.url }));
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('{{payload|json}} needs UTF-8 text');

    const raw = await bench(
      'run',
      await fill('text/non-utf8-raw.yml', { URL: server.url }),
      '--out',
      'out',
      '-q',
    );
    expect(raw.code, raw.stderr).toBe(0);
    const payload = await readFile(path.join(root, 'payloads/latin1.txt'));
    const sent = server.received();
    expect(
      sent.includes(Buffer.concat([Buffer.from('<msg>'), payload, Buffer.from('</msg>')])),
    ).toBe(true);
    expect(sent.includes(Buffer.from('\ufffd'))).toBe(false);
  });

  it('the unknown-product hint names --products-dir, and the flag finds the product', async () => {
    await writeFile(
      path.join(root, 'elsewhere.yml'),
      'version: 1\nname: x\ntarget: { product: demo }\nscenarios: [mt-to-mx]\n',
    );
    const missing = await bench('validate', 'elsewhere.yml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--products-dir');
    const found = await bench(
      'validate',
      'elsewhere.yml',
      '--products-dir',
      path.join(REPO, 'products'),
    );
    expect(found.code, found.stderr).toBe(0);
  });

  it('an invalid image is never prefixed with the registry twice', async () => {
    const run = await bench('plan', 'text/bad-image.yml', '--provider', 'azure');
    const printed = run.stdout + run.stderr;
    expect(printed).toContain('myacr.azurecr.io/Reframe:1.0 is not a valid reference');
    expect(printed).not.toContain('azurecr.io/myacr.azurecr.io');
  });

  it("the action's product input refuses a path such as ../../etc", () => {
    cleanups.push(withEnv({ provider: 'azure', product: '../../etc' }));
    let error: unknown;
    try {
      getActionSettings();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputProblemsError);
    expect((error as InputProblemsError).problems.map((p) => p.input)).toContain('product');
    expect(errorDetails(error)).toContain('is not a product name');
  });
});
