/**
 * The main step as the runner runs it: a child process with real INPUT_* variables and runner
 * files, a loopback GitHub API and a fake pipeline module.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubApiFake, type GitHubApiFake } from '../support/github-api-fake.js';
import { runStep, startStep, waitForFile } from '../support/action/action-process.js';
import { readPipelineCalls } from '../support/action/fake-pipeline.js';
import {
  azureInputs,
  createScenario,
  passingBehaviour,
  pullRequestEvent,
  PR_NUMBER,
  TEST_TOKEN,
  type ActionScenario,
} from '../support/action/scenario.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function apiFake(options?: Parameters<typeof startGitHubApiFake>[0]): Promise<GitHubApiFake> {
  const api = await startGitHubApiFake(options);
  cleanups.push(() => api.close());
  return api;
}

function scenario(...args: Parameters<typeof createScenario>): ActionScenario {
  const s = createScenario(...args);
  cleanups.push(() => s.files.remove());
  return s;
}

describe('the main step', () => {
  it('creates one PR comment and updates the same comment on a second run', async () => {
    const api = await apiFake();
    const s = scenario(pullRequestEvent(), passingBehaviour(), api);

    const first = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });
    expect(first.code, first.stdout).toBe(0);
    const second = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });
    expect(second.code, second.stdout).toBe(0);

    const comments = api.commentsOn('plasmatic/reframe', PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('<!-- bench-action:default -->');
    expect(comments[0]?.body).toContain('Verdict: no-change');
    const writes = api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(api.requests.every((r) => r.authorization === `token ${TEST_TOKEN}`)).toBe(true);
  });

  it('keeps one comment with a GitHub App token, which gets 403 on GET /user', async () => {
    const api = await apiFake({ app: 'plasmatic-bench' });
    const s = scenario(pullRequestEvent(), passingBehaviour(), api);

    for (let run = 0; run < 2; run++) {
      const step = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });
      expect(step.code, step.stdout).toBe(0);
    }

    const comments = api.commentsOn('plasmatic/reframe', PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user.login).toBe('plasmatic-bench[bot]');
  });

  it('comments on the pr-number of a workflow_run after a fork PR, showing the measured head', async () => {
    const api = await apiFake();
    const forkRun = {
      workflow_run: {
        event: 'pull_request',
        head_branch: 'patch-1',
        head_sha: 'f00dfacef00dface',
        head_repository: { full_name: 'someone/reframe' },
        pull_requests: [],
      },
      repository: { full_name: 'plasmatic/reframe', default_branch: 'main' },
    };
    const s = scenario(forkRun, passingBehaviour(), api);

    const step = await runStep('main', s.files, {
      inputs: azureInputs({ 'pr-number': '31' }),
      env: { ...s.env, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF_NAME: 'main' },
    });

    expect(step.code, step.stdout).toBe(0);
    const comments = api.commentsOn('plasmatic/reframe', 31);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('commit `f00dfac`');
    expect(step.outputs['comment-url']).toContain('/pull/31#issuecomment-');
  });

  it('sets every output from the run result', async () => {
    const api = await apiFake();
    const regression = {
      source: 'comparison' as const,
      scenario: 'transform',
      level: 32,
      metric: 'p99',
      reason: 'p99 +31% (95% CI +22% to +40%)',
      baseline: 19000,
      candidate: 25000,
      change: 0.31,
    };
    const s = scenario(
      pullRequestEvent(),
      passingBehaviour({ verdict: 'regression', findings: [regression] }),
      api,
    );

    const step = await runStep('main', s.files, {
      inputs: azureInputs({ 'fail-on': 'never' }),
      env: s.env,
    });

    expect(step.code, step.stdout).toBe(0);
    expect(step.outputs).toEqual({
      verdict: 'regression',
      'report-dir': s.pipeline.reportDir,
      'report-url': '',
      'artifact-name': expect.stringMatching(/^bench-bench-[0-9a-f]{8}-attempt-1$/) as unknown,
      // The artifact link as upload-artifact builds it, from the id the service returned.
      'artifact-url': 'https://github.example/plasmatic/reframe/actions/runs/4242/artifacts/1',
      'comment-url': expect.stringMatching(/\/pull\/7#issuecomment-\d+$/) as unknown,
      rps: '2500',
      'p50-ms': '6.4',
      'p99-ms': '25',
      'error-rate': '0.0012',
      regressions: JSON.stringify([regression]),
      'resource-group': 'bench-plasmatic-reframe-4242-1-bench',
      // No storage: no history trends.
      'history-url': '',
      // mode run: no sizes compared.
      recommendation: '[]',
      'change-points': '[]',
    });
    expect(step.stdout).toContain('not failing the step because fail-on is never');
    const upload = readPipelineCalls(s.pipeline).find((c) => c.call === 'upload');
    expect(upload).toMatchObject({
      name: step.outputs['artifact-name'],
      files: ['result.json', 'summary.md'],
    });
  });

  it('fails the step on a regression when fail-on is regression', async () => {
    const s = scenario(
      { repository: { full_name: 'plasmatic/reframe' } },
      passingBehaviour({
        verdict: 'regression',
        findings: [
          {
            source: 'comparison',
            scenario: 'transform',
            level: 8,
            metric: 'successRps',
            reason: '-12%',
          },
        ],
      }),
    );

    const step = await runStep('main', s.files, {
      inputs: azureInputs(),
      env: { ...s.env, GITHUB_EVENT_NAME: 'schedule' },
    });

    expect(step.code).toBe(1);
    expect(step.stdout).toContain('::error::Benchmark verdict: regression (1 regression found');
    expect(step.summary).toContain('Verdict: regression');
  });

  it('posts nothing with comment on-regression when there is no regression', async () => {
    const api = await apiFake();
    const s = scenario(pullRequestEvent(), passingBehaviour(), api);

    const step = await runStep('main', s.files, {
      inputs: azureInputs({ comment: 'on-regression' }),
      env: s.env,
    });

    expect(step.code, step.stdout).toBe(0);
    expect(api.comments).toHaveLength(0);
    // The lookup (a GraphQL query) is the only request: nothing was written.
    expect(api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(0);
    expect(step.summary).toContain('Verdict: no-change');
  });

  it('warns and still succeeds when the token may not comment (403)', async () => {
    const api = await apiFake({ forbidden: ['create'] });
    const s = scenario(pullRequestEvent(), passingBehaviour(), api);

    const step = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });

    expect(step.code, step.stdout).toBe(0);
    expect(step.stdout).toMatch(/::warning::Could not create the benchmark comment.*403/);
    expect(step.outputs.verdict).toBe('no-change');
    expect(step.summary).toContain('Verdict: no-change');
  });

  it('does not provision for a pull request from a fork and says why', async () => {
    const api = await apiFake();
    const s = scenario(pullRequestEvent('stranger/reframe'), passingBehaviour(), api);

    const step = await runStep('main', s.files, {
      inputs: azureInputs(),
      // A fork's run has no OIDC token either.
      env: { ...s.env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    });

    expect(step.code, step.stdout).toBe(0);
    expect(readPipelineCalls(s.pipeline)).toEqual([]);
    expect(step.outputs.verdict).toBe('skipped');
    expect(step.stdout).toContain(
      '::warning::Not benchmarking: This pull request comes from the fork stranger/reframe',
    );
    expect(step.summary).toContain('workflow_run');
    expect(step.state['bench-resource-group']).toBeUndefined();
  });

  it('fails without OIDC on a same-repository run and names the missing permission', async () => {
    const s = scenario(pullRequestEvent(), passingBehaviour());

    const step = await runStep('main', s.files, {
      inputs: azureInputs(),
      env: { ...s.env, ACTIONS_ID_TOKEN_REQUEST_URL: '' },
    });

    expect(step.code).toBe(1);
    expect(step.stdout).toContain('[OIDC_UNAVAILABLE]');
    expect(step.stdout).toContain('id-token: write');
    expect(readPipelineCalls(s.pipeline)).toEqual([]);
    expect(step.summary).toContain('Benchmark not run');
    expect(step.outputs.verdict).toBe('error');
  });

  it('fails on bad inputs, listing every problem, before the pipeline is called', async () => {
    const s = scenario(pullRequestEvent(), passingBehaviour());

    const step = await runStep('main', s.files, {
      inputs: azureInputs({
        provider: 'aws',
        levels: '8,lots',
        duration: 'forever',
        'load-agents': '0',
        'azure-client-id': '',
        comment: 'sometimes',
      }),
      env: s.env,
    });

    expect(step.code).toBe(1);
    const error = step.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain('5 problems');
    for (const input of ['provider', 'levels', 'duration', 'load-agents', 'comment']) {
      expect(error).toContain(`- ${input}:`);
    }
    expect(error).toContain('"aws" is not allowed');
    expect(error).toContain('"lots" is not a positive number');
    expect(readPipelineCalls(s.pipeline)).toEqual([]);
    expect(step.stateText).toBe('');
  });

  it('publishes partial results and saves state when interrupted with SIGINT, leaving the sticky comment and the upload alone', async () => {
    const api = await apiFake();
    const s = scenario(pullRequestEvent(), passingBehaviour({ waitForAbort: true }), api);

    const running = startStep('main', s.files, { inputs: azureInputs(), env: s.env });
    await waitForFile(s.pipeline.readyFile, running);
    running.child.kill('SIGINT');
    const step = await running.done;

    expect(step.code).toBe(1);
    expect(step.stdout).toContain('SIGINT received');
    expect(readPipelineCalls(s.pipeline).map((c) => c.call)).toContain('aborted');
    expect(step.summary).toContain('partial results');
    expect(step.outputs.verdict).toBe('interrupted');
    expect(step.state).toMatchObject({
      'bench-started': 'true',
      'bench-resource-group': 'bench-plasmatic-reframe-4242-1-bench',
      'bench-subscription-id': '33333333-3333-3333-3333-333333333333',
      'bench-report-dir': s.pipeline.reportDir,
      'bench-interrupted': 'true',
      'bench-published': 'true',
    });
    // A cancelled run never replaces the sticky comment with a partial one, and leaves the
    // artifact to the post step (the runner kills the process 10 s after SIGINT).
    expect(api.commentsOn('plasmatic/reframe', PR_NUMBER)).toEqual([]);
    expect(readPipelineCalls(s.pipeline).map((c) => c.call)).not.toContain('upload');
    expect(step.state['bench-artifact-uploaded']).toBeUndefined();
  });

  it('reports a pipeline failure in the summary and outputs, and keeps state for clean-up', async () => {
    const s = scenario(
      pullRequestEvent(),
      passingBehaviour({ failWith: 'VM never became healthy' }),
    );

    const step = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });

    expect(step.code).toBe(1);
    expect(step.summary).toContain('VM never became healthy');
    expect(step.outputs.verdict).toBe('error');
    expect(step.outputs['resource-group']).toBe('bench-plasmatic-reframe-4242-1-bench');
    expect(step.state['bench-resource-group']).toBe('bench-plasmatic-reframe-4242-1-bench');
    expect(step.state['bench-artifact-uploaded']).toBe('true');
  });

  it('never writes the token to state, outputs or the summary', async () => {
    const api = await apiFake();
    const s = scenario(pullRequestEvent(), passingBehaviour(), api);

    const step = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });

    expect(step.code, step.stdout).toBe(0);
    expect(step.stateText).not.toBe('');
    expect(step.stateText).not.toContain(TEST_TOKEN);
    expect(readFileSync(s.files.output, 'utf8')).not.toContain(TEST_TOKEN);
    expect(step.summary).not.toContain(TEST_TOKEN);
    // The only place the token may appear is the runner's masking command.
    const logged = step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(TEST_TOKEN);
    expect(step.stdout).toContain(`::add-mask::${TEST_TOKEN}`);
  });

  it('runs a url provider through the same pipeline seam without Azure inputs or OIDC', async () => {
    const s = scenario({}, passingBehaviour({ resourceGroup: undefined }));

    const step = await runStep('main', s.files, {
      inputs: { config: 'configs/demo.yml', provider: 'url', 'github-token': TEST_TOKEN },
      env: { ...s.env, GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: '' },
    });

    expect(step.code, step.stdout).toBe(0);
    expect(readPipelineCalls(s.pipeline).map((c) => c.call)).toEqual([
      'createPipeline',
      'run',
      'upload',
    ]);
    expect(step.outputs['resource-group']).toBe('');
    expect(step.stdout).toContain('Not a pull request run: no PR comment.');
  });
});
