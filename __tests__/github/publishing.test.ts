/**
 * The pieces of publishing that need no GitHub API: truncation, the job summary file, artifact
 * names and uploads, the outputs, and what the run's context says about forks and PRs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findProvisioningBlock,
  measuredRefOf,
  readActionContext,
} from '../../src/edges/github/action-context.js';
import { SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../src/edges/github/job-summary.js';
import { artifactName, uploadReportArtifact } from '../../src/edges/github/report-artifact.js';
import { headlineLevel, runOutputValues } from '../../src/edges/github/run-outputs.js';
import { truncateMarkdown } from '../../src/edges/github/truncate-markdown.js';
import { createRunnerFiles, type RunnerFiles } from '../support/action/action-process.js';
import { withEnv } from '../support/action/env.js';
import { sampleRunReport } from '../support/reports/sample-report.js';
import { pullRequestEvent } from '../support/action/scenario.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function runnerFiles(event: unknown = {}): RunnerFiles {
  const files = createRunnerFiles(event);
  cleanups.push(() => files.remove());
  return files;
}

describe('truncateMarkdown', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateMarkdown('short', { max: 10, unit: 'chars', note: 'cut' })).toBe('short');
  });

  it('cuts on a line boundary, never inside a multi-byte character, and adds the note', () => {
    const text = 'ünïcødé ✓ line\n'.repeat(1000);

    const cut = truncateMarkdown(text, { max: 1000, unit: 'utf8-bytes', note: 'see the artifact' });

    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000);
    expect(cut).not.toContain('\uFFFD');
    expect(cut.endsWith('\n\n> see the artifact\n')).toBe(true);
    expect(
      cut
        .split('\n\n> ')[0]
        ?.split('\n')
        .every((line) => line === 'ünïcødé ✓ line'),
    ).toBe(true);
  });

  it('closes a code block the cut falls into', () => {
    const text = `intro\n\`\`\`\n${'log line\n'.repeat(500)}\`\`\`\n`;

    const cut = truncateMarkdown(text, { max: 300, unit: 'chars', note: 'cut' });

    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.split('\n').filter((line) => line.startsWith('```'))).toHaveLength(2);
  });

  it('does not split a surrogate pair when counting characters', () => {
    const cut = truncateMarkdown('😀'.repeat(100), { max: 51, unit: 'chars', note: '' });

    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('writeJobSummary', () => {
  it('keeps a huge summary below the 1 MiB step limit', async () => {
    const files = runnerFiles();
    cleanups.push(withEnv({}, { GITHUB_STEP_SUMMARY: files.summary }));

    const written = await writeJobSummary('| a | b |\n'.repeat(200_000));

    expect(written).toBe(true);
    const text = readFileSync(files.summary, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(text).toContain('1 MiB job summary limit');
  });

  it('writes nothing and says so without a summary file', async () => {
    cleanups.push(withEnv({}, { GITHUB_STEP_SUMMARY: undefined }));

    expect(await writeJobSummary('# hello')).toBe(false);
  });
});

describe('artifactName', () => {
  it('differs per job, matrix entry and attempt', () => {
    const names = new Set([
      artifactName({ job: 'bench', runAttempt: 1 }),
      artifactName({ job: 'bench', runAttempt: 2 }),
      artifactName({ job: 'nightly', runAttempt: 1 }),
      artifactName({ job: 'bench', matrix: { size: 'Standard_D4s_v5' }, runAttempt: 1 }),
      artifactName({ job: 'bench', matrix: { size: 'Standard_D8s_v5' }, runAttempt: 1 }),
    ]);
    expect(names.size).toBe(5);
  });

  it('keeps only characters artifacts allow and stays short for long matrices', () => {
    const name = artifactName({
      job: 'bench: "pr"',
      matrix: { sizes: 'Standard_D4s_v5/Standard_D8s_v5'.repeat(5), region: 'westeurope' },
      runAttempt: 3,
    });

    expect(name).toMatch(/^bench-bench-pr-[A-Za-z0-9._-]+-attempt-3$/);
    expect(name.length).toBeLessThan(80);
    expect(artifactName({ job: 'b', matrix: { region: 'x', size: 'y' }, runAttempt: 1 })).toBe(
      artifactName({ job: 'b', matrix: { size: 'y', region: 'x' }, runAttempt: 1 }),
    );
  });
});

describe('uploadReportArtifact', () => {
  it('uploads every file under the report directory, nested ones included', async () => {
    const files = runnerFiles();
    const dir = join(files.dir, 'report');
    mkdirSync(join(dir, 'hlog'), { recursive: true });
    writeFileSync(join(dir, 'result.json'), '{}');
    writeFileSync(join(dir, 'hlog', 'transform-8.hlog'), '#');
    const calls: { name: string; files: string[]; root: string }[] = [];

    const result = await uploadReportArtifact(dir, 'bench-x-attempt-1', {
      uploadArtifact: (name, list, root) => {
        calls.push({ name, files: list, root });
        return Promise.resolve({ id: 7 });
      },
    });

    expect(result).toEqual({ name: 'bench-x-attempt-1', files: 2, id: 7 });
    expect(calls).toEqual([
      {
        name: 'bench-x-attempt-1',
        files: [join(dir, 'hlog', 'transform-8.hlog'), join(dir, 'result.json')],
        root: dir,
      },
    ]);
  });
});

describe('run outputs', () => {
  it('describe the level with the highest throughput whose generator was not saturated', () => {
    const report = sampleRunReport([
      { level: 8, successRps: 1000, p50Us: 1000, p99Us: 2000, errorRate: 0 },
      { level: 32, successRps: 3000, p50Us: 3000, p99Us: 9000, errorRate: 0.01 },
      {
        level: 128,
        successRps: 5000,
        p50Us: 9000,
        p99Us: 30000,
        errorRate: 0,
        generatorBound: true,
      },
    ]);

    expect(headlineLevel(report)?.level).toBe(32);
    expect(runOutputValues({ verdict: 'pass', report, findings: [] })).toMatchObject({
      rps: '3000',
      'p50-ms': '3',
      'p99-ms': '9',
      'error-rate': '0.01',
      regressions: '[]',
      'report-url': '',
    });
  });

  it('are empty strings when nothing was measured', () => {
    const values = runOutputValues({ verdict: 'skipped', findings: [] });

    expect(values.verdict).toBe('skipped');
    expect(values.rps).toBe('');
    expect(values['resource-group']).toBe('');
  });
});

describe('the run context', () => {
  const env = (files: RunnerFiles, extra: Record<string, string> = {}) => ({
    GITHUB_REPOSITORY: 'plasmatic/reframe',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_JOB: 'bench',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    ...extra,
  });

  it('allows provisioning for a same-repository pull request with OIDC', () => {
    const files = runnerFiles(pullRequestEvent());

    const context = readActionContext(env(files));

    expect(context.pullRequestNumber).toBe(7);
    expect(context.run.runUrl).toBe(
      'https://github.com/plasmatic/reframe/actions/runs/99/attempts/2',
    );
    expect(findProvisioningBlock(context)).toBeUndefined();
  });

  it('blocks a fork pull request and points to the workflow_run pattern', () => {
    const files = runnerFiles(pullRequestEvent('Stranger/reframe'));

    const block = findProvisioningBlock(readActionContext(env(files)));

    expect(block?.code).toBe('FORK_PULL_REQUEST');
    expect(block?.hint).toContain('workflow_run');
  });

  it('blocks a run without OIDC and names the permission', () => {
    const files = runnerFiles({});

    const block = findProvisioningBlock(
      readActionContext(env(files, { ACTIONS_ID_TOKEN_REQUEST_URL: '' })),
    );

    expect(block?.code).toBe('OIDC_UNAVAILABLE');
    expect(block?.hint).toContain('id-token: write');
  });

  it('finds the PR number of a workflow_run and of an issue comment on a PR', () => {
    const workflowRun = runnerFiles({ workflow_run: { pull_requests: [{ number: 12 }] } });
    const issueComment = runnerFiles({ issue: { number: 13, pull_request: { url: 'x' } } });
    const plainIssue = runnerFiles({ issue: { number: 14 } });

    expect(readActionContext(env(workflowRun)).pullRequestNumber).toBe(12);
    expect(readActionContext(env(issueComment)).pullRequestNumber).toBe(13);
    expect(readActionContext(env(plainIssue)).pullRequestNumber).toBeUndefined();
  });
});

describe('what a run measured', () => {
  const env = { GITHUB_REF_NAME: 'main', GITHUB_SHA: 'default0000' };
  it.each([
    {
      name: 'a pull request is filed under its head branch and judged by its base branch',
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_HEAD_REF: 'feature/x',
        GITHUB_REF_NAME: '7/merge',
        GITHUB_SHA: 'merge000000',
      },
      payload: { pull_request: { base: { ref: 'main' }, head: { sha: 'head1234567' } } },
      pr: 7,
      expected: {
        branch: 'feature/x',
        baseBranch: 'main',
        sha: 'head1234567',
        isPullRequest: true,
      },
    },
    {
      name: 'a push or schedule is filed under and judged by its own branch',
      env: { ...env, GITHUB_EVENT_NAME: 'schedule', GITHUB_HEAD_REF: '' },
      payload: {},
      pr: undefined,
      expected: { branch: 'main', baseBranch: 'main', sha: 'default0000', isPullRequest: false },
    },
    {
      name: "a workflow_run after a PR's build measures the PR's head, not the default branch it runs on",
      env: { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      payload: {
        repository: { default_branch: 'main' },
        workflow_run: {
          event: 'pull_request',
          head_branch: 'feature/y',
          head_sha: 'headfork999',
          pull_requests: [{ number: 9, base: { ref: 'release' } }],
        },
      },
      pr: 9,
      expected: {
        branch: 'feature/y',
        baseBranch: 'release',
        sha: 'headfork999',
        isPullRequest: true,
      },
    },
    {
      name: 'a workflow_run after a fork PR (no pull_requests listed) is judged by the default branch',
      env: { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      payload: {
        repository: { default_branch: 'main' },
        workflow_run: {
          event: 'pull_request',
          head_branch: 'patch-1',
          head_sha: 'forkhead111',
          pull_requests: [],
        },
      },
      pr: undefined,
      expected: { branch: 'patch-1', baseBranch: 'main', sha: 'forkhead111', isPullRequest: true },
    },
    {
      name: 'a workflow_run after a push measures that push',
      env: { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
      payload: { workflow_run: { event: 'push', head_branch: 'main', head_sha: 'pushed00000' } },
      pr: undefined,
      expected: { branch: 'main', baseBranch: 'main', sha: 'pushed00000', isPullRequest: false },
    },
    {
      name: 'an issue comment on a PR is filed under pr-<number>, never under the default branch',
      env: { ...env, GITHUB_EVENT_NAME: 'issue_comment' },
      payload: { repository: { default_branch: 'main' }, issue: { number: 12, pull_request: {} } },
      pr: 12,
      expected: { branch: 'pr-12', baseBranch: 'main', sha: '', isPullRequest: true },
    },
  ])('$name', ({ env: vars, payload, pr, expected }) => {
    expect(measuredRefOf(vars, payload, pr)).toEqual(expected);
  });
});
