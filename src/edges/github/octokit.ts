/**
 * The GitHub REST client. The API URL is read when the client is made, not when
 * `@actions/github` is imported, so GHES and the loopback fake in tests are honoured.
 */
import * as github from '@actions/github';

/** Octokit with the REST methods and pagination that `@actions/github` provides. */
export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** Makes a client for `token` against `apiUrl` (default `GITHUB_API_URL`, else api.github.com). */
export function createGitHubClient(
  token: string,
  apiUrl: string = process.env.GITHUB_API_URL ?? 'https://api.github.com',
): GitHubClient {
  return github.getOctokit(token, { baseUrl: apiUrl });
}

/** HTTP status of an Octokit request error, or undefined for other errors. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const { status } = error;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
