/**
 * One sticky PR comment per pull request and `comment-id`: found again by a hidden marker and
 * by its author (whoever the token acts as: the Actions bot, a GitHub App or a user), skipping
 * comments a maintainer minimized, then updated in place, so a PR that is pushed ten times
 * still has one benchmark comment. A fork's read-only token cannot comment; that is a warning,
 * not a failure.
 */
import * as core from '@actions/core';
import type { CommentMode } from './constants.js';
import { httpStatusOf, type GitHubClient } from './octokit.js';
import { truncateMarkdown } from './truncate-markdown.js';

/** Longest comment body GitHub accepts, characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** What we allow ourselves, leaving room for the marker and the truncation note. */
export const COMMENT_MAX_CHARS = COMMENT_LIMIT_CHARS - 1_024;

/** Hidden marker that identifies our comment for `commentId`. */
export function commentMarker(commentId: string): string {
  return `<!-- bench-action:${commentId} -->`;
}

/** Options of `upsertPrComment`. */
export interface UpsertPrCommentOptions {
  /** REST client authenticated with the action's token. */
  octokit: GitHubClient;
  /** Repository owner. */
  owner: string;
  /** Repository name. */
  repo: string;
  /** Pull request number. */
  issueNumber: number;
  /** Which sticky comment (several benchmarks may comment on one PR). */
  commentId: string;
  /** Markdown to show (without the marker). */
  body: string;
  /** When to post. */
  mode: CommentMode;
  /** Whether this run found a regression (drives `on-regression`). */
  hasRegression: boolean;
  /** Aborts the API requests (e.g. a time limit while the run is being cancelled). */
  signal?: AbortSignal;
}

/** What happened to the comment. */
export interface UpsertPrCommentResult {
  /** `created`, `updated`, `skipped` (nothing to post) or `forbidden` (token may not comment). */
  status: 'created' | 'updated' | 'skipped' | 'forbidden';
  /** REST id of the comment, when one was written. */
  id?: number;
  /** Link to the comment, when one was written. */
  url?: string;
}

/** One comment as the GraphQL lookup returns it. */
interface CommentNode {
  databaseId: number | null;
  url: string;
  author: { login: string } | null;
  isMinimized: boolean;
  body: string;
}

/** The answer to `FIND_COMMENT_QUERY`. */
interface FindCommentAnswer {
  viewer: { login: string };
  repository: {
    pullRequest: {
      comments: {
        nodes: (CommentNode | null)[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } | null;
  } | null;
}

/**
 * Who the token acts as, and the pull request's comments, in one GraphQL query per page.
 * `viewer` works for a workflow's `GITHUB_TOKEN`, a GitHub App installation token and a user
 * token alike, where REST `GET /user` answers 403 for the first two (so the author cannot be
 * guessed). GraphQL shows bots' logins without the `[bot]` suffix (marocchino/
 * sticky-pull-request-comment matches them the same way).
 */
const FIND_COMMENT_QUERY = `
query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        nodes { databaseId url author { login } isMinimized body }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
}`;

/** A login without the `[bot]` suffix REST adds to bots. */
function plainLogin(login: string | undefined): string | undefined {
  return login?.replace(/\[bot\]$/, '');
}

/** Our earlier comment: the marker, written by the token's own identity, not minimized. */
async function findOwnComment(
  opts: UpsertPrCommentOptions,
  marker: string,
): Promise<{ id: number; html_url: string } | undefined> {
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const answer: FindCommentAnswer = await opts.octokit.graphql<FindCommentAnswer>(
      FIND_COMMENT_QUERY,
      {
        owner: opts.owner,
        repo: opts.repo,
        number: opts.issueNumber,
        after,
        request: { signal: opts.signal },
      },
    );
    const me = plainLogin(answer.viewer.login);
    const comments = answer.repository?.pullRequest?.comments;
    const found = comments?.nodes.find(
      (node) =>
        node !== null &&
        node.databaseId !== null &&
        !node.isMinimized &&
        node.body.includes(marker) &&
        plainLogin(node.author?.login) === me,
    );
    if (found?.databaseId) return { id: found.databaseId, html_url: found.url };
    if (!comments?.pageInfo.hasNextPage) return undefined;
    after = comments.pageInfo.endCursor;
  }
  return undefined;
}

function forbiddenWarning(action: string): void {
  core.warning(
    `Could not ${action} the benchmark comment: the token may not write to this pull request (HTTP 403). ` +
      'Pull requests from forks get a read-only GITHUB_TOKEN; the results are in the job summary and the artifact. ' +
      'For same-repository PRs, give the job `permissions: pull-requests: write`.',
  );
}

/**
 * Creates or updates the sticky comment. With `mode: on-regression` and no regression, posts
 * nothing, but rewrites an existing comment so it no longer reports a regression that is gone.
 */
export async function upsertPrComment(
  opts: UpsertPrCommentOptions,
): Promise<UpsertPrCommentResult> {
  const { octokit, owner, repo, issueNumber, mode } = opts;
  if (mode === 'never') return { status: 'skipped' };
  const marker = commentMarker(opts.commentId);

  let existing: { id: number; html_url: string } | undefined;
  try {
    existing = await findOwnComment(opts, marker);
  } catch (error) {
    if (httpStatusOf(error) === 403) {
      forbiddenWarning('read');
      return { status: 'forbidden' };
    }
    throw error;
  }

  let shown = opts.body;
  if (mode === 'on-regression' && !opts.hasRegression) {
    if (existing === undefined) return { status: 'skipped' };
    shown = `**The regression reported earlier is gone:** the latest run found none.\n\n${opts.body}`;
  }
  const body = `${marker}\n${truncateMarkdown(shown, {
    max: COMMENT_MAX_CHARS,
    unit: 'chars',
    note: 'The comment was cut to fit GitHub’s 65,536-character limit; the full report is in the job summary and the workflow artifact.',
  })}`;

  try {
    if (existing !== undefined) {
      const { data } = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
        request: { signal: opts.signal },
      });
      return { status: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body,
      request: { signal: opts.signal },
    });
    return { status: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (httpStatusOf(error) === 403) {
      forbiddenWarning(existing === undefined ? 'create' : 'update');
      return { status: 'forbidden' };
    }
    throw error;
  }
}
