/**
 * Start-up of the action's steps: how long a step takes (wall time, and CPU time of the node
 * process from its resource usage) when it has nothing to do but start, read its inputs and
 * state, and exit: a post step after a local run, and a post step after an Azure run that could
 * not sign in. Each bundle named on the command line is run in interleaved rounds, so drift hits
 * every bundle alike; prints medians (min–max) and the ratio to the first bundle.
 *
 *   node --import tsx bench/step-startup.ts [--rounds 15] <label>=<post.js> [<label>=<post.js> …]
 *
 * e.g. `old=/tmp/old-dist/post/index.js new=dist/action/post.js` (a bundle of an earlier commit
 * can be built with `git worktree add` and `npm run bundle`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePositive } from './lib/args.js';
import { spread } from './lib/stats.js';
import { formatSpread, renderTable } from './lib/table.js';

/** One measured start. */
interface Sample {
  /** Wall time, ms. */
  wallMs: number;
  /** User + system CPU of the process, ms. */
  cpuMs: number;
}

/** The cases: inputs and state a post step sees, and what it prints when it is done. */
const CASES = {
  'post after a local run': {
    inputs: { config: 'configs/demo.yml', provider: 'local' },
    state: { 'bench-started': 'true' },
  },
  'post after an Azure run without OIDC': {
    inputs: {
      config: 'configs/reframe-pr.yml',
      provider: 'azure',
      'azure-tenant-id': '11111111-1111-1111-1111-111111111111',
      'azure-client-id': '22222222-2222-2222-2222-222222222222',
      'azure-subscription-id': '33333333-3333-3333-3333-333333333333',
    },
    state: { 'bench-started': 'true' },
  },
} as const;

function runOnce(script: string, testCase: (typeof CASES)[keyof typeof CASES]): Promise<Sample> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
  for (const file of ['output', 'state', 'summary']) writeFileSync(path.join(dir, file), '');
  writeFileSync(path.join(dir, 'event.json'), '{}');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'plasmatic/reframe',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bench',
    GITHUB_WORKSPACE: path.resolve(import.meta.dirname, '..'),
    RUNNER_TEMP: dir,
    INPUT_COMMENT: 'always',
    'INPUT_COMMENT-ID': 'default',
    'INPUT_FAIL-ON': 'regression',
    INPUT_MODE: 'run',
  };
  for (const [name, value] of Object.entries(testCase.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(testCase.state)) env[`STATE_${name}`] = value;
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    // A small shell wrapper reports the child's own resource usage through /usr/bin/time-like
    // accounting: node's `resourceUsage` is the parent's, so the child reports its own at exit.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nCPU_US=${u.userCPUTime+u.systemCPUTime}\\n`)})',
        script,
      ],
      { env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      rmSync(dir, { recursive: true, force: true });
      const cpu = /CPU_US=(\d+)/.exec(stderr)?.[1];
      if (code !== 0 || cpu === undefined) {
        reject(new Error(`${script} exited with ${code}: ${stderr.slice(-500)}`));
        return;
      }
      resolve({ wallMs, cpuMs: Number(cpu) / 1000 });
    });
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: 'string', default: '15' } },
  });
  const rounds = parsePositive('--rounds', values.rounds);
  const bundles = positionals.map((arg) => {
    const at = arg.indexOf('=');
    if (at < 1) throw new Error(`expected <label>=<post.js>, got ${arg}`);
    return { label: arg.slice(0, at), script: path.resolve(arg.slice(at + 1)) };
  });
  if (bundles.length === 0) throw new Error('name at least one bundle: <label>=<post.js>');
  console.log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${rounds} rounds`,
  );
  for (const [name, testCase] of Object.entries(CASES)) {
    const samples = new Map<string, Sample[]>(bundles.map((b) => [b.label, []]));
    for (let round = 0; round < rounds; round++) {
      // Interleaved, and the order rotates, so neither bundle always runs on a warm cache.
      const order = round % 2 === 0 ? bundles : [...bundles].reverse();
      for (const bundle of order)
        samples.get(bundle.label)?.push(await runOnce(bundle.script, testCase));
    }
    const first = bundles[0]!.label;
    const median = (label: string, key: keyof Sample) =>
      spread(samples.get(label)!.map((s) => s[key])).median;
    const rows = bundles.map((b) => [
      b.label,
      formatSpread(spread(samples.get(b.label)!.map((s) => s.wallMs)), 0),
      formatSpread(spread(samples.get(b.label)!.map((s) => s.cpuMs)), 0),
      (median(b.label, 'cpuMs') / median(first, 'cpuMs')).toFixed(2),
    ]);
    console.log(`\n${name}`);
    console.log(renderTable(['bundle', 'wall ms', 'CPU ms', `CPU ÷ ${first}`], rows));
  }
}

await main();
