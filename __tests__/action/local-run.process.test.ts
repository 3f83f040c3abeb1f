/**
 * The main and post steps with the built-in local pipeline (no test module): a real load run
 * against a loopback server, published as a workflow would see it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { okServer, type TestServer } from '../support/servers.js';
import { createRunnerFiles, runStep, type RunnerFiles } from '../support/action/action-process.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function writeConfig(files: RunnerFiles, server: TestServer): string {
  const path = join(files.dir, 'loopback.yml');
  writeFileSync(
    path,
    [
      'version: 1',
      'name: loopback',
      'target:',
      `  url: ${server.url}`,
      'scenarios:',
      '  - name: root',
      '    path: /',
      'load:',
      '  model: closed',
      '  levels: [2]',
      '  warmup: 0s',
      '  duration: 1s',
      '  cooldown: 0s',
      'cloud:',
      '  provider: local',
      '',
    ].join('\n'),
  );
  return path;
}

describe('a url run through the built-in local pipeline', () => {
  it('measures the target, writes the report and sets the outputs; the post step has nothing to delete', async () => {
    const server = await okServer();
    cleanups.push(() => server.close());
    const files = createRunnerFiles({});
    cleanups.push(() => files.remove());
    const config = writeConfig(files, server);
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_WORKSPACE: files.dir };
    const inputs = { provider: 'url', config, comment: 'never' };

    const main = await runStep('main', files, { inputs, env });

    expect(main.code, main.stdout + main.stderr).toBe(0);
    expect(main.outputs.verdict).toBe('pass');
    expect(Number(main.outputs.rps)).toBeGreaterThan(0);
    expect(Number(main.outputs['p99-ms'])).toBeGreaterThanOrEqual(Number(main.outputs['p50-ms']));
    expect(main.outputs['error-rate']).toBe('0');
    const reportDir = main.outputs['report-dir'] ?? '';
    expect(reportDir.startsWith(join(files.runnerTemp, 'bench-4242-1-bench'))).toBe(true);
    const result = JSON.parse(readFileSync(join(reportDir, 'result.json'), 'utf8')) as {
      levels: unknown[];
    };
    expect(result.levels).toHaveLength(1);
    expect(existsSync(join(reportDir, 'summary.md'))).toBe(true);
    expect(main.summary).toContain('Verdict: pass');
    // No artifact service outside a real runner: a warning, not a failure.
    expect(main.stdout).toContain('::warning::Could not upload the report artifact');

    const post = await runStep('post', files, { inputs, env, state: main.state });

    expect(post.code).toBe(0);
    expect(post.stdout).toContain('Local run: no cloud resources to clean up.');
    expect(post.stdout).not.toContain('CLEAN-UP NOT CONFIRMED');
  });
});
