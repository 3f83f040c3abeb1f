/**
 * What the action knows about the workflow run, read from the runner's environment and event
 * payload when a step starts. (`@actions/github`'s `context` is read once at import time; this
 * is read when asked, which keeps tests and the post step honest.)
 */
import { readFileSync } from 'node:fs';

/** The workflow run a step belongs to: names, tags and links of what it creates. */
export interface WorkflowRun {
  /** `owner/name`. */
  repository: string;
  /** `GITHUB_RUN_ID`. */
  runId: string;
  /** `GITHUB_RUN_ATTEMPT`. */
  runAttempt: number;
  /** `GITHUB_JOB`, plus `-<hash>` of what tells this step and matrix leg apart (`runIdentityFor`). */
  job: string;
  /** Link to the run, for tags and reports. */
  runUrl: string;
}

/** Which code a run measured, read from the event (never from the runner's checkout alone). */
export interface MeasuredRef {
  /** Branch the run measured: a PR's head branch, else the pushed, scheduled or dispatched one. */
  branch: string;
  /** Branch whose history judges it: a PR's base branch, else `branch`. */
  baseBranch: string;
  /** Commit measured (a PR's head, not the test merge commit); empty when unknown. */
  sha: string;
  /** The run measured a pull request. */
  isPullRequest: boolean;
}

/** The workflow run as the action sees it. */
export interface ActionContext {
  /** Repository owner. */
  owner: string;
  /** Repository name. */
  repo: string;
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request`. */
  eventName: string;
  /** The parsed event payload (empty when the file is missing). */
  payload: Record<string, unknown>;
  /** Run identity for names, tags and artifacts. */
  run: WorkflowRun;
  /** `GITHUB_API_URL`. */
  apiUrl: string;
  /** `GITHUB_SERVER_URL`, for links to the run and its artifacts. */
  serverUrl: string;
  /** Number of the pull request this run belongs to, when there is one. */
  pullRequestNumber?: number;
  /** Full name of the PR's head repository, when the event is about a PR. */
  headRepository?: string;
  /** The runner can mint OIDC tokens (`permissions: id-token: write` and not a fork PR). */
  hasOidc: boolean;
  /** `GITHUB_ACTION`: the step's id, the same in its main and post runs. */
  stepId: string;
  /** What the run measured, for report history: branch, base branch, commit. */
  measured: MeasuredRef;
  /** The commit measured: a PR's head (not the test merge commit), a `workflow_run`'s head, else `GITHUB_SHA`. */
  headSha?: string;
}

function objectAt(value: unknown, ...path: string[]): Record<string, unknown> | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'object' && current !== null
    ? (current as Record<string, unknown>)
    : undefined;
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  const parent = objectAt(value, ...path.slice(0, -1));
  const leaf = parent?.[path[path.length - 1] ?? ''];
  return typeof leaf === 'string' ? leaf : undefined;
}

function numberAt(value: unknown, ...path: string[]): number | undefined {
  const parent = objectAt(value, ...path.slice(0, -1));
  const leaf = parent?.[path[path.length - 1] ?? ''];
  return typeof leaf === 'number' ? leaf : undefined;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    // A missing or unreadable payload only costs the PR comment and fork detection.
    return {};
  }
}

/** Reads the run's context from `env` (the process environment by default). */
export function readActionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '0';
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1;

  // A PR number comes from the PR itself, an issue comment on a PR, or the PR that triggered a
  // `workflow_run` (GitHub lists it only for same-repository PRs).
  const workflowRunPrs = objectAt(payload, 'workflow_run')?.pull_requests;
  const firstWorkflowRunPr = Array.isArray(workflowRunPrs)
    ? (workflowRunPrs[0] as unknown)
    : undefined;
  const pullRequestNumber =
    numberAt(payload, 'pull_request', 'number') ??
    (objectAt(payload, 'issue', 'pull_request')
      ? numberAt(payload, 'issue', 'number')
      : undefined) ??
    numberAt(firstWorkflowRunPr, 'number');

  const measured = measuredRefOf(env, payload, pullRequestNumber);

  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    run: {
      repository,
      runId,
      runAttempt,
      job: env.GITHUB_JOB ?? 'job',
      runUrl: `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}`,
    },
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    pullRequestNumber,
    headRepository: stringAt(payload, 'pull_request', 'head', 'repo', 'full_name'),
    hasOidc:
      Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    stepId: env.GITHUB_ACTION ?? 'bench',
    measured,
    ...(measured.sha !== '' && { headSha: measured.sha }),
  };
}

/**
 * The branch and commit a run measured. `pull_request` events name the PR's head and base.
 * `workflow_run` and `issue_comment` run in the default branch's context, so `GITHUB_REF_NAME`
 * and `GITHUB_SHA` are the default branch's there (GitHub docs, "Events that trigger
 * workflows"): the PR's head is in the payload (`workflow_run.head_branch`, `head_sha`,
 * `pull_requests[]`), and an issue comment names only the PR's number, so its run is filed
 * under `pr-<number>`. Everything else measured the branch it ran on.
 */
export function measuredRefOf(
  env: NodeJS.ProcessEnv,
  payload: Record<string, unknown>,
  pullRequestNumber: number | undefined,
): MeasuredRef {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const defaultBranch = stringAt(payload, 'repository', 'default_branch');
  const refName = env.GITHUB_REF_NAME ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (event === 'workflow_run') {
    const run = objectAt(payload, 'workflow_run');
    const branch = stringAt(run, 'head_branch') ?? refName;
    const triggeredByPr = ['pull_request', 'pull_request_target'].includes(
      stringAt(run, 'event') ?? '',
    );
    const prs = run?.pull_requests;
    const first = Array.isArray(prs) ? (prs[0] as unknown) : undefined;
    const base = stringAt(first, 'base', 'ref') ?? defaultBranch ?? branch;
    return {
      branch,
      baseBranch: triggeredByPr ? base : branch,
      sha: stringAt(run, 'head_sha') ?? sha,
      isPullRequest: triggeredByPr,
    };
  }
  if (event === 'issue_comment' && pullRequestNumber !== undefined) {
    return {
      branch: `pr-${pullRequestNumber}`,
      baseBranch: defaultBranch ?? refName,
      sha: '',
      isPullRequest: true,
    };
  }
  const headRef = env.GITHUB_HEAD_REF;
  if (headRef !== undefined && headRef !== '') {
    return {
      branch: headRef,
      baseBranch: stringAt(payload, 'pull_request', 'base', 'ref') ?? headRef,
      sha: stringAt(payload, 'pull_request', 'head', 'sha') ?? sha,
      isPullRequest: true,
    };
  }
  return { branch: refName, baseBranch: refName, sha, isPullRequest: false };
}

/** Why the run may not provision cloud resources, with what to do instead. */
export interface ProvisioningBlock {
  /** Stable code for logs and tests. */
  code: 'FORK_PULL_REQUEST' | 'OIDC_UNAVAILABLE';
  /** Why, in words. */
  reason: string;
  /** What to do. */
  hint: string;
}

/**
 * Returns why this run must not provision Azure resources, or undefined when it may. A fork's
 * PR runs with a read-only token and no OIDC token, so it could never authenticate; and running
 * a stranger's image on our subscription must be a maintainer's explicit choice.
 */
export function findProvisioningBlock(context: ActionContext): ProvisioningBlock | undefined {
  const base = context.run.repository.toLowerCase();
  if (context.headRepository !== undefined && context.headRepository.toLowerCase() !== base) {
    return {
      code: 'FORK_PULL_REQUEST',
      reason: `This pull request comes from the fork ${context.headRepository}: GitHub gives it a read-only token and no OIDC token, so it cannot sign in to Azure.`,
      hint: 'Benchmark fork PRs from a separate workflow triggered by `workflow_run` (it runs in the base repository with id-token: write) after a maintainer has reviewed the change; see docs/action.md#fork-pull-requests.',
    };
  }
  if (!context.hasOidc) {
    return {
      code: 'OIDC_UNAVAILABLE',
      reason:
        'The runner offers no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set), so the action cannot sign in to Azure.',
      hint: 'Add `permissions: id-token: write` (and `contents: read`) to the job. Dependabot and fork PRs never get an OIDC token: use the `workflow_run` pattern in docs/action.md for them.',
    };
  }
  return undefined;
}
