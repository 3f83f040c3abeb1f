/**
 * The real validators on what `bench plan` produces: Debian's `cloud-init schema` on both
 * cloud-init documents, and `shellcheck` on every script in them and every run-command script.
 * They skip, saying why, when the tools are not installed; CI installs them and sets
 * BENCH_TEST_TOOLS=required, which turns a missing tool into a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFromFlags } from '../../src/cli/options.js';
import {
  loadReadyCommandScript,
  productReadyCommandScript,
  runnerCommandScript,
  samplesUploadCommandScript,
} from '../../src/core/azure/cloud-init.js';
import { loadCloudInitFor, productCloudInitFor } from '../../src/core/azure/resource-specs.js';
import { describeCloudPlan } from '../../src/pipeline/azure/cloud-plan.js';
import { onPath, skipForMissingTool } from '../support/test-tools.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const hasCloudInit = onPath('cloud-init');
const hasShellcheck = onPath('shellcheck');

let dir: string;
let documents: { name: string; text: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bench-validators-'));
  const described = await describeCloudPlan({
    configPath: path.join(repoRoot, 'configs', 'reframe-pr.yml'),
    overrides: {},
    given: givenFromFlags({}, {}),
    run: () => ({ repository: 'plasmatic/reframe', runId: '1', runAttempt: 1, job: 'bench' }),
    runUrl: 'https://github.com/plasmatic/reframe/actions/runs/1',
    now: new Date('2026-11-29T04:00:00.000Z'),
  });
  // The same plan as a same-VM A/B (duet, the config's default mode): two containers, cpusets.
  const ab = await describeCloudPlan({
    configPath: path.join(repoRoot, 'configs', 'reframe-pr.yml'),
    overrides: {},
    baselineImage: 'reframe:main',
    given: givenFromFlags({}, {}),
    run: () => ({ repository: 'plasmatic/reframe', runId: '1', runAttempt: 1, job: 'bench' }),
    runUrl: 'https://github.com/plasmatic/reframe/actions/runs/1',
    now: new Date('2026-11-29T04:00:00.000Z'),
  });
  expect(ab.spec.baseline?.mode).toBe('duet');
  documents = [
    { name: 'product', text: productCloudInitFor(described.spec) },
    { name: 'load', text: loadCloudInitFor(described.spec) },
    { name: 'product-ab', text: productCloudInitFor(ab.spec) },
  ];
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The scripts cloud-init writes (base64 `content` with a shebang), decoded. */
function scriptsIn(document: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const entries = document.split('\n  - path: ').slice(1);
  for (const entry of entries) {
    const file = entry.split('\n')[0]!;
    const b64 = /^ {4}content: ([A-Za-z0-9+/=]+)$/m.exec(entry)?.[1];
    const text = b64 ? Buffer.from(b64, 'base64').toString('utf8') : '';
    if (text.startsWith('#!')) out.push({ path: file, text });
  }
  return out;
}

describe('cloud-init schema', () => {
  it('accepts both cloud-init documents bench plan produces', (ctx) => {
    if (!hasCloudInit) {
      skipForMissingTool(ctx, 'cloud-init is not installed (apt-get install cloud-init)');
    }
    for (const doc of documents) {
      const file = path.join(dir, `${doc.name}.yml`);
      writeFileSync(file, doc.text);
      const result = spawnSync('cloud-init', ['schema', '-c', file], { encoding: 'utf8' });
      expect(result.status, `${doc.name}: ${result.stdout}${result.stderr}`).toBe(0);
      expect(result.stdout).toContain('Valid cloud-config');
    }
  });
});

describe('shellcheck', () => {
  it('finds nothing in any script the cloud-init documents write or the run commands run', (ctx) => {
    if (!hasShellcheck) {
      skipForMissingTool(ctx, 'shellcheck is not installed (apt-get install shellcheck)');
    }
    const scripts = [
      ...documents.flatMap((doc) => scriptsIn(doc.text)),
      { path: 'bench-product-ready', text: productReadyCommandScript },
      { path: 'bench-load-ready', text: loadReadyCommandScript },
      { path: 'bench-runner', text: runnerCommandScript },
      { path: 'bench-samples-upload', text: samplesUploadCommandScript },
    ];
    // Both documents' scripts: product start, sampler, load prepare.
    expect(scripts.map((s) => s.path)).toEqual(
      expect.arrayContaining([
        '/usr/local/bin/bench-product-start',
        '/usr/local/bin/bench-sampler',
        '/usr/local/bin/bench-load-prepare',
      ]),
    );
    for (const script of scripts) {
      let output = '';
      try {
        execFileSync('shellcheck', ['-s', 'bash', '-'], { input: script.text, encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output, script.path).toBe('');
    }
  });
});
