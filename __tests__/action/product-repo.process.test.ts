/**
 * The bundled action as the runner lays it out for a product team: the action checked out under
 * `_actions/<owner>/<repo>/<ref>` (its dist/ and products/ catalogue), the caller's repository
 * as the workspace holding only a config, the step started as `node <action>/dist/action/main.js`
 * in the workspace, and every input at its action.yml default unless given. The runner sets no
 * GITHUB_ACTION_PATH for node actions (actions/runner: only CompositeActionHandler.cs sets
 * `action_path`), so the action must find its catalogue from the bundle's own location.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRunnerFiles, runStep, type RunnerFiles } from '../support/action/action-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist', 'action', 'main.js');

let top: string;
let actionDir: string;
let workspace: string;
let files: RunnerFiles;

/** Every input of action.yml at its default, as the runner passes them (expressions aside). */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
      .map(([name, input]) => [name, String(input.default)]),
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'bench-runner-layout-'));
  actionDir = join(top, '_actions', 'plasmatic', 'bench-action', 'v1');
  workspace = join(top, 'work', 'reframe', 'reframe');
  mkdirSync(actionDir, { recursive: true });
  // What a checkout of the action holds at run time: action.yml, the bundles, the catalogue.
  for (const part of ['action.yml', 'dist/action', 'dist/runner', 'products']) {
    cpSync(join(ROOT, part), join(actionDir, part), { recursive: true });
  }
  const port = await freePort();
  mkdirSync(join(workspace, 'configs'), { recursive: true });
  writeFileSync(
    join(workspace, 'configs', 'bench.yml'),
    [
      'version: 1',
      'name: product-repo',
      'target:',
      '  product: demo',
      `  port: ${port}`,
      `  env: { PORT: '${port}' }`,
      'scenarios: [mt-to-mx]',
      'load: { model: closed, levels: [2], warmup: 0s, duration: 1s }',
      '',
    ].join('\n'),
  );
  files = createRunnerFiles({ repository: { full_name: 'plasmatic/reframe' } });
});

afterAll(() => {
  files?.remove();
  if (top) rmSync(top, { recursive: true, force: true });
});

describe('the bundled action in a product repository', () => {
  it.skipIf(!existsSync(BUNDLE))(
    'finds product: demo in the catalogue it ships, runs the config from the workspace, and the post step has nothing to delete',
    async () => {
      const inputs = { ...defaultInputs(), config: 'configs/bench.yml', 'github-token': 'ghs_x' };
      const env = {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF_NAME: 'main',
      };

      const main = await runStep('main', files, {
        inputs,
        env,
        cwd: workspace,
        script: join(actionDir, 'dist', 'action', 'main.js'),
      });

      expect(main.code, `${main.stdout}\n${main.stderr}`).toBe(0);
      expect(main.outputs.verdict).toBe('pass');
      expect(Number(main.outputs.rps)).toBeGreaterThan(0);
      expect(existsSync(join(main.outputs['report-dir'] ?? '', 'result.json'))).toBe(true);
      // The provider input is empty by default: the config (which sets none) means local.
      expect(main.outputs['resource-group']).toBe('');
      expect(main.stdout).not.toMatch(/CONFIG_NOT_FOUND|PRODUCT_MISSING/);

      const post = await runStep('post', files, {
        inputs,
        env,
        state: main.state,
        cwd: workspace,
        script: join(actionDir, 'dist', 'action', 'post.js'),
      });
      expect(post.code, `${post.stdout}\n${post.stderr}`).toBe(0);
      expect(post.stdout).toContain('no cloud resources');
    },
    60_000,
  );

  it.skipIf(!existsSync(BUNDLE))(
    'spreads a level over worker threads (load.workers) from the bundled main step',
    async () => {
      // A worker thread runs the step's own script again (dist/action/main.js): it must serve
      // the level, not start a second main step inside the first.
      const port = await freePort();
      writeFileSync(
        join(workspace, 'configs', 'workers.yml'),
        [
          'version: 1',
          'name: product-repo-workers',
          'target:',
          '  product: demo',
          `  port: ${port}`,
          `  env: { PORT: '${port}' }`,
          'scenarios: [mt-to-mx]',
          'load: { model: closed, levels: [4], warmup: 0s, duration: 1s, workers: 2 }',
          '',
        ].join('\n'),
      );
      const main = await runStep('main', files, {
        inputs: { ...defaultInputs(), config: 'configs/workers.yml' },
        env: { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main' },
        cwd: workspace,
        script: join(actionDir, 'dist', 'action', 'main.js'),
      });
      expect(main.code, `${main.stdout}\n${main.stderr}`).toBe(0);
      expect(main.outputs.verdict).toBe('pass');
      const report = JSON.parse(
        readFileSync(join(main.outputs['report-dir'] ?? '', 'result.json'), 'utf8'),
      ) as {
        levels: { counts: { success: number }; generator: { workerCpuPercentMean?: number[] } }[];
      };
      expect(report.levels[0]!.counts.success).toBeGreaterThan(0);
      expect(report.levels[0]!.generator.workerCpuPercentMean).toHaveLength(2);
      // One main step: the target was started once (a worker running the step again would
      // start it a second time, find the port taken and fail).
      expect(main.stdout.match(/starting target/g)).toHaveLength(1);
    },
    90_000,
  );

  it.skipIf(!existsSync(BUNDLE))(
    'names every catalogue it searched when the product is in none of them',
    async () => {
      writeFileSync(
        join(workspace, 'configs', 'unknown.yml'),
        'version: 1\nname: unknown\ntarget: { product: orion-prime }\nscenarios: [x]\n',
      );
      const main = await runStep('main', files, {
        inputs: { ...defaultInputs(), config: 'configs/unknown.yml', provider: 'local' },
        env: { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push' },
        cwd: workspace,
        script: join(actionDir, 'dist', 'action', 'main.js'),
      });

      expect(main.code).toBe(1);
      const error = main.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toContain('unknown product `orion-prime`');
      expect(error).toContain(join(actionDir, 'products'));
    },
    60_000,
  );
});
