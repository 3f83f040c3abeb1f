/**
 * One sticky PR comment per pull request and `comment-id`: found again by a hidden marker and
 * by its author, then updated in place, so a PR that is pushed ten times still has one
 * benchmark comment. A fork's read-only token cannot comment; that is a warning, not a failure.
 */
import * as core from '@actions/core';
import type { CommentMode } from './constants.js';
import { httpStatusOf, type GitHubClient } from './octokit.js';
import { truncateMarkdown } from './truncate-markdown.js';

/** Longest comment body GitHub accepts, characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** What we allow ourselves, leaving room for the marker and the truncation note. */
export const COMMENT_MAX_CHARS = COMMENT_LIMIT_CHARS - 1_024;

/** Login GitHub gives comments made with the workflow's `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

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

/** Who the token acts as, to recognise our own comments. */
interface Author {
  login: string;
  isBot: boolean;
}

interface CommentUser {
  login?: string;
  type?: string;
}

async function whoAmI(octokit: GitHubClient, signal?: AbortSignal): Promise<Author> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated({ request: { signal } });
    return { login: data.login, isBot: data.type === 'Bot' };
  } catch (error) {
    // A workflow's GITHUB_TOKEN may not read /user (403 "Resource not accessible by
    // integration"); its comments are written by github-actions[bot].
    const status = httpStatusOf(error);
    if (status === 401 || status === 403 || status === 404) {
      return { login: ACTIONS_BOT_LOGIN, isBot: true };
    }
    throw error;
  }
}

function isOwnComment(user: CommentUser | null | undefined, me: Author): boolean {
  if (!user?.login) return false;
  if (me.isBot) return user.type === 'Bot' && user.login === me.login;
  return user.login === me.login;
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
    const me = await whoAmI(octokit, opts.signal);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
      request: { signal: opts.signal },
    });
    existing = comments.find(
      (comment) => comment.body?.includes(marker) === true && isOwnComment(comment.user, me),
    );
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
