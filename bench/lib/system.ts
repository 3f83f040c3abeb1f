/**
 * What the machine offers the harness: cores, pinning with `taskset`, `/usr/bin/time` for the
 * client's rusage, nginx, wrk, h2load and hey, and the fingerprint written beside the results.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Finds an executable on PATH (or an absolute path); undefined when missing. */
export function findExecutable(name: string): string | undefined {
  const candidates = name.includes('/')
    ? [name]
    : [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin'].map((d) => path.join(d, name));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next directory
    }
  }
  return undefined;
}

/** External programs the harness uses, each undefined when missing. */
export interface Tooling {
  nginx?: string;
  wrk?: string;
  h2load?: string;
  hey?: string;
  taskset?: string;
  gnuTime?: string;
}

/** Looks up nginx, wrk, taskset and GNU time. */
export function findTooling(): Tooling {
  return {
    nginx: findExecutable('nginx'),
    wrk: findExecutable('wrk'),
    h2load: findExecutable('h2load'),
    hey: findExecutable('hey'),
    taskset: findExecutable('taskset'),
    gnuTime: findExecutable('/usr/bin/time'),
  };
}

/** One line per missing program with the Debian package that provides it. */
export function missingToolHints(tooling: Tooling): string[] {
  const hints: string[] = [];
  if (!tooling.nginx)
    hints.push('nginx is missing: nginx rows are skipped (apt-get install nginx)');
  if (!tooling.wrk) hints.push('wrk is missing: wrk rows are skipped (apt-get install wrk)');
  if (!tooling.h2load)
    hints.push('h2load is missing: h2load rows are skipped (apt-get install nghttp2-client)');
  if (!tooling.hey) hints.push('hey is missing: hey rows are skipped (apt-get install hey)');
  if (!tooling.taskset)
    hints.push('taskset is missing: nothing is pinned (apt-get install util-linux)');
  if (!tooling.gnuTime)
    hints.push('/usr/bin/time is missing: no client CPU per request (apt-get install time)');
  return hints;
}

/** Core pinning: target on core 0, clients on core 1, when there are two cores and taskset. */
export interface Pinning {
  /** Prefix for target commands (empty when not pinning). */
  target: string[];
  /** Prefix for client commands (empty when not pinning). */
  client: string[];
  /** The pinning in words, for the output and the JSON. */
  description: string;
}

/** Chooses the pinning for this machine. */
export function choosePinning(tooling: Tooling): Pinning {
  const cores = os.availableParallelism();
  if (!tooling.taskset || cores < 2) {
    return {
      target: [],
      client: [],
      description: tooling.taskset ? `not pinned (${cores} core)` : 'not pinned (no taskset)',
    };
  }
  return {
    target: [tooling.taskset, '-c', '0'],
    client: [tooling.taskset, '-c', '1'],
    description: 'target on core 0, client on core 1 (taskset)',
  };
}

/** Fingerprint of the machine and the tools, written into every results file. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  kernel: string;
  nodeVersion: string;
  loadAverage: number[];
  tools: Record<string, string>;
}

/** Collects the machine fingerprint (tool versions by asking each tool). */
export function machineInfo(tooling: Tooling, repoDir: string): MachineInfo {
  const tools: Record<string, string> = {};
  if (tooling.nginx) tools.nginx = firstLine(tooling.nginx, ['-v']).replace(/^nginx version: /, '');
  if (tooling.wrk) tools.wrk = firstLine(tooling.wrk, ['-v']);
  if (tooling.h2load) tools.h2load = firstLine(tooling.h2load, ['--version']);
  // hey has no version flag; Debian's package version is what identifies it.
  if (tooling.hey) tools.hey = debianPackageVersion('hey');
  tools.autocannon = packageVersion(repoDir, 'autocannon');
  tools.undici = packageVersion(repoDir, 'undici');
  tools['bench-action'] = packageVersion(repoDir, '.');
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.version,
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
    tools,
  };
}

function debianPackageVersion(name: string): string {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : 'unknown';
}

function firstLine(file: string, args: string[]): string {
  // nginx prints its version on stderr, wrk prints it and exits 1: read both streams.
  const result = spawnSync(file, args, { encoding: 'utf8' });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return (text.split('\n')[0] ?? '').replace(/\s+Copyright.*$/, '').trim() || 'unknown';
}

function packageVersion(repoDir: string, name: string): string {
  const file =
    name === '.'
      ? path.join(repoDir, 'package.json')
      : path.join(repoDir, 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'missing';
  }
}
